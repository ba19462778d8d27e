package pdftext

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/clsx/clsx/extract/textdoc"
)

// minimalPDF writes a PDF from object bodies (object i+1 is objs[i]), with
// a correct cross-reference table: hand-made inputs for the tests.
func minimalPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

// streamObj is a stream object body.
func streamObj(content string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
}

// helloPDF is a one-page PDF showing the given content stream with
// Helvetica as /F1.
func helloPDF(content string) []byte {
	return minimalPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		streamObj(content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	)
}

// eachFile reads the files two at a time (a worker each: the machine's
// cores) and gives each one's index, path and bytes to fn; it returns when
// all are done.
func eachFile(t *testing.T, files []string, fn func(i int, path string, data []byte)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			data, err := os.ReadFile(f)
			if err != nil {
				t.Error(err)
				return
			}
			fn(i, f, data)
		}()
	}
	wg.Wait()
}

func readFixture(t testing.TB, name string) *textdoc.Document {
	t.Helper()
	data, err := os.ReadFile("testdata/fixtures/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(data, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}
