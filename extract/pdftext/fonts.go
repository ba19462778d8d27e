package pdftext

import (
	"strings"

	"github.com/clsx/clsx/extract/pdftext/cjk"
	"github.com/ledongthuc/pdf"
)

// A font is what the walker needs of a PDF font: how to cut a shown string
// into character codes, the text of each code, and its advance width.
// ledongthuc's own Font decodes the whole string at once and indexes widths
// by byte, which goes wrong for two-byte (Identity-H) fonts, after
// ligatures, and for simple fonts that carry a /ToUnicode beside an
// /Encoding; this one keeps code, text and width together.
type font struct {
	name   string
	bold   bool
	italic bool
	// composite is a Type0 font: codes are cut by the code space ranges
	// (two bytes for Identity-H) and widths are looked up by CID.
	composite bool
	space     []codeRange // code space of a composite font
	// toUnicode is the font's /ToUnicode map; it wins over the encoding.
	toUnicode *cmap
	// enc is a simple font's encoding, code to text ("" where unknown).
	enc [256]string
	// predef is a predefined CMap named by /Encoding (EUC-H,
	// UniGB-UTF16-H…): it gives the CID of a code, and its text when the
	// font has no /ToUnicode. collection is the descendant's Adobe
	// collection (CIDSystemInfo /Ordering, "Japan1"), whose CID → Unicode
	// map reads the CIDs of an Identity-H font with no /ToUnicode.
	predef     *cjk.CMap
	collection string
	// widths of a simple font by code, in glyph units.
	firstChar int
	widths    []float64
	missing   float64
	// cidWidths of a composite font by CID, dw the default.
	cidWidths map[uint32]float64
	dw        float64
	cidOf     *cmap // code to CID for an embedded encoding CMap; nil is identity
	// scale turns glyph units into text space: 1/1000, or a Type 3 font's
	// FontMatrix.
	scale float64
	// undecodable counts codes with no text, for the scanned/garbled warning.
	undecodable int
}

// A code is one character code of a shown string.
type code struct {
	v uint32
	n int // bytes
}

// A codeRange is one range of a composite font's code space, the type of
// the predefined CMaps' (an embedded CMap's are read into it too).
type codeRange = cjk.CodeRange

// codes cuts a shown string into character codes.
func (f *font) codes(s string) []code {
	out := make([]code, 0, len(s))
	if !f.composite {
		for i := 0; i < len(s); i++ {
			out = append(out, code{uint32(s[i]), 1})
		}
		return out
	}
	for i := 0; i < len(s); {
		n := f.codeLen(s[i:])
		if n > len(s)-i {
			n = len(s) - i
		}
		var v uint32
		for j := 0; j < n; j++ {
			v = v<<8 | uint32(s[i+j])
		}
		out = append(out, code{v, n})
		i += n
	}
	return out
}

// codeLen is the length of the code at the start of s: the shortest code
// space range that matches byte by byte (PDF 32000 9.7.6.2), else 2, the
// width of the Identity CMaps that composite fonts use almost always.
func (f *font) codeLen(s string) int {
	if len(f.space) == 0 {
		return 2
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
	Ranges:
		for _, r := range f.space {
			if len(r.Lo) != n {
				continue
			}
			for j := 0; j < n; j++ {
				if s[j] < r.Lo[j] || s[j] > r.Hi[j] {
					continue Ranges
				}
			}
			return n
		}
	}
	// No range matches: the spec says to take the shortest length whose
	// first byte fits; a whole range length is a better guess than 1.
	return len(f.space[0].Lo)
}

// text is the Unicode text of a code ("" if unknown).
func (f *font) text(c code) string {
	if f.toUnicode != nil {
		if t, ok := f.toUnicode.lookup(c.v, c.n); ok {
			return t
		}
	}
	if f.composite {
		if t := f.cidText(c); t != "" {
			return t
		}
		f.undecodable++
		return ""
	}
	t := f.enc[c.v&0xff]
	if t == "" {
		f.undecodable++
	}
	return t
}

// width is the advance of a code in glyph units (before scale).
func (f *font) width(c code) float64 {
	if f.composite {
		cid := f.cid(c)
		if w, ok := f.cidWidths[cid]; ok {
			return w
		}
		return f.dw
	}
	i := int(c.v) - f.firstChar
	if i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return f.missing
}

// loadFont reads a font dictionary. It never fails: what it cannot read
// falls back to defaults (Standard encoding, width 500) and shows as
// undecodable glyphs.
func (d *docReader) loadFont(v pdf.Value) *font {
	f := &font{scale: 0.001, dw: 1000}
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:] // subset tag ABCDEF+
	}
	f.name = base
	desc := v.Key("FontDescriptor")
	subtype := v.Key("Subtype").Name()
	if subtype == "Type0" {
		f.composite = true
		desc = v.Key("DescendantFonts").Index(0).Key("FontDescriptor")
	}
	lower := strings.ToLower(base)
	f.setStyle(lower, desc)
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUnicode = d.readCMap(tu)
	}
	if f.composite {
		d.loadComposite(f, v)
		return f
	}
	hasWidths := f.setSimpleWidths(v, desc, lower)
	names := f.setEncoding(v, subtype, lower, desc.Key("Flags").Int64())
	if !hasWidths && subtype != "Type3" {
		if w := std14Widths(base, &f.enc, &names, desc.Key("MissingWidth").Float64()); w != nil {
			f.firstChar, f.widths = 0, w
		}
	}
	return f
}

// setStyle finds bold and italic from the name and the descriptor: the
// layout uses them to tell headings from body text.
func (f *font) setStyle(lower string, desc pdf.Value) {
	f.bold = strings.Contains(lower, "bold") || strings.Contains(lower, "black") ||
		strings.Contains(lower, "heavy") || strings.Contains(lower, "demi") ||
		strings.Contains(lower, "semibold") || strings.HasSuffix(lower, ",b")
	if w := desc.Key("FontWeight").Float64(); w >= 600 {
		f.bold = true
	}
	flags := desc.Key("Flags").Int64()
	if flags&(1<<18) != 0 { // ForceBold
		f.bold = true
	}
	f.italic = strings.Contains(lower, "italic") || strings.Contains(lower, "oblique") || flags&(1<<6) != 0
}

// setSimpleWidths reads a simple font's /Widths, /MissingWidth and a Type 3
// font's FontMatrix; false when the font has no /Widths (a standard 14
// font, whose widths come from its metrics).
func (f *font) setSimpleWidths(v, desc pdf.Value, lower string) bool {
	f.firstChar = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := min(ws.Len(), 65536)
	f.widths = make([]float64, n)
	for i := range n {
		f.widths[i] = ws.Index(i).Float64()
	}
	f.missing = desc.Key("MissingWidth").Float64()
	if f.missing == 0 {
		f.missing = standardWidth(lower)
		if n == 0 {
			f.firstChar = 0
		}
	}
	if v.Key("Subtype").Name() == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	return n > 0
}

// setEncoding fills a simple font's code → text table: the base encoding,
// then /Differences. It returns the glyph names /Differences gives, which
// the standard 14 widths are looked up by.
func (f *font) setEncoding(v pdf.Value, subtype, lower string, flags int64) [256]string {
	enc := v.Key("Encoding")
	table := baseEncoding(enc, subtype, lower, flags)
	for i := range 256 {
		if table != nil && table[i] != 0 && table[i] != 0xfffd {
			f.enc[i] = string(table[i])
		}
	}
	if table == nil {
		// Symbol-like font with no usable encoding: keep ASCII letters
		// (some producers use these fonts for plain text) and read the
		// usual bullet codes as bullets.
		for i := 0x20; i < 0x7f; i++ {
			f.enc[i] = string(rune(i))
		}
		f.enc[0xb7] = "•"
		if strings.Contains(lower, "dingbats") || strings.Contains(lower, "wingdings") {
			for _, c := range []int{0x6c, 0x6e, 0x71, 0x75, 0x76, 0xa7, 0xa8, 0xd8, 0xfc} {
				f.enc[c] = "•"
			}
		}
	}
	var names [256]string
	if enc.Kind() != pdf.Dict {
		return names
	}
	diffs := enc.Key("Differences")
	c := 0
	for i := 0; i < diffs.Len() && i < 1024; i++ {
		x := diffs.Index(i)
		switch x.Kind() {
		case pdf.Integer:
			c = int(x.Int64())
		case pdf.Name:
			if c >= 0 && c < 256 {
				f.enc[c] = glyphText(x.Name())
				names[c] = x.Name()
			}
			c++
		}
	}
	return names
}

// baseEncoding is the table a simple font's codes start from: the named
// /Encoding or /BaseEncoding, else what the font's kind implies; nil for
// symbol fonts with a built-in encoding.
func baseEncoding(enc pdf.Value, subtype, lower string, flags int64) *[256]rune {
	baseName := enc.Name()
	if enc.Kind() == pdf.Dict {
		baseName = enc.Key("BaseEncoding").Name()
	}
	switch baseName {
	case "WinAnsiEncoding":
		return &winAnsi
	case "MacRomanEncoding":
		return &macRoman
	case "StandardEncoding":
		return &standard
	}
	symbolic := flags&4 != 0 && flags&32 == 0
	switch {
	case strings.Contains(lower, "symbol"):
		return nil // built-in Symbol encoding: only the bullet matters here
	case strings.Contains(lower, "dingbats") || strings.Contains(lower, "wingdings"):
		return nil
	case subtype == "Type1" || subtype == "MMType1":
		// Type 1 fonts without an encoding are Standard.
		return &standard
	case subtype == "TrueType" || !symbolic:
		// Non-symbolic TrueType fonts without an encoding are in practice
		// WinAnsi.
		return &winAnsi
	}
	return &standard
}
