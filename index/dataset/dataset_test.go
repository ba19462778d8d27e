package dataset

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
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
	r := &index.Record{Contract: extract.Contract{ID: "x-2020", Kind: "cls", TerritoryKind: "other",
		Signatories: []extract.Signatory{{Name: "ARS", Kind: "ars"}},
		Axes: []extract.Axis{{Number: "1", Title: "Axe", Themes: []string{"prevention"},
			Objectives: []extract.Objective{{Number: &one, Title: "Obj", Themes: []string{"mobilite"}}},
			Actions:    []extract.Action{{Number: &two, Title: "Act", Leads: []string{"CCAS"}, Themes: []string{"addictions"}}}}},
		Actions: []extract.Action{{Title: "Hors axe"}},
		Themes:  []string{"addictions", "prevention"}}, Source: "x.txt"}
	seen := map[int]int{}
	err := contractRows(r, newGeography(), func(table int, row []any) error {
		seen[table]++
		if len(row) != len(Tables[table].Fields) {
			t.Errorf("%s: a row of %d cells for %d fields", Tables[table].Name, len(row), len(Tables[table].Fields))
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
