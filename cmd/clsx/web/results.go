package web

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// rowView is one territory of a search's answer.
type rowView struct {
	Territory, Code, Departement, Region string
	Contracts                            []refView
	Matches                              []matchView
	More                                 int // matches not listed
}

// refView is a contract a row names.
type refView struct {
	ID, Kind, Generation, Period string
}

// matchView is what matched in a row: an axis, an action, the territory or
// a party, with the query's words marked, and where it is on the contract
// page.
type matchView struct {
	Label    string
	Title    []segment
	Context  []segment
	Contract string
	Anchor   string
}

// facetView is one facet's values, each a link that adds its filter.
type facetView struct {
	Field  string
	Values []facetValue
	More   int
}

type facetValue struct {
	Label, Link string
	Count       int
	Active      bool
}

// activeFilter is a filter in force, with the link that removes it.
type activeFilter struct {
	Label, Value, Remove string
}

// link is the search page's URL for parameters v with one changed ("" to
// remove it); a filter changed starts again at the first page.
func link(v url.Values, name, value string) string {
	out := url.Values{}
	for _, p := range searchParams {
		if x := v.Get(p); x != "" {
			out.Set(p, x)
		}
	}
	if p := v.Get("page"); p != "" && name == "page" {
		out.Set("page", p)
	}
	if value == "" {
		out.Del(name)
	} else {
		out.Set(name, value)
	}
	if len(out) == 0 {
		return "/"
	}
	return "/?" + out.Encode()
}

func fillResults(view *searchView, v url.Values, resp *index.Response, page int) {
	view.Contracts = resp.Contracts
	api := url.Values{}
	for _, p := range searchParams {
		if x := v.Get(p); x != "" {
			api.Set(p, x)
		}
	}
	view.API = "/api/search?" + api.Encode()
	from := (page - 1) * pageSize
	for i := from; i < len(resp.Groups); i++ {
		view.Rows = append(view.Rows, rowOf(resp.Groups[i]))
	}
	if len(view.Rows) > 0 {
		view.First, view.Last = from+1, from+len(view.Rows)
	}
	if page > 1 {
		view.Prev = link(v, "page", itoa(page-1))
	}
	if len(resp.Groups) == page*pageSize && page < maxPage {
		view.Next = link(v, "page", itoa(page+1))
	}
	for _, f := range resp.Facets {
		fv := facetView{Field: f.Field}
		param := facetParams[f.Field]
		for i, x := range f.Values {
			if i == maxFacetsUI {
				fv.More = len(f.Values) - i
				break
			}
			val := facetValue{Label: facetValueLabel(f.Field, x.Value), Count: x.Count}
			if param != "" {
				val.Active = v.Get(param) == x.Value
				val.Link = link(v, param, x.Value)
			}
			fv.Values = append(fv.Values, val)
		}
		view.Facets = append(view.Facets, fv)
	}
	for _, p := range searchParams[1:] {
		if x := v.Get(p); x != "" {
			name := p
			for field, param := range facetParams {
				if param == p {
					name = labelOr(facetLabels, field)
				}
			}
			if p == "year" {
				name = "En vigueur en"
			}
			view.Active = append(view.Active, activeFilter{Label: name, Value: facetValueLabel(strings.ReplaceAll(p, "-", "_"), x), Remove: link(v, p, "")})
		}
	}
}

// facetValueLabel is a facet value as a page shows it.
func facetValueLabel(field, value string) string {
	switch field {
	case "theme":
		return labelOr(themeLabels, value)
	case "kind", "territory_kind", "signatory_kind":
		return labelOr(kindLabels, value)
	case "departement":
		if d, ok := rules.Default().Geo.DepartementByCode(value); ok {
			return d.Code + " " + d.Name
		}
	}
	return inert(value)
}

func rowOf(g index.Group) rowView {
	row := rowView{Territory: g.Territory, Code: g.TerritoryCode, Departement: g.Departement, Region: g.Region, More: g.MoreMatches}
	for _, c := range g.Contracts {
		row.Contracts = append(row.Contracts, refView{ID: c.ID, Kind: c.Kind, Generation: c.Generation, Period: period(c.StartYear, c.EndYear)})
	}
	for _, m := range g.Matches {
		mv := matchView{Title: segments(m.Title.Text, m.Title.Marks), Contract: m.Contract}
		switch m.Type {
		case "axis":
			mv.Label, mv.Anchor = "Axe "+m.Number, "axe-"+m.Number
		case "action":
			mv.Label, mv.Anchor = "Action "+m.Number, "action-"+m.Number
			if m.Axis != "" {
				mv.Label, mv.Anchor = "Action "+m.Axis+"."+m.Number, "action-"+m.Axis+"."+m.Number
			}
		case "contract":
			mv.Label = "Territoire"
			if m.Context != nil {
				mv.Label = "Partie"
			}
		}
		if m.Context != nil {
			mv.Context = segments(m.Context.Text, m.Context.Marks)
		}
		row.Matches = append(row.Matches, mv)
	}
	return row
}

// period is "2019–2023", with "?" for a year not known.
func period(start, end string) string {
	if start == "" && end == "" {
		return ""
	}
	or := func(s string) string {
		if s == "" {
			return "?"
		}
		return s
	}
	return or(start) + "–" + or(end)
}

func itoa(n int) string { return strconv.Itoa(n) }
