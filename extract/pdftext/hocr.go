package pdftext

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
)

// Tesseract's hOCR answer → glyphs. Each word becomes one glyph, on its
// line's baseline, sized by its line's x_size, with a space glyph between
// the words of a line; the words come in Tesseract's reading order (block,
// paragraph, line), which the layout takes as stream order. So an OCR'd
// page goes through the same layout as a page of text: lines, paragraphs,
// headings by size, lists by their markers, running headers and footers.

// hocrLine is a line of words as hOCR gives it, in image pixels.
type hocrLine struct {
	parStart bool    // the first line of an OCR paragraph
	x0, y1   float64 // bounding box left, bottom
	baseline [2]float64
	xSize    float64
	words    []hocrWord
}

type hocrWord struct {
	text   string
	x0, x1 float64
}

// parseHOCR reads the lines of an hOCR page.
func parseHOCR(data []byte) ([]hocrLine, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var (
		lines []hocrLine
		cur   *hocrLine
		word  *hocrWord
		depth int
		// lineDepth is the depth of the open line's element, 0 if none.
		lineDepth int
		// newPar: a paragraph or block opened since the last line.
		newPar bool
	)
	for {
		tok, err := dec.Token()
		if err != nil {
			if cur != nil {
				lines = append(lines, *cur)
			}
			if err.Error() == "EOF" {
				return lines, nil
			}
			return lines, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			class, title := attr(t, "class"), attr(t, "title")
			switch {
			case class == "ocr_par" || class == "ocr_carea":
				newPar = true
			case class == "ocrx_word" && cur != nil:
				b := bbox(title)
				word = &hocrWord{x0: b[0], x1: b[2]}
			case isLineClass(class):
				if cur != nil {
					lines = append(lines, *cur)
				}
				b := bbox(title)
				cur = &hocrLine{parStart: newPar, x0: b[0], y1: b[3], baseline: titleFloats(title, "baseline"), xSize: titleFloats(title, "x_size")[0]}
				newPar = false
				lineDepth = depth
			}
		case xml.CharData:
			if word != nil {
				word.text += string(t)
			}
		case xml.EndElement:
			if word != nil {
				if s := strings.TrimSpace(word.text); s != "" {
					word.text = s
					cur.words = append(cur.words, *word)
				}
				word = nil
			}
			if depth == lineDepth && cur != nil {
				lines = append(lines, *cur)
				cur, lineDepth = nil, 0
			}
			depth--
		}
	}
}

// isLineClass tells the hOCR classes of a line of text: ocr_line, and the
// lines Tesseract classes as headers, captions or floating text.
func isLineClass(c string) bool {
	switch c {
	case "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat":
		return true
	}
	return false
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// titleFloats are the numbers of property key of an hOCR title
// ("bbox 1 2 3 4; baseline 0.001 -8; x_size 33"), at least two (zero
// where missing).
func titleFloats(title, key string) [2]float64 {
	var out [2]float64
	for _, prop := range strings.Split(title, ";") {
		f := strings.Fields(prop)
		if len(f) < 2 || f[0] != key {
			continue
		}
		for i := 1; i < len(f) && i <= 2; i++ {
			out[i-1], _ = strconv.ParseFloat(f[i], 64)
		}
	}
	return out
}

func bbox(title string) [4]float64 {
	var out [4]float64
	for _, prop := range strings.Split(title, ";") {
		f := strings.Fields(prop)
		if len(f) == 5 && f[0] == "bbox" {
			for i := range 4 {
				out[i], _ = strconv.ParseFloat(f[i+1], 64)
			}
		}
	}
	return out
}

// ocrGlyphs places the words of lines, read from an image of dpi dots per
// inch, on a page of height pageH points (PDF space, y up).
func ocrGlyphs(lines []hocrLine, dpi, pageH float64) []glyph {
	scale := 72 / dpi
	var out []glyph
	for _, l := range lines {
		size := l.xSize * scale
		if size <= 0 {
			size = 10
		}
		for i, w := range l.words {
			// the baseline: slope and offset from the line box's bottom left
			by := l.y1 + l.baseline[1] + l.baseline[0]*(w.x0-l.x0)
			y := pageH - by*scale
			if i > 0 {
				out = append(out, glyph{s: " ", x: w.x0*scale - 1, y: y, w: 0, size: size})
			}
			out = append(out, glyph{s: w.text, x: w.x0 * scale, y: y, w: (w.x1 - w.x0) * scale, size: size, parStart: i == 0 && l.parStart})
		}
	}
	return out
}
