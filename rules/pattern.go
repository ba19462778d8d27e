package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// Pattern is one compiled rule pattern, remembering where it was written.
type Pattern struct {
	Source string
	Where  string // FILE:LINE
	re     *regexp.Regexp
}

// compilePattern turns the pattern syntax of the rule files into a regular
// expression over folded text: spaces match any white space, "word*" matches
// any word with that prefix, and the pattern only matches whole words.
func compilePattern(src string) (*regexp.Regexp, error) {
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
	// Fold the pattern the way text is folded, so rules can be written with
	// accents and capitals.
	src = Fold(src)
	var b strings.Builder
	b.WriteString(`(?:^|[^a-z0-9])(`)
	space := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == ' ':
			space = true
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

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// Matcher finds the matches of a set of patterns in folded text.
type Matcher struct {
	patterns []Pattern
	re       *regexp.Regexp // all patterns as one alternation
}

func newMatcher(ps []Pattern) (*Matcher, error) {
	m := &Matcher{patterns: ps}
	if len(ps) == 0 {
		return m, nil
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		e := patternExpr(p.Source)
		// strip the outer word-boundary wrapper: the combined expression adds it once
		parts[i] = e[len(`(?:^|[^a-z0-9])(`) : len(e)-len(`)(?:$|[^a-z0-9])`)]
	}
	re, err := regexp.Compile(`(?:^|[^a-z0-9])(` + strings.Join(parts, "|") + `)(?:$|[^a-z0-9])`)
	if err != nil {
		return nil, err
	}
	// Leftmost-longest: "Lot-et-Garonne" must win over "Lot", "contrat local
	// de santé mentale" over "contrat local de santé", whatever the rule order.
	re.Longest()
	m.re = re
	return m, nil
}

// Empty reports whether the matcher has no pattern.
func (m *Matcher) Empty() bool { return m == nil || m.re == nil }

// Match reports whether any pattern matches folded text s.
func (m *Matcher) Match(s string) bool {
	if m.Empty() {
		return false
	}
	return m.re.MatchString(s)
}

// FindAll returns the byte spans [start, end) of the non-overlapping matches in
// folded text s, leftmost first.
func (m *Matcher) FindAll(s string) [][2]int {
	if m.Empty() {
		return nil
	}
	var out [][2]int
	pos := 0
	for pos <= len(s) {
		loc := m.re.FindStringSubmatchIndex(s[pos:])
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
	loc := m.re.FindStringSubmatchIndex(s)
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
