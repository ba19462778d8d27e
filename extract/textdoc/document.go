package textdoc

import "strings"

// Kind is the structural role of a block.
type Kind int

const (
	Paragraph Kind = iota
	Heading
	ListItem
	TableRow
)

func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case ListItem:
		return "item"
	case TableRow:
		return "row"
	}
	return "paragraph"
}

// Block is one unit of reading order.
type Block struct {
	Kind Kind `json:"kind"`
	// Text is the block's text on one line (inner line breaks of a paragraph
	// are spaces; a table row's cells are joined by " | ").
	Text string `json:"text"`
	// Level is a heading's level, 1 (most important) to 6.
	Level int `json:"level,omitempty"`
	// Ordered tells a numbered list's item from a bullet; Number is its
	// number in the list (from the list's start), 0 for a bullet.
	Ordered bool `json:"ordered,omitempty"`
	Number  int  `json:"number,omitempty"`
	// Depth is a list item's nesting depth, 1 for a top-level list.
	Depth int `json:"depth,omitempty"`
	// Cells are a table row's cells, in order; Header marks a row of <th>.
	Cells  []string `json:"cells,omitempty"`
	Header bool     `json:"header,omitempty"`
	// Page is the 1-based page the block starts on, 0 where the source has
	// no pages (HTML).
	Page int `json:"page,omitempty"`
}

// Link is a hyperlink of a page.
type Link struct {
	URL  string `json:"url"`
	Text string `json:"text"`
}

// Document is a read document.
type Document struct {
	Title  string  `json:"title,omitempty"`
	Blocks []Block `json:"blocks"`
	// Links are the page's links to documents (PDF, DOC, ODT…), resolved
	// against the page's base URL where it has one.
	Links []Link `json:"links,omitempty"`
	// Pages is the number of pages of a paginated source.
	Pages int `json:"pages,omitempty"`
	// Charset is the character set the source was decoded from.
	Charset  string   `json:"charset,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// PlainText is the document's text, one block a line, table cells separated
// by tabs: what text-quality measures compare with a source's text.
func (d *Document) PlainText() string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Kind == TableRow && len(bl.Cells) > 0 {
			b.WriteString(strings.Join(bl.Cells, "\t"))
		} else {
			b.WriteString(bl.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
