package main

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strconv"
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
	testDemoCountsContracts(t, out, filepath.Join(dir, "index"))
}

// The demo's 8 documents describe the 14 contracts of the seeds' gold: a
// contract published as a page, a PDF and an annex counts once, and
// "which territories target mental health" counts the gold's territories.
func testDemoCountsContracts(t *testing.T, out, idx string) {
	var rec struct {
		Contracts []struct {
			ID        string `json:"id"`
			Documents []any  `json:"documents"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	gold, err := testdata.SeedGold()
	if err != nil {
		t.Fatal(err)
	}
	contracts, territories := map[string]bool{}, map[string]bool{}
	for _, c := range gold {
		start := "?"
		if c.StartYear != nil {
			start = strconv.Itoa(*c.StartYear)
		}
		contracts[goldKey(c.Territory, start)] = true
		if c.HasTheme("sante_mentale") {
			territories[goldKey(c.Territory, "")] = true
		}
	}
	ids := map[string]bool{}
	for _, c := range rec.Contracts {
		ids[c.ID] = true
	}
	if len(rec.Contracts) != len(contracts) || len(ids) != len(contracts) {
		t.Errorf("%d contracts (%d ids) in the demo's index, the gold has %d", len(rec.Contracts), len(ids), len(contracts))
	}
	r := search(t, "--index", idx, "--theme", "sante_mentale", "--limit", "100")
	if r.Contracts != len(territories) || len(r.Results) != len(territories) {
		t.Errorf("search --theme sante_mentale: %d contracts in %d territories, the gold has %d territories: %v",
			r.Contracts, len(r.Results), len(territories), resultTerritories(r))
	}
	for _, g := range r.Results {
		if len(g.Contracts) != 1 {
			t.Errorf("%s: %d contracts target mental health, the gold has one", g.Territory, len(g.Contracts))
		}
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
