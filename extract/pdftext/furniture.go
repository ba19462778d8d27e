package pdftext

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Page furniture: running headers, footers and page numbers. They are
// found by comparing the top-most and bottom-most lines of every page
// (position, not stream order: WeasyPrint writes its margin boxes last),
// with digits masked so that "Page 3 sur 7" matches "Page 4 sur 7". A line
// is furniture if its masked text recurs in the same margin on enough
// pages, or if it is a bare page number in a margin.

// furnitureLines is how many lines from each edge of a page are candidates.
const furnitureLines = 3

// marginShare is the part of the page height, from each edge, where
// furniture may stand.
const marginShare = 0.18

var rePageNumber = regexp.MustCompile(`(?i)^(?:` +
	`(?:page|p\.?|pp\.?)\s*\d+(?:\s*(?:/|sur|de|of|on)\s*\d+)?` + // Page 3, Page 3 / 12, page 3 sur 12
	`|[-–—]?\s*\d{1,4}\s*[-–—]?` + // 3, - 3 -
	`|\d{1,4}\s*(?:/|sur)\s*\d{1,4}` + // 3/12, 3 sur 12
	`|[ivxlcdm]{1,7}` + // roman numbers
	`)$`)

var reDigits = regexp.MustCompile(`\d+`)

// isPageNumber tells a line that is only a page number. A bare number must
// be a plausible page of the document: not a year ("2027" alone on the
// last line of a wrapped title).
func isPageNumber(s string, pages int) bool {
	s = strings.TrimSpace(s)
	if !rePageNumber.MatchString(s) {
		return false
	}
	if d := reDigits.FindString(s); d != "" && len(d) == len(strings.Trim(s, "-–— ")) {
		n, _ := strconv.Atoi(d)
		return n >= 1 && n <= pages+30
	}
	return true
}

// furnitureKey masks digits and case so that the same header on another
// page compares equal.
func furnitureKey(s string) string {
	var b strings.Builder
	lastHash := false
	for _, r := range strings.ToLower(strings.Join(strings.Fields(s), " ")) {
		if unicode.IsDigit(r) {
			if !lastHash {
				b.WriteByte('#')
			}
			lastHash = true
			continue
		}
		lastHash = false
		b.WriteRune(r)
	}
	return b.String()
}

type zoneKey struct {
	top bool
	key string
}

// unitKeys are the comparison keys of a unit: its text, or for a row
// (a header with a left and a right part) each cell's.
func unitKeys(u *unit) []string {
	if u.line != nil {
		return []string{furnitureKey(u.line.text)}
	}
	var ks []string
	for _, c := range u.cells {
		ks = append(ks, furnitureKey(joinLines(c)))
	}
	return ks
}

// removeFurniture deletes the running headers/footers and page numbers of
// the pages, in place, and returns how many units it removed. A page's
// units are taken from its top edge down (and bottom edge up) while they
// are furniture: a line that recurs in that margin on enough pages, a row
// whose cells recur or are short (left and right parts of a header), a
// page number. The first unit that is not furniture protects those below
// it (a table row that happens to open several pages).
func removeFurniture(pages []pageLines) int {
	edges, counts := pageEdges(pages)
	j := furnitureJudge{counts: counts, pages: len(pages), need: max(2, int(math.Ceil(0.4*float64(len(pages)))))}
	drop := map[[2]int]bool{}
	for _, e := range edges {
		for _, i := range e.idx {
			if !j.isFurniture(&pages[e.page].units[i], e.top) {
				break
			}
			drop[[2]int{e.page, i}] = true
		}
	}
	for pi := range pages {
		p := &pages[pi]
		kept := p.units[:0]
		for i, u := range p.units {
			if !drop[[2]int{pi, i}] {
				kept = append(kept, u)
			}
		}
		p.units = kept
	}
	return len(drop)
}

// An edge is the units at the top or the bottom of a page that lie in its
// margin, outermost first.
type edge struct {
	page int
	top  bool
	idx  []int
}

// pageEdges finds every page's edges and counts, per zone, on how many
// pages each text (numbers folded) appears.
func pageEdges(pages []pageLines) ([]edge, map[zoneKey]int) {
	var edges []edge
	counts := map[zoneKey]int{}
	for pi := range pages {
		p := &pages[pi]
		h := p.box[3] - p.box[1]
		if h <= 0 {
			h = 792
		}
		top, bottom := extremeUnits(p.units, furnitureLines)
		seen := map[zoneKey]bool{}
		collect := func(idx []int, isTop bool) {
			var kept []int
			for _, i := range idx {
				u := &p.units[i]
				if u.line != nil && u.line.ang != 0 {
					break
				}
				if isTop && u.top < p.box[3]-marginShare*h || !isTop && u.bottom > p.box[1]+marginShare*h {
					break
				}
				kept = append(kept, i)
				for _, k := range unitKeys(u) {
					zk := zoneKey{isTop, k}
					if k != "" && !seen[zk] {
						seen[zk] = true
						counts[zk]++
					}
				}
			}
			edges = append(edges, edge{pi, isTop, kept})
		}
		collect(top, true)
		collect(bottom, false)
	}
	return edges, counts
}

// A furnitureJudge tells running headers and footers from text: a page
// number, or a text repeated in the same zone on enough pages.
type furnitureJudge struct {
	counts map[zoneKey]int
	pages  int
	need   int // pages a text must repeat on
}

func (j furnitureJudge) repeated(top bool, k string) bool {
	return j.pages >= 2 && j.counts[zoneKey{top, k}] >= j.need
}

// isFurniture: a line when repeated; a row when some cell is repeated and
// every other is a page number or short.
func (j furnitureJudge) isFurniture(u *unit, top bool) bool {
	if isPageNumber(u.text(), j.pages) {
		return true
	}
	keys := unitKeys(u)
	if u.line != nil {
		return j.repeated(top, keys[0])
	}
	some := false
	for i, k := range keys {
		switch {
		case j.repeated(top, k):
			some = true
		case isPageNumber(joinLines(u.cells[i]), j.pages), len(strings.Fields(k)) <= 6:
		default:
			return false
		}
	}
	return some
}
