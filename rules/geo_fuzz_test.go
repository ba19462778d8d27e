package rules_test

import (
	"testing"

	"github.com/clsx/clsx/rules"
	"github.com/clsx/clsx/rules/fuzzlimit"
)

// Territory names come from documents: the name keys never panic and are
// stable (a key's key is itself), and resolving never panics nor returns a
// place without a code.
func FuzzGeoNames(f *testing.F) {
	for _, s := range []string{"Agglomération d'Agen", "CA de Blois ''Agglopolys''", "la commune d'Apt", "St-Étienne",
		"Sainte-Marie", "L’Isle-Jourdain", "Communauté de Communes", "\xff", "''", `"x"`, "œuvre", "ÇA"} {
		f.Add(s, "", "", "commune")
	}
	f.Add("Valence", "26", "Auvergne-Rhône-Alpes", "")
	f.Add("Lozère", "", "Occitanie", "departement")
	o := rules.OfficialGeography()
	f.Fuzz(func(t *testing.T, name, dept, region, kind string) {
		fuzzlimit.Run(t, func() {
			for _, key := range []func(string) string{rules.CommuneKey, rules.EPCIKey} {
				k := key(name)
				if key(k) != k {
					t.Fatalf("%q: key %q, its key %q", name, k, key(k))
				}
			}
			p, ok := o.Resolve(name, rules.Where{Kind: kind, Departement: dept, Region: region})
			if ok && (p == nil || p.Code == "" || p.Departement == "") {
				t.Fatalf("%q: resolved to %+v", name, p)
			}
		})
	})
}
