package pdftext

import (
	"strings"
	"testing"
)

// Files poppler reads though their start is not a clean %PDF header, or a
// stream's /Length is wrong: each reads with its text and a warning that
// says what was mended.
func TestHeaderAndLengthRepairs(t *testing.T) {
	for _, c := range []struct {
		file, text, warning string
	}{
		// "Some junk before the header", and a /Length 43 for an 85-byte stream
		{"testdata/torture/issue6069.pdf", "Missing value for startxref and junk before magic header", "wrong /Length"},
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
// place only where its true length fits the digits written.
func TestFixStreamLengths(t *testing.T) {
	good := "1 0 obj << /Length 5 >> stream\nabcde\nendstream endobj"
	if out, n := fixStreamLengths([]byte(good)); n != 0 || string(out) != good {
		t.Errorf("a right length changed: %d %q", n, out)
	}
	short := "1 0 obj << /Length 3 /Filter /X >> stream\nabcde\nendstream endobj"
	out, n := fixStreamLengths([]byte(short))
	if want := strings.Replace(short, "/Length 3", "/Length 5", 1); n != 1 || string(out) != want {
		t.Errorf("got %d %q, want %q", n, out, want)
	}
	tooLong := "1 0 obj << /Length 3 >> stream\n" + strings.Repeat("a", 12) + "\nendstream endobj"
	if out, n := fixStreamLengths([]byte(tooLong)); n != 0 || string(out) != tooLong {
		t.Errorf("a length that does not fit was written: %q", out)
	}
}
