package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The demo answers its question in every format, keeps its index where
// asked (or says it removed it), and counts the sample's missing pages as
// expected, not as errors.
func TestDemoAnswersAndKeeps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	out, stderr, code := runCLI(t, "demo", "--keep", dir, "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(out, "\n")
	if !strings.HasSuffix(lines[0], ",themes,error,sante_mentale") || !strings.Contains(out, ",true\n") || !strings.Contains(out, ",false\n") {
		t.Errorf("csv without the mental-health answer:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "index")); err != nil || !strings.Contains(stderr, "kept in "+dir) {
		t.Errorf("index not kept or not said: %v\n%s", err, stderr)
	}
	if strings.Contains(strings.ToLower(stderr), "error") || !strings.Contains(stderr, "(expected)") {
		t.Errorf("the sample's missing pages alarm:\n%s", stderr)
	}
	if found, _, code := runCLI(t, "search", "--index", filepath.Join(dir, "index"), "--theme", "sante_mentale", "--format", "csv"); code != exitOK || strings.Count(found, "\n") < 2 {
		t.Errorf("the kept index does not answer: exit %d\n%s", code, found)
	}

	t.Setenv("TMPDIR", t.TempDir())
	out, stderr, code = runCLI(t, "demo", "--format", "json")
	var rec struct {
		Documents    []json.RawMessage
		SanteMentale struct{ Results []struct{ Territory string } } `json:"sante_mentale"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil || code != exitOK {
		t.Fatalf("exit %d, %v", code, err)
	}
	if len(rec.Documents) == 0 || len(rec.SanteMentale.Results) == 0 {
		t.Errorf("json without documents or the mental-health answer: %d, %d", len(rec.Documents), len(rec.SanteMentale.Results))
	}
	if strings.Contains(stderr, "clsx search --index") || !strings.Contains(stderr, "now removed") {
		t.Errorf("hint to a removed directory:\n%s", stderr)
	}
	if left, _ := filepath.Glob(filepath.Join(os.Getenv("TMPDIR"), "clsx-demo-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// clsx demo | head -1: the reader goes away, the temporary directory does
// not stay (a write to the closed pipe killed clsx before its cleanup).
func TestDemoClosedPipeCleansUp(t *testing.T) {
	tmp := t.TempDir()
	cmd := clsxProcess(t, "demo")
	cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close() // the reader is gone before the first line
	cmd.Stdout = w
	err = cmd.Run()
	w.Close()
	if err == nil {
		t.Error("exit 0 though nothing could be written")
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "clsx-demo-*")); len(left) > 0 {
		t.Errorf("left behind: %v (%v)", left, err)
	}
}
