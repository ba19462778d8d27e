package pdftext

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The long PDFs: the 88-page consolidated CLS and the 53-page LibreOffice
// contract of testdata/pdf; in process, through an isolated worker, and
// poppler's pdftotext for the ratio. Each reports pages/s.
var benchFiles = []string{"testdata/fixtures/big_consolidated.pdf", "../../testdata/pdf/long-cls.pdf"}

func benchEach(b *testing.B, run func(b *testing.B, path string, data []byte) int) {
	for _, path := range benchFiles {
		b.Run(filepath.Base(path), func(b *testing.B) {
			data, err := os.ReadFile(path)
			if err != nil {
				b.Skip(err)
			}
			pages := 0
			for b.Loop() {
				pages = run(b, path, data)
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func BenchmarkRead(b *testing.B) {
	b.ReportAllocs()
	benchEach(b, func(b *testing.B, _ string, data []byte) int {
		doc, err := Read(data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		return doc.Pages
	})
}

func BenchmarkIsolated(b *testing.B) {
	w := testWorker(b)
	benchEach(b, func(b *testing.B, _ string, data []byte) int {
		doc, err := w.Read(context.Background(), data)
		if err != nil {
			b.Fatal(err)
		}
		return doc.Pages
	})
}

func BenchmarkPdftotext(b *testing.B) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext (poppler-utils) not installed")
	}
	pages := map[string]int{}
	benchEach(b, func(b *testing.B, path string, data []byte) int {
		if pages[path] == 0 {
			doc, err := Read(data, Options{KeepFurniture: true})
			if err != nil {
				b.Fatal(err)
			}
			pages[path] = doc.Pages
		}
		if out, err := exec.Command(bin, path, os.DevNull).CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		return pages[path]
	})
}
