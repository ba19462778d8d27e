package pdftext

import (
	"bytes"
	"strings"
	"testing"
)

// Files poppler reads though their start is not a clean %PDF header, an
// object has no endobj, or a stream's /Length is wrong or missing: each
// reads with its text and a warning that says what was mended.
func TestHeaderAndLengthRepairs(t *testing.T) {
	for _, c := range []struct {
		file, text, warning string
	}{
		// "Some junk before the header", and a /Length 43 for an 85-byte stream
		{"testdata/torture/issue6069.pdf", "Missing value for startxref and junk before magic header", "without endobj or streams with a wrong or no /Length"},
		// a content stream without /Length, a TJ array holding operators
		{"testdata/torture/operator-in-TJ-array.pdf", "Grandes Clientèles, Financements et Marchés", "without endobj or streams with a wrong or no /Length"},
		// an object without endobj (its dictionary left open), the table wrong
		{"testdata/torture/issue9105_reduced.pdf", "Issue 9105", "without endobj"},
		// an ASCIIHex stream whose /Length has too few digits
		{"testdata/torture/issue6108.pdf", "ASCIIHexDecode filter, small Length, size diff is more than 135 bytes", "without endobj or streams with a wrong or no /Length"},
		// no header at all: a binary comment, then "1 0 obj"
		{"testdata/torture/bug1606566.pdf", "Bug 1606566", "no %PDF header"},
	} {
		data := []byte(readFile(t, c.file))
		if !Is(data) {
			t.Errorf("%s: Is = false", c.file)
		}
		doc, err := Read(data, Options{})
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if got := strings.TrimSpace(doc.PlainText()); got != c.text {
			t.Errorf("%s: text %q, want %q", c.file, got, c.text)
		}
		if !strings.Contains(strings.Join(doc.Warnings, "; "), c.warning) {
			t.Errorf("%s: warnings %q, want one saying %q", c.file, doc.Warnings, c.warning)
		}
	}
}

// Is takes a header within the first KB, or numbered objects from the
// start, and nothing else.
func TestIs(t *testing.T) {
	for _, c := range []struct {
		data string
		want bool
	}{
		{"%PDF-1.7\n", true},
		{"junk\n%PDF-1.4\n1 0 obj", true},
		{strings.Repeat("x", 1100) + "%PDF-1.4\n", false},
		{"%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>", true},
		{"  12 0 obj <<", true},
		{"<html><body>1 0 obj</body></html>", false},
		{"Le contrat local de santé 2019 0 obj", false},
		{"", false},
	} {
		if got := Is([]byte(c.data)); got != c.want {
			t.Errorf("Is(%.30q) = %v, want %v", c.data, got, c.want)
		}
	}
}

// A stream whose /Length is right is left alone; a wrong one is fixed in
// place where its true length fits the digits written, else a corrected
// copy is appended; a missing one is added in the copy.
func TestRepairStreams(t *testing.T) {
	doc := func(obj string) string {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" + obj +
			"\ntrailer << /Root 1 0 R /Size 4 >>\n"
	}
	good := doc("3 0 obj << /Length 5 >> stream\nabcde\nendstream endobj")
	fontFile := doc("3 0 obj << /Length1 12 /Length2 3 /Length 5 >> stream\nabcde\nendstream endobj")
	for _, in := range []string{good, fontFile} {
		if out, n := repairStreams([]byte(in)); n != 0 || string(out) != in {
			t.Errorf("a right length changed: %d %q", n, out)
		}
	}
	short := doc("3 0 obj << /Length 3 /Filter /X >> stream\nabcde\nendstream endobj")
	out, n := repairStreams([]byte(short))
	if want := strings.Replace(short, "/Length 3", "/Length 5", 1); n != 1 || string(out) != want {
		t.Errorf("got %d %q, want %q", n, out, want)
	}
	// both kinds in one file: the original bytes stay untouched
	both := doc("3 0 obj << /A 1 >>\n4 0 obj << /Length 3 >> stream\nabcde\nendstream endobj")
	orig := []byte(both)
	out, n = repairStreams(orig)
	if n != 2 || string(orig) != both || !bytes.Contains(out, []byte("/Length 5 >> stream")) || !bytes.Contains(out, []byte("3 0 obj\n<< /A 1 >>\nendobj")) {
		t.Errorf("both: %d, original changed %v, %q", n, string(orig) != both, out)
	}
	for _, c := range []struct{ name, obj, want string }{
		{"too long for the digits", "3 0 obj << /Length 3 >> stream\n" + strings.Repeat("a", 12) + "\nendstream endobj", "3 0 obj\n<< /Length 12 >>\nstream\naaaaaaaaaaaa\nendstream"},
		{"no length", "3 0 obj << >> stream\nBT (x) Tj ET\nendstream endobj", "3 0 obj\n<< /Length 12  >>\nstream\nBT (x) Tj ET\nendstream"},
	} {
		in := doc(c.obj)
		out, n := repairStreams([]byte(in))
		if n != 1 || !bytes.HasPrefix(out, []byte(in)) || !bytes.Contains(out[len(in):], []byte(c.want)) || !bytes.Contains(out[len(in):], []byte("startxref")) {
			t.Errorf("%s: %d, appended %q", c.name, n, out[min(len(in), len(out)):])
		}
	}
}
