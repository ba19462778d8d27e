package pdftext

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead feeds Read mutated PDFs: it must return (a document or an
// error) and never panic out of the function. Seeds are the small
// fixtures and hand-made PDFs; crashers found are kept in testdata/fuzz.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"d1_agen_serif.pdf", "d3_paca_dejavu.pdf", "w2_weasy_carlito.pdf"} {
		if b, err := os.ReadFile(filepath.Join("testdata/fixtures", p)); err == nil {
			f.Add(b)
		}
	}
	f.Add(helloPDF("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"))
	f.Add(helloPDF("BT /F1 12 Tf 72 700 Td [(Pro) 20 (mo-)] TJ 0 -14 Td (tion) Tj ET q 1 0 0 1 5 5 cm 0 0 10 10 re f Q"))
	f.Add([]byte("%PDF-1.7\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, Options{MaxPages: 50})
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
	})
}
