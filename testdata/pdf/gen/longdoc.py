"""long-cls: a full contract built from the Agglopolys seed, with long annexes.

The body keeps the seed's text (preamble, context, the 5 axes and 19 actions with their
leads) and adds what a signed contract has: the parties, articles (object, perimeter,
duration, governance, commitments, evaluation), a signature table. The annexes add one
fiche action table per action, a diagnostic (figures invented for the fixture, and said so in
the document) and a glossary in two columns. Only one contract is described; the other
dates (laws, diagnostic years, meetings, action calendars) are not the contract's.
"""
from fodt import Doc, H, P, UL, OL, TABLE, COLS, BREAK, header, footer
from seeddocs import Lines

TERR = "Agglopolys"

# ---- the 19 fiches: everything here but the titles and the leads (from the seed) is
# ---- written for the fixture.
FICHES = [
    dict(public="Aidants familiaux de personnes âgées, malades ou en situation de handicap",
         partners="Agglopolys ; Caisse Primaire de l’Assurance Maladie 41 ; Département de Loir-et-Cher ; Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre",
         context="Les aidants assurent une part essentielle de l’accompagnement à domicile. Les groupes de travail ont relevé la méconnaissance des solutions de répit, leur dispersion sur le territoire et la difficulté, pour les aidants, de se reconnaître comme tels avant l’épuisement.",
         objectives="Faire connaître les solutions de répit existantes ; repérer plus tôt les aidants en difficulté ; développer une offre de répit de proximité, y compris dans les communes rurales.",
         description="Recensement des accueils de jour, hébergements temporaires, plateformes de répit et groupes de parole ; édition d’un guide des aidants ; organisation d’une journée annuelle des aidants autour du 6 octobre ; formation des professionnels de premier recours au repérage de l’épuisement ; expérimentation d’un relais à domicile ponctuel.",
         calendar="2023 : recensement et guide des aidants ; 2024 : première journée des aidants ; 2025 à 2027 : extension de l’offre de répit et suivi annuel",
         indicators="Nombre de guides diffusés ; nombre d’aidants accueillis lors des journées ; nombre de professionnels formés ; évolution du taux d’occupation des places de répit",
         funding="Droit commun des partenaires ; conférence des financeurs de la prévention de la perte d’autonomie ; crédits de l’ARS au titre du fonds d’intervention régional"),
    dict(public="Personnes de plus de 60 ans vivant à domicile, en particulier isolées",
         partners="Agglopolys ; associations sportives et culturelles des communes ; clubs de retraités ; Caisse Primaire de l’Assurance Maladie 41",
         context="L’isolement social est un facteur reconnu de dégradation de la santé des personnes âgées. L’offre d’activités physiques adaptées et d’activités culturelles existe mais reste concentrée dans la ville-centre et peu connue des habitants des communes rurales.",
         objectives="Rompre l’isolement des seniors ; favoriser la pratique d’une activité physique adaptée régulière ; créer des temps de rencontre intergénérationnels.",
         description="Programme de marches collectives encadrées, ateliers d’équilibre et de prévention des chutes, après-midi culturels dans les médiathèques, transport accompagné vers les activités pour les personnes sans moyen de locomotion, calendrier commun diffusé dans les mairies.",
         calendar="2023 : cartographie des activités ; 2024 : lancement du programme dans cinq communes pilotes ; 2025 à 2027 : généralisation progressive",
         indicators="Nombre de participants et de communes concernées ; part des participants vivant seuls ; satisfaction exprimée ; nombre de séances d’activité physique adaptée proposées",
         funding="Budget des services des sports et de l’action sociale ; conférence des financeurs ; participation des caisses de retraite"),
    dict(public="Jeunes de 16 à 25 ans en service civique ; personnes âgées isolées",
         partners="Centre Intercommunal d’Action Sociale du Blaisois ; structures d’accueil agréées ; établissements d’hébergement pour personnes âgées",
         context="Le service civique solidarité seniors permet à des jeunes volontaires d’intervenir auprès de personnes âgées pour lutter contre l’isolement. Le dispositif est peu déployé localement faute de structures d’accueil coordonnées.",
         objectives="Accueillir chaque année une promotion de volontaires ; renforcer le lien social des personnes âgées isolées ; valoriser l’engagement des jeunes du territoire.",
         description="Identification des structures d’accueil, recrutement et formation des volontaires, tutorat, visites de convivialité à domicile et en établissement, bilan annuel avec les volontaires et les personnes accompagnées.",
         calendar="2023 : conventionnement avec les structures d’accueil ; 2024 à 2027 : une promotion de volontaires par an",
         indicators="Nombre de volontaires accueillis ; nombre de personnes âgées visitées ; nombre de visites réalisées ; devenir des volontaires à l’issue de leur mission",
         funding="Agence du service civique ; Agglopolys ; partenaires d’accueil"),
    dict(public="Personnes en souffrance psychique vivant dans la cité ; leurs proches ; professionnels de première ligne",
         partners="Dispositif d’Appui à la Coordination (DAC) ; Centre Hospitalier de Blois Simone Veil ; bailleurs sociaux ; Centre Intercommunal d’Action Sociale du Blaisois",
         context="Les professionnels du logement, de l’action sociale et les élus sont régulièrement confrontés à des situations complexes de personnes en souffrance psychique, sans toujours disposer d’une instance de concertation à l’échelle intercommunale.",
         objectives="Étendre à l’échelle intercommunale la cellule de concertation des situations complexes ; prévenir les ruptures de parcours ; favoriser le maintien dans le logement.",
         description="Réunion mensuelle d’une cellule pluridisciplinaire, procédure de saisine partagée avec le DAC, fiche de liaison commune, formation des gardiens d’immeuble et des agents d’accueil au repérage, bilan annuel des situations traitées.",
         calendar="2023 : élaboration de la charte de fonctionnement ; 2024 : extension aux communes de l’agglomération ; 2025 à 2027 : fonctionnement courant et évaluation",
         indicators="Nombre de situations présentées ; délai moyen de prise en charge ; nombre d’expulsions évitées ; nombre de professionnels formés",
         funding="Droit commun ; valorisation du temps des partenaires"),
    dict(public="Grand public ; élus ; acteurs associatifs",
         partners="Agglopolys ; Ville de Blois ; Centre Hospitalier de Blois Simone Veil ; associations d’usagers en santé mentale",
         context="La stigmatisation des troubles psychiques retarde le recours aux soins. Les Semaines d’information sur la santé mentale offrent chaque année un cadre national pour des actions locales, encore peu investies sur le territoire.",
         objectives="Changer le regard porté sur les troubles psychiques ; faire connaître les ressources d’aide et de soins ; associer les personnes concernées à la conception des actions.",
         description="Programme annuel pendant les Semaines d’information sur la santé mentale : ciné-débats, expositions, conférences, stands dans les marchés ; diffusion d’un annuaire des ressources ; formation de secouristes en santé mentale parmi les agents des collectivités.",
         calendar="Chaque année en octobre, de 2023 à 2027 ; formations de secouristes en santé mentale à partir de 2024",
         indicators="Nombre d’événements et de participants ; nombre de secouristes formés ; nombre d’annuaires diffusés",
         funding="Crédits de l’ARS ; Agglopolys ; partenaires associatifs"),
    dict(public="Acteurs du parcours en santé mentale",
         partners="ARS Centre-Val de Loire ; Centre Hospitalier de Blois Simone Veil ; Dispositif d’Appui à la Coordination (DAC) ; Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre",
         context="Le Contrat Territorial de Santé Mentale décline à l’échelle du département le projet territorial de santé mentale. Ses actions doivent trouver une traduction opérationnelle au plus près des habitants.",
         objectives="Assurer la cohérence entre les actions locales et le Contrat Territorial de Santé Mentale ; relayer localement ses actions prioritaires ; faire remonter les besoins du territoire.",
         description="Participation du coordonnateur santé aux instances du projet territorial ; identification des actions du contrat territorial à décliner localement ; présentation annuelle de leur avancement au comité de pilotage du CLS.",
         calendar="De 2023 à 2027, au rythme des instances du projet territorial de santé mentale",
         indicators="Nombre d’actions du contrat territorial déclinées localement ; participation aux instances ; besoins remontés",
         funding="Sans financement spécifique"),
    dict(public="Enfants, adolescents et jeunes adultes ; parents ; professionnels de l’éducation et de l’animation",
         partners="Agglopolys ; Education nationale ; centres sociaux ; services jeunesse des communes",
         context="Les compétences psychosociales (gérer ses émotions, communiquer, résoudre des problèmes) sont un déterminant majeur de la santé. Leur développement dès le plus jeune âge prévient les conduites à risque et favorise le bien-être.",
         objectives="Former les professionnels au développement des compétences psychosociales ; déployer des programmes validés auprès des enfants et des jeunes ; soutenir les parents.",
         description="Formation-action des animateurs périscolaires et des professionnels de la jeunesse ; déploiement de programmes probants dans les écoles volontaires ; ateliers de soutien à la parentalité ; création d’une mallette pédagogique empruntable.",
         calendar="2023 : formation d’une première promotion de professionnels ; 2024 à 2026 : déploiement dans les écoles et accueils de loisirs ; 2027 : bilan",
         indicators="Nombre de professionnels formés ; nombre d’enfants et de jeunes bénéficiaires ; nombre d’ateliers parentalité ; évolution des compétences mesurée par questionnaire",
         funding="Crédits de l’ARS ; Agglopolys ; caisse d’allocations familiales au titre de la parentalité"),
    dict(public="Habitants de tous âges, en priorité les familles modestes et les enfants",
         partners="Agglopolys ; Caisse Primaire de l’Assurance Maladie 41 ; Région Centre-Val de Loire ; associations d’aide alimentaire ; clubs sportifs",
         context="Le surpoids et l’obésité progressent chez les enfants du territoire, avec des écarts marqués selon le niveau de revenu des familles. L’accès à une alimentation de qualité reste difficile pour une partie de la population.",
         objectives="Promouvoir une alimentation favorable à la santé ; développer l’activité physique du quotidien ; réduire les inégalités d’accès à une alimentation équilibrée.",
         description="Ateliers cuisine dans les épiceries sociales, actions dans les restaurants scolaires en lien avec le projet alimentaire territorial, parcours sport-santé sur ordonnance, défis familles actives, installation d’équipements sportifs en libre accès.",
         calendar="2023 : diagnostic partagé avec le projet alimentaire territorial ; 2024 à 2027 : programme annuel d’actions",
         indicators="Nombre d’ateliers et de participants ; nombre de prescriptions d’activité physique adaptée ; nombre d’équipements installés",
         funding="Crédits de l’ARS ; Région Centre-Val de Loire ; Agglopolys ; fonds de prévention de l’assurance maladie"),
    dict(public="Ensemble des habitants, en particulier les personnes sans véhicule",
         partners="Agglopolys ; Région Centre-Val de Loire ; communes ; associations de cyclistes",
         context="Les mobilités actives (marche, vélo) améliorent la santé et la qualité de l’air. L’éloignement de l’offre de soins et l’absence de véhicule limitent l’accès aux soins d’une partie des habitants des communes rurales.",
         objectives="Développer les mobilités actives ; faciliter l’accès physique aux lieux de soins ; intégrer la santé dans la politique de mobilité.",
         description="Aménagement de continuités cyclables, prêt de vélos à assistance électrique, transport à la demande desservant les maisons de santé, signalétique piétonne vers les lieux de soins, intégration d’un volet santé dans le plan de mobilité.",
         calendar="2023 à 2024 : étude des besoins de déplacement vers les lieux de soins ; 2025 à 2027 : mise en œuvre des aménagements",
         indicators="Kilomètres d’aménagements cyclables ; nombre de trajets de transport à la demande vers les lieux de soins ; nombre de vélos prêtés",
         funding="Budget mobilités d’Agglopolys ; Région Centre-Val de Loire"),
    dict(public="Habitants éloignés du système de santé",
         partners="Agglopolys ; communes ; centres d’examens de santé ; associations de quartier",
         context="Les journées Santé permettent d’aller vers les publics qui consultent peu : bilans de santé, informations sur les droits, dépistages et vaccinations. Elles sont aujourd’hui concentrées dans quelques quartiers.",
         objectives="Étendre les journées Santé aux communes de l’agglomération ; améliorer le recours aux bilans de santé ; faire connaître les droits en santé.",
         description="Organisation itinérante de journées Santé avec stands de prévention, bilans de santé, ouverture de droits et rendez-vous de dépistage ; mobilisation des relais associatifs pour inviter les habitants.",
         calendar="Deux à quatre journées par an de 2023 à 2027",
         indicators="Nombre de journées et de participants ; nombre de bilans de santé réalisés ; nombre d’ouvertures de droits",
         funding="Assurance maladie ; Agglopolys"),
    dict(public="Populations cibles des dépistages organisés des cancers",
         partners="Agglopolys ; Centre régional de coordination des dépistages des cancers ; professionnels de santé libéraux",
         context="Les taux de participation aux dépistages organisés des cancers du sein, du col de l’utérus et colorectal restent inférieurs aux objectifs nationaux sur le territoire.",
         objectives="Augmenter la participation aux dépistages organisés ; relayer localement les campagnes nationales ; lever les freins à la participation.",
         description="Relais des campagnes Octobre rose et Mars bleu dans les communes, stands d’information, remise de kits de dépistage colorectal lors d’événements, accompagnement des personnes éloignées du soin vers la mammographie.",
         calendar="Chaque année en mars et en octobre, de 2023 à 2027",
         indicators="Taux de participation aux dépistages ; nombre de kits remis ; nombre d’actions relayées",
         funding="Assurance maladie ; Agglopolys"),
    dict(public="Professionnels en contact avec des jeunes et des adultes exposés aux conduites à risques",
         partners="ARS Centre-Val de Loire ; Education nationale ; services jeunesse ; acteurs de la réduction des risques",
         context="De nombreux programmes de prévention des conduites à risques existent mais les professionnels peinent à les identifier et à les mobiliser.",
         objectives="Recenser les programmes et les ressources de prévention ; faciliter leur repérage par les professionnels ; favoriser le recours aux programmes validés.",
         description="Réalisation d’un support numérique et imprimé présentant les programmes, les structures ressources et les modalités de sollicitation ; présentation aux réseaux de professionnels ; mise à jour annuelle.",
         calendar="2023 : recensement ; 2024 : diffusion du support ; 2025 à 2027 : mises à jour annuelles",
         indicators="Nombre de programmes recensés ; nombre de consultations du support ; nombre de sollicitations des structures ressources",
         funding="Crédits de l’ARS"),
    dict(public="Étudiants en santé ; jeunes travailleurs",
         partners="Centre Intercommunal d’Action Sociale du Blaisois ; Centre Hospitalier de Blois Simone Veil ; Région Centre-Val de Loire ; bailleurs sociaux",
         context="L’accueil de stagiaires et d’internes est un levier d’installation des futurs professionnels. Le manque de logements adaptés et de courte durée freine leur venue sur le territoire.",
         objectives="Proposer une offre de logement adaptée aux étudiants en santé et aux jeunes travailleurs ; développer l’offre de formation en santé sur le territoire.",
         description="Mobilisation de logements meublés à loyer modéré, colocation intergénérationnelle, guichet unique d’accueil des stagiaires, soutien à l’ouverture de nouvelles formations paramédicales.",
         calendar="2023 : recensement des besoins ; 2024 : ouverture d’un premier parc de logements ; 2025 à 2027 : développement",
         indicators="Nombre de logements mobilisés ; nombre d’étudiants logés ; nombre de formations ouvertes",
         funding="Agglopolys ; Région Centre-Val de Loire ; bailleurs sociaux"),
    dict(public="Étudiants en santé en stage sur le territoire",
         partners="Agglopolys ; Centre Hospitalier de Blois Simone Veil ; maisons de santé pluriprofessionnelles",
         context="Les étudiants en santé découvrent peu le territoire en dehors de leurs lieux de stage. Des temps conviviaux favorisent leur intégration et leur envie de s’installer.",
         objectives="Favoriser l’intégration des étudiants en santé ; faire découvrir le territoire et ses conditions d’exercice ; créer un réseau entre étudiants et professionnels.",
         description="Soirée d’accueil à chaque semestre de stage, visites de maisons de santé, rencontres avec des professionnels installés, découverte du patrimoine du territoire.",
         calendar="Deux rencontres par an, à chaque rentrée de stage, de 2023 à 2027",
         indicators="Nombre de rencontres et de participants ; nombre d’installations d’anciens stagiaires",
         funding="Agglopolys ; CPTS"),
    dict(public="Communes ; professionnels de santé porteurs de projets",
         partners="Agglopolys ; ARS Centre-Val de Loire ; Caisse Primaire de l’Assurance Maladie 41 ; Département de Loir-et-Cher",
         context="Les communes et les professionnels qui souhaitent créer une maison de santé ou un projet d’exercice coordonné manquent de repères sur les étapes, les financements et les interlocuteurs.",
         objectives="Outiller les porteurs de projets ; harmoniser l’accompagnement des projets de santé ; accélérer la concrétisation des projets d’exercice coordonné.",
         description="Conception d’une boîte à outils (guides, modèles de projet de santé, contacts, retours d’expérience), webinaires d’information, accompagnement individuel des porteurs de projets.",
         calendar="2023 : conception ; 2024 : diffusion ; 2025 à 2027 : actualisation et accompagnement",
         indicators="Nombre de porteurs de projets accompagnés ; nombre de projets aboutis ; nombre de téléchargements de la boîte à outils",
         funding="Agglopolys ; CPTS ; ARS"),
    dict(public="Personnes en situation de précarité, de handicap ou sans médecin traitant",
         partners="Agglopolys ; Caisse Primaire de l’Assurance Maladie 41 ; Centre Intercommunal d’Action Sociale du Blaisois ; associations caritatives",
         context="Une partie des habitants n’a pas de médecin traitant et renonce aux soins pour des raisons financières, de mobilité ou de complexité des démarches.",
         objectives="Faciliter l’accès à un médecin traitant ; réduire le renoncement aux soins ; adapter l’offre aux publics fragiles.",
         description="Repérage des patients sans médecin traitant, orientation vers les soins non programmés de la CPTS, consultations avancées dans les quartiers, accompagnement physique aux rendez-vous.",
         calendar="2023 à 2027",
         indicators="Nombre de patients orientés ; nombre de patients ayant retrouvé un médecin traitant ; nombre de consultations avancées",
         funding="CPTS ; assurance maladie ; ARS"),
    dict(public="Usagers éloignés du numérique ou des droits en santé",
         partners="Agglopolys ; espaces France services ; Centre Intercommunal d’Action Sociale du Blaisois ; associations de médiation numérique",
         context="La dématérialisation des démarches éloigne des droits une partie des assurés, notamment les personnes âgées et les personnes peu à l’aise avec le numérique.",
         objectives="Faciliter l’ouverture et le maintien des droits en santé ; accompagner l’usage des services numériques en santé ; lutter contre le non-recours.",
         description="Permanences d’accès aux droits, ateliers d’accompagnement à l’usage de l’espace personnel et de Mon espace santé, formation des agents d’accueil des communes, mission d’accompagnement santé pour les situations complexes.",
         calendar="2023 à 2027, permanences mensuelles dans les espaces France services",
         indicators="Nombre de personnes accompagnées ; nombre de droits ouverts ; nombre d’agents formés",
         funding="Assurance maladie ; Agglopolys"),
    dict(public="Élus et services d’Agglopolys ; partenaires des politiques d’aménagement",
         partners="Agglopolys (services urbanisme, habitat, mobilités, environnement) ; ARS Centre-Val de Loire",
         context="Les politiques d’urbanisme, d’habitat, de mobilité et de transition énergétique influent fortement sur la santé des habitants. Leur articulation avec le CLS permet d’agir sur ces déterminants.",
         objectives="Intégrer un volet santé dans les documents de planification ; croiser les instances de suivi ; sensibiliser les services à l’urbanisme favorable à la santé.",
         description="Participation du coordonnateur santé aux instances du PCAET, du PLUi-HD et du PST ; grille d’analyse santé des projets d’aménagement ; formation des services ; évaluation d’impact sur la santé d’un projet pilote.",
         calendar="2023 : grille d’analyse ; 2024 à 2027 : application aux projets et évaluation d’impact sur la santé",
         indicators="Nombre de projets analysés ; nombre d’agents formés ; réalisation de l’évaluation d’impact sur la santé",
         funding="Agglopolys ; ARS"),
    dict(public="Professionnels et acteurs locaux de la santé, du social et du médico-social",
         partners="Ensemble des signataires du contrat ; associations",
         context="Les acteurs du territoire se connaissent mal, ce qui limite les orientations et la coordination des parcours. La rencontre annuelle du CLS a montré l’intérêt de temps d’interconnaissance.",
         objectives="Favoriser l’interconnaissance des acteurs ; diffuser l’information sur les dispositifs ; animer un réseau local de santé.",
         description="Rencontre annuelle des acteurs, lettre d’information semestrielle, annuaire en ligne des ressources, petits-déjeuners thématiques, page dédiée au CLS sur le site d’Agglopolys.",
         calendar="Rencontre annuelle chaque année de 2023 à 2027 ; lettre d’information deux fois par an",
         indicators="Nombre de participants aux rencontres ; nombre d’abonnés à la lettre ; nombre de consultations de l’annuaire",
         funding="Agglopolys ; ARS"),
]

RESULTS = [
    "Des aidants mieux informés, qui recourent plus tôt aux solutions de répit ; une offre de répit mieux répartie sur le territoire.",
    "Une participation accrue des seniors isolés aux activités collectives ; un calendrier commun connu des habitants.",
    "Une promotion annuelle de volontaires et un réseau stable de structures d’accueil.",
    "Des situations complexes traitées plus tôt et de manière concertée ; moins de ruptures de parcours et d’expulsions.",
    "Un public mieux informé sur la santé mentale et sur les ressources d’aide ; un réseau de secouristes en santé mentale.",
    "Des actions locales cohérentes avec le Contrat Territorial de Santé Mentale et des besoins du territoire mieux pris en compte.",
    "Des professionnels formés et des programmes de développement des compétences psychosociales implantés durablement.",
    "Des familles sensibilisées à l’alimentation favorable à la santé et une pratique d’activité physique plus régulière.",
    "Des déplacements actifs plus fréquents et un meilleur accès physique aux lieux de soins.",
    "Des journées Santé présentes dans un plus grand nombre de communes et un recours accru aux bilans de santé.",
    "Une participation aux dépistages organisés qui se rapproche des objectifs nationaux.",
    "Un support de repérage connu et utilisé par les professionnels.",
    "Des étudiants en santé logés dans de bonnes conditions et plus nombreux à effectuer leurs stages sur le territoire.",
    "Des étudiants en santé mieux intégrés, dont certains envisagent de s’installer sur le territoire.",
    "Des porteurs de projets mieux outillés et des projets d’exercice coordonné qui aboutissent plus vite.",
    "Moins de patients sans médecin traitant et un renoncement aux soins en recul chez les publics fragiles.",
    "Des usagers autonomes dans leurs démarches ou accompagnés lorsque c’est nécessaire ; moins de non-recours aux droits.",
    "Un volet santé intégré dans les documents de planification et une culture commune de l’urbanisme favorable à la santé.",
    "Un réseau d’acteurs qui se connaissent, s’orientent mutuellement les publics et partagent l’information.",
]
ARTICULATION = [
    "Projet Social de Territoire ; schéma départemental de l’autonomie ; actions de la conférence des financeurs.",
    "Projet territorial de santé mentale ; conseil local de santé mentale ; contrat de ville.",
    "Projet alimentaire territorial ; Plan Climat Air Énergie Territorial ; plan de mobilité.",
    "Projet de santé de la CPTS ; plan d’accès aux soins ; politiques régionales en faveur de l’installation.",
    "Plan Local d’Urbanisme Intercommunal Habitat et Déplacements ; Projet Social de Territoire ; réseau des partenaires du CLS.",
]
VIGILANCE = [
    "Veiller à atteindre les publics les plus isolés, qui participent peu spontanément aux actions collectives.",
    "Assurer la continuité de l’action au-delà des financements de démarrage.",
    "Éviter les doublons avec les actions déjà conduites par les partenaires et valoriser l’existant.",
    "Associer les habitants et les personnes concernées à la conception et à l’évaluation de l’action.",
    "Tenir compte de la disponibilité limitée des professionnels de santé libéraux.",
]
TERRITOIRE = ["Ensemble des communes d’Agglopolys", "Ville-centre et quartiers prioritaires, puis communes volontaires",
              "Communes rurales en priorité", "Ensemble du territoire intercommunal"]

# ---- diagnostic: (title, paragraphs, table rows or None)
NOTE = ("Avertissement : les annexes de ce document ont été rédigées pour un jeu d’essai ; les contenus "
        "détaillés des fiches actions et les chiffres du diagnostic sont fictifs et ne décrivent pas la "
        "situation réelle du territoire.")

DIAG = [
    ("Méthodologie", [
        "Le diagnostic local de santé croise des données quantitatives et des données qualitatives. Les données quantitatives proviennent du recensement de la population, des bases de l’assurance maladie, des statistiques de causes de décès et des répertoires de professionnels de santé. Les données qualitatives ont été recueillies au cours d’entretiens avec des professionnels, d’un questionnaire adressé aux habitants et de groupes de travail thématiques.",
        "Les indicateurs sont présentés pour le territoire d’Agglopolys et comparés, lorsque c’est possible, au département de Loir-et-Cher, à la région Centre-Val de Loire et à la France métropolitaine. Les taux de mortalité sont standardisés sur l’âge afin de permettre la comparaison de territoires dont la structure par âge diffère.",
        "Le questionnaire aux habitants a recueilli 1 214 réponses entre avril et juin 2021. Quatre groupes de travail ont réuni à l’automne 2021 plus de quatre-vingts professionnels et représentants d’usagers autour des thèmes retenus : vieillissement, santé mentale, déterminants de santé et accès aux soins.",
    ], None),
    ("Démographie", [
        "Le territoire compte environ 104 000 habitants répartis entre une ville-centre, une première couronne périurbaine et des communes rurales. La population a légèrement augmenté entre 2013 et 2019, l’excédent naturel compensant un solde migratoire proche de l’équilibre.",
        "La population vieillit : la part des personnes de 75 ans et plus progresse régulièrement et devrait encore augmenter d’ici 2030. Le nombre de personnes âgées vivant seules à domicile constitue un enjeu majeur pour l’organisation du maintien à domicile.",
        "Les jeunes de moins de 25 ans représentent un peu moins de trois habitants sur dix, avec une concentration marquée dans la ville-centre en raison de l’offre de formation et d’emploi.",
    ], [["Indicateur", "Agglopolys", "Loir-et-Cher", "Centre-Val de Loire"],
        ["Population (2019)", "104 200", "329 500", "2 573 000"],
        ["Part des moins de 25 ans", "28,1 %", "26,0 %", "28,4 %"],
        ["Part des 75 ans et plus", "11,2 %", "12,6 %", "10,9 %"],
        ["Indice de vieillissement", "96", "112", "94"],
        ["Personnes de 75 ans et plus vivant seules", "41,5 %", "40,2 %", "39,8 %"]]),
    ("Conditions de vie et précarité", [
        "Le revenu médian disponible par unité de consommation est proche de la moyenne régionale, mais les écarts sont importants entre les quartiers prioritaires de la ville-centre et les communes périurbaines. Le taux de pauvreté atteint plus de quatre habitants sur dix dans certains quartiers.",
        "La part des familles monoparentales est élevée dans la ville-centre. Les bénéficiaires de la complémentaire santé solidaire sont surreprésentés dans les quartiers prioritaires, où le renoncement aux soins déclaré dans le questionnaire est deux fois plus fréquent qu’ailleurs.",
        "Le logement ancien et énergivore concerne une partie notable du parc privé des communes rurales, avec des situations de précarité énergétique signalées par les travailleurs sociaux.",
    ], [["Indicateur", "Agglopolys", "Loir-et-Cher", "Centre-Val de Loire"],
        ["Taux de pauvreté", "13,9 %", "13,1 %", "13,2 %"],
        ["Familles monoparentales", "16,4 %", "14,2 %", "15,1 %"],
        ["Bénéficiaires de la complémentaire santé solidaire", "9,8 %", "8,7 %", "9,1 %"],
        ["Part des logements construits avant 1970", "38 %", "41 %", "40 %"]]),
    ("État de santé général", [
        "L’espérance de vie à la naissance est proche de la moyenne régionale, pour les hommes comme pour les femmes. La mortalité prématurée, avant 65 ans, reste supérieure à la moyenne nationale chez les hommes, en lien avec les cancers, les maladies cardiovasculaires et les morts violentes.",
        "Les admissions en affection de longue durée sont dominées par les maladies cardiovasculaires, le diabète, les cancers et les affections psychiatriques. Le nombre de personnes diabétiques traitées progresse, notamment chez les plus de 60 ans.",
        "Les cancers constituent la première cause de décès prématurés. La participation aux dépistages organisés du cancer du sein et du cancer colorectal reste inférieure aux objectifs fixés au niveau national.",
    ], [["Indicateur", "Agglopolys", "Loir-et-Cher", "France"],
        ["Espérance de vie des hommes", "79,0 ans", "78,8 ans", "79,3 ans"],
        ["Espérance de vie des femmes", "85,1 ans", "85,0 ans", "85,3 ans"],
        ["Taux standardisé de mortalité prématurée (pour 100 000)", "203", "209", "189"],
        ["Participation au dépistage du cancer du sein", "52 %", "54 %", "49 %"],
        ["Participation au dépistage du cancer colorectal", "31 %", "33 %", "29 %"]]),
    ("Santé mentale", [
        "Les indicateurs de santé mentale placent le territoire dans une situation moins favorable que la moyenne nationale : le taux de recours aux soins psychiatriques et le nombre de patients sous traitement psychotrope régulier y sont plus élevés.",
        "La mortalité par suicide, bien qu’en baisse sur la dernière décennie, demeure supérieure à la moyenne nationale, en particulier chez les hommes de 45 à 64 ans. Les professionnels rencontrés décrivent des délais importants pour obtenir un rendez-vous en centre médico-psychologique.",
        "Les acteurs soulignent la montée de la souffrance psychique chez les jeunes depuis la crise sanitaire et le besoin de lieux d’écoute de proximité, ainsi que de formation des professionnels de première ligne au repérage.",
    ], [["Indicateur", "Agglopolys", "Loir-et-Cher", "France"],
        ["Patients sous psychotropes réguliers (pour 1 000)", "92", "95", "84"],
        ["Taux standardisé de mortalité par suicide (pour 100 000)", "17,2", "18,0", "13,4"],
        ["Délai moyen de premier rendez-vous en CMP adulte", "62 jours", "58 jours", "non disponible"]]),
    ("Conduites addictives", [
        "La consommation d’alcool et de tabac reste un déterminant majeur de la mortalité évitable. Les hospitalisations liées à l’alcool sont plus fréquentes que la moyenne régionale, tandis que le tabagisme quotidien des jeunes de 17 ans diminue.",
        "Les professionnels de la jeunesse observent une banalisation du cannabis et l’apparition de nouveaux usages, notamment des usages détournés de protoxyde d’azote. Ils expriment le besoin d’outils partagés pour orienter les jeunes.",
        "L’offre spécialisée (consultations jeunes consommateurs, centre de soins, d’accompagnement et de prévention en addictologie) est concentrée dans la ville-centre et peu accessible aux habitants des communes rurales.",
    ], [["Indicateur", "Agglopolys", "Centre-Val de Loire", "France"],
        ["Tabagisme quotidien à 17 ans", "23 %", "26 %", "25 %"],
        ["Usage régulier d’alcool à 17 ans", "9 %", "10 %", "8 %"],
        ["Hospitalisations liées à l’alcool (pour 100 000)", "412", "388", "370"]]),
    ("Nutrition et activité physique", [
        "La prévalence du surpoids et de l’obésité mesurée lors des bilans de santé en école maternelle est plus élevée dans les quartiers prioritaires. Les professionnels de santé constatent une augmentation de la sédentarité depuis les périodes de confinement.",
        "Le territoire dispose d’un tissu associatif sportif dense, d’une maison sport-santé et de nombreux équipements, mais la pratique reste inégale selon l’âge, le sexe et le niveau de revenu. L’activité physique adaptée sur prescription demeure peu connue des médecins.",
        "Le projet alimentaire territorial offre un cadre pour développer l’accès à une alimentation locale et de qualité, notamment dans la restauration collective et l’aide alimentaire.",
    ], [["Indicateur", "Quartiers prioritaires", "Agglopolys", "Loir-et-Cher"],
        ["Surpoids et obésité en grande section de maternelle", "15,8 %", "10,4 %", "9,9 %"],
        ["Adultes déclarant moins de 30 minutes d’activité par jour", "48 %", "39 %", "41 %"],
        ["Restaurants scolaires engagés dans le projet alimentaire territorial", "—", "27", "—"]]),
    ("Santé et environnement", [
        "La qualité de l’air est globalement bonne, avec des épisodes de pollution à l’ozone l’été et aux particules fines l’hiver, liés au chauffage au bois et au trafic routier sur les axes principaux. Les pollens, notamment d’ambroisie, constituent un enjeu émergent.",
        "Le radon concerne une partie des communes du territoire, classées en zone de potentiel significatif. L’habitat indigne et l’exposition au plomb dans les logements anciens font l’objet de signalements réguliers.",
        "Le Plan Climat Air Énergie Territorial et le Plan Local d’Urbanisme Intercommunal Habitat et Déplacements prévoient des mesures favorables à la santé : végétalisation, îlots de fraîcheur, développement des mobilités actives.",
    ], [["Indicateur", "Valeur", "Commentaire"],
        ["Jours de dépassement du seuil d’information à l’ozone", "6", "moyenne annuelle sur cinq ans"],
        ["Communes en zone radon de catégorie 3", "9", "sur l’ensemble des communes membres"],
        ["Signalements d’habitat indigne traités", "74", "en cumul sur trois ans"]]),
    ("Offre de soins", [
        "La densité de médecins généralistes libéraux est inférieure à la moyenne nationale et une part importante d’entre eux a plus de 60 ans. Plusieurs départs à la retraite non remplacés ont laissé des patients sans médecin traitant, en particulier dans les communes rurales.",
        "L’offre en spécialistes libéraux est concentrée dans la ville-centre ; les délais de rendez-vous en ophtalmologie, en dermatologie et en psychiatrie sont jugés très longs par les habitants. Le centre hospitalier assure une part importante des consultations spécialisées.",
        "L’exercice coordonné progresse : le territoire compte plusieurs maisons de santé pluriprofessionnelles, un centre de santé et une communauté professionnelle territoriale de santé couvrant l’ensemble des communes.",
    ], [["Professionnels (pour 10 000 habitants)", "Agglopolys", "Loir-et-Cher", "France"],
        ["Médecins généralistes libéraux", "7,4", "6,9", "8,5"],
        ["dont âgés de 60 ans et plus", "41 %", "44 %", "35 %"],
        ["Infirmiers libéraux", "12,8", "13,5", "15,4"],
        ["Masseurs-kinésithérapeutes", "9,1", "8,2", "11,3"],
        ["Chirurgiens-dentistes", "4,6", "4,0", "5,5"]]),
    ("Personnes âgées et autonomie", [
        "Le nombre de personnes âgées dépendantes devrait fortement augmenter dans les quinze prochaines années. L’offre en établissement est proche de la moyenne départementale, mais les services d’aide à domicile peinent à recruter.",
        "Les aidants familiaux sont nombreux et souvent eux-mêmes âgés. Les solutions de répit sont jugées insuffisantes et mal connues. L’isolement social des personnes âgées est l’une des préoccupations les plus citées dans le questionnaire aux habitants.",
    ], [["Indicateur", "Agglopolys", "Loir-et-Cher"],
        ["Bénéficiaires de l’allocation personnalisée d’autonomie à domicile", "2 150", "7 420"],
        ["Places en établissement pour 1 000 personnes de 75 ans et plus", "104", "108"],
        ["Places d’accueil de jour et d’hébergement temporaire", "46", "171"]]),
    ("Enfance et jeunesse", [
        "La santé des enfants et des jeunes est marquée par des inégalités sociales précoces : couverture vaccinale, santé bucco-dentaire et surpoids varient fortement selon les quartiers. Les professionnels de la petite enfance signalent des difficultés de repérage des troubles du développement.",
        "Les jeunes interrogés citent le stress, le sommeil, les écrans et les relations affectives parmi leurs préoccupations de santé. La santé sexuelle et l’accès à la contraception restent des sujets sur lesquels l’information est jugée insuffisante.",
        "Les étudiants en santé en stage sur le territoire rencontrent des difficultés de logement et de transport qui freinent l’accueil de stagiaires dans les cabinets libéraux.",
    ], [["Indicateur", "Agglopolys", "Centre-Val de Loire"],
        ["Couverture vaccinale ROR deux doses à 24 mois", "89 %", "90 %"],
        ["Enfants de 6 ans ayant consulté un chirurgien-dentiste dans l’année", "71 %", "74 %"],
        ["Jeunes de 15 à 24 ans non insérés", "14 %", "15 %"]]),
    ("Mobilité et accès aux soins", [
        "Près d’un ménage sur dix ne dispose pas de voiture, proportion qui dépasse un sur quatre dans certains quartiers. Le réseau de transport collectif dessert bien la ville-centre mais plus difficilement les communes rurales, où le transport à la demande est peu connu.",
        "Le temps d’accès aux soins de premier recours reste raisonnable pour la majorité des habitants, mais l’accès aux spécialistes et aux plateaux techniques impose des déplacements vers la ville-centre ou vers les agglomérations voisines.",
    ], [["Indicateur", "Agglopolys", "Loir-et-Cher"],
        ["Ménages sans voiture", "9,6 %", "8,1 %"],
        ["Temps moyen d’accès au médecin généraliste le plus proche", "4 minutes", "6 minutes"],
        ["Part des actifs se rendant au travail à pied ou à vélo", "8 %", "6 %"]]),
]

SYNTHESE = [
    "Le diagnostic met en évidence un territoire contrasté, où les inégalités sociales de santé se lisent à l’échelle des quartiers comme à celle des communes. Le vieillissement de la population, la fragilité de l’offre de médecine générale et la santé mentale apparaissent comme les trois enjeux les plus largement partagés par les acteurs.",
    "Les déterminants de santé offrent des leviers d’action importants : l’habitat, les mobilités, l’alimentation et l’environnement relèvent pour partie des compétences de l’intercommunalité. Leur prise en compte dans les politiques d’aménagement est l’une des attentes fortes exprimées dans les groupes de travail.",
    "La coordination des acteurs est jugée perfectible : les professionnels connaissent mal les dispositifs existants, les informations circulent difficilement entre les secteurs sanitaire, social et médico-social, et les habitants ne savent pas toujours à qui s’adresser.",
    "Les publics les plus éloignés du système de santé, personnes en situation de précarité, personnes âgées isolées, jeunes en rupture, appellent des démarches d’aller-vers et un accompagnement renforcé dans l’accès aux droits et aux soins.",
    "Ces constats ont été présentés aux partenaires lors d’une séance plénière et ont fondé le choix des axes stratégiques et des fiches actions du présent document. Ils seront actualisés à mi-parcours à partir des indicateurs de suivi des actions.",
]

CONCERTATION = [
    ("Le questionnaire aux habitants", [
        "Le questionnaire a été diffusé sur le site internet d’Agglopolys, dans les mairies, les centres sociaux et les pharmacies, ainsi que lors de permanences tenues sur les marchés. Il comportait une trentaine de questions sur la perception de la santé, le recours aux soins, les difficultés rencontrées et les attentes des habitants.",
        "Les répondants sont majoritairement des femmes et des personnes de 40 à 70 ans ; les jeunes et les habitants des quartiers prioritaires ont été plus difficiles à atteindre, ce qui a conduit à organiser des passations accompagnées dans les structures de proximité.",
        "Les difficultés les plus citées sont la recherche d’un médecin traitant, les délais pour obtenir un rendez-vous chez un spécialiste, le coût de certains soins et l’isolement. Les attentes portent sur l’information, la prévention de proximité et la présence de professionnels dans les communes rurales.",
    ]),
    ("Groupe de travail « Vieillir en bonne santé »", [
        "Le groupe a réuni des professionnels de l’aide à domicile, des établissements pour personnes âgées, des services sociaux, des associations de retraités et des représentants des aidants. Il s’est réuni à trois reprises entre octobre et décembre 2021.",
        "Les participants ont insisté sur l’épuisement des aidants, la méconnaissance des solutions de répit, les difficultés de recrutement dans les métiers de l’aide à domicile et l’isolement des personnes âgées dans les communes rurales.",
        "Les propositions retenues portent sur l’information des aidants, le développement d’activités collectives de proximité et l’engagement de jeunes volontaires auprès des personnes âgées.",
    ]),
    ("Groupe de travail « Santé mentale et bien-être »", [
        "Le groupe a rassemblé des professionnels du soin psychiatrique, des travailleurs sociaux, des bailleurs, des représentants des familles et des personnes concernées. Il s’est réuni à trois reprises à l’automne 2021.",
        "Les échanges ont fait ressortir les délais d’accès aux consultations spécialisées, le besoin d’une instance de concertation pour les situations complexes à l’échelle de l’agglomération et la nécessité de lutter contre la stigmatisation.",
        "Le groupe a souligné l’intérêt de s’appuyer sur les dispositifs existants et de décliner localement les orientations du projet territorial de santé mentale plutôt que de créer de nouvelles structures.",
    ]),
    ("Groupe de travail « Déterminants de santé »", [
        "Le groupe a associé les services d’Agglopolys chargés de l’urbanisme, de l’habitat, des mobilités et de l’environnement, des associations sportives, des acteurs de l’aide alimentaire et des professionnels de la prévention.",
        "Les participants ont mis en avant le rôle de l’aménagement, des mobilités et de l’alimentation dans la santé des habitants, ainsi que les écarts importants entre les quartiers. Ils ont souhaité que la santé soit prise en compte dès la conception des projets.",
        "Les propositions portent sur l’activité physique et l’alimentation, les mobilités actives, les journées Santé, les dépistages et la prévention des conduites à risques.",
    ]),
    ("Groupe de travail « Accès aux soins »", [
        "Le groupe a réuni des professionnels de santé libéraux, des représentants de l’hôpital, des élus de communes rurales et des acteurs de l’accès aux droits. Il s’est réuni à deux reprises en novembre et décembre 2021.",
        "Les participants ont décrit la fragilité de la démographie médicale, le vieillissement des médecins généralistes, les difficultés d’accueil des étudiants en santé et le renoncement aux soins des publics fragiles.",
        "Les propositions retenues concernent le logement et l’accueil des étudiants, l’accompagnement des porteurs de projets d’exercice coordonné, l’accès aux soins des publics fragiles et l’accompagnement à l’accès aux droits.",
    ]),
    ("La restitution", [
        "Une séance plénière de restitution a réuni l’ensemble des participants. Elle a permis de valider les constats du diagnostic, de hiérarchiser les propositions des groupes de travail et de les regrouper en cinq axes.",
        "Les pilotes pressentis de chaque action ont ensuite été sollicités pour rédiger les fiches actions, avec l’appui du chef de projet santé d’Agglopolys. Les fiches ont été relues par le comité technique avant leur présentation au comité de pilotage.",
    ]),
]

GLOSSAIRE = [
    ("ALD", "affection de longue durée"), ("APA", "allocation personnalisée d’autonomie"),
    ("ARS", "Agence régionale de santé"), ("CAF", "caisse d’allocations familiales"),
    ("CCAS", "centre communal d’action sociale"), ("CIAS", "centre intercommunal d’action sociale"),
    ("CLS", "contrat local de santé"), ("CLSM", "conseil local de santé mentale"),
    ("CMP", "centre médico-psychologique"), ("COPIL", "comité de pilotage"),
    ("CPAM", "caisse primaire d’assurance maladie"), ("CPTS", "communauté professionnelle territoriale de santé"),
    ("CSAPA", "centre de soins, d’accompagnement et de prévention en addictologie"),
    ("CSS", "complémentaire santé solidaire"), ("DAC", "dispositif d’appui à la coordination"),
    ("EHPAD", "établissement d’hébergement pour personnes âgées dépendantes"),
    ("EIS", "évaluation d’impact sur la santé"), ("ETP", "éducation thérapeutique du patient"),
    ("FIR", "fonds d’intervention régional"), ("GEM", "groupe d’entraide mutuelle"),
    ("HPST", "loi Hôpital, Patients, Santé et Territoires"), ("MSP", "maison de santé pluriprofessionnelle"),
    ("OMS", "Organisation mondiale de la santé"), ("ORS", "observatoire régional de la santé"),
    ("PAT", "projet alimentaire territorial"), ("PCAET", "plan climat air énergie territorial"),
    ("PLUi-HD", "plan local d’urbanisme intercommunal habitat et déplacements"),
    ("PRS", "projet régional de santé"), ("PST", "projet social de territoire"),
    ("PTSM", "projet territorial de santé mentale"), ("QPV", "quartier prioritaire de la politique de la ville"),
    ("ROR", "rougeole, oreillons, rubéole"), ("SISM", "Semaines d’information sur la santé mentale"),
    ("UNAFAM", "Union nationale de familles et amis de personnes malades et/ou handicapées psychiques"),
]
GLOSSAIRE_TEXTE = [
    "Les sigles ci-dessous sont employés dans le contrat et dans ses annexes. Ils sont donnés avec leur "
    "développement le plus courant ; les dénominations officielles des organismes signataires figurent "
    "dans la liste des parties au contrat.",
]


def fiche_pilot(lead):
    """'piloté par le Centre … du Blaisois.' -> 'Centre … du Blaisois' (the seed's lead, as a table cell)."""
    p = lead[len("piloté par "):].rstrip(".")
    for art in ("le ", "la ", "l’", "l'"):
        if p.startswith(art):
            p = p[len(art):]
            break
    return p[0].upper() + p[1:]


def seed_parts():
    """The Agglopolys seed, cut into its parts (every line used once)."""
    L = Lines("agglopolys")
    intro = [L.take() for _ in range(6)]
    context = [L.take() for _ in range(4)]
    determinants = [L.take() for _ in range(3)]
    axes_intro = L.take("Le CLS résultant")
    axes = []
    while L.peek() and (L.peek().startswith("AXE") or L.peek().startswith("EN TRANSVERSALITE")):
        title = L.take()
        items = []
        while L.peek() and L.peek()[0].isdigit():
            num, _, t = L.take().partition(" - ")
            items.append((int(num), t, L.take("piloté par")))
        axes.append((title, items))
    return intro, context, determinants, axes_intro, axes


# Page of each entry of the table of contents: filled in by a second pass (see toc_pages()).
TOC_PAGES = {}


def toc_pages(pdf):
    """Find the page where each level-1 heading starts in a first rendering of the document."""
    import subprocess
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    out = {}
    for title in TOC:
        for i, page in enumerate(pages[2:], start=3):  # after the cover and the contents
            if any(line.strip() == title for line in page.split("\n")):
                out[title] = str(i)
                break
    return out


TOC = ["Préambule", "Le contexte du Contrat Local de Santé d’Agglopolys", "Les parties au contrat",
       "Annexe 1 – Fiches actions", "Annexe 2 – Diagnostic local de santé",
       "Annexe 3 – Programme prévisionnel de mise en œuvre", "Annexe 4 – Tableau de bord des indicateurs",
       "Annexe 5 – Bilan de la concertation", "Annexe 6 – Glossaire des sigles"]


def build():
    intro, context, determinants, axes_intro, axes = seed_parts()
    d = Doc("Contrat Local de Santé d’Agglopolys 2022-2027", font="Liberation Serif", size="11pt",
            head_font="Liberation Sans", line_height="118%",
            masters=[("Standard", None, None),
                     ("Cover", None, None),
                     ("Main", header("Contrat Local de Santé – Agglopolys", "2022 – 2027"), footer("page_of")),
                     ("Annexe", header("Contrat Local de Santé – Agglopolys", "Annexes"), footer("page_of"))])
    d.add(BREAK("Cover"),
          P("CONTRAT LOCAL DE SANTÉ", "Cover_20_Top"),
          P("Agglopolys", "Cover"),
          P("2022 – 2027", "Cover"),
          P("Volet santé du Projet Social de Territoire", "Subtitle"))
    d.add(BREAK("Main"), P("Sommaire", "Title"),
          TABLE([[t, TOC_PAGES.get(t, "0")] for t in TOC], [15.0, 2.0]),
          P("Les fiches actions détaillées figurent en annexe 1 ; le diagnostic local de santé en annexe 2.", "Small"))
    d.add(BREAK(), H(1, "Préambule"))
    d.add(*[P(t) for t in intro])
    d.add(H(1, "Le contexte du Contrat Local de Santé d’Agglopolys"))
    d.add(*[P(t) for t in context])
    d.add(H(2, "Les déterminants de santé"))
    d.add(*[P(t) for t in determinants])

    d.add(BREAK(), H(1, "Les parties au contrat"),
          P("Vu le Code de la santé publique, notamment ses articles L. 1434-2 et L. 1434-10 ;"),
          P("Vu la loi n° 2009-879 du 21 juillet 2009 portant réforme de l’hôpital et relative aux patients, "
            "à la santé et aux territoires ;"),
          P("Vu le Projet Régional de Santé de l’Agence Régionale de Santé Centre-Val de Loire ;"),
          P("Vu la délibération du Conseil communautaire d’Agglopolys de mars 2022 relative à la compétence "
            "« Actions d’intérêt communautaire de promotion et de prévention en santé et de développement et de "
            "coordination de l’offre de soins visant à lutter contre les déserts médicaux » ;"),
          P("Le présent contrat est conclu entre :"),
          UL(["Agglopolys, représentée par son Président,",
              "l’ARS Centre-Val de Loire, représentée par son Directeur général,",
              "l’Etat, représenté par le Préfet,",
              "la Région Centre-Val de Loire, représentée par son Président,",
              "le Département de Loir-et-Cher, représenté par son Président,",
              "la Caisse Primaire de l’Assurance Maladie 41, représentée par sa Directrice,",
              "la Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre, représentée par son Président,",
              "le Centre Hospitalier de Blois Simone Veil, représenté par son Directeur."]),
          P("Il est convenu ce qui suit :"))
    d.add(H(2, "Article 1 – Objet du contrat"),
          P("Le présent contrat a pour objet de définir les engagements des signataires pour réduire les inégalités "
            "sociales et territoriales de santé sur le territoire d’Agglopolys. Il constitue le volet santé du Projet "
            "Social de Territoire porté par le Centre Intercommunal d’Action Sociale du Blaisois."),
          P("Il précise les axes stratégiques retenus, les actions qui les déclinent, les modalités de gouvernance, "
            "de suivi et d’évaluation, ainsi que les engagements de chacune des parties."),
          H(2, "Article 2 – Périmètre géographique"),
          P("Le contrat s’applique à l’ensemble des communes membres d’Agglopolys. Certaines actions visent en "
            "priorité les quartiers prioritaires de la politique de la ville et les communes rurales les plus "
            "éloignées de l’offre de soins."),
          H(2, "Article 3 – Durée"),
          P("Le présent contrat est conclu pour une durée de cinq ans, sur la période 2022-2027. Il prend effet à la "
            "date de sa signature par l’ensemble des parties."),
          H(2, "Article 4 – Axes stratégiques et plan d’actions"),
          P(axes_intro))
    first = True
    for title, items in axes:
        d.add(H(3, title), OL([[t, lead] for _, t, lead in items], style="LNDASH", cont=not first))
        first = False
    d.add(P("Chaque action fait l’objet d’une fiche détaillée figurant en annexe 1 du présent contrat. Le plan "
            "d’actions peut être complété chaque année sur proposition du comité technique et après validation du "
            "comité de pilotage."))
    d.add(H(2, "Article 5 – Gouvernance"),
          P("Le comité de pilotage réunit les signataires du contrat. Il se réunit au moins une fois par an. Il valide "
            "le programme annuel d’actions, examine le bilan de l’année écoulée et décide des ajustements nécessaires. "
            "Il est coprésidé par le Président d’Agglopolys et par le Directeur général de l’ARS Centre-Val de Loire "
            "ou leurs représentants."),
          P("Le comité technique réunit les référents techniques des signataires et les pilotes des actions. Il se "
            "réunit chaque trimestre. Il prépare les travaux du comité de pilotage, suit la mise en œuvre des fiches "
            "actions et propose de nouvelles actions au regard de l’évolution des besoins."),
          P("La coordination du contrat est assurée par le chef de projet santé d’Agglopolys. Il anime le réseau des "
            "partenaires, accompagne les pilotes des actions, organise la rencontre annuelle des acteurs et assure le "
            "lien avec les autres démarches territoriales."),
          P("Une rencontre annuelle ouverte à l’ensemble des acteurs de la santé, du social et du médico-social et aux "
            "habitants permet de présenter l’avancement du contrat et de recueillir les propositions de chacun."))
    d.add(H(2, "Article 6 – Engagements des signataires"),
          P("Agglopolys s’engage à assurer la coordination du contrat, à mobiliser ses compétences en matière "
            "d’aménagement, de mobilité, d’habitat et d’action sociale au service des objectifs du contrat, et à "
            "porter les actions dont elle est pilote."),
          P("L’ARS Centre-Val de Loire s’engage à accompagner la mise en œuvre du contrat, à cofinancer le poste de "
            "coordination et certaines actions dans le cadre du fonds d’intervention régional, et à veiller à la "
            "cohérence du contrat avec le Projet Régional de Santé."),
          P("L’Etat s’engage à mobiliser, dans le cadre de la politique de la ville et de ses politiques de "
            "droit commun, les moyens susceptibles de concourir aux objectifs du contrat."),
          P("La Région Centre-Val de Loire s’engage à soutenir les projets relevant de ses politiques en faveur de "
            "l’offre de soins, de la formation sanitaire et sociale et de la prévention."),
          P("Le Département de Loir-et-Cher s’engage à articuler ses politiques d’autonomie, de protection maternelle "
            "et infantile et d’insertion avec les actions du contrat."),
          P("La Caisse Primaire de l’Assurance Maladie 41 s’engage à mobiliser ses dispositifs d’accès aux droits, "
            "de prévention et d’accompagnement des professionnels de santé au service des actions du contrat."),
          P("La Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre s’engage à mobiliser les "
            "professionnels de santé libéraux et à porter les actions relatives à l’accès aux soins dont elle est pilote."),
          P("Le Centre Hospitalier de Blois Simone Veil s’engage à contribuer aux actions relatives à la santé "
            "mentale, à l’accueil des étudiants en santé et à la coordination des parcours."))
    d.add(H(2, "Article 7 – Suivi et évaluation"),
          P("Chaque fiche action comporte des indicateurs de suivi renseignés annuellement par son pilote. Le bilan "
            "annuel est présenté au comité de pilotage."),
          P("Une évaluation à mi-parcours et une évaluation finale sont conduites. Elles portent sur :"),
          UL(["la mise en œuvre des actions prévues et le respect du calendrier ;",
              "l’atteinte des objectifs opérationnels de chaque fiche action ;",
              "la dynamique partenariale et la participation des habitants ;",
              "la contribution du contrat à la réduction des inégalités sociales et territoriales de santé."]),
          H(2, "Article 8 – Révision du contrat"),
          P("Le contrat peut être modifié par avenant, à la demande de l’une des parties, après avis du comité de "
            "pilotage. L’ajout d’une action au plan d’actions ne nécessite pas d’avenant lorsqu’il est validé par le "
            "comité de pilotage."),
          H(2, "Article 9 – Communication"),
          P("Les signataires s’engagent à faire mention du contrat local de santé dans leurs communications relatives "
            "aux actions qu’il soutient et à valoriser les réalisations auprès des habitants."),
          P("Fait à Blois, en huit exemplaires originaux."),
          TABLE([["Pour Agglopolys, le Président", "Pour l’ARS Centre-Val de Loire, le Directeur général"],
                 ["Pour l’Etat, le Préfet", "Pour la Région Centre-Val de Loire, le Président"],
                 ["Pour le Département de Loir-et-Cher, le Président",
                  "Pour la Caisse Primaire de l’Assurance Maladie 41, la Directrice"],
                 ["Pour la CPTS La Salamandre, le Président",
                  "Pour le Centre Hospitalier de Blois Simone Veil, le Directeur"]],
                [8.5, 8.5]),
          P("Les signatures des représentants des parties figurent sur l’exemplaire original.", "Small"))

    # ---- Annexe 1: one fiche per action, each on its own page
    d.add(BREAK("Annexe"), H(1, "Annexe 1 – Fiches actions"), P(NOTE, "Quote"),
          P("Les fiches ci-dessous détaillent les dix-neuf actions du contrat. Chaque fiche précise l’axe de "
            "rattachement, le pilote, les partenaires, le public visé, le contexte, les objectifs, les modalités de "
            "mise en œuvre, le calendrier prévisionnel, les indicateurs d’évaluation et les financements mobilisés."))
    n = 0
    for title, items in axes:
        for num, t, lead in items:
            f = FICHES[n]
            n += 1
            assert num == n
            pilot = fiche_pilot(lead)
            if n > 1:
                d.add(BREAK())
            d.add(H(2, "Fiche action n° %d : %s" % (num, t)),
                  TABLE([["Axe", title],
                         ["Pilote", pilot],
                         ["Partenaires", f["partners"]],
                         ["Public cible", f["public"]],
                         ["Territoire concerné", TERRITOIRE[(n - 1) % len(TERRITOIRE)]],
                         ["Contexte", f["context"]],
                         ["Objectifs", f["objectives"]],
                         ["Modalités de mise en œuvre", f["description"]],
                         ["Résultats attendus", RESULTS[n - 1]],
                         ["Calendrier", f["calendar"]],
                         ["Indicateurs d’évaluation", f["indicators"]],
                         ["Financement", f["funding"]],
                         ["Articulation avec d’autres démarches", ARTICULATION[(n - 1) % len(ARTICULATION)]],
                         ["Points de vigilance", VIGILANCE[(n - 1) % len(VIGILANCE)]]],
                        [4.2, 12.8], label_col=True),
                  P("Le pilote de l’action rend compte chaque année de son avancement au comité technique, à partir "
                    "des indicateurs ci-dessus.", "Small"))
    assert n == 19

    # ---- Annexe 2: diagnostic
    d.add(BREAK(), H(1, "Annexe 2 – Diagnostic local de santé"), P(NOTE, "Quote"),
          P("Le diagnostic présenté dans cette annexe a servi de base à l’élaboration du contrat. Il est organisé par "
            "thème ; chaque thème présente les principaux constats, puis un tableau d’indicateurs."))
    for i, (title, paras, table) in enumerate(DIAG):
        if i > 0:
            d.add(BREAK())
        d.add(H(2, "%d. %s" % (i + 1, title)))
        d.add(*[P(t) for t in paras])
        if table:
            widths = [7.0] + [10.0 / (len(table[0]) - 1)] * (len(table[0]) - 1)
            d.add(TABLE(table, widths, header=True))
            d.add(P("Source : données compilées pour le diagnostic local de santé (valeurs fictives).", "Small"))
    d.add(BREAK(), H(2, "%d. Synthèse des enjeux" % (len(DIAG) + 1)))
    d.add(COLS([P(t) for t in SYNTHESE]))
    d.add(P("Les enjeux ainsi identifiés sont repris dans les cinq axes du contrat."))

    # ---- Annexe 3: the calendars of the fiches as one long table (its heading row repeats on each page)
    d.add(BREAK(), H(1, "Annexe 3 – Programme prévisionnel de mise en œuvre"),
          P("Le tableau ci-dessous reprend, action par action, les étapes prévues dans les fiches et leur échéance "
            "prévisionnelle. Il est actualisé chaque année par le comité technique."))
    rows = [["N°", "Action", "Étape", "Échéance", "Pilote"]]
    n = 0
    for title, items in axes:
        for num, t, lead in items:
            f = FICHES[n]
            n += 1
            for step in f["calendar"].split(" ; "):
                when, sep, what = step.partition(" : ")
                if not sep:
                    when, what = step, "mise en œuvre de l’action"
                rows.append([str(num), t, what[0].upper() + what[1:], when, fiche_pilot(lead)])
    d.add(TABLE(rows, [1.0, 5.6, 4.6, 2.4, 3.4], header=True))
    d.add(P("Les échéances sont indicatives et peuvent être ajustées par le comité de pilotage.", "Small"))

    # ---- Annexe 4: the fiches' indicators as one dashboard table
    d.add(BREAK(), H(1, "Annexe 4 – Tableau de bord des indicateurs"),
          P("Les indicateurs des fiches actions sont rassemblés ci-dessous. Ils sont renseignés chaque année par les "
            "pilotes et présentés au comité de pilotage ; la source et la fréquence de recueil sont précisées pour "
            "chacun d’eux."))
    rows = [["N°", "Indicateur", "Source", "Fréquence"]]
    n = 0
    for title, items in axes:
        for num, t, lead in items:
            f = FICHES[n]
            n += 1
            for k, ind in enumerate(f["indicators"].split(" ; ")):
                src = "Pilote de l’action" if k % 2 == 0 else "Bilan des partenaires"
                rows.append([str(num), ind[0].upper() + ind[1:], src, "Annuelle"])
    d.add(TABLE(rows, [1.0, 10.0, 3.5, 2.5], header=True))

    # ---- Annexe 5: the consultation
    d.add(BREAK(), H(1, "Annexe 5 – Bilan de la concertation"),
          P("L’élaboration du contrat s’est appuyée sur une large concertation des habitants et des acteurs du "
            "territoire. Cette annexe en présente les principales étapes et les enseignements."))
    for i, (title, paras) in enumerate(CONCERTATION):
        if 0 < i < len(CONCERTATION) - 1:
            d.add(BREAK())  # one page per working group
        d.add(H(2, title))
        d.add(*[P(t) for t in paras])

    # ---- Annexe 6: glossary in two columns
    d.add(BREAK(), H(1, "Annexe 6 – Glossaire des sigles"))
    d.add(*[P(t) for t in GLOSSAIRE_TEXTE])
    d.add(COLS([P("%s : %s" % (s, t), "List_20_Item") for s, t in GLOSSAIRE]))
    d.add(P("Fin du document.", "Small"))
    return d
