package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
	"github.com/clsx/clsx/testdata"
)

// seedIndex extracts the seeds to records, as `clsx extract --format json`
// writes them, and indexes the records on disk: the path a user takes.
func seedIndex(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	records, stderr, code := runCLI(t, "extract", "--format", "json", seeds)
	if code != exitOK {
		t.Fatal("extract: " + stderr)
	}
	path := filepath.Join(dir, "records.json")
	if err := os.WriteFile(path, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	ix := filepath.Join(dir, "index")
	if _, stderr, code := runCLI(t, "index", "--records", path, "--index", ix); code != exitOK {
		t.Fatal("index: " + stderr)
	}
	return ix
}

// The seeds' index is built once and read by every subtest: the questions a
// user asks of it.
func TestIndexCommands(t *testing.T) {
	dir := seedIndex(t)
	t.Run("search with and without accents", func(t *testing.T) { testSearchAccents(t, dir) })
	t.Run("search by theme is the gold", func(t *testing.T) { testSearchThemeIsGold(t, dir) })
	t.Run("compare golden", func(t *testing.T) { testCompareGolden(t, dir) })
	t.Run("themes matrix", func(t *testing.T) { testThemesMatrix(t, dir) })
	t.Run("show contract", func(t *testing.T) { testShowContract(t, dir) })
}

type searchJSON struct {
	Contracts int `json:"contracts"`
	Results   []struct {
		Territory     string `json:"territory"`
		TerritoryCode string `json:"territory_code"`
		Contracts     []struct {
			ID        string `json:"id"`
			StartYear int    `json:"start_year"`
		} `json:"contracts"`
		Matches []struct {
			Type  string `json:"type"`
			Title struct {
				Text  string   `json:"text"`
				Marks [][2]int `json:"marks"`
			} `json:"title"`
		} `json:"matches"`
	} `json:"results"`
	Facets []struct {
		Field  string `json:"field"`
		Values []struct {
			Value string `json:"value"`
			Count int    `json:"count"`
		} `json:"values"`
	} `json:"facets"`
}

func search(t *testing.T, args ...string) searchJSON {
	t.Helper()
	out, stderr, code := runCLI(t, append([]string{"search", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("search %v: exit %d: %s", args, code, stderr)
	}
	var r searchJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, out)
	}
	return r
}

func resultTerritories(r searchJSON) []string {
	var out []string
	for _, g := range r.Results {
		out = append(out, g.Territory)
	}
	sort.Strings(out)
	return out
}

// End to end: seeds extracted, records indexed on disk, then searched with
// and without accents.
func testSearchAccents(t *testing.T, dir string) {
	accented := search(t, "--index", dir, "santé mentale")
	plain := search(t, "--index", dir, "sante", "mentale") // words as separate arguments, too
	if len(accented.Results) < 5 {
		t.Fatalf("santé mentale: %v", resultTerritories(accented))
	}
	if a, p := strings.Join(resultTerritories(accented), "|"), strings.Join(resultTerritories(plain), "|"); a != p {
		t.Errorf("santé mentale: %s\nsante mentale: %s", a, p)
	}
	if accented.Contracts != plain.Contracts || len(accented.Facets) == 0 {
		t.Errorf("facets: %d vs %d contracts, %d facets", accented.Contracts, plain.Contracts, len(accented.Facets))
	}
	// in a pipe, the match is marked [[…]]; in CSV it is plain
	table, stderr, _ := runCLI(t, "search", "--index", dir, "sante mentale")
	if !strings.Contains(table, "[[santé]] [[mentale]]") || strings.Contains(table, "\x1b[") {
		t.Errorf("table output lacks [[…]] marks or has colours:\n%s", table)
	}
	if !strings.Contains(stderr, "contracts match") || !strings.Contains(stderr, "region:") {
		t.Errorf("facets not on stderr: %q", stderr)
	}
	csv, _, _ := runCLI(t, "search", "--index", dir, "--format", "csv", "sante mentale")
	if strings.Contains(csv, "[[") || !strings.Contains(csv, "santé mentale") {
		t.Errorf("csv output:\n%s", csv)
	}
}

// --theme alone answers "which contracts target mental health": exactly
// those whose gold annotation has the theme.
func testSearchThemeIsGold(t *testing.T, dir string) {
	r := search(t, "--index", dir, "--theme", "sante_mentale", "--by", "contract", "--limit", "100")
	var got []string
	for _, g := range r.Results {
		got = append(got, goldKey(g.Territory, strconv.Itoa(g.Contracts[0].StartYear)))
	}
	sort.Strings(got)
	want := goldWithTheme(t, "sante_mentale")
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("--theme sante_mentale:\n got %v\nwant %v (gold)", got, want)
	}
	// by territory (the default), Marseille's contracts are one row
	byTerritory := search(t, "--index", dir, "--theme", "sante_mentale", "--limit", "100")
	if len(byTerritory.Results) >= len(r.Results) && len(r.Results) > 0 {
		seen := map[string]bool{}
		for _, g := range r.Results {
			seen[g.Territory] = true
		}
		if len(byTerritory.Results) != len(seen) {
			t.Errorf("%d territories for %d distinct", len(byTerritory.Results), len(seen))
		}
	}
	// filters narrow, and say so in the facets
	paca := search(t, "--index", dir, "--theme", "sante_mentale", "--region", "PACA", "--by", "contract")
	for _, g := range paca.Results {
		if g.Territory == "Agglopolys" || g.Territory == "Aunis Atlantique" {
			t.Errorf("--region PACA returned %s", g.Territory)
		}
	}
	y := search(t, "--index", dir, "--year", "2016", "--by", "contract")
	for _, g := range y.Results {
		s := g.Contracts[0].StartYear
		if s > 2016 {
			t.Errorf("--year 2016 returned %s (starts %d)", g.Contracts[0].ID, s)
		}
	}
	if len(y.Results) == 0 {
		t.Error("--year 2016: nothing")
	}
}

// goldWithTheme lists territory+start year of the gold contracts with a theme.
func goldWithTheme(t *testing.T, theme string) []string {
	gold, err := testdata.SeedGold()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range gold {
		if c.HasTheme(theme) && c.StartYear != nil {
			out = append(out, goldKey(c.Territory, strconv.Itoa(*c.StartYear)))
		}
	}
	sort.Strings(out)
	return out
}

// goldKey names a contract by territory and start year, as the scorer pairs
// them: the article the extractor drops ("La Seyne sur Mer") and "pays" aside.
func goldKey(territory, start string) string {
	k := rules.CommuneKey(territory)
	k = strings.TrimPrefix(strings.TrimPrefix(k, "la "), "pays ")
	return k + " " + strings.TrimLeft(start, "0")
}

// compare against golden outputs (refresh with go test -update).
func testCompareGolden(t *testing.T, dir string) {
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"compare-aunis-atlantique.txt", []string{"aunis-atlantique-2025", "aunis-atlantique-2020"}},
		{"compare-agen-agglopolys.txt", []string{"Agen", "Agglopolys"}},
	} {
		out, stderr, code := runCLI(t, append([]string{"compare", "--index", dir}, c.args...)...)
		if code != exitOK {
			t.Fatalf("compare %v: exit %d: %s", c.args, code, stderr)
		}
		checkGolden(t, c.golden, out)
	}
	// one territory alone: its last two generations, the earlier as A
	one, _, code := runCLI(t, "compare", "--index", dir, "Aunis Atlantique")
	if code != exitOK || !strings.Contains(one, "A: aunis-atlantique-2020") || !strings.Contains(one, "added by B") {
		t.Errorf("compare of one territory:\n%s", one)
	}
	if _, stderr, code := runCLI(t, "compare", "--index", dir, "Nowhere", "Agen"); code != exitPartial || !strings.Contains(stderr, "Nowhere") {
		t.Errorf("unknown territory: exit %d %s", code, stderr)
	}
}

func testThemesMatrix(t *testing.T, dir string) {
	out, stderr, code := runCLI(t, "themes", "--index", dir, "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "territory,territory_code,departement,region,contracts,acces_soins,sante_mentale") {
		t.Errorf("header: %s", lines[0])
	}
	// one row per territory: Marseille's two contracts, Aunis's, Terres's share one
	if len(lines)-1 != 11 {
		t.Errorf("%d rows, want 11 territories:\n%s", len(lines)-1, out)
	}
	paca, _, _ := runCLI(t, "themes", "--index", dir, "--region", "Provence-Alpes-Côte d'Azur")
	if n := len(strings.Split(strings.TrimSpace(paca), "\n")) - 1; n != 7 {
		t.Errorf("PACA: %d rows, want 7:\n%s", n, paca)
	}
}

// show ID: a contract from the index, each value with its sentence (the
// records did not carry the text: the index read the sources again).
func testShowContract(t *testing.T, dir string) {
	out, stderr, code := runCLI(t, "show", "--index", dir, "agglomeration-d-agen-2019")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"territory_code: 200096956", "signed:", "3 décembre 2019]]", "axe 1:", "(ars)"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	if _, stderr, code := runCLI(t, "show", "--index", dir, "no-such-contract"); code != exitPartial || !strings.Contains(stderr, "no-such-contract") {
		t.Errorf("unknown id: exit %d %q", code, stderr)
	}
	// a file still shows as before
	if out, _, code := runCLI(t, "show", filepath.Join(seeds, "agen.txt")); code != exitOK || !strings.Contains(out, "{c1.signed}") {
		t.Errorf("show FILE broke: exit %d", code)
	}
}

// The index built from documents directly, and its errors: no index, a
// missing records file, bad filters.
func TestIndexCommandErrors(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "ix")
	if _, stderr, code := runCLI(t, "search", "--index", dir, "santé"); code != exitPartial || !strings.Contains(stderr, "clsx index") {
		t.Errorf("no index: exit %d %q", code, stderr)
	}
	if _, stderr, code := runCLI(t, "index", "--index", dir, "--corpus", tmp); code != exitPartial || !strings.Contains(stderr, "records.jsonl") {
		t.Errorf("corpus without records: exit %d %q", code, stderr)
	}
	if _, _, code := runCLI(t, "index", "--index", dir); code != exitUsage {
		t.Errorf("index without input: exit %d", code)
	}
	if _, stderr, code := runCLI(t, "index", "--index", dir, filepath.Join(seeds, "agen.txt"), filepath.Join(seeds, "apt.txt")); code != exitPartial || !strings.Contains(stderr, "apt.txt") {
		t.Errorf("a missing document: exit %d %q", code, stderr)
	}
	r := search(t, "--index", dir, "agen")
	if len(r.Results) != 1 {
		t.Errorf("index of agen.txt: %+v", r)
	}
	for _, args := range [][]string{{"--theme", "nope"}, {"--region", "Atlantis"}, {"--by", "commune", "x"}, {"--limit", "0"}, {"--limit", "-3"}} {
		if _, _, code := runCLI(t, append([]string{"search", "--index", dir}, args...)...); code != exitUsage {
			t.Errorf("search %v: exit %d, want %d", args, code, exitUsage)
		}
	}
	// records as JSON Lines, with the corpus layout
	recs, _, _ := runCLI(t, "extract", "--format", "json", filepath.Join(seeds, "agglopolys.txt"))
	var rec struct{ Documents []json.RawMessage }
	json.Unmarshal([]byte(recs), &rec)
	var jsonl []byte
	for _, d := range rec.Documents {
		var b bytes.Buffer
		json.Compact(&b, d)
		jsonl = append(append(jsonl, b.Bytes()...), '\n')
	}
	os.WriteFile(filepath.Join(tmp, "records.jsonl"), jsonl, 0o644)
	if _, stderr, code := runCLI(t, "index", "--index", dir, "--corpus", tmp); code != exitOK {
		t.Fatalf("index --corpus: exit %d %s", code, stderr)
	}
	if r := search(t, "--index", dir, "--theme", "mobilite"); len(r.Results) != 1 || r.Results[0].Territory != "Agglopolys" {
		t.Errorf("after reindexing: %+v", resultTerritories(r))
	}
}

// Every seed territory resolves to its official code and département
// (checked against INSEE's code by hand), through extract.
func TestSeedGeography(t *testing.T) {
	out, stderr, code := runCLI(t, "extract", "--format", "json", seeds)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rec struct {
		Documents []struct {
			Contracts []struct {
				Territory     *string
				StartYear     *int    `json:"start_year"`
				TerritoryCode *string `json:"territory_code"`
				Departement   *string
				Population    *int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{ // gold territory → code, département
		"Agglomération d'Agen": {"200096956", "47"}, "Agglopolys": {"200030385", "41"},
		"Marseille": {"13055", "13"}, "Grasse": {"06069", "06"}, "La Seyne sur Mer": {"83126", "83"},
		"Apt": {"84003", "84"}, "Toulon": {"83137", "83"}, "Briançonnais": {"240500439", "05"},
		"Aunis Atlantique": {"200041499", "17"}, "Terres des Confluences": {"200066322", "82"},
		// dissolved into the Métropole d'Aix-Marseille-Provence in 2016: no
		// current code, the département from the text
		"pays de Martigues": {"", "13"},
	}
	got := map[string][2]string{}
	for _, d := range rec.Documents {
		for _, c := range d.Contracts {
			if c.Territory == nil {
				continue
			}
			v := [2]string{"", ""}
			if c.TerritoryCode != nil {
				v[0] = *c.TerritoryCode
				if c.Population == nil || *c.Population <= 0 {
					t.Errorf("%s: no population", *c.Territory)
				}
			}
			if c.Departement != nil {
				v[1] = *c.Departement
			}
			got[goldKey(*c.Territory, "")] = v
		}
	}
	for name, w := range want {
		if g, ok := got[goldKey(name, "")]; !ok || g != w {
			t.Errorf("%s: code, département %v; want %v", name, g, w)
		}
	}
}
