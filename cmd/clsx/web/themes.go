package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// maxMatrixRows bounds the territories the Thèmes page shows; the CSV
// holds them all.
const maxMatrixRows = 500

// matrix reads the territory × theme matrix of the request's région and
// département, as clsx themes does.
func (s *Server) matrix(w http.ResponseWriter, r *http.Request) (*index.Matrix, bool) {
	ix := s.index(w, r)
	if ix == nil {
		return nil, false
	}
	q := r.URL.Query()
	m, err := s.themeMatrix(ix, q.Get("region"), q.Get("departement"))
	if err != nil {
		s.failIndex(w, r, err)
		return nil, false
	}
	return m, true
}

// themesView is the Thèmes page: a heatmap, one row per territory.
type themesView struct {
	frame
	Region, Departement string
	Regions             []string
	Themes              []string
	Rows                []matrixRow
	Total, Hidden       int
	CSV, API            string
}

type matrixRow struct {
	Territory, Departement, Region, Link string
	Contracts                            int
	Cells                                []matrixCell
}

type matrixCell struct {
	Count int
	Class string
	Link  string // the territory's axes and actions of the theme
}

func (s *Server) themesPage(w http.ResponseWriter, r *http.Request) {
	m, ok := s.matrix(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	v := themesView{frame: frame{Title: "Thèmes", Nav: "themes"}, Region: q.Get("region"), Departement: q.Get("departement"),
		Themes: m.Themes, Total: len(m.Rows)}
	for _, reg := range rules.Default().Geo.Regions {
		v.Regions = append(v.Regions, reg.Name)
	}
	filters := url.Values{}
	for _, p := range []string{"region", "departement"} {
		if x := q.Get(p); x != "" {
			filters.Set(p, x)
		}
	}
	v.CSV, v.API = "/themes.csv", "/api/themes"
	if len(filters) > 0 {
		v.CSV += "?" + filters.Encode()
		v.API += "?" + filters.Encode()
	}
	for i, row := range m.Rows {
		if i == maxMatrixRows {
			v.Hidden = len(m.Rows) - i
			break
		}
		mr := matrixRow{Territory: row.Territory, Departement: row.Departement, Region: row.Region, Contracts: len(row.Contracts)}
		if len(row.Contracts) > 0 {
			mr.Link = "/contrats/" + url.PathEscape(row.Contracts[len(row.Contracts)-1])
		}
		for _, t := range m.Themes {
			n := row.Counts[t]
			cell := matrixCell{Count: n, Class: heatClass(n)}
			if n > 0 && len(row.Contracts) > 0 {
				cell.Link = mr.Link
			}
			mr.Cells = append(mr.Cells, cell)
		}
		v.Rows = append(v.Rows, mr)
	}
	s.render(w, "themes", http.StatusOK, v)
}

// heatClass is a count's colour class: none, 1, 2, 3–4, 5 or more.
func heatClass(n int) string {
	switch {
	case n == 0:
		return "h0"
	case n == 1:
		return "h1"
	case n == 2:
		return "h2"
	case n <= 4:
		return "h3"
	}
	return "h4"
}

// themesCSV is the matrix as clsx themes --format csv writes it, except
// that a cell a spreadsheet would read as a formula (=, +, -, @) is
// prefixed with an apostrophe: this file is made to be opened in one.
func (s *Server) themesCSV(w http.ResponseWriter, r *http.Request) {
	m, ok := s.matrix(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="clsx-themes.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(append([]string{"territory", "territory_code", "departement", "region", "contracts"}, m.Themes...))
	for _, row := range m.Rows {
		rec := []string{cell(row.Territory), cell(row.TerritoryCode), cell(row.Departement), cell(row.Region), cell(strings.Join(row.Contracts, " "))}
		for _, t := range m.Themes {
			rec = append(rec, strconv.Itoa(row.Counts[t]))
		}
		cw.Write(rec)
	}
	cw.Flush()
}

func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
