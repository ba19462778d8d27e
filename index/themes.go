package index

import (
	"sort"

	"github.com/clsx/clsx/rules"
)

// Matrix is the territory × theme table: for each territory, how many axes
// and actions of its contracts carry each theme.
type Matrix struct {
	Themes []string    `json:"themes"` // the columns, in the annotation guide's order
	Rows   []MatrixRow `json:"rows"`
}

// MatrixRow is one territory's counts.
type MatrixRow struct {
	Territory     string         `json:"territory"`
	TerritoryCode string         `json:"territory_code,omitempty"`
	Departement   string         `json:"departement,omitempty"`
	Region        string         `json:"region,omitempty"`
	Contracts     []string       `json:"contracts"`
	Counts        map[string]int `json:"counts"` // theme → axes and actions carrying it
}

// ThemeMatrix counts the axes and actions of each theme, territory by
// territory. An axis counts for the themes of its title and of its
// objectives; an action, inside an axis or not, for the themes of its own
// title. Territories are grouped as search groups them (TerritoryKey) and
// sorted by région, then name.
func ThemeMatrix(recs []*Record) *Matrix {
	m := &Matrix{Themes: rules.ThemeIDs, Rows: []MatrixRow{}}
	byKey := map[string]int{}
	for _, r := range recs {
		k := TerritoryKey(&r.Contract)
		i, ok := byKey[k]
		if !ok {
			i = len(m.Rows)
			byKey[k] = i
			row := MatrixRow{Territory: deref(r.Territory), Contracts: []string{}, Counts: map[string]int{}}
			row.TerritoryCode, row.Departement, row.Region = deref(r.TerritoryCode), deref(r.Departement), regionOf(&r.Contract)
			for _, t := range rules.ThemeIDs {
				row.Counts[t] = 0
			}
			m.Rows = append(m.Rows, row)
		}
		row := &m.Rows[i]
		row.Contracts = append(row.Contracts, r.ID)
		count := func(themes []string) {
			for t := range set(themes) {
				row.Counts[t]++
			}
		}
		for _, a := range r.Axes {
			th := append([]string{}, a.Themes...)
			for _, o := range a.Objectives {
				th = append(th, o.Themes...)
			}
			count(th)
			for _, x := range a.Actions {
				count(x.Themes)
			}
		}
		for _, x := range r.Actions {
			count(x.Themes)
		}
	}
	sort.SliceStable(m.Rows, func(i, j int) bool {
		if m.Rows[i].Region != m.Rows[j].Region {
			return m.Rows[i].Region < m.Rows[j].Region
		}
		return rules.Fold(m.Rows[i].Territory) < rules.Fold(m.Rows[j].Territory)
	})
	return m
}
