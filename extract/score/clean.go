package score

import (
	"strings"
)

// The regular expressions of clsscore.py are written out by hand: Go's RE2
// has ASCII-only \s and \b and no lookahead, and the script's patterns rely
// on Python's Unicode classes and on backtracking order. Each function below
// quotes the pattern it implements and yields the match Python's engine finds.

// titleLeads are the alternatives of the optional leading word of
// clean_title's pattern, in the order the engine tries them:
//
//	axe(?: strategique)? | (?:fiche[ -])?action |
//	objectif(?: strategique| operationnel| specifique| general)? | fiche
//
// A greedy optional part is tried with its content first; the empty word
// (the `?` of the whole group) comes last.
var titleLeads = [][]rune{
	[]rune("axe strategique"), []rune("axe"),
	[]rune("fiche action"), []rune("fiche-action"), []rune("action"),
	[]rune("objectif strategique"), []rune("objectif operationnel"),
	[]rune("objectif specifique"), []rune("objectif general"), []rune("objectif"),
	[]rune("fiche"),
	{},
}

// cleanTitle is clean_title():
//
//	s = fold(s)
//	s = re.sub(r"^(?:LEADS)?\s*(?:n[°o]\s*)?(?:[0-9]+(?:\.[0-9]+)*|[ivx]+(?=[\s.:)\-–]))\s*[:.)\-–]?\s*", "", s)
//	s = re.sub(r"^[\-•*–]\s*", "", s)
//	return s.strip(" ;.,:")
func cleanTitle(v any) string {
	rs := []rune(foldAny(v))
	if n, ok := titleNumberPrefix(rs); ok {
		rs = rs[n:]
	}
	if len(rs) > 0 && (rs[0] == '-' || rs[0] == '•' || rs[0] == '*' || rs[0] == '–') {
		i := 1
		for i < len(rs) && pyIsSpace(rs[i]) {
			i++
		}
		rs = rs[i:]
	}
	return pyStripChars(string(rs), " ;.,:")
}

// titleNumberPrefix returns the length of the match of clean_title's first
// pattern at the start of rs. The engine tries the leading words in order and
// takes the first that lets the rest match. Within one leading word the
// greedy \s* and the greedy number leave no useful backtracking: a shorter
// \s* puts the number on a space, a shorter [ivx]+ leaves an [ivx] for the
// lookahead, and the trailing \s*[:.)\-–]?\s* always matches.
func titleNumberPrefix(rs []rune) (int, bool) {
	for _, lead := range titleLeads {
		if !hasRunePrefix(rs, lead) {
			continue
		}
		if end, ok := titleNumberAfterLead(rs, len(lead)); ok {
			return end, true
		}
	}
	return 0, false
}

// titleNumberAfterLead matches \s*(?:n[°o]\s*)?NUMBER TAIL at p.
func titleNumberAfterLead(rs []rune, p int) (int, bool) {
	p = skipSpace(rs, p)
	// (?:n[°o]\s*)? is greedy: with the "n°" first, then without (where the
	// number would have to start with "n" and so fails).
	if p+1 < len(rs) && rs[p] == 'n' && (rs[p+1] == '°' || rs[p+1] == 'o') {
		if end, ok := titleNumber(rs, skipSpace(rs, p+2)); ok {
			return end, true
		}
	}
	return titleNumber(rs, p)
}

// titleNumber matches (?:[0-9]+(?:\.[0-9]+)*|[ivx]+(?=[\s.:)\-–]))\s*[:.)\-–]?\s*
// at p.
func titleNumber(rs []rune, p int) (int, bool) {
	n := len(rs)
	var e int
	switch {
	case p < n && rs[p] >= '0' && rs[p] <= '9':
		e = skipDigits(rs, p)
		for e+1 < n && rs[e] == '.' && rs[e+1] >= '0' && rs[e+1] <= '9' {
			e = skipDigits(rs, e+1)
		}
	case p < n && isRomanRune(rs[p]):
		e = p
		for e < n && isRomanRune(rs[e]) {
			e++
		}
		if e >= n || !(pyIsSpace(rs[e]) || strings.ContainsRune(".:)-–", rs[e])) {
			return 0, false
		}
	default:
		return 0, false
	}
	e = skipSpace(rs, e)
	if e < n && strings.ContainsRune(":.)-–", rs[e]) {
		e++
	}
	return skipSpace(rs, e), true
}

func isRomanRune(r rune) bool { return r == 'i' || r == 'v' || r == 'x' }

func skipSpace(rs []rune, p int) int {
	for p < len(rs) && pyIsSpace(rs[p]) {
		p++
	}
	return p
}

func skipDigits(rs []rune, p int) int {
	for p < len(rs) && rs[p] >= '0' && rs[p] <= '9' {
		p++
	}
	return p
}

func hasRunePrefix(rs, prefix []rune) bool {
	if len(prefix) > len(rs) {
		return false
	}
	for i, r := range prefix {
		if rs[i] != r {
			return false
		}
	}
	return true
}

// leadingArticles is LEADING_ARTICLES = ^(?:l'|le |la |les |du |de la |de l'|des |d'),
// alternatives in the engine's order (no two of them can both match).
var leadingArticles = []string{"l'", "le ", "la ", "les ", "du ", "de la ", "de l'", "des ", "d'"}

// cleanOrg is clean_org():
//
//	s = fold(s)
//	prev = None
//	while prev != s:
//	    prev = s
//	    s = LEADING_ARTICLES.sub("", s).strip()
//	return s.strip(" ;.,:")
func cleanOrg(v any) string {
	s := foldAny(v)
	for {
		prev := s
		for _, a := range leadingArticles {
			if strings.HasPrefix(s, a) {
				s = s[len(a):]
				break
			}
		}
		s = pyStripSpace(s)
		if s == prev {
			break
		}
	}
	return pyStripChars(s, " ;.,:")
}

// typeWords are the alternatives of TYPE_WORDS, in the pattern's order:
// \b(?:communaute|communautes|...|territoire)\b. The order matters: the
// engine takes the first alternative followed by a word boundary.
var typeWords = [][]rune{
	[]rune("communaute"), []rune("communautes"), []rune("d'agglomeration"),
	[]rune("agglomeration"), []rune("de communes"), []rune("commune"),
	[]rune("communes"), []rune("ville"), []rune("cc"), []rune("ca"),
	[]rune("metropole"), []rune("du"), []rune("de"), []rune("des"),
	[]rune("la"), []rune("le"), []rune("les"), []rune("l'"), []rune("d'"),
	[]rune("sur"), []rune("en"), []rune("pays"), []rune("intercommunalite"),
	[]rune("territoire"),
}

// wordBoundary is Python's Unicode \b at position i of rs.
func wordBoundary(rs []rune, i int) bool {
	if len(rs) == 0 {
		return false
	}
	before := i > 0 && pyIsWord(rs[i-1])
	after := i < len(rs) && pyIsWord(rs[i])
	return before != after
}

// removeTypeWords is TYPE_WORDS.sub(" ", s): scanning left to right, each
// match is replaced by a space and the scan resumes after it.
func removeTypeWords(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); {
		matched := 0
		if wordBoundary(rs, i) {
			for _, w := range typeWords {
				if hasRunePrefix(rs[i:], w) && wordBoundary(rs, i+len(w)) {
					matched = len(w)
					break
				}
			}
		}
		if matched > 0 {
			out = append(out, ' ')
			i += matched
			continue
		}
		out = append(out, rs[i])
		i++
	}
	return string(out)
}

// territoryCore is territory_core(): the set of [a-z0-9]+ words of the folded
// name once quotes and TYPE_WORDS are blanked.
func territoryCore(v any) map[string]bool {
	s := foldAny(v)
	s = strings.ReplaceAll(s, "''", " ")
	s = strings.ReplaceAll(s, `"`, " ")
	s = removeTypeWords(s)
	set := map[string]bool{}
	for _, t := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		set[t] = true
	}
	return set
}

// territoryMatch is territory_match(): one name's core words are contained
// in the other's; names with no core word must fold identically.
func territoryMatch(a, b any) bool {
	ta, tb := territoryCore(a), territoryCore(b)
	if len(ta) == 0 || len(tb) == 0 {
		fa := foldAny(a)
		return fa == foldAny(b) && fa != ""
	}
	return subset(ta, tb) || subset(tb, ta)
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
