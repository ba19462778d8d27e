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
	for _, k := range l.r.OrgKinds {
		if sp, ok := k.Find(f); ok && sp[0] == 0 {
			return true
		}
	}
	return false
}

// segment is a piece of an enumeration, in runes of the document.
type segment struct {
	text string
	span Span
}

var determiners = []string{"l'", "la ", "le ", "les ", "un ", "une ", "des ", "tous ", "toutes ", "ses ", "son ", "sa ", "leurs ", "nos ", "l'ensemble "}

// splitEnumeration cuts "A, B, C et D" into organisations. It cuts at a comma
// or "et" only where what follows starts a new name (an article, a capital
// that is not a place name, an organisation word), so "la mission locale de
// l'Agenais, de l'Albret et du Confluent" and "la MSA de Dordogne et
// Lot-et-Garonne" stay whole. Nothing inside parentheses or quotes is cut.
func (l *lexicon) splitEnumeration(text string, base Span) []segment {
	rs := []rune(text)
	var out []segment
	start := 0
	depth, quote := 0, false
	emit := func(end int) {
		s, e := start, end
		for s < e && (unicode.IsSpace(rs[s]) || strings.ContainsRune(",;:", rs[s])) {
			s++
		}
		for e > s && (unicode.IsSpace(rs[e-1]) || strings.ContainsRune(",;:.", rs[e-1])) {
			e--
		}
		if e > s {
			out = append(out, segment{string(rs[s:e]), Span{base.Start + s, base.Start + e, base.Page}})
		}
	}
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '(':
			depth++
			continue
		case ')':
			if depth > 0 {
				depth--
			}
			continue
		case '"':
			quote = !quote
			continue
		}
		if depth > 0 || quote {
			continue
		}
		cut, skip := -1, 0
		if rs[i] == ',' || rs[i] == ';' {
			cut, skip = i, 1
		} else if rs[i] == ' ' {
			for _, conj := range []string{" et ", " ainsi que ", " & ", " avec "} {
				if hasRunePrefix(rs[i:], conj) {
					cut, skip = i, len([]rune(conj))-1
					break
				}
			}
		}
		if cut < 0 {
			continue
		}
		next := strings.TrimLeft(string(rs[cut+skip:min(len(rs), cut+skip+60)]), " ")
		if l.startsName(next) {
			emit(cut)
			start = cut + skip
			i = cut + skip - 1
		}
	}
	emit(len(rs))
	return out
}

func hasRunePrefix(rs []rune, p string) bool {
	pr := []rune(p)
	if len(rs) < len(pr) {
		return false
	}
	for i := range pr {
		if unicode.ToLower(rs[i]) != pr[i] {
			return false
		}
	}
	return true
}

// startsName reports whether text (original case) begins a new organisation's name.
func (l *lexicon) startsName(next string) bool {
	if next == "" {
		return false
	}
	f := rules.Fold(next)
	for _, d := range determiners {
		if strings.HasPrefix(f, d) {
			return true
		}
	}
	first := []rune(next)[0]
	if unicode.IsUpper(first) {
		// "… de Dordogne et Lot-et-Garonne": a place name continues the name
		for _, sp := range l.r.Geo.FindDepartements(f) {
			if sp[0] == 0 {
				return false
			}
		}
		for _, sp := range l.r.Geo.FindRegions(f) {
			if sp[0] == 0 {
				return false
			}
		}
		return true
	}
	return l.orgKindAtStart(f)
}

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
	leadingArticle = regexp.MustCompile(`(?i)^(?:l'|l’|la\s+|le\s+|les\s+)`)
	personName     = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:\s|$)|(?:M\.|Mme|Mlle|Madame|Monsieur|Dr\.?|Docteur|Pr\.?)\s)`)
	contactDetail  = regexp.MustCompile(`@|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}|https?:|www\.`)
	representedBy  = regexp.MustCompile(`(?i),?\s+(?:représenté|represente|représentée|representee|représentés|représentées)s?\s+(?:par|en la personne)\b`)
	adverbialStart = regexp.MustCompile(`^(?:dans|en|pour|de|du|d'|avec|sur|par|à|a|au|aux|lors|depuis|afin|selon|ce|cet|cette|ces|il|elle|ils|elles|qui|dont|notamment|ainsi|puis|après|avant|suite|grâce)(?:\s|$|')`)
)

// cleanParty turns an enumeration segment into a party, or ok=false when it
// is not an organisation: a date or adverbial phrase, people, contact
// details, "les habitants", "les associations".
func (l *lexicon) cleanParty(s segment) (party, bool) {
	name := strings.TrimSpace(s.text)
	span := s.span
	if m := leadingArticle.FindString(name); m != "" {
		span.Start += len([]rune(m))
		name = name[len(m):]
	}
	// "la Ville de Laval, représentée par son Maire": who signs for it
	if m := representedBy.FindStringIndex(name); m != nil {
		name = name[:m[0]]
	}
	name = strings.TrimRight(name, " ,;:.")
	if name == "" {
		return party{}, false
	}
	f := rules.Fold(name)
	if adverbialStart.MatchString(strings.ToLower(name)) || contactDetail.MatchString(name) || personName.MatchString(name) {
		return party{}, false
	}
	if len(l.findDates(f)) > 0 {
		return party{}, false
	}
	if sp, ok := l.r.Cue("party.generic").Find(f); ok && sp[0] <= 12 {
		return party{}, false
	}
	words := strings.Fields(name)
	kind := l.orgKind(name)
	capital := unicode.IsUpper([]rune(name)[0])
	if kind == "" && (!capital || len(words) > 10) {
		return party{}, false
	}
	if len(words) > 16 {
		return party{}, false
	}
	if kind == "" {
		kind = "other"
	}
	span.End = span.Start + len([]rune(name))
	return party{name: name, kind: kind, span: span}, true
}

// parties returns the organisations of an enumeration in block b between
// folded offsets fs and fe, stopping where the enumeration ends ("pour une
// durée de 3 ans", "afin de…").
func (l *lexicon) parties(b *Block, fs, fe int, stopAtEnd bool) []party {
	if stopAtEnd {
		if sp, ok := l.r.Cue("party.end").Find(b.fold.Text[fs:fe]); ok {
			fe = fs + sp[0]
		}
	}
	if fe <= fs {
		return nil
	}
	text, span := b.Orig(fs, fe)
	var out []party
	person := false
	for _, seg := range l.splitEnumeration(text, span) {
		// "M. Paul Martin, maire, et …": what describes a person is no party
		if person && apposition(seg.text) {
			continue
		}
		person = personName.MatchString(strings.TrimSpace(leadingArticle.ReplaceAllString(seg.text, "")))
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
		if p, ok := l.cleanParty(segment{strings.TrimRight(text, " ,;."), Span{span.Start, span.Start + len([]rune(strings.TrimRight(text, " ,;."))), span.Page}}); ok {
			out = append(out, p)
		}
	}
	return out
}

// clauseParties finds the parties an event clause names: the subject of
// "ont signé", the list after "entre" or "avec" in a signing clause.
func (l *lexicon) clauseParties(b *Block, cs, ce int) []party {
	c := b.fold.Text[cs:ce]
	var out []party
	// "… en associant de nombreux partenaires : l'ARS, la CPAM 41, …"
	for _, sp := range l.r.Cue("party.intro").FindAll(c) {
		rest := c[sp[1]:]
		if strings.HasPrefix(strings.TrimLeft(rest, " "), ":") {
			from := cs + sp[1] + strings.Index(rest, ":") + 1
			if strings.TrimSpace(b.fold.Text[from:ce]) != "" {
				out = append(out, l.parties(b, from, ce, true)...)
			}
		}
	}
	if !l.r.Cue("signing").Match(c) {
		return out
	}
	if sp, ok := l.r.Cue("signing.verb").Find(c); ok {
		out = append(out, l.parties(b, cs, cs+sp[0], false)...)
	}
	// "signé le 28 juin 2019 par la Préfecture, l'ARS et le Grand Chalon"
	for _, sp := range l.r.Cue("signing").FindAll(c) {
		i := strings.Index(c[sp[1]:], " par ")
		if i < 0 || i > 40 {
			continue
		}
		from := cs + sp[1] + i + len(" par ")
		out = append(out, l.parties(b, from, ce, true)...)
		break
	}
	for _, kw := range []string{" entre ", " avec "} {
		i := strings.Index(c, kw)
		if i < 0 {
			continue
		}
		from := cs + i + len(kw)
		rest := strings.TrimSpace(b.fold.Text[from:ce])
		if rest == "" || rest == ":" {
			continue // the list follows in the next blocks
		}
		out = append(out, l.parties(b, from, ce, true)...)
	}
	return out
}
