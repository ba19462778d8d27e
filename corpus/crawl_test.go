package corpus

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The sample site's CLS pages (the seeds of the tests).
const (
	agenCLS   = "http://www.agglo-agen.fr/sante/contrat-local-de-sante"
	blesCLS   = "http://www.agglopolys.fr/sante/contrat-local-de-sante.html"
	pacaCLS   = "http://www.paca.ars.sante.fr/contrats-locaux-de-sante"
	aunisCLS  = "http://www.aunis-atlantique.fr/vivre-ici/sante/contrat-local-de-sante/"
	terresCLS = "http://www.terresdesconfluences.fr/sante/contrat-local-de-sante"
)

// sampleSite serves the five sample hosts, with the traps of the crawl test
// added to www.agglo-agen.fr and robots.txt rules on
// www.terresdesconfluences.fr.
func sampleSite(t *testing.T) *testSite {
	s := newTestSite(t)
	for _, h := range []string{"www.agglopolys.fr", "www.paca.ars.sante.fr", "www.aunis-atlantique.fr"} {
		s.handle(h, newSampleHandler(t, h))
	}

	// Terres des Confluences: robots.txt keeps clsx out of /sante/prive/
	// and asks for 0.4 s between requests.
	terres := newSampleHandler(t, "www.terresdesconfluences.fr")
	terres.extra["/sante/contrat-local-de-sante"] = `<p><a href="/sante/prive/brouillon-cls.html">Brouillon du CLS</a></p>`
	tm := newMux(terres)
	tm.add("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /sante/prive/\nCrawl-delay: 0.4\n\nUser-agent: otherbot\nDisallow: /\n")
	})
	tm.add("/sante/prive/brouillon-cls.html", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Brouillon du contrat local de santé", ""))
	})
	s.handle("www.terresdesconfluences.fr", tm)

	// Agen: its CLS page leads to every trap.
	agen := newSampleHandler(t, "www.agglo-agen.fr")
	agen.extra["/sante/contrat-local-de-sante"] = `<h2>Pour aller plus loin sur la santé</h2><ul>
<li><a href="/sante/prevention">Prévention santé</a></li>
<li><a href="/sante/agenda?mois=1">Agenda santé</a></li>
<li><a href="/sante/cls-boucle-a">CLS : page déplacée</a></li>
<li><a href="/sante/cls-integral.pdf">Le CLS intégral (PDF)</a></li>
<li><a href="/sante/cls-annexes.pdf">Les annexes du CLS (PDF)</a></li>
<li><a href="/sante/cls-lent.html">CLS : bilan</a></li>
<li><a href="/sante/cls-instable.html">CLS : comité de pilotage</a></li>
<li><a href="/sante/cls-quota.html">CLS : fiches actions</a></li>
<li><a href="/sante/donnees-cls">Données du CLS</a></li>
<li><a href="/sante/cls-2015.html">Le premier CLS (2015)</a></li>
<li><a href="/sante/cls-carte.png">Carte du CLS</a></li>
</ul>`
	am := newMux(agen)
	am.add("/sante/prevention", func(w http.ResponseWriter, r *http.Request) {
		// About health, not about a CLS: its document is not fetched.
		writeHTML(w, htmlPage("Prévention", `<p>Les ateliers de prévention de la ville.</p><a href="/docs/menu-cantine.pdf">Menu de la cantine (PDF)</a>`))
	})
	am.add("/docs/menu-cantine.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 menu")
	})
	am.add("/sante/agenda", func(w http.ResponseWriter, r *http.Request) {
		// An endless calendar: every month links to the next.
		m, _ := strconv.Atoi(r.URL.Query().Get("mois"))
		writeHTML(w, htmlPage("Agenda", fmt.Sprintf(`<a href="/sante/agenda?mois=%d">Agenda santé : mois suivant</a><a href="/sante/agenda?mois=%d">Agenda santé : mois précédent</a>`, m+1, m-1)))
	})
	am.add("/sante/cls-boucle-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/sante/cls-boucle-b", http.StatusFound)
	})
	am.add("/sante/cls-boucle-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/sante/cls-boucle-a", http.StatusMovedPermanently)
	})
	am.add("/sante/cls-integral.pdf", func(w http.ResponseWriter, r *http.Request) {
		// 1 GB made on the fly, no Content-Length: the crawler must stop
		// reading at its limit.
		w.Header().Set("Content-Type", "application/pdf")
		chunk := bytes.Repeat([]byte("%PDF-1.7 0123456789abcdef"), 40000) // 1 MB
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	am.add("/sante/cls-annexes.pdf", func(w http.ResponseWriter, r *http.Request) {
		// Declares 1 GB: refused on its headers.
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Length", strconv.Itoa(1<<30))
		w.WriteHeader(200)
		w.Write([]byte("%PDF-1.7"))
	})
	am.add("/sante/cls-lent.html", func(w http.ResponseWriter, r *http.Request) {
		// Answers after 60 s (or when the client gives up).
		select {
		case <-time.After(60 * time.Second):
			writeHTML(w, htmlPage("Bilan du CLS", ""))
		case <-r.Context().Done():
		}
	})
	var unstable atomic.Int32
	am.add("/sante/cls-instable.html", func(w http.ResponseWriter, r *http.Request) {
		if unstable.Add(1) <= 2 {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		writeHTML(w, htmlPage("Comité de pilotage du contrat local de santé", ""))
	})
	var quota atomic.Int32
	am.add("/sante/cls-quota.html", func(w http.ResponseWriter, r *http.Request) {
		if quota.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		writeHTML(w, htmlPage("Fiches actions du contrat local de santé", ""))
	})
	am.add("/sante/donnees-cls", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"cls": true}`)
	})
	am.add("/sante/cls-2015.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	am.add("/sante/cls-carte.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
	})
	s.handle("www.agglo-agen.fr", am)
	return s
}

// The sample site and its traps, crawled end to end.
func TestCrawlSampleSite(t *testing.T) {
	s := sampleSite(t)
	dir := t.TempDir()
	cfg := s.config(dir, agenCLS, blesCLS, pacaCLS, aunisCLS, terresCLS)
	cfg.MaxBytes = 1 << 20
	cfg.Timeout = 700 * time.Millisecond
	cfg.Retries = 2
	cfg.MaxDepth = 10 // the calendar is bounded by MaxVariants, not depth
	cfg.MaxVariants = 5
	var progress bytes.Buffer
	cfg.Progress = &progress
	start := time.Now()
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s (%s)", summary(rep), time.Since(start))
	if rep.Interrupted || rep.Pending != 0 {
		t.Errorf("report %+v", rep)
	}
	if got := strings.Count(progress.String(), "\n"); got != 1 || !strings.HasPrefix(progress.String(), "clsx: crawl ") {
		t.Errorf("not a terminal: want one summary line, got %q", progress.String())
	}
	recs := byURL(t, dir)
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	one := func(u string) Entry {
		t.Helper()
		es := recs[u]
		if len(es) != 1 {
			t.Fatalf("%s: %d records, want 1: %+v", u, len(es), es)
		}
		return es[0]
	}
	for u, es := range recs {
		if len(es) != 1 {
			t.Errorf("%s recorded %d times", u, len(es))
		}
	}

	// The five pages are stored byte for byte, the Windows-1252 one included.
	for seed, file := range map[string]string{
		agenCLS:   "www.agglo-agen.fr/sante/contrat-local-de-sante/index.html",
		blesCLS:   "www.agglopolys.fr/sante/contrat-local-de-sante.html",
		pacaCLS:   "www.paca.ars.sante.fr/contrats-locaux-de-sante/index.html",
		aunisCLS:  "www.aunis-atlantique.fr/vivre-ici/sante/contrat-local-de-sante/index.html",
		terresCLS: "www.terresdesconfluences.fr/sante/contrat-local-de-sante/index.html",
	} {
		e := one(seed)
		if e.Outcome != New || e.Status != 200 || kindOf(e.ContentType) != "html" {
			t.Errorf("%s: %+v", seed, e)
			continue
		}
		got, err := st.Read(e)
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
	bles, _ := st.Read(one(blesCLS))
	if !bytes.Contains(bles, []byte("Sant\xe9")) || !strings.Contains(one(blesCLS).ContentType, "windows-1252") {
		t.Error("the Windows-1252 page was not stored as served")
	}

	// The PDFs linked from CLS pages are fetched…
	for _, u := range []string{
		"http://www.aunis-atlantique.fr/wp-content/uploads/2025/05/CLS-Aunis-Atlantique-2025-2029.pdf",
		"http://www.aunis-atlantique.fr/wp-content/uploads/2025/05/Annexe-1-Plan-action.pdf",
		"http://www.terresdesconfluences.fr/medias/2023/cadre-logique-fiches-actions-CLS2.pdf",
	} {
		e := one(u)
		data, err := st.Read(e)
		if err != nil || e.ContentType != "application/pdf" || !bytes.HasPrefix(data, []byte("%PDF")) {
			t.Errorf("%s: %+v %v", u, e, err)
		}
	}
	// …the one linked from a page that is not about a CLS is not.
	if one("http://www.agglo-agen.fr/sante/prevention").Outcome != New {
		t.Error("the prevention page (a health link) was not followed")
	}
	if n := len(s.requests("www.agglo-agen.fr", "/docs/menu-cantine.pdf")); n != 0 {
		t.Errorf("the PDF of a page not about a CLS was requested %d times", n)
	}
	if n := len(s.requests("www.agglo-agen.fr", "/sante/cls-carte.png")); n != 0 {
		t.Errorf("an image link was requested %d times", n)
	}

	// robots.txt: the disallowed path is never requested, the Crawl-delay kept.
	if n := len(s.requests("www.terresdesconfluences.fr", "/sante/prive/brouillon-cls.html")); n != 0 {
		t.Errorf("a path robots.txt disallows was requested %d times", n)
	}
	if rep.Disallowed != 1 {
		t.Errorf("Disallowed = %d, want 1", rep.Disallowed)
	}
	terres := s.requests("www.terresdesconfluences.fr", "")
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

	// The endless calendar is bounded.
	if n := len(s.requests("www.agglo-agen.fr", "/sante/agenda")); n != cfg.MaxVariants {
		t.Errorf("calendar requested %d times, want %d (MaxVariants)", n, cfg.MaxVariants)
	}
	if rep.Dropped[dropVariants] == 0 {
		t.Errorf("no link dropped for the variant limit: %v", rep.Dropped)
	}

	// The redirect loop is reported, after two requests.
	if e := one("http://www.agglo-agen.fr/sante/cls-boucle-a"); e.Outcome != Failed || !strings.Contains(e.Error, "redirect loop") {
		t.Errorf("loop: %+v", e)
	}
	if n := len(s.requests("www.agglo-agen.fr", "/sante/cls-boucle-a")) + len(s.requests("www.agglo-agen.fr", "/sante/cls-boucle-b")); n != 2 {
		t.Errorf("loop: %d requests, want 2", n)
	}

	// Bodies over the limit fail, and nothing of them is stored.
	for _, u := range []string{"http://www.agglo-agen.fr/sante/cls-integral.pdf", "http://www.agglo-agen.fr/sante/cls-annexes.pdf"} {
		if e := one(u); e.Outcome != Failed || !strings.Contains(e.Error, ErrTooLarge.Error()) || e.SHA256 != "" {
			t.Errorf("%s: %+v", u, e)
		}
	}

	// The server that takes 60 s: a timeout, retried, then failed.
	if e := one("http://www.agglo-agen.fr/sante/cls-lent.html"); e.Outcome != Failed || !strings.Contains(strings.ToLower(e.Error), "timeout") {
		t.Errorf("slow: %+v", e)
	}
	if n := len(s.requests("www.agglo-agen.fr", "/sante/cls-lent.html")); n != 1+cfg.Retries {
		t.Errorf("slow page requested %d times, want %d", n, 1+cfg.Retries)
	}

	// 503, 503, 200: retried and stored.
	if e := one("http://www.agglo-agen.fr/sante/cls-instable.html"); e.Outcome != New || e.Status != 200 {
		t.Errorf("unstable: %+v", e)
	}
	// 429 with Retry-After: 1 — the next request waited a second.
	quota := s.requests("www.agglo-agen.fr", "/sante/cls-quota.html")
	if len(quota) != 2 || quota[0].Status != 429 {
		t.Fatalf("quota page: %+v", quota)
	}
	if gap := quota[1].At.Sub(quota[0].At); gap < time.Second {
		t.Errorf("Retry-After: 1 honoured with a %s wait", gap)
	}
	if e := one("http://www.agglo-agen.fr/sante/cls-quota.html"); e.Outcome != New {
		t.Errorf("quota: %+v", e)
	}

	// Wrong type: answered, not kept. 410: failed.
	if e := one("http://www.agglo-agen.fr/sante/donnees-cls"); e.Outcome != Skipped || !strings.Contains(e.Error, "application/json") {
		t.Errorf("json: %+v", e)
	}
	if e := one("http://www.agglo-agen.fr/sante/cls-2015.html"); e.Outcome != Failed || e.Status != 410 {
		t.Errorf("410: %+v", e)
	}

	// Nothing is left in tmp/.
	if left, _ := os.ReadDir(filepath.Join(dir, tmpDir)); len(left) != 0 {
		t.Errorf("tmp/ holds %d files", len(left))
	}
	if rep.Failed == 0 || rep.New < 10 {
		t.Errorf("report %+v", rep)
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
