package extract

import (
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// dateWant is one expected mention: its text (folded), kind and values.
type dateWant struct {
	text               string
	kind               DateKind
	year, month, day   int
	endYear            int
	qualifier, display string
}

func foldedDates(l *lexicon, s string) (string, []DateMention) {
	f := rules.Fold(Normalize(s))
	return f, l.findDates(f)
}

func TestFindDates(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in   string
		want []dateWant
	}{
		// periods
		{"Le calendrier de mise en œuvre : 2019-2024", []dateWant{{text: "2019 2024", kind: DatePeriod, year: 2019, endYear: 2024}}},
		{"pour une durée de 5 ans (2023/2027)", []dateWant{{text: "2023/2027", kind: DatePeriod, year: 2023, endYear: 2027}}},
		{"pour la période 2020-2024", []dateWant{{text: "2020 2024", kind: DatePeriod, year: 2020, endYear: 2024}}},
		{"le CLS 2018 – 2022 de Vienne", []dateWant{{kind: DatePeriod, year: 2018, endYear: 2022}}},
		{"de 2021 à 2026", []dateWant{{kind: DatePeriod, year: 2021, endYear: 2026}}},
		{"CLS 2022 au 2027", []dateWant{{kind: DatePeriod, year: 2022, endYear: 2027}}},
		{"du 1er janvier 2020 au 31 décembre 2024", []dateWant{{kind: DatePeriod, year: 2020, endYear: 2024}}},
		{"de janvier 2019 à décembre 2023", []dateWant{{kind: DatePeriod, year: 2019, endYear: 2023}}},
		{"D'avril à juillet 2019", []dateWant{{text: "d'avril", kind: DateMonthNoYear, month: 4}, {text: "juillet 2019", kind: DateMonth, year: 2019, month: 7}}},
		{"le 3 mai 2019 et le 4 juin 2021", []dateWant{{kind: DateDay, year: 2019, month: 5, day: 3}, {kind: DateDay, year: 2021, month: 6, day: 4}}},
		// a year range too long or backwards is two years, not a period
		{"entre 1990 et 2020", []dateWant{{kind: DateYear, year: 1990}, {kind: DateYear, year: 2020}}},
		{"2024-2019", []dateWant{{kind: DateYear, year: 2024}, {kind: DateYear, year: 2019}}},
		// years, plain and qualified
		{"s'étend jusqu'en 2024", []dateWant{{text: "en 2024", kind: DateYear, year: 2024}}},
		{"Le CLS a été conclu début 2015", []dateWant{{text: "debut 2015", kind: DateYear, year: 2015, qualifier: "debut", display: "2015"}}},
		{"signé fin 2014", []dateWant{{text: "fin 2014", kind: DateYear, year: 2014, qualifier: "fin", display: "2014"}}},
		{"signé mi-2016", []dateWant{{kind: DateYear, year: 2016, qualifier: "mi", display: "2016"}}},
		{"courant 2021", []dateWant{{kind: DateYear, year: 2021, qualifier: "courant"}}},
		{"au printemps 2022", []dateWant{{kind: DateYear, year: 2022, qualifier: "printemps"}}},
		{"à la fin de l'année 2023", []dateWant{{kind: DateYear, year: 2023}}},
		{"En 2010, dans le cadre d'un projet pilote", []dateWant{{kind: DateYear, year: 2010, display: "2010"}}},
		{"depuis 2023", []dateWant{{kind: DateYear, year: 2023}}},
		// full dates
		{"Ce mardi 3 décembre 2019, l'ARS", []dateWant{{text: "mardi 3 decembre 2019", kind: DateDay, year: 2019, month: 12, day: 3, display: "2019-12-03"}}},
		{"le 12 juillet 2023", []dateWant{{text: "12 juillet 2023", kind: DateDay, year: 2023, month: 7, day: 12, display: "2023-07-12"}}},
		{"le 1er mars 2022", []dateWant{{text: "1er mars 2022", kind: DateDay, year: 2022, month: 3, day: 1, display: "2022-03-01"}}},
		{"le vendredi 1er octobre 2021", []dateWant{{kind: DateDay, year: 2021, month: 10, day: 1}}},
		{"le 28 FÉVRIER 2018", []dateWant{{kind: DateDay, year: 2018, month: 2, day: 28, display: "2018-02-28"}}},
		{"le 7 août 2020", []dateWant{{kind: DateDay, year: 2020, month: 8, day: 7, display: "2020-08-07"}}},
		{"le 5 sept. 2017", []dateWant{{kind: DateDay, year: 2017, month: 9, day: 5}}},
		{"Publié le 03/12/2019", []dateWant{{text: "03/12/2019", kind: DateDay, year: 2019, month: 12, day: 3, display: "2019-12-03"}}},
		{"signé le 12/07/23", []dateWant{{text: "12/07/23", kind: DateDay, year: 2023, month: 7, day: 12, display: "2023-07-12"}}},
		{"signé le 4.7.2022", []dateWant{{kind: DateDay, year: 2022, month: 7, day: 4}}},
		// months
		{"signé en juin 2015", []dateWant{{text: "juin 2015", kind: DateMonth, year: 2015, month: 6, display: "2015-06"}}},
		{"Depuis Août 2019, les élus", []dateWant{{text: "aout 2019", kind: DateMonth, year: 2019, month: 8, display: "2019-08"}}},
		{"Février 2020", []dateWant{{kind: DateMonth, year: 2020, month: 2, display: "2020-02"}}},
		{"en décembre de l'année 2018", []dateWant{{kind: DateMonth, year: 2018, month: 12}}},
		{"a signé son CLS en avril", []dateWant{{text: "en avril", kind: DateMonthNoYear, month: 4}}},
		{"signé courant mai", []dateWant{{kind: DateMonthNoYear, month: 5}}},
		// a day without year
		{"La première rencontre annuelle du 25 janvier", []dateWant{{text: "25 janvier", kind: DateDayNoYear, month: 1, day: 25}}},
		// nothing
		{"Le CLS comporte 19 fiches actions", nil},
		{"12 % des habitants ont plus de 75 ans", nil},
		{"le 31 février", nil},
		{"la Maison de santé du 1850 route de Lyon", nil},
		{"Contact : 05 63 32 10 10", nil},
		{"Le mardi est jour de marché", nil},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			f, got := foldedDates(l, c.in)
			if len(got) != len(c.want) {
				t.Fatalf("findDates(%q) = %+v, want %d mentions", f, got, len(c.want))
			}
			for i, w := range c.want {
				g := got[i]
				if w.text != "" && f[g.Start:g.End] != w.text {
					t.Errorf("mention %d: text %q, want %q", i, f[g.Start:g.End], w.text)
				}
				if g.Kind != w.kind || g.Year != w.year || g.Month != w.month || g.Day != w.day || g.EndYear != w.endYear {
					t.Errorf("mention %d of %q: got kind %d %d-%d-%d end %d, want kind %d %d-%d-%d end %d",
						i, f, g.Kind, g.Year, g.Month, g.Day, g.EndYear, w.kind, w.year, w.month, w.day, w.endYear)
				}
				if w.qualifier != "" && g.Qualifier != w.qualifier {
					t.Errorf("mention %d: qualifier %q, want %q", i, g.Qualifier, w.qualifier)
				}
				if w.display != "" && g.String() != w.display {
					t.Errorf("mention %d: String() = %q, want %q", i, g.String(), w.display)
				}
			}
		})
	}
}

func TestDateMentionString(t *testing.T) {
	cases := []struct {
		m    DateMention
		want string
	}{
		{DateMention{Kind: DateDay, Year: 2019, Month: 12, Day: 3}, "2019-12-03"},
		{DateMention{Kind: DateMonth, Year: 2015, Month: 6}, "2015-06"},
		{DateMention{Kind: DateYear, Year: 2014, Qualifier: "fin"}, "2014"},
		{DateMention{Kind: DatePeriod, Year: 2020, EndYear: 2024}, "2020"},
		{DateMention{Kind: DateMonthNoYear, Month: 4}, ""},
		{DateMention{Kind: DateMonthNoYear, Month: 4, Year: 2025}, "2025-04"},
		{DateMention{Kind: DateDayNoYear, Month: 1, Day: 25}, ""},
	}
	for _, c := range cases {
		if got := c.m.String(); got != c.want {
			t.Errorf("%+v.String() = %q, want %q", c.m, got, c.want)
		}
	}
}

func TestFindDuration(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in    string
		years int // 0: no duration
	}{
		{"pour une durée de 3 ans", 3},
		{"Une durée de 5 ans", 5},
		{"d'une durée de cinq ans", 5},
		{"pour une durée de quatre ans", 4},
		{"signé pour 3 ans avec l'ARS", 3},
		{"pour cinq ans", 5},
		{"conclu pour une période de 4 ans", 4},
		{"pour une durée de six ans renouvelable", 6},
		{"Le contrat, d'une durée de 5 ans, a été signé", 5},
		{"Le CLS est établi pour une durée de trois ans.", 3},
		{"signé pour une durée de 5 années", 5},
		{"Durée : 4 ans", 4},
		// the guide's "sur 5 ans", and the other ways a duration is said
		{"un plan d'actions opérationnel sur quatre ans", 4},
		{"pour les cinq prochaines années", 5},
		{"pendant les 3 ans de contrat", 3},
		{"qui durera trois ans", 3},
		{"au cours des 5 prochaines années", 5},
		// not durations
		{"12 % des habitants ont plus de 75 ans", 0},
		{"les jeunes de 16 à 25 ans", 0},
		{"il y a 10 ans", 0},
		{"pour une durée de 30 ans", 0},
		{"depuis plus de 20 ans", 0},
		{"en 4 ans, ce contrat a permis de nombreuses actions", 0},
		{"il y a 6 ans, la ville signait son premier CLS", 0},
		{"sur les 12 ans de son histoire", 0},
	}
	for _, c := range cases {
		f := rules.Fold(c.in)
		sp, ok := l.findDuration(f)
		switch {
		case c.years == 0 && ok:
			t.Errorf("findDuration(%q) = %d years, want none", c.in, sp[2])
		case c.years > 0 && !ok:
			t.Errorf("findDuration(%q): none, want %d years", c.in, c.years)
		case c.years > 0 && sp[2] != c.years:
			t.Errorf("findDuration(%q) = %d years, want %d", c.in, sp[2], c.years)
		case ok && !strings.Contains(f[sp[0]:sp[1]], " an"):
			t.Errorf("findDuration(%q): span %q does not hold the duration", c.in, f[sp[0]:sp[1]])
		}
	}
}

func TestDateRole(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in   string
		at   string // the folded text of the date mention to classify
		role string
	}{
		// publication
		{"Publié le 03/12/2019", "03/12/2019", rolePublication},
		{"Publié le 12 juillet 2023", "12 juillet 2023", rolePublication},
		{"Mis à jour le 4 janvier 2024", "4 janvier 2024", rolePublication},
		{"Mise à jour : 4 janvier 2024", "4 janvier 2024", rolePublication},
		{"Date de publication 18/09/2021", "18/09/2021", rolePublication},
		{"Article modifié le 02/02/2022", "02/02/2022", rolePublication},
		{"Dernière modification 10/10/2020", "10/10/2020", rolePublication},
		// meetings
		{"les 4 axes stratégiques validés lors du COPIL du 10 janvier 2019", "10 janvier 2019", roleMeeting},
		{"La démarche a été présentée, le 15 mars 2019, au cours d'une réunion", "15 mars 2019", roleMeeting},
		{"lors de la réunion du 6 juin 2022 à Cahors", "6 juin 2022", roleMeeting},
		{"par délibération du conseil communautaire du 28 septembre 2021", "28 septembre 2021", roleMeeting},
		{"en séance du Conseil communautaire de mars 2022", "mars 2022", roleMeeting},
		{"le comité de pilotage du 14 octobre 2020", "14 octobre 2020", roleMeeting},
		{"après le conseil municipal du 3 février 2023", "3 fevrier 2023", roleMeeting},
		{"lors de l'assemblée plénière du 9 mai 2019", "9 mai 2019", roleMeeting},
		{"un forum santé le 12 avril 2019", "12 avril 2019", roleMeeting},
		// laws
		{"issu de la loi « Hôpital, Patients, Santé, territoires » du 21 juillet 2009", "21 juillet 2009", roleLaw},
		{"la loi HPST (Hôpital, Patients, Santé, Territoire) du 21 Juillet 2009", "21 juillet 2009", roleLaw},
		{"introduit par la loi du 21 juillet 2009 portant réforme de l'hôpital", "21 juillet 2009", roleLaw},
		{"le décret du 4 mai 2017", "4 mai 2017", roleLaw},
		{"l'arrêté préfectoral du 12 décembre 2016", "12 decembre 2016", roleLaw},
		{"la loi de modernisation de notre système de santé du 26 janvier 2016", "26 janvier 2016", roleLaw},
		// other events of the text
		{"Juillet 2020 Labellisation du conseil local en santé mentale", "", roleFree},
		{"Labellisation du conseil local en santé mentale en juillet 2020", "juillet 2020", roleOther},
		{"le CLSM labellisé en 2021", "en 2021", roleOther},
		{"La réflexion débute en 2019", "en 2019", roleOther},
		{"création de la maison de santé en 2017", "en 2017", roleOther},
		{"le diagnostic local de santé réalisé en 2018", "en 2018", roleOther},
		{"l'évaluation menée en 2022", "en 2022", roleOther},
		// another plan's period
		{"le Projet Régional de Santé 2018-2028 est bâti autour de 5 priorités", "2018 2028", rolePlan},
		{"le Projet Régional de Santé Nouvelle-Aquitaine 2018-2028", "2018 2028", rolePlan},
		{"en cohérence avec le PRS 2018-2023", "2018 2023", rolePlan},
		{"le contrat de ville 2015-2020", "2015 2020", rolePlan},
		{"le PCAET 2020-2026 de l'agglomération", "2020 2026", rolePlan},
		{"le Plan régional santé environnement 2017-2021", "2017 2021", rolePlan},
		// the contract's own dates stay free
		{"ont signé le Contrat Local de Santé le 3 décembre 2019", "3 decembre 2019", roleFree},
		{"Le CLS a été signé lors du COPIL du 3 mai 2021", "3 mai 2021", roleFree},
		{"Le contrat local de santé 2019-2024", "2019 2024", roleFree},
		{"signé en juin 2015, pour une durée de 3 ans", "juin 2015", roleFree},
		{"le calendrier de mise en œuvre s'étend jusqu'en 2024", "en 2024", roleFree},
		{"Ce mardi 3 décembre 2019", "mardi 3 decembre 2019", roleFree},
		{"pour la période 2020-2024", "2020 2024", roleFree},
		// a cue before a clause boundary does not reach the date
		{"Publié par la mairie, le contrat signé le 2 mai 2018", "2 mai 2018", roleFree},
		{"Après la réunion de janvier, le CLS a été signé le 2 mars 2018", "2 mars 2018", roleFree},
		// a cue inside parentheses or quotes is read as part of the phrase
		{"le projet (présenté en 2019) signé le 5 mai 2020", "5 mai 2020", roleFree},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			f, ms := foldedDates(l, c.in)
			if len(ms) == 0 {
				t.Fatalf("no date in %q", f)
			}
			var m *DateMention
			for i := range ms {
				if c.at == "" && i == 0 || f[ms[i].Start:ms[i].End] == c.at {
					m = &ms[i]
					break
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %q (%+v)", c.at, f, ms)
			}
			if got := l.dateRole(f, *m); got != c.role {
				t.Errorf("dateRole(%q, %q) = %q, want %q", f, f[m.Start:m.End], got, c.role)
			}
		})
	}
}

// isFronted: a date opening its sentence frames the sentence.
func TestIsFronted(t *testing.T) {
	l := lexiconFor(rules.Default())
	cases := []struct {
		in   string
		want bool
	}{
		{"Ce mardi 3 décembre 2019, l'ARS et la ville ont signé", true},
		{"En 2010, l'Agence régionale de santé signait le premier CLS", true},
		{"Depuis Août 2019, les élus ont souhaité", true},
		{"Le 5 mai 2021, la commune a signé", true},
		{"Février 2020", true},
		{"À partir de 2023, le CLS", true},
		{"Le CLS a été signé le 5 mai 2021", false},
		{"Les élus ont décidé en 2019 de", false},
		{"En juin 2015 la ville a signé", false},
	}
	for _, c := range cases {
		f, ms := foldedDates(l, c.in)
		if len(ms) == 0 {
			t.Errorf("no date in %q", c.in)
			continue
		}
		if got := isFronted(f, ms[0]); got != c.want {
			t.Errorf("isFronted(%q) = %v, want %v", f, got, c.want)
		}
	}
}

// Dates read in context, end to end: the sentence and its neighbours decide
// which date is the signature and what the period is.
func TestDatesInContext(t *testing.T) {
	cases := []struct {
		name, text             string
		signed                 string
		start, end, dur        int
		publicationNotSigned   bool
		wantNoContract         bool
		signedMustNotBe, notes string
	}{
		{name: "fronted full date", text: "Ce mardi 3 décembre 2019, la Ville de Cahors et l'ARS Occitanie ont signé le Contrat Local de Santé.",
			signed: "2019-12-03", start: 2019},
		{name: "numeric date", text: "Le contrat local de santé de la ville de Nevers a été signé le 03/12/2019.",
			signed: "2019-12-03", start: 2019},
		{name: "1er", text: "Le 1er juillet 2021, la Communauté de communes du Clunisois a signé son contrat local de santé.",
			signed: "2021-07-01", start: 2021},
		{name: "month year", text: "Un contrat local de santé a été signé en juin 2015 entre la commune de Lodève et l'ARS.",
			signed: "2015-06", start: 2015},
		{name: "début", text: "Le CLS de la ville d'Aubagne a été conclu début 2015 pour une durée de 3 ans.",
			signed: "2015", start: 2015, end: 2018, dur: 3},
		{name: "fin", text: "Un contrat local de santé a été signé fin 2014 entre la commune de Manosque et l'ARS.",
			signed: "2014", start: 2014},
		{name: "mi", text: "Le contrat local de santé de la commune de Gap a été signé mi-2016.",
			signed: "2016", start: 2016},
		// the period is not the signature's year (see TestContractDates)
		{name: "no month's year from the sentence's period", text: "La Communauté de communes du Grand Cognac a signé son deuxième contrat local de santé en avril, pour la période 2025-2029.",
			signed: "", start: 2025, end: 2029},
		{name: "no year a start cue took", text: "Mené à partir de janvier 2023, le contrat local de santé de la commune de Lavaur a été signé le 14 juin.",
			signed: "", start: 2023},
		{name: "a weekday the year contradicts", text: "Publié le 10/01/2020\n\nLa Ville de Cahors a signé son contrat local de santé le lundi 3 décembre.",
			signed: "", start: 0},
		{name: "a weekday the year agrees with", text: "Publié le 10/01/2020\n\nLa Ville de Cahors a signé son contrat local de santé le mardi 3 décembre.",
			signed: "2019-12-03", start: 2019},
		{name: "month from the sentence's year", text: "Le CLS de la ville de Rodez a été signé en novembre, lors de la journée santé 2022.",
			signed: "2022-11", start: 2022},
		{name: "day without year stays unknown", text: "La signature du contrat local de santé de la Communauté de communes du Lodévois aura lieu le 25 janvier. Il couvre la période 2024-2028.",
			signed: "", start: 2024, end: 2028},
		{name: "depuis month in the previous sentence", text: "Depuis Août 2019, les élus du Quercy Caussadais se mobilisent. Ainsi, un Contrat Local de Santé a été signé entre la Communauté de communes du Quercy Caussadais et l'ARS pour une durée de 4 ans.",
			signed: "2019-08", start: 2019, end: 2023, dur: 4},
		{name: "jusqu'en", text: "La Ville de Salon-de-Provence a signé le 4 mai 2021 son contrat local de santé, qui s'étend jusqu'en 2025.",
			signed: "2021-05-04", start: 2021, end: 2025},
		{name: "duration gives the end", text: "Le contrat local de santé de la commune de Digne-les-Bains a été signé en 2017 pour une durée de trois ans.",
			signed: "2017", start: 2017, end: 2020, dur: 3},
		{name: "stated end wins over duration", text: "Le contrat local de santé de la Communauté de communes du Sud Avesnois a été signé en 2016 pour une durée de 4 ans. En 2021, le CLS a pris fin.",
			signed: "2016", start: 2016, end: 2021, dur: 4},
		{name: "period without signature", text: "Le Contrat Local de Santé du Pays de Retz couvre la période 2022-2027.",
			start: 2022, end: 2027},
		{name: "slash period", text: "Le deuxième Contrat Local de Santé du Grand Villeneuvois (2023/2027) est en cours de déploiement.",
			start: 2023, end: 2027},
		{name: "publication date is not the signature", text: "Publié le 12/06/2022\nLe contrat local de santé de la Communauté de communes du Pays de Lunel a été signé en 2021.",
			signed: "2021", start: 2021, signedMustNotBe: "2022-06-12"},
		{name: "update date is not the signature", text: "Le contrat local de santé de la ville de Dax a été signé fin 2020.\nMis à jour le 5 février 2023",
			signed: "2020", start: 2020},
		{name: "meeting date is not the signature", text: "Validé lors du conseil communautaire du 12 mars 2021, le contrat local de santé de la Communauté de communes du Haut-Jura a été signé le 20 avril 2021.",
			signed: "2021-04-20", start: 2021},
		{name: "law date is not the contract's", text: "Issu de la loi HPST du 21 juillet 2009, le contrat local de santé de la ville de Lens a été signé en octobre 2019.",
			signed: "2019-10", start: 2019, signedMustNotBe: "2009-07-21"},
		{name: "regional plan's period", text: "Le CLS de la ville de Pau, signé le 8 février 2019, décline le Projet Régional de Santé 2018-2028.",
			signed: "2019-02-08", start: 2019, end: 0},
		// the page's subject contract, whose launch date is not its signature
		{name: "launch is not a signature", text: "Lancement du contrat local de santé de la ville de Gien le 3 mai 2021.", signedMustNotBe: "2021-05-03"},
		{name: "evaluation year is not the end", text: "Le contrat local de santé de la ville de Dole, signé en 2018, a été évalué en 2022.",
			signed: "2018", start: 2018},
		{name: "law only: no contract", text: "Le contrat local de santé est issu de la loi du 21 juillet 2009.", wantNoContract: true},
		{name: "regional plan only: no contract", text: "Pour mémoire le Projet Régional de Santé Nouvelle-Aquitaine 2018-2028 est bâti autour de 5 grandes priorités.", wantNoContract: true},
		{name: "publication only: no contract", text: "Contrat local de santé\nPublié le 03/12/2019", wantNoContract: true},
		{name: "timeline", text: "Le calendrier\n-\nFévrier 2020Signature du contrat local de santé de la Communauté de communes Val de Garonne\n-\nSeptembre 2020Mise en œuvre du contrat local de santé",
			signed: "2020-02", start: 2020},
		{name: "timeline labellisation is not a signature", text: "Juillet 2020\nLabellisation du contrat local de santé mentale de Vichy Communauté", signedMustNotBe: "2020-07"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := FromText("test", c.text, nil)
			if c.wantNoContract {
				if len(doc.Contracts) != 0 {
					t.Fatalf("want no contract, got %s", describeContracts(doc))
				}
				return
			}
			if len(doc.Contracts) != 1 {
				t.Fatalf("want 1 contract, got %s", describeContracts(doc))
			}
			ct := doc.Contracts[0]
			checkString(t, "signed", ct.Signed, c.signed)
			checkInt(t, "start_year", ct.StartYear, c.start)
			checkInt(t, "end_year", ct.EndYear, c.end)
			checkInt(t, "duration_years", ct.DurationYears, c.dur)
			if c.signedMustNotBe != "" && ct.Signed != nil && *ct.Signed == c.signedMustNotBe {
				t.Errorf("signed is %s: not the contract's date", c.signedMustNotBe)
			}
		})
	}
}

// A signature of another agreement named before it is that agreement's.
func TestAnotherAgreementsSignature(t *testing.T) {
	text := "Le contrat local de santé 2016-2019 du Pays de Mirebeau a été signé en décembre 2016. Il s'inscrit dans la convention-cadre que nous avons signée en novembre 2014."
	checkDocument(t, text, want{territory: "Pays de Mirebeau", tkind: "pays", signed: "2016-12", start: 2016, end: 2019})
}
