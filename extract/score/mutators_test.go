package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// ---------------------------------------------------------------------------
// 2. The whole scorer against clsscore.py.

type goldDoc struct {
	base string
	raw  map[string]any
}

func loadGolds(t testing.TB) []goldDoc {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(goldDir, "*.gold.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no gold files in %s: %v", goldDir, err)
	}
	sort.Strings(names)
	var out []goldDoc
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&raw); err != nil {
			t.Fatal(err)
		}
		out = append(out, goldDoc{strings.TrimSuffix(filepath.Base(n), ".gold.json"), raw})
	}
	return out
}

// deepCopy copies a value decoded by encoding/json.
func deepCopy(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	}
	return v
}

type contract = map[string]any

// mutator perturbs one predicted contract.
type mutator struct {
	name string
	f    func(c contract, rng *rand.Rand)
}

var accentFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "â", "a", "ç", "c",
	"ô", "o", "î", "i", "ï", "i", "û", "u", "É", "E", "’", "'")

func str(v any) string { s, _ := v.(string); return s }

func truncRunes(s string, frac float64) string {
	rs := []rune(s)
	return string(rs[:int(float64(len(rs))*frac)])
}

// onTitles applies f to every string of a list (or to the "title" of
// objects in it).
func onTitles(v any, f func(string) any) {
	list, _ := v.([]any)
	for i, e := range list {
		switch x := e.(type) {
		case string:
			list[i] = f(x)
		case map[string]any:
			if s, ok := x["title"].(string); ok {
				x["title"] = f(s)
			}
		}
	}
}

func axes(c contract) []map[string]any {
	var out []map[string]any
	list, _ := c["axes"].([]any)
	for _, a := range list {
		if m, ok := a.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func signatories(c contract) []map[string]any {
	var out []map[string]any
	list, _ := c["signatories"].([]any)
	for _, a := range list {
		if m, ok := a.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func yearOf(v any) int {
	var y int
	fmt.Sscanf(fmt.Sprint(v), "%d", &y)
	return y
}

func dropFirst(v any) any {
	if l, ok := v.([]any); ok && len(l) > 0 {
		return l[1:]
	}
	return v
}

func reversed(v any) any {
	l, ok := v.([]any)
	if !ok {
		return v
	}
	out := make([]any, len(l))
	for i, e := range l {
		out[len(l)-1-i] = e
	}
	return out
}

var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

var mutators = []mutator{
	// territory
	{"territory-no-accents", func(c contract, _ *rand.Rand) { c["territory"] = accentFolder.Replace(str(c["territory"])) }},
	{"territory-upper", func(c contract, _ *rand.Rand) { c["territory"] = strings.ToUpper(str(c["territory"])) }},
	{"territory-cc-prefix", func(c contract, _ *rand.Rand) { c["territory"] = "Communauté de communes " + str(c["territory"]) }},
	{"territory-ville-prefix", func(c contract, _ *rand.Rand) { c["territory"] = "Ville de " + str(c["territory"]) }},
	{"territory-ca-prefix", func(c contract, _ *rand.Rand) { c["territory"] = "CA du " + str(c["territory"]) }},
	{"territory-extra-word", func(c contract, _ *rand.Rand) { c["territory"] = str(c["territory"]) + " Nord" }},
	{"territory-hyphens", func(c contract, _ *rand.Rand) { c["territory"] = strings.ReplaceAll(str(c["territory"]), " ", "-") }},
	{"territory-curly-quote", func(c contract, _ *rand.Rand) { c["territory"] = strings.ReplaceAll(str(c["territory"]), "'", "’") }},
	{"territory-truncate", func(c contract, _ *rand.Rand) { c["territory"] = truncRunes(str(c["territory"]), 0.6) }},
	{"territory-other", func(c contract, _ *rand.Rand) { c["territory"] = "Briançon" }},
	{"territory-type-only", func(c contract, _ *rand.Rand) { c["territory"] = "Communauté d'agglomération" }},
	{"territory-empty", func(c contract, _ *rand.Rand) { c["territory"] = "" }},
	{"territory-null", func(c contract, _ *rand.Rand) { c["territory"] = nil }},
	{"territory-delete", func(c contract, _ *rand.Rand) { delete(c, "territory") }},
	// years and generation
	{"start-year-plus1", func(c contract, _ *rand.Rand) { c["start_year"] = yearOf(c["start_year"]) + 1 }},
	{"start-year-string", func(c contract, _ *rand.Rand) { c["start_year"] = fmt.Sprint(c["start_year"]) }},
	{"start-year-float", func(c contract, _ *rand.Rand) { c["start_year"] = json.Number(fmt.Sprint(c["start_year"]) + ".0") }},
	{"start-year-spaced", func(c contract, _ *rand.Rand) { c["start_year"] = " " + fmt.Sprint(c["start_year"]) + "\n" }},
	{"start-year-arabic", func(c contract, _ *rand.Rand) { c["start_year"] = "٢٠١٩" }},
	{"start-year-underscore", func(c contract, _ *rand.Rand) { c["start_year"] = "2_019" }},
	{"start-year-null", func(c contract, _ *rand.Rand) { c["start_year"] = nil }},
	{"start-year-delete", func(c contract, _ *rand.Rand) { delete(c, "start_year") }},
	{"end-year-plus1", func(c contract, _ *rand.Rand) { c["end_year"] = yearOf(c["end_year"]) + 1 }},
	{"end-year-null", func(c contract, _ *rand.Rand) { c["end_year"] = nil }},
	{"end-year-set", func(c contract, _ *rand.Rand) { c["end_year"] = 2030 }},
	{"duration-plus1", func(c contract, _ *rand.Rand) { c["duration_years"] = yearOf(c["duration_years"]) + 1 }},
	{"duration-null", func(c contract, _ *rand.Rand) { c["duration_years"] = nil }},
	{"duration-computed", func(c contract, _ *rand.Rand) {
		c["duration_years"] = yearOf(c["end_year"]) - yearOf(c["start_year"])
	}},
	{"generation-string", func(c contract, _ *rand.Rand) { c["generation"] = "1" }},
	{"generation-float", func(c contract, _ *rand.Rand) { c["generation"] = json.Number("1.5") }},
	{"generation-bool", func(c contract, _ *rand.Rand) { c["generation"] = true }},
	{"generation-null", func(c contract, _ *rand.Rand) { c["generation"] = nil }},
	{"generation-2", func(c contract, _ *rand.Rand) { c["generation"] = 2 }},
	// signed
	{"signed-year", func(c contract, _ *rand.Rand) {
		if s := str(c["signed"]); len(s) >= 4 {
			c["signed"] = s[:4]
		}
	}},
	{"signed-month", func(c contract, _ *rand.Rand) {
		if s := str(c["signed"]); len(s) >= 7 {
			c["signed"] = s[:7]
		} else {
			c["signed"] = s + "-12"
		}
	}},
	{"signed-day", func(c contract, _ *rand.Rand) {
		if s := str(c["signed"]); len(s) == 4 {
			c["signed"] = s + "-06-15"
		} else if len(s) == 7 {
			c["signed"] = s + "-01"
		}
	}},
	{"signed-other-year", func(c contract, _ *rand.Rand) {
		c["signed"] = fmt.Sprint(yearOf(c["signed"])+1) + str(c["signed"])[min(4, len(str(c["signed"]))):]
	}},
	{"signed-int", func(c contract, _ *rand.Rand) { c["signed"] = yearOf(c["signed"]) }},
	{"signed-null", func(c contract, _ *rand.Rand) { c["signed"] = nil }},
	{"signed-set", func(c contract, _ *rand.Rand) { c["signed"] = "2019-12" }},
	// other scalars
	{"kind-protocole", func(c contract, _ *rand.Rand) { c["kind"] = "protocole" }},
	{"kind-upper", func(c contract, _ *rand.Rand) { c["kind"] = strings.ToUpper(str(c["kind"])) }},
	{"kind-null", func(c contract, _ *rand.Rand) { c["kind"] = nil }},
	{"kind-bool", func(c contract, _ *rand.Rand) { c["kind"] = true }},
	{"territory-kind-commune", func(c contract, _ *rand.Rand) { c["territory_kind"] = "commune" }},
	{"territory-kind-null", func(c contract, _ *rand.Rand) { c["territory_kind"] = nil }},
	{"region-lower", func(c contract, _ *rand.Rand) { c["region"] = strings.ToLower(str(c["region"])) }},
	{"region-no-accents", func(c contract, _ *rand.Rand) { c["region"] = accentFolder.Replace(str(c["region"])) }},
	{"region-spaces", func(c contract, _ *rand.Rand) { c["region"] = strings.ReplaceAll(str(c["region"]), "-", " ") }},
	{"region-null", func(c contract, _ *rand.Rand) { c["region"] = nil }},
	{"region-delete", func(c contract, _ *rand.Rand) { delete(c, "region") }},
	{"region-other", func(c contract, _ *rand.Rand) { c["region"] = "Occitanie" }},
	{"region-list", func(c contract, _ *rand.Rand) { c["region"] = []any{"Occitanie", 1} }},
	// signatories
	{"sig-drop-first", func(c contract, _ *rand.Rand) { c["signatories"] = dropFirst(c["signatories"]) }},
	{"sig-reverse", func(c contract, _ *rand.Rand) { c["signatories"] = reversed(c["signatories"]) }},
	{"sig-dup-first", func(c contract, _ *rand.Rand) {
		if l, _ := c["signatories"].([]any); len(l) > 0 {
			c["signatories"] = append(l, deepCopy(l[0]))
		}
	}},
	{"sig-add", func(c contract, _ *rand.Rand) {
		l, _ := c["signatories"].([]any)
		c["signatories"] = append(l, map[string]any{"name": "Conseil départemental de la Gironde", "kind": "departement"})
	}},
	{"sig-article", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			s["name"] = "la " + str(s["name"])
		}
	}},
	{"sig-upper", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			s["name"] = strings.ToUpper(str(s["name"]))
		}
	}},
	{"sig-typo", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			rs := []rune(str(s["name"]))
			if len(rs) > 2 {
				s["name"] = string(rs[:len(rs)/2]) + string(rs[len(rs)/2+1:])
			}
		}
	}},
	{"sig-truncate", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			s["name"] = truncRunes(str(s["name"]), 0.5)
		}
	}},
	{"sig-kind-change", func(c contract, _ *rand.Rand) {
		if s := signatories(c); len(s) > 0 {
			s[0]["kind"] = "other"
		}
	}},
	{"sig-kind-delete", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			delete(s, "kind")
		}
	}},
	{"sig-name-null", func(c contract, _ *rand.Rand) {
		if s := signatories(c); len(s) > 0 {
			s[0]["name"] = nil
		}
	}},
	{"sig-empty", func(c contract, _ *rand.Rand) { c["signatories"] = []any{} }},
	{"sig-null", func(c contract, _ *rand.Rand) { c["signatories"] = nil }},
	// axes and objectives
	{"axes-drop-first", func(c contract, _ *rand.Rand) { c["axes"] = dropFirst(c["axes"]) }},
	{"axes-reverse", func(c contract, _ *rand.Rand) { c["axes"] = reversed(c["axes"]) }},
	{"axes-truncate", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["title"] = truncRunes(str(a["title"]), 0.7)
		}
	}},
	{"axes-number-prefix", func(c contract, _ *rand.Rand) {
		for i, a := range axes(c) {
			a["title"] = fmt.Sprintf("Axe %d : %s", i+1, str(a["title"]))
		}
	}},
	{"axes-roman-prefix", func(c contract, _ *rand.Rand) {
		for i, a := range axes(c) {
			a["title"] = "AXE STRATÉGIQUE " + romans[i%len(romans)] + " – " + strings.ToUpper(str(a["title"]))
		}
	}},
	{"axes-title-null", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["title"] = nil
		}
	}},
	{"axes-empty", func(c contract, _ *rand.Rand) { c["axes"] = []any{} }},
	{"axes-null", func(c contract, _ *rand.Rand) { c["axes"] = nil }},
	{"obj-objects", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			l, _ := a["objectives"].([]any)
			for i, o := range l {
				l[i] = map[string]any{"number": fmt.Sprint(i + 1), "title": o, "themes": []any{}}
			}
		}
	}},
	{"obj-drop-first", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["objectives"] = dropFirst(a["objectives"])
		}
	}},
	{"obj-truncate", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			onTitles(a["objectives"], func(s string) any { return truncRunes(s, 0.6) })
		}
	}},
	{"obj-prefix", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			onTitles(a["objectives"], func(s string) any { return "Objectif opérationnel 1.2 : " + s })
		}
	}},
	{"obj-string-field", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["objectives"] = "abc"
		}
	}},
	// actions
	{"act-objects", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			l, _ := a["actions"].([]any)
			for i, x := range l {
				l[i] = map[string]any{"number": fmt.Sprint(i + 1), "title": x, "leads": []any{}}
			}
		}
	}},
	{"act-flatten", func(c contract, _ *rand.Rand) {
		flat, _ := c["actions"].([]any)
		for _, a := range axes(c) {
			l, _ := a["actions"].([]any)
			flat = append(flat, l...)
			a["actions"] = []any{}
		}
		c["actions"] = flat
	}},
	{"act-gold-dup", func(c contract, _ *rand.Rand) {
		flat, _ := c["actions"].([]any)
		for _, a := range axes(c) {
			l, _ := a["actions"].([]any)
			flat = append(flat, deepCopy(l).([]any)...)
		}
		c["actions"] = flat
	}},
	{"act-flat-objects", func(c contract, _ *rand.Rand) {
		l, _ := c["actions"].([]any)
		for i, x := range l {
			l[i] = map[string]any{"title": x}
		}
	}},
	{"act-prefix", func(c contract, _ *rand.Rand) {
		n := 0
		f := func(s string) any { n++; return fmt.Sprintf("Fiche action n°%d - %s", n, s) }
		for _, a := range axes(c) {
			onTitles(a["actions"], f)
		}
		onTitles(c["actions"], f)
	}},
	{"act-truncate", func(c contract, _ *rand.Rand) {
		f := func(s string) any { return truncRunes(s, 0.5) }
		for _, a := range axes(c) {
			onTitles(a["actions"], f)
		}
		onTitles(c["actions"], f)
	}},
	{"act-bullets", func(c contract, _ *rand.Rand) {
		onTitles(c["actions"], func(s string) any { return "• " + s })
	}},
	{"act-drop-flat-first", func(c contract, _ *rand.Rand) { c["actions"] = dropFirst(c["actions"]) }},
	{"act-untitled", func(c contract, _ *rand.Rand) {
		l, _ := c["actions"].([]any)
		c["actions"] = append(l, map[string]any{"number": "9"}, map[string]any{"title": nil})
	}},
	// themes
	{"themes-drop-first", func(c contract, _ *rand.Rand) { c["themes"] = dropFirst(c["themes"]) }},
	{"themes-add", func(c contract, _ *rand.Rand) {
		l, _ := c["themes"].([]any)
		c["themes"] = append(l, "handicap", "sante_travail")
	}},
	{"themes-dup", func(c contract, _ *rand.Rand) {
		l, _ := c["themes"].([]any)
		c["themes"] = append(l, l...)
	}},
	{"themes-reverse", func(c contract, _ *rand.Rand) { c["themes"] = reversed(c["themes"]) }},
	{"themes-null", func(c contract, _ *rand.Rand) { c["themes"] = nil }},
	{"themes-string", func(c contract, _ *rand.Rand) { c["themes"] = "prevention" }},
	{"themes-numbers", func(c contract, _ *rand.Rand) { c["themes"] = []any{1, json.Number("1.0"), true, nil, "1"} }},
}
