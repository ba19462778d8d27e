package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"strings"
	"time"
)

// OCR. A scanned document's pages are images without text: they are read
// by Tesseract (its French model) on page images rendered by poppler's
// pdftoppm, both optional programs found on PATH. The PDF goes to pdftoppm
// on its standard input, the image to tesseract on its own, the hOCR
// answer comes back on standard output: no file is written. Each page has
// its own deadline; a worker (Isolated) tells its parent before each page,
// which gives it that much more time.

// OCRPackages are the Debian packages OCR needs.
const OCRPackages = "tesseract-ocr tesseract-ocr-fra poppler-utils"

// ocrDPI is the resolution pages are rendered at: Tesseract reads body
// text best at 300 dpi.
const ocrDPI = 300

// defaultOCRPageTimeout bounds the OCR of one page (rendering and
// recognition); a page takes a few seconds.
const defaultOCRPageTimeout = 2 * time.Minute

// maxImageBytes bounds the page image read back from pdftoppm: an A4 page
// at 300 dpi in grey is about 9 MB raw, 1 MB as PNG.
const maxImageBytes = 64 << 20

// errNoOCR: the programs OCR needs are not on PATH.
var errNoOCR = errors.New("OCR needs tesseract (French model) and pdftoppm: apt-get install " + OCRPackages)

type ocrTools struct{ pdftoppm, tesseract string }

// findOCR looks the OCR programs up on PATH, and checks that Tesseract has
// its French model. It runs only for a document with image-only pages.
func findOCR() (ocrTools, error) {
	var t ocrTools
	var err error
	if t.pdftoppm, err = exec.LookPath("pdftoppm"); err != nil {
		return t, errNoOCR
	}
	if t.tesseract, err = exec.LookPath("tesseract"); err != nil {
		return t, errNoOCR
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, t.tesseract, "--list-langs").CombinedOutput()
	if err != nil || !strings.Contains("\n"+string(out)+"\n", "\nfra\n") {
		return t, fmt.Errorf("%w (tesseract has no French model)", errNoOCR)
	}
	return t, nil
}

// OCRAvailable tells whether image-only pages can be read here (the
// programs on PATH); if not, the error names the packages to install.
func OCRAvailable() error {
	_, err := findOCR()
	return err
}

// ocrPage reads page n (1-based) of the PDF data by OCR: its lines as
// glyphs on a page of w×h points (the rendered page, rotation applied).
func ocrPage(t ocrTools, data []byte, n int, timeout time.Duration) ([]glyph, float64, float64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	page := fmt.Sprint(n)
	img, err := run(ctx, data, maxImageBytes, t.pdftoppm, "-r", fmt.Sprint(ocrDPI), "-gray", "-f", page, "-l", page, "-singlefile", "-png", "-")
	if err != nil {
		return nil, 0, 0, fmt.Errorf("pdftoppm: %w", err)
	}
	w, h, ok := pngSize(img)
	if !ok {
		return nil, 0, 0, errors.New("pdftoppm gave no PNG image")
	}
	hocr, err := run(ctx, img, maxImageBytes, t.tesseract, "-", "-", "-l", "fra", "hocr")
	if err != nil {
		return nil, 0, 0, fmt.Errorf("tesseract: %w", err)
	}
	lines, err := parseHOCR(hocr)
	if err != nil && len(lines) == 0 {
		return nil, 0, 0, fmt.Errorf("tesseract's hOCR: %w", err)
	}
	pic, _ := png.Decode(bytes.NewReader(img)) // nil: bullets from the text only
	markBullets(lines, pic)
	scale := 72.0 / ocrDPI
	pw, ph := float64(w)*scale, float64(h)*scale
	return ocrGlyphs(lines, ocrDPI, ph), pw, ph, nil
}

// run runs a program on stdin, returning at most max bytes of its output;
// it is killed when ctx ends. OMP_THREAD_LIMIT=1 keeps Tesseract to one
// thread: pages are read one after another, and several threads only
// contend on a shared machine.
func run(ctx context.Context, stdin []byte, max int64, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.Stdin = bytes.NewReader(stdin)
	out := &limitBuffer{max: max}
	stderr := &tailBuffer{max: 4 << 10}
	cmd.Stdout, cmd.Stderr = out, stderr
	err := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("%w: killed after the page's deadline", ErrTimeout)
	case out.over:
		return nil, fmt.Errorf("output larger than %d bytes", max)
	case err != nil:
		return nil, fmt.Errorf("%v%s", err, stderr.reason())
	}
	return out.b.Bytes(), nil
}

// limitBuffer keeps up to max bytes and notes that more came.
type limitBuffer struct {
	b    bytes.Buffer
	max  int64
	over bool
}

func (l *limitBuffer) Write(p []byte) (int, error) {
	if int64(l.b.Len()+len(p)) > l.max {
		l.over = true
		return 0, errors.New("output too large")
	}
	return l.b.Write(p)
}

// pngSize reads a PNG's width and height from its IHDR chunk.
func pngSize(b []byte) (w, h int, ok bool) {
	if len(b) < 24 || !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || string(b[12:16]) != "IHDR" {
		return 0, 0, false
	}
	be := func(p []byte) int { return int(p[0])<<24 | int(p[1])<<16 | int(p[2])<<8 | int(p[3]) }
	return be(b[16:20]), be(b[20:24]), true
}
