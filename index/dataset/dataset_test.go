package dataset

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
	"github.com/xuri/excelize/v2"
)

// Every key names fields of its tables, and every row a contract gives has
// one cell per field.
func TestTablesAreConsistent(t *testing.T) {
	for _, tab := range Tables {
		names := tab.Header()
		for _, k := range tab.PrimaryKey {
			if !slices.Contains(names, k) {
				t.Errorf("%s: primary key field %s is no column", tab.Name, k)
			}
		}
		for _, fk := range tab.ForeignKeys {
			ref := TableNamed(fk.Reference)
			if ref == nil || !slices.Equal(fk.RefFields, ref.PrimaryKey) {
				t.Errorf("%s: foreign key to %s %v is not its primary key", tab.Name, fk.Reference, fk.RefFields)
			}
		}
	}
	one, two := "1", "2"
	name, code, dept, region, signed, start, end, gen := "Agen", "47001", "47", "Nouvelle-Aquitaine", "2020-03", 2020, 2025, 1
	url := "https://example.org/agen"
	r := &index.Record{Contract: extract.Contract{ID: "x-2020", Kind: "cls", TerritoryKind: "commune", Territory: &name,
		TerritoryCode: &code, Departement: &dept, Region: &region, Signed: &signed, StartYear: &start, EndYear: &end,
		DurationYears: &gen, Generation: &gen,
		Signatories: []extract.Signatory{{Name: "ARS", Kind: "ars"}},
		Axes: []extract.Axis{{Number: "1", Title: "Axe", Themes: []string{"prevention"},
			Objectives: []extract.Objective{{Number: &one, Title: "Obj", Themes: []string{"mobilite"}}},
			Actions:    []extract.Action{{Number: &two, Title: "Act", Leads: []string{"CCAS"}, Themes: []string{"addictions"}}}}},
		Actions: []extract.Action{{Title: "Hors axe"}},
		Themes:  []string{"addictions", "prevention"}}, Source: "x.txt", URL: &url,
		Conflicts: []index.Conflict{{Field: "end_year", Chosen: index.Alternative{Value: "2024", Evidence: []extract.Span{{Doc: 0}}},
			Others: []index.Alternative{{Value: "2023", Evidence: []extract.Span{{Doc: 1}, {Doc: 2}, {Doc: 1}}}}}}}
	seen := map[int]int{}
	var conflicts [][]any
	err := contractRows(r, newGeography(), func(table int, row []any) error {
		seen[table]++
		if table == tConflicts {
			conflicts = append(conflicts, row)
		}
		if len(row) != len(Tables[table].Fields) {
			t.Errorf("%s: a row of %d cells for %d fields", Tables[table].Name, len(row), len(Tables[table].Fields))
			return nil
		}
		for i, f := range Tables[table].Fields {
			checkCell(t, Tables[table].Name, f, row[i])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, tab := range Tables {
		if seen[i] == 0 {
			t.Errorf("no row of %s", tab.Name)
		}
	}
	want := [][]any{{"x-2020", "end_year", 1, "2024", true, "1"}, {"x-2020", "end_year", 2, "2023", false, "2 | 3"}}
	if !reflect.DeepEqual(conflicts, want) {
		t.Errorf("conflict rows %v, want %v", conflicts, want)
	}
	// the objective's theme, which the contract's list lacks, has its row
	var ids []string
	for _, c := range themeCounts(&r.Contract) {
		ids = append(ids, c.id)
	}
	if want := []string{"prevention", "addictions", "mobilite"}; !slices.Equal(ids, want) {
		t.Errorf("themes %v, want %v (the guide's order)", ids, want)
	}
}

func TestThemeTitles(t *testing.T) {
	for _, id := range rules.ThemeIDs {
		if ThemeTitle(id) == id {
			t.Errorf("theme %s has no French title", id)
		}
	}
}

// The folders an export may write to, and those it refuses.
func TestCheckOutput(t *testing.T) {
	base := t.TempDir()
	mk := func(name string, files ...string) string {
		dir := filepath.Join(base, name)
		os.Mkdir(dir, 0o755)
		for _, f := range files {
			os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644)
		}
		return dir
	}
	os.WriteFile(filepath.Join(base, "file"), nil, 0o644)
	os.Symlink(mk("target"), filepath.Join(base, "link"))
	for _, c := range []struct {
		dir    string
		exists bool
		ok     bool
	}{
		{filepath.Join(base, "new"), false, true},
		{mk("empty"), true, true},
		{mk("previous", markerName, "contracts.csv", "README.md", "datapackage.json"), true, true},
		{mk("previous-and-mine", markerName, "contracts.csv", "mine.R"), true, false},
		{mk("unmarked", "contracts.csv", "README.md"), true, false},
		{mk("user", "thesis.docx"), true, false},
		{filepath.Join(base, "file"), true, false},
		{filepath.Join(base, "link"), true, false},
	} {
		exists, err := checkOutput(c.dir)
		if exists != c.exists || (err == nil) != c.ok {
			t.Errorf("%s: exists %v, error %v; want exists %v, accepted %v", filepath.Base(c.dir), exists, err, c.exists, c.ok)
		}
	}
}

// An export that fails leaves the previous one whole and nothing beside it.
func TestFailedExportLeavesPrevious(t *testing.T) {
	ixDir, parent := t.TempDir(), t.TempDir()
	b, err := index.Create(ixDir, "test")
	if err != nil {
		t.Fatal(err)
	}
	name := "Agen"
	doc := &extract.Document{Source: "agen.txt", ContentType: "text/plain", Warnings: []string{},
		Contracts: []extract.Contract{{ID: "agen-2020", Territory: &name, TerritoryKind: "commune", Kind: "cls",
			Signatories: []extract.Signatory{}, Axes: []extract.Axis{}, Actions: []extract.Action{}, Themes: []string{},
			FieldEvidence: map[string]extract.Span{}}}}
	if err := b.Add(doc); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(parent, "out")
	res, err := Export(ix, out, Options{Format: "csv"})
	if err != nil || res.Contracts != 1 || res.Rows["contracts"] != 1 {
		t.Fatalf("%+v, %v", res, err)
	}
	before, _ := os.ReadFile(filepath.Join(out, "contracts.csv"))
	ix.Close() // reading it now fails
	if _, err := Export(ix, out, Options{Format: "xlsx"}); err == nil {
		t.Fatal("an export from a closed index succeeded")
	}
	after, err := os.ReadFile(filepath.Join(out, "contracts.csv"))
	entries, _ := os.ReadDir(parent)
	if err != nil || string(after) != string(before) || len(entries) != 1 {
		t.Errorf("after a failed export: contracts.csv %v (%d bytes, was %d), %d entries beside", err, len(after), len(before), len(entries))
	}
}

// A cell longer than a spreadsheet holds is cut, with "…", rather than
// failing the workbook.
func TestXLSXLongCell(t *testing.T) {
	dir := t.TempDir()
	w, err := newXLSXWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.row(tActions, []any{"x-2020", 1, nil, nil, strings.Repeat("é", maxCellChars+10)}); err != nil {
		t.Fatal(err)
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, xlsxName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := f.GetCellValue("actions", "E2")
	if n := utf8.RuneCountInString(v); err != nil || n != maxCellChars || !strings.HasSuffix(v, "…") {
		t.Errorf("cell of %d characters (%v)", n, err)
	}
}

// checkCell fails the test when a cell does not fit its field: a missing
// required value, a Go type that is not the field's, a pattern or a list of
// values it does not match.
func checkCell(t *testing.T, table string, f Field, cell any) {
	t.Helper()
	if cell == nil {
		if f.Required {
			t.Errorf("%s.%s: required, missing", table, f.Name)
		}
		return
	}
	var text string
	switch v := cell.(type) {
	case string:
		text = v
		if f.Type != "string" {
			t.Errorf("%s.%s: a string for a field of type %s", table, f.Name, f.Type)
		}
	case int:
		text = strconv.Itoa(v)
		if f.Type != "integer" && f.Type != "year" {
			t.Errorf("%s.%s: an int for a field of type %s", table, f.Name, f.Type)
		}
	case bool:
		text = strconv.FormatBool(v)
		if f.Type != "boolean" {
			t.Errorf("%s.%s: a bool for a field of type %s", table, f.Name, f.Type)
		}
	default:
		t.Errorf("%s.%s: a cell of type %T", table, f.Name, cell)
	}
	if f.Pattern != "" && !regexp.MustCompile(`^(?:`+f.Pattern+`)$`).MatchString(text) {
		t.Errorf("%s.%s: %q does not match %s", table, f.Name, text, f.Pattern)
	}
	if len(f.Enum) > 0 && !slices.Contains(f.Enum, text) {
		t.Errorf("%s.%s: %q is not one of %v", table, f.Name, text, f.Enum)
	}
}

// In the Excel variant a text a spreadsheet would take for a formula stays
// text; the plain CSV keeps it as it is.
func TestExcelCSVDefusesFormulas(t *testing.T) {
	for _, excel := range []bool{false, true} {
		dir := t.TempDir()
		w, err := newCSVWriter(dir, excel)
		if err != nil {
			t.Fatal(err)
		}
		w.row(tActions, []any{"x-2020", 1, nil, nil, `=HYPERLINK("http://evil","clic")`, "@SUM(A1)", "-1", nil})
		w.row(tActions, []any{"x-2020", -2, nil, nil, "Dépistage", nil, nil, nil})
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(filepath.Join(dir, "actions.csv"))
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), utf8BOM)))
		if excel {
			r.Comma = ';'
		}
		rows, err := r.ReadAll()
		if err != nil || len(rows) != 3 {
			t.Fatalf("excel %v: %v, %d rows", excel, err, len(rows))
		}
		want := []string{`=HYPERLINK("http://evil","clic")`, "@SUM(A1)", "-1"}
		if excel {
			want = []string{`'=HYPERLINK("http://evil","clic")`, "'@SUM(A1)", "'-1"}
		}
		if got := rows[1][4:7]; !slices.Equal(got, want) {
			t.Errorf("excel %v: %q, want %q", excel, got, want)
		}
		if rows[2][1] != "-2" || rows[2][4] != "Dépistage" { // numbers and plain text as they are
			t.Errorf("excel %v: %q", excel, rows[2])
		}
	}
}
