package extract

import (
	"strings"
	"unicode"
)

// Words glued by a lost line break are split by scanning the runes once per
// kind of glue. Written as regular expressions (see glue_test.go, which keeps
// them as the reference) they were a tenth of the time of extraction: every
// pair of lower-case letters started a candidate match.

func isLu(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.Is(unicode.Lu, r)
}

func isLl(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return unicode.Is(unicode.Ll, r)
}

// splitGlued applies, in order, the three repairs of Normalize:
//   - a digit then a capitalised word: "Avril 2025Signature", "03/12/2019Le";
//   - two lower-case letters then a capitalised word of three letters or
//     more: "SocialeHoraires" (one letter, "LaSalle", is left alone);
//   - a letter glued to an opening parenthesis: "Nom(Sigle" → "Nom (Sigle".
func splitGlued(s string) string {
	if strings.ContainsAny(s, "0123456789") {
		s = scanGlue(s, 3, func(rs []rune, i int) bool {
			return rs[i] >= '0' && rs[i] <= '9' && isLu(rs[i+1]) && isLl(rs[i+2])
		}, 1, "\n")
	}
	s = scanGlue(s, 5, func(rs []rune, i int) bool {
		return isLl(rs[i]) && isLl(rs[i+1]) && isLu(rs[i+2]) && isLl(rs[i+3]) && isLl(rs[i+4])
	}, 2, "\n")
	if !strings.Contains(s, "(") {
		return s
	}
	return scanGlue(s, 2, func(rs []rune, i int) bool {
		return rs[i+1] == '(' && unicode.IsLetter(rs[i])
	}, 1, " ")
}

// scanGlue inserts sep at offset cut of every match of width runes, matches
// taken leftmost first and without overlap, as a regular expression's
// ReplaceAll does. The text is copied byte for byte: an invalid byte reads
// as U+FFFD for matching, as it does for the expressions, and stays as it is.
func scanGlue(s string, width int, match func([]rune, int) bool, cut int, sep string) string {
	var rs []rune
	var at []int // byte offset of each rune, and len(s) last
	for i, r := range s {
		rs = append(rs, r)
		at = append(at, i)
	}
	at = append(at, len(s))
	var b strings.Builder
	last := 0
	for i := 0; i+width <= len(rs); {
		if !match(rs, i) {
			i++
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[at[last]:at[i+cut]])
		b.WriteString(sep)
		last = i + cut
		i += width
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[at[last]:])
	return b.String()
}
