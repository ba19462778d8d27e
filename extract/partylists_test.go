package extract

import (
	"strings"
	"testing"
)

// signatoriesOf extracts text, which must give one contract, and returns its
// signatories as "name (kind)".
func signatoriesOf(t *testing.T, text string) []string {
	t.Helper()
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 1 {
		t.Fatalf("want 1 contract, got %s", describeContracts(doc))
	}
	var got []string
	for _, s := range doc.Contracts[0].Signatories {
		got = append(got, s.Name+" ("+s.Kind+")")
	}
	return got
}

type signatoryCase struct {
	name, text string
	want       []string // name (kind)
}

func checkSignatories(t *testing.T, cases []signatoryCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := signatoriesOf(t, c.text)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// Lists of parties: announced after other matters, items naming several
// organisations under one head.
func TestPartyLists(t *testing.T) {
	checkSignatories(t, []signatoryCase{
		{"a list announced after the axes are counted", `Le contrat local de santé du Pays de Brocéliande, organisé en 3 axes stratégiques, a été signé le 4 avril 2021. Ses signataires sont :
- Préfecture d'Ille-et-Vilaine
- Pays de Brocéliande
- CPAM d'Ille-et-Vilaine`,
			[]string{"Préfecture d'Ille-et-Vilaine (prefecture)", "Pays de Brocéliande (epci)", "CPAM d'Ille-et-Vilaine (cpam)"}},
		{"one item, a plural head", `Le contrat local de santé a été signé le 2 mars 2020 par :
- l'ARS Occitanie
- les Communautés de communes du Lodévois, Larzac et Vallée de l'Hérault`,
			[]string{"ARS Occitanie (ars)", "Communauté de communes du Lodévois (epci)", "Communauté de communes Larzac (epci)", "Communauté de communes Vallée de l'Hérault (epci)"}},
		{"one item, an acronym shared", `Le contrat local de santé a été signé le 2 mars 2020 par :
- la Ville de Sète
- URPS Pharmaciens, Sages-femmes et Orthophonistes`,
			[]string{"Ville de Sète (commune)", "URPS Pharmaciens (other)", "URPS Sages-femmes (other)", "URPS Orthophonistes (other)"}},
		{"one item, commas of one name", `Le contrat local de santé a été signé le 2 mars 2020 par :
- la Ville de Sète
- la CAF de l'Hérault,
- l'URPS Médecins libéraux, Occitanie`,
			[]string{"Ville de Sète (commune)", "CAF de l'Hérault (caf)", "URPS Médecins libéraux, Occitanie (other)"}},
	})
}
