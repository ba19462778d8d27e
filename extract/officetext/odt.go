package officetext

import (
	"encoding/xml"
	"strings"

	"github.com/clsx/clsx/extract/textdoc"
)

// odtReader walks content.xml.
type odtReader struct {
	w      *walker
	st     *odtStyles
	lists  map[string]*listState // by xml:id, for text:continue-list
	byName map[string]*listState // the last list of each style, for continue-numbering
}

// listState is a list's counters, shared by its nested lists.
type listState struct {
	count [11]int
	seen  [11]bool
}

// listCtx is where a paragraph stands in a list.
type listCtx struct {
	state *listState
	style string
	level int // 1 for a top-level list
	item  *itemCtx
}

// itemCtx is a list item: its first paragraph carries its number.
type itemCtx struct {
	first   bool
	ordered bool
	number  int
}

func readODT(a *archive) (*textdoc.Document, error) {
	content, err := a.read("content.xml")
	if err != nil {
		return nil, err
	}
	if mt, _ := a.read("mimetype"); mt != nil && !strings.HasPrefix(string(mt), odtMimeType) {
		return nil, errNotText(string(mt))
	}
	if m, _ := a.read("META-INF/manifest.xml"); m != nil && strings.Contains(string(m), "encryption-data") {
		return nil, errEncryptedODF
	}
	st := newODTStyles()
	if b, err := a.read("styles.xml"); err != nil {
		return nil, err
	} else if b != nil {
		st.read("styles.xml", b)
	}
	st.read("content.xml", content)
	r := &odtReader{w: newWalker("content.xml", content), st: st, lists: map[string]*listState{}, byName: map[string]*listState{}}
	var out builder
	r.body(0, &out, nil)
	if err := r.w.failed(); err != nil {
		return nil, err
	}
	return &textdoc.Document{Title: docTitle(a, "meta.xml"), Blocks: out.blocks}, nil
}

// skippedODT are the elements without body text: declarations, tracked
// changes (deleted text), notes, comments, forms, a table of contents'
// template, style definitions.
var skippedODT = map[string]bool{
	"sequence-decls": true, "variable-decls": true, "user-field-decls": true, "tracked-changes": true,
	"note": true, "annotation": true, "forms": true, "table-of-content-source": true,
	"automatic-styles": true, "font-face-decls": true, "scripts": true, "soft-page-break": true,
	"table-columns": true, "table-column": true, "table-header-columns": true, "image": true,
}

// body reads block-level content to the end of the current element.
func (r *odtReader) body(depth int, sink *builder, list *listCtx) {
	for t := r.w.next(); t != nil; t = r.w.next() {
		se, ok := t.(xml.StartElement)
		if !ok {
			if _, end := t.(xml.EndElement); end {
				return
			}
			continue
		}
		switch {
		case depth > maxXMLDepth || skippedODT[se.Name.Local]:
			r.w.skip()
		case se.Name.Local == "h":
			r.paragraph(se, depth+1, sink, list, max(1, min(atoi(attr(se, "outline-level"), 1), 6)))
		case se.Name.Local == "p":
			level := 0
			if r.st.isTitle(attr(se, "style-name")) {
				level = 1
			}
			r.paragraph(se, depth+1, sink, list, level)
		case se.Name.Local == "list":
			r.list(se, depth+1, sink, list)
		case se.Name.Local == "table":
			r.table(depth+1, sink)
		default: // section, index-body, frame, text-box…
			r.body(depth+1, sink, list)
		}
	}
}

// paragraph reads a text:p or text:h and adds its block: a heading at
// level > 0, else a list item when it opens one, else a paragraph.
func (r *odtReader) paragraph(se xml.StartElement, depth int, sink *builder, list *listCtx, level int) {
	var text strings.Builder
	var boxes builder
	r.inline(depth, &text, &boxes)
	bl := textdoc.Block{Kind: textdoc.Paragraph, Text: text.String()}
	switch {
	case level > 0:
		bl.Kind, bl.Level = textdoc.Heading, level
	case list != nil && list.item != nil && list.item.first:
		bl.Kind, bl.Depth = textdoc.ListItem, list.level
		bl.Ordered, bl.Number = list.item.ordered, list.item.number
	}
	if list != nil && list.item != nil && clean(bl.Text) != "" {
		list.item.first = false
	}
	sink.add(bl)
	sink.blocks = append(sink.blocks, boxes.blocks...)
}

// inline reads a paragraph's text to the end of the current element;
// text boxes anchored in it go to boxes.
func (r *odtReader) inline(depth int, text *strings.Builder, boxes *builder) {
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.CharData:
			text.Write(t)
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "s":
				text.WriteString(strings.Repeat(" ", min(atoi(attr(t, "c"), 1), 100)))
				r.w.skip()
			case name == "tab" || name == "line-break":
				text.WriteByte(' ')
				r.w.skip()
			case depth > maxXMLDepth || skippedODT[name]:
				r.w.skip()
			case name == "frame":
				r.body(depth+1, boxes, nil)
			default:
				r.inline(depth+1, text, boxes)
			}
		case xml.EndElement:
			return
		}
	}
}

// list reads a text:list: each item's first paragraph is a list item
// numbered by the list's counters (kept across the nested lists, and
// continued where the list says so).
func (r *odtReader) list(se xml.StartElement, depth int, sink *builder, parent *listCtx) {
	ctx := &listCtx{style: attr(se, "style-name"), level: 1}
	if parent != nil {
		ctx.state, ctx.level = parent.state, min(parent.level+1, 10)
		if ctx.style == "" {
			ctx.style = parent.style
		}
	} else {
		switch {
		case r.lists[attr(se, "continue-list")] != nil:
			ctx.state = r.lists[attr(se, "continue-list")]
		case attr(se, "continue-numbering") == "true" && r.byName[ctx.style] != nil:
			ctx.state = r.byName[ctx.style]
		default:
			ctx.state = &listState{}
		}
		r.byName[ctx.style] = ctx.state
	}
	if id := attr(se, "id"); id != "" {
		r.lists[id] = ctx.state
	}
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			if depth > maxXMLDepth || (t.Name.Local != "list-item" && t.Name.Local != "list-header") {
				r.w.skip()
				continue
			}
			item := &itemCtx{first: t.Name.Local == "list-item"}
			if item.first {
				item.ordered, item.number = r.number(ctx, atoi(attr(t, "start-value"), -1))
			}
			r.body(depth+1, sink, &listCtx{state: ctx.state, style: ctx.style, level: ctx.level, item: item})
		case xml.EndElement:
			return
		}
	}
}

// number advances the counter of ctx's level and restarts deeper ones.
func (r *odtReader) number(ctx *listCtx, startValue int) (bool, int) {
	lvl := r.st.listLevel(ctx.style, ctx.level)
	s, l := ctx.state, ctx.level
	switch {
	case startValue >= 0:
		s.count[l] = startValue
	case s.seen[l]:
		s.count[l]++
	default:
		s.count[l] = lvl.start
	}
	s.seen[l] = true
	for j := l + 1; j < len(s.seen); j++ {
		s.seen[j] = false
	}
	if !lvl.ordered {
		return false, 0
	}
	return true, s.count[l]
}

// table reads a table:table: one block per row.
func (r *odtReader) table(depth int, sink *builder) {
	r.rows(depth, sink, false)
}

// rows reads the rows of a table or of a row group.
func (r *odtReader) rows(depth int, sink *builder, header bool) {
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case depth > maxXMLDepth || skippedODT[name] || name == "table-column":
				r.w.skip()
			case name == "table-row":
				r.row(depth+1, sink, header)
			default: // table-header-rows, table-rows, table-row-group
				r.rows(depth+1, sink, header || name == "table-header-rows")
			}
		case xml.EndElement:
			return
		}
	}
}

// row reads a table:table-row. A cell repeated by number-columns-repeated
// is repeated (up to maxRepeat); covered cells (merged into another) add
// none, as a merged cell reads once on the page.
func (r *odtReader) row(depth int, sink *builder, header bool) {
	bl := textdoc.Block{Kind: textdoc.TableRow, Header: header}
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local != "table-cell" || depth > maxXMLDepth {
				r.w.skip()
				continue
			}
			var cell builder
			r.body(depth+1, &cell, nil)
			text := joinBlocks(cell.blocks)
			for range min(max(atoi(attr(t, "number-columns-repeated"), 1), 1), maxRepeat) {
				bl.Cells = append(bl.Cells, text)
			}
		case xml.EndElement:
			sink.add(bl)
			return
		}
	}
	sink.add(bl)
}
