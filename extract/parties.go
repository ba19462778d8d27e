package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// party is an organisation named as a signatory or partner of a contract.
type party struct {
	name string
	kind string
	span Span
	// list is the span of the enumeration or list the party was read from:
	// one enumeration names each organisation once, so two of its names are
	// never one organisation ("la MSA d'Armorique et Portes-de-Bretagne")
	list Span
}

// inList marks parties as read from the list at span.
func inList(ps []party, span Span) []party {
	for i := range ps {
		ps[i].list = span
	}
	return ps
}

// orgKind classifies an organisation's name with the rules' organisation kinds
// (first matching pattern wins); "" when none matches.
func (l *lexicon) orgKind(name string) string {
	f := rules.Fold(name)
	for _, k := range l.r.OrgKinds {
		if _, ok := k.Find(f); ok {
			return k.Kind
		}
	}
	return ""
}

// orgKindAtStart reports whether folded text f begins with an organisation word.
func (l *lexicon) orgKindAtStart(f string) bool {
	// a match at the start lies in the first words: no need to search on
	if len(f) > maxOrgWordBytes {
		cut := strings.LastIndexByte(f[:maxOrgWordBytes], ' ')
		if cut > 0 {
			f = f[:cut]
		}
	}
	for _, k := range l.r.OrgKinds {
		if sp, ok := k.Find(f); ok && sp[0] == 0 {
			return true
		}
	}
	return false
}

// maxOrgWordBytes bounds the organisation words a name opens with
// ("communaute professionnelle territoriale de sante", the longest).
const maxOrgWordBytes = 120

// apposition: a phrase without article in lower case ("maire d'Arles",
// "directrice de la délégation"), which describes what comes before it.
func apposition(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || !unicode.IsLower([]rune(t)[0]) {
		return false
	}
	f := rules.Fold(t)
	for _, d := range determiners {
		if strings.HasPrefix(f, d) {
			return false
		}
	}
	return true
}

var (
	leadingArticle   = regexp.MustCompile(`(?i)^(?:l'|l’|la\s+|le\s+|les\s+)`)
	personName       = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:\s|$)|(?:M\.|Mme|Mlle|Madame|Monsieur|Dr\.?|Docteur|Pr\.?)\s)`)
	contactDetail    = regexp.MustCompile(`@|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}|https?:|www\.`)
	representedBy    = regexp.MustCompile(`(?i),?\s+(?:représenté|represente|représentée|representee|représentés|représentées)s?(?:\s+respectivement)?\s+(?:par|en la personne)\b`)
	addressStart     = regexp.MustCompile(`(?i)(?:,?\s+\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|place|avenue|av\.|boulevard|bd|chemin|all[ée]e|route|quai|impasse|cours|square|esplanade|parvis|rond-point)\b|,\s*\d{1,4},|\s\d{5}\s|\b(?:BP|CS)\s?\d)`)
	representedAlone = regexp.MustCompile(`(?i)^(?:représenté|represente)`)
	possessive       = regexp.MustCompile(`\s(?:son|sa|ses|leur|leurs)\s`)
	// "… Région Bretagne – il vise": a dash before lower case closes the
	// list ("Paris – Vallée de la Marne" is a name)
	dashClause     = regexp.MustCompile(`\s[–—-]\s+\p{Ll}`)
	helpOf         = regexp.MustCompile(`^(?:(?:la |le |l')?(?:concours|soutien|appui|aide|collaboration|partenariat)\s+(?:de la |de l'|du |des |de |d'))`)
	toPreposition  = regexp.MustCompile(`^(?:a l'|a la |a |au |aux )`)
	adverbialStart = regexp.MustCompile(`^(?:qu'|lorsqu'|(?:que|quand|lorsque|si|ou|soit|dans|en|pour|de|du|d'|avec|sur|par|à|a|au|aux|lors|depuis|afin|selon|ce|cet|cette|ces|il|elle|ils|elles|qui|dont|notamment|parmi|ainsi|puis|après|avant|suite|grâce)(?:\s|$|'))`)
)

// nameTails are what ends an organisation's name in an enumeration piece,
// each with a cheap test of what its expression needs.
var nameTails = []struct {
	re  *regexp.Regexp
	may func(string) bool
}{
	{representedBy, func(s string) bool {
		return strings.Contains(strings.ToLower(s), "représent") || strings.Contains(strings.ToLower(s), "represent")
	}},
	{addressStart, func(s string) bool {
		return strings.ContainsAny(s, "0123456789") || strings.Contains(s, "BP") || strings.Contains(s, "CS") || strings.Contains(s, "bp") || strings.Contains(s, "cs")
	}},
	{possessive, func(s string) bool {
		return strings.Contains(s, " son ") || strings.Contains(s, " sa ") || strings.Contains(s, " ses ") || strings.Contains(s, " leur")
	}},
	{dashClause, func(s string) bool { return strings.ContainsAny(s, "–—-") }},
	{contractInName, func(s string) bool {
		l := strings.ToLower(s)
		return strings.Contains(l, "contrat") || strings.Contains(l, "cls")
	}},
}

// contractInName: "l'Agence Régionale de Santé un contrat local de santé":
// an enumeration that ran into the clause's object
var contractInName = regexp.MustCompile(`(?i)\s(?:un|une|le|la|son|sa|leur|ce|cet|cette)\s+(?:contrat|cls|protocole)\b`)

// cleanParty turns an enumeration piece into a party, or ok=false when it is
// not an organisation: a date or adverbial phrase, people, contact details,
// a count ("35 partenaires"), "les habitants", "les associations", the
// contract itself.
func (l *lexicon) cleanParty(s segment) (party, bool) {
	name, span := l.stripLeadIn(s)
	name = cutNameTails(name)
	if representedAlone.MatchString(name) {
		return party{}, false
	}
	name = l.endAtPlace(name)
	name = strings.TrimRight(name, " ,;:.-–")
	if name == "" {
		return party{}, false
	}
	f := rules.Fold(name)
	if l.notAParty(name, f) {
		return party{}, false
	}
	kind, ok := l.partyKind(name, f)
	if !ok {
		return party{}, false
	}
	if !s.rebuilt {
		span.End = span.Start + len([]rune(name))
	}
	return party{name: name, kind: kind, span: span}, true
}

// stripLeadIn drops what ties an enumeration piece to its sentence from the
// start of its text: "avec la collaboration de", "à", a preposition, an
// article. The span's start follows, unless the piece was rebuilt (its span
// then is the source's, not the text's).
func (l *lexicon) stripLeadIn(s segment) (string, Span) {
	name := strings.TrimSpace(s.text)
	span := s.span
	// "avec la collaboration de la Préfecture": the help is no name
	if m := helpOf.FindString(rules.Fold(name)); m != "" {
		if rest := []rune(name)[len([]rune(m)):]; len(rest) > 0 && l.orgKind(string(rest)) != "" {
			if !s.rebuilt {
				span.Start += len([]rune(m))
			}
			name = string(rest)
		}
	}
	// "se sont associés à l'ARS et à Chartres métropole": an organisation
	// after "à" (never a place alone: "signé à Paris")
	if m := toPreposition.FindString(rules.Fold(name)); m != "" {
		if rest := []rune(name)[len([]rune(m)):]; len(rest) > 0 && l.orgKind(string(rest)) != "" {
			if !s.rebuilt {
				span.Start += len([]rune(m))
			}
			name = string(rest)
		}
	}
	// "- De la Préfecture de X", "les représentants du Département": the
	// preposition that ties the organisation to the sentence is no part of it
	if m := prepositions.FindString(rules.Fold(name)); m != "" {
		rest := []rune(name)[len([]rune(m)):]
		if len(rest) > 0 && (unicode.IsUpper(rest[0]) || l.orgKindAtStart(rules.Fold(string(rest)))) {
			if !s.rebuilt {
				span.Start += len([]rune(m))
			}
			name = string(rest)
		}
	}
	if m := leadingArticle.FindString(name); m != "" {
		if !s.rebuilt {
			span.Start += len([]rune(m))
		}
		name = name[len(m):]
	}
	return name, span
}

// cutNameTails ends the name where what follows it begins: "la Ville de
// Laval, représentée par son Maire", "… 2, place X": who signs for it and
// where it is.
func cutNameTails(name string) string {
	for _, cut := range nameTails {
		if !cut.may(name) {
			continue // what the expression needs is not there
		}
		if m := cut.re.FindStringIndex(name); m != nil {
			name = name[:m[0]]
		}
	}
	return name
}

// notAParty reports whether name (folded f) is something an enumeration
// holds that no organisation is: an adverbial phrase, contact details, a
// person, a count, a date, a day, a generic group, the contract itself.
func (l *lexicon) notAParty(name, f string) bool {
	if adverbialStart.MatchString(strings.ToLower(name)) || contactDetail.MatchString(name) || personName.MatchString(name) || l.startsCount(f+" ") {
		return true
	}
	if len(l.findDates(f)) > 0 {
		return true
	}
	if wholeMatch(l.r.Cue("party.notname").FindAll(f), f) {
		return true // "Mardi, X et Y ont signé": a day, no party
	}
	if sp, ok := l.r.Cue("party.generic").Find(f); ok && sp[0] <= 12 {
		return true
	}
	if sp, ok := l.r.Cue("contract.cls").Find(f); ok && sp[0] == 0 {
		return true
	}
	return false
}

// partyKind is the kind of organisation name (folded f) is, "other" for a
// name no rule knows that still reads as a proper name; ok is false when it
// reads as a person, a sentence or a lowercase phrase instead.
func (l *lexicon) partyKind(name, f string) (kind string, ok bool) {
	words := strings.Fields(name)
	kind = l.orgKind(name)
	if kind == "" && personLike(name) && !l.placeName(rules.OfficialGeography(), name) {
		return "", false // "le préfet du Var, Thierry Martin": the person
	}
	capital := unicode.IsUpper([]rune(name)[0])
	if kind == "" && (!capital || len(words) > 10 || len(words) == 1 && len(name) < 3 || sentenceLike(name) || l.personWithTitle(f)) {
		return "", false
	}
	if len(words) > 16 {
		return "", false
	}
	if kind == "" {
		kind = "other"
	}
	return kind, true
}

// maxCommonWords bounds the lower-case words (linking words aside) of a name
// of no known kind: "Union Nationale de Familles et Amis de personnes
// Malades et/ou handicapées psychiques" has four; "Bergerac décide de
// développer un réseau santé-social" is a clause, not a name.
const maxCommonWords = 4

// sentenceLike: a piece that reads as a clause rather than a name: more
// lower-case words, linking words aside, than a name has.
func sentenceLike(name string) bool {
	n := 0
	for _, w := range strings.Fields(name) {
		f := rules.Fold(w)
		if unicode.IsLower([]rune(w)[0]) && !nameConnectors[f] && f != "et" && f != "a" && !strings.HasPrefix(f, "d'") && !strings.HasPrefix(f, "l'") {
			n++
		}
	}
	return n > maxCommonWords
}

// personWithTitle: "Pierre X, vice-président chargé de la santé" — a name
// then, after a comma, the title of a person: whoever it is, no organisation.
func (l *lexicon) personWithTitle(f string) bool {
	_, rest, ok := strings.Cut(f, ",")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	for _, d := range []string{"son ", "sa ", "leur "} {
		rest = strings.TrimPrefix(rest, d)
	}
	sp, ok := l.r.Cue("party.role").Find(rest)
	return ok && sp[0] == 0
}

// placeKind is the kind of an organisation named without a designation
// word: a commune or an intercommunality when the official geography has
// only one of them by that name ("Bréhat", an intercommunality's own name),
// else other. It only names the kind: a collectivity the text does not
// designate as one is not the territory's own.
func placeKind(name string) string {
	commune, epci := rules.OfficialGeography().Bears(name)
	switch {
	case epci && !commune:
		return "epci"
	case commune && !epci:
		return "commune"
	}
	return "other"
}

// parties returns the organisations of an enumeration in block b between
// folded offsets fs and fe, stopping where the enumeration ends ("pour une
// durée de 3 ans", "afin de…"), starting after a colon that closes words
// naming no party.
func (l *lexicon) parties(b *Block, fs, fe int, stopAtEnd bool) []party {
	// "signé par plusieurs acteurs qui interviennent … : l'ARS, la CAF …":
	// words that name no party announce the list after the colon
	if k := strings.IndexByte(b.fold.Text[fs:fe], ':'); k > 0 && len(l.parties(b, fs, fs+k, stopAtEnd)) == 0 {
		fs += k + 1
	}
	if stopAtEnd {
		if sp, ok := l.r.Cue("party.end").Find(b.fold.Text[fs:fe]); ok {
			fe = fs + sp[0]
		}
	}
	if fe <= fs {
		return nil
	}
	text, span := b.Orig(fs, fe)
	// "L'ARS, 2 place X, 21000 Dijon, représentée par …": no name after an address
	if m := addressStart.FindStringIndex(text); m != nil {
		text = text[:m[0]]
	}
	return inList(l.enumerationParties(l.splitEnumeration(text, span)), span)
}

// enumerationParties reads the pieces of an enumeration as parties: shared
// heads distributed, people replaced by the organisation they sign for.
func (l *lexicon) enumerationParties(segs []segment) []party {
	return l.readParties(l.distributeHeads(segs, false))
}

// readParties reads enumeration pieces, their heads distributed, as parties:
// people replaced by the organisation they sign for.
func (l *lexicon) readParties(segs []segment) []party {
	var out []party
	person := false
	for i, seg := range segs {
		bare := strings.TrimSpace(leadingArticle.ReplaceAllString(seg.text, ""))
		org, titled := l.personOrg(seg)
		// "M. Paul Martin, maire, et …": what describes a person is no party
		if person && !titled && apposition(seg.text) {
			continue
		}
		person = personName.MatchString(bare)
		if titled {
			seg = org
		} else if l.startsWithRole(seg.text) && (l.orgKind(seg.text) == "" || apposition(seg.text) && l.bareRole(seg.text)) {
			// "le Président, …", "M. X, maire, et …": a title of no named
			// organisation ("le préfet" names the State's)
			continue
		}
		// "Olivier X, Directeur Général de l'ARS": the name before a title
		if i+1 < len(segs) && l.startsWithRole(segs[i+1].text) && l.orgKind(seg.text) == "" {
			person = true
			continue
		}
		if p, ok := l.cleanParty(seg); ok {
			out = append(out, p)
		}
	}
	return out
}

// listParties reads list items (one organisation each) as parties.
func (l *lexicon) listParties(items []*Block) []party {
	var out []party
	for _, it := range items {
		text, span := it.Orig(0, len(it.fold.Text))
		// "la CAF de la Charente-Maritime," — one organisation, whatever its commas
		if m := addressStart.FindStringIndex(text); m != nil {
			text = text[:m[0]]
		}
		t := strings.TrimRight(text, " ,;.")
		if ps := l.sharedHeadItem(t, span); ps != nil {
			out = append(out, ps...)
			continue
		}
		seg := segment{text: t, span: Span{Start: span.Start, End: span.Start + len([]rune(t)), Page: span.Page}}
		if org, ok := l.personOrg(seg); ok {
			seg = org
		}
		if p, ok := l.cleanParty(seg); ok {
			out = append(out, p)
		}
	}
	if len(items) > 0 {
		first, last := items[0].Span(), items[len(items)-1].Span()
		out = inList(out, Span{Start: first.Start, End: last.End, Page: first.Page})
	}
	return out
}

// sharedHeadItem reads a list item that names several organisations under
// one head ("Communautés de communes de A, B et C", "URPS Médecins,
// Infirmiers"); nil when the item shares no head, and is read whole.
func (l *lexicon) sharedHeadItem(text string, span Span) []party {
	segs := l.splitEnumeration(text, Span{Start: span.Start, End: span.Start + len([]rune(text)), Page: span.Page})
	if len(segs) < 2 {
		return nil
	}
	segs = l.distributeHeads(segs, true)
	for _, s := range segs {
		if !s.rebuilt {
			return nil
		}
	}
	return l.readParties(segs)
}

// endAtPlace ends an organisation's name after the région or département
// that closes it, when a lower-case word other than a linking word follows:
// "Agence Régionale de Santé Centre-Val de Loire développe sa politique" is
// the ARS Centre-Val de Loire; "Mutualité Sociale Agricole de Dordogne et
// Lot-et-Garonne" stays whole.
func (l *lexicon) endAtPlace(name string) string {
	fm := rules.FoldMap(name)
	f := fm.Text
	rs := []rune(name)
	for _, sp := range append(l.r.Geo.FindRegions(f), l.r.Geo.FindDepartements(f)...) {
		r := fm.RuneOffset(sp[1])
		if r+1 >= len(rs) || rs[r] != ' ' || !unicode.IsLower(rs[r+1]) {
			continue
		}
		if w := firstWord(f[sp[1]:]); w != "" && !nameConnectors[w] && w != "et" {
			return string(rs[:r])
		}
	}
	return name
}

// oneOrganisation: a paragraph (or a line a page or PDF made a heading),
// after a line announcing parties, that is one party of the list: it starts,
// after its article, with an organisation word, or it is a capitalised name
// followed by who represents it ("Le Groupement X Représenté par son
// président, …").
func (l *lexicon) oneOrganisation(b *Block) bool {
	if b.Kind != Paragraph && b.Kind != Heading {
		return false
	}
	f := strings.TrimSpace(b.fold.Text)
	if strings.HasSuffix(f, ":") {
		return false
	}
	represented := representedBy.MatchString(b.Text)
	name := strings.TrimSpace(leadingArticle.ReplaceAllString(strings.TrimSpace(b.Text), ""))
	if l.orgKindAtStart(rules.Fold(name)) {
		return true
	}
	return represented && name != "" && unicode.IsUpper([]rune(name)[0]) && !personName.MatchString(name)
}

// announcesInLastSentence: the colon-ended sentence of block b says a list
// of parties follows, wherever it says so ("ont convié les treize
// partenaires suivants pour la signature :").
func (l *lexicon) announcesInLastSentence(b *Block) bool {
	if len(b.sents) == 0 {
		return false
	}
	return l.r.Cue("party.announce").Match(b.sents[len(b.sents)-1].Folded())
}
