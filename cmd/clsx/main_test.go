package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

const seeds = "../../testdata/seeds"

// runCLI runs the command in process and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// The seeds extract to the golden record (refresh with go test -update after
// checking the difference is an improvement).
func TestExtractSeedsGolden(t *testing.T) {
	out, stderr, code := runCLI(t, "extract", "--format", "json", seeds)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	checkGolden(t, "extract-seeds.json", out)
}

// clsx eval prints exactly what the reference scorer prints for the same
// predictions.
func TestEvalAgreesWithReferenceScorer(t *testing.T) {
	scorer := "../../../shared/tools/clsscore.py"
	if _, err := os.Stat(scorer); err != nil {
		t.Skip("reference scorer not found beside the repository")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	pred, _, _ := runCLI(t, "extract", "--format", "json", seeds)
	path := filepath.Join(t.TempDir(), "pred.json")
	os.WriteFile(path, []byte(pred), 0o644)
	for _, mode := range []struct{ py, clsx []string }{
		{nil, []string{"eval", seeds}},
		{[]string{"--per-doc"}, []string{"eval", "--per-doc", seeds}},
		{[]string{"--json"}, []string{"eval", "--format", "json", seeds}},
	} {
		args := append([]string{scorer, seeds, path}, mode.py...)
		want, err := exec.Command("python3", args...).Output()
		if err != nil {
			t.Fatal(err)
		}
		got, _, code := runCLI(t, mode.clsx...)
		if code != exitOK {
			t.Fatalf("%v: exit %d", mode.clsx, code)
		}
		if mode.py != nil && mode.py[0] == "--json" {
			var a, b any
			json.Unmarshal(want, &a)
			json.Unmarshal([]byte(got), &b)
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if string(ja) != string(jb) {
				t.Errorf("eval --format json differs from clsscore.py --json:\n%s\n%s", got, want)
			}
			continue
		}
		if got != string(want) {
			t.Errorf("%v differs from clsscore.py %v:\n--- clsx\n%s--- clsscore.py\n%s", mode.clsx, mode.py, got, want)
		}
	}
}

// Bad inputs: each gets a clear error naming it, the others still extract,
// and the exit code says some failed.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte("\x7fELF\x00\x00\x01\x02\x03"))
	cp1252 := write("cp1252.txt", []byte("Un contrat local de sant\xe9 a \xe9t\xe9 sign\xe9 le 3 mars 2021 entre la ville de Vierzon et l'ARS Centre-Val de Loire."))
	pdf := write("fake.pdf", []byte("%PDF-1.7\n"))
	good := filepath.Join(seeds, "agen.txt")
	missing := filepath.Join(dir, "missing.txt")
	out, stderr, code := runCLI(t, "extract", "--format", "json", empty, binary, cp1252, pdf, missing, good)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	for _, name := range []string{"binary.txt", "fake.pdf", "missing.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	var rec struct {
		Documents []struct {
			Source    string
			Warnings  []string
			Contracts []struct {
				Territory *string
				Signed    *string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	bySource := map[string]int{}
	for i, d := range rec.Documents {
		bySource[filepath.Base(d.Source)] = i
	}
	for _, name := range []string{"empty.txt", "cp1252.txt", "agen.txt"} {
		if _, ok := bySource[name]; !ok {
			t.Errorf("%s missing from the output", name)
		}
	}
	if d := rec.Documents[bySource["cp1252.txt"]]; len(d.Contracts) != 1 || d.Contracts[0].Signed == nil || *d.Contracts[0].Signed != "2021-03-03" {
		t.Errorf("Windows-1252 document not read: %+v", d)
	} else if !strings.Contains(strings.Join(d.Warnings, " "), "Windows-1252") {
		t.Errorf("no warning about the encoding: %v", d.Warnings)
	}
	if d := rec.Documents[bySource["empty.txt"]]; len(d.Contracts) != 0 || len(d.Warnings) == 0 {
		t.Errorf("empty document: %+v", d)
	}
}

// A large text is processed (or refused) without a panic.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	block := strings.Repeat("Le contrat local de santé a été signé le 3 mai 2021 entre la commune de Dax et l'ARS. ", 100) + "\n"
	os.WriteFile(p, []byte(strings.Repeat(block, 600)), 0o644) // ≈ 5 MB
	_, stderr, code := runCLI(t, "extract", "--format", "table", "--max-bytes", "1000000", p)
	if code != exitPartial || !strings.Contains(stderr, "too large") {
		t.Errorf("over the limit: exit %d, %s", code, stderr)
	}
}

func TestRulesCheck(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "themes.txt"), []byte("# mine\nsante_mentale | sante mentale\nnot_a_theme | x\n"), 0o644)
	_, stderr, code := runCLI(t, "rules", "check", dir)
	if code != exitUsage || !strings.Contains(stderr, "themes.txt:3") {
		t.Errorf("exit %d, stderr %q: want exit 2 naming themes.txt:3", code, stderr)
	}
	exported := t.TempDir()
	if _, _, code := runCLI(t, "rules", "export", exported); code != exitOK {
		t.Fatalf("export: exit %d", code)
	}
	if out, stderr, code := runCLI(t, "rules", "check", exported); code != exitOK || !strings.Contains(out, "valid") {
		t.Errorf("exported rules do not check: %d %s", code, stderr)
	}
}

func TestShowMarksEvidence(t *testing.T) {
	out, _, code := runCLI(t, "show", filepath.Join(seeds, "agen.txt"))
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"3 décembre 2019]]{c1.signed}", "{c1.signatory:ars}", "{c1.axis 1}"} {
		if !strings.Contains(out, want) {
			t.Errorf("show output lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colours written into a pipe")
	}
}

func TestUsageErrors(t *testing.T) {
	if _, _, code := runCLI(t, "extract"); code != exitUsage {
		t.Errorf("extract without paths: exit %d", code)
	}
	if _, _, code := runCLI(t, "extract", "--format", "xml", seeds); code != exitUsage {
		t.Errorf("bad format: exit %d", code)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"nope"}, &out, &errb); code != exitUsage || !strings.Contains(errb.String(), `unknown command "nope"`) || out.Len() > 0 {
		t.Errorf("unknown command: exit %d, stderr %q, stdout %q", code, errb.String(), out.String())
	}
	out.Reset()
	if code := run([]string{"version"}, &out, &errb); code != exitOK || !strings.HasPrefix(out.String(), "clsx ") {
		t.Errorf("version: exit %d, stdout %q", code, out.String())
	}
}
