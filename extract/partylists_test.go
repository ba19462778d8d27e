package extract

import (
	"sort"
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
			// the order of parties is not the point here
			got := signatoriesOf(t, c.text)
			want := append([]string{}, c.want...)
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
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

// A formal contract sets out one party per paragraph, each with its address
// and who represents it; a PDF may make such lines headings.
func TestFormalPartyList(t *testing.T) {
	checkSignatories(t, []signatoryCase{
		{"entre d'une part, et d'autre part", `Contrat Local de Santé du Pays Lédonien 2021-2025

Entre d'une part,

L'Agence Régionale de Santé de Bourgogne-Franche-Comté, 3 rue Louis Pasteur, 21000 Dijon, Représentée par son Directeur Général, Monsieur Jean DUPONT

Et d'autre part,

Le Pays Lédonien, 4 avenue Jean Moulin, 39000 Représenté par son Président, Monsieur Paul MARTIN

La Préfecture du Jura Représentée par le Préfet, Monsieur Luc DURAND

Le Conseil Départemental du Jura Représenté par son Président, Monsieur Marc PETIT

L'Association Prévention Jura Santé Représentée par sa Présidente, Madame Anne ROBERT

La Caisse d'Allocations Familiales du Jura Représentée par sa directrice, Madame Julie SIMON`,
			[]string{"Agence Régionale de Santé de Bourgogne-Franche-Comté (ars)", "Pays Lédonien (epci)", "Préfecture du Jura (prefecture)",
				"Conseil Départemental du Jura (departement)", "Association Prévention Jura Santé (social)", "Caisse d'Allocations Familiales du Jura (caf)"}},
		{"a name of no kind word, with its representative", `Le contrat local de santé a été signé le 5 mai 2022 entre d'une part,

La Ville de Dole Représentée par son Maire, Monsieur Jean BERNARD

Et d'autre part,

Le Réseau Santé Nord Jura Représenté par son président, le Docteur Pierre LEROY

La CPAM du Jura Représentée par son directeur, Monsieur Eric MOREAU`,
			[]string{"Ville de Dole (commune)", "Réseau Santé Nord Jura (other)", "CPAM du Jura (cpam)"}},
		{"partners announced mid-sentence", `Le contrat local de santé 2023-2027 de la Communauté de communes du Grand Figeac a été présenté le 3 juin 2023. Le président a réuni les neuf partenaires suivants pour sa signature :
- De l'Agence Régionale de Santé Occitanie
- Du Centre Hospitalier de Figeac
- De la Mutualité Sociale Agricole Midi-Pyrénées Nord`,
			[]string{"Communauté de communes du Grand Figeac (epci)", "Agence Régionale de Santé Occitanie (ars)", "Centre Hospitalier de Figeac (hospital)", "Mutualité Sociale Agricole Midi-Pyrénées Nord (msa)"}},
	})
}

// A sentence and the list under it name the same partners: each once, under
// its fuller name.
func TestSentenceAndListOnce(t *testing.T) {
	checkSignatories(t, []signatoryCase{
		{"short names, then the list", `La Communauté d'Agglomération du Grand Dax (CAGD) a renouvelé son contrat local de santé en mars 2023 avec ses partenaires, parmi lesquels l'hôpital Thermal Saint-Pierre, la CPTS des Landes et la CAGD.
Ses 3 signataires :
La Communauté d'Agglomération du Grand Dax
Le Centre Hospitalier Thermal Saint-Pierre de Dax
La Communauté Professionnelle Territoriale de Santé des Landes`,
			[]string{"Centre Hospitalier Thermal Saint-Pierre de Dax (hospital)", "Communauté Professionnelle Territoriale de Santé des Landes (cpts)", "Communauté d'Agglomération du Grand Dax (CAGD) (epci)"}},
		{"two of one kind stay two", "Le contrat local de santé a été signé le 3 mai 2022 par la Communauté de communes Val de Lauze Nord, la Communauté de communes Val de Lauze Sud et l'ARS.",
			[]string{"Communauté de communes Val de Lauze Nord (epci)", "Communauté de communes Val de Lauze Sud (epci)", "ARS (ars)"}},
	})
}

func TestAcronymOf(t *testing.T) {
	cases := []struct {
		acr, name string
		want      bool
	}{
		{"CAB", "Communauté d'Agglomération du Beauvaisis", true},
		{"CALL", "Communauté d'Agglomération de Lens-Liévin", true},
		{"CCVL", "Communauté de communes du Val de Loire", true},
		{"CAB", "Communauté d'Agglomération de Bastia Sud", false},
		{"Cab", "Communauté d'Agglomération du Beauvaisis", false},
		{"ARS", "Agence Régionale de Santé", true},
		{"CH", "Centre Hospitalier de Blaye", false},
		{"CAGD", "Communauté d'Agglomération du Grand Dax (CAGD)", true},
	}
	for _, c := range cases {
		if got := acronymOf(c.acr, c.name); got != c.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}

// Parties the text does not name in full: "la Mairie" is the territory's
// commune, a list after "plusieurs acteurs … :", a name the excerpt cuts.
func TestPartiesNotNamedInFull(t *testing.T) {
	checkSignatories(t, []signatoryCase{
		{"la Mairie is the commune", "Contrat local de santé de la commune d'Aubervilliers\nLe 12 mars 2021, la Mairie a signé le contrat local de santé avec l'ARS Île-de-France et la CPAM de Seine-Saint-Denis.",
			[]string{"commune d'Aubervilliers (commune)", "ARS Île-de-France (ars)", "CPAM de Seine-Saint-Denis (cpam)"}},
		{"la Mairie, no designation written", "Contrat local de santé d'Aubervilliers\nLe 12 mars 2021, la Mairie a signé le contrat local de santé avec l'ARS Île-de-France et la CPAM de Seine-Saint-Denis.",
			[]string{"Commune d'Aubervilliers (commune)", "ARS Île-de-France (ars)", "CPAM de Seine-Saint-Denis (cpam)"}},
		{"a list after words naming no party", "Le contrat local de santé a été signé le 8 juin 2022 par différents partenaires qui agissent ensemble : l'ARS Normandie, la CPAM de l'Orne et la Ville d'Argentan.",
			[]string{"ARS Normandie (ars)", "CPAM de l'Orne (cpam)", "Ville d'Argentan (commune)"}},
		{"a name cut by the end of the text", "Le contrat local de santé de la Ville de Vichy a été signé le 8 juin 2022 entre la Ville de Vichy, l'ARS Auvergne-Rhône-Alpes et la Communauté d",
			[]string{"Ville de Vichy (commune)", "ARS Auvergne-Rhône-Alpes (ars)"}},
		{"a whole name at the end of the text", "Le contrat local de santé de la Ville de Vichy a été signé le 8 juin 2022 entre la Ville de Vichy, l'ARS Auvergne-Rhône-Alpes et la CPAM de l'Allier",
			[]string{"Ville de Vichy (commune)", "ARS Auvergne-Rhône-Alpes (ars)", "CPAM de l'Allier (cpam)"}},
	})
}
