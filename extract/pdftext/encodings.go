package pdftext

import (
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// The simple-font base encodings. ledongthuc keeps its tables private, so
// the ones a stream walker needs are rebuilt here: WinAnsi and MacRoman from
// x/text's code pages (they are Windows-1252 and Mac OS Roman), Standard
// (Adobe's built-in Type 1 encoding) by glyph name.

var winAnsi, macRoman, standard [256]rune

func init() {
	for i := range 256 {
		b := byte(i)
		winAnsi[i] = charmap.Windows1252.DecodeByte(b)
		macRoman[i] = charmap.Macintosh.DecodeByte(b)
		if i >= 0x20 && i < 0x7f {
			standard[i] = rune(i)
		}
	}
	// WinAnsiEncoding (PDF 32000 D.2) differs from Windows-1252 in that its
	// unused codes above 0x80 show a bullet and 0xA0 and 0xAD are ordinary
	// space and hyphen glyphs.
	for _, b := range []byte{0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d} {
		winAnsi[b] = '•'
	}
	winAnsi[0xa0] = ' '
	winAnsi[0xad] = '-'
	standard['\''] = '’'
	standard['`'] = '‘'
	for code, name := range standardHigh {
		standard[code] = glyphNames[name]
	}
}

// standardHigh is StandardEncoding above 0x7F (PDF 32000 Annex D.2).
var standardHigh = map[int]string{
	0xa1: "exclamdown", 0xa2: "cent", 0xa3: "sterling", 0xa4: "fraction",
	0xa5: "yen", 0xa6: "florin", 0xa7: "section", 0xa8: "currency",
	0xa9: "quotesingle", 0xaa: "quotedblleft", 0xab: "guillemotleft",
	0xac: "guilsinglleft", 0xad: "guilsinglright", 0xae: "fi", 0xaf: "fl",
	0xb1: "endash", 0xb2: "dagger", 0xb3: "daggerdbl", 0xb4: "periodcentered",
	0xb6: "paragraph", 0xb7: "bullet", 0xb8: "quotesinglbase",
	0xb9: "quotedblbase", 0xba: "quotedblright", 0xbb: "guillemotright",
	0xbc: "ellipsis", 0xbd: "perthousand", 0xbf: "questiondown",
	0xc1: "grave", 0xc2: "acute", 0xc3: "circumflex", 0xc4: "tilde",
	0xc5: "macron", 0xc6: "breve", 0xc7: "dotaccent", 0xc8: "dieresis",
	0xca: "ring", 0xcb: "cedilla", 0xcd: "hungarumlaut", 0xce: "ogonek",
	0xcf: "caron", 0xd0: "emdash", 0xe1: "AE", 0xe3: "ordfeminine",
	0xe8: "Lslash", 0xe9: "Oslash", 0xea: "OE", 0xeb: "ordmasculine",
	0xf1: "ae", 0xf5: "dotlessi", 0xf8: "lslash", 0xf9: "oslash", 0xfa: "oe",
	0xfb: "germandbls",
}

// glyphText turns a glyph name of a /Differences array into text, following
// the Adobe Glyph List rules: a known name, uniXXXX (one or more UTF-16
// units), uXXXX[XX], a ligature written a_b_c, and a suffix (.sc, .alt)
// dropped. Names that say nothing (g123, cid45, .notdef) give "".
func glyphText(name string) string {
	if r, ok := glyphNames[name]; ok {
		return string(r)
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphText(name[:i])
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for part := range strings.SplitSeq(name, "_") {
			t := glyphText(part)
			if t == "" {
				return ""
			}
			b.WriteString(t)
		}
		return b.String()
	}
	if len(name) >= 7 && strings.HasPrefix(name, "uni") && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if len(name) >= 5 && len(name) <= 7 && name[0] == 'u' {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= 0x10ffff {
			return string(rune(v))
		}
	}
	return ""
}

// privateUseBullets maps the Private Use Area code points that Symbol and
// Wingdings bullets decode to (Word writes them so) to their meaning, so a
// list item still starts with a recognisable bullet.
var privateUseBullets = map[rune]string{
	0xf0b7: "•", 0xf0a7: "▪", 0xf0a8: "▪", 0xf06e: "▪", 0xf0d8: "➢",
	0xf076: "❖", 0xf0fc: "✓", 0xf0e8: "➔", 0xf071: "❑", 0xf06c: "●",
	0xf02d: "-", 0xf0be: "–",
}
