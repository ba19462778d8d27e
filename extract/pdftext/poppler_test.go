package pdftext

import (
	"context"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
)

// popplerGaps are the files pdftotext reads with text and this package
// does not, each with the reason (measured with poppler-utils 22.12). TestReadsWhatPdftotextReads fails on any
// other, and on a file of this list that reads now (remove it).
var popplerGaps = map[string]string{
	"issue19802.pdf": "its /ToUnicode maps nothing; poppler prints the raw codes as letters (\"ÄOHFMQJEJïBÈOOFV\"), not the document's words; this package does not guess",
}

// TestReadsWhatPdftotextReads reads every torture and fixture PDF with
// poppler's pdftotext and with Isolated: every file pdftotext reads with
// text must read with text here too, except popplerGaps. Skipped without
// pdftotext (Debian poppler-utils) and in -short mode (a minute of reading).
func TestReadsWhatPdftotextReads(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 107 PDFs twice")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not on PATH (Debian: apt-get install poppler-utils)")
	}
	files, _ := filepath.Glob("testdata/torture/*.pdf")
	fixtures, _ := filepath.Glob("testdata/fixtures/*.pdf")
	files = append(files, fixtures...)
	w := testWorker(t)
	w.Timeout = 20 * time.Second
	type outcome struct {
		poppler, ours bool
		err           string
	}
	results := make([]outcome, len(files))
	eachFile(t, files, func(i int, f string, data []byte) {
		results[i].poppler = popplerReads(f)
		doc, err := w.Read(context.Background(), data)
		if err != nil {
			results[i].err = err.Error()
		} else {
			results[i].ours = hasText(doc.PlainText())
		}
	})
	var popplerN, oursN int
	var missing []string
	for i, f := range files {
		r, name := results[i], filepath.Base(f)
		if r.poppler {
			popplerN++
		}
		if r.ours {
			oursN++
		}
		_, known := popplerGaps[name]
		switch {
		case r.poppler && !r.ours && !known:
			missing = append(missing, name+": "+r.err)
		case known && (r.ours || !r.poppler):
			t.Errorf("%s is listed in popplerGaps but reads now (ours %v, pdftotext %v)", name, r.ours, r.poppler)
		case r.poppler && !r.ours:
			t.Logf("known gap: %s: %s (%s)", name, popplerGaps[name], r.err)
		case r.ours && !r.poppler:
			t.Logf("read here, not by pdftotext: %s", name)
		}
	}
	sort.Strings(missing)
	t.Logf("%d PDFs: pdftotext reads %d with text, this package %d; %d gaps known", len(files), popplerN, oursN, len(popplerGaps))
	for _, m := range missing {
		t.Errorf("pdftotext reads it, this package does not: %s", m)
	}
}

// popplerReads tells whether pdftotext gives any text of f within 20 s.
func popplerReads(f string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "pdftotext", "-q", f, "-").Output()
	return err == nil && hasText(string(out))
}

// hasText tells text from what is not: a letter or a digit (pdftotext
// prints control characters for some unmappable codes).
func hasText(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
