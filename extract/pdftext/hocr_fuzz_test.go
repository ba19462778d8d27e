package pdftext

import (
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// FuzzParseHOCR feeds the hOCR reader mutated answers (Tesseract's output
// comes from untrusted images): it must not panic, end in bounded time,
// and place every word it keeps.
func FuzzParseHOCR(f *testing.F) {
	f.Add([]byte(`<div class='ocr_carea' title="bbox 0 0 9 9"><p class='ocr_par'><span class='ocr_line' title="bbox 238 197 923 230; baseline 0.001 -8; x_size 33">` +
		`<span class='ocrx_word' title='bbox 238 199 342 222; x_wconf 96'>Contrat</span> <span class='ocrx_word' title='bbox 352 198 431 222'>l&#39;ARS</span></span></p></div>`))
	f.Add([]byte(`<span class='ocr_header' title="bbox 1 2 3"><span class='ocrx_word'>x</span>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzlimit.Run(t, func() {
			lines, _ := parseHOCR(data)
			markBullets(lines, nil)
			for _, g := range ocrGlyphs(lines, ocrDPI, 842) {
				if g.s == "" {
					t.Fatal("a glyph without text")
				}
			}
		})
	})
}
