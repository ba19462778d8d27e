package extract

import "testing"

// One list names each organisation once; the same organisation named again
// elsewhere, more or less fully, is kept once.
func TestOncePerOrganisation(t *testing.T) {
	checkSignatories(t, []signatoryCase{
		{"a singular head shared by two complements", "Le contrat local de santé de la ville de Vierzon a été signé le 4 mars 2021 par la Ville de Vierzon, la Mutualité Sociale Agricole Berry-Touraine et Beauce-Cœur de Loire et l'ARS.",
			[]string{"Ville de Vierzon (commune)", "Mutualité Sociale Agricole Berry-Touraine (msa)", "Mutualité Sociale Agricole Beauce-Cœur de Loire (msa)", "ARS (ars)"}},
		{"two collectivities of one list sharing a word", "Le contrat local de santé a été signé le 4 mars 2021 par le Syndicat mixte du Pays Lunévillois, la Communauté de communes des Vallons du Lunévillois et l'ARS Grand Est.",
			[]string{"Syndicat mixte du Pays Lunévillois (epci)", "Communauté de communes des Vallons du Lunévillois (epci)", "ARS Grand Est (ars)"}},
		{"the préfecture named twice", "Le contrat local de santé de la ville de Nevers a été signé le 4 mars 2021 par la Ville de Nevers, la Préfecture de la Nièvre et l'ARS. La Préfecture, signataire du contrat, le soutient.",
			[]string{"Ville de Nevers (commune)", "Préfecture de la Nièvre (prefecture)", "ARS (ars)"}},
		{"a name of no kind, then in full", "Le contrat local de santé de la ville de Pontarlier a été signé le 4 mars 2021 par la Ville de Pontarlier et le Réseau Territorial de Gérontologie. Le contrat local de santé est porté avec le concours du Réseau Territorial de Gérontologie du Haut-Doubs.",
			[]string{"Ville de Pontarlier (commune)", "Réseau Territorial de Gérontologie du Haut-Doubs (other)"}},
	})
}

// A party named by a place's name alone takes the kind of the one place the
// official geography gives that name.
func TestPlaceKind(t *testing.T) {
	for name, want := range map[string]string{
		"Agglopolys":             "epci",
		"Ouessant":               "commune",
		"Santé Escale":           "other",
		"Université de Lorraine": "other",
	} {
		if got := placeKind(name); got != want {
			t.Errorf("placeKind(%q) = %s, want %s", name, got, want)
		}
	}
	checkSignatories(t, []signatoryCase{
		{"a commune named alone", "Le contrat local de santé des îles du Ponant a été signé le 4 mars 2021 par Ouessant et l'ARS Bretagne.",
			[]string{"ARS Bretagne (ars)", "Ouessant (commune)"}},
	})
}
