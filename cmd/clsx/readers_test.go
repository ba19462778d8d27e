package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract/pdftext"
)

// TestBrokenPDFs runs a batch of broken PDFs (empty, truncated, encrypted,
// not a PDF, a page tree claiming two billion pages, image only) with good
// documents of every format through `clsx extract`: each broken one is named
// on stderr with what is wrong (the scan, where OCR is available, with the
// warning that it was read by OCR), the batch goes on (each PDF is read by a
// worker process), the good ones are extracted, and the exit code says some
// inputs failed.
func TestBrokenPDFs(t *testing.T) {
	pdfs := "../../testdata/pdf"
	broken := map[string]string{
		"broken-empty.pdf":           "is empty",
		"broken-truncated.pdf":       "damaged",
		"broken-encrypted.pdf":       "encrypted",
		"broken-not-a-pdf.pdf":       "content is html",
		"broken-huge-page-count.pdf": "pages",
		"broken-image-only.pdf":      "no text",
	}
	if pdftext.OCRAvailable() == nil {
		// The scan is read by OCR, with a warning that says so.
		broken["broken-image-only.pdf"] = "read by ocr"
	}
	args := []string{"extract", "--format", "json"}
	for name := range broken {
		args = append(args, filepath.Join(pdfs, name))
	}
	good := []string{
		filepath.Join(pdfs, "agen-cls.pdf"),
		filepath.Join(pdfs, "protected-empty-password.pdf"),
		"../../testdata/site/www.agglopolys.fr/sante/contrat-local-de-sante.html",
		filepath.Join(seeds, "ars-paca.txt"),
	}
	args = append(args, good...)
	out, stderr, code := runCLI(t, args...)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	lines := strings.Split(stderr, "\n")
	for name, what := range broken {
		found := false
		for _, l := range lines {
			if strings.Contains(l, name) && strings.Contains(strings.ToLower(l), what) {
				found = true
			}
		}
		if !found {
			t.Errorf("stderr has no line naming %s with %q:\n%s", name, what, stderr)
		}
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "internal error") {
		t.Errorf("a panic reached the user:\n%s", stderr)
	}
	var rec struct {
		Documents []struct {
			Source      string
			ContentType string `json:"content_type"`
			Contracts   []json.RawMessage
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, d := range rec.Documents {
		got[filepath.Base(d.Source)] = len(d.Contracts)
	}
	for _, g := range good {
		if got[filepath.Base(g)] == 0 {
			t.Errorf("%s: no contract extracted (documents: %v)", g, got)
		}
	}
}
