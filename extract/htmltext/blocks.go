package htmltext

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/clsx/clsx/extract/textdoc"
)

// blockElements end the line before and after them: text on both sides of
// one never runs together.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "center": true,
	"dd": true, "details": true, "dialog": true, "dir": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"hr": true, "li": true, "main": true, "menu": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "thead": true, "tfoot": true,
	"tr": true, "td": true, "th": true, "ul": true, "caption": true, "br": true,
	"option": true, "legend": true,
}

// walker turns a DOM subtree into blocks.
type walker struct {
	blocks []textdoc.Block
	text   strings.Builder // the inline text of the block being read
	lists  []*listState    // enclosing lists, innermost last
	item   *textdoc.Block  // the list item whose text is being read, if any
	head   int             // level of the heading being read, 0 outside headings
	row    *textdoc.Block  // the table row being read, if any
	cell   *strings.Builder
	// rowItems are the list items read inside the row's cells ("Modalités:
	// 1. … 2. …"): they follow the row as items of their own, so that an
	// action's steps stay steps.
	rowItems []textdoc.Block
}

type listState struct {
	ordered bool
	next    int
}

// walk reads node n into blocks. Text goes to the cell being read, if any,
// else to the block being read; each kind of element that shapes blocks has
// a method of its own below.
func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if w.cell != nil {
			w.cell.WriteString(n.Data)
		} else {
			w.text.WriteString(n.Data)
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n)
		return
	default:
		return
	}
	tag := n.Data
	switch {
	case tag == "ul" || tag == "ol" || tag == "menu" || tag == "dir":
		w.list(n, tag)
	case tag == "li" && w.cell != nil:
		w.cellItem(n)
	case tag == "li":
		w.listItem(n)
	case len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6':
		w.heading(n, int(tag[1]-'0'))
	case tag == "tr":
		w.tableRow(n)
	case (tag == "td" || tag == "th") && w.row != nil:
		w.tableCell(n, tag)
	case tag == "br":
		w.lineBreak()
	case tag == "img":
		// An image's alt text is not running text; a CLS page's visual says
		// "Visuel", "Logo ARS", never a sentence of the contract.
	default:
		w.element(n, tag)
	}
}

// list reads a list, numbering its items from its start attribute. Inside
// a table cell the list does not end the cell's text: the cell is one block.
func (w *walker) list(n *html.Node, tag string) {
	if w.cell == nil {
		w.flush()
	}
	l := &listState{ordered: tag == "ol", next: 1}
	if s, err := strconv.Atoi(attr(n, "start")); err == nil {
		l.next = s
	}
	if attr(n, "reversed") != "" {
		l.next = 0 // numbers of reversed lists are not read: better none than wrong
		l.ordered = false
	}
	w.lists = append(w.lists, l)
	w.children(n)
	if w.cell == nil {
		w.flush()
	}
	w.lists = w.lists[:len(w.lists)-1]
}

// cellItem reads a list item inside a table cell into rowItems, which follow
// the row as items of their own (see walker).
func (w *walker) cellItem(n *html.Node) {
	var item strings.Builder
	saved := w.cell
	w.cell = &item
	w.children(n)
	w.cell = saved
	b := textdoc.Block{Kind: textdoc.ListItem, Depth: 1, Text: clean(item.String())}
	if len(w.lists) > 0 {
		if l := w.lists[len(w.lists)-1]; l.ordered {
			b.Ordered, b.Number = true, l.next
			l.next++
		}
	}
	if b.Text != "" {
		w.rowItems = append(w.rowItems, b)
	}
}

// listItem reads a list item as a block of its own, numbered by its list
// (a value attribute renumbers it and the items after it).
func (w *walker) listItem(n *html.Node) {
	w.flush()
	b := &textdoc.Block{Kind: textdoc.ListItem, Depth: len(w.lists)}
	if len(w.lists) > 0 {
		l := w.lists[len(w.lists)-1]
		if v, err := strconv.Atoi(attr(n, "value")); err == nil && l.ordered {
			l.next = v
		}
		if l.ordered {
			b.Ordered, b.Number = true, l.next
			l.next++
		}
	} else {
		b.Depth = 1
	}
	saved := w.item
	w.item = b
	w.children(n)
	w.flush()
	w.item = saved
}

// heading reads h1…h6 as a heading of that level.
func (w *walker) heading(n *html.Node, level int) {
	w.flush()
	saved := w.head
	w.head = level
	w.children(n)
	w.flush()
	w.head = saved
}

// tableRow reads a row's cells into one block, followed by the list items
// its cells held. A row is a header row until it has a td.
func (w *walker) tableRow(n *html.Node) {
	w.flush()
	row := &textdoc.Block{Kind: textdoc.TableRow, Header: true}
	saved, savedItems := w.row, w.rowItems
	w.row, w.rowItems = row, nil
	w.children(n)
	w.emitRow(row)
	w.blocks = append(w.blocks, w.rowItems...)
	w.row, w.rowItems = saved, savedItems
}

// tableCell reads a cell of the current row as one line of text.
func (w *walker) tableCell(n *html.Node, tag string) {
	var cell strings.Builder
	savedCell := w.cell
	w.cell = &cell
	w.children(n)
	w.cell = savedCell
	w.row.Cells = append(w.row.Cells, clean(cell.String()))
	if tag == "td" {
		w.row.Header = false
	}
}

// lineBreak ends the block being read; in a cell, it is a space, since a
// cell is one line.
func (w *walker) lineBreak() {
	if w.cell != nil {
		w.cell.WriteString(" ")
		return
	}
	w.flush()
}

// element reads any other element: a block element ends the block before
// and after it (or, in a cell, is set apart by a space); an inline one
// only adds its text.
func (w *walker) element(n *html.Node, tag string) {
	block := blockElements[tag]
	if block && w.cell == nil {
		w.flush()
	}
	w.children(n)
	if block && w.cell == nil {
		w.flush()
	} else if block {
		w.cell.WriteString(" ")
	}
}

func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// flush ends the block being read: a heading, the current list item's text
// (its first flush; text after a nested list continues as a paragraph), or a
// paragraph.
func (w *walker) flush() {
	t := clean(w.text.String())
	w.text.Reset()
	if t == "" {
		return
	}
	switch {
	case w.head > 0:
		w.blocks = append(w.blocks, textdoc.Block{Kind: textdoc.Heading, Level: w.head, Text: t})
	case w.item != nil && w.item.Text == "":
		w.item.Text = t
		w.blocks = append(w.blocks, *w.item)
	case continuesSentence(t) && len(w.blocks) > 0 && w.blocks[len(w.blocks)-1].Kind == textdoc.Paragraph:
		// Text cannot start with ", les élus…": a template has split one
		// sentence over two boxes (a timeline's date and its label).
		w.blocks[len(w.blocks)-1].Text += t
	default:
		w.blocks = append(w.blocks, textdoc.Block{Kind: textdoc.Paragraph, Text: t})
	}
}

// continuesSentence: punctuation that only ever follows text.
func continuesSentence(t string) bool {
	return strings.IndexAny(t[:1], ",;.)") == 0 && !strings.HasPrefix(t, "...")
}

// emitRow adds a table row: layout tables (one cell) become paragraphs,
// empty rows disappear.
func (w *walker) emitRow(row *textdoc.Block) {
	cells := row.Cells
	nonEmpty := 0
	for _, c := range cells {
		if c != "" {
			nonEmpty++
		}
	}
	switch nonEmpty {
	case 0:
		return
	case 1:
		for _, c := range cells {
			if c != "" {
				w.blocks = append(w.blocks, textdoc.Block{Kind: textdoc.Paragraph, Text: c})
			}
		}
		return
	}
	row.Text = strings.Join(cells, " | ")
	w.blocks = append(w.blocks, *row)
}

// clean collapses white space, no-break spaces included (HTML's rendering
// rule; the extractors normalise spaces anyway), and trims.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}
