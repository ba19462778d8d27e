package index

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// A synthetic corpus shaped like the gold one, for benchmarks and the crash
// test: territories drawn from the real geography, with their real codes,
// départements and régions; axes, objectives, actions and parties recombined
// from the seeds' gold annotations, themes tagged by the bundled rules. It is
// deterministic for a seed, so benchmark runs compare.

type goldPool struct {
	axes        []extract.Axis
	actions     []extract.Action
	signatories []extract.Signatory
}

func loadGoldPool(t testing.TB) *goldPool {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.gold.json"))
	sort.Strings(files)
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
	p := &goldPool{}
	for _, f := range files {
		var g struct {
			Contracts []struct {
				Signatories []struct{ Name, Kind string } `json:"signatories"`
				Axes        []struct {
					Number     string   `json:"number"`
					Title      string   `json:"title"`
					Themes     []string `json:"themes"`
					Objectives []string `json:"objectives"`
					Actions    []string `json:"actions"`
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
			for _, s := range c.Signatories {
				p.signatories = append(p.signatories, extract.Signatory{Name: s.Name, Kind: s.Kind})
			}
			for _, a := range c.Axes {
				ax := extract.Axis{Title: a.Title, Themes: a.Themes, Objectives: []extract.Objective{}, Actions: []extract.Action{}}
				if ax.Themes == nil {
					ax.Themes = themes(a.Title)
				}
				for _, o := range a.Objectives {
					ax.Objectives = append(ax.Objectives, extract.Objective{Title: o, Themes: themes(o)})
				}
				for _, x := range a.Actions {
					ax.Actions = append(ax.Actions, action(x, themes(x)))
				}
				p.axes = append(p.axes, ax)
			}
			for _, x := range c.Actions {
				p.actions = append(p.actions, action(x, themes(x)))
			}
		}
	}
	if len(p.axes) == 0 || len(p.actions) == 0 {
		t.Fatal("no gold axes or actions to recombine")
	}
	return p
}

func action(title string, themes []string) extract.Action {
	return extract.Action{Title: title, Themes: themes, Leads: []string{}, Steps: []string{}}
}

// synthCorpus returns n contracts, one document each.
func synthCorpus(t testing.TB, n int, seed int64) []*extract.Document {
	t.Helper()
	p := loadGoldPool(t)
	geo := rules.OfficialGeography()
	rnd := rand.New(rand.NewSource(seed))
	docs := make([]*extract.Document, 0, n)
	ids := map[string]int{}
	for len(docs) < n {
		var place rules.Place
		var name, kind string
		if rnd.Intn(10) < 6 {
			place = geo.EPCIs[rnd.Intn(len(geo.EPCIs))]
			kind = "epci"
			name = place.Name
			if strings.HasPrefix(name, "CC ") || strings.HasPrefix(name, "CA ") || strings.HasPrefix(name, "CU ") {
				name = name[3:] // as texts write it: "Aunis Atlantique"
			}
		} else {
			place = geo.Communes[rnd.Intn(len(geo.Communes))]
			kind, name = "commune", place.Name
		}
		// a territory has one to three generations of contracts
		gens := 1 + rnd.Intn(3)
		start := 2010 + rnd.Intn(8)
		for g := 1; g <= gens && len(docs) < n; g++ {
			dur := 3 + rnd.Intn(3)
			c := synthContract(rnd, p, place, name, kind, g, start, dur)
			ids[c.ID]++
			if ids[c.ID] > 1 {
				c.ID = fmt.Sprintf("%s-%d", c.ID, ids[c.ID])
			}
			docs = append(docs, &extract.Document{Source: fmt.Sprintf("synthetic/%05d.txt", len(docs)),
				ContentType: "text/plain", Contracts: []extract.Contract{c}, Warnings: []string{}})
			start += dur
		}
	}
	return docs
}

func synthContract(rnd *rand.Rand, p *goldPool, place rules.Place, name, kind string, gen, start, dur int) extract.Contract {
	code, dept, region, pop := place.Code, place.Departement, place.Region, place.Population
	end := start + dur
	kinds := []string{"cls", "cls", "cls", "cls", "cls", "cls", "cls", "cls", "protocole", "clsm"}
	c := extract.Contract{
		Territory: &name, TerritoryKind: kind, TerritoryCode: &code, Departement: &dept, Region: &region, Population: &pop,
		Kind: kinds[rnd.Intn(len(kinds))], Generation: &gen, StartYear: &start, EndYear: &end,
		Signatories: []extract.Signatory{{Name: "ARS " + region, Kind: "ars"}, {Name: name, Kind: kind}},
		Axes:        []extract.Axis{}, Actions: []extract.Action{}, FieldEvidence: map[string]extract.Span{},
	}
	for i := rnd.Intn(7); i > 0; i-- {
		c.Signatories = append(c.Signatories, p.signatories[rnd.Intn(len(p.signatories))])
	}
	nAxes := rnd.Intn(8) // 0 to 7, as the gold
	for i := 0; i < nAxes; i++ {
		src := p.axes[rnd.Intn(len(p.axes))]
		a := extract.Axis{Number: fmt.Sprint(i + 1), Title: src.Title, Themes: src.Themes,
			Objectives: src.Objectives, Actions: []extract.Action{}}
		for j := rnd.Intn(4); j > 0; j-- {
			x := p.actions[rnd.Intn(len(p.actions))]
			num := fmt.Sprint(len(a.Actions) + 1)
			x.Number = &num
			a.Actions = append(a.Actions, x)
		}
		c.Axes = append(c.Axes, a)
	}
	if nAxes == 0 || rnd.Intn(5) == 0 {
		for j := 3 + rnd.Intn(15); j > 0; j-- {
			x := p.actions[rnd.Intn(len(p.actions))]
			num := fmt.Sprint(len(c.Actions) + 1)
			x.Number = &num
			c.Actions = append(c.Actions, x)
		}
	}
	var themes []string
	for _, a := range c.Axes {
		themes = append(themes, a.Themes...)
		for _, o := range a.Objectives {
			themes = append(themes, o.Themes...)
		}
		for _, x := range a.Actions {
			themes = append(themes, x.Themes...)
		}
	}
	for _, x := range c.Actions {
		themes = append(themes, x.Themes...)
	}
	c.Themes = unique(themes)
	c.ID = fmt.Sprintf("%s-%d", strings.Trim(slug(name), "-"), start)
	return c
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range rules.Fold(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}
