package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// A shared head names several organisations at once: "les Départements des
// Côtes d'Armor et du Finistère", "les ARS Occitanie et Nouvelle-Aquitaine",
// "les communautés de communes de A, de B, C et D", "la MSA d'Armorique et
// Portes-de-Bretagne". distributeHeads gives each complement its own
// organisation, the head in the singular.
//
// Such a name is not written contiguously ("Département du Finistère" is
// nowhere in the text): each of them keeps the span of the whole enumeration
// item, head and complements, which is where the text names it.

// pluralArticle: an item opening with these speaks of several organisations.
var pluralArticle = regexp.MustCompile(`(?i)^(?:les|des|aux|ses|leurs)\s+`)

// properArticle: a capitalised article opening a place's name.
var properArticle = regexp.MustCompile(`^(?:Les|La|Le|L')\s*\p{Lu}`)

// complementSep splits the complements of a shared head.
var complementSep = regexp.MustCompile(`\s*,\s*(?:et\s+)?|\s+et\s+|\s+ainsi que\s+`)

// distributeHeads rewrites the pieces of an enumeration where a head is
// shared; other pieces are returned as they are. An acronym does not say
// whether it is plural: in a list item, which names one organisation or
// several of one kind ("URPS Médecins, Infirmiers"), it shares its
// complements; in a sentence ("l'ARS Normandie, Flers Agglo et …") it does not.
func (l *lexicon) distributeHeads(segs []segment, listItem bool) []segment {
	var out []segment
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		text := s.text
		plural := pluralArticle.MatchString(text)
		body := pluralArticle.ReplaceAllString(text, "")
		if !plural {
			body = leadingArticle.ReplaceAllString(body, "")
		}
		head, rest := l.splitHead(body)
		if head == "" {
			out = append(out, s)
			continue
		}
		first := strings.Fields(head)[0]
		plural = plural || pluralWord(first) || listItem && allCaps(first) && len(first) > 1
		// "la mission locale de l'Agenais, de l'Albret et du Confluent" is
		// one organisation: only a plural head shares its complements
		comps := []string{rest}
		if plural {
			comps = splitComplements(rest)
		}
		// bare names after it ("…, de B, C et D") are complements too
		span := s.span
		j := i + 1
		for ; j < len(segs) && l.bareComplement(segs[j], plural); j++ {
			comps = append(comps, segs[j].text)
			span.End = segs[j].span.End
		}
		if len(comps) < 2 {
			out = append(out, s)
			continue
		}
		i = j - 1
		if plural {
			head = singular(head)
		}
		for _, c := range comps {
			out = append(out, segment{text: head + " " + c, span: span, sep: s.sep, rebuilt: true})
		}
	}
	return out
}

// splitHead cuts folded-equivalent text into an organisation word at its
// start ("Caisses Primaires d'Assurance Maladie", "communautés de communes")
// and what follows it; head is "" when it does not start with one.
func (l *lexicon) splitHead(body string) (head, rest string) {
	fm := rules.FoldMap(body)
	f := fm.Text
	end := 0
	for {
		next := end
		for _, j := range joiners {
			if end == 0 && j != "" || !strings.HasPrefix(f[end:], j) {
				continue
			}
			p := end + len(j)
			for _, k := range l.r.OrgKinds {
				if sp, ok := k.Find(f[p:]); ok && sp[0] == 0 && p+sp[1] > next {
					next = p + sp[1]
				}
			}
		}
		if next == end {
			break
		}
		end = next
	}
	if end <= 0 || end >= len(f) {
		return "", ""
	}
	rs := []rune(body)
	n := fm.RuneOffset(end)
	return strings.TrimSpace(string(rs[:n])), strings.TrimSpace(string(rs[n:]))
}

// joiners may sit between two organisation words of one head
// ("Caisses Primaires d'Assurance Maladie").
var joiners = []string{"", " ", " d'", " de ", " du ", " des ", " de l'"}

func splitComplements(rest string) []string {
	if rest == "" || strings.ContainsAny(rest, "()") && strings.Count(rest, "(") != strings.Count(rest, ")") {
		return nil
	}
	var out []string
	for _, c := range complementSep.Split(rest, -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// bareComplement: a piece that continues a shared head: no article, no
// organisation word, a capitalised name or a complement ("de B"). A singular
// head only takes one joined by "et" ("la MSA d'Armorique et Portes-de-Bretagne").
func (l *lexicon) bareComplement(s segment, plural bool) bool {
	if !plural && s.sep != "et" {
		return false
	}
	f := rules.Fold(s.text)
	// "Les Collines", capitalised, is a place's name; "les CPTS" is not
	for _, d := range determiners {
		if strings.HasPrefix(f, d) && !(plural && properArticle.MatchString(s.text)) {
			return false
		}
	}
	if l.orgKindAtStart(f) || l.startsCount(f) || personName.MatchString(s.text) || len(strings.Fields(f)) > 5 {
		return false
	}
	// "… et Nantes Métropole", "… et Flers Agglo": a name of its own kind is
	// an organisation of its own, unless it opens with a place ("Pays de la
	// Loire" completes "les ARS Bretagne et")
	if l.orgKind(s.text) != "" && !l.startsWithPlace(f) {
		return false
	}
	return prepositions.MatchString(f) || unicode.IsUpper([]rune(s.text)[0])
}

// pluralWord: a French plural noun ("Départements", "Centres"), not an
// acronym.
func pluralWord(w string) bool {
	if strings.ToUpper(w) == w {
		return false
	}
	lw := strings.ToLower(w)
	return len(lw) > 3 && (strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x")) && !strings.HasSuffix(lw, "ss")
}

// singular puts a head's words before its first preposition in the singular:
// "Caisses Primaires d'Assurance Maladie" → "Caisse Primaire d'Assurance
// Maladie", "communautés de communes" → "communauté de communes".
func singular(head string) string {
	words := strings.Fields(head)
	for i, w := range words {
		lw := rules.Fold(w)
		if lw == "de" || lw == "du" || lw == "des" || strings.HasPrefix(lw, "d'") {
			break
		}
		if !pluralWord(w) {
			continue
		}
		switch {
		case strings.HasSuffix(lw, "aux"):
			words[i] = w[:len(w)-3] + "al"
		case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x"):
			words[i] = w[:len(w)-1]
		}
	}
	return strings.Join(words, " ")
}

// startsWithPlace: folded text f opens with a région's or département's name.
func (l *lexicon) startsWithPlace(f string) bool {
	for _, sps := range [][][2]int{l.r.Geo.FindRegions(f), l.r.Geo.FindDepartements(f)} {
		for _, sp := range sps {
			if sp[0] == 0 {
				return true
			}
		}
	}
	return false
}
