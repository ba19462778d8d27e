package index

import (
	"fmt"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// Comparison sets two contracts side by side.
type Comparison struct {
	A *Record `json:"a"`
	B *Record `json:"b"`
	// Generations: two contracts of one territory, A the earlier; OnlyA is
	// then what B dropped and OnlyB what it added.
	Generations bool          `json:"generations"`
	Signatories []KindRow     `json:"signatories"` // by kind, in the annotation guide's order
	Themes      []ThemeRow    `json:"themes"`      // the axes (and actions outside axes) of each theme
	OnlyA       Differences   `json:"only_a"`
	OnlyB       Differences   `json:"only_b"`
	Shared      SharedSummary `json:"shared"`
}

// KindRow lists the signatories of one kind on each side.
type KindRow struct {
	Kind string   `json:"kind"`
	A    []string `json:"a"`
	B    []string `json:"b"`
}

// ThemeRow lists, for one theme, the items of each contract that carry it.
type ThemeRow struct {
	Theme string   `json:"theme"`
	A     []string `json:"a"`
	B     []string `json:"b"`
}

// Differences is what one contract has and the other lacks.
type Differences struct {
	Themes      []string `json:"themes"`
	Signatories []string `json:"signatories"`
	Items       []string `json:"items"` // axes, and actions outside any axis
}

// SharedSummary counts what both have.
type SharedSummary struct {
	Themes      []string `json:"themes"`
	Signatories int      `json:"signatories"`
	Items       int      `json:"items"`
}

// Compare sets two contracts side by side. Two contracts of one territory
// are read as generations: the earlier becomes A, whatever the order given.
func Compare(a, b *Record) *Comparison {
	if TerritoryKey(&a.Contract) == TerritoryKey(&b.Contract) && a.ID != b.ID {
		if startOf(b) < startOf(a) {
			a, b = b, a
		}
		return compare(a, b, true)
	}
	return compare(a, b, false)
}

func compare(a, b *Record, generations bool) *Comparison {
	c := &Comparison{A: a, B: b, Generations: generations, Signatories: []KindRow{}, Themes: []ThemeRow{}}
	for _, k := range rules.OrgKinds {
		row := KindRow{Kind: k, A: namesOfKind(a, k), B: namesOfKind(b, k)}
		if len(row.A)+len(row.B) > 0 {
			c.Signatories = append(c.Signatories, row)
		}
	}
	ia, ib := items(&a.Contract), items(&b.Contract)
	for _, t := range rules.ThemeIDs {
		row := ThemeRow{Theme: t, A: withTheme(ia, t), B: withTheme(ib, t)}
		if len(row.A)+len(row.B) > 0 {
			c.Themes = append(c.Themes, row)
		}
	}
	ta, tb := set(a.Themes), set(b.Themes)
	for _, t := range rules.ThemeIDs {
		switch {
		case ta[t] && tb[t]:
			c.Shared.Themes = append(c.Shared.Themes, t)
		case ta[t]:
			c.OnlyA.Themes = append(c.OnlyA.Themes, t)
		case tb[t]:
			c.OnlyB.Themes = append(c.OnlyB.Themes, t)
		}
	}
	c.OnlyA.Signatories, c.Shared.Signatories = unmatchedSignatories(a.Signatories, b.Signatories)
	c.OnlyB.Signatories, _ = unmatchedSignatories(b.Signatories, a.Signatories)
	c.OnlyA.Items, c.Shared.Items = unmatchedItems(ia, ib)
	c.OnlyB.Items, _ = unmatchedItems(ib, ia)
	return c
}

// item is an axis, or an action outside any axis, with every theme it and
// what it lists carry.
type item struct {
	label, title string
	themes       map[string]bool
}

func items(c *extract.Contract) []item {
	var out []item
	for i, a := range c.Axes {
		th := set(a.Themes)
		for _, o := range a.Objectives {
			for t := range set(o.Themes) {
				th[t] = true
			}
		}
		for _, x := range a.Actions {
			for t := range set(x.Themes) {
				th[t] = true
			}
		}
		n := a.Number
		if n == "" {
			n = fmt.Sprint(i + 1)
		}
		out = append(out, item{label: "axe " + n + " : " + a.Title, title: a.Title, themes: th})
	}
	for i, x := range c.Actions {
		n := deref(x.Number)
		if n == "" {
			n = fmt.Sprint(i + 1)
		}
		out = append(out, item{label: "action " + n + " : " + x.Title, title: x.Title, themes: set(x.Themes)})
	}
	return out
}

func withTheme(its []item, theme string) []string {
	out := []string{}
	for _, it := range its {
		if it.themes[theme] {
			out = append(out, it.label)
		}
	}
	return out
}

func namesOfKind(r *Record, kind string) []string {
	out := []string{}
	for _, s := range r.Signatories {
		if s.Kind == kind {
			out = append(out, s.Name)
		}
	}
	return out
}

// singleKinds are the kinds of which a territory has one institution: the
// ARS of the région, the préfecture, the CPAM… and the territory's own
// commune or intercommunality. Two contracts' signatories of such a kind
// play the same part, however each text names it: comparing Agen with
// Blois, both have their agglomeration.
var singleKinds = map[string]bool{"ars": true, "prefecture": true, "departement": true, "region": true,
	"cpam": true, "caf": true, "msa": true, "education": true, "epci": true, "commune": true}

// unmatchedSignatories returns the names in xs with no counterpart in ys, and
// how many have one.
func unmatchedSignatories(xs, ys []extract.Signatory) ([]string, int) {
	out := []string{}
	shared := 0
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if x.Kind == y.Kind && (singleKinds[x.Kind] || similar(x.Name, y.Name)) {
				found = true
				break
			}
		}
		if found {
			shared++
		} else {
			out = append(out, fmt.Sprintf("%s (%s)", x.Name, x.Kind))
		}
	}
	return out, shared
}

func unmatchedItems(xs, ys []item) ([]string, int) {
	out := []string{}
	shared := 0
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if similar(x.title, y.title) {
				found = true
				break
			}
		}
		if found {
			shared++
		} else {
			out = append(out, x.label)
		}
	}
	return out, shared
}

// similar: the two titles share most of their words (Dice coefficient of
// their content words ≥ 0.6), so a title reworded between two generations
// ("Favoriser l'accès aux soins" / "Faciliter l'accès aux soins de
// proximité") is one item, and two different themes are not.
func similar(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return rules.Fold(a) == rules.Fold(b)
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return 2*float64(common)/float64(len(wa)+len(wb)) >= 0.6
}

var minorWords = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true,
	"d": true, "et": true, "a": true, "au": true, "aux": true, "en": true, "pour": true, "sur": true, "un": true,
	"une": true, "dans": true, "par": true}

func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(rules.Fold(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if !minorWords[w] {
			out[strings.TrimSuffix(w, "s")] = true // "soins" and "soin" are one word
		}
	}
	return out
}

func set(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}
