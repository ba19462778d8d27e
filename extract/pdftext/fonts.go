package pdftext

import (
	"sort"
	"strings"
	"unicode/utf16"

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
	// ucs2 decodes codes as UTF-16 (predefined Uni…-UCS2/UTF16 CMaps).
	ucs2 bool
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

type codeRange struct {
	lo, hi []byte
}

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
			if len(r.lo) != n {
				continue
			}
			for j := 0; j < n; j++ {
				if s[j] < r.lo[j] || s[j] > r.hi[j] {
					continue Ranges
				}
			}
			return n
		}
	}
	// No range matches: the spec says to take the shortest length whose
	// first byte fits; a whole range length is a better guess than 1.
	return len(f.space[0].lo)
}

// text is the Unicode text of a code ("" if unknown).
func (f *font) text(c code) string {
	if f.toUnicode != nil {
		if t, ok := f.toUnicode.lookup(c.v, c.n); ok {
			return t
		}
	}
	if f.composite {
		if f.ucs2 {
			return string(utf16.Decode([]uint16{uint16(c.v)}))
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
		cid := c.v
		if f.cidOf != nil {
			if t, ok := f.cidOf.lookupCID(c.v, c.n); ok {
				cid = t
			}
		}
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

	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUnicode = d.readCMap(tu)
	}
	if f.composite {
		d.loadComposite(f, v)
		return f
	}

	// Simple font: widths, then encoding.
	f.firstChar = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := ws.Len()
	if n > 65536 {
		n = 65536
	}
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
	if subtype == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}

	symbolic := flags&4 != 0 && flags&32 == 0
	var table *[256]rune
	switch {
	case strings.Contains(lower, "symbol"):
		table = nil // built-in Symbol encoding: only the bullet matters here
	case strings.Contains(lower, "dingbats") || strings.Contains(lower, "wingdings"):
		table = nil
	case subtype == "TrueType" || !symbolic:
		// Non-symbolic TrueType fonts without an encoding are in practice
		// WinAnsi; Type 1 ones are Standard but agree on letters.
		table = &winAnsi
		if subtype == "Type1" || subtype == "MMType1" {
			table = &standard
		}
	default:
		table = &standard
	}
	enc := v.Key("Encoding")
	baseName := enc.Name()
	if enc.Kind() == pdf.Dict {
		baseName = enc.Key("BaseEncoding").Name()
	}
	switch baseName {
	case "WinAnsiEncoding":
		table = &winAnsi
	case "MacRomanEncoding":
		table = &macRoman
	case "StandardEncoding":
		table = &standard
	}
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
	var names [256]string // glyph names of /Differences, for std14Widths
	if enc.Kind() == pdf.Dict {
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
	}
	if n == 0 && subtype != "Type3" {
		if w := std14Widths(base, &f.enc, &names, desc.Key("MissingWidth").Float64()); w != nil {
			f.firstChar, f.widths = 0, w
		}
	}
	return f
}

func (d *docReader) loadComposite(f *font, v pdf.Value) {
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case pdf.Name:
		n := enc.Name()
		switch {
		case n == "Identity-H" || n == "Identity-V":
			f.space = []codeRange{{[]byte{0, 0}, []byte{0xff, 0xff}}}
		case strings.Contains(n, "UCS2") || strings.Contains(n, "UTF16"):
			f.ucs2 = true
			f.space = []codeRange{{[]byte{0, 0}, []byte{0xff, 0xff}}}
		}
	case pdf.Stream:
		m := d.readCMap(enc)
		if m != nil {
			f.space = m.space
			f.cidOf = m
		}
	}
	if len(f.space) == 0 && f.toUnicode != nil && len(f.toUnicode.space) > 0 {
		f.space = f.toUnicode.space
	}
	desc := v.Key("DescendantFonts").Index(0)
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64()
	}
	f.cidWidths = make(map[uint32]float64)
	w := desc.Key("W")
	n := w.Len()
	for i := 0; i < n; {
		first := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			c := uint32(first.Int64())
			for j := 0; j < next.Len() && j < 65536; j++ {
				f.cidWidths[c+uint32(j)] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi := first.Int64(), next.Int64()
		wd := w.Index(i + 2).Float64()
		if hi-lo <= 65536 {
			for c := lo; c <= hi; c++ {
				f.cidWidths[uint32(c)] = wd
			}
		}
		i += 3
	}
}

// A cmap is a parsed CMap stream: a /ToUnicode map (code → text) or an
// encoding CMap (code → CID). Small ranges are expanded into the map;
// large ones are kept as ranges.
type cmap struct {
	space  []codeRange
	single map[uint64]string // key: n<<32 | code
	ranges []cmapRange
	cids   map[uint64]uint32
	cidRgs []cidRange
}

type cmapRange struct {
	n      int
	lo, hi uint32
	dst    []uint16 // UTF-16 of lo's text; the last unit counts up
}

type cidRange struct {
	n      int
	lo, hi uint32
	cid    uint32
}

func key(v uint32, n int) uint64 { return uint64(n)<<32 | uint64(v) }

func (m *cmap) lookup(v uint32, n int) (string, bool) {
	if t, ok := m.single[key(v, n)]; ok {
		return t, true
	}
	for _, r := range m.ranges {
		if r.n == n && v >= r.lo && v <= r.hi {
			u := append([]uint16(nil), r.dst...)
			u[len(u)-1] += uint16(v - r.lo)
			return string(utf16.Decode(u)), true
		}
	}
	return "", false
}

func (m *cmap) lookupCID(v uint32, n int) (uint32, bool) {
	if c, ok := m.cids[key(v, n)]; ok {
		return c, true
	}
	for _, r := range m.cidRgs {
		if r.n == n && v >= r.lo && v <= r.hi {
			return r.cid + v - r.lo, true
		}
	}
	return 0, false
}

func bytesVal(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 { // a one-byte destination: take it as a code unit
		u = append(u, uint16(s[len(s)-1]))
	}
	return u
}

// readCMap parses a CMap stream with the tolerant lexer: the operands
// between a begin…/end… pair are taken as they come, so a count that does
// not match its entries, or a malformed name elsewhere in the CMap (seen
// in the wild), does no harm. nil if the stream holds no mapping.
func (d *docReader) readCMap(v pdf.Value) *cmap {
	data, _ := d.streamBytes(v)
	m := &cmap{single: map[uint64]string{}, cids: map[uint64]uint32{}}
	interpret(data, 1<<16, func(op string, args []operand) {
		switch op {
		case "endcodespacerange":
			for i := 0; i+1 < len(args); i += 2 {
				lo, hi := args[i].str, args[i+1].str
				if len(lo) == 0 || len(lo) != len(hi) || len(lo) > 4 {
					continue
				}
				m.space = append(m.space, codeRange{[]byte(lo), []byte(hi)})
			}
		case "endbfchar":
			for i := 0; i+1 < len(args); i += 2 {
				src := args[i].str
				if len(src) == 0 || len(src) > 4 || args[i].kind != opStr {
					continue
				}
				var t string
				if args[i+1].kind == opName { // glyph name destination
					t = glyphText(args[i+1].str)
				} else {
					t = string(utf16.Decode(utf16Units(args[i+1].str)))
				}
				m.single[key(bytesVal(src), len(src))] = t
			}
		case "endbfrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi := args[i].str, args[i+1].str
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				l, h := bytesVal(lo), bytesVal(hi)
				if h < l {
					continue
				}
				n := len(lo)
				dst := args[i+2]
				if dst.kind == opArr {
					for j := 0; j < len(dst.arr) && uint32(j) <= h-l; j++ {
						m.single[key(l+uint32(j), n)] = string(utf16.Decode(utf16Units(dst.arr[j].str)))
					}
					continue
				}
				u := utf16Units(dst.str)
				if len(u) == 0 {
					continue
				}
				if h-l < 256 {
					for c := l; c <= h; c++ {
						uu := append([]uint16(nil), u...)
						uu[len(uu)-1] += uint16(c - l)
						m.single[key(c, n)] = string(utf16.Decode(uu))
					}
				} else {
					m.ranges = append(m.ranges, cmapRange{n, l, h, u})
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(args); i += 2 {
				src := args[i].str
				if len(src) == 0 || len(src) > 4 {
					continue
				}
				m.cids[key(bytesVal(src), len(src))] = uint32(args[i+1].n())
			}
		case "endcidrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi := args[i].str, args[i+1].str
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				m.cidRgs = append(m.cidRgs, cidRange{len(lo), bytesVal(lo), bytesVal(hi), uint32(args[i+2].n())})
			}
		}
	})
	if len(m.single) == 0 && len(m.ranges) == 0 && len(m.cids) == 0 && len(m.cidRgs) == 0 && len(m.space) == 0 {
		return nil
	}
	sort.Slice(m.space, func(i, j int) bool { return len(m.space[i].lo) < len(m.space[j].lo) })
	return m
}
