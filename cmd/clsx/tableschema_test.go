package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A small validator of CSV files against the Table Schemas of a Frictionless
// Data Package (https://specs.frictionlessdata.io/table-schema/): what
// frictionless validate checks of the types, constraints and keys clsx's
// dataset uses. It reads the package as any tool would, from the JSON.

type dataPackageJSON struct {
	Profile   string `json:"profile"`
	Name      string `json:"name"`
	Licenses  []struct{ Name, Path string }
	Resources []struct {
		Name     string `json:"name"`
		Path     string `json:"path"`
		Format   string `json:"format"`
		Encoding string `json:"encoding"`
		Dialect  struct {
			Delimiter string `json:"delimiter"`
		} `json:"dialect"`
		Schema struct {
			Fields []struct {
				Name        string `json:"name"`
				Type        string `json:"type"`
				Title       string `json:"title"`
				Description string `json:"description"`
				Constraints struct {
					Required bool     `json:"required"`
					Pattern  string   `json:"pattern"`
					Enum     []string `json:"enum"`
				} `json:"constraints"`
			} `json:"fields"`
			PrimaryKey  []string `json:"primaryKey"`
			ForeignKeys []struct {
				Fields    []string `json:"fields"`
				Reference struct {
					Resource string   `json:"resource"`
					Fields   []string `json:"fields"`
				} `json:"reference"`
			} `json:"foreignKeys"`
			MissingValues []string `json:"missingValues"`
		} `json:"schema"`
	} `json:"resources"`
}

func readDataPackage(t *testing.T, dir string) *dataPackageJSON {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p dataPackageJSON
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatal(err)
	}
	return &p
}

// readCSVFile reads a CSV file of the dataset: a byte order mark dropped,
// fields split on delim.
func readCSVFile(t *testing.T, path string, delim rune) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.Comma = delim
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// validateDataPackage checks every resource of the package in dir against
// its schema and returns every problem found, "FILE:ROW: problem".
func validateDataPackage(t *testing.T, dir string) []string {
	t.Helper()
	p := readDataPackage(t, dir)
	var problems []string
	keys := map[string]map[string]bool{} // "resource|f1,f2" → the key values present
	tables := map[string][][]string{}
	for _, res := range p.Resources {
		delim := ','
		if res.Dialect.Delimiter != "" {
			delim = []rune(res.Dialect.Delimiter)[0]
		}
		rows := readCSVFile(t, filepath.Join(dir, res.Path), delim)
		tables[res.Name] = rows
		var names []string
		for _, f := range res.Schema.Fields {
			names = append(names, f.Name)
		}
		if len(rows) == 0 || !slices.Equal(rows[0], names) {
			problems = append(problems, fmt.Sprintf("%s: header %v, schema fields %v", res.Path, first(rows), names))
			continue
		}
		for i, row := range rows[1:] {
			for j, f := range res.Schema.Fields {
				if msg := checkCell(row[j], f.Type, f.Constraints.Required || slices.Contains(res.Schema.PrimaryKey, f.Name),
					f.Constraints.Pattern, f.Constraints.Enum); msg != "" {
					problems = append(problems, fmt.Sprintf("%s:%d: %s %q: %s", res.Path, i+2, f.Name, row[j], msg))
				}
			}
		}
		pk := keySet(rows, res.Schema.PrimaryKey)
		if len(pk) != len(rows)-1 {
			problems = append(problems, fmt.Sprintf("%s: primary key %v not unique: %d distinct of %d rows", res.Path, res.Schema.PrimaryKey, len(pk), len(rows)-1))
		}
		keys[res.Name+"|"+strings.Join(res.Schema.PrimaryKey, ",")] = pk
	}
	for _, res := range p.Resources {
		for _, fk := range res.Schema.ForeignKeys {
			ref := tables[fk.Reference.Resource]
			if ref == nil {
				problems = append(problems, fmt.Sprintf("%s: foreign key to unknown resource %q", res.Path, fk.Reference.Resource))
				continue
			}
			present := keySet(ref, fk.Reference.Fields)
			for i, v := range keyValues(tables[res.Name], fk.Fields) {
				if v != "" && !present[v] {
					problems = append(problems, fmt.Sprintf("%s:%d: %v = %q names no row of %s", res.Path, i+2, fk.Fields, v, fk.Reference.Resource))
				}
			}
		}
	}
	return problems
}

// checkCell says what is wrong with a cell of a field; "" when nothing is.
func checkCell(v, typ string, required bool, pattern string, enum []string) string {
	if v == "" { // the package's missing value
		if required {
			return "required, missing"
		}
		return ""
	}
	var err error
	switch typ {
	case "string":
	case "integer":
		_, err = strconv.ParseInt(v, 10, 64)
	case "number":
		_, err = strconv.ParseFloat(v, 64)
	case "boolean":
		if v != "true" && v != "false" {
			err = fmt.Errorf("not true or false")
		}
	case "date":
		_, err = time.Parse("2006-01-02", v)
	case "year":
		if len(v) != 4 {
			err = fmt.Errorf("not a 4-digit year")
		} else {
			_, err = strconv.Atoi(v)
		}
	default:
		return "unknown type " + typ
	}
	if err != nil {
		return "not a " + typ + ": " + err.Error()
	}
	if pattern != "" && !regexp.MustCompile(`^(?:`+pattern+`)$`).MatchString(v) {
		return "does not match " + pattern
	}
	if len(enum) > 0 && !slices.Contains(enum, v) {
		return "not one of " + strings.Join(enum, ", ")
	}
	return ""
}

// keyValues are, row by row, the values of the key's fields joined; "" for
// a row where one of them is missing (no reference).
func keyValues(rows [][]string, fields []string) []string {
	if len(rows) == 0 {
		return nil
	}
	var cols []int
	for _, f := range fields {
		cols = append(cols, slices.Index(rows[0], f))
	}
	var out []string
	for _, row := range rows[1:] {
		var parts []string
		for _, c := range cols {
			if c < 0 || row[c] == "" {
				parts = nil
				break
			}
			parts = append(parts, row[c])
		}
		out = append(out, strings.Join(parts, "\x00"))
	}
	return out
}

func keySet(rows [][]string, fields []string) map[string]bool {
	set := map[string]bool{}
	for _, v := range keyValues(rows, fields) {
		set[v] = true
	}
	return set
}

func first(rows [][]string) []string {
	if len(rows) == 0 {
		return nil
	}
	return rows[0]
}
