package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/clsx/clsx/corpus"
)

// clsTestServer serves a small CLS site on loopback: a page, its PDF, a
// missing page.
func clsTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/cls":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Contrat local de santé</title></head><body><h1>Le contrat local de santé</h1>
<a href="/cls.pdf">Le CLS (PDF)</a> <a href="/cls-ancien">L'ancien CLS</a></body></html>`)
		case "/cls.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.7 le contrat")
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func runCrawlCmd(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	return runCLI(t, append([]string{"crawl"}, args...)...)
}

func TestCrawlCommand(t *testing.T) {
	srv := clsTestServer(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	// Flags after the URL, as in the usage line.
	out, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false", "--format", "json")
	if code != exitPartial { // /cls-ancien is a 404
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows []crawlFetchRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	outcomes := map[string]string{}
	for _, r := range rows {
		outcomes[strings.TrimPrefix(r.URL, srv.URL)] = string(r.Outcome)
	}
	if outcomes["/cls"] != "new" || outcomes["/cls.pdf"] != "new" || outcomes["/cls-ancien"] != "error" || len(rows) != 3 {
		t.Errorf("rows %+v", rows)
	}
	// Not a terminal: one summary line on stderr, then the coverage.
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 6 || !strings.Contains(lines[0], "3 fetched") ||
		!strings.HasPrefix(lines[2], "host") || !strings.Contains(lines[3], " link ") || !strings.Contains(lines[4], " seed ") {
		t.Errorf("stderr %q", stderr)
	}

	// ls, in each format.
	var lsOut, lsErr bytes.Buffer
	if code := runCorpus([]string{"ls", "--corpus", dir, "--format", "csv"}, &lsOut, &lsErr); code != exitOK {
		t.Fatalf("ls exit %d: %s", code, lsErr.String())
	}
	recs, err := csv.NewReader(&lsOut).ReadAll()
	if err != nil || len(recs) != 3 || strings.Join(recs[0], ",") != "url,type,size,fetched,versions" {
		t.Fatalf("ls csv: %v %v", recs, err)
	}
	for _, r := range recs[1:] {
		if r[4] != "1" || (r[1] != "html" && r[1] != "pdf") {
			t.Errorf("ls row %v", r)
		}
	}
	lsOut.Reset()
	runCorpus([]string{"ls", "--corpus", dir, "--format", "json"}, &lsOut, &lsErr)
	var docs []corpusDocRow
	if err := json.Unmarshal(lsOut.Bytes(), &docs); err != nil || len(docs) != 2 || docs[0].SHA256 == "" {
		t.Errorf("ls json: %v %s", err, lsOut.String())
	}
	lsOut.Reset()
	runCorpus([]string{"ls", "--corpus", dir}, &lsOut, &lsErr)
	if !strings.HasPrefix(lsOut.String(), "url ") || !strings.Contains(lsOut.String(), "/cls.pdf") {
		t.Errorf("ls table: %s", lsOut.String())
	}

	// export.
	warc := filepath.Join(t.TempDir(), "cls.warc")
	var exErr bytes.Buffer
	if code := runCorpus([]string{"export", "--corpus", dir, "--warc", warc}, &bytes.Buffer{}, &exErr); code != exitOK {
		t.Fatalf("export exit %d: %s", code, exErr.String())
	}
	data, err := os.ReadFile(warc)
	if err != nil || !bytes.HasPrefix(data, []byte("WARC/1.1\r\nWARC-Type: warcinfo\r\n")) || bytes.Count(data, []byte("WARC-Type: response")) != 2 {
		t.Errorf("export: %v, %d bytes", err, len(data))
	}
	if !strings.Contains(exErr.String(), "3 WARC records") {
		t.Errorf("export stderr %q", exErr.String())
	}

	// A second crawl: nothing new, the 304-less server answers the same bytes.
	out, _, _ = runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false")
	if !strings.HasPrefix(out, "url ") || strings.Count(out, "unchanged") != 2 {
		t.Errorf("second crawl table:\n%s", out)
	}
}

// Without --allow-loopback, a loopback seed is refused: recorded, exit 1.
func TestCrawlCommandRefusesLoopback(t *testing.T) {
	srv := clsTestServer(t)
	dir := t.TempDir()
	out, _, code := runCrawlCmd(t, "--corpus", dir, "--delay", "0", "--format", "csv", srv.URL+"/cls")
	if code != exitPartial || !strings.Contains(out, "non-public address") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestCrawlCommandUsage(t *testing.T) {
	dir := t.TempDir()
	seeds := filepath.Join(dir, "seeds.txt")
	os.WriteFile(seeds, []byte("https://a.fr/cls # A\nnot a url\n"), 0o644)
	for _, args := range [][]string{
		{"http://a.fr/"}, // no --corpus
		{"--corpus", dir, "--format", "xml", "http://a.fr/"}, // bad format
		{"--corpus", dir, "--nope"},                          // unknown flag
		{"--corpus", dir, "--seeds", seeds},                  // bad seed file
		{"--corpus", dir, "--seeds", filepath.Join(dir, "absent.txt")},
		{"--corpus", dir, "ftp://a.fr/"},                      // not http
		{"--corpus", dir, "--max-bytes", "0", "http://a.fr/"}, // bad limit
	} {
		if _, stderr, code := runCrawlCmd(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
	for _, args := range [][]string{{}, {"nope"}, {"ls"}, {"ls", "--corpus", dir, "--format", "xml"}, {"export", "--corpus", dir}} {
		if code := runCorpus(args, &bytes.Buffer{}, &bytes.Buffer{}); code != exitUsage {
			t.Errorf("corpus %v: exit %d", args, code)
		}
	}
	// Not a corpus: a failure, not a usage error.
	if code := runCorpus([]string{"ls", "--corpus", dir}, &bytes.Buffer{}, &bytes.Buffer{}); code != exitPartial {
		t.Errorf("ls of a non-corpus: exit %d", code)
	}
}

// runCorpus runs clsx corpus with args.
func runCorpus(args []string, stdout, stderr *bytes.Buffer) int {
	return run(append([]string{"corpus"}, args...), stdout, stderr)
}

// Ctrl-C stops `clsx crawl` cleanly (exit 1, the store left resumable); the
// same command then finishes the crawl.
func TestCrawlCommandInterrupt(t *testing.T) {
	var pages atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		pages.Add(1)
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&b, `<a href="/cls-%d">CLS %d</a>`, i, i)
		}
		fmt.Fprintf(w, "<title>Contrat local de santé</title>%s", b.String())
	}))
	defer srv.Close()
	dir := t.TempDir()
	args := []string{"--corpus", dir, "--allow-loopback", "--delay", "0", "--depth", "1", srv.URL + "/"}
	go func() {
		for pages.Load() < 5 {
			time.Sleep(5 * time.Millisecond)
		}
		syscall.Kill(os.Getpid(), syscall.SIGINT) // caught by the crawl's handler
	}()
	_, stderr, code := runCrawlCmd(t, args...)
	if code != exitPartial || !strings.Contains(stderr, "interrupted") {
		t.Fatalf("interrupted: exit %d: %s", code, stderr)
	}
	_, stderr, code = runCrawlCmd(t, args...)
	if code != exitOK || !strings.Contains(stderr, "resumed crawl") {
		t.Fatalf("resumed: exit %d: %s", code, stderr)
	}
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	latest, _ := st.Latest()
	if len(latest) != 41 {
		t.Errorf("%d URLs stored, want 41", len(latest))
	}
}
