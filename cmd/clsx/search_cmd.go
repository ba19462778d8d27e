package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/clsx/clsx/index"
)

func cmdSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("search", stderr)
	dir := indexFlag(fs)
	var req index.Request
	fs.StringVar(&req.Theme, "theme", "", "only what carries this theme (an id of the annotation guide: sante_mentale, acces_soins…)")
	fs.StringVar(&req.Region, "region", "", "only contracts of this région (any name: Occitanie, PACA…)")
	fs.StringVar(&req.Departement, "departement", "", "only contracts of this département (code or name: 47, Lot-et-Garonne)")
	fs.StringVar(&req.Kind, "kind", "", "only contracts of this kind: cls, protocole, clsm")
	fs.StringVar(&req.TerritoryKind, "territory-kind", "", "only territories of this kind: commune, epci, pays, departement, quartier, other")
	fs.StringVar(&req.SignatoryKind, "signatory-kind", "", "only contracts with a signatory of this kind (ars, cpam, hospital…)")
	fs.IntVar(&req.Year, "year", 0, "only contracts in force that year (start ≤ YEAR ≤ end)")
	fs.StringVar(&req.By, "by", "territory", "one row per: territory, contract, axis, action")
	fs.IntVar(&req.Limit, "limit", 20, "rows shown")
	format := fs.String("format", "table", "output format: table|json|csv")
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	req.Query = strings.Join(fs.Args(), " ")
	if !validFormat(*format, "table|json|csv") || strings.TrimSpace(req.Query) == "" && req.Theme == "" && req.Region == "" &&
		req.Departement == "" && req.Kind == "" && req.TerritoryKind == "" && req.SignatoryKind == "" && req.Year == 0 {
		fmt.Fprintln(stderr, "usage: clsx search [QUERY] [--theme T] [--region R] [--departement D] [--kind K] [--year Y] [--signatory-kind S] [--by territory|contract|axis|action] [--limit N] [--format table|json|csv]")
		return exitUsage
	}
	req.NoFacets = *format == "csv" // a CSV has nowhere to put them
	ix, ok := openIndex(*dir, stderr)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	resp, err := ix.Search(req)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return errorCode(err)
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(resp); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
	default:
		style := styleMarkers
		switch {
		case *format == "csv":
			style = stylePlain
		case isTerminal(stdout):
			style = styleANSI
		}
		header, rows := searchRows(resp, style)
		if err := writeRows(stdout, *format, header, rows); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		if *format == "table" {
			writeFacets(stderr, resp)
		}
	}
	return exitOK
}

// highlight styles: bold on a terminal, [[…]] in a pipe (still readable,
// and greppable), nothing where the text is data (CSV, JSON: the marks are
// given apart there).
type highlightStyle int

const (
	stylePlain highlightStyle = iota
	styleMarkers
	styleANSI
)

// render writes a text with its marks in a style.
func render(t index.Text, style highlightStyle) string {
	if style == stylePlain || len(t.Marks) == 0 {
		return t.Text
	}
	open, close := "[[", "]]"
	if style == styleANSI {
		open, close = "\x1b[1m", "\x1b[0m"
	}
	r := []rune(t.Text)
	var b strings.Builder
	pos := 0
	for _, m := range t.Marks {
		if m[0] < pos || m[1] > len(r) || m[0] >= m[1] {
			continue
		}
		b.WriteString(string(r[pos:m[0]]))
		b.WriteString(open + string(r[m[0]:m[1]]) + close)
		pos = m[1]
	}
	b.WriteString(string(r[pos:]))
	return b.String()
}

// maxMatchesShown bounds the matches listed in a table cell.
const maxMatchesShown = 4

func searchRows(resp *index.Response, style highlightStyle) ([]string, [][]string) {
	header := []string{"territory", "code", "dep", "contracts", "period", "matches", "score"}
	var rows [][]string
	for _, g := range resp.Groups {
		var ids, periods []string
		for _, c := range g.Contracts {
			ids = append(ids, c.ID)
			periods = append(periods, period(c.StartYear, c.EndYear))
		}
		var ms []string
		for i, m := range g.Matches {
			if i == maxMatchesShown && style != stylePlain {
				ms = append(ms, fmt.Sprintf("(+%d)", len(g.Matches)-i))
				break
			}
			ms = append(ms, matchText(m, style))
		}
		rows = append(rows, []string{dash(g.Territory), dash(g.TerritoryCode), dash(g.Departement),
			strings.Join(ids, " "), strings.Join(periods, " "), strings.Join(ms, " · "), fmt.Sprintf("%.2f", g.Score)})
	}
	return header, rows
}

// matchText says what matched: "axe 2: …", "action 1.3: …", or the territory
// or party of a contract.
func matchText(m index.Match, style highlightStyle) string {
	title := render(m.Title, style)
	label := ""
	switch m.Type {
	case "axis":
		label = "axe " + m.Number
	case "action":
		label = "action " + m.Number
		if m.Axis != "" {
			label = "action " + m.Axis + "." + m.Number
		}
	case "contract":
		if m.Context != nil {
			return "partie: " + render(*m.Context, style)
		}
		return "territoire: " + title
	}
	s := strings.TrimSpace(label) + ": " + title
	if m.Context != nil {
		s += " (" + render(*m.Context, style) + ")"
	}
	return s
}

func period(start, end string) string {
	if start == "" && end == "" {
		return "?"
	}
	return strings.TrimLeft(dashOr(start, "?"), "0") + "–" + strings.TrimLeft(dashOr(end, "?"), "0")
}

func dashOr(s, or string) string {
	if s == "" {
		return or
	}
	return s
}

func dash(s string) string { return dashOr(s, "-") }

// writeFacets prints the facet counts for a person, one field a line.
func writeFacets(w io.Writer, resp *index.Response) {
	fmt.Fprintf(w, "%d contracts match", resp.Contracts)
	if len(resp.Groups) == 0 {
		fmt.Fprint(w, "; nothing to show")
	}
	fmt.Fprintln(w)
	for _, f := range resp.Facets {
		var vs []string
		for i, v := range f.Values {
			if i == 12 {
				vs = append(vs, fmt.Sprintf("… (%d more)", len(f.Values)-i))
				break
			}
			vs = append(vs, fmt.Sprintf("%s %d", v.Value, v.Count))
		}
		fmt.Fprintf(w, "  %-15s %s\n", f.Field+":", strings.Join(vs, ", "))
	}
}
