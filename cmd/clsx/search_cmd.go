package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/clsx/clsx/index"
	"github.com/spf13/cobra"
)

// searchLong documents the query language.
const searchLong = `Find territories, contracts, axes and actions in the index (clsx index
builds it): one row per territory (--by contract, axis or action for
others), best first, with what matched; facet counts follow on standard
error (table) or in the JSON.

The query:
  sante mentale        words: what holds them all (accents and case do not
                       matter; plurals and other forms of a word match)
  "sante mentale"      a phrase: these words in this order
  -tabac               exclusion: nothing that holds the word (after --:
                       clsx search -- -tabac, so that it is no flag)
  *                    everything (quote it from the shell: '*'); no query
                       at all means the same
Filters narrow any query: --theme, --region, --departement, --kind,
--territory-kind, --signatory-kind, --year. A query of punctuation only
holds no word and is refused.`

// newSearchCmd is `clsx search`: the index asked.
func newSearchCmd(s *streams) *cobra.Command {
	var req index.Request
	var indexDir string
	var out *outputFlags
	c := &cobra.Command{
		Use:   "search [QUERY...]",
		Short: "find territories, contracts, axes and actions",
		Long:  searchLong,
		Example: `  clsx search --theme sante_mentale
  clsx search "sante mentale" --region Occitanie
  clsx search addictions -- -tabac
  clsx search --by action logement --limit 50 --format csv`,
		RunE: func(c *cobra.Command, args []string) error {
			req.Query = strings.Join(args, " ")
			if err := out.check(); err != nil {
				return err
			}
			if req.Limit < 1 {
				return usageErrorf("--limit %d: at least 1", req.Limit)
			}
			return exitWith(runSearch(req, indexDir, out, s))
		},
	}
	addIndexFlag(c, &indexDir)
	f := c.Flags()
	f.StringVar(&req.Theme, "theme", "", "only what carries this `THEME` (an id of the annotation guide: sante_mentale, acces_soins…)")
	f.StringVar(&req.Region, "region", "", "only contracts of this `REGION` (any name: Occitanie, PACA…)")
	f.StringVar(&req.Departement, "departement", "", "only contracts of this département (`CODE` or name: 47, Lot-et-Garonne)")
	f.StringVar(&req.Kind, "kind", "", "only contracts of this `KIND`: cls, protocole, clsm")
	f.StringVar(&req.TerritoryKind, "territory-kind", "", "only territories of this `KIND`: commune, epci, pays, departement, quartier, other")
	f.StringVar(&req.SignatoryKind, "signatory-kind", "", "only contracts with a signatory of this `KIND` (ars, cpam, hospital…)")
	f.IntVar(&req.Year, "year", 0, "only contracts in force in `YEAR` (start ≤ YEAR ≤ end)")
	f.StringVar(&req.By, "by", "territory", "one row per `ROW`: territory, contract, axis, action")
	f.IntVar(&req.Limit, "limit", 20, "rows shown, at most `N`")
	c.RegisterFlagCompletionFunc("by", cobra.FixedCompletions([]string{"territory", "contract", "axis", "action"}, cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions([]string{"cls", "protocole", "clsm"}, cobra.ShellCompDirectiveNoFileComp))
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

func runSearch(req index.Request, dir string, out *outputFlags, s *streams) int {
	stdout, stderr := s.out, s.err
	if strings.TrimSpace(req.Query) == "*" {
		req.Query = "" // everything, as no query at all
	}
	if !hasWord(req.Query) && strings.TrimSpace(req.Query) != "" {
		fmt.Fprintf(stderr, "clsx: search: the query %q holds no word to look for ('*' asks for everything)\n", termSafe(req.Query))
		return exitUsage
	}
	format := out.format
	req.NoFacets = format == "csv" // a CSV has nowhere to put them
	ix, ok := openIndex(dir, stderr)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	resp, err := ix.Search(req)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return errorCode(err)
	}
	switch format {
	case "json":
		if resp.Clauses == nil {
			resp.Clauses = []index.Clause{} // one type per field: a list, even empty
		}
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
		case format == "csv":
			style = stylePlain
		case s.colour():
			style = styleANSI
		}
		header, rows := searchRows(resp, style)
		if err := writeRows(stdout, format, header, rows, s.fit(out)); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		if format == "table" && !s.quiet {
			writeFacets(stderr, resp, req.Limit)
		}
	}
	return exitOK
}

// hasWord reports whether a query holds a letter or a digit: one made of
// punctuation only would match everything.
func hasWord(q string) bool {
	return strings.IndexFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
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
		open, close = string(markOpen), string(markClose) // bold, once the cell is cut
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
func writeFacets(w io.Writer, resp *index.Response, limit int) {
	fmt.Fprintf(w, "%d contracts match", resp.Contracts)
	switch {
	case len(resp.Groups) == 0:
		fmt.Fprint(w, "; nothing to show")
	case len(resp.Groups) == limit:
		fmt.Fprintf(w, "; the first %d %s rows shown (--limit N shows more)", limit, resp.By)
	}
	fmt.Fprintln(w)
	for _, f := range resp.Facets {
		var vs []string
		for i, v := range f.Values {
			if i == 12 {
				vs = append(vs, fmt.Sprintf("… (%d more)", len(f.Values)-i))
				break
			}
			vs = append(vs, fmt.Sprintf("%s %d", termSafe(v.Value), v.Count))
		}
		fmt.Fprintf(w, "  %-15s %s\n", termSafe(f.Field)+":", strings.Join(vs, ", "))
	}
}
