package index

import (
	"fmt"
	"strings"

	"github.com/clsx/clsx/rules"
)

// normalize checks a request's filters and writes them as the index stores
// them: a région by its official name whatever name the user gave ("PACA"),
// a département by its code whatever the user gave ("Var", "83").
func (r *Request) normalize() error {
	geo := rules.Default().Geo
	if r.Region != "" {
		name, ok := geo.RegionByName(r.Region)
		if !ok {
			return &UsageError{Msg: fmt.Sprintf("unknown région %q", r.Region)}
		}
		r.Region = name
	}
	if r.Departement != "" {
		d, ok := geo.DepartementByCode(strings.TrimSpace(r.Departement))
		if !ok {
			d, ok = geo.DepartementByName(r.Departement)
		}
		if !ok {
			return &UsageError{Msg: fmt.Sprintf("unknown département %q (a code such as 47 or 2A, or a name)", r.Departement)}
		}
		r.Departement = d.Code
	}
	for _, f := range []struct {
		what  string
		value *string
		ids   []string
	}{
		{"theme", &r.Theme, rules.ThemeIDs},
		{"kind", &r.Kind, []string{"cls", "protocole", "clsm"}},
		{"territory kind", &r.TerritoryKind, rules.TerritoryKinds},
		{"signatory kind", &r.SignatoryKind, rules.OrgKinds},
	} {
		if *f.value == "" {
			continue
		}
		v := strings.ToLower(strings.TrimSpace(*f.value))
		found := false
		for _, id := range f.ids {
			found = found || id == v
		}
		if !found {
			return &UsageError{Msg: fmt.Sprintf("unknown %s %q (one of: %s)", f.what, *f.value, strings.Join(f.ids, ", "))}
		}
		*f.value = v
	}
	switch r.By {
	case "":
		r.By = "territory"
	case "territory", "contract", "axis", "action":
	default:
		return &UsageError{Msg: fmt.Sprintf("unknown grouping %q (one of: territory, contract, axis, action)", r.By)}
	}
	if r.Year != 0 && (r.Year < 1900 || r.Year > 2200) {
		return &UsageError{Msg: fmt.Sprintf("year %d out of range", r.Year)}
	}
	switch {
	case r.Limit == 0:
		r.Limit = 20
	case r.Limit < 0 || r.Limit > 1000:
		return &UsageError{Msg: fmt.Sprintf("limit %d out of range (1 to 1000)", r.Limit)}
	}
	return nil
}
