package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
	"github.com/clsx/clsx/testdata"
)

const seedDir = "../testdata/seeds"

var (
	seedOnce sync.Once
	seedDocs []*extract.Document
)

// seeds extracts the seed documents once per test binary.
func seeds(t testing.TB) []*extract.Document {
	t.Helper()
	seedOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extract.FromBytes(f, data, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			seedDocs = append(seedDocs, doc)
		}
	})
	if len(seedDocs) == 0 {
		t.Fatal("no seed documents")
	}
	return seedDocs
}

// build indexes docs into dir and opens the result, closed when the test ends.
func build(t testing.TB, dir string, docs []*extract.Document) *Index {
	t.Helper()
	ix := buildAt(t, dir, docs)
	t.Cleanup(func() { ix.Close() })
	return ix
}

// buildAt indexes docs into dir and opens the result.
func buildAt(t testing.TB, dir string, docs []*extract.Document) *Index {
	t.Helper()
	b, err := Create(dir, "clsx index test")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := b.Add(d); err != nil {
			b.Abort()
			t.Fatal(err)
		}
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func territories(r *Response) []string {
	var out []string
	for _, g := range r.Groups {
		out = append(out, g.Territory)
	}
	sort.Strings(out)
	return out
}

// Accents, case and inflection do not matter: "sante mentale" finds what
// "santé mentale" finds, and "Santés Mentales" too.
func TestSearchFoldsAccents(t *testing.T) {
	ix := build(t, t.TempDir(), seeds(t))
	want, err := ix.Search(Request{Query: "santé mentale"})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Groups) < 3 {
		t.Fatalf("santé mentale: %d territories: %v", len(want.Groups), territories(want))
	}
	for _, q := range []string{"sante mentale", "SANTE MENTALE", "santés mentales", "Santé Mentale"} {
		got, err := ix.Search(Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(territories(got), "|") != strings.Join(territories(want), "|") {
			t.Errorf("%q: %v; santé mentale: %v", q, territories(got), territories(want))
		}
	}
	// the match is marked where it is, accents and all
	for _, g := range want.Groups {
		for _, m := range g.Matches {
			txt := m.Title
			if m.Context != nil {
				txt = *m.Context
			}
			if len(txt.Marks) == 0 {
				continue
			}
			r := []rune(txt.Text)
			seg := rules.Fold(string(r[txt.Marks[0][0]:txt.Marks[0][1]]))
			if !strings.HasPrefix(seg, "sant") && !strings.HasPrefix(seg, "mental") {
				t.Errorf("%s: mark %v covers %q of %q", m.Contract, txt.Marks[0], seg, txt.Text)
			}
		}
	}
}

// A theme alone finds exactly the contracts whose gold annotation has it.
func TestSearchThemeMatchesGold(t *testing.T) {
	ix := build(t, t.TempDir(), seeds(t))
	got, err := ix.Search(Request{Theme: "sante_mentale", By: "contract", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, g := range got.Groups {
		start, _ := strconvAtoi(g.Contracts[0].StartYear)
		have = append(have, goldKey(g.Territory, &start))
	}
	sort.Strings(have)
	want := goldContractsWithTheme(t, "sante_mentale")
	if strings.Join(have, " ") != strings.Join(want, " ") {
		t.Errorf("--theme sante_mentale: %v\nwant (gold): %v", have, want)
	}
	if got.Contracts != len(want) {
		t.Errorf("facet base %d contracts, want %d", got.Contracts, len(want))
	}
}

// goldContractsWithTheme returns the ids extraction gives the gold contracts
// with a theme: territory slug and start year, as extract names them.
func goldContractsWithTheme(t testing.TB, theme string) []string {
	gold, err := testdata.SeedGold()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range gold {
		if c.HasTheme(theme) {
			out = append(out, goldKey(c.Territory, c.StartYear))
		}
	}
	sort.Strings(out)
	return out
}

func goldKey(territory string, start *int) string {
	k := rules.CommuneKey(territory)
	k = strings.TrimPrefix(strings.TrimPrefix(k, "la "), "pays ") // "La Seyne sur Mer" is extracted as "Seyne sur Mer"
	if start != nil {
		return k + " " + itoa(*start)
	}
	return k
}

func itoa(n int) string { return strconv.Itoa(n) }

func strconvAtoi(s string) (int, error) { return strconv.Atoi(s) }

// The facet table counts exactly what bleve's facets count.
func TestFacetTableMatchesBleve(t *testing.T) {
	ix := build(t, t.TempDir(), seeds(t))
	if ix.facets == nil {
		t.Fatal("no facet table")
	}
	table := ix.facets
	for _, req := range []Request{{Query: "santé"}, {Query: `"santé mentale"`}, {Theme: "addictions"},
		{Region: "PACA"}, {Query: "soins -mentale", Year: 2015}} {
		ix.facets = table
		a, err := ix.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		ix.facets = nil
		b, err := ix.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		ja, _ := json.Marshal(a.Facets)
		jb, _ := json.Marshal(b.Facets)
		if a.Contracts != b.Contracts || string(ja) != string(jb) {
			t.Errorf("%+v: table %d %s\nbleve %d %s", req, a.Contracts, ja, b.Contracts, jb)
		}
		if a.Contracts == 0 {
			t.Errorf("%+v: nothing", req)
		}
	}
	ix.facets = table
}
