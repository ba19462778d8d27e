package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// Bounds on what a request may ask.
const (
	maxQuery    = 500  // characters of a query
	pageSize    = 20   // territories a page of Recherche shows
	maxRows     = 1000 // rows one search reads (the index's own bound)
	maxPage     = maxRows / pageSize
	maxFacetsUI = 12 // values a facet lists before "…"
)

// searchParams are the URL parameters of a search, named as clsx search's
// flags, in the order links write them.
var searchParams = []string{"q", "theme", "region", "departement", "kind", "territory-kind", "signatory-kind", "year", "by"}

// readSearch reads a search from URL parameters. The query follows clsx
// search's rules: "*" is everything, punctuation alone is refused.
func readSearch(v url.Values) (index.Request, error) {
	req := index.Request{
		Query: strings.TrimSpace(v.Get("q")), Theme: v.Get("theme"), Region: v.Get("region"),
		Departement: v.Get("departement"), Kind: v.Get("kind"), TerritoryKind: v.Get("territory-kind"),
		SignatoryKind: v.Get("signatory-kind"), By: v.Get("by"),
	}
	if n := len([]rune(req.Query)); n > maxQuery {
		return req, fmt.Errorf("la requête fait %d caractères ; au plus %d", n, maxQuery)
	}
	if req.Query == "*" {
		req.Query = ""
	}
	if req.Query != "" && strings.IndexFunc(req.Query, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return req, fmt.Errorf("la requête %q ne contient aucun mot à chercher (« * » demande tout)", inert(req.Query))
	}
	if y := v.Get("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil {
			return req, fmt.Errorf("année %q : un nombre est attendu", inert(y))
		}
		req.Year = n
	}
	return req, nil
}

// intParam reads a bounded positive number, def when absent.
func intParam(v url.Values, name string, def, max int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, fmt.Errorf("%s %q : un nombre de 1 à %d est attendu", name, inert(s), max)
	}
	return n, nil
}

// searchView is the Recherche page.
type searchView struct {
	frame
	Q                                       string
	Filters                                 map[string]string // the filters set, by parameter
	Themes, Kinds, TerritoryKinds, OrgKinds []string
	Regions                                 []string
	Error                                   string
	Searched                                bool
	Contracts                               int // contracts that match: what the facets count
	Rows                                    []rowView
	First, Last                             int
	Prev, Next                              string
	Facets                                  []facetView
	Active                                  []activeFilter
	API                                     string
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	view := searchView{frame: frame{Title: "Recherche", Nav: "search"}, Q: v.Get("q"), Filters: map[string]string{},
		Themes: rules.ThemeIDs, Kinds: []string{"cls", "protocole", "clsm"}, TerritoryKinds: rules.TerritoryKinds,
		OrgKinds: rules.OrgKinds}
	for _, reg := range rules.Default().Geo.Regions {
		view.Regions = append(view.Regions, reg.Name)
	}
	for _, p := range searchParams[1:] {
		if x := v.Get(p); x != "" {
			view.Filters[p] = x
		}
	}
	req, err := readSearch(v)
	page, perr := intParam(v, "page", 1, maxPage)
	if err == nil {
		err = perr
	}
	if err != nil {
		view.Error = err.Error()
		s.render(w, "search", http.StatusBadRequest, view)
		return
	}
	ix := s.index(w, r)
	if ix == nil {
		return
	}
	req.Limit = page * pageSize
	resp, err := ix.Search(req)
	var ue *index.UsageError
	if errors.As(err, &ue) {
		view.Error = inert(ue.Msg)
		s.render(w, "search", http.StatusBadRequest, view)
		return
	}
	if err != nil {
		s.failIndex(w, r, err)
		return
	}
	view.Searched = true
	fillResults(&view, v, resp, page)
	s.render(w, "search", http.StatusOK, view)
}
