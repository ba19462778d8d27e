package corpus

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A second crawl asks conditionally, records 304s and identical bytes as
// unchanged, and keeps every version of a page that changed.
func TestRecrawlConditional(t *testing.T) {
	s, round := recrawlSite(t)
	dir := t.TempDir()
	cfg := s.config(dir, "http://www.agglo-agen.fr/cls")

	rep1, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if rep1.New != 4 || rep1.Records != 4 {
		t.Fatalf("first crawl: %+v", rep1)
	}
	round.Store(1)
	rep2, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Crawl == rep1.Crawl || rep2.Resumed {
		t.Errorf("second crawl %q resumed the first %q", rep2.Crawl, rep1.Crawl)
	}
	if rep2.Unchanged != 3 || rep2.Changed != 1 || rep2.New != 0 {
		t.Errorf("second crawl: %+v", rep2)
	}
	t.Run("validators sent", func(t *testing.T) { checkValidatorsSent(t, s) })
	t.Run("records", func(t *testing.T) { checkRecrawlRecords(t, dir, rep1.Crawl, rep2.Crawl) })
	t.Run("versions kept", func(t *testing.T) { checkVersionsKept(t, dir, rep2.Crawl) })
}

// recrawlMod is when the pages of recrawlSite that say so were modified.
var recrawlMod = time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)

// recrawlSite serves a CLS page with an ETag and Last-Modified, a PDF with
// Last-Modified only, a page without validators, and an amendment whose
// version (and ETag) changes once round is set to 1.
func recrawlSite(t *testing.T) (*testSite, *atomic.Int32) {
	s := newTestSite(t)
	mod := recrawlMod
	round := &atomic.Int32{}
	m := newMux(nil)
	m.add("/cls", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"cls-v1"`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "", mod, strings.NewReader(htmlPage("Contrat local de santé",
			`<a href="/cls.pdf">Le CLS (PDF)</a><a href="/cls-actus">Actualités du CLS</a><a href="/cls-avenant">Avenant au CLS</a>`)))
	})
	m.add("/cls.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		http.ServeContent(w, r, "", mod, strings.NewReader("%PDF-1.7 le contrat"))
	})
	m.add("/cls-actus", func(w http.ResponseWriter, r *http.Request) {
		// No validators: the crawler compares hashes.
		writeHTML(w, htmlPage("Actualités du contrat local de santé", "<p>Rien de neuf.</p>"))
	})
	m.add("/cls-avenant", func(w http.ResponseWriter, r *http.Request) {
		v := "v1"
		if round.Load() > 0 {
			v = "v2"
		}
		w.Header().Set("ETag", `"avenant-`+v+`"`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader(htmlPage("Avenant au contrat local de santé", "<p>Version "+v+"</p>")))
	})
	s.handle("www.agglo-agen.fr", m)
	return s, round
}

// checkValidatorsSent reads the server's log: the second crawl sent each
// page's validators, and got 304s where nothing changed.
func checkValidatorsSent(t *testing.T, s *testSite) {
	for _, c := range []struct {
		path, header, value string
		status              int
	}{
		{"/cls", "If-None-Match", `"cls-v1"`, http.StatusNotModified},
		{"/cls.pdf", "If-Modified-Since", recrawlMod.Format(http.TimeFormat), http.StatusNotModified},
		{"/cls-avenant", "If-None-Match", `"avenant-v1"`, http.StatusOK},
	} {
		ls := s.requests("www.agglo-agen.fr", c.path)
		if len(ls) != 2 {
			t.Fatalf("%s requested %d times, want 2", c.path, len(ls))
		}
		if l := ls[1]; l.Header.Get(c.header) != c.value || l.Status != c.status {
			t.Errorf("%s: %s %q, status %d; want %q, %d", c.path, c.header, l.Header.Get(c.header), l.Status, c.value, c.status)
		}
	}
}

// checkRecrawlRecords checks the manifest: each URL recorded in both
// crawls, unchanged ones pointing at the first version's bytes, and the
// 304's record carrying the stored version's type and size.
func checkRecrawlRecords(t *testing.T, dir, crawl1, crawl2 string) {
	recs := byURL(t, dir)
	for u, want := range map[string][]Outcome{
		"http://www.agglo-agen.fr/cls":         {New, Unchanged},
		"http://www.agglo-agen.fr/cls.pdf":     {New, Unchanged},
		"http://www.agglo-agen.fr/cls-actus":   {New, Unchanged},
		"http://www.agglo-agen.fr/cls-avenant": {New, Changed},
	} {
		es := recs[u]
		if len(es) != 2 || es[0].Outcome != want[0] || es[1].Outcome != want[1] || es[0].Crawl != crawl1 || es[1].Crawl != crawl2 {
			t.Errorf("%s: %+v", u, es)
			continue
		}
		if want[1] == Unchanged && es[1].SHA256 != es[0].SHA256 {
			t.Errorf("%s: unchanged record points at %s, not %s", u, es[1].SHA256, es[0].SHA256)
		}
	}
	if e := recs["http://www.agglo-agen.fr/cls"][1]; e.Status != 304 || e.ContentType != "text/html; charset=utf-8" || e.Size == 0 {
		t.Errorf("304 record: %+v", e)
	}
}

// checkVersionsKept checks that both versions of the changed page are kept
// and readable, and that the latest of each URL is from crawl2.
func checkVersionsKept(t *testing.T, dir, crawl2 string) {
	st, _ := Open(dir)
	vs, err := st.Versions("http://www.agglo-agen.fr/cls-avenant")
	if err != nil || len(vs) != 2 {
		t.Fatalf("versions: %v %+v", err, vs)
	}
	v1, err1 := st.Read(vs[0])
	v2, err2 := st.Read(vs[1])
	if err1 != nil || err2 != nil || !bytes.Contains(v1, []byte("Version v1")) || !bytes.Contains(v2, []byte("Version v2")) {
		t.Errorf("versions: %q %v / %q %v", v1, err1, v2, err2)
	}
	latest, _ := st.Latest()
	if len(latest) != 4 {
		t.Fatalf("Latest: %d entries", len(latest))
	}
	for _, e := range latest {
		if e.Crawl != crawl2 {
			t.Errorf("Latest %s is from crawl %s", e.URL, e.Crawl)
		}
		if e.URL == "http://www.agglo-agen.fr/cls-avenant" && e.SHA256 != vs[1].SHA256 {
			t.Error("Latest of the changed page is not its second version")
		}
	}
}
