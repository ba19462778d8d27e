package pdftext

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// FuzzRead feeds Read mutated PDFs: it must return (a document or an
// error) and never panic out of the function. Seeds are the small
// fixtures and hand-made PDFs; crashers found are kept in testdata/fuzz.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"d1_agen_serif.pdf", "d3_paca_dejavu.pdf", "w2_weasy_carlito.pdf"} {
		if b, err := os.ReadFile(filepath.Join("testdata/fixtures", p)); err == nil {
			f.Add(b)
		}
	}
	f.Add(helloPDF("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"))
	f.Add(helloPDF("BT /F1 12 Tf 72 700 Td [(Pro) 20 (mo-)] TJ 0 -14 Td (tion) Tj ET q 1 0 0 1 5 5 cm 0 0 10 10 re f Q"))
	f.Add([]byte("%PDF-1.7\n"))
	f.Add(cjkPDF("/90ms-RKSJ-V", "Japan1", "82a0814188a3", ""))
	f.Add(cjkPDF("/UniGB-UTF16-H", "GB1", "4e2dd840dc0b", ""))
	f.Add(cjkPDF("/Identity-H", "Korea1", "0001ffff", ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzlimit.Run(t, func() {
			doc, err := Read(data, Options{MaxPages: 50})
			if err == nil && doc == nil {
				t.Fatal("no document and no error")
			}
		})
	})
}

// FuzzDecrypt feeds the decryptor mutated encrypted PDFs (every revision
// and cipher): it must return an error or a copy of the same length (the
// rewriting is in place, offsets must hold), never panic, and finish in
// bounded time.
func FuzzDecrypt(f *testing.F) {
	// Small seeds only: the fuzzer minimizes every new input, which takes
	// a minute on a 60 KB file and stalls the run.
	seeds, _ := filepath.Glob("testdata/encryption/r*.pdf")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Length 5 >> stream\n(a)\\ endstream endobj trailer << /Encrypt 1 0 R >>"), "x")
	f.Fuzz(func(t *testing.T, data []byte, password string) {
		fuzzlimit.Run(t, func() {
			data, err := normaliseHeader(data)
			if err != nil || preflight(data) != nil {
				return
			}
			out, err := decryptDocument(data, password)
			if err == nil && len(out) != len(data) {
				t.Fatalf("decrypted copy is %d bytes, the file %d", len(out), len(data))
			}
		})
	})
}

// FuzzRebuildXref feeds the cross-reference repair mutated files: it must
// not panic, end in bounded time, and only ever append to the file.
func FuzzRebuildXref(f *testing.F) {
	f.Add(helloPDF("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"))
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj 2 0 obj << /Type /ObjStm /N 1 /First 4 /Length 9 >> stream\n3 0 << >>\nendstream endobj trailer << /Root 1 0 R /ID [<01>] >>"))
	if b, err := os.ReadFile("testdata/encryption/r6_aes256_objstm.pdf"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzlimit.Run(t, func() {
			out, err := rebuildXref(data)
			if err == nil && !bytes.HasPrefix(out, data) {
				t.Fatal("the rebuilt file does not start with the original")
			}
		})
	})
}
