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

// The phrasings that name a contract's parties in running text: carriers,
// partners it is made with, lists after "signataires :" or a dash, a colon
// before a list of organisations in a sentence about the contract.
func TestContextPhrasings(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in   string
		want []namedKind
	}{
		{"Le contrat local de santé est porté à la fois par l'ARS Normandie et la Communauté urbaine de Cherbourg.",
			[]namedKind{{"ARS Normandie", "ars"}, {"Communauté urbaine de Cherbourg", "epci"}}},
		{"Porté en partenariat avec l'ARS Grand Est, le contrat local de santé compte cinq axes.", []namedKind{{"ARS Grand Est", "ars"}}},
		{"Le contrat local de santé, conclu entre l'ARS et la municipalité, compte quatre axes.", []namedKind{{"ARS", "ars"}, {"municipalité", "commune"}}},
		{"Le CLS a été construit avec le concours de la Mutualité Française et de la CAF du Tarn.", []namedKind{{"Mutualité Française", "mutual"}, {"CAF du Tarn", "caf"}}},
		{"Le contrat local de santé réunissant la Ville de Vierzon, la MSA Berry-Touraine et le centre hospitalier de Vierzon a été adopté.",
			[]namedKind{{"Ville de Vierzon", "commune"}, {"MSA Berry-Touraine", "msa"}, {"centre hospitalier de Vierzon", "hospital"}}},
		{"Les partenaires du contrat local de santé sont l'ARS Corse, la Collectivité de Corse et la CPAM.",
			[]namedKind{{"ARS Corse", "ars"}, {"Collectivité de Corse", "region"}, {"CPAM", "cpam"}}},
		{"La Mission locale rejoint les quatre autres signataires : l'ARS, la Ville de Niort, la CAF et la MSA.",
			[]namedKind{{"ARS", "ars"}, {"Ville de Niort", "commune"}, {"CAF", "caf"}, {"MSA", "msa"}}},
		{"Le contrat local de santé a été préparé avec des partenaires institutionnels – Préfecture du Cher, Région Centre-Val de Loire, Département du Cher.",
			[]namedKind{{"Préfecture du Cher", "prefecture"}, {"Région Centre-Val de Loire", "region"}, {"Département du Cher", "departement"}}},
		{"La métropole vote son contrat local de santé. Ce dernier coordonne les acteurs du territoire : l'ARS, la CPAM, le CHU de Caen et la CAF.",
			[]namedKind{{"ARS", "ars"}, {"CPAM", "cpam"}, {"CHU de Caen", "hospital"}, {"CAF", "caf"}}},
		{"En 2022, les communautés de communes ont confié le pilotage du contrat local de santé au Parc naturel régional du Morvan.",
			[]namedKind{{"Parc naturel régional du Morvan", "other"}}},
		{"La commune a confié l'animation du CLS à la Mutualité Française Bourgogne.", []namedKind{{"Mutualité Française Bourgogne", "mutual"}}},
		{"Parmi les partenaires du contrat local de santé, on trouve la CPAM de l'Ain et le centre hospitalier de Bourg.",
			[]namedKind{{"CPAM de l'Ain", "cpam"}, {"centre hospitalier de Bourg", "hospital"}}},
		{"Parmi les signataires du CLS figurent l'ARS Bretagne et la CAF du Finistère.", []namedKind{{"ARS Bretagne", "ars"}, {"CAF du Finistère", "caf"}}},
		{"Le Département de la Mayenne est un partenaire privilégié du contrat local de santé.", []namedKind{{"Département de la Mayenne", "departement"}}},
		{"La CAF de l'Yonne et la MSA Bourgogne sont également signataires du CLS.", []namedKind{{"CAF de l'Yonne", "caf"}, {"MSA Bourgogne", "msa"}}},
		// no parties
		{"Le centre hospitalier est partenaire de nombreuses associations du territoire.", nil},
		{"Le maire a confié la rédaction du rapport à un cabinet.", nil},
		{"Parmi les priorités du contrat local de santé, on trouve la santé mentale et la nutrition.", nil},
		{"Le contrat local de santé s'articule autour de trois axes : la prévention, l'accès aux soins et la santé mentale.", nil},
		{"Partenaires : CPAM, CAF, Mission locale", nil},
		{"Les ateliers ont réuni les habitants : l'ARS, la CPAM et la CAF y ont présenté leurs services.", nil},
		// a dated signing clause gives its parties to the contract it dates
		{"La Ville a signé un contrat local de santé en 2014 avec divers partenaires comme l'ARS et la CAF.", nil},
	}
	for _, tt := range cases {
		bs := splitBlocks(Normalize(tt.in), rules.Default().Months)
		if len(bs) != 1 {
			t.Fatalf("%q: %d blocks", tt.in, len(bs))
		}
		checkPartyKinds(t, tt.in, l.contextParties(bs[0]), tt.want)
	}
}

// The subject of a verb of parties whose object names the contract a little
// further on.
func TestSubjectFarFromContract(t *testing.T) {
	l := lexiconFor(rules.Default())
	in := "Ce 4 mars, la Communauté de communes du Pays de Lunel et l'ARS Occitanie ont renouvelé leur engagement en faveur de la santé des habitants du territoire avec la signature du deuxième contrat local de santé."
	bs := splitBlocks(Normalize(in), rules.Default().Months)
	checkPartyKinds(t, in, l.contextParties(bs[0]), []namedKind{{"Communauté de communes du Pays de Lunel", "epci"}, {"ARS Occitanie", "ars"}})
}
