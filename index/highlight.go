package index

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// highlighter marks where a query matched in the texts a result shows, by
// analysing them again as the index did: a word is marked where its analysed
// term is one the query looks for ("Santés" for "sante"), a phrase where
// consecutive terms make one of its pairs. This replaces bleve's term
// vectors: storing every word's offsets made the index a third slower to
// build, for the few titles a result shows.
type highlighter struct {
	words, pairs map[string]bool
	fr, bigrams  analysis.Analyzer
}

func (ix *Index) newHighlighter(clauses []Clause) *highlighter {
	m := ix.idx.Mapping()
	h := &highlighter{words: map[string]bool{}, pairs: map[string]bool{},
		fr: m.AnalyzerNamed(frenchAnalyzer), bigrams: m.AnalyzerNamed(bigramAnalyzer)}
	for _, c := range clauses {
		if c.Exclude {
			continue
		}
		tokens := h.fr.Analyze([]byte(c.Text))
		if len(tokens) == 1 {
			h.words[string(tokens[0].Term)] = true
			continue
		}
		for _, p := range h.bigrams.Analyze([]byte(c.Text)) {
			h.pairs[string(p.Term)] = true
		}
	}
	if len(h.words)+len(h.pairs) == 0 {
		return nil
	}
	return h
}

// marks returns the rune ranges of s where the query matched, sorted and
// merged.
func (h *highlighter) marks(s string) [][2]int {
	if h == nil || s == "" {
		return nil
	}
	var bs [][2]int
	if len(h.words) > 0 {
		for _, t := range h.fr.Analyze([]byte(s)) {
			if h.words[string(t.Term)] {
				bs = append(bs, [2]int{t.Start, t.End})
			}
		}
	}
	if len(h.pairs) > 0 {
		for _, t := range h.bigrams.Analyze([]byte(s)) {
			if h.pairs[string(t.Term)] {
				bs = append(bs, [2]int{t.Start, t.End})
			}
		}
	}
	return toRunes(s, bs)
}

// bodyLine returns the first line of a body where the query matched, with
// its marks.
func (h *highlighter) bodyLine(body string) (string, [][2]int) {
	if h == nil {
		return "", nil
	}
	for _, line := range strings.Split(body, "\n") {
		if m := h.marks(line); len(m) > 0 {
			return line, m
		}
	}
	return "", nil
}

// toRunes converts byte ranges of s into sorted, merged rune ranges.
func toRunes(s string, bs [][2]int) [][2]int {
	if len(bs) == 0 {
		return nil
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i][0] < bs[j][0] })
	var out [][2]int
	for _, b := range bs {
		if b[0] < 0 || b[1] > len(s) || b[0] >= b[1] {
			continue
		}
		r := [2]int{utf8.RuneCountInString(s[:b[0]]), utf8.RuneCountInString(s[:b[1]])}
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}
