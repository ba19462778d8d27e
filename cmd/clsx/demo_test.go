package main

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract/score"
	"github.com/clsx/clsx/testdata"
)

// TestDemo runs the README's main job: the sample site served on loopback,
// crawled, extracted. The pages are scored against the seeds' gold and the
// PDFs the pages link to against theirs, as the reference scorer would.
func TestDemo(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := runCLI(t, "demo", "--keep", dir, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var rec struct {
		Documents []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	seedOf := samplePageSeeds(t)
	var pages, pdfs []map[string]any
	for _, d := range rec.Documents {
		src := d["source"].(string)
		switch {
		case strings.HasSuffix(src, ".pdf"):
			d["source"] = path.Base(src)
			pdfs = append(pdfs, d)
		case seedOf[src] != "":
			d["source"] = seedOf[src] + ".html"
			pages = append(pages, d)
		default:
			t.Errorf("unexpected document %s", src)
		}
	}
	if len(pages) != 5 || len(pdfs) != 3 {
		t.Fatalf("%d pages and %d PDFs extracted, want the 5 CLS pages and the 3 PDFs they link to", len(pages), len(pdfs))
	}
	for _, set := range []struct {
		gold string
		docs []map[string]any
	}{{"../../testdata/seeds", pages}, {"../../testdata/site-gold", pdfs}} {
		pred, _ := json.Marshal(map[string]any{"documents": set.docs})
		rep, err := score.Score(set.gold, pred)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Micro.F1 < 0.95 {
			t.Errorf("demo against %s: micro-F1 %.3f < 0.95\n%s", set.gold, rep.Micro.F1, rep.TextPerDoc())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, RecordsFile)); err != nil {
		t.Errorf("records not written beside the corpus: %v", err)
	}
}

// samplePageSeeds maps the sample site's CLS page URLs to their seed's name.
func samplePageSeeds(t *testing.T) map[string]string {
	sites, err := testdata.SampleSites()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, s := range sites {
		for _, p := range s.Pages {
			out[s.URL(p)] = p.Seed()
		}
	}
	return out
}
