package main

import (
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// --check-seeds asks each seed once, follows no redirect, and tells a live
// seed from a moved and a missing one; robots.txt is obeyed.
func TestCrawlCheckSeeds(t *testing.T) {
	var asked atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /prive/\n"))
			return
		case "/live":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<title>Contrat local de santé</title>"))
		case "/moved":
			http.Redirect(w, r, "/new-address", http.StatusMovedPermanently)
		default:
			http.NotFound(w, r)
		}
		asked.Add(1)
	}))
	t.Cleanup(srv.Close)
	seeds := filepath.Join(t.TempDir(), "seeds.txt")
	os.WriteFile(seeds, []byte(srv.URL+"/live # A\n"+srv.URL+"/moved # B\n"+srv.URL+"/gone # C\n"+srv.URL+"/prive/x # D\n"), 0o644)
	out, stderr, code := runCrawlCmd(t, "--check-seeds", "--seeds", seeds, "--allow-loopback", "--delay", "0", "--format", "csv")
	if code != exitPartial {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 5 {
		t.Fatalf("%v:\n%s", err, out)
	}
	got := map[string]string{}
	for _, r := range rows[1:] {
		got[strings.TrimPrefix(r[0], srv.URL)] = strings.Join(r[1:4], " ")
	}
	if got["/live"] != "ok 200 " || got["/moved"] != "moved 301 "+srv.URL+"/new-address" || got["/gone"] != "missing 404 " || got["/prive/x"] != "disallowed  " {
		t.Errorf("%q", got)
	}
	if n := asked.Load(); n != 3 {
		t.Errorf("%d seed requests, want 3 (one each, no redirect followed, none disallowed)", n)
	}
	if !strings.Contains(stderr, "4 seeds checked, 1 ok, 3 to look at") {
		t.Errorf("stderr %q", stderr)
	}

	// All live: exit 0, no corpus needed.
	if _, stderr, code := runCrawlCmd(t, "--check-seeds", srv.URL+"/live", "--allow-loopback", "--delay", "0", "-q"); code != exitOK || stderr != "" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
