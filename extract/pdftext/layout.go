package pdftext

import (
	"math"
	"sort"
	"strings"
)

// Layout, first half: glyphs → segments → units (lines of flow and table
// rows), one page at a time. The glyphs come in stream order, which for
// the producers of CLS documents (LibreOffice, Word, WeasyPrint) is reading
// order, two-column sections and tables included; so the layout follows
// the stream and uses positions only to cut it: a segment ends where the
// baseline moves, the pen goes back, or a cell border or wide gap
// intervenes. Sorting glyphs by position instead (what ledongthuc's
// GetTextByRow does) interleaves columns and table cells.

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
