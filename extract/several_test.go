package extract

import (
	"testing"

	"github.com/clsx/clsx/rules"
)

// One sentence, several contracts: each gets its own facts and none leaks
// onto a neighbour.
func TestSeveralContractsInOneSentence(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"ordinal, then an ordinal standing for the noun",
			"Le Pays de Brocéliande en est à son troisième contrat local de santé. Si le premier contrat a été signé en mars 2012, le deuxième a été renouvelé en juin 2017, poursuivant la démarche.",
			[]want{
				{territory: "Pays de Brocéliande", tkind: "pays", gen: 1, signed: "2012-03", start: 2012},
				{territory: "Pays de Brocéliande", tkind: "pays", gen: 2, signed: "2017-06", start: 2017},
			}},
		{"a first, then a second sharing its signing",
			"Le contrat local de santé de la Communauté de communes du Val d'Amboise prolonge une démarche engagée avec la signature d'un premier CLS en 2013, puis d'un second en 2019.",
			[]want{
				{territory: "Val d'Amboise", tkind: "epci", gen: 1, signed: "2013", start: 2013},
				{territory: "Val d'Amboise", tkind: "epci", gen: 2, signed: "2019", start: 2019},
			}},
		{"earlier contracts counted in a parenthesis",
			"La Ville de Villeurbanne adopte son troisième contrat local de santé pour 2022-2026. Ce CLS (dont les deux premiers ont été signés en 2011 et en 2016) renforce la prévention.",
			[]want{
				{territory: "Villeurbanne", tkind: "commune", gen: 3, start: 2022, end: 2026},
				{territory: "Villeurbanne", tkind: "commune", gen: 1, signed: "2011", start: 2011},
				{territory: "Villeurbanne", tkind: "commune", gen: 2, signed: "2016", start: 2016},
			}},
		{"signed then renewed in one clause",
			"Le contrat local de santé de la commune de Figeac, signé en 2014 puis renouvelé en 2020, couvre tout le territoire.",
			[]want{
				{territory: "Figeac", tkind: "commune", gen: 1, signed: "2014", start: 2014},
				{territory: "Figeac", tkind: "commune", gen: 2, signed: "2020", start: 2020},
			}},
		{"a first renewal is the second contract",
			"La commune de Vitré a signé son premier contrat local de santé en 2012. Ce contrat, renouvelé une première fois en 2016, mobilise de nombreux acteurs.",
			[]want{
				{territory: "Vitré", tkind: "commune", gen: 1, signed: "2012", start: 2012},
				{territory: "Vitré", tkind: "commune", gen: 2, signed: "2016", start: 2016},
			}},
		{"a renewal guessed the second follows the second the text names",
			"La Communauté urbaine renouvelle son contrat local de santé pour la période 2024-2028. Cette démarche a commencé avec la signature d'un premier CLS en 2013, puis d'un second en 2018.",
			[]want{
				{territory: "", gen: 3, start: 2024, end: 2028},
				{gen: 1, signed: "2013", start: 2013},
				{gen: 2, signed: "2018", start: 2018},
			}},
		{"the previous contract in a passing mention",
			"Le contrat local de santé de la commune de Lodève 2021-2025, officialisé le 4 juin 2021, prolonge les actions du précédent contrat signé en 2015 sur ce territoire.",
			[]want{
				{territory: "Lodève", tkind: "commune", signed: "2021-06-04", start: 2021, end: 2025},
				{territory: "Lodève", tkind: "commune", signed: "2015", start: 2015},
			}},
		{"a third version",
			"Le 12 mars 2021, la Ville de Dole a signé une 3ème version du contrat local de santé avec ses partenaires.",
			[]want{{territory: "Dole", tkind: "commune", gen: 3, signed: "2021-03-12", start: 2021}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := FromText("test", tc.text, nil)
			if len(doc.Contracts) != len(tc.want) {
				t.Fatalf("want %d contract(s), got %s", len(tc.want), describeContracts(doc))
			}
			for i, w := range tc.want {
				ct := doc.Contracts[i]
				checkInt(t, "generation", ct.Generation, w.gen)
				checkString(t, "signed", ct.Signed, w.signed)
				checkInt(t, "start_year", ct.StartYear, w.start)
				checkInt(t, "end_year", ct.EndYear, w.end)
				if w.territory != "" && (ct.Territory == nil || territoryKey(*ct.Territory) != territoryKey(w.territory)) {
					t.Errorf("contract %d: territory = %s, want %q", i+1, strOrNil(ct.Territory), w.territory)
				}
			}
		})
	}
}

// A noun after an ordinal is no ellipsis: "le deuxième axe" is not a
// contract, and two ordinals of one generation make no cut.
func TestNoEllipsis(t *testing.T) {
	l := lexiconFor(rules.Default())
	for _, c := range []string{"le deuxieme axe porte sur la prevention", "la premiere action date de 2019", "la seconde partie du document"} {
		if g, _, _ := l.ellipticAt(c); g != 0 {
			t.Errorf("ellipticAt(%q) = %d, want 0", c, g)
		}
	}
	for c, want := range map[string]int{"le troisieme a ete renouvele en 2019": 3, "puis d'un second en 2022": 2, "et la deuxieme version date de 2018": 2} {
		if g, _, _ := l.ellipticAt(c); g != want {
			t.Errorf("ellipticAt(%q) = %d, want %d", c, g, want)
		}
	}
	text := "Le deuxième contrat local de santé de la commune de Millau a été signé en 2019 ; le deuxième axe porte sur la prévention."
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 1 {
		t.Fatalf("want 1 contract, got %s", describeContracts(doc))
	}
}

// Verbs that start a contract without signing it give its start year only,
// when the contract noun stands next to them; they start many other things.
func TestStartByVerb(t *testing.T) {
	cases := []struct {
		text  string
		start int
	}{
		{"La commune de Lunel a adopté, en 2014, son premier contrat local de santé.", 2014},
		{"Le contrat local de santé de la Ville de Sète, mis en place en 2019, s'appuie sur un diagnostic partagé.", 2019},
		{"En s'engageant en 2016 dans la démarche de contrat local de santé, la ville de Vierzon affirme ses priorités.", 2016},
		{"Le premier contrat local de santé de la commune de Privas a été conçu en novembre 2017 avec les acteurs locaux.", 2017},
		// the verb's object is another thing
		{"La ville de Mende s'engage en 2008 dans la démarche de l'atelier santé ville, bien avant son contrat local de santé.", 0},
		{"La commune d'Annonay, qui a adopté en mars 2020 une nouvelle politique sportive, prépare son contrat local de santé.", 0},
	}
	for _, tc := range cases {
		doc := FromText("test", tc.text, nil)
		if tc.start == 0 {
			for _, ct := range doc.Contracts {
				if ct.StartYear != nil {
					t.Errorf("%q: start_year %d, want none", tc.text, *ct.StartYear)
				}
			}
			continue
		}
		if len(doc.Contracts) != 1 {
			t.Errorf("%q: want 1 contract, got %s", tc.text, describeContracts(doc))
			continue
		}
		checkInt(t, "start_year", doc.Contracts[0].StartYear, tc.start)
		checkString(t, "signed", doc.Contracts[0].Signed, "")
	}
}

// A duration said of the contract's axes or actions is the contract's;
// elapsed time and a regional programme's period are not.
func TestDurationOfTheContractsParts(t *testing.T) {
	cases := []struct {
		name, text string
		w          want
	}{
		{"plural pronoun for the actions",
			"Le 2 avril 2021, la commune de Dax a signé son contrat local de santé. Six axes et 40 actions ont été définis. Ils seront mis en œuvre au cours des 4 prochaines années.",
			want{territory: "Dax", tkind: "commune", signed: "2021-04-02", start: 2021, end: 2025, dur: 4}},
		{"plural pronoun for something else",
			"Le 2 avril 2021, la commune de Dax a signé son contrat local de santé. Les élus étaient nombreux. Ils seront réunis au cours des 4 prochaines années.",
			want{territory: "Dax", tkind: "commune", signed: "2021-04-02", start: 2021}},
		{"a regional programme's period",
			"Le contrat local de santé de la commune de Vichy a été signé en mai 2019. Il tient compte du programme régional de santé 2018-2028.",
			want{territory: "Vichy", tkind: "commune", signed: "2019-05", start: 2019}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkDocument(t, tc.text, tc.w)
		})
	}
}
