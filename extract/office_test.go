package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/extract/officetext"
)

// TestOfficeMatchPDFs extracts the seed documents as DOCX and as ODT
// (testdata/office, converted from the sources the PDFs of testdata/pdf
// are printed from) and scores them against the PDFs' gold: each format
// must score as the PDFs of the same documents do.
func TestOfficeMatchPDFs(t *testing.T) {
	docx, _ := filepath.Glob("../testdata/office/*.docx")
	if len(docx) < 7 {
		t.Fatalf("%d DOCX seeds", len(docx))
	}
	var bases []string
	for _, p := range docx {
		bases = append(bases, strings.TrimSuffix(filepath.Base(p), ".docx"))
	}
	// The gold directory has documents the office set lacks (a protected
	// PDF); each set is scored on the same bases, the rest missing alike.
	read := func(ext, contentType string) []*extract.Document {
		var docs []*extract.Document
		for _, b := range bases {
			dir := "../testdata/office/"
			if ext == ".pdf" {
				dir = "../testdata/pdf/"
			}
			data, err := os.ReadFile(dir + b + ext)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extract.FromBytes(b+ext, data, extract.Options{})
			if err != nil {
				t.Fatalf("%s%s: %v", b, ext, err)
			}
			if doc.ContentType != contentType {
				t.Errorf("%s%s: content type %q", b, ext, doc.ContentType)
			}
			doc.Source = b // the scorer pairs by base name
			docs = append(docs, doc)
		}
		return docs
	}
	pdf := scoreDocs(t, "../testdata/pdf", read(".pdf", "application/pdf"))
	for _, f := range []struct{ ext, ct string }{{".docx", officetext.MediaDOCX}, {".odt", officetext.MediaODT}} {
		rep := scoreDocs(t, "../testdata/pdf", read(f.ext, f.ct))
		t.Logf("%s: micro P=%.3f R=%.3f F1=%.3f (PDFs: F1=%.3f)\n%s", f.ext, rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1, pdf.Micro.F1, rep.TextPerDoc())
		if rep.Micro.F1 < pdf.Micro.F1-0.01 {
			t.Errorf("%s micro-F1 %.3f is below the PDFs' %.3f", f.ext, rep.Micro.F1, pdf.Micro.F1)
		}
	}
}

// An old binary .doc is refused by name, not read as garbage text.
func TestOldDocRefused(t *testing.T) {
	data := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 2048)...)
	_, err := extract.FromBytes("cls.doc", data, extract.Options{})
	if !errors.Is(err, officetext.ErrUnsupported) || !strings.Contains(err.Error(), "cls.doc") || !strings.Contains(err.Error(), ".doc") {
		t.Errorf("err = %v", err)
	}
}
