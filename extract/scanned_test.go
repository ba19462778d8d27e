package extract_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/extract/pdftext"
)

// TestScannedCLSThroughOCR makes a scanned CLS — each page of a seed's PDF
// rendered to a grey image by pdftoppm at 200 dpi, the images wrapped back
// into an image-only PDF (no font, no text) — and extracts it: its
// contracts, read through OCR, must score micro-F1 ≥ 0.90 against the
// seed's gold. Skipped where the OCR programs are not on PATH.
func TestScannedCLSThroughOCR(t *testing.T) {
	if err := pdftext.OCRAvailable(); err != nil {
		t.Skipf("no OCR here: %v", err)
	}
	const seed = "terres-des-confluences-cls"
	scan := scannedPDF(t, filepath.Join("../testdata/pdf", seed+".pdf"), 200)
	if _, err := pdftext.Read(scan, pdftext.Options{NoOCR: true}); err == nil || !strings.Contains(err.Error(), "scanned") {
		t.Fatalf("the scan is not image-only: %v", err)
	}
	start := time.Now()
	doc, err := extract.FromBytes(seed+".pdf", scan, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages read by OCR in %v; warnings %q", strings.Count(string(scan), "/Type /Page "), time.Since(start), doc.Warnings)
	if !strings.Contains(strings.Join(doc.Warnings, "; "), "read by OCR") {
		t.Errorf("no warning that the text is OCR's: %q", doc.Warnings)
	}
	gold := t.TempDir() // the seed's gold alone: the others are not scanned
	data, err := os.ReadFile(filepath.Join("../testdata/pdf", seed+".gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(gold, seed+".gold.json"), data, 0o644)
	rep := scoreDocs(t, gold, []*extract.Document{doc})
	if os.Getenv("CLSX_DUMP_OCR") != "" {
		t.Log(doc.Text)
	}
	t.Logf("scanned %s: micro P=%.3f R=%.3f F1=%.3f\n%s", seed, rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1, rep.TextPerDoc())
	if rep.Micro.F1 < 0.90 {
		t.Errorf("scanned CLS micro-F1 %.3f < 0.90", rep.Micro.F1)
	}
}

// scannedPDF renders every page of a PDF to a grey image at dpi and writes
// the images into a new PDF, one page each, as a scanner would.
func scannedPDF(t *testing.T, src string, dpi int) []byte {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "pdftoppm", "-r", strconv.Itoa(dpi), "-gray", src, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "p-*.pgm"))
	if len(pages) == 0 {
		t.Fatal("pdftoppm made no page")
	}
	var images []pgm
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		img, err := readPGM(data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		images = append(images, img)
	}
	return imagePDF(images, dpi)
}

// pgm is a binary greymap (P5, 8 bits), what pdftoppm -gray writes.
type pgm struct {
	w, h int
	pix  []byte
}

func readPGM(b []byte) (pgm, error) {
	// "P5" w h maxval, separated by whitespace, then one byte of whitespace.
	f := bytes.Fields(b[:min(len(b), 64)])
	if len(f) < 4 || string(f[0]) != "P5" || string(f[3]) != "255" {
		return pgm{}, fmt.Errorf("not an 8-bit P5 greymap")
	}
	w, _ := strconv.Atoi(string(f[1]))
	h, _ := strconv.Atoi(string(f[2]))
	off := 0
	for i := 0; i < 4; i++ { // skip the four header fields
		for off < len(b) && (b[off] == ' ' || b[off] == '\n' || b[off] == '\r' || b[off] == '\t') {
			off++
		}
		off += len(f[i])
	}
	off++ // the single whitespace after maxval
	if w <= 0 || h <= 0 || len(b)-off < w*h {
		return pgm{}, fmt.Errorf("greymap %dx%d with %d bytes of pixels", w, h, len(b)-off)
	}
	return pgm{w, h, b[off : off+w*h]}, nil
}

// imagePDF writes a PDF whose pages are the images, each filling a page of
// its size at dpi: an image XObject (DeviceGray, Flate) drawn by the page's
// content, no font and no text.
func imagePDF(images []pgm, dpi int) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string, stream []byte) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s", len(offsets), body)
		if stream != nil {
			fmt.Fprintf(&b, "\nstream\n%s\nendstream", stream)
		}
		b.WriteString("\nendobj\n")
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	n := len(images)
	kids := make([]string, n)
	for i := range images {
		kids[i] = fmt.Sprintf("%d 0 R", 3+3*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", n, strings.Join(kids, " ")), nil)
	for i, img := range images {
		w := float64(img.w) * 72 / float64(dpi)
		h := float64(img.h) * 72 / float64(dpi)
		page, content, image := 3+3*i, 4+3*i, 5+3*i
		_ = page
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>", w, h, image, content), nil)
		draw := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", w, h)
		obj(fmt.Sprintf("<< /Length %d >>", len(draw)), []byte(draw))
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write(img.pix)
		zw.Close()
		obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>", img.w, img.h, z.Len()), z.Bytes())
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}
