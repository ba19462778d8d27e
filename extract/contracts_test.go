package extract

import (
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// The contract a page is about is a contract even when no date is given
// for it; a page about contracts in general describes none.
func TestContractWithoutYear(t *testing.T) {
	for _, c := range []struct {
		text string
		want []want
	}{
		{"Le vendredi 23 septembre, le contrat local de santé de la Communauté de communes du Pays de Mortagne a été signé à Mortagne.",
			[]want{{territory: "Pays de Mortagne", tkind: "epci"}}},
		{"La Communauté de communes du Pays de Fougères signera son contrat local de santé en avril.",
			[]want{{territory: "Pays de Fougères", tkind: "epci"}}},
		{"Ce jeudi, Vaulx-en-Velin a signé son contrat local de santé avec l'ARS. Vaulx-en-Velin se mobilise pour la santé de ses habitants.",
			[]want{{territory: "Vaulx-en-Velin"}}},
		{"Mardi soir, les élus de la ville de Quimper ont officialisé le contrat local de santé.",
			[]want{{territory: "Quimper", tkind: "commune"}}},
		{"Le contrat local de santé est un outil de coordination des politiques de santé.", nil},
		{"Les contrats locaux de santé ont été instaurés par la loi HPST du 21 juillet 2009.", nil},
		{"Plusieurs communes ont un contrat local de santé : Rennes, Brest, Lorient et Vannes.", nil},
	} {
		t.Run(c.text, func(t *testing.T) { checkDocument(t, c.text, c.want...) })
	}
}

func TestContractDates(t *testing.T) {
	cases := []struct {
		name, text string
		w          want
	}{
		{"period after the name", "Le contrat local de santé 2019-2024 de la Communauté d'agglomération du Grand Montauban a été signé le 14 novembre 2019.",
			want{territory: "Grand Montauban", tkind: "epci", signed: "2019-11-14", start: 2019, end: 2024}},
		{"signed then jusqu'en in the next sentence", "Le CLS de l'Agglomération d'Agen a été signé le 3 décembre 2019. Il s'étend jusqu'en 2024.",
			want{territory: "Agglomération d'Agen", tkind: "epci", signed: "2019-12-03", start: 2019, end: 2024}},
		{"slash period and month", "Le Contrat Local de Santé 2023/2027 de la Communauté de communes Aunis Sud a été signé en mars 2023.",
			want{territory: "Aunis Sud", tkind: "epci", signed: "2023-03", start: 2023, end: 2027}},
		{"year and duration", "Un contrat local de santé a été signé entre la ville de Marseille, l'ARS et la préfecture en 2015 pour une durée de 3 ans.",
			want{territory: "Marseille", tkind: "commune", signed: "2015", start: 2015, end: 2018, dur: 3}},
		{"subject signs, full date", "Le Pays du Lunévillois et l'ARS Grand Est ont signé le 5 octobre 2017 un contrat local de santé.",
			want{territory: "Pays du Lunévillois", tkind: "pays", region: "Grand Est", signed: "2017-10-05", start: 2017}},
		{"fronted signed participle, duration in words, échéance", "Signé fin 2016 pour une durée de cinq ans, le contrat local de santé de la communauté de communes du Pays de Mormal arrive à échéance en 2021.",
			want{territory: "Pays de Mormal", tkind: "epci", signed: "2016", start: 2016, end: 2021, dur: 5}},
		{"apposed signature and period", "Le CLS de la commune de Saint-Amand-Montrond, signé le 18 mai 2018, couvre la période 2018-2022.",
			want{territory: "Saint-Amand-Montrond", tkind: "commune", signed: "2018-05-18", start: 2018, end: 2022}},
		{"mi-year", "Le contrat local de santé de la Communauté d'agglomération Dieppe-Maritime a été signé mi-2016.",
			want{territory: "Dieppe-Maritime", tkind: "epci", signed: "2016", start: 2016}},
		{"d'une durée de, par", "Le Contrat Local de Santé du Grand Chalon, d'une durée de cinq ans, a été signé le 28 juin 2019 par la Préfecture de Saône-et-Loire, l'ARS Bourgogne-Franche-Comté et le Grand Chalon.",
			want{territory: "Grand Chalon", region: "Bourgogne-Franche-Comté", signed: "2019-06-28", start: 2019, end: 2024, dur: 5}},
		{"depuis gives the start", "Depuis 2023, le CLS de la Communauté de communes du Val de Sully est mis en œuvre sur les 19 communes.",
			want{territory: "Val de Sully", tkind: "epci", start: 2023}},
		{"renewed with a date", "La ville de Besançon a renouvelé son contrat local de santé le 15 janvier 2020 pour la période 2020-2024.",
			want{territory: "Besançon", tkind: "commune", gen: 2, signed: "2020-01-15", start: 2020, end: 2024}},
		{"approval meeting before the signature", "Le Conseil communautaire du 12 mars 2021 a approuvé le contrat local de santé de la Communauté de communes du Haut-Jura, signé le 20 avril 2021.",
			want{territory: "Haut-Jura", tkind: "epci", signed: "2021-04-20", start: 2021}},
		{"1er and CPAM number", "Le 1er mars 2022, la Ville de Tarbes, l'ARS Occitanie et la CPAM 65 ont signé le contrat local de santé pour une durée de cinq ans.",
			want{territory: "Tarbes", tkind: "commune", region: "Occitanie", signed: "2022-03-01", start: 2022, end: 2027, dur: 5}},
		{"publication date ignored", "Publié le 03/12/2019\nLe contrat local de santé du Pays de Brocéliande a été signé fin 2018 pour une durée de 3 ans.",
			want{territory: "Pays de Brocéliande", tkind: "pays", signed: "2018", start: 2018, end: 2021, dur: 3}},
		{"signed at a meeting", "Le contrat local de santé de la commune de Vitrolles a été signé lors du comité de pilotage du 9 novembre 2017.",
			want{territory: "Vitrolles", tkind: "commune", signed: "2017-11-09", start: 2017}},
		{"signature date label", "Contrat local de santé de la Communauté de communes du Pays de Fayence\nDate de signature : 15/09/2021\nDurée : 5 ans",
			want{territory: "Pays de Fayence", tkind: "epci", signed: "2021-09-15", start: 2021, end: 2026, dur: 5}},
		{"a pris fin", "Signé en 2015, le contrat local de santé de la ville de Nanterre a pris fin en 2019.",
			want{territory: "Nanterre", tkind: "commune", signed: "2015", start: 2015, end: 2019}},
		{"à compter de", "Le contrat local de santé de la commune de Cavaillon entre en vigueur à compter de 2020 pour une durée de 4 ans.",
			want{territory: "Cavaillon", tkind: "commune", start: 2020, end: 2024, dur: 4}},
		{"jusqu'au", "Le Contrat Local de Santé de la Communauté de communes de la Haute-Saintonge, signé le 2 juin 2021, court jusqu'au 31 décembre 2025.",
			want{territory: "Haute-Saintonge", tkind: "epci", signed: "2021-06-02", start: 2021, end: 2025}},
		{"ce jeudi", "Ce jeudi 14 avril 2022, le Contrat Local de Santé de la Métropole Nice Côte d'Azur a été signé à l'hôtel de ville.",
			want{territory: "Métropole Nice Côte d'Azur", tkind: "epci", signed: "2022-04-14", start: 2022}},
		// a period is not the signature's year: contracts are often signed the
		// year before their period starts, or after ("signé le 14 octobre" of
		// a 2024-2028 contract, in 2025); only the same event's year fixes it
		{"en month without year, a period", "La Communauté de communes du Grand Cognac a signé son deuxième contrat local de santé en avril, pour la période 2025-2029.",
			want{territory: "Grand Cognac", tkind: "epci", gen: 2, start: 2025, end: 2029}},
		{"law and plan ignored", "Issu de la loi HPST du 21 juillet 2009, le contrat local de santé de la ville de Pau, signé le 8 février 2019, décline le Projet Régional de Santé 2018-2028.",
			want{territory: "Pau", tkind: "commune", signed: "2019-02-08", start: 2019}},
		{"signature of the period in the title", "Contrat local de santé 2021-2025 de la Communauté de communes de Lacq-Orthez",
			want{territory: "Lacq-Orthez", tkind: "epci", start: 2021, end: 2025}},
		{"sera signé", "Le contrat local de santé de la commune de Bagnols-sur-Cèze sera signé en septembre 2024 pour une durée de 5 ans.",
			want{territory: "Bagnols-sur-Cèze", tkind: "commune", signed: "2024-09", start: 2024, end: 2029, dur: 5}},
		{"timeline", "Les étapes du CLS de la Communauté de communes du Clunisois\n-\nMars 2018Signature du contrat local de santé\n-\nDécembre 2022Fin du contrat local de santé",
			want{territory: "Clunisois", tkind: "epci", signed: "2018-03", start: 2018, end: 2022}},
		{"depuis month in the previous sentence", "Depuis Août 2019, les élus du Quercy Caussadais se mobilisent pour la santé. Ainsi, un Contrat Local de Santé a été signé entre la Communauté de communes du Quercy Caussadais et l'ARS Occitanie pour une durée de 4 ans.",
			want{territory: "Quercy Caussadais", tkind: "epci", region: "Occitanie", signed: "2019-08", start: 2019, end: 2023, dur: 4}},
		{"titled signature with a place", "Signature du CLS de la Communauté d'agglomération du Pays Basque le 18 octobre 2022 à la mairie de Bayonne.",
			want{territory: "Pays Basque", tkind: "epci", signed: "2022-10-18", start: 2022}},
		{"parenthesised period", "Le contrat local de santé (2018-2022) de la ville de Mulhouse a été signé en février 2018.",
			want{territory: "Mulhouse", tkind: "commune", signed: "2018-02", start: 2018, end: 2022}},
		{"conclu pour la période", "Le contrat local de santé de la commune de Saint-Dié a été conclu pour la période 2016-2019.",
			want{territory: "Saint-Dié", tkind: "commune", start: 2016, end: 2019}},
		{"prolongé jusqu'en", "Le CLS de la ville de Chambéry, signé en 2019, a été prolongé jusqu'en 2025 par avenant.",
			want{territory: "Chambéry", tkind: "commune", signed: "2019", start: 2019, end: 2025}},
		{"entré en vigueur le", "Entré en vigueur le 1er janvier 2020, le contrat local de santé de la Communauté de communes du Pays de Gex court jusqu'au 31 décembre 2024.",
			want{territory: "Pays de Gex", tkind: "epci", start: 2020, end: 2024}},
		{"du … au …", "Le contrat local de santé de la ville de Valence couvre la période du 1er janvier 2020 au 31 décembre 2024.",
			want{territory: "Valence", tkind: "commune", start: 2020, end: 2024}},
		{"pour N ans", "Le CLS de la Communauté de communes Médoc Atlantique a été signé le 30/06/2021 pour 5 ans.",
			want{territory: "Médoc Atlantique", tkind: "epci", signed: "2021-06-30", start: 2021, end: 2026, dur: 5}},
		{"spaced dash period", "Le Contrat Local de Santé de Lens-Liévin 2023 – 2028 a été signé le 2 février 2023.",
			want{territory: "Lens-Liévin", signed: "2023-02-02", start: 2023, end: 2028}},
		{"c'est le … que", "C'est le 27 juin 2022 que la ville de Clermont-Ferrand a signé son troisième contrat local de santé.",
			want{territory: "Clermont-Ferrand", tkind: "commune", gen: 3, signed: "2022-06-27", start: 2022}},
		{"prorogé", "Le CLS de la ville de Saint-Nazaire, signé le 14 décembre 2017 pour une durée de quatre ans, a été prorogé jusqu'au 31 décembre 2022.",
			want{territory: "Saint-Nazaire", tkind: "commune", signed: "2017-12-14", start: 2017, end: 2022, dur: 4}},
		{"il s'achève", "Le Contrat local de santé de la ville de Limoges : signé le 10 janvier 2019, il s'achève en 2023.",
			want{territory: "Limoges", tkind: "commune", signed: "2019-01-10", start: 2019, end: 2023}},
		{"fronted locative", "À Saint-Malo, le contrat local de santé a été signé le 3 juillet 2019.",
			want{territory: "Saint-Malo", signed: "2019-07-03", start: 2019}},
		{"s'est déroulée le", "La signature du Contrat Local de Santé du territoire de Lannion-Trégor Communauté s'est déroulée le 4 mars 2020.",
			want{territory: "Lannion-Trégor Communauté", tkind: "epci", signed: "2020-03-04", start: 2020}},
		{"a day without year", "La signature du contrat local de santé de la Communauté de communes du Lodévois aura lieu le 25 janvier. Il couvre la période 2024-2028.",
			want{territory: "Lodévois", tkind: "epci", start: 2024, end: 2028}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDocument(t, c.text, c.w) })
	}
}

func TestFindRefs(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		clause string
		kinds  []string
	}{
		{"le contrat local de sante de l'agglomeration d'agen", []string{"cls"}},
		{"le cls de blois", []string{"cls"}},
		{"la convention entre agglopolys et ses partenaires", []string{"cls"}},
		{"un protocole d'accord en perspective d'un contrat local de sante", []string{"protocole", "cls"}},
		{"le contrat local de sante mentale de rennes", []string{"clsm"}},
		{"le contrat local en sante mentale du grand avignon", []string{"clsm"}},
		{"les contrats locaux de sante ont pour ambition", nil},
		{"6 contrats ont ete signes dans notre region", nil},
		{"le contrat de ville 2015 2020", nil},
		{"le projet regional de sante 2018 2028", nil},
		{"le conseil local de sante mentale", nil},
		{"des cls ont ete signes", nil},
	}
	for _, c := range cases {
		var got []string
		for _, r := range l.findRefs(c.clause) {
			got = append(got, r.kind)
		}
		if strings.Join(got, ",") != strings.Join(c.kinds, ",") {
			t.Errorf("findRefs(%q) = %v, want %v", c.clause, got, c.kinds)
		}
	}
}

func TestContractKind(t *testing.T) {
	cases := []struct {
		text, kind string
	}{
		{"Le contrat local de santé de la ville de Rennes a été signé le 2 juin 2020.", "cls"},
		{"Le CLS de la ville de Rennes a été signé le 2 juin 2020.", "cls"},
		{"Un protocole d'accord en perspective d'un contrat local de santé a été signé début 2014 entre la commune de Grasse et l'ARS.", "protocole"},
		{"Un protocole d'accord préfigurant un contrat local de santé a été signé le 2 avril 2013 entre la commune de Fréjus et l'ARS.", "protocole"},
		{"Le protocole d'accord du contrat local de santé de la Communauté de communes du Diois a été signé en mai 2014.", "protocole"},
		{"Le contrat local de santé mentale de la ville de Rennes a été signé le 2 juin 2020.", "clsm"},
		{"Le contrat local en santé mentale du Grand Avignon a été signé le 8 octobre 2021.", "clsm"},
		// a CLSM mentioned by a CLS does not make it a CLSM
		{"Le Contrat Local de Santé de la ville de Cannes a été signé le 3 juillet 2019. Il prévoit la création d'un contrat local de santé mentale.", "cls"},
		{"Le contrat local de santé de la ville de Montauban a été signé en 2018, en lien avec le conseil local de santé mentale.", "cls"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			if doc.Contracts[0].Kind != c.kind {
				t.Errorf("kind = %q, want %q", doc.Contracts[0].Kind, c.kind)
			}
		})
	}
}

func TestContractTerritory(t *testing.T) {
	cases := []struct {
		text, territory, kind string
	}{
		{"Le CLS de l'Agglomération d'Agen a été signé le 3 décembre 2019.", "Agglomération d'Agen", "epci"},
		{"Un contrat local de santé a été signé en 2021 pour Aunis Atlantique.", "Aunis Atlantique", "other"},
		{"Un contrat local de santé a été signé en 2015 entre la ville de Marseille, l'ARS et la préfecture.", "Marseille", "commune"},
		{"Un contrat local de santé a été signé fin 2014 entre la communauté de communes du Briançonnais, la commune de Briançon et l'ARS.", "Briançonnais", "epci"},
		{"Un contrat local de santé a été signé fin 2014 entre la commune d'Apt, la communauté de commune du pays d'Apt et l'ARS.", "Apt", "commune"},
		{"La commune d'Apt a signé son deuxième contrat local de santé en octobre 2021.", "Apt", "commune"},
		{"Le Pays Sud Charente a signé son contrat local de santé en juin 2018.", "Pays Sud Charente", "pays"},
		{"Le contrat local de santé du Pays de Redon a été signé le 9 mars 2017.", "Pays de Redon", "pays"},
		{"Le PETR du Pays de Langres a signé le 12 juin 2019 un contrat local de santé avec l'ARS Grand Est.", "Pays de Langres", "pays"},
		{"Le contrat local de santé de la Métropole Rouen Normandie a été signé le 20 décembre 2019.", "Métropole Rouen Normandie", "epci"},
		{"La Métropole de Lyon et l'ARS Auvergne-Rhône-Alpes ont signé le 7 octobre 2020 un contrat local de santé.", "Métropole de Lyon", "epci"},
		{"Le contrat local de santé du quartier de la Castellane a été signé en 2016.", "Castellane", "quartier"},
		{"Le contrat local de santé du département de la Lozère a été signé le 10 juillet 2018.", "Lozère", "departement"},
		{"Le CLS de la Communauté urbaine de Dunkerque a été signé le 29 mars 2019.", "Dunkerque", "epci"},
		{"Le contrat local de santé de la Communauté de Communes Cœur de Garonne a été signé le 1er juillet 2019.", "Cœur de Garonne", "epci"},
		{"Le contrat local de santé de la CC Haut-Allier a été signé le 3 mai 2022.", "Haut-Allier", "epci"},
		{"La Communauté de communes Cœur de Savoie a signé en septembre 2020 un contrat local de santé avec l'ARS.", "Cœur de Savoie", "epci"},
		{"Le CLS de la ville de La Seyne-sur-Mer a été signé en juin 2015.", "La Seyne-sur-Mer", "commune"},
		{"La ville du Havre a signé son contrat local de santé en 2018.", "Le Havre", "commune"},
		{"Le contrat local de santé de Lorient Agglomération a été signé le 12 mai 2019.", "Lorient Agglomération", "epci"},
		{"Le contrat local de santé de Vichy Communauté a été signé le 12 mai 2019.", "Vichy Communauté", "epci"},
		{"Le contrat local de santé de Saint-Quentin-en-Yvelines a été signé en novembre 2017.", "Saint-Quentin-en-Yvelines", "other"},
		{"Le Contrat Local de Santé 2022-2026 de Terres de Montaigu a été signé en juin 2022.", "Terres de Montaigu", "other"},
		{"SIGNATURE DU CONTRAT LOCAL DE SANTÉ DE LA VILLE DE NICE LE 12 JUIN 2019", "Nice", "commune"},
		{"Le CLS du Pays Cœur d'Hérault a été signé le 9 mai 2018.", "Pays Cœur d'Hérault", "pays"},
		{"Le contrat local de santé de la commune de L'Isle-d'Abeau a été signé en 2019.", "L'Isle-d'Abeau", "commune"},
		{"C'est le 27 juin 2022 que la ville de Clermont-Ferrand a signé son troisième contrat local de santé.", "Clermont-Ferrand", "commune"},
		{"La Communauté de Communes du Val de Drôme en Biovallée a signé son Contrat Local de Santé le 13 juin 2019. Elle rejoint ainsi les 15 territoires de la Drôme engagés dans un CLS.", "Val de Drôme en Biovallée", "epci"},
		{"Le Département de la Creuse et l'ARS ont signé le contrat local de santé de la Communauté de communes Creuse Sud Ouest le 5 avril 2019.", "Creuse Sud Ouest", "epci"},
		// the territory of a page that names it many times
		{"Communauté de communes du Pays de Falaise\n\nLe contrat local de santé a été signé le 30 septembre 2021. La Communauté de communes du Pays de Falaise en assure l'animation.", "Pays de Falaise", "epci"},
		// who leads an action is not the territory
		{"Le contrat local de santé de la Communauté de communes du Thouarsais a été signé en 2019.\nAction 1 : Favoriser l'installation de médecins\npiloté par la Ville de Thouars", "Thouarsais", "epci"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			ct := doc.Contracts[0]
			if ct.Territory == nil || territoryKey(*ct.Territory) != territoryKey(c.territory) {
				t.Errorf("territory = %s, want %q", strOrNil(ct.Territory), c.territory)
			}
			checkTerritoryKind(t, ct, c.kind)
		})
	}
}

func TestContractRegion(t *testing.T) {
	cases := []struct {
		text, region string
	}{
		{"Le contrat local de santé de la ville de Rodez a été signé le 4 mai 2021 avec l'ARS Occitanie.", "Occitanie"},
		{"Le contrat local de santé de la ville de Vierzon a été signé le 4 mai 2021 avec l'Agence Régionale de Santé Centre-Val de Loire.", "Centre-Val de Loire"},
		{"Le CLS de la ville de Nevers a été signé en 2017 avec l'ARS Bourgogne Franche-Comté.", "Bourgogne-Franche-Comté"},
		{"Le CLS de la ville de Nice a été signé en 2017 avec l'ARS PACA.", "Provence-Alpes-Côte d'Azur"},
		{"Le CLS de la ville de Calais a été signé en 2017 par la Région Hauts-de-France.", "Hauts-de-France"},
		{"Le contrat local de santé de la commune de Saint-Pierre a été signé le 10 avril 2019 avec l'ARS La Réunion.", "La Réunion"},
		// from a département
		{"Le contrat local de santé de la commune de Brignoles a été signé en 2016 avec la Préfecture du Var.", "Provence-Alpes-Côte d'Azur"},
		{"Le contrat local de santé de la ville de Romorantin a été signé en 2020 par l'ARS et la CPAM 41.", "Centre-Val de Loire"},
		{"Le contrat local de santé de la commune de Moissac a été signé le 9 juin 2019 avec la CAF 82 et le DAC 82.", "Occitanie"},
		{"Le contrat local de santé de la ville de Tours a été signé en 2019 avec le Conseil départemental d'Indre-et-Loire.", "Centre-Val de Loire"},
		{"Le contrat local de santé de la ville de Quimper a été signé en 2019 avec la CPAM du Finistère.", "Bretagne"},
		{"Le contrat local de santé de la commune d'Aubagne a été signé début 2015 avec la préfecture des Bouches du Rhône.", "Provence-Alpes-Côte d'Azur"},
		{"Le contrat local de santé de la ville de Gap a été signé fin 2014 avec la préfecture des Hautes Alpes.", "Provence-Alpes-Côte d'Azur"},
		{"Le contrat local de santé de la Ville de Paris a été signé le 28 mars 2018.", "Île-de-France"},
		{"Le Département de la Creuse et l'ARS ont signé le contrat local de santé de la Communauté de communes Creuse Sud Ouest le 5 avril 2019.", "Nouvelle-Aquitaine"},
		// the région named wins over a département of another région
		{"Le CLS de la ville de Vannes a été signé en 2017 avec l'ARS Bretagne et le Conseil départemental du Morbihan.", "Bretagne"},
		// no région in the text: the territory's own, from the official
		// geography — never one read from "Nord", "Réunion", "Vienne" or "Lot"
		{"La Communauté de communes Aunis Sud a signé son contrat local de santé le 3 juin 2022 avec la CPTS Aunis Nord.", "Nouvelle-Aquitaine"},
		{"Le contrat local de santé de la ville de Lunéville a été signé en 2018 après une réunion publique.", "Grand Est"},
		{"Le contrat local de santé de la ville d'Épinal a été signé en 2018. Il a été présenté lors d'une Réunion publique.", "Grand Est"},
		{"Réunion de lancement\nLe contrat local de santé de la ville de Sedan a été signé le 4 mai 2021.", "Grand Est"},
		{"Le CLS de Vienne Condrieu Agglomération a été signé en 2017.", "Auvergne-Rhône-Alpes"},
		{"Le contrat local de santé de Nord Ouest Vienne a été signé le 28 mars 2018.", ""},
		{"Le contrat local de santé de la commune de Charleville a été signé en 2017 avec l'ARS.", "Grand Est"},
		{"Le CLS de la ville de Cahors a été signé le 10 octobre 2019 : le Lot en est le premier bénéficiaire.", "Occitanie"},
		// a département's name inside a territory's name is no département
		{"Le contrat local de santé de la Communauté d'agglomération Coteaux de la Marne a été signé en 2019.", ""},
		// no région anywhere: a name no place bears
		{"Le contrat local de santé du Pays des Trois Rivières Imaginaires a été signé en 2017.", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			checkString(t, "region", doc.Contracts[0].Region, c.region)
		})
	}
	t.Run("a commune named like a département", func(t *testing.T) {
		t.Skip("known limitation: \"la ville de Vienne\" (Isère) reads as the département of the Vienne (Nouvelle-Aquitaine)")
		doc := FromText("test", "Le contrat local de santé de la ville de Vienne a été signé en 2016.", nil)
		if len(doc.Contracts) != 1 {
			t.Fatalf("want 1 contract, got %s", describeContracts(doc))
		}
		checkString(t, "region", doc.Contracts[0].Region, "")
	})
}

// Whole pages as communities and newspapers publish them.
func TestRealisticPages(t *testing.T) {
	t.Run("news item on a second CLS", func(t *testing.T) {
		text := `Actualités
Signature du Contrat Local de Santé du Grand Narbonne
Publié le 15/03/2023
Le 9 mars 2023, le Grand Narbonne, l'Agence Régionale de Santé Occitanie, la Préfecture de l'Aude, le Conseil départemental de l'Aude et la CPAM de l'Aude ont signé le deuxième Contrat Local de Santé du territoire, pour la période 2023-2027.
Ce nouveau contrat fait suite au premier CLS signé en 2017.
Il s'articule autour de 4 axes stratégiques :
• Favoriser l'accès aux soins et à la prévention
• Promouvoir la santé mentale
• Agir sur l'environnement et le cadre de vie
• Accompagner le vieillissement
Contact presse : Julie Martin – 04 68 58 14 58`
		doc := checkDocument(t, text,
			want{territory: "Grand Narbonne", region: "Occitanie", gen: 2, signed: "2023-03-09", start: 2023, end: 2027},
			want{territory: "Grand Narbonne", region: "Occitanie", gen: 1, signed: "2017", start: 2017})
		checkParties(t, doc.Contracts[0], "Grand Narbonne", "Agence Régionale de Santé Occitanie", "Préfecture de l'Aude", "Conseil départemental de l'Aude", "CPAM de l'Aude")
		if len(doc.Contracts[0].Axes) != 4 || len(doc.Contracts[1].Axes) != 0 {
			t.Errorf("axes: %d for the second CLS (want 4), %d for the first (want 0)", len(doc.Contracts[0].Axes), len(doc.Contracts[1].Axes))
		}
		checkParties(t, doc.Contracts[1])
	})
	t.Run("sections per contract", func(t *testing.T) {
		text := `Contrat Local de Santé

CLS 1 (2015-2019)
Le premier contrat local de santé de la Communauté de communes du Haut-Béarn a été signé le 8 juillet 2015.

CLS 2 (2020-2024)
Le deuxième contrat local de santé a été signé le 12 février 2020. Il comporte 3 axes :
- l'accès aux soins
- la prévention
- la santé mentale`
		doc := checkDocument(t, text,
			want{territory: "Haut-Béarn", tkind: "epci", gen: 1, signed: "2015-07-08", start: 2015, end: 2019},
			want{territory: "Haut-Béarn", tkind: "epci", gen: 2, signed: "2020-02-12", start: 2020, end: 2024})
		sameList(t, "axes of CLS 2", axesOf(doc.Contracts[1]), []string{"1 l'accès aux soins", "2 la prévention", "3 la santé mentale"})
		sameList(t, "axes of CLS 1", axesOf(doc.Contracts[0]), nil)
	})
	t.Run("intercommunality page", func(t *testing.T) {
		text := `Le Contrat Local de Santé (CLS) de Lorient Agglomération

Lorient Agglomération et l'ARS Bretagne ont signé le 12 mai 2019 un contrat local de santé pour une durée de 5 ans. Ce contrat, le premier à l'échelle de l'agglomération, associe le CH de Bretagne Sud, la CPAM du Morbihan et l'EPSM Charcot.

Les axes du CLS
Axe 1 : Accès aux soins
Axe 2 : Santé mentale
Axe 3 : Santé environnement`
		doc := checkDocument(t, text,
			want{territory: "Lorient Agglomération", tkind: "epci", region: "Bretagne", signed: "2019-05-12", start: 2019, end: 2024, dur: 5})
		sameList(t, "axes", axesOf(doc.Contracts[0]), []string{"1 Accès aux soins", "2 Santé mentale", "3 Santé environnement"})
		if got := strings.Join(doc.Contracts[0].Themes, ","); got != "acces_soins,sante_mentale,sante_environnement" {
			t.Errorf("themes = %s", got)
		}
	})
	t.Run("fiche of a regional agency", func(t *testing.T) {
		text := `Contrat local de santé de la Communauté de communes du Pays de Fayence
Date de signature : 15/09/2021
Durée : 5 ans
Signataires : l'ARS Provence-Alpes-Côte d'Azur, la Préfecture du Var, la Communauté de communes du Pays de Fayence`
		doc := checkDocument(t, text,
			want{territory: "Pays de Fayence", tkind: "epci", region: "Provence-Alpes-Côte d'Azur", signed: "2021-09-15", start: 2021, end: 2026, dur: 5})
		checkParties(t, doc.Contracts[0], "ARS Provence-Alpes-Côte d'Azur", "Préfecture du Var", "Communauté de communes du Pays de Fayence")
	})
}

// What prefigures a CLS is a protocole, whatever its name.
func TestPrefigurationIsProtocole(t *testing.T) {
	for _, text := range []string{
		"La commune de Vitré a signé le 3 mai 2021 une charte d'engagement vers un contrat local de santé.",
		"Le contrat local de santé de préfiguration de la ville de Redon a été signé en 2020.",
		"La Communauté de communes du Val d'Ille a signé en 2019 un contrat de préfiguration.",
		"Une charte partenariale a été signée le 2 juin 2022 par la ville de Dinan et l'ARS.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := FromText("test", text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			if k := doc.Contracts[0].Kind; k != "protocole" {
				t.Errorf("kind = %q, want protocole", k)
			}
		})
	}
}

// The contract a page's title and lead are about is a contract without a
// year; an earlier one it mentions keeps its own.
func TestLeadContractWithoutYear(t *testing.T) {
	text := "Ajaccio : la Ville signe son deuxième contrat local de santé\n\nLa Ville d'Ajaccio et l'ARS de Corse ont signé vendredi le deuxième contrat local de santé de la commune, pour une durée de cinq ans.\n\nCe nouveau contrat prolonge le premier CLS, signé en 2016."
	checkDocument(t, text,
		want{territory: "Ajaccio", tkind: "commune", region: "Corse", gen: 2, dur: 5},
		want{territory: "Ajaccio", tkind: "commune", region: "Corse", gen: 1, signed: "2016", start: 2016})
}
