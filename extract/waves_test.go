package extract

import (
	"strconv"
	"strings"
	"testing"
)

// Contracts signed at once for listed territories: one each, with what the
// sentence says of them all.
func TestWaveOfContracts(t *testing.T) {
	text := "Le 3 février 2022, 3 villes ont signé des CLS de 2e génération pour 5 ans avec l'ARS Occitanie : Lodève, Clermont-l'Hérault et Pézenas."
	doc := FromText("test", text, nil)
	var got []string
	for _, c := range doc.Contracts {
		var sigs []string
		for _, s := range c.Signatories {
			sigs = append(sigs, s.Name)
		}
		got = append(got, strOrNil(c.Territory)+" "+c.TerritoryKind+" "+strOrNil(c.Signed)+" "+describeInt(c.Generation)+" "+describeInt(c.DurationYears)+" ["+strings.Join(sigs, ", ")+"]")
	}
	want := []string{
		`"Lodève" commune "2022-02-03" 2 5 [Lodève, ARS Occitanie]`,
		`"Clermont-l'Hérault" commune "2022-02-03" 2 5 [Clermont-l'Hérault, ARS Occitanie]`,
		`"Pézenas" commune "2022-02-03" 2 5 [Pézenas, ARS Occitanie]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("contracts:\n got %q\nwant %q", got, want)
	}
	// a list of territories that have a CLS, with no signature: none
	for _, none := range []string{
		"Plusieurs communes ont un contrat local de santé : Lodève, Clermont-l'Hérault et Pézenas.",
		"Le 3 février 2022, 4 villes ont signé des CLS : Lodève, Clermont-l'Hérault et Pézenas.", // the count does not fit
	} {
		if doc := FromText("test", none, nil); len(doc.Contracts) != 0 {
			t.Errorf("%q: want no contract, got %s", none, describeContracts(doc))
		}
	}
}

func describeInt(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}
