package extract

import (
	"strings"
	"testing"
)

// A plan whose line breaks were lost is read as the plan it is.
func TestRunOnPlan(t *testing.T) {
	text := "Contrat Local de Santé de la commune de Sainte-Rose 2021-2025 Le présent contrat est conclu entre l'ARS et la commune de Sainte-Rose pour une durée de cinq ans et il comporte plusieurs axes de travail. " +
		"Axe 1 : Améliorer l'accès aux soins de premier recours Fiche action n°1 : Créer une maison de santé Fiche action n°2 : Développer la télémédecine " +
		"Axe 2 : Promouvoir la santé des jeunes Fiche action n°3 : Organiser des ateliers de nutrition"
	ct := oneContract(t, text)
	var got []string
	for _, a := range ct.Axes {
		got = append(got, a.Number+" "+a.Title)
		for _, act := range a.Actions {
			got = append(got, "  "+*act.Number+" "+act.Title)
		}
	}
	want := []string{"1 Améliorer l'accès aux soins de premier recours", "  1 Créer une maison de santé", "  2 Développer la télémédecine",
		"2 Promouvoir la santé des jeunes", "  3 Organiser des ateliers de nutrition"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("plan:\n got %q\nwant %q", got, want)
	}
	// a label mentioned once in a long paragraph stays where it is
	long := strings.Repeat("Le contrat mobilise les acteurs du territoire autour de la santé des habitants. ", 5) + "L'Axe 2 : Promouvoir la santé reste une priorité."
	if got := splitRunOnLabels(long); got != long {
		t.Errorf("one mention was cut: %q", got)
	}
}
