package rules

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// Pattern is one compiled rule pattern, remembering where it was written.
type Pattern struct {
	Source string
	Where  string // FILE:LINE
	re     *regexp.Regexp
	lit    string // a word every match contains ("" if none is sure)
}

// compilePattern turns the pattern syntax of the rule files into a regular
// expression over folded text: spaces match any white space, "word*" matches
// any word with that prefix, and the pattern only matches whole words.
func compilePattern(src string) (*regexp.Regexp, error) {
	// the pattern alone must be a valid expression: the word-boundary wrapper
	// would otherwise hide an unbalanced "a)|(b"
	if _, err := regexp.Compile(foldPattern(src)); err != nil {
		return nil, fmt.Errorf("bad pattern %q: %v", src, err)
	}
	expr := patternExpr(src)
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("bad pattern %q: %v", src, err)
	}
	if re.MatchString("") {
		return nil, fmt.Errorf("bad pattern %q: it matches empty text", src)
	}
	return re, nil
}

func patternExpr(src string) string {
	src = foldPattern(src)
	var b strings.Builder
	b.WriteString(`(?:^|[^a-z0-9])(`)
	space := false
	bracket := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if bracket || c == '\\' {
			// character classes and escapes are regular-expression syntax: as written
			if c == ']' && bracket {
				bracket = false
			}
			if space {
				b.WriteString(`\s+`)
				space = false
			}
			b.WriteByte(c)
			if c == '\\' && i+1 < len(src) {
				i++
				b.WriteByte(src[i])
			}
			continue
		}
		switch {
		case c == '[':
			bracket = true
		case c == ' ':
			space = true
			continue
		case c == '?' && space:
			// "psycho ?sociales": the space is optional
			b.WriteString(`\s*`)
			space = false
			continue
		case c == '*' && i > 0 && isWordByte(src[i-1]):
			if space {
				b.WriteString(`\s+`)
				space = false
			}
			b.WriteString(`[a-z0-9]*`)
			continue
		case c == '\'':
			if space {
				b.WriteString(`\s*`)
				space = false
			}
			b.WriteString(`'\s*`)
			// a space after an apostrophe is optional too: "l' ARS", "l'ARS"
			for i+1 < len(src) && src[i+1] == ' ' {
				i++
			}
			continue
		}
		if space {
			b.WriteString(`\s+`)
			space = false
		}
		b.WriteByte(c)
	}
	b.WriteString(`)(?:$|[^a-z0-9])`)
	return b.String()
}

// foldPattern folds the words of a pattern like text is folded, so rules can
// be written with accents and capitals, but leaves its regular-expression
// syntax alone: escapes ("\\D") and character classes ("[0-9]").
func foldPattern(src string) string {
	var b strings.Builder
	bracket := false
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs):
			b.WriteRune(r)
			i++
			b.WriteRune(rs[i])
			continue
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		}
		if bracket || r == '[' || r == ']' {
			b.WriteRune(r)
			continue
		}
		b.WriteString(Fold(string(r)))
	}
	return b.String()
}

// literalOf returns a run of letters that every match of the pattern
// contains, for a cheap strings.Contains test before the regular expression;
// "" when it cannot be sure (alternation at the top level). Only runs outside
// groups count, and a letter made optional by "?" ends a run.
func literalOf(src string) string {
	src = foldPattern(src)
	if len(splitTopLevel(src)) > 1 {
		return ""
	}
	best, run := "", []byte{}
	flush := func() {
		if len(run) > len(best) {
			best = string(run)
		}
		run = run[:0]
	}
	depth := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\':
			flush()
			i++
		case c == '{':
			// a repetition count: drop the repeated letter, skip the count
			if len(run) > 0 {
				run = run[:len(run)-1]
			}
			flush()
			for i < len(src) && src[i] != '}' {
				i++
			}
		case c == '(' || c == '[':
			flush()
			depth++
		case c == ')' || c == ']':
			depth--
		case depth > 0:
		case isWordByte(c):
			if i+1 < len(src) && (src[i+1] == '?' || src[i+1] == '*' && false) {
				flush() // this letter is optional
				continue
			}
			if i+1 < len(src) && src[i+1] == '+' {
				run = append(run, c)
				flush()
				continue
			}
			run = append(run, c)
		default:
			flush()
		}
	}
	flush()
	return best
}

// literalsOf returns words one of which any match of the pattern contains:
// its sure word, or, for a pattern that opens on a group of alternatives
// ("(associant|reunissant|rassemblant)"), the sure word of each; nil when
// there is none.
func literalsOf(src string) []string {
	if lit := literalOf(src); lit != "" {
		return []string{lit}
	}
	f := foldPattern(src)
	if !strings.HasPrefix(f, "(") {
		return nil
	}
	depth, end := 0, -1
	for i, c := range f {
		if c == '(' {
			depth++
		} else if c == ')' {
			depth--
			if depth == 0 {
				end = i
				break
			}
		}
	}
	if end < 0 || end+1 < len(f) && (f[end+1] == '?' || f[end+1] == '*') {
		return nil // the group is optional: it guarantees nothing
	}
	var out []string
	for _, alt := range splitTopLevel(f[1:end]) {
		lit := literalOf(alt)
		if lit == "" {
			return nil
		}
		out = append(out, lit)
	}
	return out
}

// splitTopLevel cuts a pattern at the "|" outside its groups.
func splitTopLevel(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// Matcher finds the matches of a set of patterns in folded text.
type Matcher struct {
	patterns []Pattern
	re       *regexp.Regexp // all patterns as one alternation
	lits     []string       // one sure word a pattern; nil if a pattern has none
	// each pattern's sure words (nil: none), and the alternations of the
	// patterns a text may hold, compiled once per set of them (subsets):
	// a pattern whose sure words a text lacks cannot match it, so leaving
	// it out changes no result, and a class of forty patterns is searched
	// with the three a sentence may hold
	patLits [][]string
	subsets sync.Map // uint64 bitmask of patterns → *regexp.Regexp
}

// mayMatch is a cheap test: false means no pattern can match s.
func (m *Matcher) mayMatch(s string) bool {
	if m.lits == nil {
		return true
	}
	for _, l := range m.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

func newMatcher(ps []Pattern) (*Matcher, error) {
	m := &Matcher{patterns: ps}
	if len(ps) == 0 {
		return m, nil
	}
	for _, p := range ps {
		lits := literalsOf(p.Source)
		if lits == nil {
			m.lits = nil
			break
		}
		m.lits = append(m.lits, lits...)
	}
	m.patLits = make([][]string, len(ps))
	for i, p := range ps {
		m.patLits[i] = literalsOf(p.Source)
	}
	re, err := alternation(ps, nil)
	if err != nil {
		return nil, err
	}
	m.re = re
	return m, nil
}

// alternation compiles the patterns (those keep says, all when keep is nil)
// as one leftmost-longest alternation: "Lot-et-Garonne" must win over "Lot",
// "contrat local de santé mentale" over "contrat local de santé", whatever
// the rule order.
func alternation(ps []Pattern, keep []bool) (*regexp.Regexp, error) {
	var parts []string
	for i, p := range ps {
		if keep != nil && !keep[i] {
			continue
		}
		e := patternExpr(p.Source)
		// strip the outer word-boundary wrapper: the combined expression adds it once
		parts = append(parts, e[len(`(?:^|[^a-z0-9])(`):len(e)-len(`)(?:$|[^a-z0-9])`)])
	}
	re, err := regexp.Compile(`(?:^|[^a-z0-9])(` + strings.Join(parts, "|") + `)(?:$|[^a-z0-9])`)
	if err != nil {
		return nil, err
	}
	re.Longest()
	return re, nil
}

// minSubsetPatterns: classes smaller than this are searched whole, and so
// are texts shorter than minSubsetText (a few words: the whole alternation
// costs less than choosing its part).
const (
	minSubsetPatterns = 8
	minSubsetText     = 48
)

// reFor returns the alternation of the patterns text s may hold, or nil
// when none may.
func (m *Matcher) reFor(s string) *regexp.Regexp {
	if len(m.patterns) < minSubsetPatterns || len(m.patterns) > 64 || len(s) < minSubsetText {
		if !m.mayMatch(s) {
			return nil
		}
		return m.re
	}
	var mask uint64
	for i, lits := range m.patLits {
		if lits == nil {
			mask |= 1 << uint(i)
			continue
		}
		for _, l := range lits {
			if strings.Contains(s, l) {
				mask |= 1 << uint(i)
				break
			}
		}
	}
	if mask == 0 {
		return nil
	}
	if re, ok := m.subsets.Load(mask); ok {
		return re.(*regexp.Regexp)
	}
	keep := make([]bool, len(m.patterns))
	for i := range keep {
		keep[i] = mask&(1<<uint(i)) != 0
	}
	re, err := alternation(m.patterns, keep)
	if err != nil {
		return m.re // cannot happen: the whole alternation compiled
	}
	m.subsets.Store(mask, re)
	return re
}

// Empty reports whether the matcher has no pattern.
func (m *Matcher) Empty() bool { return m == nil || m.re == nil }

// Match reports whether any pattern matches folded text s.
func (m *Matcher) Match(s string) bool {
	if m.Empty() {
		return false
	}
	re := m.reFor(s)
	return re != nil && re.MatchString(s)
}

// FindAll returns the byte spans [start, end) of the non-overlapping matches in
// folded text s, leftmost first.
func (m *Matcher) FindAll(s string) [][2]int {
	if m.Empty() {
		return nil
	}
	re := m.reFor(s)
	if re == nil {
		return nil
	}
	var out [][2]int
	pos := 0
	for pos <= len(s) {
		loc := re.FindStringSubmatchIndex(s[pos:])
		if loc == nil {
			break
		}
		st, en := pos+loc[2], pos+loc[3]
		out = append(out, [2]int{st, en})
		// the trailing boundary character may start the next match
		next := pos + loc[3]
		if next <= pos {
			next = pos + 1
		}
		pos = next
	}
	return out
}

// Find returns the first match in s, or ok=false.
func (m *Matcher) Find(s string) (span [2]int, ok bool) {
	if m.Empty() {
		return span, false
	}
	re := m.reFor(s)
	if re == nil {
		return span, false
	}
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return span, false
	}
	return [2]int{loc[2], loc[3]}, true
}

// Patterns returns the patterns of the matcher, in rule order.
func (m *Matcher) Patterns() []Pattern {
	if m == nil {
		return nil
	}
	return m.patterns
}
