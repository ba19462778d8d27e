package extract

import (
	"strings"
	"testing"
)

// People by their titles, days that open a sentence, and a paragraph that
// speaks of the contract the one before names.
func TestPartiesOfTitlesAndParagraphs(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a préfet gives the préfecture of the place",
			"Le contrat local de santé de Kourou a été signé le 4 mai 2019 entre le préfet de Guyane, le directeur général de l'ARS et le maire de Kourou.",
			[]string{"Préfecture de Guyane", "ARS", "Ville de Kourou"}},
		{"a day opening the sentence is no party",
			"Jeudi, la commune de Redon et l'ARS Bretagne ont signé le contrat local de santé 2022-2026.",
			[]string{"commune de Redon", "ARS Bretagne"}},
		{"a paragraph opening on il speaks of the contract before",
			"Le contrat local de santé du Pays de Ploërmel couvre la période 2023-2027.\n\nIl est porté conjointement par la ville de Ploërmel et l'ARS Bretagne.",
			[]string{"ville de Ploërmel", "ARS Bretagne"}},
		{"a preamble on one line, its separators lost",
			"Contrat local de santé de Kourou 2019-2023 Entre Le Préfet de Guyane Le Directeur Général de l'Agence Régionale de Santé La Commune de Kourou Préambule Le contrat est un outil.",
			[]string{"Préfecture de Guyane", "Agence Régionale de Santé", "Commune de Kourou"}},
		{"Entre that is part of a name opens no list",
			"Le contrat local de santé 2022-2026 de la communauté de communes Entre Loire et Allier est signé. Les habitants Entre Loire et Allier en profitent.",
			nil},
		{"a lower-case entre between plans names no party",
			"Le contrat local de santé 2022-2026 de la ville de Vichy assure l'articulation entre le PCAET et le PLUi.",
			nil},
		{"a paragraph opening on a participle speaks of the contract before",
			"Le contrat local de santé du Pays de Redon couvre la période 2023-2027.\n\nCo-construit avec l'appui de partenaires institutionnels – Préfecture d'Ille-et-Vilaine, Région Bretagne – il vise la prévention.",
			[]string{"Préfecture d'Ille-et-Vilaine", "Région Bretagne"}},
		{"drawn up between",
			"Le contrat local de santé 2019-2021 est élaboré entre la Préfecture du Var, la Ville de Hyères et l'ARS Paca et de nombreux partenaires.",
			[]string{"Préfecture du Var", "Ville de Hyères", "ARS Paca"}},
		{"a contract with",
			"La ville de Tarascon s'engage en 2023 par la conclusion d'un contrat local de santé avec l'Agence régionale de santé et le centre hospitalier de Tarascon, pour une durée de 5 ans.",
			[]string{"Agence régionale de santé", "centre hospitalier de Tarascon", "ville de Tarascon"}},
		{"presenting the contract",
			"La Communauté d'Agglomération du Nord Martinique et l'ARS présentent les orientations du contrat local de santé 2023-2027.",
			[]string{"Communauté d'Agglomération du Nord Martinique", "ARS"}},
		{"with the collaboration of",
			"Le CLS de la commune de Koungou a été signé le 9 octobre 2013, porté par la commune de Koungou et l'ARS, avec la collaboration de la Préfecture et du Conseil Départemental.",
			[]string{"commune de Koungou", "ARS", "Préfecture", "Conseil Départemental"}},
		{"a préfet de région gives the préfecture",
			"Le contrat local de santé de la ville de Gap a été signé le 2 mai 2014 par le préfet de région et le maire de Gap.",
			[]string{"Préfecture de région", "Ville de Gap"}},
		{"a clause is no party",
			"La ville de Digne a signé en 2015 un contrat local de santé avec l'ARS, pour les actions qu'elles soient portées par la commune ou par les associations.",
			[]string{"ville de Digne", "ARS"}},
		{"those present sign for their organisations when nothing else says who signed",
			"Le 11 octobre 2024 a eu lieu la signature du contrat local de santé du Pays Midi-Quercy en présence notamment du président du Pays Midi-Quercy, Monsieur Calmettes et du directeur de l'Agence Régionale de Santé Occitanie, Monsieur Billetorte.",
			[]string{"Pays Midi-Quercy", "Agence Régionale de Santé Occitanie"}},
		{"those present are no parties when the signatories are named",
			"Le 11 octobre 2024, la ville de Caussade et l'ARS ont signé le contrat local de santé en présence du préfet.",
			[]string{"ville de Caussade", "ARS"}},
		{"deployed by, and joining the partners",
			"Le contrat local de santé 2023-2027 est déployé par la Ville de Colmar. L'Université de Haute-Alsace rejoint également les partenaires du contrat.",
			[]string{"Ville de Colmar", "Université de Haute-Alsace"}},
		{"a list that runs into the contract it signs",
			"La ville de Tarascon a signé en 2023 avec l'Agence Régionale de Santé un contrat local de santé pour cinq ans.",
			[]string{"ville de Tarascon", "Agence Régionale de Santé"}},
		{"a person named after the title is no party",
			"Le 2 mai 2022, la ville de Vire et le préfet du Calvados, Thierry Martin, ont signé le contrat local de santé.",
			[]string{"ville de Vire", "Préfecture du Calvados"}},
		{"a paragraph about something else is not",
			"Le contrat local de santé du Pays de Ploërmel couvre la période 2023-2027.\n\nLe projet régional de santé est porté par l'ARS Bretagne.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := oneContract(t, c.text)
			var got []string
			for _, s := range ct.Signatories {
				got = append(got, s.Name)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("signatories:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// A line announcing the parties over one paragraph that enumerates them.
func TestAnnouncedEnumeration(t *testing.T) {
	text := "Le contrat local de santé du Pays de Redon couvre la période 2022-2026.\nLes signataires du contrat local de santé du Pays de Redon sont :\nRedon Agglomération, l'ARS Bretagne, la Région Bretagne, la CPAM d'Ille-et-Vilaine et l'Enseignement Catholiq"
	ct := oneContract(t, text)
	var got []string
	for _, s := range ct.Signatories {
		got = append(got, s.Name)
	}
	want := []string{"Redon Agglomération", "ARS Bretagne", "Région Bretagne", "CPAM d'Ille-et-Vilaine"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("signatories:\n got %q\nwant %q", got, want)
	}
}

// Organisations joined to each other about the contract are its parties.
func TestPartnershipParties(t *testing.T) {
	text := "Le contrat local de santé de l'agglomération chartraine a été signé en 2020.\nLa Préfecture d'Eure-et-Loir et le centre hospitalier Henri Ey se sont associés à l'ARS Centre-Val de Loire et à Chartres métropole.\nLe salon se tiendra à Paris."
	ct := oneContract(t, text)
	var got []string
	for _, s := range ct.Signatories {
		got = append(got, s.Name+" ("+s.Kind+")")
	}
	want := []string{"Préfecture d'Eure-et-Loir (prefecture)", "centre hospitalier Henri Ey (hospital)", "ARS Centre-Val de Loire (ars)", "Chartres métropole (epci)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("signatories:\n got %q\nwant %q", got, want)
	}
}
