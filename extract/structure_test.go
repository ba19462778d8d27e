package extract

import (
	"fmt"
	"strings"
	"testing"
)

// signedLine opens every structure test: a dated contract the structure
// belongs to.
const signedLine = "Le contrat local de santé de la ville de Vesoul a été signé le 5 mai 2021.\n"

func oneContract(t *testing.T, text string) Contract {
	t.Helper()
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 1 {
		t.Fatalf("want 1 contract, got %s", describeContracts(doc))
	}
	return doc.Contracts[0]
}

// axesOf writes the axes of a contract as "NUMBER TITLE".
func axesOf(ct Contract) []string {
	var out []string
	for _, a := range ct.Axes {
		out = append(out, a.Number+" "+a.Title)
	}
	return out
}

// actionsOf writes actions as "NUMBER TITLE [LEADS] {STEPS}", "-" for no number.
func actionsOf(as []Action) []string {
	var out []string
	for _, a := range as {
		n := "-"
		if a.Number != nil {
			n = *a.Number
		}
		s := n + " " + a.Title
		if len(a.Leads) > 0 {
			s += " [" + strings.Join(a.Leads, "; ") + "]"
		}
		if len(a.Steps) > 0 {
			s += " {" + strings.Join(a.Steps, "; ") + "}"
		}
		out = append(out, s)
	}
	return out
}

func objectivesOf(a Axis) []string {
	var out []string
	for _, o := range a.Objectives {
		n := "-"
		if o.Number != nil {
			n = *o.Number
		}
		out = append(out, n+" "+o.Title)
	}
	return out
}

func sameList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestAxisLines(t *testing.T) {
	cases := []struct {
		name, lines string
		axes        []string
	}{
		{"AXE n :", "AXE 1 : faciliter l'accès aux soins et les parcours de santé\nAXE 2 : coordonner et développer les actions de prévention",
			[]string{"1 faciliter l'accès aux soins et les parcours de santé", "2 coordonner et développer les actions de prévention"}},
		{"Axe n –", "Axe 1 – Favoriser l'accès aux soins\nAxe 2 – Promouvoir la santé mentale",
			[]string{"1 Favoriser l'accès aux soins", "2 Promouvoir la santé mentale"}},
		{"Axe n -", "Axe 1 - Prévention\nAxe 2 - Accès aux droits",
			[]string{"1 Prévention", "2 Accès aux droits"}},
		{"Axe stratégique n :", "Axe stratégique 1 : Agir sur les déterminants de santé\nAxe stratégique 2 : Renforcer l'offre de soins de premier recours\nAxe stratégique 3 : Agir sur l'environnement",
			[]string{"1 Agir sur les déterminants de santé", "2 Renforcer l'offre de soins de premier recours", "3 Agir sur l'environnement"}},
		{"Axe prioritaire n.", "Axe prioritaire 1. Santé des jeunes\nAxe prioritaire 2. Santé des seniors",
			[]string{"1 Santé des jeunes", "2 Santé des seniors"}},
		{"Axe n°", "Axe n°1 : La santé mentale\nAxe n° 2 : Les addictions",
			[]string{"1 La santé mentale", "2 Les addictions"}},
		{"roman numerals", "AXE I : Accès aux soins\nAXE II : Prévention\nAXE III : Santé environnement\nAXE IV : Coordination",
			[]string{"1 Accès aux soins", "2 Prévention", "3 Santé environnement", "4 Coordination"}},
		{"upper case titles", "AXE 1 : VIEILLIR EN BONNE SANTE\nAXE 2 : FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE",
			[]string{"1 VIEILLIR EN BONNE SANTE", "2 FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE"}},
		{"title on the next line", "Axe 1\nL'accès aux soins de proximité\nAxe 2\nLa prévention des addictions",
			[]string{"1 L'accès aux soins de proximité", "2 La prévention des addictions"}},
		{"bulleted axis lines", "• AXE 1 : Accès aux soins\n• AXE 2 : Santé mentale",
			[]string{"1 Accès aux soins", "2 Santé mentale"}},
		{"transversal axis", "AXE 1 : VIEILLIR EN BONNE SANTE\nAXE 2 : AGIR SUR LES DETERMINANTS DE SANTE\nEN TRANSVERSALITE : COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS",
			[]string{"1 VIEILLIR EN BONNE SANTE", "2 AGIR SUR LES DETERMINANTS DE SANTE", "3 COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS"}},
		{"axe transversal", "Axe 1 : Accès aux soins\nAxe transversal : Animation territoriale de la santé",
			[]string{"1 Accès aux soins", "2 Animation territoriale de la santé"}},
		{"trailing punctuation dropped", "Axe 1 : Accès aux soins ;\nAxe 2 : Prévention.",
			[]string{"1 Accès aux soins", "2 Prévention"}},
		{"Priorité n :", "Priorité 1 : La santé des jeunes\nPriorité 2 : Le bien vieillir",
			[]string{"1 La santé des jeunes", "2 Le bien vieillir"}},
		{"Orientation stratégique n :", "Orientation stratégique 1 : Améliorer l'accès aux droits\nOrientation stratégique 2 : Promouvoir la santé mentale",
			[]string{"1 Améliorer l'accès aux droits", "2 Promouvoir la santé mentale"}},
		{"an axis word in a sentence is no axis", "Cet axe 1 est prioritaire pour la ville.\nL'axe 2 a été ajouté en 2022.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.lines)
			sameList(t, "axes", axesOf(ct), c.axes)
		})
	}
}

func TestAnnouncedAxes(t *testing.T) {
	cases := []struct {
		name, text string
		axes       []string
	}{
		{"N axes stratégiques and bullets", "Le contrat local de santé de la ville de Brive a été signé le 5 mai 2021. Il comporte 4 axes stratégiques :\n- Accès aux soins ;\n- Santé mentale ;\n- Nutrition et activité physique ;\n- Vieillissement.",
			[]string{"1 Accès aux soins", "2 Santé mentale", "3 Nutrition et activité physique", "4 Vieillissement"}},
		{"thématiques prioritaires and numbers", "Le contrat local de santé de la ville de Brive a été signé le 5 mai 2021. Il porte sur 3 thématiques prioritaires :\n1. Accès aux soins\n2. Santé mentale\n3. Prévention des addictions",
			[]string{"1 Accès aux soins", "2 Santé mentale", "3 Prévention des addictions"}},
		{"axes de travail", "Un protocole d'accord en perspective d'un contrat local de santé a été signé début 2014 entre la commune de Grasse et l'ARS. Ses axes de travail sont :\n• développer dès le plus jeune âge une logique de prévention ;\n• améliorer l'accès aux droits et aux soins.",
			[]string{"1 développer dès le plus jeune âge une logique de prévention", "2 améliorer l'accès aux droits et aux soins"}},
		{"grands axes", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nLe Contrat Local de Santé se compose de 4 grands axes :\n1. Redimensionner le volet santé\n2. Valoriser les actions\n3. Favoriser la mise en relation des acteurs\n4. Développer des actions innovantes",
			[]string{"1 Redimensionner le volet santé", "2 Valoriser les actions", "3 Favoriser la mise en relation des acteurs", "4 Développer des actions innovantes"}},
		{"les axes stratégiques heading", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nLes axes stratégiques du CLS\n- Promouvoir la santé des jeunes\n- Accompagner le vieillissement",
			[]string{"1 Promouvoir la santé des jeunes", "2 Accompagner le vieillissement"}},
		{"priorités de santé", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021. Il définit trois priorités de santé :\n- la santé mentale\n- les addictions\n- l'accès aux soins",
			[]string{"1 la santé mentale", "2 les addictions", "3 l'accès aux soins"}},
		{"items with a colon keep their whole title", "Un contrat local de santé a été signé en juin 2015 entre la commune de Lodève et l'ARS. Il comporte 2 axes stratégiques :\n• axe transversal : animation territoriale de la santé ;\n• santé mentale : définir une politique locale.",
			[]string{"1 axe transversal : animation territoriale de la santé", "2 santé mentale : définir une politique locale"}},
		// not the contract's axes
		{"the regional plan's priorities", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nPour mémoire le Projet Régional de Santé 2018-2028 est bâti autour de 3 grandes priorités :\n- Amplifier les actions sur les déterminants de santé\n- Promouvoir un accès équitable à la santé\n- Renforcer la coordination des acteurs",
			nil},
		{"the PRS axes", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nLe PRS s'articule autour de 2 axes stratégiques :\n- la prévention\n- l'offre de soins",
			nil},
		{"enjeux", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nLes enjeux du territoire :\n- le vieillissement de la population\n- la démographie médicale",
			nil},
		{"quels enjeux", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nQuels enjeux pour le territoire ?\n- Soutenir les initiatives locales en matière de parcours de santé.\n- Développer des conditions environnementales favorables.",
			nil},
		{"a summary sentence listing territories", "Un contrat local de santé a été signé en 2017 entre la ville de Nice et l'ARS.\nEn tout, 6 contrats ont été signés dans notre région : Marseille, Martigues, Briançon, Apt, La Seyne, Grasse.",
			nil},
		{"announced but not listed", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021. Les défis du nouveau contrat apparaissent autour de cinq axes stratégiques :\n\nLe plan d'action\nLes axes stratégiques sont déclinés en actions.",
			nil},
		{"achievements under a year are not axes", "Le contrat local de santé de la ville de Sens a été signé le 5 mai 2021.\nLe CLS en Action !\n2024\n- Lancement d'une newsletter\n- Organisation d'une journée santé",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, c.text)
			sameList(t, "axes", axesOf(ct), c.axes)
		})
	}
}

func TestObjectives(t *testing.T) {
	text := signedLine + `AXE 1 : faciliter l'accès aux soins
  • Objectif 1.1 : Maintenir les conditions favorables à l'installation des professionnels de santé
  • Objectif 1.2 : Favoriser l'accès aux soins (soins dentaires, ophtalmo…)
AXE 2 : coordonner les actions de prévention
Objectif 2.1 : sensibiliser aux enjeux de la vaccination
Objectif opérationnel 2.2 : améliorer le recours au dépistage des cancers
Objectif : réduire les conduites addictives`
	ct := oneContract(t, text)
	sameList(t, "axes", axesOf(ct), []string{"1 faciliter l'accès aux soins", "2 coordonner les actions de prévention"})
	if len(ct.Axes) != 2 {
		return
	}
	sameList(t, "objectives of axis 1", objectivesOf(ct.Axes[0]), []string{
		"1.1 Maintenir les conditions favorables à l'installation des professionnels de santé",
		"1.2 Favoriser l'accès aux soins (soins dentaires, ophtalmo…)"})
	sameList(t, "objectives of axis 2", objectivesOf(ct.Axes[1]), []string{
		"2.1 sensibiliser aux enjeux de la vaccination",
		"2.2 améliorer le recours au dépistage des cancers",
		"- réduire les conduites addictives"})
}

// An objective needs an axis: "Objectif" in a page's prose is no objective.
func TestObjectiveWithoutAxis(t *testing.T) {
	ct := oneContract(t, signedLine+"Objectif : réduire les inégalités sociales de santé")
	if len(ct.Axes) != 0 {
		t.Errorf("axes %q, want none", axesOf(ct))
	}
}

func TestActions(t *testing.T) {
	cases := []struct {
		name, lines string
		axes        []string            // nil: no axis
		actions     map[string][]string // axis number ("" for none) → actions
	}{
		{"Action n : without axis", "Action 1 : Accueillir les internes\nAction 2 : Créer une maison de santé pluriprofessionnelle",
			nil, map[string][]string{"": {"1 Accueillir les internes", "2 Créer une maison de santé pluriprofessionnelle"}}},
		{"Fiche action", "Fiche action n°12 : Développer la télésanté\nFiche action 13 : Lutter contre l'isolement des aînés\nFiche-action 14 – Former les aidants",
			nil, map[string][]string{"": {"12 Développer la télésanté", "13 Lutter contre l'isolement des aînés", "14 Former les aidants"}}},
		{"bulleted actions", "- Action 1 : Soutenir l'accueil des internes\n- Action 2 : Soutenir l'exercice coordonné",
			nil, map[string][]string{"": {"1 Soutenir l'accueil des internes", "2 Soutenir l'exercice coordonné"}}},
		{"numbered items under axes with leads on the next line", `AXE 1 : VIEILLIR EN BONNE SANTE
1 - Promouvoir l'aide au répit des aidants
piloté par le Centre Intercommunal d'Action Sociale du Pays de Vesoul
2 - Favoriser les temps de rencontre autour de l'activité physique
piloté par la Ville de Vesoul (service des sports) et le CCAS
AXE 2 : SANTE MENTALE
3 - Sensibiliser le grand public à la santé mentale
piloté par l'UNAFAM.`,
			[]string{"1 VIEILLIR EN BONNE SANTE", "2 SANTE MENTALE"},
			map[string][]string{
				"1": {"1 Promouvoir l'aide au répit des aidants [Centre Intercommunal d'Action Sociale du Pays de Vesoul]",
					"2 Favoriser les temps de rencontre autour de l'activité physique [Ville de Vesoul (service des sports); CCAS]"},
				"2": {"3 Sensibiliser le grand public à la santé mentale [UNAFAM]"}}},
		{"inline leads are not in the title", `Axe 1 : Accès aux soins
Action 1 : Créer une maison de santé (piloté par la Communauté de communes)
Action 2 : Développer la télémédecine – porté par le CH de Vesoul
Action 3 : Recruter un coordinateur, coordonné par l'ARS`,
			[]string{"1 Accès aux soins"},
			map[string][]string{"1": {"1 Créer une maison de santé [Communauté de communes]",
				"2 Développer la télémédecine [CH de Vesoul]",
				"3 Recruter un coordinateur [ARS]"}}},
		{"lead labels", `Action 1 : Créer un annuaire des professionnels
Pilote : CPTS du Vesoulois
Action 2 : Organiser un forum santé jeunes
Porteur : Mission locale de Vesoul`,
			nil, map[string][]string{"": {"1 Créer un annuaire des professionnels [CPTS du Vesoulois]", "2 Organiser un forum santé jeunes [Mission locale de Vesoul]"}}},
		{"numbered sub-items are steps", `Action 1 : Soutenir l'installation des professionnels de santé
1. Définir une stratégie d'accueil
2. Organiser des visites du territoire
3. Proposer des logements aux internes
Action 2 : Développer l'exercice coordonné
1. Accompagner les projets de MSP`,
			nil, map[string][]string{"": {"1 Soutenir l'installation des professionnels de santé {Définir une stratégie d'accueil; Organiser des visites du territoire; Proposer des logements aux internes}",
				"2 Développer l'exercice coordonné {Accompagner les projets de MSP}"}}},
		{"steps under an action under an axis", `Axe 1 : Accès aux soins
Action 1 : Attirer les médecins
1. Créer un guide d'accueil
2. Accueillir les stagiaires
Action 2 : Organiser la permanence des soins`,
			[]string{"1 Accès aux soins"},
			map[string][]string{"1": {"1 Attirer les médecins {Créer un guide d'accueil; Accueillir les stagiaires}", "2 Organiser la permanence des soins"}}},
		{"actions continue the numbering under an axis", `Axe 2 : Santé mentale
4 - Créer un conseil local de santé mentale
5 - Former aux premiers secours en santé mentale
6 - Prévenir le suicide des jeunes`,
			[]string{"2 Santé mentale"},
			map[string][]string{"2": {"4 Créer un conseil local de santé mentale", "5 Former aux premiers secours en santé mentale", "6 Prévenir le suicide des jeunes"}}},
		{"objectives then actions", `Axe 1 : Prévention
Objectif 1.1 : Renforcer le dépistage des cancers
Action 1 : Organiser Octobre rose`,
			[]string{"1 Prévention"},
			map[string][]string{"1": {"1 Organiser Octobre rose"}}},
		{"a sentence opening with Action is no action", "Action de prévention menée en 2023 : un forum santé des jeunes.\nActions 2024 : voir le bilan annuel.",
			nil, map[string][]string{"": nil}},
		{"a numbered list without axis or action is no action", "Les étapes :\n1. Diagnostic\n2. Concertation\n3. Signature",
			nil, map[string][]string{"": nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.lines)
			sameList(t, "axes", axesOf(ct), c.axes)
			for axis, want := range c.actions {
				if axis == "" {
					sameList(t, "actions without axis", actionsOf(ct.Actions), want)
					continue
				}
				found := false
				for _, a := range ct.Axes {
					if a.Number == axis {
						found = true
						sameList(t, "actions of axis "+axis, actionsOf(a.Actions), want)
					}
				}
				if !found {
					t.Errorf("no axis %s", axis)
				}
			}
		})
	}
}

// Every axis, objective and action carries the span of its title.
func TestStructureEvidence(t *testing.T) {
	text := signedLine + "AXE 1 : Accès aux soins\nObjectif 1.1 : Attirer des médecins\n1 - Créer un guide d'accueil\npiloté par la Ville de Vesoul"
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 1 || len(doc.Contracts[0].Axes) != 1 {
		t.Fatalf("got %s", describeContracts(doc))
	}
	rs := []rune(doc.Text)
	at := func(s Span) string {
		if s.Start < 0 || s.End > len(rs) || s.Start > s.End {
			return fmt.Sprintf("bad span %+v", s)
		}
		return string(rs[s.Start:s.End])
	}
	a := doc.Contracts[0].Axes[0]
	if got := at(a.Evidence); !strings.Contains(got, a.Title) {
		t.Errorf("axis span %q does not hold its title %q", got, a.Title)
	}
	for _, o := range a.Objectives {
		if got := at(o.Evidence); !strings.Contains(got, o.Title) {
			t.Errorf("objective span %q does not hold its title %q", got, o.Title)
		}
	}
	for _, x := range a.Actions {
		if got := at(x.Evidence); !strings.Contains(got, x.Title) {
			t.Errorf("action span %q does not hold its title %q", got, x.Title)
		}
	}
}

// The structure belongs to the contract it follows.
func TestStructureOwner(t *testing.T) {
	text := `Un contrat local de santé a été signé en 2015 entre la commune de Fréjus et l'ARS. Il porte sur 2 thématiques prioritaires :
- l'accès aux soins ;
- la santé mentale.

Un contrat local de santé a été signé en 2016 entre la commune de Draguignan et l'ARS. Il comporte 3 axes stratégiques :
- la prévention ;
- le vieillissement ;
- le handicap.`
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 2 {
		t.Fatalf("want 2 contracts, got %s", describeContracts(doc))
	}
	sameList(t, "Fréjus axes", axesOf(doc.Contracts[0]), []string{"1 l'accès aux soins", "2 la santé mentale"})
	sameList(t, "Draguignan axes", axesOf(doc.Contracts[1]), []string{"1 la prévention", "2 le vieillissement", "3 le handicap"})
}
