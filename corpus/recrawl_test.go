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
	s := newTestSite(t)
	mod := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	var round atomic.Int32
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

	// The server's log: validators sent, 304s served.
	second := func(p string) logged {
		t.Helper()
		ls := s.requests("www.agglo-agen.fr", p)
		if len(ls) != 2 {
			t.Fatalf("%s requested %d times, want 2", p, len(ls))
		}
		return ls[1]
	}
	if l := second("/cls"); l.Header.Get("If-None-Match") != `"cls-v1"` || l.Status != http.StatusNotModified {
		t.Errorf("/cls: If-None-Match %q, status %d", l.Header.Get("If-None-Match"), l.Status)
	}
	if l := second("/cls.pdf"); l.Header.Get("If-Modified-Since") != mod.Format(http.TimeFormat) || l.Status != http.StatusNotModified {
		t.Errorf("/cls.pdf: If-Modified-Since %q, status %d", l.Header.Get("If-Modified-Since"), l.Status)
	}
	if l := second("/cls-avenant"); l.Header.Get("If-None-Match") != `"avenant-v1"` || l.Status != http.StatusOK {
		t.Errorf("/cls-avenant: %+v", l)
	}

	recs := byURL(t, dir)
	for u, want := range map[string][]Outcome{
		"http://www.agglo-agen.fr/cls":         {New, Unchanged},
		"http://www.agglo-agen.fr/cls.pdf":     {New, Unchanged},
		"http://www.agglo-agen.fr/cls-actus":   {New, Unchanged},
		"http://www.agglo-agen.fr/cls-avenant": {New, Changed},
	} {
		es := recs[u]
		if len(es) != 2 || es[0].Outcome != want[0] || es[1].Outcome != want[1] || es[0].Crawl != rep1.Crawl || es[1].Crawl != rep2.Crawl {
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

	// Both versions of the changed page are kept and readable.
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
		if e.Crawl != rep2.Crawl {
			t.Errorf("Latest %s is from crawl %s", e.URL, e.Crawl)
		}
		if e.URL == "http://www.agglo-agen.fr/cls-avenant" && e.SHA256 != vs[1].SHA256 {
			t.Error("Latest of the changed page is not its second version")
		}
	}
}
