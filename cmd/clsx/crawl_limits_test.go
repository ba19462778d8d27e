package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// slowServer serves a CLS page linking to pages that never answer (they
// wait for the client to give up), and a page of 6,000 links.
func slowServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/cls":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Contrat local de santé</title></head><body><h1>Le contrat local de santé</h1>
<a href="/lent-1">Le CLS</a> <a href="/lent-2">Le CLS signé</a> <a href="/lent-3">Le CLS 2</a></body></html>`)
		case r.URL.Path == "/liens":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<html><head><title>Contrat local de santé</title></head><body>")
			for i := range 6000 {
				fmt.Fprintf(w, `<a href="/cls/page-%d">CLS %d</a>`, i, i)
			}
			fmt.Fprint(w, "</body></html>")
		case strings.HasPrefix(r.URL.Path, "/lent"):
			select {
			case <-r.Context().Done():
			case <-time.After(30 * time.Second):
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// A host that never answers costs the crawl its time budget, not
// (retries+1)×timeout for each of its URLs: past the budget its URLs are
// recorded as not fetched, and the records say why.
func TestCrawlHostBudget(t *testing.T) {
	srv := slowServer(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	start := time.Now()
	out, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false",
		"--timeout", "1s", "--retries", "3", "--host-budget", "1500ms", "--format", "csv")
	took := time.Since(start)
	if code != exitPartial {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// without the budget: 3 URLs × 4 attempts × 1 s, and 2+4+8 s of backoff each
	if took > 12*time.Second {
		t.Errorf("the crawl took %v", took)
	}
	if n := strings.Count(out, "--host-budget"); n != 3 {
		t.Errorf("%d records of the 3 slow URLs name the host budget:\n%s", n, out)
	}
}

// --deadline stops the whole crawl, ready to resume, and says so.
func TestCrawlDeadline(t *testing.T) {
	srv := slowServer(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	start := time.Now()
	_, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false",
		"--timeout", "1m", "--deadline", "1s", "--format", "csv")
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the crawl took %v past a deadline of 1 s", took)
	}
	if code != exitPartial || !strings.Contains(stderr, "stopped at its deadline") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// Loopback and private addresses are allowed each on its own, and the
// cloud metadata service (link-local) never: its URL is recorded as refused
// without a connection.
func TestCrawlAddressFlags(t *testing.T) {
	srv := clsTestServer(t)
	out, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", filepath.Join(t.TempDir(), "c"), "--allow-loopback", "--delay", "0", "--sitemaps=false", "--format", "csv")
	if code != exitPartial || !strings.Contains(out, ",new,") { // the page's 404 link: exit 1
		t.Errorf("--allow-loopback: exit %d: %s\n%s", code, out, stderr)
	}
	for _, c := range []struct {
		seed  string
		flags []string
	}{
		{"http://169.254.169.254/latest/meta-data/", []string{"--allow-loopback", "--allow-private"}},
		{"http://[fe80::1]/", []string{"--allow-loopback", "--allow-private"}},
		{"http://10.255.255.1/cls", []string{"--allow-loopback"}},
		{srv.URL + "/cls", []string{"--allow-private"}},
	} {
		args := append([]string{c.seed, "--corpus", filepath.Join(t.TempDir(), "c"), "--delay", "0", "--sitemaps=false", "--retries", "0", "--format", "csv"}, c.flags...)
		out, stderr, code := runCrawlCmd(t, args...)
		if code != exitPartial || !strings.Contains(out, "non-public address") {
			t.Errorf("%s %v: exit %d, not refused:\n%s%s", c.seed, c.flags, code, out, stderr)
		}
	}
}

// Links past the 5,000 a page is read for are counted in the summary, as
// every other cap's.
func TestCrawlCountsLinksPastThePageCap(t *testing.T) {
	srv := slowServer(t)
	_, stderr, _ := runCrawlCmd(t, srv.URL+"/liens", "--corpus", filepath.Join(t.TempDir(), "c"), "--allow-loopback", "--delay", "0",
		"--sitemaps=false", "--depth", "0", "--format", "csv")
	if !strings.Contains(stderr, "1000 past the links-per-page limit") {
		t.Errorf("the links past the cap are not counted:\n%s", stderr)
	}
}

// A host whose robots.txt never answers is held to its budget too.
func TestCrawlHostBudgetCoversRobots(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	}))
	t.Cleanup(srv.Close)
	start := time.Now()
	out, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", filepath.Join(t.TempDir(), "c"), "--allow-loopback", "--delay", "0",
		"--sitemaps=false", "--timeout", "1m", "--host-budget", "1s", "--format", "csv")
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the crawl took %v on a budget of 1 s", took)
	}
	if code != exitPartial || !strings.Contains(out, "--host-budget") {
		t.Errorf("exit %d: %s%s", code, out, stderr)
	}
}
