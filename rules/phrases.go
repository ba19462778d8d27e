package rules

import (
	"sort"
	"strings"
)

// phrases finds fixed names (départements, régions) in folded text by their
// first word, in one pass over the words: the 101 département names as one
// regular-expression alternation made it the slowest step of extraction.
// It finds what the word-bounded, leftmost-longest alternation finds.
type phrases struct {
	byFirst map[string][]string // first word → names starting with it, longest first
}

func newPhrases(names []string) *phrases {
	p := &phrases{byFirst: map[string][]string{}}
	for _, n := range names {
		n = strings.Join(strings.Fields(Fold(n)), " ")
		if n == "" {
			continue
		}
		first := n
		if i := strings.IndexFunc(n, notWordRune); i > 0 {
			first = n[:i]
		}
		p.byFirst[first] = append(p.byFirst[first], n)
	}
	for _, ns := range p.byFirst {
		sort.Slice(ns, func(i, j int) bool { return len(ns[i]) > len(ns[j]) })
	}
	return p
}

func notWordRune(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }

// FindAll returns the spans of the names in folded text s, leftmost first,
// the longest name at each place, without overlaps.
func (p *phrases) FindAll(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) || i > 0 && isWordByte(s[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		end := -1
		for _, n := range p.byFirst[s[i:j]] {
			if strings.HasPrefix(s[i:], n) && (i+len(n) == len(s) || !isWordByte(s[i+len(n)])) {
				end = i + len(n)
				break
			}
		}
		if end < 0 {
			i = j
			continue
		}
		out = append(out, [2]int{i, end})
		i = end
	}
	return out
}
