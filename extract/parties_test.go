package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// enumeration reads the organisations of a one-line text, as the parties of
// a clause are read.
func enumeration(t *testing.T, l *lexicon, text string) []party {
	t.Helper()
	bs := splitBlocks(Normalize(text), rules.Default().Months)
	if len(bs) != 1 {
		t.Fatalf("%q: %d blocks", text, len(bs))
	}
	return l.parties(bs[0], 0, len(bs[0].fold.Text), false)
}

func partyNames(ps []party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.name)
	}
	return out
}

func TestCleanParty(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in, name, kind string // name "" means dropped
	}{
		{"l'Agence Régionale de Santé Nouvelle-Aquitaine", "Agence Régionale de Santé Nouvelle-Aquitaine", "ars"},
		{"la Préfecture de Lot-et-Garonne", "Préfecture de Lot-et-Garonne", "prefecture"},
		{"le Département de Loir-et-Cher", "Département de Loir-et-Cher", "departement"},
		{"les Hôpitaux de Saint-Maurice", "Hôpitaux de Saint-Maurice", "hospital"},
		{"la CAF de la Charente-Maritime,", "CAF de la Charente-Maritime", "caf"},
		{"Santé Escale 41", "Santé Escale 41", "other"},
		{"Oppelia", "Oppelia", "other"},
		{"les habitants", "", ""},
		{"les associations", "", ""},
		{"les associations du quartier", "", ""},
		{"l'ensemble des acteurs", "", ""},
		{"nos partenaires", "", ""},
		{"tous ses partenaires", "", ""},
		{"les professionnels de santé du territoire", "", ""},
		{"les collectivités", "", ""},
		{"la population", "", ""},
		{"Mme Marie Dupont", "", ""},
		{"M. Patrick Martin", "", ""},
		{"Docteur Paul Lefèvre", "", ""},
		{"Sarah EBBO", "", ""},
		{"s.ebbo@terresdesconfluences.fr", "", ""},
		{"06 31 18 13 80", "", ""},
		{"Tél. 02 54 51 31 03", "", ""},
		{"www.ars.sante.fr", "", ""},
		{"dans le cadre d'une démarche participative", "", ""},
		{"en 2019", "", ""},
		{"pour une durée de 3 ans", "", ""},
		{"afin de réduire les inégalités", "", ""},
		{"des actions concrètes menées sur le territoire", "", ""},
	}
	for _, c := range cases {
		p, ok := l.cleanParty(segment{text: c.in, span: Span{Start: 0, End: len([]rune(c.in))}})
		switch {
		case c.name == "" && ok:
			t.Errorf("cleanParty(%q) = %q (%s), want dropped", c.in, p.name, p.kind)
		case c.name != "" && !ok:
			t.Errorf("cleanParty(%q) dropped, want %q", c.in, c.name)
		case ok && (p.name != c.name || p.kind != c.kind):
			t.Errorf("cleanParty(%q) = %q (%s), want %q (%s)", c.in, p.name, p.kind, c.name, c.kind)
		}
	}
}

func TestOrgKind(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct{ name, kind string }{
		{"ARS", "ars"},
		{"ARS Occitanie", "ars"},
		{"Agence Régionale de Santé Centre-Val de Loire", "ars"},
		{"Agence régionale de santé", "ars"},
		{"DDARS 82", "ars"},
		{"Direction Départementale de l'Agence Régionale de Santé 82 (DDARS)", "ars"},
		{"Délégation départementale de l'ARS du Var", "ars"},
		{"Délégation territoriale de l'Agence régionale de santé", "ars"},
		{"Préfecture du Var", "prefecture"},
		{"préfet", "prefecture"},
		{"Sous-préfecture de Brive", "prefecture"},
		{"Etat", "prefecture"},
		{"l'État", "prefecture"},
		{"Conseil départemental de Tarn-et-Garonne", "departement"},
		{"Département de Lot-et-Garonne", "departement"},
		{"Conseil général de la Drôme", "departement"},
		{"Région Centre-Val de Loire", "region"},
		{"Conseil régional d'Occitanie", "region"},
		{"Ville de Blois", "commune"},
		{"commune de Grasse", "commune"},
		{"Mairie de Millau", "commune"},
		{"Communauté de communes du Briançonnais", "epci"},
		{"communauté de commune du pays d'Apt", "epci"},
		{"Communauté d'agglomération du Grand Cognac", "epci"},
		{"Communauté urbaine de Dunkerque", "epci"},
		{"Métropole Nice Côte d'Azur", "epci"},
		{"Agglomération d'Agen", "epci"},
		{"PETR du Pays de Langres", "epci"},
		{"Pays des Châteaux", "epci"},
		{"CPAM 41", "cpam"},
		{"CPAM de la Charente-Maritime", "cpam"},
		{"Caisse Primaire d'Assurance Maladie de Lot-et-Garonne", "cpam"},
		{"Caisse Primaire de l'Assurance Maladie 41", "cpam"},
		{"Assurance Maladie des Hautes-Alpes", "cpam"},
		{"CAF 82", "caf"},
		{"Caisse d'Allocations Familiales (CAF) de la Charente-Maritime", "caf"},
		{"MSA", "msa"},
		{"MSA des Charentes", "msa"},
		{"Mutualité Sociale Agricole de Dordogne et Lot-et-Garonne", "msa"},
		{"Mutualité Française du Lot-et-Garonne", "mutual"},
		{"Mutuelle Générale de l'Éducation Nationale", "mutual"},
		{"CPTS Aunis Nord", "cpts"},
		{"CPTS Quercy Garonne", "cpts"},
		{"Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre", "cpts"},
		{"Communauté Professionnelle Territoriales de Santé (CPTS) Aunis Nord", "cpts"},
		{"DAC 82", "social"},
		{"Dispositif d'Appui à la Coordination du Gers", "social"},
		{"CCAS de Blois", "social"},
		{"CIAS du Blaisois", "social"},
		{"Centre Intercommunal d'Action Sociale du Blaisois", "social"},
		{"mission locale de l'Agenais, de l'Albret et du Confluent", "social"},
		{"Association Addictions France", "social"},
		{"CH de Blois", "hospital"},
		{"CHU de Bordeaux", "hospital"},
		{"CHI de Castelsarrasin-Moissac", "hospital"},
		{"Centre Hospitalier Intercommunal de Castelsarrasin-Moissac", "hospital"},
		{"Centre Hospitalier Agen-Nérac", "hospital"},
		{"Centre Hospitalier Départemental La Candélie", "hospital"},
		{"clinique Saint-Hilaire", "hospital"},
		{"GHT Vendée", "hospital"},
		{"Groupement Hospitalier La Rochelle-Ré-Aunis", "hospital"},
		{"EPSM Georges Mazurelle", "hospital"},
		{"union briançonnaise des établissements et services de santé (UBRAC)", "hospital"},
		{"Education Nationale", "education"},
		{"Éducation nationale", "education"},
		{"DSDEN de la Mayenne", "education"},
		{"Rectorat de l'académie de Rennes", "education"},
		{"Oppelia", ""},
		{"Santé Escale 41", ""},
	}
	for _, c := range cases {
		if got := l.orgKind(c.name); got != c.kind {
			t.Errorf("orgKind(%q) = %q, want %q", c.name, got, c.kind)
		}
	}
}

// End to end: the parties each way of writing them gives.
func TestContractParties(t *testing.T) {
	cases := []struct {
		name, text string
		parties    []string // name (kind)
	}{
		{"subject of ont signé", "Le 4 mai 2021, la Ville de Cahors, l'ARS Occitanie, la Préfecture du Lot, la CPAM du Lot et la Mutualité Sociale Agricole Midi-Pyrénées Nord ont signé le contrat local de santé.",
			[]string{"Ville de Cahors (commune)", "ARS Occitanie (ars)", "Préfecture du Lot (prefecture)", "CPAM du Lot (cpam)", "Mutualité Sociale Agricole Midi-Pyrénées Nord (msa)"}},
		{"signé entre X, Y et Z", "Le contrat local de santé a été signé le 12 juin 2019 entre la Communauté de communes du Pays de Lumbres, l'Agence Régionale de Santé Hauts-de-France et le Conseil départemental du Pas-de-Calais.",
			[]string{"Communauté de communes du Pays de Lumbres (epci)", "Agence Régionale de Santé Hauts-de-France (ars)", "Conseil départemental du Pas-de-Calais (departement)"}},
		{"signé entre, then a duration", "Un contrat local de santé a été signé en juin 2015, pour une durée de 3 ans, entre la commune de Fréjus, l'ARS et la préfecture du Var.",
			[]string{"commune de Fréjus (commune)", "ARS (ars)", "préfecture du Var (prefecture)"}},
		{"signé par", "Le contrat local de santé de la ville de Pau a été signé le 8 février 2019 par la Ville de Pau, l'ARS Nouvelle-Aquitaine et le CH de Pau.",
			[]string{"Ville de Pau (commune)", "ARS Nouvelle-Aquitaine (ars)", "CH de Pau (hospital)"}},
		{"signé avec : and a list", `La Communauté de communes Val de Garonne a signé son contrat local de santé le 9 mai 2022 avec :
- l'Agence Régionale de Santé (ARS) Nouvelle-Aquitaine,
- la Préfecture de Lot-et-Garonne,
- la Caisse Primaire d'Assurance Maladie (CPAM) de Lot-et-Garonne,
- le Centre Hospitalier Intercommunal Marmande-Tonneins,
- la CAF de Lot-et-Garonne.`,
			[]string{"Communauté de communes Val de Garonne (epci)", "Agence Régionale de Santé (ARS) Nouvelle-Aquitaine (ars)", "Préfecture de Lot-et-Garonne (prefecture)",
				"Caisse Primaire d'Assurance Maladie (CPAM) de Lot-et-Garonne (cpam)", "Centre Hospitalier Intercommunal Marmande-Tonneins (hospital)", "CAF de Lot-et-Garonne (caf)"}},
		{"ENTRE : … ET : …", `Le contrat local de santé de la ville de Laval a été signé le 3 février 2020.
ENTRE :
- la Ville de Laval, représentée par son Maire,
- l'Agence Régionale de Santé des Pays de la Loire, représentée par son Directeur général,
ET :
- la Préfecture de la Mayenne,
- le Conseil départemental de la Mayenne.`,
			[]string{"Ville de Laval (commune)", "Agence Régionale de Santé des Pays de la Loire (ars)", "Préfecture de la Mayenne (prefecture)", "Conseil départemental de la Mayenne (departement)"}},
		{"Les signataires heading", `Le contrat local de santé de la Communauté de communes du Pays de Château-Gontier a été signé en 2019.

Les signataires
- L'Agence Régionale de Santé Pays de la Loire
- La Préfecture de la Mayenne
- La CPAM de la Mayenne
- Le Centre Hospitalier du Haut-Anjou`,
			[]string{"Communauté de communes du Pays de Château-Gontier (epci)", "Agence Régionale de Santé Pays de la Loire (ars)", "Préfecture de la Mayenne (prefecture)", "CPAM de la Mayenne (cpam)", "Centre Hospitalier du Haut-Anjou (hospital)"}},
		{"Les partenaires heading", `Le deuxième contrat local de santé de la Communauté de communes du Quercy Blanc couvre la période 2023-2027.

Les partenaires
• La Direction Départementale de l'Agence Régionale de Santé 46 (DDARS)
• Le Conseil Départemental du Lot
• La CAF 46
• LE DAC 46 (Dispositif d'Appui à la Coordination)
• CPTS Quercy Blanc`,
			[]string{"Communauté de communes du Quercy Blanc (epci)", "Direction Départementale de l'Agence Régionale de Santé 46 (DDARS) (ars)", "Conseil Départemental du Lot (departement)",
				"CAF 46 (caf)", "DAC 46 (Dispositif d'Appui à la Coordination) (social)", "CPTS Quercy Blanc (cpts)"}},
		{"Les signataires du CLS :", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022.\nLes signataires du CLS :\n- l'ARS Normandie ;\n- la Préfecture de la Seine-Maritime ;\n- la CPAM du Havre.",
			[]string{"ville de Fécamp (commune)", "ARS Normandie (ars)", "Préfecture de la Seine-Maritime (prefecture)", "CPAM du Havre (cpam)"}},
		{"signé … par :", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022 par :\n- l'ARS Normandie\n- la Préfecture de la Seine-Maritime",
			[]string{"ville de Fécamp (commune)", "ARS Normandie (ars)", "Préfecture de la Seine-Maritime (prefecture)"}},
		{"Ont signé ce contrat :", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022.\nOnt signé ce contrat :\n- l'ARS Normandie\n- la Préfecture de la Seine-Maritime",
			[]string{"ville de Fécamp (commune)", "ARS Normandie (ars)", "Préfecture de la Seine-Maritime (prefecture)"}},
		{"Partenaires signataires :", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022.\nPartenaires signataires :\n- ARS Normandie\n- Préfecture de la Seine-Maritime",
			[]string{"ville de Fécamp (commune)", "ARS Normandie (ars)", "Préfecture de la Seine-Maritime (prefecture)"}},
		{"Les partenaires du contrat local de santé", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022.\nLes partenaires du contrat local de santé\n- ARS Normandie\n- Mission locale du Pays des Hautes Falaises\n- Association Addictions France",
			[]string{"ville de Fécamp (commune)", "ARS Normandie (ars)", "Mission locale du Pays des Hautes Falaises (social)", "Association Addictions France (social)"}},
		{"signé entre :", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022 entre :\n- la Ville de Fécamp,\n- l'Agence Régionale de Santé de Normandie.",
			[]string{"Ville de Fécamp (commune)", "Agence Régionale de Santé de Normandie (ars)"}},
		{"Signataires : inline", "Contrat local de santé de la Communauté de communes du Pays de Fayence\nDate de signature : 15/09/2021\nSignataires : l'ARS Provence-Alpes-Côte d'Azur, la Préfecture du Var, la Communauté de communes du Pays de Fayence",
			[]string{"ARS Provence-Alpes-Côte d'Azur (ars)", "Préfecture du Var (prefecture)", "Communauté de communes du Pays de Fayence (epci)"}},
		{"a list that is not of parties", "Le contrat local de santé de la ville de Fécamp a été signé le 4 avril 2022 avec l'ARS Normandie.\nNos actions :\n- Forum santé jeunes\n- Semaine d'information sur la santé mentale",
			[]string{"ville de Fécamp (commune)", "ARS Normandie (ars)"}},
		{"en associant de nombreux partenaires", "Le CLS de la commune de Millau a été élaboré à partir d'un diagnostic en associant de nombreux partenaires : l'ARS Occitanie, la CPAM de l'Aveyron, la CPTS du Sud Aveyron, le Département de l'Aveyron, le Centre Hospitalier de Millau, les associations et les habitants. Il a été signé le 2 mars 2020.",
			[]string{"commune de Millau (commune)", "ARS Occitanie (ars)", "CPAM de l'Aveyron (cpam)", "CPTS du Sud Aveyron (cpts)", "Département de l'Aveyron (departement)", "Centre Hospitalier de Millau (hospital)"}},
		{"names with commas and et", "Ce mardi 3 décembre 2019, l'Agence Régionale de Santé Nouvelle-Aquitaine, l'Agglomération d'Agen, la Mutualité Sociale Agricole de Dordogne et Lot-et-Garonne, la Mutualité Française du Lot-et-Garonne et la mission locale de l'Agenais, de l'Albret et du Confluent ont signé le Contrat Local de Santé.",
			[]string{"Agence Régionale de Santé Nouvelle-Aquitaine (ars)", "Agglomération d'Agen (epci)", "Mutualité Sociale Agricole de Dordogne et Lot-et-Garonne (msa)",
				"Mutualité Française du Lot-et-Garonne (mutual)", "mission locale de l'Agenais, de l'Albret et du Confluent (social)"}},
		{"acronyms", "Le contrat local de santé de la Communauté de communes du Pays de Saint-Gilles a été signé en 2020 avec le DAC 85, le GHT Vendée, l'EPSM Georges Mazurelle, le CHD Vendée, la MSA Loire-Atlantique Vendée et la CAF 85.",
			[]string{"Communauté de communes du Pays de Saint-Gilles (epci)", "DAC 85 (social)", "GHT Vendée (hospital)", "EPSM Georges Mazurelle (hospital)", "CHD Vendée (hospital)", "MSA Loire-Atlantique Vendée (msa)", "CAF 85 (caf)"}},
		{"associations in general dropped", "Le contrat local de santé a été signé le 4 octobre 2022 entre la Ville de Bordeaux, l'ARS Nouvelle-Aquitaine, le CHU de Bordeaux et les associations du quartier.",
			[]string{"Ville de Bordeaux (commune)", "ARS Nouvelle-Aquitaine (ars)", "CHU de Bordeaux (hospital)"}},
		{"contact details dropped", "Le contrat local de santé de la ville de Lens a été signé en 2019.\nContact : Jean MARTIN, coordinateur CLS\njean.martin@ville-lens.fr\n03 21 69 86 86",
			nil},
		{"the territory is a party of its contract", "Le contrat local de santé de la Communauté de communes du Lodévois et Larzac a été signé le 6 juin 2019 avec l'ARS Occitanie et la CPAM de l'Hérault.",
			[]string{"Communauté de communes du Lodévois et Larzac (epci)", "ARS Occitanie (ars)", "CPAM de l'Hérault (cpam)"}},
		{"a bare territory name gets its designation", "La Communauté de communes Aunis Sud porte le CLS. Aunis Sud, l'ARS et la CAF de la Charente-Maritime ont signé le contrat local de santé le 2 juin 2021.",
			[]string{"Communauté de communes Aunis Sud (epci)", "ARS (ars)", "CAF de la Charente-Maritime (caf)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			var got []string
			for _, s := range doc.Contracts[0].Signatories {
				got = append(got, s.Name+" ("+s.Kind+")")
			}
			if strings.Join(got, " | ") != strings.Join(c.parties, " | ") {
				t.Errorf("\n got %q\nwant %q", got, c.parties)
			}
		})
	}
}

// People who sign for an organisation are not parties.
func TestPeopleAreNotParties(t *testing.T) {
	text := "Le contrat local de santé de la ville d'Arles a été signé le 15 avril 2019 par M. Patrick de Carolis, maire d'Arles, et Mme Marie Dupont, directrice de la délégation départementale de l'ARS."
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 1 {
		t.Fatalf("want 1 contract, got %s", describeContracts(doc))
	}
	for _, s := range doc.Contracts[0].Signatories {
		if strings.Contains(s.Name, "Carolis") || strings.Contains(s.Name, "Dupont") || strings.HasPrefix(s.Name, "M.") || strings.HasPrefix(s.Name, "Mme") {
			t.Errorf("signatory %q is a person", s.Name)
		}
	}
}

// Evidence spans of parties point at their names in the normalised text.
func TestPartyEvidence(t *testing.T) {
	text := "Le 4 mai 2021, la Ville de Cahors, l'ARS Occitanie et la CPAM du Lot ont signé le contrat local de santé."
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != 1 {
		t.Fatalf("want 1 contract, got %s", describeContracts(doc))
	}
	rs := []rune(doc.Text)
	for _, s := range doc.Contracts[0].Signatories {
		e := s.Evidence
		if e.Start < 0 || e.End > len(rs) || e.Start >= e.End {
			t.Errorf("%q: bad span %+v", s.Name, e)
			continue
		}
		if got := string(rs[e.Start:e.End]); got != s.Name {
			t.Errorf("%q: span holds %q", s.Name, got)
		}
	}
}

type namedKind struct{ name, kind string }

func partyKinds(ps []party) []namedKind {
	var out []namedKind
	for _, p := range ps {
		out = append(out, namedKind{p.name, p.kind})
	}
	return out
}

func checkPartyKinds(t *testing.T, in string, got []party, want []namedKind) {
	t.Helper()
	if g := partyKinds(got); !reflect.DeepEqual(g, want) {
		t.Errorf("%q:\n got %v\nwant %v", in, g, want)
	}
}

// Party contexts: any sentence about the contract names parties after a
// carrier, a co-pilot, a count of partners, or as the subject of a verb
// whose object is the contract.
func TestContextParties(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in   string
		want []namedKind
	}{
		{"Le contrat local de santé est porté conjointement par la Communauté de communes du Bugey et l'ARS.", []namedKind{{"Communauté de communes du Bugey", "epci"}, {"ARS", "ars"}}},
		{"Co-piloté par le Département, le PETR et l'ARS, ce contrat engage également l'Etat et la CPAM.", []namedKind{
			{"Département", "departement"}, {"PETR", "epci"}, {"ARS", "ars"}, {"Etat", "prefecture"}, {"CPAM", "cpam"}}},
		{"Le CLS compte 9 signataires, dont la Ville de Millau, la MSA et la CAF de l'Aveyron.", []namedKind{{"Ville de Millau", "commune"}, {"MSA", "msa"}, {"CAF de l'Aveyron", "caf"}}},
		{"Le CLS réunit quinze partenaires, parmi lesquels l'ARS, le CHU de Brest et la Région.", []namedKind{{"ARS", "ars"}, {"CHU de Brest", "hospital"}, {"Région", "region"}}},
		{"La Ville de Sète, l'ARS et leurs partenaires renouvellent leur contrat local de santé.", []namedKind{{"Ville de Sète", "commune"}, {"ARS", "ars"}}},
		// officialised "avec l'État": the State is a party too
		{"Le Grand Villeneuvois officialise son CLS avec l'État.", []namedKind{{"État", "prefecture"}, {"Grand Villeneuvois", "other"}}},
		{"Le contrat est signé aux côtés de la Préfecture de la Creuse et du Conseil régional.", []namedKind{{"Préfecture de la Creuse", "prefecture"}, {"Conseil régional", "region"}}},
		{"Les représentants de la Ville, du Département et de la CPAM se sont réunis pour signer le CLS.", []namedKind{{"Ville", "commune"}, {"Département", "departement"}, {"CPAM", "cpam"}}},
		{"Le contrat local de santé, soutenu par la Caisse d'Allocations Familiales, est entré en vigueur.", []namedKind{{"Caisse d'Allocations Familiales", "caf"}}},
		// not a party context
		{"Le Projet Régional de Santé porté par l'ARS fixe les priorités du contrat.", nil},
		{"L'action est pilotée par la CPAM dans le cadre du CLS.", nil},
		{"Les acteurs s'engagent à réaliser les actions.", nil},
		{"La commune a été portée par ses habitants.", nil},
	}
	for _, tt := range cases {
		bs := splitBlocks(Normalize(tt.in), rules.Default().Months)
		if len(bs) != 1 {
			t.Fatalf("%q: %d blocks", tt.in, len(bs))
		}
		checkPartyKinds(t, tt.in, l.contextParties(bs[0]), tt.want)
	}
}

// One organisation named twice is one party, under its fuller name; two
// organisations of one kind and different places stay two.
func TestSameOrganisationOnce(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Le contrat local de santé de la ville de Vire a été signé le 3 mai 2022 par l'ARS et la CPAM du Calvados. L'Agence Régionale de Santé Normandie a également signé ce contrat.",
			[]string{"ville de Vire", "Agence Régionale de Santé Normandie", "CPAM du Calvados"}},
		{"Le contrat local de santé du Pays de Redon a été signé le 3 mai 2022 par le Département d'Ille-et-Vilaine et le Département du Morbihan.",
			[]string{"Département d'Ille-et-Vilaine", "Département du Morbihan"}},
		{"Le contrat local de santé de la ville de Sète a été signé le 3 mai 2022 par l'ARS Occitanie, la ville de Sète et l'ARS.",
			[]string{"ARS Occitanie", "ville de Sète"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			var got []string
			for _, s := range doc.Contracts[0].Signatories {
				got = append(got, s.Name)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("signatories:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// The signature block of a formal contract names its parties.
func TestSignatureBlock(t *testing.T) {
	text := signedLine + "Fait à Vesoul, le 5 mai 2021.\nPour l'Agence Régionale de Santé Bourgogne-Franche-Comté,\nLe Directeur général\nPour la Ville de Vesoul, le Maire\nPour le Conseil départemental de la Haute-Saône\nPour les habitants, le dispositif permet de mieux se soigner."
	ct := oneContract(t, text)
	var got []string
	for _, s := range ct.Signatories {
		got = append(got, s.Name+" ("+s.Kind+")")
	}
	want := []string{"Agence Régionale de Santé Bourgogne-Franche-Comté (ars)", "Ville de Vesoul (commune)", "Conseil départemental de la Haute-Saône (departement)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("signatories:\n got %q\nwant %q", got, want)
	}
}
