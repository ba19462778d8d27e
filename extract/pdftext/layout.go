package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Layout, first half: glyphs → segments → units (lines of flow and table
// rows), one page at a time. The glyphs come in stream order, which for
// the producers of CLS documents (LibreOffice, Word, WeasyPrint) is reading
// order, two-column sections and tables included; so the layout follows
// the stream and uses positions only to cut it: a segment ends where the
// baseline moves, the pen goes back, or a cell border or wide gap
// intervenes. Sorting glyphs by position instead (what ledongthuc's
// GetTextByRow does) interleaves columns and table cells.

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

// A unit is what the page gives to block building: one line of flowing
// text, or one table row (cells of one or more lines each).
type unit struct {
	line  *seg     // a line of flow
	cells [][]*seg // a table row: its cells' lines
	page  int
	// top and bottom of the unit: baselines of its first and last lines.
	top, bottom float64
}

func (u *unit) isRow() bool { return len(u.cells) > 0 }

// text of a unit on one line, for header/footer comparison.
func (u *unit) text() string {
	if u.line != nil {
		return u.line.text
	}
	parts := make([]string, 0, len(u.cells))
	for _, c := range u.cells {
		parts = append(parts, joinLines(c))
	}
	return strings.Join(parts, " | ")
}

// A cell is a column of segments inside a row being grouped.
type cell struct {
	segs   []*seg
	x0, x1 float64
}

func (c *cell) last() *seg { return c.segs[len(c.segs)-1] }

func (c *cell) add(s *seg) {
	c.segs = append(c.segs, s)
	c.x0 = math.Min(c.x0, s.x0)
	c.x1 = math.Max(c.x1, s.x1)
}

// rowGroup gathers segments into a candidate row: cells side by side that
// start on the row's top line.
type rowGroup struct {
	cells []*cell
	top   float64 // first baseline
}

func (r *rowGroup) bottom() float64 {
	b := r.top
	for _, c := range r.cells {
		b = math.Min(b, c.last().y)
	}
	return b
}

// units groups a page's segments into lines of flow and table rows.
//
// Segments are taken in stream order. A segment continues the current cell
// when it is the next line below it and overlaps it horizontally; it opens
// a new cell of the same row when it stands to the right of the current
// cell on the row's top line (a producer that writes tables cell by cell)
// or on the current line (cells written line by line, split by a border
// or a wide gap); a segment that fits none of these closes the row. A row
// of several cells becomes a table row if borders separate its cells, or
// if its cells are short; otherwise the "cells" are columns of text (a
// two-column section) and their lines are given as flow, column after
// column, which is the stream's and the reading order.
func units(segs []*seg, vr []vrule, hr []hrule, page int) []unit {
	var out []unit
	var row *rowGroup
	var cols []float64 // cell starts of the page's last table row
	closeRow := func() {
		if row != nil {
			us := row.emit(vr, page)
			if len(us) == 1 && us[0].isRow() {
				cols = cols[:0]
				for _, c := range row.cells {
					cols = append(cols, c.x0)
				}
			}
			out = append(out, us...)
		}
		row = nil
	}
	start := func(cells ...[]*seg) {
		row = &rowGroup{top: cells[0][0].y}
		for _, c := range cells {
			nc := &cell{segs: c, x0: c[0].x0, x1: c[0].x1}
			for _, s := range c {
				nc.x0, nc.x1 = math.Min(nc.x0, s.x0), math.Max(nc.x1, s.x1)
			}
			row.cells = append(row.cells, nc)
		}
	}
	var queue []*seg
	for len(segs) > 0 || len(queue) > 0 {
		var s *seg
		if len(queue) > 0 {
			s, queue = queue[0], queue[1:]
		} else {
			s, segs = segs[0], segs[1:]
			cc := cols
			if row != nil && len(row.cells) > 1 {
				cc = nil
				for _, c := range row.cells {
					cc = append(cc, c.x0)
				}
			}
			if parts := splitAtColumns(s, cc); len(parts) > 1 {
				s, queue = parts[0], parts[1:]
			}
		}
		if row == nil {
			start([]*seg{s})
			continue
		}
		if s.ang != 0 || row.cells[0].segs[0].ang != 0 {
			closeRow()
			start([]*seg{s})
			continue
		}
		c := row.cells[len(row.cells)-1]
		l := c.last()
		size := math.Max(s.size, l.size)
		tol := baselineEm * size
		// How far below its last line a cell may continue: a flow of text
		// (one cell) by paragraphs, a bordered cell to its border, a
		// borderless cell by lines only.
		reach := 3 * size
		if len(row.cells) > 1 && !row.bordered(vr) {
			reach = 1.6 * size
		} else if len(row.cells) > 1 {
			reach = 8 * size
		}
		switch {
		case math.Abs(s.y-l.y) <= tol && s.x0 >= l.x1-0.5*size:
			// Same line, to the right: a new cell (split by a border
			// or a wide gap).
			if len(row.cells) == 1 && len(c.segs) > 1 {
				// The line before s starts the row: the lines above it
				// are flow.
				c.segs = c.segs[:len(c.segs)-1]
				closeRow()
				start([]*seg{l}, []*seg{s})
				continue
			}
			row.cells = append(row.cells, &cell{segs: []*seg{s}, x0: s.x0, x1: s.x1})
		case s.y < l.y-tol && s.y > l.y-reach && overlaps(s, c, size) && !hruleBetween(hr, s.x0, s.x1, l.y, s.y):
			c.add(s)
		case len(row.cells) > 1 && s.y < l.y-tol && row.fitsOther(s, size, hr):
			// placed by fitsOther (cells written line by line)
		case s.y > l.y+tol:
			// Up the page and to the right of the lines from that height
			// down: the next cell of a table written cell by cell (or
			// the next column of a two-column section).
			// j: the first line of the cell at or below s; s may stand
			// a little above the cell's first line (a shorter cell
			// centred vertically against a taller one).
			j := -1
			for k, t := range c.segs {
				if t.y <= s.y+tol {
					j = k
					break
				}
			}
			if j < 0 && s.y <= c.segs[0].y+1.2*size {
				j = 0
			}
			if j < 0 || len(row.cells) > 1 && j > 0 || s.y > c.segs[j].y+1.2*size {
				closeRow()
				start([]*seg{s})
				continue
			}
			right := 0.0
			for _, t := range c.segs[j:] {
				right = math.Max(right, t.x1)
			}
			if s.x0 < right-0.5*size {
				closeRow()
				start([]*seg{s})
				continue
			}
			if j > 0 {
				first := c.segs[j:]
				c.segs = c.segs[:j]
				closeRow()
				start(first, []*seg{s})
				continue
			}
			row.cells = append(row.cells, &cell{segs: []*seg{s}, x0: s.x0, x1: s.x1})
		default:
			closeRow()
			start([]*seg{s})
		}
	}
	closeRow()
	return out
}

// splitAtColumns cuts a segment at its tab stops where they line up with
// the cells of the table row above (a borderless table whose label and
// text came out as one line: "Axe 2   Valoriser les actions…").
func splitAtColumns(s *seg, cols []float64) []*seg {
	if len(cols) < 2 || len(s.tabs) == 0 || math.Abs(s.x0-cols[0]) > 2 {
		return nil
	}
	var cuts []tab
	for _, t := range s.tabs {
		for _, c := range cols[1:] {
			if math.Abs(t.x-c) <= 2 {
				cuts = append(cuts, t)
				break
			}
		}
	}
	if len(cuts) == 0 {
		return nil
	}
	var out []*seg
	prevOff, prevX := 0, s.x0
	for i := 0; i <= len(cuts); i++ {
		end, endX := len(s.text), s.x1
		if i < len(cuts) {
			end, endX = min(cuts[i].off, len(s.text)), cuts[i].x
		}
		part := *s
		part.text = strings.TrimSpace(s.text[prevOff:end])
		part.x0, part.x1, part.tabs = prevX, endX, nil
		if i < len(cuts) {
			part.x1 = endX - 0.5*s.size // the gap is not text
		}
		if part.text != "" {
			out = append(out, &part)
		}
		if i < len(cuts) {
			prevOff, prevX = cuts[i].off, cuts[i].x
		}
	}
	return out
}

// hrule is a horizontal border segment.
type hrule struct{ y, x0, x1 float64 }

func horizontalRules(rules []rule) []hrule {
	var out []hrule
	for _, r := range rules {
		if r.y1-r.y0 < 3 && r.x1-r.x0 > 3 {
			out = append(out, hrule{(r.y0 + r.y1) / 2, r.x0, r.x1})
		}
	}
	return out
}

// hruleBetween tells whether a horizontal border under x0..x1 stands
// between the baselines yTop and yBottom (a row boundary).
func hruleBetween(hr []hrule, x0, x1, yTop, yBottom float64) bool {
	for _, r := range hr {
		if r.y < yTop-1 && r.y > yBottom && r.x0 < x1 && r.x1 > x0 {
			return true
		}
	}
	return false
}

// bordered tells whether vertical borders separate all of the row's cells.
func (r *rowGroup) bordered(vr []vrule) bool {
	for i := 0; i+1 < len(r.cells); i++ {
		a, b := r.cells[i], r.cells[i+1]
		if !ruleBetween(vr, a.x1-1, b.x0+1, a.segs[0].y, a.segs[0].size) {
			return false
		}
	}
	return true
}

func overlaps(s *seg, c *cell, size float64) bool {
	return s.x0 >= c.x0-2*size && s.x0 <= c.x1 && s.x1 >= c.x0
}

// fitsOther appends s to an earlier cell of the row whose last line is just
// above it and which it overlaps, and reports whether it did.
func (r *rowGroup) fitsOther(s *seg, size float64, hr []hrule) bool {
	for i := len(r.cells) - 2; i >= 0; i-- {
		c := r.cells[i]
		l := c.last()
		if s.y < l.y-baselineEm*size && s.y > l.y-1.6*size && s.x0 >= c.x0-0.5*size && s.x0 <= c.x1 && s.x1 >= c.x0 && !hruleBetween(hr, s.x0, s.x1, l.y, s.y) {
			// It must not overlap the cells to its right.
			if i+1 < len(r.cells) && s.x1 > r.cells[i+1].x0+0.5*size {
				return false
			}
			c.add(s)
			return true
		}
	}
	return false
}

// emit turns a finished row group into units.
func (r *rowGroup) emit(vr []vrule, page int) []unit {
	if len(r.cells) == 1 || !r.isTable(vr) {
		var out []unit
		for _, c := range r.cells {
			for _, s := range c.segs {
				out = append(out, unit{line: s, page: page, top: s.y, bottom: s.y})
			}
		}
		return out
	}
	u := unit{page: page, top: r.top, bottom: r.bottom()}
	for _, c := range r.cells {
		u.cells = append(u.cells, c.segs)
	}
	return []unit{u}
}

// isTable decides between a table row and side-by-side columns of text:
// borders between the cells, or short cells (a tab-separated line, a
// borderless table) make a row; long borderless cells are columns.
func (r *rowGroup) isTable(vr []vrule) bool {
	if r.bordered(vr) {
		return true
	}
	maxLines := 0
	for _, c := range r.cells {
		maxLines = max(maxLines, len(c.segs))
	}
	return maxLines <= 3
}

// joinLines joins lines with spaces, for comparisons (block text goes
// through vocab.join, which mends hyphenation).
func joinLines(lines []*seg) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = l.text
	}
	return strings.Join(parts, " ")
}

// extremeUnits gives a page's n top-most and n bottom-most units, used only to find a page's first and last lines for
// the header/footer comparison; reading order stays the stream's.
func extremeUnits(us []unit, n int) (top, bottom []int) {
	idx := make([]int, len(us))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return us[idx[a]].top > us[idx[b]].top })
	top = append([]int(nil), idx[:min(n, len(idx))]...)
	sort.SliceStable(idx, func(a, b int) bool { return us[idx[a]].bottom < us[idx[b]].bottom })
	bottom = append([]int(nil), idx[:min(n, len(idx))]...)
	return top, bottom
}

// attachMarkers puts a list marker that stands alone ("1.", "•", "–")
// before the text on its right on the same baseline: WeasyPrint draws list
// markers after the page's text, and a wide tab after a bullet cuts the
// line in two.
func attachMarkers(segs []*seg) []*seg {
	drop := map[*seg]bool{}
	for i, m := range segs {
		if m.ang != 0 || !isMarkerOnly(m.text) {
			continue
		}
		var best *seg
		for j, t := range segs {
			if j == i || drop[t] || t.ang != 0 || isMarkerOnly(t.text) {
				continue
			}
			if math.Abs(t.y-m.y) > baselineEm*m.size || t.x0 < m.x1-0.2*m.size || t.x0-m.x1 > 4*m.size {
				continue
			}
			if best == nil || t.x0 < best.x0 {
				best = t
			}
		}
		if best != nil {
			best.text = m.text + " " + best.text
			best.x0 = m.x0
			drop[m] = true
		}
	}
	if len(drop) == 0 {
		return segs
	}
	out := segs[:0]
	for _, s := range segs {
		if !drop[s] {
			out = append(out, s)
		}
	}
	return out
}

// isMarkerOnly tells a segment that is only a list marker.
func isMarkerOnly(s string) bool {
	m, ok := listMarker(s + " x")
	return ok && m.end >= len(s)
}

// pageLines is a laid-out page.
type pageLines struct {
	n     int
	box   [4]float64
	units []unit
}

// eachLine calls fn on every line of the pages, in reading order: lines of
// flow and the lines of table cells alike.
func eachLine(pages []pageLines, fn func(*seg)) {
	for _, p := range pages {
		for _, u := range p.units {
			if u.line != nil {
				fn(u.line)
			}
			for _, c := range u.cells {
				for _, s := range c {
					fn(s)
				}
			}
		}
	}
}

func layoutPage(ref pageRef, gl []glyph, rules []rule) pageLines {
	segs := attachMarkers(segments(gl, rules))
	for _, s := range segs {
		s.page = ref.leaf
	}
	return pageLines{n: ref.leaf, box: ref.box, units: units(segs, verticalRules(rules), horizontalRules(rules), ref.leaf)}
}
