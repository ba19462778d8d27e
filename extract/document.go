package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/clsx/clsx/extract/textdoc"
	"github.com/clsx/clsx/rules"
)

// lineHint is what a reader said of one line of the text: its kind and the
// page it is on.
type lineHint struct {
	kind textdoc.Kind
	page int
}

// FromDocument extracts the contracts of a document a reader has read (a web
// page, a PDF). The blocks are written out as lines in the plain-text form
// the extractors read (a list item as "- text" or "3. text", a table row as
// "label : cell | cell"), each block normalised on its own so that one block
// is one line, and the reader's structure is kept beside: a heading stays a
// heading, and every block keeps its page, which evidence spans carry.
func FromDocument(source string, d *textdoc.Document, r *rules.Set) *Document {
	if r == nil {
		r = rules.Default()
	}
	var text strings.Builder
	var hints []lineHint
	prev := textdoc.Kind(-1)
	for _, b := range withTitle(d) {
		lines := blockLines(b)
		if len(lines) == 0 {
			continue
		}
		// A blank line between blocks, except inside a list or a table: the
		// plain-text form of a page.
		if text.Len() > 0 && !(b.Kind == prev && (b.Kind == textdoc.ListItem || b.Kind == textdoc.TableRow)) {
			text.WriteByte('\n')
		}
		for _, line := range lines {
			text.WriteString(line)
			text.WriteByte('\n')
			hints = append(hints, lineHint{kind: b.Kind, page: b.Page})
		}
		prev = b.Kind
	}
	doc := fromText(source, strings.TrimSuffix(text.String(), "\n"), hints, r)
	if d.Title != "" {
		t := d.Title
		doc.Title = &t
	}
	doc.Warnings = append(append([]string{}, d.Warnings...), doc.Warnings...)
	return doc
}

// blockLines writes a block as normalised lines: one line, or more where
// normalisation splits glued text ("Avril 2025Signature…").
func blockLines(b textdoc.Block) []string {
	var t string
	switch b.Kind {
	case textdoc.TableRow:
		t = rowText(b.Cells)
	default:
		t = oneLine(b.Text)
	}
	if t == "" {
		return nil
	}
	lines := strings.Split(t, "\n")
	if b.Kind == textdoc.ListItem {
		marker := "- "
		if b.Ordered && b.Number > 0 {
			marker = strconv.Itoa(b.Number) + ". "
		}
		if !startsWithMarker(lines[0]) {
			lines[0] = marker + lines[0]
		}
	}
	return lines
}

// oneLine normalises a block's text and drops its blank lines.
func oneLine(s string) string {
	var out []string
	for _, l := range strings.Split(Normalize(strings.ReplaceAll(s, "\n", " ")), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// maxLabelRunes bounds a row's first cell read as a label ("Pilote",
// "Axe 2", "Calendrier"): longer, it is content.
const maxLabelRunes = 40

// rowText writes a table row: "label : cell | cell" when the first cell is a
// label (short, not a sentence), so that "Pilote | CIAS" reads as the
// "Pilote : CIAS" the extractors know; else the cells joined by " | ".
func rowText(cells []string) string {
	var parts []string
	for _, c := range cells {
		if c = strings.ReplaceAll(oneLine(c), "\n", " "); c != "" {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	first := parts[0]
	if len(parts) > 1 && utf8.RuneCountInString(first) <= maxLabelRunes && !strings.ContainsAny(first[len(first)-1:], ".;:,") {
		return first + " : " + strings.Join(parts[1:], " | ")
	}
	return strings.Join(parts, " | ")
}

// startsWithMarker: an item whose text already carries its marker ("- …",
// "1. …") is not given another.
func startsWithMarker(s string) bool {
	return strings.HasPrefix(s, "- ") || numberedItem.MatchString(s)
}

// applyHints gives the blocks of the text the structure a reader saw: one
// hint per non-empty line, in order. A heading the reader saw stays a heading
// (a long <h2> the heuristics would call a paragraph); a paragraph keeps the
// heuristics' reading, for pages that mark headings with <p><b>. A table
// row is marked as one: a fiche's rows are its fields, whatever they say.
func applyHints(blocks []*Block, hints []lineHint) {
	if len(hints) != len(blocks) {
		return
	}
	for i, b := range blocks {
		h := hints[i]
		b.Page = h.page
		b.row = h.kind == textdoc.TableRow
		if h.kind == textdoc.Heading && b.Kind != ListItem {
			b.Kind = Heading
			b.sents = splitSentences(b)
		}
	}
}

// withTitle returns the blocks, preceded by the document's title when its
// text does not already open with it. A title is part of what a document
// says — "Annexe 1 - Plan d'action - CLS Aunis Atlantique 2025-2029" names
// the territory and the period its table of actions belongs to — and a PDF's
// title is often only in its metadata.
func withTitle(d *textdoc.Document) []textdoc.Block {
	title := strings.TrimSpace(d.Title)
	if title == "" {
		return d.Blocks
	}
	folded := rules.Fold(oneLine(title))
	for i, b := range d.Blocks {
		if i >= 3 {
			break
		}
		if rules.Fold(oneLine(b.Text)) == folded {
			return d.Blocks
		}
	}
	page := 0
	if len(d.Blocks) > 0 {
		page = d.Blocks[0].Page
	}
	return append([]textdoc.Block{{Kind: textdoc.Heading, Level: 1, Text: title, Page: page}}, d.Blocks...)
}
