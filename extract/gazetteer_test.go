package extract

import "testing"

// Territories named without a designation, and names that only look like
// one.
func TestTerritoryNames(t *testing.T) {
	cases := []struct {
		name, text string
		want       want
	}{
		{"a bare commune known to the geography",
			"Le contrat local de santé a été signé en 2021. Vaulx-en-Velin se mobilise pour la santé de ses habitants ; Vaulx-en-Velin agit.",
			want{territory: "Vaulx-en-Velin", start: 2021, signed: "2021"}},
		{"a person after a president's title is no territory",
			"Le contrat local de santé 2025-2028 a été signé, a souligné le Président de la Communauté d'Agglomération Franck Vernier. La Communauté d'Agglomération du Pays de Meaux porte ce contrat.",
			want{territory: "Pays de Meaux", tkind: "epci", start: 2025, end: 2028}},
		{"a rank in the département names neither territory nor generation",
			"La Communauté de communes du Pays de Mortagne a signé le 4 mars 2023 le premier CLS du département de l'Orne.",
			want{territory: "Pays de Mortagne", tkind: "epci", region: "Normandie", signed: "2023-03-04", start: 2023}},
		{"a place name and the word that makes it an intercommunality",
			"Le 4 mai 2022, Vierzon agglo a signé son contrat local de santé avec l'ARS.",
			want{territory: "Vierzon agglo", tkind: "epci", signed: "2022-05-04", start: 2022}},
		{"a designation and the adjective of its people",
			"Le contrat local de santé de l'agglomération bergeracoise a été signé le 26 juin 2013.",
			want{territory: "agglomération bergeracoise", tkind: "epci", signed: "2013-06-26", start: 2013}},
		{"an adjective that names no people",
			"Le contrat local de santé de la communauté urbaine a été signé en 2015. La communauté urbaine de Dunkerque le pilote.",
			want{territory: "Dunkerque", tkind: "epci", signed: "2015", start: 2015}},
		{"a designation alone is no name",
			"Le premier contrat local de santé à l'échelle de l'Agglo a été signé en 2019 par Lorient Agglomération.",
			want{territory: "Lorient Agglomération", tkind: "epci", gen: 1, signed: "2019", start: 2019}},
		{"an intercommunality by its acronym",
			"Le contrat local de santé de la CIVIS a été signé le 15 novembre 2022 pour la période 2022-2026.",
			want{territory: "CIVIS", signed: "2022-11-15", start: 2022, end: 2026}},
		{"an eurométropole",
			"Le contrat local de santé de l'Eurométropole de Strasbourg a été signé en 2015.",
			want{territory: "Eurométropole de Strasbourg", tkind: "epci", region: "Grand Est", signed: "2015", start: 2015}},
		{"a parc naturel régional",
			"Le contrat local de santé du Parc naturel régional des Grands Causses a été signé en 2022.",
			want{territory: "Grands Causses", signed: "2022", start: 2022}},
		{"the Ville of a fixed phrase is no commune",
			"Le contrat local de santé de la commune d'Abbeville a été signé en 2014. Il agit dans les quartiers politique de la Ville.",
			want{territory: "Abbeville", tkind: "commune", signed: "2014", start: 2014}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDocument(t, c.text, c.want) })
	}
}
