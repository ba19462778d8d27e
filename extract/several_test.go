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

// A page can describe several contracts: each gets its own facts only.
// Here, contracts of different territories (a regional or departmental
// page's list).
func TestSeveralContractsOfTerritories(t *testing.T) {
	t.Run("regional agency, three communes", func(t *testing.T) {
		text := `Les contrats locaux de santé en Occitanie

Un contrat local de santé a été signé le 12 mars 2018 entre la commune de Millau, l'ARS Occitanie et la préfecture de l'Aveyron pour une durée de 5 ans.

Un contrat local de santé a été signé en octobre 2019, pour une durée de 4 ans, entre la communauté de communes du Grand Figeac, l'ARS et la CPAM du Lot. Il comporte 3 axes stratégiques :
- favoriser l'accès aux soins de premier recours ;
- prévenir les conduites addictives chez les jeunes ;
- accompagner le vieillissement de la population.

Un protocole d'accord en perspective d'un contrat local de santé a été signé fin 2020 entre la ville de Lourdes et l'ARS.`
		doc := checkDocument(t, text,
			want{territory: "Millau", tkind: "commune", region: "Occitanie", signed: "2018-03-12", start: 2018, end: 2023, dur: 5},
			want{territory: "Grand Figeac", tkind: "epci", region: "Occitanie", signed: "2019-10", start: 2019, end: 2023, dur: 4},
			want{territory: "Lourdes", tkind: "commune", region: "Occitanie", kind: "protocole", signed: "2020", start: 2020})
		checkParties(t, doc.Contracts[0], "commune de Millau", "ARS Occitanie", "préfecture de l'Aveyron")
		checkParties(t, doc.Contracts[1], "communauté de communes du Grand Figeac", "ARS", "CPAM du Lot")
		checkParties(t, doc.Contracts[2], "ville de Lourdes", "ARS")
		if n := len(doc.Contracts[0].Axes); n != 0 {
			t.Errorf("Millau has %d axes, want 0", n)
		}
		if n := len(doc.Contracts[1].Axes); n != 3 {
			t.Errorf("Grand Figeac has %d axes, want 3", n)
		}
		if n := len(doc.Contracts[2].Axes); n != 0 {
			t.Errorf("Lourdes has %d axes, want 0", n)
		}
	})
	t.Run("regional agency, pioneer then three paragraphs", func(t *testing.T) {
		text := `En 2011, l'Agence régionale de santé, la ville de Nîmes et le préfet signaient le premier contrat local de santé de la région.

Un contrat local de santé a été signé début 2016 entre la commune d'Alès, l'ARS et la préfecture du Gard pour une durée de 3 ans.

Un contrat local de santé a été signé fin 2017, pour une durée de 5 ans, entre la communauté de communes du Pays d'Uzès, l'ARS et la CPAM du Gard.

Un protocole d'accord en perspective d'un contrat local de santé a été signé, fin 2018, entre la commune de Beaucaire et l'ARS.`
		doc := checkDocument(t, text,
			// the page's départements (Gard) give the région of every contract;
			// "le premier … de la région" is a rank, not a generation
			want{territory: "Nîmes", tkind: "commune", region: "Occitanie", signed: "2011", start: 2011},
			want{territory: "Alès", tkind: "commune", region: "Occitanie", signed: "2016", start: 2016, end: 2019, dur: 3},
			want{territory: "Pays d'Uzès", tkind: "epci", region: "Occitanie", signed: "2017", start: 2017, end: 2022, dur: 5},
			want{territory: "Beaucaire", tkind: "commune", region: "Occitanie", kind: "protocole", signed: "2018", start: 2018})
		checkParties(t, doc.Contracts[0], "Agence régionale de santé", "ville de Nîmes", "préfet")
		checkParties(t, doc.Contracts[3], "commune de Beaucaire", "ARS")
	})
	t.Run("list of contracts of a département", func(t *testing.T) {
		text := `Les CLS signés dans les Alpes-de-Haute-Provence
- CLS de la ville de Digne-les-Bains : signé le 3 mai 2016
- CLS du Pays de Forcalquier : signé le 12 octobre 2017
- CLS de la Communauté de communes Sisteronais-Buëch : signé en 2019`
		checkDocument(t, text,
			want{territory: "Digne-les-Bains", tkind: "commune", region: "Provence-Alpes-Côte d'Azur", signed: "2016-05-03", start: 2016},
			want{territory: "Pays de Forcalquier", tkind: "pays", region: "Provence-Alpes-Côte d'Azur", signed: "2017-10-12", start: 2017},
			want{territory: "Sisteronais-Buëch", tkind: "epci", region: "Provence-Alpes-Côte d'Azur", signed: "2019", start: 2019})
	})
	t.Run("a commune and its metropolis", func(t *testing.T) {
		text := "Le CLS de la Ville de Toulouse a été signé le 6 juin 2019.\nLe CLS de Toulouse Métropole a été signé le 8 juillet 2020."
		checkDocument(t, text,
			want{territory: "Toulouse", tkind: "commune", signed: "2019-06-06", start: 2019},
			want{territory: "Toulouse Métropole", tkind: "epci", signed: "2020-07-08", start: 2020})
	})
	t.Run("summary sentence is not more contracts", func(t *testing.T) {
		text := `En tout, 5 contrats ont été signés dans notre région : Lille, Roubaix, Tourcoing, Douai et 1 protocole d'accord pour Lens.

Un contrat local de santé a été signé en mai 2019 entre la ville de Roubaix, l'ARS Hauts-de-France et la préfecture du Nord pour une durée de 5 ans.`
		checkDocument(t, text,
			want{territory: "Roubaix", tkind: "commune", region: "Hauts-de-France", signed: "2019-05", start: 2019, end: 2024, dur: 5})
	})
}

// A page can describe several contracts: each gets its own facts only.
// Here, the generations of one territory's contract, in any order.
func TestSeveralContractsOfGenerations(t *testing.T) {
	t.Run("first and second CLS", func(t *testing.T) {
		text := `Contrat Local de Santé

Le premier contrat local de santé de la Communauté de communes du Pays de Lunel a été signé le 5 février 2016 pour la période 2016-2020.

En 2021, les élus ont décidé de renouveler le contrat. Le deuxième contrat local de santé a été signé le 14 avril 2022 pour la période 2022-2026 avec l'ARS Occitanie, la CPAM de l'Hérault et le Département de l'Hérault.`
		doc := checkDocument(t, text,
			want{territory: "Pays de Lunel", tkind: "epci", region: "Occitanie", gen: 1, signed: "2016-02-05", start: 2016, end: 2020},
			want{territory: "Pays de Lunel", tkind: "epci", region: "Occitanie", gen: 2, signed: "2022-04-14", start: 2022, end: 2026})
		if n := len(doc.Contracts[0].Signatories); n != 0 {
			t.Errorf("first CLS has %d signatories, want none (they are the second's)", n)
		}
		checkParties(t, doc.Contracts[1], "Communauté de communes du Pays de Lunel", "ARS Occitanie", "CPAM de l'Hérault", "Département de l'Hérault")
	})
	t.Run("CLS 2 title, first one ended", func(t *testing.T) {
		text := `Le CLS 2 de Vienne Condrieu Agglomération

Signé en 2017, le premier CLS de Vienne Condrieu Agglomération a pris fin en 2021. Le CLS 2, signé le 8 juillet 2022 pour une durée de 5 ans, prolonge cette dynamique.`
		checkDocument(t, text,
			want{territory: "Vienne Condrieu Agglomération", tkind: "epci", gen: 1, signed: "2017", start: 2017, end: 2021},
			want{territory: "Vienne Condrieu Agglomération", tkind: "epci", gen: 2, signed: "2022-07-08", start: 2022, end: 2027, dur: 5})
	})
	t.Run("second first, then the first", func(t *testing.T) {
		text := "Le 2ème contrat local de santé de la Communauté d'agglomération Gap-Tallard-Durance a été signé le 18 octobre 2023 pour la période 2023-2028. Le premier CLS, signé en 2017, couvrait la période 2017-2021."
		checkDocument(t, text,
			want{territory: "Gap-Tallard-Durance", tkind: "epci", gen: 2, signed: "2023-10-18", start: 2023, end: 2028},
			want{territory: "Gap-Tallard-Durance", tkind: "epci", gen: 1, signed: "2017", start: 2017, end: 2021})
	})
	t.Run("renouveler after the end of the first", func(t *testing.T) {
		text := `Depuis mars 2017, la Communauté de communes du Grand Pic Saint-Loup s'implique dans la santé. Ainsi, un contrat local de santé a été signé entre la communauté de communes et l'ARS Occitanie pour une durée de 3 ans. En 2020, le premier CLS a pris fin, et les élus ont souhaité renouveler le contrat pour une durée de 5 ans (2021/2025).`
		checkDocument(t, text,
			want{territory: "Grand Pic Saint-Loup", tkind: "epci", region: "Occitanie", gen: 1, signed: "2017-03", start: 2017, end: 2020, dur: 3},
			want{territory: "Grand Pic Saint-Loup", tkind: "epci", region: "Occitanie", gen: 2, start: 2021, end: 2025, dur: 5})
	})
	t.Run("timeline of two contracts", func(t *testing.T) {
		text := `Le calendrier de mise en oeuvre
-
Mai 2024Signature du deuxième contrat local de santé de la Communauté de communes du Val de l'Eyre
-
Décembre 2023Fin du premier contrat local de santé
-
Juillet 2019Labellisation du conseil local en santé mentale
-
Janvier 2019Signature du contrat local de santé`
		checkDocument(t, text,
			want{territory: "Val de l'Eyre", tkind: "epci", gen: 2, signed: "2024-05", start: 2024},
			want{territory: "Val de l'Eyre", tkind: "epci", gen: 1, signed: "2019-01", start: 2019, end: 2023})
	})
	t.Run("earlier contract mentioned last", func(t *testing.T) {
		text := "Le contrat local de santé de la ville de Nîmes\nSigné le 12 décembre 2019, le CLS de Nîmes est prévu pour 5 ans. Il a été signé par la Ville de Nîmes, l'ARS Occitanie et la Préfecture du Gard.\nUn premier CLS avait été signé en 2013."
		doc := checkDocument(t, text,
			want{territory: "Nîmes", tkind: "commune", region: "Occitanie", signed: "2019-12-12", start: 2019, end: 2024, dur: 5},
			want{territory: "Nîmes", tkind: "commune", region: "Occitanie", gen: 1, signed: "2013", start: 2013})
		checkParties(t, doc.Contracts[0], "Ville de Nîmes", "ARS Occitanie", "Préfecture du Gard")
		checkParties(t, doc.Contracts[1])
	})
	t.Run("the end of one, the signature of the next", func(t *testing.T) {
		checkDocument(t, "Le CLS de la ville de Dole arrive à son terme fin 2023 ; un nouveau CLS sera signé en 2024.",
			want{territory: "Dole", tkind: "commune", end: 2023},
			want{territory: "Dole", tkind: "commune", signed: "2024", start: 2024})
	})
	t.Run("signed and renewed in one clause", func(t *testing.T) {
		t.Skip("known limitation: one clause that speaks of two contracts (signé en 2015 …, a été renouvelé en 2020) gives one")
		checkDocument(t, "Le CLS de la ville de Dole, signé en 2015 entre la ville et l'ARS, a été renouvelé en 2020 pour 5 ans.",
			want{territory: "Dole", tkind: "commune", gen: 1, signed: "2015", start: 2015},
			want{territory: "Dole", tkind: "commune", gen: 2, signed: "2020", start: 2020, end: 2025, dur: 5})
	})
}
