package wordoverlap

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold maps the typographic variants a producer may choose to one form:
// quotes and apostrophes, non-breaking spaces, ligatures.
var fold = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'", "´", "'",
	"«", "\"", "»", "\"", "“", "\"", "”", "\"", "„", "\"", "\u00a0", " ", "\u202f", " ",
	"ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl")

// Words splits a text into comparable words: NFC, quotes, apostrophes and
// ligatures folded, punctuation around each word stripped, words without a
// letter or digit dropped.
func Words(s string) []string {
	s = fold.Replace(norm.NFC.String(s))
	var out []string
	for _, f := range strings.Fields(s) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// F1 compares the word multisets got and want: precision, recall and their
// harmonic mean, all 0 when either is empty.
func F1(got, want []string) (p, r, f float64) {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	common := 0
	for _, w := range got {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if len(got) == 0 || len(want) == 0 {
		return 0, 0, 0
	}
	p, r = float64(common)/float64(len(got)), float64(common)/float64(len(want))
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}
