package extract

import "testing"

// Dates without a year read against the page's dateline.
func TestDateline(t *testing.T) {
	cases := []struct {
		name, text, signed string
	}{
		{"day and month under a publication date",
			"Actualité\nPublié le 14/10/2021\nLa ville de Lorient a signé le 2 octobre son contrat local de santé.", "2021-10-02"},
		{"dernier: the month after the dateline's is last year",
			"Publié le 10 mars 2022\nLe CLS de la ville de Tulle a été signé le 5 novembre dernier.", "2021-11-05"},
		{"a date alone under the title",
			"Signature du CLS de la ville de Dinan\n12 juin 2019\nLe contrat local de santé de la ville de Dinan a été signé le 11 juin.", "2019-06-11"},
		{"a weekday gives the dateline's month",
			"Publié le 21/09/2023\nMardi soir, les élus de la commune de Redon ont signé le contrat local de santé.", "2023-09"},
		{"a headline signature takes the dateline's day",
			"Signature du contrat local de santé de la ville de Vitré\n26 juin 2013\nCe contrat est le fruit d'un long travail.", "2013-06-26"},
		{"the body's date wins over the dateline",
			"Signature du contrat local de santé de la ville de Vitré\nPublié le 30 juin 2013\nLe contrat a été signé le 26 juin 2013 à la mairie.", "2013-06-26"},
		{"a headline and a weekday in the body: what both make certain",
			"Montluçon signe son contrat local de santé\nPublié le 14 mars 2024\nMardi, la ville de Montluçon et l'ARS ont signé le contrat local de santé.", "2024-03"},
		{"a day told twice, with its year once",
			"Ce jeudi 11 décembre, la ville de Toulon a signé son contrat local de santé.\nL'idée a germé en décembre 2024.\nJeudi 11 décembre 2025 : la ville de Toulon a signé le contrat local de santé.", "2025-12-11"},
		{"a fronted date frames the signing clause after the signers",
			"Jeudi 18 décembre 2014, le maire de Briançon et le président de la Communauté de Communes du Briançonnais ont apposé leurs signatures au bas du contrat local de santé du Briançonnais.", "2014-12-18"},
		{"an update date is no dateline",
			"Mis à jour le 14/10/2021\nLa ville de Lorient a signé le 2 octobre son contrat local de santé.", ""},
		{"a future signature stays in the dateline's year",
			"Publié le 2 février 2024\nLa commune de Cholet signera son CLS le 25 septembre.", "2024-09-25"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			checkString(t, "signed", doc.Contracts[0].Signed, c.signed)
		})
	}
}

// What the text says of the page's undated contract without naming it, and
// end years given as a horizon.
func TestUndatedContractFacts(t *testing.T) {
	cases := []struct {
		name, text string
		want       want
	}{
		{"a duration in the next sentence",
			"La commune de Millau a confié l'animation du contrat local de santé à son CCAS. D'une durée de 5 ans, il vise à réduire les inégalités.",
			want{territory: "Millau", tkind: "commune", dur: 5}},
		{"a duration without a year, the page's only contract",
			"Hier, en signant un contrat local de santé, la commune de Montauban s'est engagée sur trois ans.",
			want{territory: "Montauban", tkind: "commune", dur: 3}},
		{"a horizon is the end",
			"Le contrat local de santé de la ville de Dole, signé en 2019, engage les signataires à l'horizon 2024.",
			want{territory: "Dole", tkind: "commune", signed: "2019", start: 2019, end: 2024}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDocument(t, c.text, c.want) })
	}
}
