package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// segment is a piece of an enumeration, in runes of the document. sep is
// what joined it to the previous piece ("," or "et"; "" for the first).
// A name not written as such (a shared head's, a person's commune) is
// rebuilt: its span is where the text names it, not the name itself.
type segment struct {
	text    string
	span    Span
	sep     string
	rebuilt bool
}

var determiners = []string{"l'", "la ", "le ", "les ", "un ", "une ", "des ", "tous ", "toutes ", "ses ", "son ", "sa ", "leurs ", "nos ", "l'ensemble ",
	// quantifiers open a new piece as an article does ("la Préfecture et
	// différents acteurs de santé")
	"differents ", "differentes ", "divers ", "diverses ", "plusieurs ", "de nombreux ", "de nombreuses ", "nombreux ", "nombreuses ", "d'autres ", "autres ", "certains ", "certaines "}

// prepositions open the complement of a name ("de l'Agenais, de l'Albret"):
// after a comma they go on with the enumeration, they never start a name.
var prepositions = regexp.MustCompile(`^(?:de la |de l'|du |des |de |d')`)

// splitEnumeration cuts "A, B, C et D" into pieces. It cuts at a comma or
// "et" only where what follows starts a new name (an article, a capital that
// is not a place name, an organisation word, a count), so "la mission locale
// de l'Agenais, de l'Albret et du Confluent" and "la MSA de Dordogne et
// Lot-et-Garonne" stay whole; after a colon it always cuts ("3 établissements
// : le CHU…"). A comma followed by a lower-case word that is no name, no
// complement and no title ("…, prolongé d'une année") is cut off too, for
// cleanParty to drop.
// Nothing inside parentheses or quotes is cut.
func (l *lexicon) splitEnumeration(text string, base Span) []segment {
	rs := []rune(text)
	var out []segment
	start, sep := 0, ""
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
			out = append(out, segment{text: string(rs[s:e]), span: Span{Start: base.Start + s, End: base.Start + e, Page: base.Page}, sep: sep})
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
		case '"', '«', '»':
			quote = rs[i] == '«' || rs[i] == '"' && !quote
			continue
		}
		if depth > 0 || quote {
			continue
		}
		cut, skip, conj := -1, 0, ","
		if rs[i] == ',' || rs[i] == ';' || rs[i] == ':' {
			cut, skip = i, 1
		} else if rs[i] == ' ' {
			// "des partenaires comme l'ARS et la CAF": what introduces
			// examples ends the piece before them
			for _, c := range []string{" et ", " ainsi que ", " & ", " avec ", " comme ", " tels que ", " telles que ", " notamment ", " en particulier "} {
				if hasRunePrefix(rs[i:], c) {
					cut, skip, conj = i, len([]rune(c))-1, strings.TrimSpace(c)
					break
				}
			}
		}
		if cut < 0 && rs[i] == ' ' && i > start && l.capitalisedArticleOrg(rs[i+1:]) {
			// "Le Préfet de Guyane Le Directeur Général de l'ARS": a
			// formal list whose separators a transcript lost; a capitalised
			// article inside it opens the next organisation or title
			emit(i)
			start, sep = i+1, ","
			continue
		}
		if cut < 0 {
			continue
		}
		next := strings.TrimLeft(string(rs[cut+skip:min(len(rs), cut+skip+60)]), " ,")
		if strings.HasPrefix(next, "et ") {
			continue // ", et la Région": the "et" cuts
		}
		if rs[i] == ':' || l.startsName(next) && !(conj == "et" && l.continuesName(next)) || rs[i] == ',' && l.leavesNames(next) {
			emit(cut)
			start, sep = cut+skip, conj
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

// startsName reports whether text (original case) begins a new piece of an
// enumeration: an organisation's name, or a count ("35 partenaires").
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
	if l.startsCount(f) {
		return true
	}
	// "… et à Chartres métropole": "à" before an organisation
	if m := toPreposition.FindString(f); m != "" && l.orgKind(string([]rune(next)[len([]rune(m)):])) != "" {
		return true
	}
	// "… et du Conseil régional": a preposition before an organisation
	if m := prepositions.FindString(f); m != "" && l.orgKindAtStart(leadingArticle.ReplaceAllString(f[len(m):], "")) {
		return true
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

// startsCount: folded text opening with a number ("35 autres partenaires",
// "trois établissements").
func (l *lexicon) startsCount(f string) bool {
	w, _, _ := strings.Cut(f, " ")
	if w == "" || w == f {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := l.r.Numbers[w]
	return ok
}

// continuesName: after "et", a word that goes on with the same name
// ("Territorial et Rural").
func (l *lexicon) continuesName(next string) bool {
	f := rules.Fold(next)
	sp, ok := l.r.Cue("party.continues").Find(f)
	if !ok || sp[0] != 0 {
		return false
	}
	// "… et Santé Escale 41": a capitalised word after it starts a name
	rs := []rune(next)
	r := rules.FoldMap(next).RuneOffset(sp[1])
	return !(r+1 < len(rs) && rs[r] == ' ' && unicode.IsUpper(rs[r+1]))
}

// leavesNames: after a comma, lower-case words that neither name an
// organisation nor complete one nor give a person's title ("…, prolongé
// d'une année", "…, relative à l'ingénierie").
func (l *lexicon) leavesNames(next string) bool {
	if next == "" || !unicode.IsLower([]rune(next)[0]) {
		return false
	}
	f := rules.Fold(next)
	if prepositions.MatchString(f) || strings.HasPrefix(f, "represent") || l.orgKindAtStart(f) {
		return false
	}
	if sp, ok := l.r.Cue("party.role").Find(f); ok && sp[0] == 0 {
		return false
	}
	return true
}

// capitalisedArticleOrg: rs opens on "Le", "La", "L'" or "Les" with a
// capital, then an organisation word or a title ("Le Directeur Général",
// "La Caisse Primaire"), not a place ("La Rochelle").
func (l *lexicon) capitalisedArticleOrg(rs []rune) bool {
	if len(rs) < 4 || rs[0] != 'L' {
		return false
	}
	head := string(rs[:min(len(rs), 80)])
	m := leadingArticle.FindString(head)
	if m == "" || !strings.HasPrefix(m, "L") {
		return false
	}
	rest := rules.Fold(head[len(m):])
	if l.orgKindAtStart(rest) {
		return true
	}
	sp, ok := l.r.Cue("party.role").Find(rest)
	return ok && sp[0] == 0
}
