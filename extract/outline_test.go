package extract

import "testing"

// planAxis is what an outline case wants of one axis.
type planAxis struct {
	objectives, actions []string
}

// planCase is a plan's text and the outline it must give.
type planCase struct {
	name, lines string
	axes        map[string]planAxis // axis number → its objectives and actions
	flat        []string            // actions outside the axes
}

// checkPlanOutlines reads each case's plan under a signed contract and
// checks every axis's objectives and actions, and the actions outside axes.
func checkPlanOutlines(t *testing.T, cases []planCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, signedLine+c.lines)
			if len(ct.Axes) != len(c.axes) {
				t.Errorf("axes %q, want %d", axesOf(ct), len(c.axes))
			}
			for _, a := range ct.Axes {
				want, ok := c.axes[a.Number]
				if !ok {
					t.Errorf("unexpected axis %s %s", a.Number, a.Title)
					continue
				}
				sameList(t, "objectives of axis "+a.Number, objectivesOf(a), want.objectives)
				sameList(t, "actions of axis "+a.Number, actionsOf(a.Actions), want.actions)
			}
			sameList(t, "actions without axis", actionsOf(ct.Actions), c.flat)
		})
	}
}

// TestPlanOutline reads plans written axis → objective → actions →
// objective → actions …, where each action is a fiche with its fields and
// paragraphs come between: every objective and action must land under its
// axis. Here the plan's objectives are numbered; a fiche's own "Objectif :
// …" is no objective of the plan.
func TestPlanOutline(t *testing.T) {
	checkPlanOutlines(t, []planCase{
		{"Objectif n.n and fiches with fields", `AXE 1 : Accès aux soins
Objectif 1.1 : Attirer des médecins
Fiche action n°1 : Accueillir les internes
Pilote : CPTS du Vesoulois
Partenaires : ARS ; communes d'accueil
Objectif : Faire connaître le territoire aux internes
Calendrier : 2024 à 2026
Fiche action n°2 : Créer un guichet unique d'installation
Pilote : Communauté de communes
Indicateurs : nombre d'installations
Objectif 1.2 : Développer la télésanté
Fiche action n°3 : Installer une cabine de téléconsultation
Partenaires : pharmacies ; France services
AXE 2 : Prévention
Objectif 2.1 : Améliorer le dépistage des cancers
Fiche action n°4 : Relayer Octobre rose
Public cible : femmes de 50 à 74 ans`,
			map[string]planAxis{
				"1": {[]string{"1.1 Attirer des médecins", "1.2 Développer la télésanté"},
					[]string{"1 Accueillir les internes [CPTS du Vesoulois]", "2 Créer un guichet unique d'installation [Communauté de communes]", "3 Installer une cabine de téléconsultation"}},
				"2": {[]string{"2.1 Améliorer le dépistage des cancers"}, []string{"4 Relayer Octobre rose"}},
			}, nil},
		{"Objectif opérationnel n.n – with paragraphs and Action n.n.n –", `Axe stratégique 2 – Prévenir à tous les âges

Les actions de cet axe s'adressent à tous les habitants, à chaque âge de la vie.

Objectif opérationnel 2.1 – Renforcer la couverture vaccinale

Constat : la couverture vaccinale des adolescents reste insuffisante.

Action 2.1.1 – Organiser des séances de vaccination itinérantes
Objectif opérationnel : 2.1 – Renforcer la couverture vaccinale
Pilote : Centre de vaccination départemental
Objectifs : rattraper les vaccinations manquantes.

Action 2.1.2 – Former les infirmiers scolaires

Objectif opérationnel 2.2 – Préserver l'autonomie des aînés

Action 2.2.1 – Proposer des ateliers de prévention des chutes
Partenaires : caisses de retraite`,
			map[string]planAxis{
				"2": {[]string{"2.1 Renforcer la couverture vaccinale", "2.2 Préserver l'autonomie des aînés"},
					[]string{"2.1.1 Organiser des séances de vaccination itinérantes [Centre de vaccination départemental]", "2.1.2 Former les infirmiers scolaires", "2.2.1 Proposer des ateliers de prévention des chutes"}},
			}, nil},
		{"OBJECTIF n with its title below, a paragraph after each fiche", `AXE III – Santé mentale
OBJECTIF 5
Mieux repérer la souffrance psychique
Action n° 9 : Former des secouristes en santé mentale
Objectif général : un secouriste par commune
Pilote : Communauté de communes
Le pilote présente chaque année le bilan de l'action au comité technique.
Action n° 10 : Créer une cellule de concertation des situations complexes
Le pilote présente chaque année le bilan de l'action au comité technique.
OBJECTIF 6
Changer le regard sur les troubles psychiques
Action n° 11 : Organiser les Semaines d'information sur la santé mentale`,
			map[string]planAxis{
				"3": {[]string{"5 Mieux repérer la souffrance psychique", "6 Changer le regard sur les troubles psychiques"},
					[]string{"9 Former des secouristes en santé mentale [Communauté de communes]", "10 Créer une cellule de concertation des situations complexes", "11 Organiser les Semaines d'information sur la santé mentale"}},
			}, nil},
	})
}

// TestPlanOutlineUnnumbered: objectives without a number ("Objectif : …")
// between a plan's fiches and actions are the plan's, unless they are among
// a fiche's fields.
func TestPlanOutlineUnnumbered(t *testing.T) {
	checkPlanOutlines(t, []planCase{
		{"unnumbered objective headings after the fiches", `Axe 4 – Coordonner les acteurs

Objectif : Animer le réseau des acteurs

Fiche action n°20 : Organiser une rencontre annuelle des acteurs
Pilote : Communauté de communes
Objectif : Favoriser l'interconnaissance des acteurs
Calendrier : chaque printemps

Objectif : Lutter contre l'habitat indigne

Le territoire compte de nombreux logements anciens dégradés.

Fiche action n°21 : Repérer les logements indignes`,
			map[string]planAxis{
				"4": {[]string{"- Animer le réseau des acteurs", "- Lutter contre l'habitat indigne"},
					[]string{"20 Organiser une rencontre annuelle des acteurs [Communauté de communes]", "21 Repérer les logements indignes"}},
			}, nil},
		{"unnumbered objectives between lists of actions", `Axe 1 : Accès aux soins
Objectif : Attirer des médecins
Action 1 : Accueillir les internes
Action 2 : Créer un guichet unique
Objectif : Développer l'exercice coordonné
Action 3 : Accompagner les maisons de santé`,
			map[string]planAxis{
				"1": {[]string{"- Attirer des médecins", "- Développer l'exercice coordonné"},
					[]string{"1 Accueillir les internes", "2 Créer un guichet unique", "3 Accompagner les maisons de santé"}},
			}, nil},
	})
}

// TestPlanOutlineEnds: what follows a plan is not the plan's. A numbering
// that starts again after the plan (an annex of fiches) is not filed under
// the plan's last axis, nor is an objective in prose or one numbered for
// another axis.
func TestPlanOutlineEnds(t *testing.T) {
	checkPlanOutlines(t, []planCase{
		{"an annex of fiches numbered again stays out of the last axis", `AXE 1 : Vieillir en bonne santé
1 - Promouvoir le répit des aidants
2 - Rompre l'isolement des seniors
AXE 2 : Santé mentale
3 - Sensibiliser le grand public
Chaque action fait l'objet d'une fiche en annexe.
Annexe 1 – Fiches actions
Fiche action n° 1 : Promouvoir le répit des aidants
Pilote : CIAS du Pays de Vesoul
Fiche action n° 3 : Sensibiliser le grand public
Fiche action n° 4 : Former les aidants`,
			map[string]planAxis{
				"1": {nil, []string{"1 Promouvoir le répit des aidants", "2 Rompre l'isolement des seniors"}},
				"2": {nil, []string{"3 Sensibiliser le grand public"}},
			}, []string{"1 Promouvoir le répit des aidants [CIAS du Pays de Vesoul]", "3 Sensibiliser le grand public", "4 Former les aidants"}},
		{"an objective in prose after the plan", `AXE 1 : Accès aux soins
Objectif 1.1 : Attirer des médecins
Action 1 : Accueillir les internes
Le comité de pilotage se réunit deux fois par an.
Objectif : réduire de moitié le nombre de patients sans médecin traitant d'ici 2028.`,
			map[string]planAxis{
				"1": {[]string{"1.1 Attirer des médecins"}, []string{"1 Accueillir les internes"}},
			}, nil},
		{"an objective numbered for another axis", `AXE 1 : Accès aux soins
Objectif 1.1 : Attirer des médecins
Action 1 : Accueillir les internes
Le comité de pilotage se réunit deux fois par an.
Objectif 2.1 : Améliorer le dépistage des cancers`,
			map[string]planAxis{
				"1": {[]string{"1.1 Attirer des médecins"}, []string{"1 Accueillir les internes"}},
			}, nil},
	})
}
