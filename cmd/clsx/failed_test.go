package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oldDoc is the start of a binary Word file (OLE2): what clsx reports as
// unsupported.
const oldDoc = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00>\x00\x03\x00\xfe\xff"

// failedInputs are inputs that cannot be read, each with its error code,
// beside two that can (agen.txt, agen-cls.pdf).
func failedInputs(t *testing.T) (paths []string, codes map[string]string) {
	t.Helper()
	dir := t.TempDir()
	doc := filepath.Join(dir, "ancien.doc")
	if err := os.WriteFile(doc, []byte(oldDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	pdfs := "../../testdata/pdf"
	codes = map[string]string{
		"missing.txt":                "not_found",
		"ancien.doc":                 "unsupported",
		"broken-encrypted.pdf":       "encrypted",
		"broken-not-a-pdf.pdf":       "not_pdf",
		"broken-truncated.pdf":       "damaged",
		"broken-huge-page-count.pdf": "too_large",
		"agen.txt":                   "",
		"agen-cls.pdf":               "",
	}
	paths = []string{filepath.Join(seeds, "agen.txt"), filepath.Join(dir, "missing.txt"), doc}
	for _, name := range []string{"broken-encrypted.pdf", "broken-not-a-pdf.pdf", "broken-truncated.pdf", "broken-huge-page-count.pdf", "agen-cls.pdf"} {
		paths = append(paths, filepath.Join(pdfs, name))
	}
	return paths, codes
}

// Every input is in the output of clsx extract, in every format: a document
// that cannot be read with its error code and message and no contract, the
// others with their contracts; the exit status says some failed.
func TestExtractListsFailedDocuments(t *testing.T) {
	paths, codes := failedInputs(t)
	for _, format := range []string{"json", "csv", "table"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := runCLI(t, append([]string{"extract", "--format", format, "--wide"}, paths...)...)
			if code != exitPartial {
				t.Errorf("exit %d, want %d", code, exitPartial)
			}
			if !strings.Contains(stderr, "2 documents extracted: ") || !strings.Contains(stderr, ", 6 failed") {
				t.Errorf("summary: %s", stderr)
			}
			got := failedCodes(t, format, out)
			for name, want := range codes {
				g, ok := got[name]
				if !ok {
					t.Errorf("%s missing from the %s output:\n%s", name, format, out)
				} else if g != want {
					t.Errorf("%s: error %q, want %q", name, g, want)
				}
			}
		})
	}
}

// failedCodes reads an extract output: each source's error code ("" when it
// was read) by base name. A read document must have contracts, a failed one
// none and a message.
func failedCodes(t *testing.T, format, out string) map[string]string {
	t.Helper()
	got := map[string]string{}
	switch format {
	case "json":
		var rec struct {
			Documents []struct {
				Source    string
				Contracts []json.RawMessage
				Error     *struct{ Code, Message string }
			}
		}
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		for _, d := range rec.Documents {
			name := filepath.Base(d.Source)
			if d.Error == nil {
				got[name] = ""
				if len(d.Contracts) == 0 {
					t.Errorf("%s: read, no contract", name)
				}
				continue
			}
			got[name] = d.Error.Code
			if d.Contracts == nil || len(d.Contracts) > 0 || d.Error.Message == "" || strings.HasPrefix(d.Error.Message, d.Source) {
				t.Errorf("%s: contracts %v, message %q", name, d.Contracts, d.Error.Message)
			}
		}
	case "csv":
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(rows) < 2 || rows[0][len(rows[0])-1] != "error" {
			t.Fatalf("%v: %q", err, out)
		}
		for _, r := range rows[1:] {
			code, _, _ := strings.Cut(r[len(r)-1], ": ")
			got[filepath.Base(r[0])] = code
			if (code == "") != (r[1] != "") {
				t.Errorf("a row with both a contract and an error, or neither: %q", r)
			}
		}
	default:
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if f := strings.Fields(lines[0]); f[len(f)-1] != "error" {
			t.Fatalf("no error column: %q", lines[0])
		}
		for _, l := range lines[1:] {
			f := strings.Fields(l)
			code := ""
			for _, c := range f[1:] {
				if before, ok := strings.CutSuffix(c, ":"); ok && strings.ToLower(before) == before {
					code = before
					break
				}
			}
			got[filepath.Base(f[0])] = code
		}
	}
	return got
}

// A crawled corpus with a document clsx cannot read (an encrypted PDF, an
// old .doc) beside ones it can (a page, a PDF, a DOCX): extract --corpus
// records every document in records.jsonl, the failed ones with their
// error, and goes on; index --corpus skips the failed records, counting
// them, and indexes the others with exit 0: one unreadable document must
// not stop a pipeline.
func TestCorpusRecordsFailedDocuments(t *testing.T) {
	files := map[string]string{
		"/cls.pdf":     "../../testdata/pdf/agen-cls.pdf",
		"/protege.pdf": "../../testdata/pdf/broken-encrypted.pdf",
		"/cls.docx":    "../../testdata/office/agglopolys-cls.docx",
	}
	types := map[string]string{".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/cls":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Contrat local de santé</title></head><body><main><h1>Le contrat local de santé</h1>
<p>Les documents du contrat local de santé.</p><a href="/cls.pdf">Le CLS (PDF)</a> <a href="/protege.pdf">Le CLS signé</a>
<a href="/cls.docx">Le CLS (Word)</a> <a href="/ancien.doc">L'ancien CLS</a></main></body></html>`)
		case p == "/ancien.doc":
			w.Header().Set("Content-Type", "application/msword")
			fmt.Fprint(w, oldDoc)
		case files[p] != "":
			w.Header().Set("Content-Type", types[filepath.Ext(p)])
			http.ServeFile(w, r, files[p])
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	dir := filepath.Join(t.TempDir(), "corpus")
	if _, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false", "-q"); code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, stderr)
	}
	_, stderr, code := runCLI(t, "extract", "--corpus", dir, "--format", "csv")
	if code != exitPartial || !strings.Contains(stderr, "protege.pdf") || !strings.Contains(stderr, "ancien.doc") {
		t.Errorf("extract --corpus: exit %d, %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, RecordsFile))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rec struct {
			Source, URL string
			Contracts   []json.RawMessage
			Error       *struct{ Code string }
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		path := strings.TrimPrefix(rec.Source, srv.URL)
		got[path] = fmt.Sprintf("%d contracts", len(rec.Contracts))
		if rec.Error != nil {
			got[path] = rec.Error.Code
			if rec.URL != srv.URL+path {
				t.Errorf("%s: url %q", path, rec.URL)
			}
		}
	}
	want := map[string]string{"/cls": "0 contracts", "/cls.pdf": "1 contracts", "/cls.docx": "1 contracts", "/protege.pdf": "encrypted", "/ancien.doc": "unsupported"}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("records.jsonl: %s %q, want %q (all: %v)", p, got[p], w, got)
		}
	}
	ix := filepath.Join(t.TempDir(), "ix")
	_, stderr, code = runCLI(t, "index", "--index", ix, "--corpus", dir)
	if code != exitOK || !strings.Contains(stderr, "2 documents extract could not read") || !strings.Contains(stderr, "of 3 documents") {
		t.Errorf("index --corpus: exit %d, %s", code, stderr)
	}
	if r := search(t, "--index", ix, "agglopolys"); len(r.Results) != 1 {
		t.Errorf("the DOCX's contract is not indexed: %+v", resultTerritories(r))
	}
}
