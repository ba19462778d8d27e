package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folded is a folded copy of a text with, for every byte of the folded string,
// the index of the rune of the original text it came from. Matching runs on the
// folded string; evidence is reported in runes of the original.
type Folded struct {
	Text   string
	runeAt []int // len(Text)+1 entries
}

// RuneOffset converts a byte offset of the folded text into a rune offset of the
// original text.
func (f *Folded) RuneOffset(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(f.runeAt) {
		return f.runeAt[len(f.runeAt)-1]
	}
	return f.runeAt[b]
}

// Fold returns the folded form of s: the form every rule pattern is matched against.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

// FoldMap folds s and keeps the mapping back to rune offsets of s.
func FoldMap(s string) *Folded {
	var b strings.Builder
	b.Grow(len(s))
	runeAt := make([]int, 0, len(s)+1)
	i := 0
	for _, r := range s {
		before := b.Len()
		foldRune(&b, r)
		for k := before; k < b.Len(); k++ {
			runeAt = append(runeAt, i)
		}
		i++
	}
	runeAt = append(runeAt, i)
	return &Folded{Text: b.String(), runeAt: runeAt}
}

// foldRune writes the folded form of one rune. It never writes nothing for a
// visible character, so every span of the folded text maps back to the original.
func foldRune(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 32)
		case r == '-':
			b.WriteByte(' ')
		case r == '`':
			b.WriteByte('\'')
		default:
			b.WriteByte(byte(r))
		}
		return
	}
	switch r {
	case 'œ', 'Œ':
		b.WriteString("oe")
		return
	case 'æ', 'Æ':
		b.WriteString("ae")
		return
	case '’', '‘', 'ʼ', '′', '`', '´':
		b.WriteByte('\'')
		return
	case '–', '—', '‐', '‑', '‒', '−':
		b.WriteByte(' ')
		return
	case '\u00a0', '\u202f', '\u2009', '\u2007', '\u200a', '\u2002', '\u2003':
		b.WriteByte(' ')
		return
	case 'ß', 'ẞ':
		b.WriteString("ss")
		return
	}
	if f, ok := latinFold[r]; ok {
		b.WriteByte(f)
		return
	}
	if unicode.Is(unicode.Mn, r) {
		return // a combining accent of decomposed text ("me\u0301decin")
	}
	// Strip accents: decompose, keep the base letter.
	d := norm.NFD.String(string(r))
	base, _ := utf8.DecodeRuneInString(d)
	if base != r && base < utf8.RuneSelf {
		foldRune(b, base)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

// latinFold covers the accented letters of French directly: decomposing them
// one by one is the slow path.
var latinFold = map[rune]byte{
	'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'ã': 'a', 'å': 'a',
	'À': 'a', 'Â': 'a', 'Ä': 'a', 'Á': 'a', 'Ã': 'a', 'Å': 'a',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'É': 'e', 'È': 'e', 'Ê': 'e', 'Ë': 'e',
	'î': 'i', 'ï': 'i', 'í': 'i', 'ì': 'i', 'Î': 'i', 'Ï': 'i', 'Í': 'i', 'Ì': 'i',
	'ô': 'o', 'ö': 'o', 'ó': 'o', 'ò': 'o', 'õ': 'o', 'Ô': 'o', 'Ö': 'o', 'Ó': 'o', 'Ò': 'o', 'Õ': 'o',
	'ù': 'u', 'û': 'u', 'ü': 'u', 'ú': 'u', 'Ù': 'u', 'Û': 'u', 'Ü': 'u', 'Ú': 'u',
	'ç': 'c', 'Ç': 'c', 'ÿ': 'y', 'Ÿ': 'y', 'ñ': 'n', 'Ñ': 'n',
}
