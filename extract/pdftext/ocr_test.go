package pdftext

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/clsx/clsx/extract/internal/wordoverlap"
)

// scanFixture is page 1 of ars-paca-cls.pdf rendered at 110 dpi in black
// and white, a picture in an image-only PDF (testdata/pdf/README.md).
const scanFixture = "../../testdata/pdf/broken-image-only.pdf"

// needOCR skips a test where the OCR programs are not on PATH.
func needOCR(t testing.TB) {
	t.Helper()
	if err := OCRAvailable(); err != nil {
		t.Skipf("no OCR here: %v", err)
	}
}

// Without Tesseract and pdftoppm on PATH, a scan is an error that says
// which packages to install.
func TestOCRMissingNamesPackages(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Read([]byte(readFile(t, scanFixture)), Options{})
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "scanned") || !strings.Contains(err.Error(), OCRPackages) {
		t.Errorf("err = %v, want ErrNoText naming %q", err, OCRPackages)
	}
}

// A scanned page reads by OCR, in a worker whose own timeout is shorter
// than the OCR of a page (it gets one page's deadline more before each
// page): its words are those of the page it is a picture of, every block
// is on page 1, and a warning says the text is OCR's. With a page deadline
// no OCR meets, the page stays unread.
func TestOCRReadsScannedPage(t *testing.T) {
	needOCR(t)
	w := testWorker(t)
	w.Timeout = 1500 * time.Millisecond
	start := time.Now()
	doc, err := w.Read(context.Background(), []byte(readFile(t, scanFixture)))
	if err != nil {
		t.Fatalf("%v after %v", err, time.Since(start))
	}
	t.Logf("read by OCR in %v (worker timeout %v)", time.Since(start), w.Timeout)
	if !strings.Contains(strings.Join(doc.Warnings, "; "), "page 1 read by OCR") {
		t.Errorf("warnings %q say nothing of OCR", doc.Warnings)
	}
	for _, b := range doc.Blocks {
		if b.Page != 1 {
			t.Errorf("block on page %d: %q", b.Page, b.Text)
		}
	}
	// The picture is page 1 of the original: compare with that page.
	orig, err := Read([]byte(readFile(t, "../../testdata/pdf/ars-paca-cls.pdf")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var page1 strings.Builder
	for _, b := range orig.Blocks {
		if b.Page == 1 {
			page1.WriteString(b.Text + "\n")
		}
	}
	p, r, _ := wordoverlap.F1(wordoverlap.Words(doc.PlainText()), wordoverlap.Words(page1.String()))
	t.Logf("OCR'd words against the page's text: precision %.3f, recall %.3f", p, r)
	if p < 0.9 || r < 0.9 {
		t.Errorf("OCR precision %.3f recall %.3f, want ≥ 0.9 both", p, r)
	}

	w.OCRPageTimeout = 100 * time.Millisecond // no page renders that fast
	_, err = w.Read(context.Background(), []byte(readFile(t, scanFixture)))
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "scanned") {
		t.Errorf("with a 100 ms page deadline: %v, want the page unread", err)
	}
}

// BenchmarkOCRPage reads the one-page scan by OCR: rendering (pdftoppm,
// 300 dpi) and recognition (tesseract, French, one thread); seconds per
// page are the ns/op.
func BenchmarkOCRPage(b *testing.B) {
	needOCR(b)
	data := []byte(readFile(b, scanFixture))
	for b.Loop() {
		if _, err := Read(data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/page")
}
