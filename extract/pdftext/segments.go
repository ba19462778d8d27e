package pdftext

import (
	"math"
	"strings"
	"unicode"
)

// Segments: glyphs → runs of glyphs on one baseline, cut at cell borders
// and wide gaps (see layout.go for why the stream order is kept).

// A seg is a run of glyphs on one baseline: a line, or the part of a line
// in one table cell.
type seg struct {
	text   string
	x0, x1 float64 // horizontal extent (in the glyphs' own frame if rotated)
	y      float64 // baseline
	size   float64 // dominant font size (superscripts excluded)
	bold   bool    // most letters bold
	ang    float64 // baseline angle (0: horizontal)
	page   int
	// tabs are the wide gaps inside the segment (tab stops): where a
	// borderless table's cell may start.
	tabs []tab
	// parStart: OCR found the line to start a paragraph.
	parStart bool
}

// A tab is a wide gap inside a segment: the text after it starts at byte
// off, at x.
type tab struct {
	off int
	x   float64
}

// Thresholds, in units of the font size (em).
const (
	wordGapEm   = 0.15 // a gap without a space glyph wider than this is a space
	cellGapEm   = 2.0  // …wider than this, a new cell (tab stops, borderless tables)
	spaceGapEm  = 8.0  // even after a space glyph, wider than this is a new cell
	backEm      = 0.6  // the pen going back more than this starts a new segment
	baselineEm  = 0.3  // baselines closer than this are the same line
	superSizeR  = 0.85 // a glyph smaller than this ratio can be a super/subscript
	superRiseEm = 0.75 // … raised by at most this
	tabEm       = 0.5  // a gap without a space glyph this wide may be a tab stop
)

type segBuilder struct {
	b        strings.Builder
	x0, x1   float64
	y, size  float64
	ang      float64
	lastEnd  float64 // end of the last non-space glyph
	lastSub  bool    // last glyph was a super/subscript
	space    bool    // a space glyph was seen since the last glyph
	spaceEnd float64
	boldN    int
	n        int
	last     glyph
	tabs     []tab
	parStart bool
}

func (s *segBuilder) seg() *seg {
	return &seg{
		text: strings.TrimSpace(s.b.String()),
		x0:   s.x0, x1: s.x1, y: s.y, size: s.size,
		bold:     s.boldN*2 > s.n,
		ang:      s.ang,
		tabs:     s.tabs,
		parStart: s.parStart,
	}
}

// frame puts a glyph in its baseline's frame: for rotated text the
// coordinates are rotated back so that the same line logic applies.
func frame(g *glyph) (x, y float64) {
	if g.ang == 0 {
		return g.x, g.y
	}
	c, s := math.Cos(g.ang), math.Sin(g.ang)
	return g.x*c + g.y*s, -g.x*s + g.y*c
}

func isSpaceText(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// vrule is a vertical border segment.
type vrule struct{ x, y0, y1 float64 }

func verticalRules(rules []rule) []vrule {
	var out []vrule
	for _, r := range rules {
		if r.x1-r.x0 < 3 && r.y1-r.y0 > 3 {
			out = append(out, vrule{(r.x0 + r.x1) / 2, r.y0, r.y1})
		}
	}
	return out
}

// ruleBetween tells whether a vertical border stands between x0 and x1 at
// the height of a baseline y.
func ruleBetween(vr []vrule, x0, x1, y, size float64) bool {
	for _, r := range vr {
		if r.x > x0-0.5 && r.x < x1+0.5 && r.y0 <= y+0.5*size && r.y1 >= y {
			return true
		}
	}
	return false
}

// segments cuts the page's glyphs, in stream order, into segments.
func segments(gl []glyph, rules []rule) []*seg {
	vr := verticalRules(rules)
	var out []*seg
	var cur *segBuilder
	flush := func() {
		if cur != nil && cur.n > 0 {
			if s := cur.seg(); s.text != "" {
				out = append(out, s)
			}
		}
		cur = nil
	}
	for i := range gl {
		g := &gl[i]
		x, y := frame(g)
		if isSpaceText(g.s) {
			if cur != nil {
				cur.space = true
				cur.spaceEnd = x + g.w
			}
			continue
		}
		size := g.size
		if size <= 0 {
			size = 1
		}
		if cur != nil {
			// Overprinting (fake bold, shadow): the same glyph again at
			// the same place adds nothing.
			if g.s == cur.last.s && math.Abs(g.x-cur.last.x) < 0.1*size && math.Abs(g.y-cur.last.y) < 0.1*size {
				continue
			}
			ok, sub, space := cur.accepts(g, x, y, vr)
			if ok {
				if space {
					cur.b.WriteByte(' ')
				}
				if !cur.space && x-cur.lastEnd > tabEm*size {
					cur.tabs = append(cur.tabs, tab{cur.b.Len(), x})
				}
				cur.add(g, x, y, sub)
				continue
			}
			flush()
		}
		cur = &segBuilder{y: y, size: size, ang: g.ang, x0: x, x1: x, parStart: g.parStart}
		cur.add(g, x, y, false)
	}
	flush()
	return dedupeSegs(out)
}

func (s *segBuilder) add(g *glyph, x, y float64, sub bool) {
	s.b.WriteString(g.s)
	end := x + g.w
	if g.w < 0 {
		end = x
	}
	s.lastEnd = end
	if end > s.x1 {
		s.x1 = end
	}
	if x < s.x0 {
		s.x0 = x
	}
	if !sub && g.size > s.size {
		s.size = g.size
	}
	s.lastSub = sub
	s.space = false
	s.n++
	if g.font != nil && g.font.bold {
		s.boldN++
	}
	s.last = *g
}

// accepts decides whether glyph g (at x, y in its frame) continues the
// segment, whether it is a super- or subscript, and whether a space goes
// before it.
func (s *segBuilder) accepts(g *glyph, x, y float64, vr []vrule) (ok, sub, space bool) {
	if g.ang != s.ang {
		return false, false, false
	}
	size := math.Max(s.size, g.size)
	dy := y - s.y
	gap := x - s.lastEnd
	small := g.size < superSizeR*s.size
	switch {
	case math.Abs(dy) <= baselineEm*size:
	case small && dy > 0 && dy < superRiseEm*s.size && gap > -0.5*size && gap < size:
		sub = true // superscript: 1er, 2ème, n°
	case small && dy < 0 && dy > -0.5*s.size && gap > -0.5*size && gap < size:
		sub = true // subscript
	default:
		return false, false, false
	}
	if gap < -backEm*size {
		return false, false, false
	}
	if g.ang == 0 && len(vr) > 0 && gap > 0 && ruleBetween(vr, s.lastEnd, x, s.y, size) {
		return false, false, false
	}
	if s.space {
		if gap > spaceGapEm*size {
			return false, false, false
		}
		return true, sub, true
	}
	if gap > cellGapEm*size {
		return false, false, false
	}
	if g.s == "-" || g.s == "\u00ad" || g.s == "‐" {
		// Justified lines set a hyphen at the end a little apart: a
		// spaced dash has a space glyph.
		return true, sub, gap > 0.4*size
	}
	return true, sub, gap > wordGapEm*size
}

// dedupeSegs drops a segment that repeats an earlier one at the same place
// (text drawn twice for a shadow or a fake bold).
func dedupeSegs(in []*seg) []*seg {
	type k struct {
		t    string
		x, y int
	}
	seen := map[k]bool{}
	out := in[:0]
	for _, s := range in {
		key := k{s.text, int(math.Round(s.x0)), int(math.Round(s.y))}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, s)
	}
	return out
}
