package pdftext

import (
	"math"
	"strings"
)

// Rows: segments → units, lines of flow and table rows.

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
	b := &unitBuilder{vr: vr, hr: hr, page: page, segs: segs}
	for s := b.next(); s != nil; s = b.next() {
		b.place(s)
	}
	b.closeRow()
	return b.out
}

// A unitBuilder is the state of units: the row being grouped and the cell
// starts of the page's last table row.
type unitBuilder struct {
	vr    []vrule
	hr    []hrule
	page  int
	out   []unit
	row   *rowGroup
	cols  []float64 // cell starts of the page's last table row
	segs  []*seg    // still to place, in stream order
	queue []*seg    // the rest of a segment cut at column starts
}

// next is the next segment to place, cut at the column starts of the row
// being grouped (or of the last table row) when its tab stops line up.
func (b *unitBuilder) next() *seg {
	if len(b.queue) > 0 {
		s := b.queue[0]
		b.queue = b.queue[1:]
		return s
	}
	if len(b.segs) == 0 {
		return nil
	}
	s := b.segs[0]
	b.segs = b.segs[1:]
	cc := b.cols
	if b.row != nil && len(b.row.cells) > 1 {
		cc = nil
		for _, c := range b.row.cells {
			cc = append(cc, c.x0)
		}
	}
	if parts := splitAtColumns(s, cc); len(parts) > 1 {
		s, b.queue = parts[0], parts[1:]
	}
	return s
}

func (b *unitBuilder) closeRow() {
	if b.row != nil {
		us := b.row.emit(b.vr, b.page)
		if len(us) == 1 && us[0].isRow() {
			b.cols = b.cols[:0]
			for _, c := range b.row.cells {
				b.cols = append(b.cols, c.x0)
			}
		}
		b.out = append(b.out, us...)
	}
	b.row = nil
}

// start opens a row of the given cells.
func (b *unitBuilder) start(cells ...[]*seg) {
	b.row = &rowGroup{top: cells[0][0].y}
	for _, c := range cells {
		nc := &cell{segs: c, x0: c[0].x0, x1: c[0].x1}
		for _, s := range c {
			nc.x0, nc.x1 = math.Min(nc.x0, s.x0), math.Max(nc.x1, s.x1)
		}
		b.row.cells = append(b.row.cells, nc)
	}
}

// restart closes the row and opens one with s.
func (b *unitBuilder) restart(s *seg) {
	b.closeRow()
	b.start([]*seg{s})
}

// place adds s to the row being grouped, or closes it and starts another.
func (b *unitBuilder) place(s *seg) {
	row := b.row
	if row == nil {
		b.start([]*seg{s})
		return
	}
	if s.ang != 0 || row.cells[0].segs[0].ang != 0 {
		b.restart(s)
		return
	}
	c := row.cells[len(row.cells)-1]
	l := c.last()
	size := math.Max(s.size, l.size)
	tol := baselineEm * size
	switch {
	case math.Abs(s.y-l.y) <= tol && s.x0 >= l.x1-0.5*size:
		// Same line, to the right: a new cell (split by a border
		// or a wide gap).
		if len(row.cells) == 1 && len(c.segs) > 1 {
			// The line before s starts the row: the lines above it
			// are flow.
			c.segs = c.segs[:len(c.segs)-1]
			b.closeRow()
			b.start([]*seg{l}, []*seg{s})
			return
		}
		row.cells = append(row.cells, &cell{segs: []*seg{s}, x0: s.x0, x1: s.x1})
	case s.y < l.y-tol && s.y > l.y-b.reach(size) && overlaps(s, c, size) && !hruleBetween(b.hr, s.x0, s.x1, l.y, s.y):
		c.add(s)
	case len(row.cells) > 1 && s.y < l.y-tol && row.fitsOther(s, size, b.hr):
		// placed by fitsOther (cells written line by line)
	case s.y > l.y+tol:
		b.placeAbove(s, c, size, tol)
	default:
		b.restart(s)
	}
}

// reach is how far below its last line a cell may continue: a flow of
// text (one cell) by paragraphs, a bordered cell to its border, a
// borderless cell by lines only.
func (b *unitBuilder) reach(size float64) float64 {
	switch {
	case len(b.row.cells) <= 1:
		return 3 * size
	case !b.row.bordered(b.vr):
		return 1.6 * size
	}
	return 8 * size
}

// placeAbove places a segment up the page from the current cell's last
// line: to the right of the lines from that height down, it is the next
// cell of a table written cell by cell (or the next column of a
// two-column section); else it starts a new row.
func (b *unitBuilder) placeAbove(s *seg, c *cell, size, tol float64) {
	row := b.row
	// j: the first line of the cell at or below s; s may stand a little
	// above the cell's first line (a shorter cell centred vertically
	// against a taller one).
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
		b.restart(s)
		return
	}
	right := 0.0
	for _, t := range c.segs[j:] {
		right = math.Max(right, t.x1)
	}
	if s.x0 < right-0.5*size {
		b.restart(s)
		return
	}
	if j > 0 {
		first := c.segs[j:]
		c.segs = c.segs[:j]
		b.closeRow()
		b.start(first, []*seg{s})
		return
	}
	row.cells = append(row.cells, &cell{segs: []*seg{s}, x0: s.x0, x1: s.x1})
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
