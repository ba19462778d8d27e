package pdftext

import (
	"context"
	"os"
	"os/exec"
	"testing"
)

// The 88-page consolidated CLS: in process, through an isolated worker,
// and poppler's pdftotext for the ratio. Each reports pages/s.
const benchFile = "testdata/fixtures/big_consolidated.pdf"

func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(benchFile)
	if err != nil {
		b.Fatal(err)
	}
	pages := 0
	b.ReportAllocs()
	for b.Loop() {
		doc, err := Read(data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages = doc.Pages
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkIsolated(b *testing.B) {
	data, err := os.ReadFile(benchFile)
	if err != nil {
		b.Fatal(err)
	}
	w := testWorker(b)
	pages := 0
	for b.Loop() {
		doc, err := w.Read(context.Background(), data)
		if err != nil {
			b.Fatal(err)
		}
		pages = doc.Pages
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkPdftotext(b *testing.B) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext (poppler-utils) not installed")
	}
	const pages = 88
	for b.Loop() {
		if out, err := exec.Command(bin, benchFile, os.DevNull).CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}
