package pdftext

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// The content-stream walker: it reads a page's content with ledongthuc
// (Value.Reader: decryption, filters), tokenizes it with the tolerant lexer
// (lexer.go), keeps the graphics and text state the PDF 32000 §9.4 way,
// and emits one positioned glyph per character code in stream order.
// ledongthuc's Content() does the same in spirit but misses Td-only
// positioning, Tw, TJ offsets inside glyph widths, two-byte codes and Form
// XObjects; see doc.go.

// A glyph is one shown character code, placed on the page.
type glyph struct {
	s    string  // its text ("" if undecodable)
	x, y float64 // origin on the page (PDF space, y up)
	w    float64 // advance along the baseline, Tc included, Tw not
	size float64 // font size on the page
	font *font
	// ang is the baseline's angle, 0 for horizontal text.
	ang float64
	// invisible marks text rendering mode 3 (OCR layers, hidden text).
	invisible bool
	// parStart marks the first word of a line that OCR found to start a
	// paragraph (a glyph of a text page never has it).
	parStart bool
}

// matrix is an affine transform [a b c d e f], PDF's row-vector form.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(tx, ty float64) matrix { return matrix{1, 0, 0, 1, tx, ty} }

// gstate is the part of the graphics state that q/Q save: the CTM and the
// text state parameters (the text matrices are not saved, per the spec).
type gstate struct {
	ctm   matrix
	tc    float64 // character spacing
	tw    float64 // word spacing
	th    float64 // horizontal scaling (Tz/100)
	tl    float64 // leading
	trise float64
	font  *font
	tfs   float64
	mode  int // text rendering mode
}

// limits of one page's walk: a page is content, not a program, and these
// are far above any real document's (a dense page shows ~5,000 glyphs).
const (
	maxGlyphsPerPage = 500_000
	maxFormDepth     = 12
	maxGStack        = 1_000
)

// docReader is what the pages of one document share: the font cache and
// the raw bytes (for stream filters ledongthuc lacks).
type docReader struct {
	fonts map[string]*font // by font dictionary text
	raw   []byte           // the file, nil if encrypted
}

type pageWalker struct {
	doc *docReader
	res pdf.Value
	// resFonts caches res's fonts by resource name: Tf comes every few
	// glyphs, and each lookup would re-read and re-print the font object.
	resFonts map[string]*font
	g        gstate
	stack    []gstate
	tm       matrix
	tlm      matrix
	glyphs   []glyph
	forms    map[string]bool // forms being walked, against Do cycles
	depth    int
	images   int
	// unknownFont counts Tf of a name the resources do not define.
	unknownFont int
	truncated   bool
	// path is the path under construction, rules the painted thin
	// rectangles and lines: table cell borders, used to split cells.
	path  []rule
	rules []rule
	cur   [2]float64 // current point, user space
}

// A rule is a painted horizontal or vertical stroke or thin rectangle, in
// page space: x0<=x1, y0<=y1.
type rule struct{ x0, y0, x1, y1 float64 }

const maxRules = 20_000

func (w *pageWalker) addPath(x0, y0, x1, y1 float64) {
	m := w.g.ctm
	ax, ay := x0*m[0]+y0*m[2]+m[4], x0*m[1]+y0*m[3]+m[5]
	bx, by := x1*m[0]+y1*m[2]+m[4], x1*m[1]+y1*m[3]+m[5]
	r := rule{min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)}
	if len(w.path) < maxRules {
		w.path = append(w.path, r)
	}
}

func newPageWalker(doc *docReader, res pdf.Value) *pageWalker {
	return &pageWalker{
		doc:      doc,
		resFonts: map[string]*font{},
		res:      res,
		g:        gstate{ctm: identity, th: 1},
		tm:       identity,
		tlm:      identity,
		forms:    map[string]bool{},
	}
}

// run walks one content stream (or array of streams) with w.res as its
// resources.
func (w *pageWalker) run(content pdf.Value) error {
	data, err := w.doc.streamBytes(content)
	interpret(data, 64, w.op)
	return err
}

func num(v pdf.Value) float64 {
	f := v.Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// n is an operand's number (0 if it is not one).
func (o operand) n() float64 {
	if o.kind != opNum || math.IsNaN(o.num) || math.IsInf(o.num, 0) {
		return 0
	}
	return o.num
}

func (w *pageWalker) nextLine() {
	w.tlm = translate(0, -w.g.tl).mul(w.tlm)
	w.tm = w.tlm
}

// font returns the page's font resource of that name, parsed once per
// document: ledongthuc re-reads objects on every access, and a CMap parse
// per page would dominate the time.
func (w *pageWalker) font(name string) *font {
	if f, ok := w.resFonts[name]; ok {
		return f
	}
	f := w.lookupFont(name)
	w.resFonts[name] = f
	return f
}

func (w *pageWalker) lookupFont(name string) *font {
	v := w.res.Key("Font").Key(name)
	if v.Kind() != pdf.Dict {
		w.unknownFont++
		return nil
	}
	k := v.String()
	if f, ok := w.doc.fonts[k]; ok {
		return f
	}
	f := w.doc.loadFont(v)
	w.doc.fonts[k] = f
	return f
}

// do walks a Form XObject with its own matrix and resources; images are
// counted (a page of images and no text is a scan).
func (w *pageWalker) do(name string) {
	x := w.res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		w.images++
		return
	case "Form":
	default:
		return
	}
	w.form(x, identity)
}

// form walks a Form XObject, its matrix applied after extra (identity for
// a Do; the mapping onto its rectangle for an annotation's appearance).
func (w *pageWalker) form(x pdf.Value, extra matrix) {
	k := x.String()
	if w.forms[k] || w.depth >= maxFormDepth {
		return
	}
	w.forms[k] = true
	defer delete(w.forms, k)

	saved, savedRes, savedTm, savedTlm, savedFonts := w.g, w.res, w.tm, w.tlm, w.resFonts
	savedStack := len(w.stack)
	w.g.ctm = formMatrix(x).mul(extra).mul(w.g.ctm)
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		w.res = r
		w.resFonts = map[string]*font{}
	}
	w.depth++
	data, _ := w.doc.streamBytes(x)
	interpret(data, 64, w.op)
	w.depth--
	w.g, w.res, w.tm, w.tlm, w.resFonts = saved, savedRes, savedTm, savedTlm, savedFonts
	if len(w.stack) > savedStack {
		w.stack = w.stack[:savedStack]
	}
}

// show places the glyphs of one shown string and advances the text matrix.
func (w *pageWalker) show(s string) {
	f := w.g.font
	if f == nil {
		// Text in an unknown font: place it as Latin-1 with a guessed
		// width rather than lose it.
		f = fallbackFont
	}
	g := &w.g
	for _, c := range f.codes(s) {
		if len(w.glyphs) >= maxGlyphsPerPage {
			w.truncated = true
			return
		}
		t := f.text(c)
		w0 := f.width(c) * f.scale
		// Text rendering matrix: font size and scaling, rise, then Tm, CTM.
		trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}.mul(w.tm).mul(g.ctm)
		m := w.tm.mul(g.ctm)
		sx := math.Hypot(m[0], m[1])
		sy := math.Hypot(m[2], m[3])
		size := math.Abs(g.tfs) * sy
		if f.scale != 0.001 && f.scale > 0 {
			size *= f.scale * 1000
		}
		space := c.n == 1 && c.v == 32
		adv := (w0*g.tfs + g.tc) * g.th
		gl := glyph{
			s:         cleanGlyphText(t),
			x:         trm[4],
			y:         trm[5],
			w:         adv * sx,
			size:      size,
			font:      f,
			ang:       baselineAngle(m),
			invisible: g.mode == 3,
		}
		if gl.s != "" || space {
			if space && gl.s == "" {
				gl.s = " "
			}
			w.glyphs = append(w.glyphs, gl)
		}
		if space {
			adv += g.tw * g.th
		}
		w.tm = translate(adv, 0).mul(w.tm)
	}
}

// baselineAngle is the angle of the text's baseline, 0 when it is
// horizontal (within 3°) so that the common case stays exact.
func baselineAngle(m matrix) float64 {
	a := math.Atan2(m[1], m[0])
	if math.Abs(a) < 0.05 {
		return 0
	}
	return a
}

// fallbackFont reads codes as Latin-1 bytes.
var fallbackFont = func() *font {
	f := &font{scale: 0.001, missing: 500, dw: 1000}
	for i := 0x20; i < 256; i++ {
		f.enc[i] = string(winAnsi[i])
	}
	return f
}()

// cleanGlyphText normalises what a code decodes to: controls and U+FFFD
// are dropped, Private Use bullets made visible, the non-breaking space
// made a space.
func cleanGlyphText(t string) string {
	if t == "" {
		return ""
	}
	clean := true
	for _, r := range t {
		if r < 0x20 || r == 0xfffd || r == 0xa0 || (r >= 0xe000 && r <= 0xf8ff) || r == 0xad || r == 0xfeff {
			clean = false
			break
		}
	}
	if clean {
		return t
	}
	var b strings.Builder
	for _, r := range t {
		switch {
		case r == 0xa0 || r == '\t':
			b.WriteByte(' ')
		case r == 0xad:
			b.WriteByte('-')
		case r >= 0xe000 && r <= 0xf8ff:
			if s, ok := privateUseBullets[r]; ok {
				b.WriteString(s)
			}
		case r < 0x20 || r == 0xfffd || r == 0xfeff || unicode.Is(unicode.Cc, r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// walkPage walks one page's content and returns its glyphs in stream order.
// A panic of the parser inside the page (an unknown filter, a malformed
// object) ends this page only: what was placed before is kept and the
// cause returned for a warning.
func walkPage(doc *docReader, p pageRef) (w *pageWalker, err error) {
	w = newPageWalker(doc, p.res)
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("%v", x)
		}
	}()
	start := w.g
	err = w.run(p.v.Key("Contents"))
	w.g, w.stack = start, w.stack[:0]
	w.annotations(p.v.Key("Annots"))
	if w.truncated {
		err = fmt.Errorf("more than %d glyphs, rest of the page ignored", maxGlyphsPerPage)
	}
	return w, err
}
