package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// themeTitles are, for every theme id of the annotation guide, titles as CLS
// pages write them that must be tagged with it.
var themeTitles = map[string][]string{
	"acces_soins": {
		"Faciliter l'accès aux soins",
		"FACILITER UN ACCES AUX SOINS AU PLUS PRES DES HABITANTS",
		"Renforcer l'offre de soins de premier recours",
		"Favoriser l'installation de jeunes médecins",
		"Soutenir l'attractivité du territoire pour les professionnels de santé",
		"Développer l'exercice coordonné",
		"Créer une Maison de Santé Pluriprofessionnelle",
		"Accompagner les projets de MSP",
		"Déployer la télémédecine dans les EHPAD",
		"Lutter contre les déserts médicaux",
		"Accueillir les internes en médecine générale",
		"Améliorer la démographie médicale",
		"Garantir l'accès à la santé de tous",
		"Consolider les soins de proximité",
		"Conforter les soins médicaux primaires",
		"Favoriser l'accès à un parcours de santé des personnes vulnérables",
		"Garantir l'accès au médecin traitant",
		"Améliorer l'accès à une prise en charge adaptée",
	},
	"sante_mentale": {
		"Promouvoir la santé mentale",
		"FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE",
		"Prendre en charge la souffrance psychique",
		"Améliorer le parcours en psychiatrie",
		"Créer un conseil local de santé mentale (CLSM)",
		"Prévenir le suicide chez les jeunes",
		"Développer les compétences psychosociales",
		"Renforcer les compétences psycho-sociales des enfants",
		"Repérer le mal-être des agriculteurs",
		"Accompagner les personnes souffrant de troubles psychiques",
		"Une stratégie favorable au bien-être mental des habitants",
	},
	"prevention": {
		"Promouvoir la santé des collégiens",
		"Encourager les comportements favorables à la santé",
		"Coordonner et développer les actions de prévention",
		"Prévenir les chutes",
		"Promotion de la santé",
		"Développer l'éducation à la santé",
		"Organiser des journées santé",
		"Agir sur les déterminants de santé",
	},
	"depistage_vaccination": {
		"Améliorer le taux de recours au dépistage des cancers",
		"Renforcer le dépistage organisé",
		"Améliorer la couverture vaccinale",
		"Sensibiliser aux enjeux de la vaccination",
		"Promouvoir les vaccins auprès des jeunes parents",
	},
	"addictions": {
		"Prévenir les conduites addictives",
		"Lutter contre les addictions",
		"Prévenir les conduites à risques en milieu festif",
		"Réduire la consommation d'alcool chez les jeunes",
		"Accompagner l'arrêt du tabac",
		"Prévenir l'usage de drogues",
		"Réduire les risques liés au cannabis",
	},
	"nutrition_activite": {
		"Favoriser l'activité physique et l'accès à une alimentation équilibrée",
		"Promouvoir les activités physiques adaptées",
		"Lutter contre la sédentarité",
		"Développer le sport santé",
		"Prévenir le surpoids et l'obésité",
		"Améliorer la nutrition des seniors",
		"Éducation au bien manger",
	},
	"sante_environnement": {
		"Des milieux de vie favorables à la santé",
		"Améliorer le cadre de vie des quartiers",
		"Améliorer la qualité de l'air intérieur",
		"Renforcer les environnements favorables à la santé",
		"Développer un urbanisme favorable à la santé",
		"Lutter contre l'habitat indigne",
		"Sensibiliser aux perturbateurs endocriniens",
		"Prévenir les maladies vectorielles",
		"Adapter le territoire au changement climatique",
		"Articuler le CLS avec le PCAET",
		"Protéger la qualité de l'eau",
		"Réduire l'exposition au bruit",
		"Promouvoir la santé environnementale",
	},
	"vieillissement": {
		"VIEILLIR EN BONNE SANTE",
		"Accompagner les personnes âgées",
		"Prévenir la perte d'autonomie",
		"Soutenir les aidants familiaux",
		"Favoriser le maintien à domicile",
		"Accompagner le vieillissement de la population",
		"Valoriser les métiers de l'aide à domicile",
		"Améliorer la vie en EHPAD",
		"Rompre l'isolement des seniors",
		"Accompagner le parcours des séniors",
	},
	"handicap": {
		"Améliorer l'inclusion des personnes en situation de handicap",
		"Les personnes atteintes d'un handicap : prise en charge et insertion",
		"Faciliter l'accès aux soins des personnes handicapées",
	},
	"enfance_jeunesse": {
		"Promouvoir la santé des enfants",
		"Accompagner les adolescents",
		"Santé des jeunes",
		"Agir pour la jeunesse",
		"Favoriser le logement des étudiants en santé",
		"Soutenir la périnatalité",
		"Agir dès la petite enfance",
		"Promouvoir les 1000 premiers jours",
		"Soutenir la parentalité",
		"Développer dès le plus jeune âge une logique de prévention",
		"Intervenir en milieu scolaire",
	},
	"precarite_droits": {
		"Améliorer l'accès aux droits",
		"Favoriser l'accès aux droits et aux soins",
		"Accompagner les publics en situation de précarité",
		"Favoriser l'accès des personnes démunies aux soins",
		"Faciliter l'accès aux soins des publics fragiles",
		"Accompagner les personnes vulnérables",
		"Réduire les inégalités sociales de santé",
		"Lutter contre l'exclusion",
	},
	"maladies_chroniques": {
		"Améliorer la prise en charge des maladies chroniques",
		"Prévenir le diabète",
		"Développer l'éducation thérapeutique du patient",
		"Accompagner les patients atteints de pathologies chroniques",
	},
	"coordination": {
		"Renforcer la coordination des acteurs",
		"Promouvoir l'interconnaissance des acteurs locaux",
		"Animer le réseau des acteurs de santé",
		"Animation territoriale de la santé",
		"Structurer la gouvernance du CLS",
		"Fluidifier les parcours de santé",
		"Favoriser la démocratie sanitaire",
		"Favoriser la mise en relation des acteurs",
		"Coordonner les interventions à domicile",
	},
	"communication": {
		"Développer une communication adaptée en terme de santé",
		"Communiquer sur les dispositifs",
		"Informer les habitants sur l'offre de santé",
		"Améliorer l'information des professionnels",
		"Créer un annuaire des ressources",
		"Assurer la diffusion des ressources",
		"Faire connaître les services de santé",
	},
	"mobilite": {
		"Développer les mobilités pour une bonne santé",
		"Faciliter la mobilité vers les lieux de soins",
		"Organiser le transport des patients",
		"Faciliter les déplacements des personnes âgées",
	},
	"sante_travail": {
		"Améliorer la santé au travail",
		"Prévenir les pathologies liées au travail",
		"Réduire les risques professionnels",
		"Prendre en charge les maladies liées au travail",
	},
	"violences_sexualite": {
		"Lutter contre les violences intrafamiliales",
		"Prévenir les violences faites aux femmes",
		"Promouvoir la santé sexuelle",
		"Prévenir le VIH et les IST",
		"Faciliter l'accès à la contraception",
		"Éducation à la vie affective et à la sexualité",
	},
}

// Every theme id of the annotation guide, on titles as CLS pages write them.
func TestThemesOfTitles(t *testing.T) {
	l := lexiconFor(rules.Default())
	if len(themeTitles) != len(rules.ThemeIDs) {
		t.Errorf("%d themes tested, the guide has %d", len(themeTitles), len(rules.ThemeIDs))
	}
	for _, id := range rules.ThemeIDs {
		t.Run(id, func(t *testing.T) {
			titles := themeTitles[id]
			if len(titles) == 0 {
				t.Errorf("theme %s: no title tested", id)
			}
			for _, title := range titles {
				if got := l.themesOf(title); !slices.Contains(got, id) {
					t.Errorf("themesOf(%q) = %v, want it to contain %s", title, got, id)
				}
			}
		})
	}
}

// Whole tag sets: every theme the title says, in the guide's order, and no
// theme it does not say.
func TestThemesOfExact(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		title string
		want  []string
	}{
		{"faciliter l'accès aux soins et les parcours de santé", []string{"acces_soins", "coordination"}},
		{"coordonner et développer les actions de prévention pour la santé", []string{"prevention", "coordination"}},
		{"renforcer les environnements favorables à la santé", []string{"sante_environnement"}},
		{"COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS", []string{"coordination", "communication"}},
		{"les enfants et les adolescents : alimentation, activité physique, souffrance psychique",
			[]string{"sante_mentale", "nutrition_activite", "enfance_jeunesse"}},
		{"prévenir et accompagner la perte d'autonomie : formaliser le travail en réseau",
			[]string{"prevention", "vieillissement", "coordination"}},
		{"Développer la connaissance, réduire les risques et prendre en charge les pathologies liées au travail et à la qualité de l'air",
			[]string{"sante_environnement", "sante_travail"}},
		{"Renforcer et soutenir les actions de prévention aux addictions", []string{"prevention", "addictions"}},
		{"Soutenir et accompagner les aidants familiaux", []string{"vieillissement"}},
		// titles that name no theme
		{"Redimensionner le volet santé de la compétence action sociale d'intérêt communautaire", []string{}},
		{"Développer l'essor d'actions complémentaires innovantes", []string{}},
		{"Valoriser les actions mises en œuvre par les partenaires sur le territoire", []string{}},
		{"Évaluer le contrat local de santé", []string{}},
		// words that only look like a theme
		{"Instaurer une dynamique partenariale", []string{}},
		{"Organiser le comité de pilotage annuel", []string{}},
	}
	for _, c := range cases {
		got := l.themesOf(c.title)
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("themesOf(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// Themes come in the guide's order, whatever the order of the words.
func TestThemesOrder(t *testing.T) {
	l := lexiconFor(rules.Default())
	got := l.themesOf("Communication, mobilité, handicap et accès aux soins")
	order := map[string]int{}
	for i, id := range rules.ThemeIDs {
		order[id] = i
	}
	for i := 1; i < len(got); i++ {
		if order[got[i-1]] > order[got[i]] {
			t.Errorf("themes %v are not in the guide's order", got)
		}
	}
	for _, id := range []string{"acces_soins", "handicap", "communication", "mobilite"} {
		if !slices.Contains(got, id) {
			t.Errorf("themes %v lack %s", got, id)
		}
	}
}

// A contract's themes are the union of the themes of its axes', objectives'
// and actions' titles, in order of first appearance; each carries its own.
func TestContractThemesUnion(t *testing.T) {
	text := `Le contrat local de santé de la ville de Vesoul a été signé le 5 mai 2021.
AXE 1 : Faciliter l'accès aux soins
Objectif 1.1 : Prévenir le suicide des jeunes
AXE 2 : Redimensionner le volet santé
1 - Lutter contre les conduites addictives
piloté par le CCAS de Vesoul
2 - Développer les mobilités
Action 3 : Promouvoir le dépistage des cancers`
	ct := oneContract(t, text)
	if len(ct.Axes) != 2 {
		t.Fatalf("axes %q, want 2", axesOf(ct))
	}
	check := func(what string, got, want []string) {
		t.Helper()
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s themes = %v, want %v", what, got, want)
		}
	}
	check("axis 1", ct.Axes[0].Themes, []string{"acces_soins"})
	if len(ct.Axes[0].Objectives) == 1 {
		// "prévenir" is read as prevention (rules/themes_test.go)
		check("objective 1.1", ct.Axes[0].Objectives[0].Themes, []string{"sante_mentale", "prevention", "enfance_jeunesse"})
	} else {
		t.Errorf("axis 1 objectives %q, want 1", objectivesOf(ct.Axes[0]))
	}
	check("axis 2", ct.Axes[1].Themes, []string{})
	if len(ct.Axes[1].Actions) == 3 {
		check("action 1", ct.Axes[1].Actions[0].Themes, []string{"addictions"})
		check("action 2", ct.Axes[1].Actions[1].Themes, []string{"mobilite"})
		check("action 3", ct.Axes[1].Actions[2].Themes, []string{"depistage_vaccination"})
	} else {
		t.Errorf("axis 2 actions %q, want 3", actionsOf(ct.Axes[1].Actions))
	}
	// the lead (CCAS) is not a title: it gives no theme; the axis 2 title none
	check("contract", ct.Themes, []string{"acces_soins", "sante_mentale", "prevention", "enfance_jeunesse", "addictions", "mobilite", "depistage_vaccination"})
}

// Actions outside any axis count too; a contract with no structure has no theme.
func TestContractThemesWithoutAxes(t *testing.T) {
	ct := oneContract(t, "Le contrat local de santé de la ville de Vesoul a été signé le 5 mai 2021.\nAction 1 : Créer un annuaire des ressources\nAction 2 : Lutter contre les violences intrafamiliales")
	if strings.Join(ct.Themes, ",") != "communication,violences_sexualite" {
		t.Errorf("themes = %v, want [communication violences_sexualite]", ct.Themes)
	}
	bare := oneContract(t, "Le contrat local de santé de la ville de Vesoul, signé le 5 mai 2021, porte sur la santé mentale et l'accès aux soins.")
	if len(bare.Themes) != 0 {
		t.Errorf("themes of a contract without axes or actions = %v, want none", bare.Themes)
	}
}

// The seeds: every contract's themes are the union of its parts'.
func TestSeedThemesAreUnions(t *testing.T) {
	for name, raw := range loadSeeds(t) {
		doc := FromText(name, raw, nil)
		for _, ct := range doc.Contracts {
			var union []string
			add := func(ts []string) {
				for _, x := range ts {
					if !slices.Contains(union, x) {
						union = append(union, x)
					}
				}
			}
			for _, a := range ct.Axes {
				add(a.Themes)
				for _, o := range a.Objectives {
					add(o.Themes)
				}
				for _, x := range a.Actions {
					add(x.Themes)
				}
			}
			for _, x := range ct.Actions {
				add(x.Themes)
			}
			slices.Sort(union)
			got := slices.Clone(ct.Themes)
			slices.Sort(got)
			if !slices.Equal(got, union) {
				t.Errorf("%s %s: themes %v, union of parts %v", name, ct.ID, ct.Themes, union)
			}
		}
	}
}
