package pdftext

import (
	"strings"
	"testing"
)

// Text that lives only in an annotation's appearance (a text box added in
// a reviewer, a form field) is read, mapped onto the annotation's
// rectangle; here in AES-256 files that open with the empty password.
func TestAnnotationAppearances(t *testing.T) {
	for _, c := range []struct{ file, text string }{
		{"testdata/torture/pr6531_2.pdf", "Bluebeam should be encrypting this."},
		{"testdata/torture/secHandler.pdf", "Security Handler"},
	} {
		doc, err := Read([]byte(readFile(t, c.file)), Options{})
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if got := strings.TrimSpace(doc.PlainText()); !strings.Contains(got, c.text) {
			t.Errorf("%s: %q, want %q", c.file, got, c.text)
		}
	}
}

// An appearance's box, through its matrix, lands on the annotation's
// rectangle.
func TestFitMatrix(t *testing.T) {
	m := fitMatrix([4]float64{0, 0, 100, 20}, matrix{0, 1, -1, 0, 0, 0}, [4]float64{50, 500, 70, 600})
	for _, p := range [][4]float64{{0, 0, 70, 500}, {100, 20, 50, 600}} {
		// the point through the form's matrix, then m
		x, y := p[0]*0+p[1]*-1, p[0]*1+p[1]*0
		gx, gy := x*m[0]+y*m[2]+m[4], x*m[1]+y*m[3]+m[5]
		if gx != p[2] || gy != p[3] {
			t.Errorf("(%v,%v) → (%v,%v), want (%v,%v)", p[0], p[1], gx, gy, p[2], p[3])
		}
	}
}
