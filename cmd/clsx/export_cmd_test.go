package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/index/dataset"
	"github.com/clsx/clsx/rules"
	"github.com/xuri/excelize/v2"
)

// seedURL is the address a seed is given, as if crawled.
func seedURL(source string) string {
	return "https://cls.example.org/seeds/" + filepath.Base(source)
}

// urlSeedIndex indexes the seeds' records on disk, each document with the
// address it would have been crawled from, and returns the index and its
// contracts as the index gives them.
func urlSeedIndex(t *testing.T) (string, []*index.Record) {
	t.Helper()
	dir := t.TempDir()
	out, stderr, code := runCLI(t, "extract", "--format", "json", seeds)
	if code != exitOK {
		t.Fatal("extract: " + stderr)
	}
	var recs map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err)
	}
	for _, d := range recs["documents"] {
		d["url"] = seedURL(d["source"].(string))
	}
	data, _ := json.Marshal(recs)
	path := filepath.Join(dir, "records.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ixDir := filepath.Join(dir, "index")
	if _, stderr, code := runCLI(t, "index", "--records", path, "--index", ixDir); code != exitOK {
		t.Fatal("index: " + stderr)
	}
	return ixDir, indexContracts(t, ixDir)
}

func indexContracts(t *testing.T, dir string) []*index.Record {
	t.Helper()
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	contracts, err := ix.Contracts(index.Request{})
	if err != nil {
		t.Fatal(err)
	}
	return contracts
}

// export runs clsx export and fails the test unless it succeeds.
func export(t *testing.T, ix, out string, args ...string) {
	t.Helper()
	if _, stderr, code := runCLI(t, append([]string{"export", "--index", ix, "--output", out}, args...)...); code != exitOK {
		t.Fatalf("export %v: exit %d: %s", args, code, stderr)
	}
}

func TestExport(t *testing.T) {
	ix, recs := urlSeedIndex(t)
	if len(recs) < 10 {
		t.Fatalf("%d contracts in the seeds' index", len(recs))
	}
	csvDir := filepath.Join(t.TempDir(), "new", "dataset") // parents created too
	export(t, ix, csvDir, "--format", "csv")
	t.Run("csv is the index", func(t *testing.T) { testExportCSVIsIndex(t, csvDir, recs) })
	t.Run("every csv fits its table schema", func(t *testing.T) { testExportSchemas(t, csvDir) })
	t.Run("schema validator finds faults", func(t *testing.T) { testSchemaValidatorFails(t, csvDir) })
	t.Run("excel csv", func(t *testing.T) { testExportExcel(t, ix, csvDir) })
	t.Run("jsonl is the index", func(t *testing.T) { testExportJSONL(t, ix, recs) })
	t.Run("xlsx sheets are the csv", func(t *testing.T) { testExportXLSX(t, ix, csvDir) })
	t.Run("readme", func(t *testing.T) { testExportReadme(t, csvDir, recs) })
	t.Run("refuses a user's folder", func(t *testing.T) { testExportRefuses(t, ix) })
	t.Run("replaces a previous export", func(t *testing.T) { testExportReplaces(t, ix) })
}

// csvRows reads a table of a comma export as maps, one per row.
func csvRows(t *testing.T, dir, table string) []map[string]string {
	t.Helper()
	rows := readCSVFile(t, filepath.Join(dir, table+".csv"), ',')
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func opt(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func optInt(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

// communePopulation is the population of a territory's code, computed
// here from the geography: a commune's, or the sum of an EPCI's members'.
func communePopulation(t *testing.T, code string) string {
	geo := rules.OfficialGeography()
	p, ok := geo.ByCode(code)
	if !ok {
		t.Fatalf("code %s not in the geography", code)
	}
	if p.Kind == "commune" {
		return strconv.Itoa(p.Population)
	}
	sum := 0
	for _, m := range p.Members {
		c, _ := geo.ByCode(m)
		sum += c.Population
	}
	return strconv.Itoa(sum)
}

// Every contract and every value of it, every action with its leads, every
// signatory, axis, objective and theme: read back from the CSV files and
// compared with the index's records.
func testExportCSVIsIndex(t *testing.T, dir string, recs []*index.Record) {
	contracts := csvRows(t, dir, "contracts")
	if len(contracts) != len(recs) {
		t.Fatalf("%d contract rows, %d contracts in the index", len(contracts), len(recs))
	}
	var wantActions, wantSigs, wantAxes, wantObjectives, wantThemes, wantSources []string
	for i, r := range recs {
		got := contracts[i]
		want := map[string]string{"contract_id": r.ID, "territory": opt(r.Territory), "territory_kind": r.TerritoryKind,
			"territory_code": opt(r.TerritoryCode), "departement": opt(r.Departement), "region": opt(r.Region), "kind": r.Kind,
			"generation": optInt(r.Generation), "signed": opt(r.Signed), "start_year": optInt(r.StartYear),
			"end_year": optInt(r.EndYear), "duration_years": optInt(r.DurationYears),
			"signatory_count": strconv.Itoa(len(r.Signatories)), "axis_count": strconv.Itoa(len(r.Axes)),
			"source_urls": seedURL(r.Source)}
		if r.TerritoryCode != nil {
			want["population"] = communePopulation(t, *r.TerritoryCode)
		}
		if r.Signed != nil {
			want["signed_year"] = (*r.Signed)[:4]
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %s = %q, index has %q", r.ID, k, got[k], v)
			}
		}
		wantSources = append(wantSources, strings.Join([]string{r.ID, "1", r.Source, seedURL(r.Source), opt(r.DocumentTitle)}, "/"))
		for j, s := range r.Signatories {
			wantSigs = append(wantSigs, fmt.Sprintf("%s/%d/%s/%s", r.ID, j+1, s.Name, s.Kind))
		}
		themes := map[string]bool{}
		for _, th := range r.Themes {
			themes[th] = true
		}
		n := 0
		for j, a := range r.Axes {
			wantAxes = append(wantAxes, fmt.Sprintf("%s/%d/%s/%s/%s", r.ID, j+1, a.Number, a.Title, strings.Join(a.Themes, " | ")))
			for k, o := range a.Objectives {
				wantObjectives = append(wantObjectives, fmt.Sprintf("%s/%d/%d/%s/%s", r.ID, j+1, k+1, opt(o.Number), o.Title))
			}
			for _, x := range a.Actions {
				n++
				wantActions = append(wantActions, fmt.Sprintf("%s/%d/%d/%s/%s/%s", r.ID, n, j+1, opt(x.Number), x.Title, strings.Join(x.Leads, " | ")))
			}
		}
		for _, x := range r.Actions {
			n++
			wantActions = append(wantActions, fmt.Sprintf("%s/%d//%s/%s/%s", r.ID, n, opt(x.Number), x.Title, strings.Join(x.Leads, " | ")))
		}
		if got["action_count"] != strconv.Itoa(n) {
			t.Errorf("%s: action_count %s, %d actions", r.ID, got["action_count"], n)
		}
		for th := range themes {
			wantThemes = append(wantThemes, r.ID+"/"+th)
		}
	}
	compareTable(t, dir, "sources", wantSources, "contract_id", "document_index", "source", "url", "title")
	compareTable(t, dir, "signatories", wantSigs, "contract_id", "signatory_index", "name", "kind")
	compareTable(t, dir, "axes", wantAxes, "contract_id", "axis_index", "number", "title", "themes")
	compareTable(t, dir, "objectives", wantObjectives, "contract_id", "axis_index", "objective_index", "number", "title")
	compareTable(t, dir, "actions", wantActions, "contract_id", "action_index", "axis_index", "number", "title", "leads")
	// every theme of a contract has its row (items may add some the
	// contract's list lacks: the themes test of the dataset package)
	got := map[string]bool{}
	for _, r := range csvRows(t, dir, "themes") {
		got[r["contract_id"]+"/"+r["theme"]] = true
	}
	for _, w := range wantThemes {
		if !got[w] {
			t.Errorf("themes: no row %s", w)
		}
	}
	if len(wantActions) == 0 || len(wantSigs) == 0 || len(wantObjectives) == 0 {
		t.Errorf("the seeds give %d actions, %d signatories, %d objectives: nothing to compare", len(wantActions), len(wantSigs), len(wantObjectives))
	}
}

// compareTable compares a table's rows, cut to some columns joined by "/",
// with what the index says, in order.
func compareTable(t *testing.T, dir, table string, want []string, cols ...string) {
	t.Helper()
	var got []string
	for _, r := range csvRows(t, dir, table) {
		var parts []string
		for _, c := range cols {
			parts = append(parts, r[c])
		}
		got = append(got, strings.Join(parts, "/"))
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: %d rows, index gives %d", table, len(got), len(want))
		for i := range max(len(got), len(want)) {
			if i >= len(got) || i >= len(want) || got[i] != want[i] {
				g, w := "", ""
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				t.Errorf("%s row %d:\n got  %q\n want %q", table, i+1, g, w)
				break
			}
		}
	}
}

func testExportSchemas(t *testing.T, dir string) {
	p := readDataPackage(t, dir)
	if p.Profile != "tabular-data-package" || len(p.Licenses) == 0 || len(p.Resources) != len(dataset.Tables) {
		t.Errorf("package: profile %q, %d licences, %d resources", p.Profile, len(p.Licenses), len(p.Resources))
	}
	for _, r := range p.Resources {
		for _, f := range r.Schema.Fields {
			if f.Title == "" || f.Description == "" {
				t.Errorf("%s.%s has no title or description", r.Name, f.Name)
			}
		}
	}
	for _, problem := range validateDataPackage(t, dir) {
		t.Error(problem)
	}
}

// The validator is no formality: a copy of the export broken in four ways
// gives four problems.
func testSchemaValidatorFails(t *testing.T, dir string) {
	bad := t.TempDir()
	for _, n := range []string{"datapackage.json", "contracts.csv", "sources.csv", "signatories.csv", "axes.csv", "objectives.csv", "actions.csv", "themes.csv"} {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(bad, n), data, 0o644)
	}
	rows := readCSVFile(t, filepath.Join(bad, "actions.csv"), ',')
	rows[1][1] = "one"                         // an integer that is not
	rows[2][0] = "no-such-contract"            // a foreign key that names nothing
	rows = append(rows, slices.Clone(rows[3])) // a primary key twice
	rows[4][4] = ""                            // a required title missing
	var b strings.Builder
	for _, r := range rows {
		for i := range r {
			r[i] = `"` + strings.ReplaceAll(r[i], `"`, `""`) + `"`
		}
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	os.WriteFile(filepath.Join(bad, "actions.csv"), []byte(b.String()), 0o644)
	problems := validateDataPackage(t, bad)
	joined := strings.Join(problems, "\n")
	for _, want := range []string{"not a integer", "names no row of contracts", "not unique", "required, missing"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q among the problems:\n%s", want, joined)
		}
	}
}

// --excel: the same rows, ";" separated, after a byte order mark, and a
// package that says so.
func testExportExcel(t *testing.T, ix, plain string) {
	dir := filepath.Join(t.TempDir(), "excel")
	export(t, ix, dir, "--format", "csv", "--excel")
	for _, tab := range dataset.Tables {
		data, err := os.ReadFile(filepath.Join(dir, tab.Name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		header := strings.Join(tab.Header(), ";") + "\r\n"
		if !strings.HasPrefix(string(data), "\ufeff"+header) {
			t.Errorf("%s.csv begins %q, want a BOM then %q", tab.Name, string(data[:min(len(data), 60)]), header)
		}
		got := readCSVFile(t, filepath.Join(dir, tab.Name+".csv"), ';')
		want := readCSVFile(t, filepath.Join(plain, tab.Name+".csv"), ',')
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s.csv: the Excel file's rows differ from the plain one's", tab.Name)
		}
	}
	for _, problem := range validateDataPackage(t, dir) {
		t.Error(problem)
	}
	if _, stderr, code := runCLI(t, "export", "--index", ix, "--output", t.TempDir(), "--format", "xlsx", "--excel"); code != exitUsage {
		t.Errorf("--excel with xlsx: exit %d, want usage (%s)", code, stderr)
	}
}

func testExportJSONL(t *testing.T, ix string, recs []*index.Record) {
	dir := filepath.Join(t.TempDir(), "jsonl")
	export(t, ix, dir, "--format", "jsonl")
	data, err := os.ReadFile(filepath.Join(dir, "contracts.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != len(recs) {
		t.Fatalf("%d lines, %d contracts", len(lines), len(recs))
	}
	for i, l := range lines {
		var r index.Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !reflect.DeepEqual(&r, recs[i]) {
			t.Errorf("line %d (%s) is not the index's record", i+1, recs[i].ID)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Error(err)
	}
}

// The workbook has a sheet per table whose cells are the CSV's, numbers
// as numbers.
func testExportXLSX(t *testing.T, ix, csvDir string) {
	dir := filepath.Join(t.TempDir(), "xlsx")
	export(t, ix, dir, "--format", "xlsx")
	f, err := excelize.OpenFile(filepath.Join(dir, "contrats-locaux-de-sante.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	for _, tab := range dataset.Tables {
		names = append(names, tab.Name)
	}
	if got := f.GetSheetList(); !slices.Equal(got, names) {
		t.Fatalf("sheets %v, want %v", got, names)
	}
	for _, tab := range dataset.Tables {
		rows, err := f.GetRows(tab.Name)
		if err != nil {
			t.Fatal(err)
		}
		want := readCSVFile(t, filepath.Join(csvDir, tab.Name+".csv"), ',')
		for i := range rows { // GetRows leaves out a row's trailing empty cells
			for len(rows[i]) < len(tab.Fields) {
				rows[i] = append(rows[i], "")
			}
		}
		if !reflect.DeepEqual(rows, want) {
			t.Errorf("sheet %s: %d rows, the CSV has %d, or their cells differ", tab.Name, len(rows), len(want))
		}
	}
	// a number cell has no type attribute (unset); a text cell has one
	idType, _ := f.GetCellType("contracts", "A2")
	popType, _ := f.GetCellType("contracts", "H2")
	pop, _ := f.GetCellValue("contracts", "H2")
	if _, err := strconv.Atoi(pop); err != nil || popType != excelize.CellTypeUnset || idType == excelize.CellTypeUnset {
		t.Errorf("population %q of cell type %v, id of type %v: want a number and a text", pop, popType, idType)
	}
}

func testExportReadme(t *testing.T, dir string, recs []*index.Record) {
	data, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, tab := range dataset.Tables {
		for _, f := range tab.Fields {
			if !strings.Contains(readme, "| `"+f.Name+"` |") {
				t.Errorf("README does not describe %s.%s", tab.Name, f.Name)
			}
		}
	}
	for _, want := range append([]string{fmt.Sprintf("%d contrats", len(recs)), "etalab-2.0", "Licence"}, rules.ThemeIDs...) {
		if !strings.Contains(readme, want) {
			t.Errorf("README lacks %q", want)
		}
	}
}

// A folder that holds anything but a previous export is refused, exit 2,
// and left exactly as it was: nothing written in it nor beside it.
func testExportRefuses(t *testing.T, ix string) {
	parent := t.TempDir()
	user := filepath.Join(parent, "mine")
	os.Mkdir(user, 0o755)
	os.WriteFile(filepath.Join(user, "analysis.R"), []byte("library(readr)\n"), 0o644)
	prev := filepath.Join(parent, "prev")
	export(t, ix, prev, "--format", "jsonl")
	os.WriteFile(filepath.Join(prev, "notes.txt"), []byte("mine\n"), 0o644)
	file := filepath.Join(parent, "file.csv")
	os.WriteFile(file, []byte("a,b\n"), 0o644)
	before := listTree(t, parent)
	for _, out := range []string{user, prev, file} {
		_, stderr, code := runCLI(t, "export", "--index", ix, "--output", out, "--format", "csv")
		if code != exitUsage || !strings.Contains(stderr, out) || !strings.Contains(stderr, "nothing written") {
			t.Errorf("export into %s: exit %d, stderr %q", out, code, stderr)
		}
	}
	if after := listTree(t, parent); !slices.Equal(before, after) {
		t.Errorf("refused exports changed the folder:\nbefore %v\nafter  %v", before, after)
	}
	if _, stderr, code := runCLI(t, "export", "--index", ix, "--format", "csv"); code != exitUsage || !strings.Contains(stderr, "--output") {
		t.Errorf("no --output: exit %d, %s", code, stderr)
	}
}

// listTree lists every path under dir with its size.
func listTree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		out = append(out, fmt.Sprintf("%s %d", strings.TrimPrefix(p, dir), fi.Size()))
		return nil
	})
	return out
}

// An export replaces the previous one whole (another format's files go)
// and leaves nothing beside it.
func testExportReplaces(t *testing.T, ix string) {
	parent := t.TempDir()
	out := filepath.Join(parent, "data")
	os.Mkdir(out, 0o755) // an empty folder is taken
	export(t, ix, out, "--format", "csv")
	export(t, ix, out, "--format", "xlsx")
	var names []string
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{".clsx-export", "README.md", "contrats-locaux-de-sante.xlsx"}; !slices.Equal(names, want) {
		t.Errorf("after csv then xlsx: %v, want %v", names, want)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left beside the export: %v", entries)
	}
}
