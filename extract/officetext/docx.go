package officetext

import (
	"encoding/xml"
	"strings"

	"github.com/clsx/clsx/extract/textdoc"
)

// docxReader walks word/document.xml.
type docxReader struct {
	w      *walker
	styles map[string]*wStyle
	num    *numbering
}

func readDOCX(a *archive) (*textdoc.Document, error) {
	main, err := a.read("word/document.xml")
	if err != nil {
		return nil, err
	}
	r := &docxReader{w: newWalker("word/document.xml", main), styles: map[string]*wStyle{}, num: readNumbering(nil)}
	if b, err := a.read("word/styles.xml"); err != nil {
		return nil, err
	} else if b != nil {
		r.styles = readStyles(b)
	}
	if b, err := a.read("word/numbering.xml"); err != nil {
		return nil, err
	} else if b != nil {
		r.num = readNumbering(b)
	}
	var out builder
	r.body(0, &out)
	if err := r.w.failed(); err != nil {
		return nil, err
	}
	return &textdoc.Document{Title: docTitle(a, "docProps/core.xml"), Blocks: out.blocks}, nil
}

// body reads block-level content (the body, a cell, a text box, a
// content control) to the end of the current element.
func (r *docxReader) body(depth int, sink *builder) {
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			switch {
			case depth > maxXMLDepth:
				r.w.skip()
			case t.Name.Local == "p":
				r.paragraph(depth+1, sink)
			case t.Name.Local == "tbl":
				r.table(depth+1, sink)
			case skippedW[t.Name.Local]:
				r.w.skip()
			default: // sdt, sdtContent, customXml, ins, smartTag…
				r.body(depth+1, sink)
			}
		case xml.EndElement:
			return
		}
	}
}

// skippedW are the elements whose text is not the document's: deleted
// text, field instructions, note and comment marks, section properties,
// and the fallback copy of alternate content (the choice is read).
var skippedW = map[string]bool{
	"del": true, "delText": true, "moveFrom": true, "instrText": true, "sectPr": true,
	"footnoteReference": true, "endnoteReference": true, "commentReference": true,
	"annotationRef": true, "Fallback": true, "rPr": true, "tblPr": true, "tblGrid": true,
}

// para is what a paragraph's XML says.
type para struct {
	text            strings.Builder
	style, numID    string
	ilvl, outline   int
	hasNum, hasIlvl bool
	boxes           builder // text boxes anchored in it, read after it
}

// paragraph reads a w:p and adds its block, then its text boxes'.
func (r *docxReader) paragraph(depth int, sink *builder) {
	p := &para{outline: -1}
	r.runs(depth, p)
	bl := textdoc.Block{Kind: textdoc.Paragraph, Text: p.text.String()}
	level := p.outline
	if level < 0 {
		level = outline(r.styles, p.style)
	}
	if !p.hasNum {
		p.numID, p.ilvl = styleNumbering(r.styles, p.style)
	}
	switch {
	case level >= 0 && level < 9:
		bl.Kind, bl.Level = textdoc.Heading, min(level+1, 6)
	case p.numID != "" && p.numID != "0" && clean(bl.Text) != "":
		if shown, ordered, n := r.num.next(p.numID, p.ilvl); shown {
			bl.Kind, bl.Depth = textdoc.ListItem, min(p.ilvl, 8)+1
			bl.Ordered, bl.Number = ordered, n
		}
	}
	sink.add(bl)
	sink.blocks = append(sink.blocks, p.boxes.blocks...)
}

// runs reads a paragraph's content to the end of the current element.
func (r *docxReader) runs(depth int, p *para) {
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			val := attr(t, "val")
			switch t.Name.Local {
			case "t":
				p.text.WriteString(r.w.text())
				continue
			case "pStyle":
				p.style = val
			case "numId":
				p.numID, p.hasNum = val, true
			case "ilvl":
				p.ilvl = atoi(val, 0)
			case "outlineLvl":
				p.outline = atoi(val, -1)
			case "tab", "br", "cr", "ptab":
				p.text.WriteByte(' ')
			case "noBreakHyphen":
				p.text.WriteByte('-')
			case "txbxContent":
				if depth < maxXMLDepth {
					r.body(depth+1, &p.boxes)
					continue
				}
			default:
				if !skippedW[t.Name.Local] && depth < maxXMLDepth {
					r.runs(depth+1, p)
					continue
				}
			}
			r.w.skip()
		case xml.EndElement:
			return
		}
	}
}

// table reads a w:tbl: one block per row.
func (r *docxReader) table(depth int, sink *builder) {
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			switch {
			case depth > maxXMLDepth || skippedW[t.Name.Local]:
				r.w.skip()
			case t.Name.Local == "tr":
				r.row(depth+1, sink)
			default:
				r.table(depth+1, sink)
			}
		case xml.EndElement:
			return
		}
	}
}

// row reads a w:tr: its cells' text, each cell's blocks on one line.
func (r *docxReader) row(depth int, sink *builder) {
	bl := textdoc.Block{Kind: textdoc.TableRow}
	for t := r.w.next(); t != nil; t = r.w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tc":
				var cell builder
				r.body(depth+1, &cell)
				bl.Cells = append(bl.Cells, joinBlocks(cell.blocks))
			case "tblHeader":
				v := attr(t, "val")
				bl.Header = v == "" || v == "1" || v == "true" || v == "on"
				r.w.skip()
			case "trPr", "sdt", "sdtContent", "customXml":
				// read through: tblHeader, or cells, are inside
			default:
				r.w.skip()
			}
		case xml.EndElement:
			if t.Name.Local == "tr" {
				sink.add(bl)
				return
			}
		}
	}
	sink.add(bl)
}

// joinBlocks is a cell's content on one line.
func joinBlocks(bs []textdoc.Block) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " ")
}
