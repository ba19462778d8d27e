package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/extract/score"
	"github.com/clsx/clsx/testdata"
)

// samplePage is a page of the sample site (testdata/site/site.json): a
// seed as its site publishes it.
type samplePage struct {
	site testdata.Site
	page testdata.Page
}

func samplePages(t *testing.T) []samplePage {
	t.Helper()
	sites, err := testdata.SampleSites()
	if err != nil {
		t.Fatal(err)
	}
	var out []samplePage
	for _, s := range sites {
		for _, p := range s.Pages {
			out = append(out, samplePage{s, p})
		}
	}
	return out
}

// file is where the page is stored: the path itself, or its index.html.
func (p samplePage) file() string {
	f := filepath.Join("../testdata/site", p.site.Host, filepath.FromSlash(p.page.Path))
	if st, err := os.Stat(f); err == nil && !st.IsDir() {
		return f
	}
	return filepath.Join(f, "index.html")
}

// scoreDocs scores documents against the gold files of goldDir.
func scoreDocs(t *testing.T, goldDir string, docs []*extract.Document) *score.Report {
	t.Helper()
	pred, err := json.Marshal(map[string]any{"documents": docs})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := score.Score(goldDir, pred)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestSitePagesMatchPlainTexts reads the sample site's HTML pages (menus,
// cookie banner, news sidebar with other dates and contracts, a
// Windows-1252 page, a timeline in divs) and scores them against the seeds'
// gold: they must score as the plain texts do.
func TestSitePagesMatchPlainTexts(t *testing.T) {
	var htmlDocs, textDocs []*extract.Document
	for _, p := range samplePages(t) {
		seed := p.page.Seed()
		data, err := os.ReadFile(p.file())
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract.FromBytes(seed+".html", data, extract.Options{ContentType: "text/html", URL: p.site.URL(p.page)})
		if err != nil {
			t.Fatalf("%s: %v", p.file(), err)
		}
		if doc.ContentType != "text/html" {
			t.Errorf("%s: content type %q", p.file(), doc.ContentType)
		}
		htmlDocs = append(htmlDocs, doc)
		text, err := os.ReadFile(filepath.Join("../testdata/seeds", seed+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		textDocs = append(textDocs, extract.FromText(seed+".txt", string(text), nil))
	}
	html := scoreDocs(t, "../testdata/seeds", htmlDocs)
	text := scoreDocs(t, "../testdata/seeds", textDocs)
	t.Logf("HTML pages: micro P=%.3f R=%.3f F1=%.3f; plain texts F1=%.3f", html.Micro.Precision, html.Micro.Recall, html.Micro.F1, text.Micro.F1)
	t.Log("\n" + html.TextPerDoc())
	if html.Micro.F1 < 0.95 {
		t.Errorf("HTML pages micro-F1 %.3f < 0.95\n%s", html.Micro.F1, html.TextPerDoc())
	}
	if text.Micro.F1-html.Micro.F1 > 0.02 {
		t.Errorf("HTML pages micro-F1 %.3f is more than 0.02 below the plain texts' %.3f\n%s", html.Micro.F1, text.Micro.F1, html.TextPerDoc())
	}
}

// TestPDFsMatchGold extracts the PDFs (the sample site's, and the
// LibreOffice-made fixtures of testdata/pdf: the seeds with two columns,
// fiche-action tables, running headers and footers, and a 53-page contract)
// and scores them against their gold.
func TestPDFsMatchGold(t *testing.T) {
	for _, set := range []struct{ name, goldDir, glob string }{
		{"sample site", "../testdata/site-gold", "../testdata/site/*/*/*/*/*/*.pdf"},
		{"fixtures", "../testdata/pdf", "../testdata/pdf/*.pdf"},
	} {
		t.Run(set.name, func(t *testing.T) {
			paths, _ := filepath.Glob(set.glob)
			more, _ := filepath.Glob(strings.Replace(set.glob, "/*/*/*.pdf", "/*.pdf", 1))
			paths = append(paths, more...)
			var docs []*extract.Document
			seen := map[string]bool{}
			for _, p := range paths {
				base := strings.TrimSuffix(filepath.Base(p), ".pdf")
				if seen[p] {
					continue
				}
				seen[p] = true
				if _, err := os.Stat(filepath.Join(set.goldDir, base+".gold.json")); err != nil {
					continue // a broken PDF: TestBrokenPDFs
				}
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := extract.FromBytes(filepath.Base(p), data, extract.Options{})
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				if doc.ContentType != "application/pdf" {
					t.Errorf("%s: content type %q", p, doc.ContentType)
				}
				docs = append(docs, doc)
			}
			if len(docs) < 3 {
				t.Fatalf("%d PDFs with gold found", len(docs))
			}
			rep := scoreDocs(t, set.goldDir, docs)
			t.Logf("%d PDFs: micro P=%.3f R=%.3f F1=%.3f\n%s", len(docs), rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1, rep.TextPerDoc())
			if rep.Micro.F1 < 0.95 {
				t.Errorf("PDFs micro-F1 %.3f < 0.95", rep.Micro.F1)
			}
		})
	}
}
