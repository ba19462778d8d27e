"""plan-actions-cls: the action plan of a contract, axis -> objectives -> fiches actions.

A fictitious territory (the Communauté de communes Cœur de Brévanne does not exist) and a
plan written for the fixture: 4 axes, 16 objectives, 29 fiches actions. Each axis writes its
objectives and fiches its own way, as plans do:

  axis 1  "AXE 1 : …"                 "Objectif 1.1 : …"                "Fiche action n°1 : …" (numbered 1-29 across the plan)
  axis 2  "Axe stratégique 2 – …"     "Objectif opérationnel 2.1 – …"   "Action 2.1.1 – …"
  axis 3  "AXE III – …"               "OBJECTIF 10" + its title below   "Action n° 19 : …"
  axis 4  "Axe 4 – …"                 "Objectif : …" (no number)         "Fiche action n°24 : …"

Every fiche is a two-column table (label | content). Its rows repeat the words of the plan
without being the plan: an "Objectif" row (axes 1 and 4), "Objectif opérationnel : 2.1 – …"
(axis 2), "Objectif général" (axis 3) are the fiche's own fields, not objectives of an axis.
Some objectives open with a paragraph before their fiches (axes 2 and 4); the fiches of axis
3 end with a paragraph. The fiches are not kept on one page: they break where the page ends.
"""
from fodt import Doc, H, P, UL, TABLE, BREAK, header, footer

TERR = "Communauté de communes Cœur de Brévanne"

NOTE = ("Avertissement : ce document a été rédigé pour un jeu d’essai. Le territoire, les "
        "organismes locaux qui y sont nommés et le contenu des fiches sont fictifs.")

# (axis heading, axis lead paragraph, [(objective heading(s), objective paragraph or None, [fiche, …])])
# a fiche: (heading, {field: text})
AXES = [
    ("AXE 1 : Améliorer l’accès aux soins de proximité",
     "Le territoire compte 6,1 médecins généralistes pour 10 000 habitants et près d’un tiers d’entre eux "
     "prévoient de cesser leur activité d’ici cinq ans. Cet axe vise à maintenir une offre de premier recours "
     "dans chaque bassin de vie et à faciliter le parcours des habitants les plus éloignés des lieux de soins.",
     [
         (["Objectif 1.1 : Attirer et installer de nouveaux professionnels de santé"], None, [
             ("Fiche action n°1 : Organiser l’accueil des internes et des stagiaires en santé", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="CPTS du Pays de Brévanne ; faculté de médecine ; maisons de santé pluriprofessionnelles ; communes d’accueil",
                 public="Internes en médecine générale, étudiants en soins infirmiers, en kinésithérapie et en pharmacie",
                 objectif="Faire du stage une première expérience réussie du territoire, pour que davantage de jeunes professionnels choisissent de s’y installer.",
                 description="Mise à disposition de deux logements meublés à Brévanne et à Saint-Aulnay ; soirée d’accueil à chaque semestre ; visite du territoire avec les élus ; remboursement des frais de déplacement des stagiaires vers les cabinets ruraux ; recensement annuel des maîtres de stage.",
                 calendrier="2024 : aménagement des logements ; à partir de l’automne 2024 : accueil à chaque semestre",
                 indicateurs="Nombre d’internes et de stagiaires accueillis ; taux d’occupation des logements ; nombre de maîtres de stage ; installations d’anciens stagiaires")),
             ("Fiche action n°2 : Créer un guichet unique d’accompagnement à l’installation", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Caisse Primaire d’Assurance Maladie ; ARS ; ordre des médecins ; chambre de commerce et d’industrie",
                 public="Professionnels de santé en projet d’installation ou de reprise de cabinet",
                 objectif="Simplifier les démarches d’installation et rendre visibles les aides existantes.",
                 description="Désignation d’un interlocuteur unique au sein de la communauté de communes ; dossier d’accueil présentant les aides, les locaux disponibles et les contacts ; accompagnement du conjoint dans sa recherche d’emploi ; mise en relation avec les médecins qui partent à la retraite.",
                 calendrier="2024 : conception du dossier d’accueil ; 2025 à 2028 : accompagnement des porteurs de projet",
                 indicateurs="Nombre de professionnels accompagnés ; nombre d’installations ; délai moyen entre le premier contact et l’installation")),
         ]),
         (["Objectif 1.2 : Soutenir l’exercice coordonné"], None, [
             ("Fiche action n°3 : Accompagner les projets de maisons de santé pluriprofessionnelles", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="ARS ; communes porteuses ; professionnels de santé libéraux ; Département",
                 public="Équipes de soins primaires et communes porteuses de projet",
                 objectif="Accompagner l’ouverture de deux nouvelles maisons de santé pluriprofessionnelles pendant la durée du contrat.",
                 description="Appui méthodologique à l’écriture du projet de santé ; étude de faisabilité immobilière ; recherche de financements ; animation de réunions entre professionnels et élus ; retour d’expérience des maisons de santé déjà ouvertes.",
                 calendrier="2024 à 2026 : accompagnement des projets de Varonne et des Essarts ; 2027 : ouverture prévue",
                 indicateurs="Nombre de projets accompagnés ; nombre de maisons de santé ouvertes ; nombre de professionnels exerçant en équipe")),
             ("Fiche action n°4 : Appuyer la création d’une communauté professionnelle territoriale de santé", dict(
                 pilote="Association des professionnels de santé du Pays de Brévanne",
                 partenaires="Caisse Primaire d’Assurance Maladie ; ARS ; union régionale des professionnels de santé",
                 public="Professionnels de santé libéraux du territoire",
                 objectif="Doter le territoire d’une communauté professionnelle territoriale de santé couvrant les quatorze communes.",
                 description="Réunions d’information des professionnels ; écriture de la lettre d’intention puis du projet de santé ; signature de l’accord conventionnel interprofessionnel ; recrutement d’une coordinatrice.",
                 calendrier="2024 : lettre d’intention ; 2025 : projet de santé et signature de l’accord",
                 indicateurs="Nombre d’adhérents ; signature de l’accord conventionnel ; missions socles engagées")),
             ("Fiche action n°5 : Déployer les protocoles de coopération entre médecins et infirmiers", dict(
                 pilote="CPTS du Pays de Brévanne",
                 partenaires="Infirmiers libéraux ; médecins généralistes ; centre hospitalier de Brévanne",
                 public="Patients atteints de maladies chroniques suivis à domicile",
                 objectif="Libérer du temps médical en confiant aux infirmiers certains suivis, dans le cadre de protocoles validés.",
                 description="Choix de trois protocoles (suivi du diabète, renouvellement de traitements, plaies chroniques) ; formation des binômes médecin-infirmier ; outils de partage d’information ; évaluation au bout d’un an.",
                 calendrier="2025 : formation des premiers binômes ; 2026 à 2028 : extension à l’ensemble du territoire",
                 indicateurs="Nombre de binômes formés ; nombre de patients suivis dans un protocole ; temps médical libéré estimé")),
         ]),
         (["Objectif 1.3 : Développer la télésanté dans les communes rurales"], None, [
             ("Fiche action n°6 : Installer des cabines de téléconsultation accompagnée", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Pharmacies ; France services ; CPTS du Pays de Brévanne ; centre hospitalier de Brévanne",
                 public="Habitants des communes rurales sans médecin traitant ou éloignés d’un cabinet",
                 objectif="Offrir une consultation à distance, accompagnée par un professionnel, dans les communes les plus éloignées.",
                 description="Installation de trois points de téléconsultation dans des pharmacies et un espace France services ; présence d’un infirmier ou d’un pharmacien pendant la consultation ; plages réservées par les médecins de la CPTS ; évaluation de la satisfaction des patients.",
                 calendrier="2025 : installation des trois points ; 2026 : bilan et, selon les résultats, extension",
                 indicateurs="Nombre de téléconsultations ; part des patients sans médecin traitant ; satisfaction des patients et des professionnels")),
         ]),
         (["Objectif 1.4 : Faciliter l’accès aux soins des personnes sans moyen de transport"], None, [
             ("Fiche action n°7 : Mettre en place un transport solidaire vers les lieux de soins", dict(
                 pilote="Centre intercommunal d’action sociale de Brévanne",
                 partenaires="Associations de bénévoles ; communes ; Mutualité Sociale Agricole",
                 public="Personnes âgées, personnes sans véhicule, personnes aux revenus modestes",
                 objectif="Permettre à chacun de se rendre à un rendez-vous médical, même sans voiture.",
                 description="Réseau de chauffeurs bénévoles défrayés ; plateforme téléphonique de réservation ; participation modulée selon les revenus ; information des médecins et des pharmaciens pour orienter les patients.",
                 calendrier="2024 : recrutement des bénévoles et lancement dans cinq communes ; 2025 : ensemble du territoire",
                 indicateurs="Nombre de trajets réalisés ; nombre de bénéficiaires ; nombre de chauffeurs bénévoles")),
             ("Fiche action n°8 : Organiser des consultations avancées de spécialistes", dict(
                 pilote="Centre hospitalier de Brévanne",
                 partenaires="Maisons de santé pluriprofessionnelles ; centre hospitalier universitaire ; ARS",
                 public="Patients du territoire orientés par leur médecin traitant",
                 objectif="Rapprocher des habitants les consultations de cardiologie, de dermatologie et d’ophtalmologie.",
                 description="Vacations mensuelles de médecins spécialistes hospitaliers dans les maisons de santé ; prise de rendez-vous par le secrétariat hospitalier ; recours à la télé-expertise entre deux vacations.",
                 calendrier="2025 : cardiologie et dermatologie ; 2026 : ophtalmologie",
                 indicateurs="Nombre de vacations et de consultations ; délai moyen d’obtention d’un rendez-vous ; nombre de télé-expertises")),
         ]),
     ]),
    ("Axe stratégique 2 – Prévenir et promouvoir la santé à tous les âges",
     "La mortalité prématurée évitable reste supérieure à la moyenne régionale, en particulier chez les hommes. "
     "Les actions de cet axe s’adressent aux habitants à chaque âge de la vie, en privilégiant les démarches "
     "d’aller-vers et les lieux qu’ils fréquentent déjà.",
     [
         (["Objectif opérationnel 2.1 – Améliorer la participation aux dépistages organisés des cancers"],
          "Constat : la participation au dépistage organisé du cancer colorectal est de 29 % sur le territoire, "
          "celle au dépistage du cancer du sein de 51 %, en dessous des objectifs nationaux.", [
             ("Action 2.1.1 – Relayer localement les campagnes Octobre rose et Mars bleu", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Centre régional de coordination des dépistages des cancers ; Ligue contre le cancer ; associations sportives",
                 public="Femmes de 50 à 74 ans ; hommes et femmes de 50 à 74 ans pour le dépistage colorectal",
                 objectifs="Faire connaître les dépistages organisés ; remettre des kits de dépistage colorectal lors des événements.",
                 description="Marche rose annuelle ; stands sur les marchés ; affichage dans les mairies et les commerces ; remise de kits par les pharmaciens formés.",
                 calendrier="Chaque année en mars et en octobre, de 2024 à 2028",
                 indicateurs="Nombre de participants ; nombre de kits remis ; évolution des taux de participation")),
             ("Action 2.1.2 – Accompagner les femmes éloignées du soin vers la mammographie", dict(
                 pilote="Centre intercommunal d’action sociale de Brévanne",
                 partenaires="Centre régional de coordination des dépistages des cancers ; radiologues ; transport solidaire",
                 public="Femmes de 50 à 74 ans qui n’ont jamais fait de mammographie ou en situation de précarité",
                 objectifs="Lever les freins financiers, pratiques et culturels à la mammographie.",
                 description="Repérage par les travailleurs sociaux ; rendez-vous groupés avec transport ; accompagnement par une médiatrice en santé le jour de l’examen.",
                 calendrier="2024 : premières sessions ; deux sessions par an jusqu’en 2028",
                 indicateurs="Nombre de femmes accompagnées ; nombre de mammographies réalisées")),
         ]),
         (["Objectif opérationnel 2.2 – Renforcer la couverture vaccinale"],
          "Constat : la couverture vaccinale contre les papillomavirus des jeunes filles de 16 ans ne dépasse pas 38 %.", [
             ("Action 2.2.1 – Organiser des séances de vaccination itinérantes", dict(
                 pilote="Centre de vaccination départemental",
                 partenaires="Éducation nationale ; infirmiers libéraux ; communes ; Caisse Primaire d’Assurance Maladie",
                 public="Collégiens, jeunes adultes, habitants sans médecin traitant",
                 objectifs="Rattraper les vaccinations manquantes ; augmenter la couverture contre les papillomavirus.",
                 description="Séances dans les collèges avec l’accord des parents ; journées de vaccination dans les mairies des communes rurales ; vérification des carnets de vaccination lors des journées santé.",
                 calendrier="À partir de la rentrée 2024, deux campagnes par année scolaire",
                 indicateurs="Nombre de séances et de personnes vaccinées ; couverture vaccinale contre les papillomavirus")),
         ]),
         (["Objectif opérationnel 2.3 – Promouvoir une alimentation favorable à la santé et l’activité physique"],
          "Constat : 17 % des enfants de grande section de maternelle sont en surpoids dans les écoles des "
          "quartiers les plus modestes, contre 10 % en moyenne.", [
             ("Action 2.3.1 – Développer le sport santé sur ordonnance", dict(
                 pilote="Maison sport-santé de Brévanne",
                 partenaires="Médecins généralistes ; clubs sportifs labellisés ; Caisse Primaire d’Assurance Maladie",
                 public="Adultes atteints d’une maladie chronique ou d’une obésité",
                 objectifs="Faire prescrire l’activité physique adaptée ; proposer une offre de séances encadrées dans chaque bassin de vie.",
                 description="Information des médecins sur la prescription ; bilan de condition physique ; cycles de douze semaines de séances encadrées ; orientation vers un club à l’issue du cycle.",
                 calendrier="2024 : formation des éducateurs ; 2025 à 2028 : trois cycles par an",
                 indicateurs="Nombre de prescriptions ; nombre de participants ayant terminé le cycle ; poursuite d’une activité six mois après")),
             ("Action 2.3.2 – Proposer des ateliers cuisine dans les épiceries solidaires", dict(
                 pilote="Centre intercommunal d’action sociale de Brévanne",
                 partenaires="Épiceries solidaires ; diététiciens ; producteurs locaux",
                 public="Familles bénéficiaires de l’aide alimentaire",
                 objectifs="Cuisiner des repas équilibrés à petit prix ; faire découvrir les produits locaux de saison.",
                 description="Ateliers mensuels animés par une diététicienne ; livret de recettes ; paniers de légumes à prix réduit.",
                 calendrier="De 2024 à 2028, un atelier par mois et par épicerie",
                 indicateurs="Nombre d’ateliers et de participants ; nombre de paniers distribués")),
             ("Action 2.3.3 – Aménager des parcours de marche dans les bourgs", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Communes ; office de tourisme ; clubs de randonnée",
                 public="Habitants de tous âges",
                 objectifs="Encourager la marche au quotidien.",
                 description="Balisage de boucles de deux à cinq kilomètres au départ des centres-bourgs ; bancs tous les cinq cents mètres ; panneaux indiquant les distances et le temps de marche.",
                 calendrier="2025 : cinq premiers parcours ; 2026 à 2027 : un parcours par commune",
                 indicateurs="Nombre de parcours balisés ; fréquentation mesurée par des compteurs")),
         ]),
         (["Objectif opérationnel 2.4 – Prévenir les conduites addictives chez les jeunes"], None, [
             ("Action 2.4.1 – Déployer un programme de développement des compétences psychosociales dans les collèges", dict(
                 pilote="Éducation nationale",
                 partenaires="Instance régionale d’éducation et de promotion de la santé ; centre de soins, d’accompagnement et de prévention en addictologie",
                 public="Élèves de sixième et de cinquième des trois collèges du territoire",
                 objectifs="Renforcer la capacité des élèves à gérer leurs émotions et à résister à la pression du groupe.",
                 description="Formation des enseignants volontaires ; dix séances par classe et par an ; rencontre avec les parents en fin d’année.",
                 calendrier="Rentrée 2024 : premier collège ; rentrée 2025 : les trois collèges",
                 indicateurs="Nombre de classes et d’élèves ; nombre d’enseignants formés ; évolution des compétences mesurée par questionnaire")),
             ("Action 2.4.2 – Former les animateurs jeunesse au repérage précoce des usages de tabac, d’alcool et de cannabis", dict(
                 pilote="Centre de soins, d’accompagnement et de prévention en addictologie",
                 partenaires="Services jeunesse des communes ; mission locale ; consultations jeunes consommateurs",
                 public="Animateurs, éducateurs et conseillers de la mission locale",
                 objectifs="Repérer tôt les usages à risque ; orienter vers la consultation jeunes consommateurs.",
                 description="Deux journées de formation par an ; outil de repérage commun ; permanence mensuelle de la consultation jeunes consommateurs à la mission locale.",
                 calendrier="2024 à 2028",
                 indicateurs="Nombre de professionnels formés ; nombre de jeunes orientés vers la consultation")),
         ]),
         (["Objectif opérationnel 2.5 – Préserver l’autonomie des personnes âgées"],
          "Constat : un habitant sur cinq a plus de 75 ans et la moitié d’entre eux vivent seuls.", [
             ("Action 2.5.1 – Proposer des ateliers de prévention des chutes", dict(
                 pilote="Mutualité Sociale Agricole",
                 partenaires="Caisses de retraite ; kinésithérapeutes ; clubs d’aînés",
                 public="Personnes de plus de 65 ans vivant à domicile",
                 objectifs="Réduire le nombre de chutes et leurs conséquences.",
                 description="Cycles de dix séances d’équilibre ; conseils d’aménagement du logement ; visite d’un ergothérapeute à domicile pour les personnes qui ont déjà chuté.",
                 calendrier="Quatre cycles par an de 2024 à 2028",
                 indicateurs="Nombre de participants ; évolution des tests d’équilibre ; nombre de visites à domicile")),
             ("Action 2.5.2 – Soutenir les aidants par des temps de répit", dict(
                 pilote="Centre intercommunal d’action sociale de Brévanne",
                 partenaires="Plateforme d’accompagnement et de répit ; accueil de jour ; associations d’aidants",
                 public="Aidants de personnes âgées ou en situation de handicap",
                 objectifs="Prévenir l’épuisement des aidants ; faire connaître les solutions de répit.",
                 description="Café des aidants mensuel ; guide des solutions de répit ; relais à domicile de quelques heures ; journée des aidants chaque 6 octobre.",
                 calendrier="2024 : guide et premier café des aidants ; 2025 à 2028 : relais à domicile",
                 indicateurs="Nombre d’aidants accompagnés ; nombre d’heures de relais ; diffusion du guide")),
         ]),
     ]),
    ("AXE III – Promouvoir la santé mentale et le bien-être psychique",
     "Les professionnels décrivent une forte hausse des demandes de soins psychiques depuis 2020, chez les jeunes "
     "comme chez les adultes, et des délais d’accès au centre médico-psychologique supérieurs à trois mois.",
     [
         (["OBJECTIF 10", "Mieux repérer la souffrance psychique"], None, [
             ("Action n° 19 : Former des secouristes en santé mentale parmi les agents des communes", dict(
                 general="Que chaque commune dispose d’au moins un agent formé aux premiers secours en santé mentale.",
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Centre hospitalier de Brévanne ; association de formateurs accrédités",
                 public="Agents d’accueil, secrétaires de mairie, animateurs, agents des bailleurs",
                 description="Sessions de deux jours selon le programme national des premiers secours en santé mentale ; réunion annuelle des secouristes formés.",
                 calendrier="Trois sessions par an de 2024 à 2028",
                 indicateurs="Nombre de secouristes formés ; nombre de communes couvertes")),
             ("Action n° 20 : Créer une cellule de concertation des situations complexes", dict(
                 general="Trouver des réponses concertées pour les personnes en souffrance psychique dont la situation met en échec les professionnels.",
                 pilote="Centre hospitalier de Brévanne",
                 partenaires="Centre intercommunal d’action sociale ; bailleurs sociaux ; gendarmerie ; dispositif d’appui à la coordination",
                 public="Personnes en souffrance psychique en situation de rupture ; leurs proches",
                 description="Réunion mensuelle d’une cellule pluridisciplinaire ; fiche de saisine commune ; charte de confidentialité ; suivi de chaque situation jusqu’à sa résolution.",
                 calendrier="2024 : charte et première réunion ; 2025 à 2028 : fonctionnement mensuel",
                 indicateurs="Nombre de situations examinées ; délai de réponse ; nombre d’hospitalisations sous contrainte évitées")),
         ]),
         (["OBJECTIF 11", "Faciliter l’accès aux soins psychiques des jeunes"], None, [
             ("Action n° 21 : Ouvrir une permanence de la maison des adolescents à Brévanne", dict(
                 general="Offrir aux jeunes de 11 à 25 ans un lieu d’écoute gratuit, anonyme et sans rendez-vous.",
                 pilote="Maison des adolescents",
                 partenaires="Communauté de communes ; collèges et lycée ; mission locale ; centre médico-psychologique",
                 public="Jeunes de 11 à 25 ans et leurs parents",
                 description="Permanence hebdomadaire d’un psychologue et d’un éducateur dans les locaux de la mission locale ; orientation vers les soins si nécessaire ; interventions dans les établissements scolaires.",
                 calendrier="Ouverture en septembre 2024",
                 indicateurs="Nombre de jeunes reçus ; motifs de venue ; orientations vers le soin")),
         ]),
         (["OBJECTIF 12", "Lutter contre l’isolement et changer le regard sur les troubles psychiques"], None, [
             ("Action n° 22 : Organiser les Semaines d’information sur la santé mentale", dict(
                 general="Faire reculer la stigmatisation des troubles psychiques et faire connaître les ressources d’aide.",
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Union nationale des familles et amis de personnes malades ; centre hospitalier ; médiathèques",
                 public="Grand public",
                 description="Ciné-débats ; expositions ; conférences ; stands dans les marchés ; programme construit avec des personnes concernées.",
                 calendrier="Chaque année en octobre, de 2024 à 2028",
                 indicateurs="Nombre d’événements et de participants ; nombre de partenaires mobilisés")),
             ("Action n° 23 : Développer des lieux d’accueil et d’écoute de proximité", dict(
                 general="Rompre l’isolement des personnes en souffrance psychique dans les communes rurales.",
                 pilote="Association Entraide Brévanne",
                 partenaires="Groupe d’entraide mutuelle ; communes ; centre intercommunal d’action sociale",
                 public="Adultes isolés en souffrance psychique",
                 description="Ouverture d’une antenne du groupe d’entraide mutuelle deux après-midi par semaine ; activités collectives ; transport assuré par le réseau de bénévoles.",
                 calendrier="2025 : ouverture de l’antenne ; 2026 à 2028 : développement des activités",
                 indicateurs="Nombre de personnes accueillies ; fréquentation moyenne")),
         ]),
     ]),
    ("Axe 4 – Coordonner les acteurs et agir sur la santé environnementale",
     "Les acteurs rencontrés pendant le diagnostic connaissent mal les dispositifs des uns et des autres. "
     "Le territoire est par ailleurs exposé au radon, à un habitat ancien dégradé et à l’arrivée du moustique tigre.",
     [
         (["Objectif : Animer le réseau des acteurs locaux de santé"],
          "Le coordonnateur du contrat anime le réseau des acteurs et veille à ce que chacun connaisse les actions "
          "des autres.", [
             ("Fiche action n°24 : Organiser une rencontre annuelle des acteurs de santé", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="Signataires du contrat ; associations ; professionnels de santé",
                 objectif="Favoriser l’interconnaissance des acteurs et présenter l’avancement du contrat.",
                 public="Professionnels de la santé, du social et du médico-social ; élus ; habitants",
                 description="Journée annuelle avec bilan des actions, ateliers thématiques et forum des structures ; compte rendu diffusé à tous les participants.",
                 calendrier="Chaque année au printemps, de 2025 à 2028",
                 indicateurs="Nombre de participants ; nombre de structures représentées ; satisfaction")),
             ("Fiche action n°25 : Publier un annuaire en ligne des ressources en santé", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="CPTS du Pays de Brévanne ; centre intercommunal d’action sociale ; France services",
                 objectif="Rendre visibles l’offre de soins et les structures d’aide du territoire.",
                 public="Habitants et professionnels",
                 description="Recensement des ressources ; annuaire consultable sur le site de la communauté de communes et imprimé pour les mairies ; mise à jour semestrielle.",
                 calendrier="2024 : recensement ; 2025 : mise en ligne",
                 indicateurs="Nombre de consultations de l’annuaire ; nombre de fiches mises à jour")),
         ]),
         (["Objectif : Améliorer la qualité de l’air intérieur"],
          "Onze des quatorze communes sont classées en zone à potentiel radon significatif.", [
             ("Fiche action n°26 : Sensibiliser les habitants au radon", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="ARS ; agence locale de l’énergie ; artisans du bâtiment",
                 objectif="Faire mesurer le radon dans les logements et encourager les travaux de réduction.",
                 public="Propriétaires et locataires des communes classées en zone radon",
                 description="Distribution gratuite de dosimètres en hiver ; réunions publiques ; conseils d’un technicien pour les logements au-dessus du seuil de référence.",
                 calendrier="Campagnes de mesure aux hivers 2024-2025 et 2026-2027",
                 indicateurs="Nombre de dosimètres distribués et analysés ; nombre de logements au-dessus du seuil ; travaux engagés")),
         ]),
         (["Objectif : Lutter contre l’habitat indigne"], None, [
             ("Fiche action n°27 : Repérer et accompagner les logements indignes", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="ARS ; caisse d’allocations familiales ; Département ; opérateur de l’amélioration de l’habitat",
                 objectif="Traiter les situations d’habitat indigne avant qu’elles ne mettent en danger la santé des occupants.",
                 public="Occupants de logements dégradés, propriétaires",
                 description="Formation des secrétaires de mairie et des aides à domicile au repérage ; fiche de signalement unique ; visites conjointes ; accompagnement des propriétaires vers les aides à la rénovation.",
                 calendrier="2024 à 2028",
                 indicateurs="Nombre de signalements ; nombre de visites ; nombre de logements remis en état")),
         ]),
         (["Objectif : Prévenir les maladies vectorielles"],
          "Le moustique tigre est installé dans trois communes depuis 2022 ; les maladies transmises par les tiques "
          "progressent chez les promeneurs et les travailleurs forestiers.", [
             ("Fiche action n°28 : Mobiliser les habitants contre le moustique tigre", dict(
                 pilote="Communauté de communes Cœur de Brévanne",
                 partenaires="ARS ; communes ; écoles",
                 objectif="Réduire les gîtes larvaires dans les jardins et les espaces publics.",
                 public="Habitants, jardiniers, services techniques des communes",
                 description="Campagne d’information au printemps ; animations dans les écoles ; repérage des gîtes avec les services techniques.",
                 calendrier="Chaque année d’avril à octobre",
                 indicateurs="Nombre d’habitants sensibilisés ; nombre de signalements")),
             ("Fiche action n°29 : Former les agents communaux à la prévention des piqûres de tiques", dict(
                 pilote="Mutualité Sociale Agricole",
                 partenaires="Office national des forêts ; communes ; médecins du travail",
                 objectif="Réduire les piqûres de tiques et favoriser leur retrait rapide.",
                 public="Agents des espaces verts, travailleurs forestiers, animateurs de centres de loisirs",
                 description="Sessions d’information d’une demi-journée ; distribution de tire-tiques ; panneaux à l’entrée des sentiers.",
                 calendrier="2025 à 2028, avant chaque saison estivale",
                 indicateurs="Nombre d’agents formés ; nombre de panneaux installés")),
         ]),
     ]),
]

# the rows of a fiche table, in order, per axis; (field key, label)
ROWS = {
    1: [("pilote", "Pilote"), ("partenaires", "Partenaires"), ("public", "Public cible"), ("objectif", "Objectif"),
        ("description", "Description"), ("calendrier", "Calendrier"), ("indicateurs", "Indicateurs")],
    2: [("axe", "Axe stratégique"), ("objop", "Objectif opérationnel"), ("pilote", "Pilote"),
        ("partenaires", "Partenaires"), ("public", "Public cible"), ("objectifs", "Objectifs spécifiques"),
        ("description", "Description de l’action"), ("calendrier", "Calendrier"),
        ("indicateurs", "Indicateurs d’évaluation")],
    3: [("general", "Objectif général"), ("pilote", "Pilote"), ("partenaires", "Partenaires"),
        ("public", "Public cible"), ("description", "Modalités"), ("calendrier", "Calendrier"),
        ("indicateurs", "Indicateurs")],
    4: [("pilote", "Pilote"), ("partenaires", "Partenaires"), ("objectif", "Objectif"), ("public", "Public cible"),
        ("description", "Description"), ("calendrier", "Calendrier"), ("indicateurs", "Indicateurs")],
}

AXIS3_FOLLOW = ("Le pilote présente chaque année au comité technique le bilan de l’action, à partir des "
                "indicateurs ci-dessus.")


def fiche_number(heading):
    """'Fiche action n°7 : …' -> '7', 'Action 2.1.3 – …' -> '2.1.3', 'Action n° 19 : …' -> '19'."""
    head = heading.split(" : ")[0].split(" – ")[0]
    return head.split()[-1].replace("n°", "")


def fiche_title(heading):
    for sep in (" : ", " – "):
        if sep in heading:
            return heading.split(sep, 1)[1]
    raise ValueError(heading)


def build():
    d = Doc("Contrat Local de Santé – Cœur de Brévanne – Plan d’actions", font="Liberation Sans", size="10pt",
            head_font="Liberation Sans", bullet="–",
            masters=[("Cover", None, None),
                     ("Main", header("Contrat Local de Santé – Cœur de Brévanne", "Plan d’actions 2024 – 2028"),
                      footer("page_of"))])
    d.add(BREAK("Cover"),
          P("CONTRAT LOCAL DE SANTÉ", "Cover_20_Top"),
          P("Cœur de Brévanne", "Cover"),
          P("2024 – 2028", "Cover"),
          P("Plan d’actions", "Subtitle"))

    d.add(BREAK("Main"), H(1, "Préambule"), P(NOTE, "Quote"),
          P("Le Contrat Local de Santé de la Communauté de communes Cœur de Brévanne a été signé le 14 mars 2024, "
            "pour une durée de cinq ans, sur la période 2024-2028. Il a été préparé pendant deux ans avec les "
            "habitants, les élus et les professionnels des quatorze communes du territoire."),
          P("Le présent contrat est conclu entre :"),
          UL(["la Communauté de communes Cœur de Brévanne, représentée par son Président,",
              "l’Agence Régionale de Santé Bourgogne-Franche-Comté, représentée par son Directeur général,",
              "l’Etat, représenté par le Préfet de la Haute-Saône,",
              "le Département de la Haute-Saône, représenté par son Président,",
              "la Caisse Primaire d’Assurance Maladie de la Haute-Saône, représentée par sa Directrice,",
              "la Mutualité Sociale Agricole de Franche-Comté, représentée par son Directeur général,",
              "le Centre Hospitalier de Brévanne, représenté par sa Directrice."]),
          P("Le plan d’actions décline les quatre axes stratégiques du contrat en seize objectifs opérationnels et "
            "vingt-neuf fiches actions. Chaque fiche précise le pilote de l’action, ses partenaires, le public visé, "
            "ses objectifs, ses modalités de mise en œuvre, son calendrier et les indicateurs qui permettront de "
            "l’évaluer."),
          P("Le comité de pilotage, qui réunit les signataires, valide chaque année le programme d’actions. Le "
            "comité technique suit la mise en œuvre des fiches et peut proposer de nouvelles actions."))

    n_obj = n_act = 0
    recap = [["N°", "Fiche action", "Pilote", "Calendrier"]]
    for a, (axis, lead, objectives) in enumerate(AXES, start=1):
        d.add(BREAK(), H(1, axis), P(lead))
        for obj_heads, obj_para, fiches in objectives:
            n_obj += 1
            d.add(H(2, obj_heads[0]))
            if len(obj_heads) > 1:
                d.add(P(obj_heads[1], "Subtitle"))
            if obj_para:
                d.add(P(obj_para))
            for heading, f in fiches:
                n_act += 1
                f = dict(f)
                if a == 2:
                    f["axe"] = axis.split(" ", 2)[2]  # "2 – Prévenir …"
                    f["objop"] = obj_heads[0].split(" ", 2)[2]  # "2.1 – Améliorer …"
                d.add(H(3, heading),
                      TABLE([[label, f[key]] for key, label in ROWS[a]], [4.0, 13.0], label_col=True))
                if a == 3:
                    d.add(P(AXIS3_FOLLOW, "Small"))
                recap.append([fiche_number(heading), fiche_title(heading), f["pilote"], f["calendrier"]])
    assert (n_obj, n_act) == (16, 29), (n_obj, n_act)

    d.add(BREAK(), H(1, "Tableau récapitulatif des fiches actions"),
          P("Le tableau reprend les fiches dans l’ordre du plan, avec leur pilote et leur calendrier."),
          TABLE(recap, [1.4, 7.6, 4.2, 3.8], header=True),
          P("Fait à Brévanne, le 14 mars 2024.", "Small"))
    return d
