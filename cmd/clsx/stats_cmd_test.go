package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// statsRecords are five contracts written for the coverage: a commune
// (Agen) inside an intercommunality that also has one (Agglomération
// d'Agen), a département (Lozère), a pays without an official code, and a
// contract without a period.
const statsRecords = `{"documents": [{"source": "stats.txt", "url": null, "sha256": "", "content_type": "text/plain", "title": null,
 "warnings": [], "contracts": [
 {"id": "agen-2020", "territory": "Agen", "territory_kind": "commune", "territory_code": "47001", "departement": "47",
  "region": "Nouvelle-Aquitaine", "kind": "cls", "generation": 1, "signed": "2020-03-01", "start_year": 2020, "end_year": 2025,
  "signatories": [], "axes": [], "actions": [], "themes": []},
 {"id": "agglomeration-d-agen-2019", "territory": "Agglomération d'Agen", "territory_kind": "epci", "territory_code": "200096956",
  "departement": "47", "region": "Nouvelle-Aquitaine", "kind": "clsm", "generation": 2, "signed": "2019", "start_year": 2019,
  "end_year": 2024, "signatories": [], "axes": [], "actions": [], "themes": []},
 {"id": "lozere-2018", "territory": "Lozère", "territory_kind": "departement", "territory_code": "48", "departement": "48",
  "region": "Occitanie", "kind": "protocole", "generation": 1, "signed": "2018-06", "start_year": 2018, "end_year": 2022,
  "signatories": [], "axes": [], "actions": [], "themes": []},
 {"id": "pays-des-vallees-2021", "territory": "Pays des Vallées", "territory_kind": "pays", "region": "Occitanie", "kind": "cls",
  "start_year": 2021, "end_year": 2023, "signatories": [], "axes": [], "actions": [], "themes": []},
 {"id": "quartier-nord", "territory": "Quartier Nord", "territory_kind": "quartier", "kind": "cls",
  "signatories": [], "axes": [], "actions": [], "themes": []}
 ]}]}`

func statsIndex(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "records.json")
	if err := os.WriteFile(path, []byte(statsRecords), 0o644); err != nil {
		t.Fatal(err)
	}
	ix := filepath.Join(dir, "index")
	if _, stderr, code := runCLI(t, "index", "--records", path, "--index", ix); code != exitOK {
		t.Fatal("index: " + stderr)
	}
	return ix
}

type statsJSON struct {
	Contracts    int
	ByRegion     []countJSON `json:"by_region"`
	BySignedYear []countJSON `json:"by_signed_year"`
	InForce      []countJSON `json:"in_force_by_year"`
	ByGeneration []countJSON `json:"by_generation"`
	ByKind       []countJSON `json:"by_kind"`
	Period       struct {
		Contracts   int      `json:"contracts"`
		MedianYears *float64 `json:"median_years"`
	}
	Coverage struct {
		Year       int `json:"year"`
		InForce    int `json:"in_force"`
		Unresolved int `json:"unresolved"`
		Regions    []struct {
			Region                         string
			Contracts, Population, Covered int
			Share                          float64
		}
	}
}

type countJSON struct {
	Value     *string
	Contracts int
}

func runStatsJSON(t *testing.T, args ...string) statsJSON {
	t.Helper()
	out, stderr, code := runCLI(t, append([]string{"stats", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("stats: exit %d: %s", code, stderr)
	}
	var s statsJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func tally(cs []countJSON) map[string]int {
	m := map[string]int{}
	for _, c := range cs {
		k := ""
		if c.Value != nil {
			k = *c.Value
		}
		m[k] = c.Contracts
	}
	return m
}

// The coverage counts a person once: Agen's commune contract adds nothing
// to its agglomeration's; a département covers all its communes; a pays
// without a code is said, not counted. The figures are computed here from
// the geography's communes.
func TestStatsCoverage(t *testing.T) {
	ix := statsIndex(t)
	s := runStatsJSON(t, "--index", ix, "--year", "2022")
	geo := rules.OfficialGeography()
	agglo, _ := geo.ByCode("200096956")
	members := map[string]bool{}
	for _, m := range agglo.Members {
		members[m] = true
	}
	if !members["47001"] {
		t.Fatal("Agen is not a member of its agglomeration in the geography")
	}
	pop, covered := map[string]int{}, map[string]int{}
	for _, c := range geo.Communes {
		pop[c.Region] += c.Population
		if members[c.Code] || c.Departement == "48" {
			covered[c.Region] += c.Population
		}
	}
	if s.Coverage.InForce != 4 || s.Coverage.Unresolved != 1 {
		t.Errorf("in force %d, unresolved %d; want 4 and 1", s.Coverage.InForce, s.Coverage.Unresolved)
	}
	got := map[string]int{}
	for _, r := range s.Coverage.Regions {
		got[r.Region] = r.Covered
		if r.Region != "France" && r.Population != pop[r.Region] {
			t.Errorf("%s: population %d, communes sum to %d", r.Region, r.Population, pop[r.Region])
		}
	}
	want := covered["Nouvelle-Aquitaine"] + covered["Occitanie"]
	if got["Nouvelle-Aquitaine"] != covered["Nouvelle-Aquitaine"] || got["Occitanie"] != covered["Occitanie"] || got["France"] != want || want == 0 {
		t.Errorf("covered: %v; want Nouvelle-Aquitaine %d, Occitanie %d, France %d", got, covered["Nouvelle-Aquitaine"], covered["Occitanie"], want)
	}
	// in 2025 only Agen's own contract is in force: the commune alone
	s = runStatsJSON(t, "--index", ix, "--year", "2025")
	agen, _ := geo.ByCode("47001")
	if fr := s.Coverage.Regions[len(s.Coverage.Regions)-1]; fr.Region != "France" || fr.Covered != agen.Population || fr.Contracts != 1 {
		t.Errorf("2025: %+v, want France covered by Agen's %d", fr, agen.Population)
	}
	table, _, code := runCLI(t, "stats", "--index", ix, "--year", "2022")
	if code != exitOK {
		t.Fatal(code)
	}
	checkGolden(t, "stats-2022.txt", table)
}

// On the seeds' index, every count is recomputed from the index's records.
func TestStatsSeeds(t *testing.T) {
	ix, recs := urlSeedIndex(t)
	s := runStatsJSON(t, "--index", ix, "--year", "2022")
	region, kind, gen, signed, inForce := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	var lengths []int
	for _, r := range recs {
		region[opt(r.Region)]++
		kind[r.Kind]++
		gen[optInt(r.Generation)]++
		if r.Signed != nil {
			signed[(*r.Signed)[:4]]++
		} else {
			signed[""]++
		}
		if r.StartYear != nil && r.EndYear != nil {
			lengths = append(lengths, *r.EndYear-*r.StartYear)
			for y := *r.StartYear; y <= *r.EndYear; y++ {
				inForce[strconv.Itoa(y)]++
			}
		}
	}
	for name, c := range map[string]struct {
		got, want map[string]int
	}{"region": {tally(s.ByRegion), region}, "kind": {tally(s.ByKind), kind}, "generation": {tally(s.ByGeneration), gen},
		"signed": {tally(s.BySignedYear), signed}, "in force": {tally(s.InForce), inForce}} {
		for k, v := range c.want {
			if c.got[k] != v {
				t.Errorf("%s %q: %d contracts, the records give %d", name, k, c.got[k], v)
			}
		}
		if len(c.got) < len(c.want) {
			t.Errorf("%s: %v, want %v", name, c.got, c.want)
		}
	}
	sort.Ints(lengths)
	if s.Contracts != len(recs) || s.Period.Contracts != len(lengths) || s.Period.MedianYears == nil {
		t.Fatalf("%d contracts, %d periods; want %d, %d", s.Contracts, s.Period.Contracts, len(recs), len(lengths))
	}
	median := float64(lengths[len(lengths)/2])
	if len(lengths)%2 == 0 {
		median = float64(lengths[len(lengths)/2-1]+lengths[len(lengths)/2]) / 2
	}
	if *s.Period.MedianYears != median {
		t.Errorf("median period %v, want %v", *s.Period.MedianYears, median)
	}
	csv, _, code := runCLI(t, "stats", "--index", ix, "--year", "2022", "--format", "csv")
	if code != exitOK || !strings.HasPrefix(csv, "stat,value,contracts,population,covered,share\n") ||
		!strings.Contains(csv, "contracts,,"+strconv.Itoa(len(recs))+",,,\n") || strings.Contains(csv, ",-,") {
		t.Errorf("csv:\n%s", csv)
	}
	if _, _, code := runCLI(t, "stats", "--index", ix, "--format", "xml"); code != exitUsage {
		t.Errorf("--format xml: exit %d", code)
	}
}
