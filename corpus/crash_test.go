package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary play the crawler in a child process, which
// a test can kill -9.
func TestMain(m *testing.M) {
	if os.Getenv("CLSX_CORPUS_CHILD") == "crawl" {
		os.Exit(childCrawl())
	}
	os.Exit(m.Run())
}

// childCrawl runs the crawl described by the environment and prints its
// report as JSON.
func childCrawl() int {
	var cfg Config
	if err := json.Unmarshal([]byte(os.Getenv("CLSX_CORPUS_CONFIG")), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	json.NewEncoder(os.Stdout).Encode(childResult{Report: rep, PeakRSSKB: peakRSS()})
	return 0
}

// childResult is what a child crawl prints.
type childResult struct {
	Report    *Report
	PeakRSSKB int64 // VmHWM: the process's peak resident set
}

// peakRSS reads the peak resident set size of this process, in kB (Linux).
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return n
		}
	}
	return -1
}

// startChild starts a crawl of cfg in a child process.
func startChild(t *testing.T, cfg Config) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	data, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CLSX_CORPUS_CHILD=crawl", "CLSX_CORPUS_CONFIG="+string(data))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// genSite is a generated site: a home page, sections linking to pages,
// sections×perSection pages in all, every link towards CLS content.
func genSite(sections, perSection int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
		var b strings.Builder
		switch {
		case r.URL.Path == "/":
			for i := 0; i < sections; i++ {
				fmt.Fprintf(&b, `<li><a href="/s/%d">Contrats locaux de santé, section %d</a></li>`, i, i)
			}
			writeHTML(w, htmlPage("Les contrats locaux de santé", "<ul>"+b.String()+"</ul>"))
		case len(parts) == 2 && parts[0] == "s":
			for i := 0; i < perSection; i++ {
				fmt.Fprintf(&b, `<li><a href="/p/%s/%d">CLS n° %s-%d</a></li>`, parts[1], i, parts[1], i)
			}
			writeHTML(w, htmlPage("Section "+parts[1], `<a href="/">Accueil santé</a><ul>`+b.String()+"</ul>"))
		case len(parts) == 3 && parts[0] == "p":
			writeHTML(w, htmlPage("Contrat local de santé "+parts[1]+"-"+parts[2],
				"<p>"+strings.Repeat("Le contrat local de santé réunit les acteurs du territoire. ", 20)+"</p>"+
					`<a href="/s/`+parts[1]+`">Retour à la section santé</a>`))
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

// countLines counts the complete lines of a file.
func countLines(path string) int {
	data, _ := os.ReadFile(path)
	return bytes.Count(data, []byte("\n"))
}

// waitLines waits until the manifest has at least n lines.
func waitLines(t *testing.T, path string, n int, out *bytes.Buffer) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for countLines(path) < n {
		if time.Now().After(deadline) {
			t.Fatalf("the child wrote %d manifest lines in 60 s: %s", countLines(path), out)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// kill -9 a crawl of 2,021 pages twice, mid-write; run it again: every page
// is stored exactly once, the manifest parses, and nothing recorded before a
// kill is fetched again.
func TestCrashResume(t *testing.T) {
	const sections, per = 20, 100
	const host = "www.cls-generes.fr"
	s := newTestSite(t)
	s.handle(host, genSite(sections, per))
	dir := t.TempDir()
	cfg := s.config(dir, "http://"+host+"/")
	cfg.MaxPages = 0
	cfg.Workers = 4

	kills := killCrawl(t, s, host, cfg, 300, 1200)
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Resumed || rep.Interrupted {
		t.Errorf("report %+v", rep)
	}
	checkEachOnce(t, dir, 1+sections+sections*per)
	checkNotRefetched(t, kills, fetchCounts(s, host))
	if left, _ := os.ReadDir(filepath.Join(dir, tmpDir)); len(left) != 0 {
		t.Errorf("tmp/ holds %d files", len(left))
	}
}

// killState is what a crawl had done when it was killed.
type killState struct {
	recorded map[string]bool // URLs recorded
	fetched  map[string]int  // requests per URL
}

// killCrawl runs the crawl cfg in a child process once per count in at,
// killing it (SIGKILL) when the manifest holds that many lines. After each
// kill the manifest must read, each URL recorded once.
func killCrawl(t *testing.T, s *testSite, host string, cfg Config, at ...int) []killState {
	t.Helper()
	manifest := filepath.Join(cfg.Dir, manifestName)
	var kills []killState
	for i, n := range at {
		cmd, out := startChild(t, cfg)
		waitLines(t, manifest, n, out)
		if err := cmd.Process.Kill(); err != nil { // SIGKILL
			t.Fatal(err)
		}
		cmd.Wait()
		st, err := Open(cfg.Dir)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := st.Records()
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, e := range recs {
			if seen[e.URL] {
				t.Fatalf("after kill %d: %s recorded twice", i+1, e.URL)
			}
			seen[e.URL] = true
		}
		t.Logf("kill %d: %d records, warnings %v", i+1, len(recs), st.Warnings())
		kills = append(kills, killState{recorded: seen, fetched: fetchCounts(s, host)})
	}
	return kills
}

// fetchCounts is the number of requests for each URL of host, robots.txt
// aside.
func fetchCounts(s *testSite, host string) map[string]int {
	out := map[string]int{}
	for _, l := range s.requests(host, "") {
		if l.Path != "/robots.txt" {
			out["http://"+host+l.Path]++
		}
	}
	return out
}

// checkEachOnce checks the corpus in dir after the resumed crawl: no
// warning, want URLs each recorded once as new, every object whole.
func checkEachOnce(t *testing.T, dir string, want int) {
	t.Helper()
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if w := st.Warnings(); len(w) != 0 {
		t.Errorf("warnings after the resumed crawl: %v", w)
	}
	recs, err := st.Records()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range recs {
		count[e.URL]++
		if e.Outcome != New {
			t.Errorf("%s: %s %s", e.URL, e.Outcome, e.Error)
		}
	}
	if len(count) != want || len(recs) != want {
		t.Errorf("%d records of %d URLs, want %d of %d", len(recs), len(count), want, want)
	}
	for u, n := range count {
		if n != 1 {
			t.Errorf("%s recorded %d times", u, n)
		}
	}
	// Every object is whole.
	latest, _ := st.Latest()
	for _, e := range latest {
		if _, err := st.Read(e); err != nil {
			t.Error(err)
		}
	}
}

// checkNotRefetched checks the requests of the whole crawl, fetched, against
// what was done at each kill. What was recorded before a kill was never
// fetched again; what the first run recorded was fetched once in all. A page
// in flight at a kill is fetched again, once.
func checkNotRefetched(t *testing.T, kills []killState, fetched map[string]int) {
	t.Helper()
	for i, k := range kills {
		for u := range k.recorded {
			if fetched[u] != k.fetched[u] {
				t.Errorf("%s, recorded before kill %d, fetched again after it", u, i+1)
			}
			if i == 0 && fetched[u] != 1 {
				t.Errorf("%s, recorded before the first kill, fetched %d times", u, fetched[u])
			}
		}
	}
	refetched := 0
	for _, n := range fetched {
		if n > 1 {
			refetched++
		}
		if n > 3 {
			t.Errorf("a page fetched %d times", n)
		}
	}
	t.Logf("%d pages fetched twice (in flight at a kill)", refetched)
}

// Ctrl-C (a cancelled context) stops the crawl cleanly; running it again
// finishes it.
func TestInterruptResume(t *testing.T) {
	const host = "www.cls-generes.fr"
	s := newTestSite(t)
	s.handle(host, genSite(5, 40))
	dir := t.TempDir()
	cfg := s.config(dir, "http://"+host+"/")
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		waitLines(t, filepath.Join(dir, manifestName), 50, &bytes.Buffer{})
		cancel()
	}()
	rep, err := Crawl(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Interrupted || rep.Pending == 0 || !strings.Contains(summary(rep), "resume") {
		t.Fatalf("interrupted crawl: %+v", rep)
	}
	rep2, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !rep2.Resumed || rep2.Interrupted || rep2.Crawl != rep.Crawl {
		t.Errorf("resumed crawl: %+v", rep2)
	}
	recs := byURL(t, dir)
	if len(recs) != 1+5+5*40 {
		t.Errorf("%d URLs recorded", len(recs))
	}
	for u, es := range recs {
		if len(es) != 1 {
			t.Errorf("%s recorded %d times", u, len(es))
		}
	}
	// A third run starts a new crawl.
	rep3, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if rep3.Resumed || rep3.Crawl == rep.Crawl || rep3.Unchanged != len(recs) {
		t.Errorf("third crawl: %+v", rep3)
	}
}
