package pdftext

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// Annotations. A page's text may live in its annotations' appearances
// rather than its content: a text box or stamp added by a reviewer, a
// filled form field. They are drawn as viewers and poppler print them:
// each visible annotation's normal appearance (a Form XObject) mapped
// onto its rectangle (PDF 32000 §12.5.5), after the page's content.

// maxAnnotations bounds the annotations walked on one page.
const maxAnnotations = 1000

// annotations walks the appearances of a page's annotations.
func (w *pageWalker) annotations(annots pdf.Value) {
	for i := 0; i < annots.Len() && i < maxAnnotations; i++ {
		a := annots.Index(i)
		if a.Key("F").Int64()&(1|2|32) != 0 {
			continue // invisible, hidden or no-view
		}
		switch a.Key("Subtype").Name() {
		case "Link", "Popup":
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() != pdf.Stream {
			ap = ap.Key(a.Key("AS").Name()) // one appearance per state
		}
		if ap.Kind() != pdf.Stream || ap.Key("Subtype").Name() != "Form" {
			continue
		}
		rect, bbox := box4(a.Key("Rect")), box4(ap.Key("BBox"))
		w.form(ap, fitMatrix(bbox, formMatrix(ap), rect))
	}
}

// formMatrix is a Form XObject's /Matrix, identity if it has none.
func formMatrix(x pdf.Value) matrix {
	m := x.Key("Matrix")
	if m.Len() != 6 {
		return identity
	}
	var mm matrix
	for i := range 6 {
		mm[i] = num(m.Index(i))
	}
	return mm
}

// box4 reads a rectangle [llx lly urx ury], normalised.
func box4(v pdf.Value) [4]float64 {
	var b [4]float64
	if v.Len() != 4 {
		return b
	}
	for i := range 4 {
		b[i] = num(v.Index(i))
	}
	if b[2] < b[0] {
		b[0], b[2] = b[2], b[0]
	}
	if b[3] < b[1] {
		b[1], b[3] = b[3], b[1]
	}
	return b
}

// fitMatrix maps the appearance's box, transformed by its matrix, onto
// the annotation's rectangle.
func fitMatrix(bbox [4]float64, m matrix, rect [4]float64) matrix {
	xs := [4]float64{bbox[0], bbox[2], bbox[0], bbox[2]}
	ys := [4]float64{bbox[1], bbox[1], bbox[3], bbox[3]}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range 4 {
		x := xs[i]*m[0] + ys[i]*m[2] + m[4]
		y := xs[i]*m[1] + ys[i]*m[3] + m[5]
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
	}
	sx, sy := 1.0, 1.0
	if x1-x0 > 1e-6 {
		sx = (rect[2] - rect[0]) / (x1 - x0)
	}
	if y1-y0 > 1e-6 {
		sy = (rect[3] - rect[1]) / (y1 - y0)
	}
	return matrix{sx, 0, 0, sy, rect[0] - x0*sx, rect[1] - y0*sy}
}
