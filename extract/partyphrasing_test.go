package extract

import (
	"testing"

	"github.com/clsx/clsx/rules"
)

// Where an enumeration of parties ends and what in it is no organisation:
// quantified generic nouns, examples introduced by "comme", a verb after the
// names, clauses, people with their titles.
func TestEnumerationEdges(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in   string
		want []namedKind
	}{
		{"l'ARS, la Préfecture et plusieurs acteurs locaux un nouveau contrat", []namedKind{{"ARS", "ars"}, {"Préfecture", "prefecture"}}},
		{"divers partenaires comme la CAF de l'Yonne et la MSA Bourgogne", []namedKind{{"CAF de l'Yonne", "caf"}, {"MSA Bourgogne", "msa"}}},
		{"des institutions telles que le Conseil départemental du Cher", []namedKind{{"Conseil départemental du Cher", "departement"}}},
		{"la Ville de Dole et l'ARS, représentées respectivement par M. Paul Rey, maire, et Mme Anne Roy", []namedKind{{"Ville de Dole", "commune"}, {"ARS", "ars"}}},
		// a name of its own kind after "et" is no complement of the head before
		{"la Préfecture du Jura et Dole Agglomération", []namedKind{{"Préfecture du Jura", "prefecture"}, {"Dole Agglomération", "epci"}}},
		{"Montbrison décide de créer un réseau de santé mentale", nil},
		{"Jeanne Morel, sa présidente, Luc Petit, vice-président chargé des solidarités, et Anne Roy directrice de la délégation de l'Ain de l'Agence régionale de santé",
			[]namedKind{{"délégation de l'Ain de l'Agence régionale de santé", "ars"}}},
	}
	for _, tt := range cases {
		checkPartyKinds(t, tt.in, enumeration(t, l, tt.in), tt.want)
	}
}

// A sentence goes on after the names it enumerates; a capitalised "Entre"
// is part of a name, not the start of the parties.
func TestEnumerationInSentence(t *testing.T) {
	checkSignatories(t, []signatoryCase{
		{"a verb after the carriers", "Le contrat local de santé porté par l'ARS Bretagne et Vitré Communauté vise à réduire les inégalités. Il a été signé le 3 mai 2022.",
			[]string{"ARS Bretagne (ars)", "Vitré Communauté (epci)"}},
		{"Entre in a name", "Le contrat local de santé de la communauté de communes Entre Loire et Forêt a été signé le 3 mai 2022 par la Préfecture de l'Allier.",
			[]string{"Préfecture de l'Allier (prefecture)", "communauté de communes Entre Loire et Forêt (epci)"}},
	})
}
