package pdftext

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clsx/clsx/extract/textdoc"
)

// Layout, second half: units → blocks. Lines of flow are joined into
// paragraphs (by line spacing, indentation, font changes and list
// markers), paragraphs are classed as headings (larger or bold, short, not
// a sentence) or list items (a bullet or a number first); table rows
// become TableRow blocks. Reading order is the units' order.

// para is a paragraph being built.
type para struct {
	lines []*seg
	page  int
	// col is the index of the paragraph's first line in the current column
	// or page: indentation and spacing compare with the lines from there.
	col int
}

func (p *para) last() *seg { return p.lines[len(p.lines)-1] }

// document builds the Document from the laid-out pages.
func (p *parsed) document(opt Options) (*textdoc.Document, error) {
	doc := &textdoc.Document{Pages: len(p.pages), Warnings: p.warnings}
	total := 0
	for _, pg := range p.pages {
		total += len(pg.units)
	}
	if total == 0 {
		if p.images > 0 {
			why := "it needs OCR"
			if p.noOCR != nil {
				why = p.noOCR.Error()
			}
			return nil, fmt.Errorf("%w: %d pages, %d images and no text: an image-only (scanned) document; %s", ErrNoText, len(p.pages), p.images, why)
		}
		return nil, fmt.Errorf("%w: %d pages without text", ErrNoText, len(p.pages))
	}
	if !opt.KeepFurniture {
		removeFurniture(p.pages)
	}
	v := newVocab(p.pages)
	b := &builder{vocab: v, body: bodyStyle(p.pages)}
	for _, pg := range p.pages {
		b.right = pageRight(pg.units)
		b.flushIfNewPage()
		for i := range pg.units {
			b.unit(&pg.units[i])
		}
	}
	b.flush()
	doc.Blocks = b.finish()
	doc.Title = p.title
	if doc.Title == "" {
		for _, bl := range doc.Blocks {
			if bl.Kind == textdoc.Heading {
				doc.Title = bl.Text
				break
			}
		}
	}
	return doc, nil
}

// style is a paragraph's typography.
type style struct {
	size float64
	bold bool
}

// bodyStyle is the most common size (by characters, 0.5 pt buckets) and
// boldness of the document's text: the reference for headings.
func bodyStyle(pages []pageLines) style {
	chars := map[float64]int{}
	bold, all := 0, 0
	count := func(s *seg) {
		n := utf8.RuneCountInString(s.text)
		chars[math.Round(s.size*2)/2] += n
		all += n
		if s.bold {
			bold += n
		}
	}
	eachLine(pages, count)
	best, bestN := 0.0, -1
	for sz, n := range chars {
		if n > bestN || n == bestN && sz < best {
			best, bestN = sz, n
		}
	}
	return style{size: best, bold: bold*2 > all}
}

// pageRight is the right edge of a page's text (the 90th percentile of
// line ends), to tell a short last line of a paragraph.
func pageRight(us []unit) float64 {
	var xs []float64
	for _, u := range us {
		if u.line != nil && u.line.ang == 0 {
			xs = append(xs, u.line.x1)
		}
	}
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	return xs[len(xs)*9/10]
}

// builder accumulates blocks.
type builder struct {
	vocab *vocab
	body  style
	right float64
	cur   *para
	paras []pblock
	// pageStart is len(paras) when the current page began.
	pageStart  int
	lastHeader textdoc.Block
}

// pblock is a block before classification.
type pblock struct {
	p     *para
	block textdoc.Block
	// a table row's cells: where each starts, and its last line, for a
	// cell that goes on over a page break.
	cellX    []float64
	cellLast []*seg
}

func (b *builder) unit(u *unit) {
	if u.isRow() {
		b.flush()
		bl := textdoc.Block{Kind: textdoc.TableRow, Page: u.page}
		allBold := true
		for _, c := range u.cells {
			t := strings.TrimSpace(b.vocab.join(c))
			bl.Cells = append(bl.Cells, t)
			for _, s := range c {
				if !s.bold {
					allBold = false
				}
			}
		}
		bl.Text = strings.Join(bl.Cells, " | ")
		bl.Header = allBold && !b.body.bold
		if bl.Header && b.repeatsHeader(bl) {
			return // a table's header row repeated on the next page
		}
		pb := pblock{block: bl}
		for _, c := range u.cells {
			x := c[0].x0
			for _, s := range c {
				x = math.Min(x, s.x0)
			}
			pb.cellX = append(pb.cellX, x)
			pb.cellLast = append(pb.cellLast, c[len(c)-1])
		}
		b.paras = append(b.paras, pb)
		return
	}
	l := u.line
	if b.cur == nil && b.rowGoesOn(l) {
		return
	}
	if b.cur != nil && b.continues(b.cur, l) {
		prev := b.cur.last()
		if l.page != prev.page || l.y >= prev.y {
			b.cur.col = len(b.cur.lines)
		}
		b.cur.lines = append(b.cur.lines, l)
		return
	}
	b.flush()
	b.cur = &para{lines: []*seg{l}, page: u.page}
}

// repeatsHeader tells a header row that repeats the last header row seen,
// on a later page, where it opens the page's text: word processors repeat
// a table's header on every page it runs over.
func (b *builder) repeatsHeader(bl textdoc.Block) bool {
	defer func() { b.lastHeader = bl }()
	h := b.lastHeader
	if len(h.Cells) != len(bl.Cells) || h.Page >= bl.Page || b.pageStart != len(b.paras) {
		return false
	}
	for i := range h.Cells {
		if h.Cells[i] != bl.Cells[i] {
			return false
		}
	}
	return true
}

// rowGoesOn appends a line to a cell of the table row just before it when
// the cell goes on over a page break: the line is at the top of the next
// page, starts where the cell does, and does not start a sentence.
func (b *builder) rowGoesOn(l *seg) bool {
	if len(b.paras) == 0 {
		return false
	}
	pb := &b.paras[len(b.paras)-1]
	if pb.p != nil || len(pb.cellX) == 0 {
		return false
	}
	for i, x := range pb.cellX {
		last := pb.cellLast[i]
		if math.Abs(l.x0-x) > 2 || math.Abs(l.size-last.size) > 0.12*l.size {
			continue
		}
		switch {
		case l.page == last.page+1 && !sentenceEnd.MatchString(last.text) && startsLower(l.text):
		case l.page == last.page && last.page != pb.block.Page && l.y < last.y && last.y-l.y < 1.6*l.size:
		default:
			continue
		}
		pb.block.Cells[i] = b.vocab.join([]*seg{{text: pb.block.Cells[i]}, l})
		pb.block.Text = strings.Join(pb.block.Cells, " | ")
		pb.cellLast[i] = l
		return true
	}
	return false
}

// flushIfNewPage notes where a page's blocks start (a paragraph that goes
// on from the page before is not flushed: it may continue).
func (b *builder) flushIfNewPage() {
	b.pageStart = len(b.paras)
	if b.cur != nil {
		b.pageStart++
	}
}

func (b *builder) flush() {
	if b.cur != nil {
		b.paras = append(b.paras, pblock{p: b.cur})
		b.cur = nil
	}
}

var sentenceEnd = regexp.MustCompile(`[.!?:;…]["»”)]?$`)

// breakEnd is how a line ends its text for a column or page break: a colon
// does not ("les personnes atteintes d'un handicap :" ⏎ next column "prise
// en charge et insertion ;"), a marker or a capital opening the next line
// tells a list or a new sentence apart.
var breakEnd = regexp.MustCompile(`[.!?;…]["»”)]?$`)

// continues decides whether line l continues paragraph p.
func (b *builder) continues(p *para, l *seg) bool {
	prev := p.last()
	size := math.Max(prev.size, l.size)
	if math.Abs(prev.size-l.size) > 0.12*size || prev.bold != l.bold || prev.ang != l.ang {
		return false
	}
	if startsWithMarker(l.text) || l.parStart {
		return false
	}
	if l.page != prev.page {
		// Across a page break: only a sentence cut in the middle.
		return l.page == prev.page+1 && !breakEnd.MatchString(prev.text) && startsLower(l.text)
	}
	dy := prev.y - l.y
	if dy <= 0 {
		// Up the page: the next column. Only a sentence cut in the middle.
		return !breakEnd.MatchString(prev.text) && startsLower(l.text)
	}
	if len(p.lines)-p.col >= 2 {
		pitch := p.lines[len(p.lines)-2].y - prev.y
		if pitch > 0 && dy > pitch*1.25+0.05*size {
			return false
		}
	}
	if dy > 1.5*size {
		return false
	}
	first := p.lines[p.col]
	if centred(prev, l, size) {
		return true
	}
	hanging := len(p.lines)-p.col == 1 && startsWithMarker(first.text)
	if l.x0 < first.x0-size {
		return false // outdented: a new paragraph
	}
	if l.x0 > prev.x0+size && !hanging {
		return false // indented: a new paragraph's first line, a nested item
	}
	if b.right > 0 && prev.x1 < b.right-4*size && sentenceEnd.MatchString(prev.text) &&
		!(strings.HasSuffix(prev.text, ":") && startsLower(l.text)) {
		// A short line ending a sentence ends its paragraph; not a colon
		// followed by more of the same item ("handicap :" ⏎ "prise en
		// charge…"). b.right is the page's text edge, so in a column every
		// line is "short": punctuation decides there.
		return false
	}
	return true
}

// centred tells two lines centred on each other with different edges
// (a centred title over two lines).
func centred(a, b *seg, size float64) bool {
	ca, cb := (a.x0+a.x1)/2, (b.x0+b.x1)/2
	return math.Abs(ca-cb) < 0.5*size && math.Abs(a.x0-b.x0) > size
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// A headingStyle is a paragraph's first line's size (to half a point) and
// weight: headings are larger than the body, or bold when the body is not.
type headingStyle struct {
	size float64
	bold bool
}

// heading gives a paragraph's style and whether it is a heading: short,
// with letters, not ending as a sentence, not a bold list item.
func (b *builder) heading(p *para, text string) (headingStyle, bool) {
	s := headingStyle{math.Round(p.lines[0].size*2) / 2, p.lines[0].bold}
	larger := s.size >= b.body.size*1.12
	bolder := s.bold && !b.body.bold && s.size >= b.body.size*0.95
	if !larger && !bolder {
		return s, false
	}
	n := utf8.RuneCountInString(text)
	if n > 200 || len(p.lines) > 4 || n < 2 {
		return s, false
	}
	if strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "..") || strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";") {
		return s, false
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		return s, false
	}
	if startsWithMarker(text) && !larger {
		return s, false // a bold list item
	}
	return s, true
}

// headingLevels ranks the document's heading styles: larger first, bold
// before regular at one size; level 6 at most.
func (b *builder) headingLevels() map[headingStyle]int {
	var styles []headingStyle
	seen := map[headingStyle]bool{}
	for _, pb := range b.paras {
		if pb.p == nil {
			continue
		}
		if s, ok := b.heading(pb.p, b.vocab.join(pb.p.lines)); ok && !seen[s] {
			seen[s] = true
			styles = append(styles, s)
		}
	}
	sort.Slice(styles, func(i, j int) bool {
		if styles[i].size != styles[j].size {
			return styles[i].size > styles[j].size
		}
		return styles[i].bold && !styles[j].bold
	})
	level := map[headingStyle]int{}
	for i, s := range styles {
		level[s] = min(i+1, 6)
	}
	return level
}

// finish classifies the paragraphs into blocks.
func (b *builder) finish() []textdoc.Block {
	level := b.headingLevels()
	var out []textdoc.Block
	var markers []float64 // x of the list markers of the current list
	for _, pb := range b.paras {
		if pb.p == nil {
			out = append(out, pb.block)
			markers = nil
			continue
		}
		p := pb.p
		text := strings.TrimSpace(b.vocab.join(p.lines))
		if text == "" {
			continue
		}
		bl := textdoc.Block{Kind: textdoc.Paragraph, Text: text, Page: p.page}
		if s, ok := b.heading(p, text); ok {
			bl.Kind, bl.Level = textdoc.Heading, level[s]
			markers = nil
		} else if m, ok := listMarker(text); ok {
			bl.Kind = textdoc.ListItem
			bl.Text = strings.TrimSpace(text[m.end:])
			bl.Ordered, bl.Number = m.ordered, m.number
			bl.Depth = listDepth(&markers, p.lines[0].x0, p.lines[0].size)
			if bl.Text == "" {
				continue // a lone marker
			}
		} else {
			markers = nil
		}
		out = append(out, bl)
	}
	return out
}

// listDepth is an item's nesting depth from its marker's indentation
// relative to the list's earlier items.
func listDepth(markers *[]float64, x, size float64) int {
	m := *markers
	for i, mx := range m {
		if math.Abs(mx-x) < 0.6*size {
			*markers = m[:i+1]
			return i + 1
		}
	}
	if len(m) > 0 && (x < m[0] || x > m[len(m)-1]+4*size) {
		// Left of the list, or far right of it (the next column): a new
		// list.
		*markers = []float64{x}
		return 1
	}
	// Deeper than the last: a nested list. Keep the stack ordered.
	for len(m) > 0 && m[len(m)-1] > x {
		m = m[:len(m)-1]
	}
	*markers = append(m, x)
	return len(*markers)
}

type marker struct {
	end     int // byte offset of the text after the marker
	ordered bool
	number  int
}

var (
	reBullet  = regexp.MustCompile(`^(?:[•·▪◦●○■□➢►▶✓✔❖➔➤→◆◇]|[-–—*](?:\s))\s*`)
	reNumber  = regexp.MustCompile(`^\(?(\d{1,3})[.)]\s+`)
	reNumDash = regexp.MustCompile(`^(\d{1,3})\s+[-–]\s+`)
	reLetter  = regexp.MustCompile(`^\(?([a-z])[).]\s+`)
	reRoman   = regexp.MustCompile(`^\(?(i{1,3}|iv|vi{0,3}|ix|x)[).]\s+`)
)

// listMarker reads a list item's marker: a bullet, "1." "1)" "(1)" "12 -",
// "a)" "a." or a lower-case roman number.
func listMarker(s string) (marker, bool) {
	if m := reBullet.FindStringIndex(s); m != nil {
		return marker{end: m[1]}, true
	}
	for _, re := range []*regexp.Regexp{reNumber, reNumDash} {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			n, _ := strconv.Atoi(s[m[2]:m[3]])
			return marker{end: m[1], ordered: true, number: n}, true
		}
	}
	if m := reRoman.FindStringSubmatchIndex(s); m != nil {
		return marker{end: m[1], ordered: true, number: romanValue(s[m[2]:m[3]])}, true
	}
	if m := reLetter.FindStringSubmatchIndex(s); m != nil {
		return marker{end: m[1], ordered: true, number: int(s[m[2]]-'a') + 1}, true
	}
	return marker{}, false
}

func startsWithMarker(s string) bool {
	_, ok := listMarker(s)
	return ok
}

func romanValue(s string) int {
	v := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		x := v[s[i]]
		if i+1 < len(s) && v[s[i+1]] > x {
			n -= x
		} else {
			n += x
		}
	}
	return n
}
