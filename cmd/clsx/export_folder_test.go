package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

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
