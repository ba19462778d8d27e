package corpus

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The sample site and its traps, crawled end to end: one crawl (it takes
// seconds, the slow page timing out and the retries waiting), each trap
// checked in a subtest of its own.
func TestCrawlSampleSite(t *testing.T) {
	c := crawlSampleSite(t)
	t.Run("report", c.checkReport)
	t.Run("one record per URL", c.checkOneRecordPerURL)
	t.Run("pages stored as served", c.checkPagesStored)
	t.Run("documents of CLS pages only", c.checkDocuments)
	t.Run("robots.txt", c.checkRobots)
	t.Run("endless calendar", c.checkCalendar)
	t.Run("redirect loop", c.checkRedirectLoop)
	t.Run("bodies over the limit", c.checkTooLarge)
	t.Run("slow server", c.checkSlowServer)
	t.Run("retried answers", c.checkRetried)
	t.Run("type not kept and 410", c.checkNotKept)
	t.Run("nothing left in tmp", c.checkTmpEmpty)
}

// sampleCrawl is a crawl of the sample site, for TestCrawlSampleSite's
// subtests to check.
type sampleCrawl struct {
	s        *testSite
	cfg      Config
	rep      *Report
	progress *bytes.Buffer      // what the crawl wrote as progress (not a terminal)
	recs     map[string][]Entry // the manifest, by URL
	st       *Store
}

// crawlSampleSite crawls the sample site from its five CLS pages, with
// limits small enough for its traps to show: 1 MB, a 700 ms timeout, two
// retries, five variants of a URL.
func crawlSampleSite(t *testing.T) *sampleCrawl {
	c := &sampleCrawl{s: sampleSite(t), progress: &bytes.Buffer{}}
	dir := t.TempDir()
	c.cfg = c.s.config(dir, agenCLS, blesCLS, pacaCLS, aunisCLS, terresCLS)
	c.cfg.MaxBytes = 1 << 20
	c.cfg.Timeout = 700 * time.Millisecond
	c.cfg.Retries = 2
	c.cfg.MaxDepth = 10 // the calendar is bounded by MaxVariants, not depth
	c.cfg.MaxVariants = 5
	c.cfg.Progress = c.progress
	start := time.Now()
	rep, err := Crawl(context.Background(), c.cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.rep = rep
	t.Logf("%s (%s)", summary(rep), time.Since(start))
	c.recs = byURL(t, dir)
	if c.st, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	return c
}

// one is the record of u, which must have exactly one.
func (c *sampleCrawl) one(t *testing.T, u string) Entry {
	t.Helper()
	es := c.recs[u]
	if len(es) != 1 {
		t.Fatalf("%s: %d records, want 1: %+v", u, len(es), es)
	}
	return es[0]
}

func (c *sampleCrawl) checkReport(t *testing.T) {
	rep := c.rep
	if rep.Interrupted || rep.Pending != 0 {
		t.Errorf("report %+v", rep)
	}
	if got := strings.Count(c.progress.String(), "\n"); got != 1 || !strings.HasPrefix(c.progress.String(), "clsx: crawl ") {
		t.Errorf("not a terminal: want one summary line, got %q", c.progress.String())
	}
	if rep.Failed == 0 || rep.New < 10 {
		t.Errorf("report %+v", rep)
	}
}

func (c *sampleCrawl) checkOneRecordPerURL(t *testing.T) {
	for u, es := range c.recs {
		if len(es) != 1 {
			t.Errorf("%s recorded %d times", u, len(es))
		}
	}
}

// The five pages are stored byte for byte, the Windows-1252 one included.
func (c *sampleCrawl) checkPagesStored(t *testing.T) {
	for seed, file := range map[string]string{
		agenCLS:   "www.agglo-agen.fr/sante/contrat-local-de-sante/index.html",
		blesCLS:   "www.agglopolys.fr/sante/contrat-local-de-sante.html",
		pacaCLS:   "www.paca.ars.sante.fr/contrats-locaux-de-sante/index.html",
		aunisCLS:  "www.aunis-atlantique.fr/vivre-ici/sante/contrat-local-de-sante/index.html",
		terresCLS: "www.terresdesconfluences.fr/sante/contrat-local-de-sante/index.html",
	} {
		e := c.one(t, seed)
		if e.Outcome != New || e.Status != 200 || kindOf(e.ContentType) != "html" {
			t.Errorf("%s: %+v", seed, e)
			continue
		}
		got, err := c.st.Read(e)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(filepath.Join(siteRoot, file))
		if seed == agenCLS || seed == terresCLS {
			continue // served with injected links
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: stored %d bytes differ from the %d served", seed, len(got), len(want))
		}
	}
	bles, _ := c.st.Read(c.one(t, blesCLS))
	if !bytes.Contains(bles, []byte("Sant\xe9")) || !strings.Contains(c.one(t, blesCLS).ContentType, "windows-1252") {
		t.Error("the Windows-1252 page was not stored as served")
	}
}

// The PDFs linked from CLS pages are fetched; the one linked from a page
// that is not about a CLS is not, nor is an image.
func (c *sampleCrawl) checkDocuments(t *testing.T) {
	for _, u := range []string{
		"http://www.aunis-atlantique.fr/wp-content/uploads/2025/05/CLS-Aunis-Atlantique-2025-2029.pdf",
		"http://www.aunis-atlantique.fr/wp-content/uploads/2025/05/Annexe-1-Plan-action.pdf",
		"http://www.terresdesconfluences.fr/medias/2023/cadre-logique-fiches-actions-CLS2.pdf",
	} {
		e := c.one(t, u)
		data, err := c.st.Read(e)
		if err != nil || e.ContentType != "application/pdf" || !bytes.HasPrefix(data, []byte("%PDF")) {
			t.Errorf("%s: %+v %v", u, e, err)
		}
	}
	if c.one(t, "http://www.agglo-agen.fr/sante/prevention").Outcome != New {
		t.Error("the prevention page (a health link) was not followed")
	}
	if n := len(c.s.requests("www.agglo-agen.fr", "/docs/menu-cantine.pdf")); n != 0 {
		t.Errorf("the PDF of a page not about a CLS was requested %d times", n)
	}
	if n := len(c.s.requests("www.agglo-agen.fr", "/sante/cls-carte.png")); n != 0 {
		t.Errorf("an image link was requested %d times", n)
	}
}

// robots.txt: the disallowed path is never requested, the Crawl-delay kept.
func (c *sampleCrawl) checkRobots(t *testing.T) {
	if n := len(c.s.requests("www.terresdesconfluences.fr", "/sante/prive/brouillon-cls.html")); n != 0 {
		t.Errorf("a path robots.txt disallows was requested %d times", n)
	}
	if c.rep.Disallowed != 1 {
		t.Errorf("Disallowed = %d, want 1", c.rep.Disallowed)
	}
	terres := c.s.requests("www.terresdesconfluences.fr", "")
	if len(terres) < 3 {
		t.Fatalf("only %d requests to www.terresdesconfluences.fr", len(terres))
	}
	if terres[0].Path != "/robots.txt" {
		t.Errorf("first request %s, want /robots.txt", terres[0].Path)
	}
	for i := 2; i < len(terres); i++ { // from the first request robots.txt paced
		if gap := terres[i].At.Sub(terres[i-1].At); gap < 400*time.Millisecond {
			t.Errorf("requests %d and %d to www.terresdesconfluences.fr %s apart, Crawl-delay is 0.4 s", i-1, i, gap)
		}
	}
	for _, l := range terres {
		if ua := l.Header.Get("User-Agent"); !strings.HasPrefix(ua, "clsx") {
			t.Errorf("User-Agent %q", ua)
		}
	}
}

// The endless calendar is bounded.
func (c *sampleCrawl) checkCalendar(t *testing.T) {
	if n := len(c.s.requests("www.agglo-agen.fr", "/sante/agenda")); n != c.cfg.MaxVariants {
		t.Errorf("calendar requested %d times, want %d (MaxVariants)", n, c.cfg.MaxVariants)
	}
	if c.rep.Dropped[dropVariants] == 0 {
		t.Errorf("no link dropped for the variant limit: %v", c.rep.Dropped)
	}
}

// The redirect loop is reported, after two requests.
func (c *sampleCrawl) checkRedirectLoop(t *testing.T) {
	if e := c.one(t, "http://www.agglo-agen.fr/sante/cls-boucle-a"); e.Outcome != Failed || !strings.Contains(e.Error, "redirect loop") {
		t.Errorf("loop: %+v", e)
	}
	if n := len(c.s.requests("www.agglo-agen.fr", "/sante/cls-boucle-a")) + len(c.s.requests("www.agglo-agen.fr", "/sante/cls-boucle-b")); n != 2 {
		t.Errorf("loop: %d requests, want 2", n)
	}
}

// Bodies over the limit fail, and nothing of them is stored.
func (c *sampleCrawl) checkTooLarge(t *testing.T) {
	for _, u := range []string{"http://www.agglo-agen.fr/sante/cls-integral.pdf", "http://www.agglo-agen.fr/sante/cls-annexes.pdf"} {
		if e := c.one(t, u); e.Outcome != Failed || !strings.Contains(e.Error, ErrTooLarge.Error()) || e.SHA256 != "" {
			t.Errorf("%s: %+v", u, e)
		}
	}
}

// The server that takes 60 s: a timeout, retried, then failed.
func (c *sampleCrawl) checkSlowServer(t *testing.T) {
	if e := c.one(t, "http://www.agglo-agen.fr/sante/cls-lent.html"); e.Outcome != Failed || !strings.Contains(strings.ToLower(e.Error), "timeout") {
		t.Errorf("slow: %+v", e)
	}
	if n := len(c.s.requests("www.agglo-agen.fr", "/sante/cls-lent.html")); n != 1+c.cfg.Retries {
		t.Errorf("slow page requested %d times, want %d", n, 1+c.cfg.Retries)
	}
}

// 503, 503, 200: retried and stored. 429 with Retry-After: 1 — the next
// request waited a second.
func (c *sampleCrawl) checkRetried(t *testing.T) {
	if e := c.one(t, "http://www.agglo-agen.fr/sante/cls-instable.html"); e.Outcome != New || e.Status != 200 {
		t.Errorf("unstable: %+v", e)
	}
	quota := c.s.requests("www.agglo-agen.fr", "/sante/cls-quota.html")
	if len(quota) != 2 || quota[0].Status != 429 {
		t.Fatalf("quota page: %+v", quota)
	}
	if gap := quota[1].At.Sub(quota[0].At); gap < time.Second {
		t.Errorf("Retry-After: 1 honoured with a %s wait", gap)
	}
	if e := c.one(t, "http://www.agglo-agen.fr/sante/cls-quota.html"); e.Outcome != New {
		t.Errorf("quota: %+v", e)
	}
}

// Wrong type: answered, not kept. 410: failed.
func (c *sampleCrawl) checkNotKept(t *testing.T) {
	if e := c.one(t, "http://www.agglo-agen.fr/sante/donnees-cls"); e.Outcome != Skipped || !strings.Contains(e.Error, "application/json") {
		t.Errorf("json: %+v", e)
	}
	if e := c.one(t, "http://www.agglo-agen.fr/sante/cls-2015.html"); e.Outcome != Failed || e.Status != 410 {
		t.Errorf("410: %+v", e)
	}
}

func (c *sampleCrawl) checkTmpEmpty(t *testing.T) {
	if left, _ := os.ReadDir(filepath.Join(c.cfg.Dir, tmpDir)); len(left) != 0 {
		t.Errorf("tmp/ holds %d files", len(left))
	}
}

// With the default limit (100 MB), an endless body is read up to the limit
// and no further, then recorded as a failure.
func TestDefaultSizeLimit(t *testing.T) {
	s := newTestSite(t)
	var sent atomic.Int64
	m := newMux(nil)
	m.add("/cls", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Contrat local de santé", `<a href="/cls.pdf">Le CLS</a>`))
	})
	m.add("/cls.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		chunk := bytes.Repeat([]byte("%PDF"), 64<<10) // 256 kB
		for sent.Load() < 1<<30 {
			n, err := w.Write(chunk)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	})
	s.handle("www.agglo-agen.fr", m)
	cfg := s.config(t.TempDir(), "http://www.agglo-agen.fr/cls")
	cfg.MaxBytes = DefaultConfig().MaxBytes
	start := time.Now()
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	es := byURL(t, cfg.Dir)["http://www.agglo-agen.fr/cls.pdf"]
	if len(es) != 1 || es[0].Outcome != Failed || !strings.Contains(es[0].Error, ErrTooLarge.Error()) {
		t.Fatalf("%+v", es)
	}
	// The server may have buffered a little past what was read.
	if n := sent.Load(); n > cfg.MaxBytes+16<<20 {
		t.Errorf("the server sent %d MB for a %d MB limit", n>>20, cfg.MaxBytes>>20)
	}
	t.Logf("stopped after %d MB sent, in %s", sent.Load()>>20, el)
	if el > 10*time.Second || rep.Failed != 1 {
		t.Errorf("took %s; report %+v", el, rep)
	}
}
