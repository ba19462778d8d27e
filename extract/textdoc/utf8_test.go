package textdoc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeUTF8(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    string
		invalid int
		mostly  bool
	}{
		{"santé", "santé", 0, true},
		{"santé d\x92Agen \xff", "santé d’Agen ÿ", 2, false},       // one valid é, two stray bytes
		{"santé, année, été \x80", "santé, année, été €", 1, true}, // four é, one stray byte
		{"sant\xe9 \x81", "santé \ufffd", 2, false},
		{"ascii", "ascii", 0, true},
	} {
		got, invalid, mostly := DecodeUTF8([]byte(c.in))
		if got != c.want || invalid != c.invalid || mostly != c.mostly || !utf8.ValidString(got) {
			t.Errorf("DecodeUTF8(%q) = %q, %d, %v; want %q, %d, %v", c.in, got, invalid, mostly, c.want, c.invalid, c.mostly)
		}
	}
}

// Every byte of 0x80 or more reads as x/text's Windows-1252 reads it (the
// table here is checked against the character names it stands for).
func TestWindows1252(t *testing.T) {
	for c, want := range map[byte]rune{0x80: '€', 0x92: '’', 0x9c: 'œ', 0x8c: 'Œ', 0x96: '–', 0x85: '…', 0xe9: 'é', 0xff: 'ÿ', 0x81: '\ufffd'} {
		if got := windows1252(c); got != want {
			t.Errorf("%#x: %q, want %q", c, got, want)
		}
	}
}

// BenchmarkDecodeUTF8 decodes 64 kB of French UTF-8 with a stray byte.
func BenchmarkDecodeUTF8(b *testing.B) {
	data := []byte(strings.Repeat("Le contrat local de santé signé à Agen, décembre 2019. ", 1200) + "\xff")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		DecodeUTF8(data)
	}
}
