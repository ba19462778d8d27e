package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestEncryption(t *testing.T) {
	cases := []struct {
		file string
		err  error
		says string
	}{
		{"d1_rc4_128.pdf", nil, ""},
		{"d1_aes128.pdf", nil, ""},
		{"d1_aes256.pdf", nil, ""},
		{"d1_rc4_40.pdf", nil, ""},
	}
	plain := readFixture(t, "d1_agen_serif.pdf")
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			doc, err := Read([]byte(readFile(t, "testdata/fixtures/"+c.file)), Options{})
			if c.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if doc.PlainText() != plain.PlainText() {
					t.Errorf("text differs from the unencrypted document's")
				}
				return
			}
			if !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("err = %v, want %v naming %s", err, c.err, c.says)
			}
		})
	}
}

// Broken inputs give clear errors, never a panic.
func TestBrokenInputs(t *testing.T) {
	fixture := []byte(readFile(t, "testdata/fixtures/d3_paca_dejavu.pdf"))
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	content := streamObj("BT /F1 12 Tf 72 700 Td (Bonjour) Tj ET")
	cases := []struct {
		name string
		data []byte
		opt  Options
		err  error
		says string
	}{
		{"empty", nil, Options{}, ErrNotPDF, "no %PDF header"},
		{"not a PDF", []byte("<html><body>Contrat local de santé</body></html>"), Options{}, ErrNotPDF, ""},
		{"first half", fixture[:len(fixture)/2], Options{}, ErrDamaged, "%%EOF"},
		{"second half", fixture[len(fixture)/2:], Options{}, ErrNotPDF, ""},
		{"no xref (rebuilt), no pages", []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n" + strings.Repeat("%\n", 60) + "%%EOF\n"), Options{}, ErrDamaged, "no page tree"},
		{"impossible xref subsection", []byte(strings.Replace(string(minimalPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>")), "xref\n0 3", "xref\n4294967296 3", 1)), Options{}, ErrDamaged, "impossible"},
		{"huge /Count, one page", minimalPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>", page, content, font), Options{}, ErrTooManyPages, "claims 2147483647 pages (limit 2000) but holds 1"},
		{"huge /Count, no page", minimalPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 2147483647 >>"), Options{}, ErrDamaged, "claims 2147483647 pages but holds none"},
		{"too many pages", minimalPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R 3 0 R] /Count 4 >>", page, content, font), Options{MaxPages: 3}, ErrTooManyPages, "more than 3 pages"},
		{"cyclic page tree", minimalPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>", page, content, font), Options{}, nil, "cyclic"},
		{"no text", minimalPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, streamObj("0 0 10 10 re f"), font), Options{}, ErrNoText, "1 pages without text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read(c.data, c.opt)
			if c.err == nil {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				if !strings.Contains(strings.Join(doc.Warnings, "; "), c.says) {
					t.Errorf("warnings %q do not say %q", doc.Warnings, c.says)
				}
				return
			}
			if !errors.Is(err, c.err) {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("err = %q, does not say %q", err, c.says)
			}
		})
	}
}

// The repository's broken fixtures (testdata/pdf/broken-*.pdf), as they
// land: each must give an error or a document, and a scan must say so.
func TestBrokenFixtures(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/pdf/broken-*.pdf")
	files = append(files, "testdata/torture/bug1799927.pdf", "testdata/torture/images_1bit_grayscale.pdf")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data, Options{NoOCR: true}) // OCR: ocr_test.go
		switch {
		case err != nil:
			t.Logf("%s: %v", filepath.Base(f), err)
			if strings.Contains(f, "image") && !(errors.Is(err, ErrNoText) && strings.Contains(err.Error(), "scanned")) {
				t.Errorf("%s: %v, want ErrNoText saying it is a scan", f, err)
			}
		case doc == nil:
			t.Errorf("%s: no document and no error", f)
		default:
			t.Logf("%s: %d pages, %d blocks, warnings %q", filepath.Base(f), doc.Pages, len(doc.Blocks), doc.Warnings)
		}
	}
}

func TestIsolated(t *testing.T) {
	w := testWorker(t)
	ctx := context.Background()
	t.Run("document", func(t *testing.T) {
		data := []byte(readFile(t, "testdata/fixtures/d5_confluences_table3.pdf"))
		doc, err := w.Read(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		direct, _ := Read(data, Options{})
		if doc.PlainText() != direct.PlainText() || doc.Pages != direct.Pages || len(doc.Blocks) != len(direct.Blocks) {
			t.Errorf("isolated and direct reads differ")
		}
	})
	t.Run("errors cross the process boundary", func(t *testing.T) {
		_, err := w.Read(ctx, []byte(readFile(t, "testdata/encryption/r6_aes256_user.pdf")))
		if !errors.Is(err, ErrEncrypted) || !strings.Contains(err.Error(), "AES-256 (V=5 R=6) needs a password") {
			t.Errorf("err = %v, want ErrEncrypted naming AES-256 and the password", err)
		}
		_, err = w.Read(ctx, []byte("hello"))
		if !errors.Is(err, ErrNotPDF) {
			t.Errorf("err = %v, want ErrNotPDF", err)
		}
	})
	t.Run("options cross too", func(t *testing.T) {
		w2 := *w
		w2.MaxPages = 2
		_, err := w2.Read(ctx, []byte(readFile(t, "testdata/fixtures/d5_confluences_table3.pdf")))
		if !errors.Is(err, ErrTooManyPages) {
			t.Errorf("err = %v, want ErrTooManyPages", err)
		}
		w3 := *w
		w3.Password = "utilisateur"
		doc, err := w3.Read(ctx, []byte(readFile(t, "testdata/encryption/r6_aes256_user.pdf")))
		if err != nil || !strings.Contains(doc.PlainText(), "(CLS)") {
			t.Errorf("with the password: err = %v", err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		h := *w
		h.Env = []string{workerEnv + "=hang"}
		h.Timeout = 300 * time.Millisecond
		start := time.Now()
		_, err := h.Read(ctx, []byte("%PDF-1.4\n"))
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("err = %v, want ErrTimeout", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("took %v", d)
		}
	})
	t.Run("context", func(t *testing.T) {
		h := *w
		h.Env = []string{workerEnv + "=hang"}
		c, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		_, err := h.Read(c, []byte("%PDF-1.4\n"))
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("err = %v, want ErrTimeout", err)
		}
	})
	t.Run("crash", func(t *testing.T) {
		h := *w
		h.Env = []string{workerEnv + "=crash"}
		_, err := h.Read(ctx, []byte("%PDF-1.4\n"))
		if !errors.Is(err, ErrWorkerCrashed) || !strings.Contains(err.Error(), "exit status 2") || !strings.Contains(err.Error(), "fatal error: something broke") {
			t.Errorf("err = %v, want ErrWorkerCrashed with status and cause", err)
		}
	})
	t.Run("out of memory", func(t *testing.T) {
		h := *w
		h.Env = []string{workerEnv + "=oom"}
		_, err := h.Read(ctx, []byte("%PDF-1.4\n"))
		if !errors.Is(err, ErrWorkerCrashed) && err != nil {
			t.Errorf("err = %v, want ErrWorkerCrashed", err)
		}
		if err == nil || !strings.Contains(err.Error(), "memory") {
			t.Errorf("err = %v, want an out-of-memory crash", err)
		}
	})
}
