package main

import (
	"os"
	"path/filepath"
	"testing"
)

// goldenDir holds the expected outputs of the command line.
const goldenDir = "../../testdata/golden"

// checkGolden compares got with the golden file name (under goldenDir),
// rewriting it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/clsx -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test ./cmd/clsx -update rewrites it; review the diff):\n%s", path, got)
	}
}
