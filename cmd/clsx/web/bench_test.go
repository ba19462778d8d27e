package web

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// Page render time on a synthetic index of 10,000 contracts (shaped as
// index's own benchmark corpus: real territories, axes and actions
// recombined from the seeds' gold annotations, each value read from a
// sentence of the contract's text, so a contract page has its evidence).
//
//	go test -run '^$' -bench Page -benchtime 1x ./cmd/clsx/web/
//
// Each benchmark renders its pages, round robin, 300 times through the
// whole handler (URL parsing, index search, template) and reports the p50
// and p99 of one page, and the slowest first render of a page (the map's
// counts and the theme matrix are computed once, then kept: cache.go). CLSX_BENCH_CONTRACTS changes the size; with
// CLSX_BENCH_INDEX=DIR the index is kept there and reused.

var (
	benchOnce sync.Once
	benchSrv  *Server
	benchIDs  []string
)

func benchServer(b *testing.B) *Server {
	benchOnce.Do(func() {
		n := 10000
		if v, err := strconv.Atoi(os.Getenv("CLSX_BENCH_CONTRACTS")); err == nil && v > 0 {
			n = v
		}
		docs := synthDocs(b, n, 1)
		dir := os.Getenv("CLSX_BENCH_INDEX")
		if _, err := os.Stat(filepath.Join(dir, "CURRENT")); dir == "" || err != nil {
			if dir == "" {
				tmp, err := os.MkdirTemp("", "clsx-web-bench-")
				if err != nil {
					b.Fatal(err)
				}
				dir = filepath.Join(tmp, "index")
			}
			start := time.Now()
			writeIndex(b, dir, docs)
			b.Logf("built %d contracts in %s at %s", n, time.Since(start).Round(time.Second), dir)
		}
		s, err := New(Options{IndexDir: dir})
		if err != nil {
			b.Fatal(err)
		}
		benchSrv = s
		// the index's own ids: documents of one contract are merged under one
		ix, err := index.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		defer ix.Close()
		resp, err := ix.Search(index.Request{By: "contract", Limit: 1000, NoFacets: true})
		if err != nil {
			b.Fatal(err)
		}
		for _, g := range resp.Groups {
			benchIDs = append(benchIDs, g.Contracts[0].ID)
		}
	})
	return benchSrv
}

// pageLatency renders each path, round robin, and reports p50 and p99.
func pageLatency(b *testing.B, paths []string) {
	s := benchServer(b)
	const rounds = 300
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var d []time.Duration
		var first time.Duration
		for n := 0; n < rounds; n++ {
			p := paths[n%len(paths)]
			req := httptest.NewRequest(http.MethodGet, p, nil)
			w := httptest.NewRecorder()
			start := time.Now()
			s.ServeHTTP(w, req)
			d = append(d, time.Since(start))
			if n < len(paths) {
				first = max(first, d[n])
			}
			if w.Code != http.StatusOK {
				b.Fatalf("%s: %d\n%.500s", p, w.Code, w.Body.String())
			}
		}
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(d[len(d)*99/100].Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(first.Microseconds())/1000, "first-max-ms")
	}
}

func BenchmarkPageSearch(b *testing.B) {
	pageLatency(b, []string{"/?q=vaccination", "/?q=sant%C3%A9+mentale", "/?q=%22acc%C3%A8s+aux+soins%22",
		"/?q=pr%C3%A9vention&region=Occitanie", "/?theme=addictions&region=Nouvelle-Aquitaine", "/?q=aidants&page=2", "/"})
}

func BenchmarkPageContract(b *testing.B) {
	benchServer(b)
	rnd := rand.New(rand.NewSource(2))
	var paths []string
	for i := 0; i < 50; i++ {
		paths = append(paths, "/contrats/"+benchIDs[rnd.Intn(len(benchIDs))])
	}
	pageLatency(b, paths)
}

func BenchmarkPageMap(b *testing.B) {
	pageLatency(b, []string{"/carte", "/carte?theme=sante_mentale", "/carte?year=2016"})
}

func BenchmarkPageThemes(b *testing.B) {
	pageLatency(b, []string{"/themes?region=Bretagne", "/themes?region=Occitanie", "/themes"})
}

// synthDocs returns n contracts, one document each, deterministic for a
// seed.
func synthDocs(t testing.TB, n int, seed int64) []*extract.Document {
	axes, actions := goldItems(t)
	geo := rules.OfficialGeography()
	rnd := rand.New(rand.NewSource(seed))
	kinds := []string{"cls", "cls", "cls", "cls", "cls", "cls", "cls", "cls", "protocole", "clsm"}
	docs := make([]*extract.Document, 0, n)
	for len(docs) < n {
		p, kind := geo.Communes[rnd.Intn(len(geo.Communes))], "commune"
		if rnd.Intn(10) < 6 {
			p, kind = geo.EPCIs[rnd.Intn(len(geo.EPCIs))], "epci"
		}
		start := 2010 + rnd.Intn(8)
		for g := 1; g <= 1+rnd.Intn(3) && len(docs) < n; g++ {
			w := &textWriter{}
			name := p.Name
			c := extract.Contract{ID: fmt.Sprintf("s%05d-%d", len(docs), start), Territory: &name, TerritoryKind: kind,
				TerritoryCode: ptr(p.Code), Departement: ptr(p.Departement), Region: ptr(p.Region), Population: ptr(p.Population),
				Kind: kinds[rnd.Intn(len(kinds))], Generation: ptr(g), StartYear: ptr(start), EndYear: ptr(start + 4),
				Axes: []extract.Axis{}, Actions: []extract.Action{}, FieldEvidence: map[string]extract.Span{}}
			w.add("Contrat local de santé de ")
			c.FieldEvidence["territory"] = w.add(name)
			w.add(" pour les années ")
			c.FieldEvidence["start_year"] = w.add(strconv.Itoa(start))
			w.add(" à " + strconv.Itoa(start+4) + ".\nSignataires : ")
			c.Signatories = []extract.Signatory{{Name: "ARS " + p.Region, Kind: "ars", Evidence: w.add("ARS " + p.Region)}}
			w.add(".\n")
			themes := map[string]bool{}
			for i := rnd.Intn(8); i > 0; i-- {
				src := axes[rnd.Intn(len(axes))]
				a := extract.Axis{Number: strconv.Itoa(len(c.Axes) + 1), Title: src.Title, Themes: src.Themes, Objectives: []extract.Objective{}, Actions: []extract.Action{}}
				w.add("Axe " + a.Number + " : ")
				a.Evidence = w.add(a.Title)
				w.add(".\n")
				for j := rnd.Intn(4); j > 0; j-- {
					x := actions[rnd.Intn(len(actions))]
					x.Number = ptr(strconv.Itoa(len(a.Actions) + 1))
					w.add("Action " + *x.Number + " : ")
					x.Evidence = w.add(x.Title)
					w.add(".\n")
					a.Actions = append(a.Actions, x)
					for _, t := range x.Themes {
						themes[t] = true
					}
				}
				for _, t := range a.Themes {
					themes[t] = true
				}
				c.Axes = append(c.Axes, a)
			}
			for t := range themes {
				c.Themes = append(c.Themes, t)
			}
			sort.Strings(c.Themes)
			docs = append(docs, &extract.Document{Source: fmt.Sprintf("synthetic/%05d.txt", len(docs)), ContentType: "text/plain",
				Contracts: []extract.Contract{c}, Warnings: []string{}, Text: w.b.String()})
			start += 5
		}
	}
	return docs
}

// textWriter builds a text and the rune spans of what it is given.
type textWriter struct {
	b strings.Builder
	n int
}

func (w *textWriter) add(s string) extract.Span {
	sp := extract.Span{Start: w.n, End: w.n + len([]rune(s))}
	w.b.WriteString(s)
	w.n = sp.End
	return sp
}

// goldItems reads the axes and actions of the seeds' gold annotations,
// each with the themes the bundled rules give its title.
func goldItems(t testing.TB) ([]extract.Axis, []extract.Action) {
	files, _ := filepath.Glob("../../../testdata/seeds/*.gold.json")
	r := rules.Default()
	themes := func(title string) []string {
		f := rules.Fold(title)
		out := []string{}
		for _, id := range r.ThemeOrder {
			if r.Themes[id].Match(f) {
				out = append(out, id)
			}
		}
		return out
	}
	var axes []extract.Axis
	var actions []extract.Action
	for _, f := range files {
		var g struct {
			Contracts []struct {
				Axes []struct {
					Title   string   `json:"title"`
					Actions []string `json:"actions"`
				} `json:"axes"`
				Actions []string `json:"actions"`
			} `json:"contracts"`
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		for _, c := range g.Contracts {
			titles := c.Actions
			for _, a := range c.Axes {
				axes = append(axes, extract.Axis{Title: a.Title, Themes: themes(a.Title)})
				titles = append(titles, a.Actions...)
			}
			for _, x := range titles {
				actions = append(actions, extract.Action{Title: x, Themes: themes(x), Leads: []string{}, Steps: []string{}})
			}
		}
	}
	if len(axes) == 0 || len(actions) == 0 {
		t.Fatal("no gold axes or actions to recombine")
	}
	return axes, actions
}
