package pdftext

import (
	"bytes"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// FuzzRepairStreams feeds the object and stream repair mutated files: it
// must not panic, end in bounded time, and, when it mends, keep the file's
// bytes or only rewrite the digits of a /Length in place.
func FuzzRepairStreams(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Length 3 >> stream\nabcdef\nendstream endobj\n3 0 obj << >> stream\nBT ET\nendstream\n4 0 obj << /A (x)\n5 0 obj 1 endobj trailer << /Root 1 0 R >>"))
	f.Add(helloPDF("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzlimit.Run(t, func() {
			out, n := repairStreams(data)
			if n == 0 && !bytes.Equal(out, data) {
				t.Fatal("changed with nothing mended")
			}
			if len(out) < len(data) {
				t.Fatalf("the repaired file is shorter: %d < %d", len(out), len(data))
			}
		})
	})
}
