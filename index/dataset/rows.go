package dataset

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// A cell is nil (no value: an empty CSV cell), a string, an int or a bool, so that
// each writer can type it (a number in a spreadsheet is a number).

// emitFunc receives one row of a table (tContracts, …).
type emitFunc func(table int, row []any) error

// contractRows gives every row one contract makes, each table's in order.
// The rows of a contract are written together, so the export reads each
// contract once and holds one at a time.
func contractRows(r *index.Record, geo *geography, emit emitFunc) error {
	c := &r.Contract
	if err := emit(tContracts, contractRow(r, geo)); err != nil {
		return err
	}
	for i, d := range sourceDocuments(r) {
		if err := emit(tSources, []any{c.ID, i + 1, d.Source, ptr(d.URL), ptr(d.Title)}); err != nil {
			return err
		}
	}
	for i, s := range c.Signatories {
		if err := emit(tSignatories, []any{c.ID, i + 1, s.Name, s.Kind}); err != nil {
			return err
		}
	}
	action := 0
	for i, a := range c.Axes {
		if err := emit(tAxes, []any{c.ID, i + 1, text(a.Number), a.Title, list(a.Themes), len(a.Objectives), len(a.Actions)}); err != nil {
			return err
		}
		for j, o := range a.Objectives {
			if err := emit(tObjectives, []any{c.ID, i + 1, j + 1, ptr(o.Number), o.Title, list(o.Themes)}); err != nil {
				return err
			}
		}
		for _, x := range a.Actions {
			action++
			if err := emit(tActions, actionRow(c.ID, action, i+1, x)); err != nil {
				return err
			}
		}
	}
	for _, x := range c.Actions {
		action++
		if err := emit(tActions, actionRow(c.ID, action, 0, x)); err != nil {
			return err
		}
	}
	for _, t := range themeCounts(c) {
		if err := emit(tThemes, []any{c.ID, t.id, ThemeTitle(t.id), t.axes, t.objectives, t.actions}); err != nil {
			return err
		}
	}
	for _, cf := range r.Conflicts {
		for i, alt := range append([]index.Alternative{cf.Chosen}, cf.Others...) {
			if err := emit(tConflicts, []any{c.ID, cf.Field, i + 1, alt.Value, i == 0, documentIndexes(alt.Evidence)}); err != nil {
				return err
			}
		}
	}
	return nil
}

// documentIndexes lists, each once, the documents (1-based, as in the
// sources table) that spans point into.
func documentIndexes(spans []extract.Span) any {
	var out []string
	seen := map[int]bool{}
	for _, s := range spans {
		if !seen[s.Doc] {
			seen[s.Doc] = true
			out = append(out, strconv.Itoa(s.Doc+1))
		}
	}
	return list(out)
}

// contractRow is the contract's row of the contracts table.
func contractRow(r *index.Record, geo *geography) []any {
	c := &r.Contract
	var population, deptName any
	if c.TerritoryCode != nil {
		if pop, ok := geo.population(*c.TerritoryCode); ok {
			population = pop
		}
	}
	if population == nil && c.Population != nil {
		population = *c.Population
	}
	if c.Departement != nil {
		if n, ok := geo.departementName(*c.Departement); ok {
			deptName = n
		}
	}
	objectives, actions := 0, c.ActionCount()
	for _, a := range c.Axes {
		objectives += len(a.Objectives)
	}
	return []any{c.ID, ptr(c.Territory), c.TerritoryKind, ptr(c.TerritoryCode), ptr(c.Departement), deptName, ptr(c.Region),
		population, c.Kind, num(c.Generation), ptr(c.Signed), signedYear(c.Signed), num(c.StartYear), num(c.EndYear),
		num(c.DurationYears), len(c.Signatories), len(c.Axes), objectives, actions, list(themeIDs(c)), list(sourceURLs(r))}
}

func actionRow(id string, index, axis int, x extract.Action) []any {
	var axisCell any
	if axis > 0 {
		axisCell = axis
	}
	return []any{id, index, axisCell, ptr(x.Number), x.Title, list(x.Leads), list(x.Steps), list(x.Themes)}
}

// themeCount is how many axes, objectives and actions of a contract carry a
// theme.
type themeCount struct {
	id                        string
	axes, objectives, actions int
}

// themeCounts counts, for each theme of a contract (its own list, and any
// theme of its items it would lack), the items whose title carries it; in
// the annotation guide's order, then unknown ids.
func themeCounts(c *extract.Contract) []themeCount {
	by := map[string]*themeCount{}
	var seen []string // every id, first seen first
	add := func(themes []string, f func(*themeCount)) {
		for _, t := range themes {
			if by[t] == nil {
				by[t] = &themeCount{id: t}
				seen = append(seen, t)
			}
			if f != nil {
				f(by[t])
			}
		}
	}
	add(c.Themes, nil)
	countAction := func(t *themeCount) { t.actions++ }
	for _, a := range c.Axes {
		add(a.Themes, func(t *themeCount) { t.axes++ })
		for _, o := range a.Objectives {
			add(o.Themes, func(t *themeCount) { t.objectives++ })
		}
		for _, x := range a.Actions {
			add(x.Themes, countAction)
		}
	}
	for _, x := range c.Actions {
		add(x.Themes, countAction)
	}
	var out []themeCount
	for _, id := range rules.ThemeIDs {
		if t, ok := by[id]; ok {
			out = append(out, *t)
			delete(by, id)
		}
	}
	for _, t := range seen { // ids outside the guide, first seen first
		if x, ok := by[t]; ok {
			out = append(out, *x)
			delete(by, t)
		}
	}
	return out
}

// themeIDs are the themes of a contract in the annotation guide's order,
// as the themes table lists them.
func themeIDs(c *extract.Contract) []string {
	var out []string
	for _, t := range themeCounts(c) {
		out = append(out, t.id)
	}
	return out
}

// signedYearRE is the year a signature date begins with.
var signedYearRE = regexp.MustCompile(`^[0-9]{4}`)

func signedYear(s *string) any {
	if s == nil {
		return nil
	}
	if y, err := strconv.Atoi(signedYearRE.FindString(*s)); err == nil {
		return y
	}
	return nil
}

// ptr is a string cell: nil for no value, and for an empty string (the
// records' unknown is null, never "").
func ptr(s *string) any {
	if s == nil || *s == "" {
		return nil
	}
	return *s
}

func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func num(n *int) any {
	if n == nil {
		return nil
	}
	return *n
}

// list joins a list's values in one cell; an empty list is no value.
func list(vs []string) any {
	if len(vs) == 0 {
		return nil
	}
	return strings.Join(vs, ListSeparator)
}
