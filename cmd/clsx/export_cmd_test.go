package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/clsx/clsx/index"
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
