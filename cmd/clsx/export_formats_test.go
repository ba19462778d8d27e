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
	names := []string{"datapackage.json"}
	for _, tab := range dataset.Tables {
		names = append(names, tab.Name+".csv")
	}
	for _, n := range names {
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
