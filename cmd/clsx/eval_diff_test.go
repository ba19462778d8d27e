package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldDoc is one NAME.gold.json as generic JSON; numbers kept as written.
type goldDoc = map[string]any

// goldFromExtraction copies the seed texts into a new directory with, as
// each one's gold, what clsx extracts from it: eval finds no difference
// there, so each change a test makes to a gold file is the only one.
func goldFromExtraction(t *testing.T) (dir string, golds map[string]goldDoc) {
	t.Helper()
	dir = t.TempDir()
	out, stderr, code := runCLI(t, "extract", "--format", "json", seeds)
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	var rec struct{ Documents []goldDoc }
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		t.Fatal(err)
	}
	golds = map[string]goldDoc{}
	for _, d := range rec.Documents {
		name := filepath.Base(d["source"].(string))
		text, err := os.ReadFile(filepath.Join(seeds, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), text, 0o644); err != nil {
			t.Fatal(err)
		}
		golds[strings.TrimSuffix(name, ".txt")] = goldDoc{"contracts": d["contracts"]}
	}
	writeGolds(t, dir, golds)
	return dir, golds
}

// realGold copies the seeds, texts and hand-made gold files, into a new
// directory.
func realGold(t *testing.T) (dir string, golds map[string]goldDoc) {
	t.Helper()
	dir = t.TempDir()
	golds = map[string]goldDoc{}
	names, _ := filepath.Glob(filepath.Join(seeds, "*"))
	for _, p := range names {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if base, ok := strings.CutSuffix(filepath.Base(p), ".gold.json"); ok {
			var g goldDoc
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.UseNumber()
			if err := dec.Decode(&g); err != nil {
				t.Fatal(err)
			}
			golds[base] = g
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeGolds(t, dir, golds)
	return dir, golds
}

func writeGolds(t *testing.T, dir string, golds map[string]goldDoc) {
	t.Helper()
	for base, g := range golds {
		data, err := json.MarshalIndent(g, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, base+".gold.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The accessors below fail the test on a gold file of an unexpected shape.

func contracts(g goldDoc) []any { return g["contracts"].([]any) }

func firstContract(g goldDoc) map[string]any { return contracts(g)[0].(map[string]any) }

func signatoryList(c map[string]any) []any { return c["signatories"].([]any) }

func signatory(c map[string]any, i int) map[string]any {
	return signatoryList(c)[i].(map[string]any)
}

// diffSection is what eval --diff prints after the scores.
func diffSection(t *testing.T, out string) []string {
	t.Helper()
	_, after, ok := strings.Cut(out, "\nmicro ")
	if !ok {
		t.Fatalf("no micro line in\n%s", out)
	}
	lines := strings.Split(strings.TrimRight(after, "\n"), "\n")
	return lines[2:] // after the rest of the micro line and a blank line
}

// TestEvalDiffNamesEachChange makes one change to the gold of agen (one
// contract) and checks eval --diff reports it, and it alone: the lines of
// the agen pair, or the line of the unpaired contract.
func TestEvalDiffNamesEachChange(t *testing.T) {
	cases := []struct {
		name string
		// change alters the first contract c of the gold of agen and
		// returns the lines wanted under agen's pair (pair true) or
		// under agen itself.
		change func(t *testing.T, g goldDoc, c map[string]any) (lines []string, pair bool)
	}{
		{"signatory only in the gold is missed", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			c["signatories"] = append(signatoryList(c), map[string]any{"name": "Conseil des sages de la Garonne", "kind": "other"})
			return []string{"    - signatory: Conseil des sages de la Garonne"}, true
		}},
		{"signatory only extracted is invented", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			name := signatory(c, 0)["name"].(string)
			c["signatories"] = signatoryList(c)[1:]
			return []string{"    + signatory: " + name}, true
		}},
		{"signatory kind", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			s := signatory(c, 1)
			got := s["kind"].(string)
			s["kind"] = "mutual"
			return []string{fmt.Sprintf("    ~ signatory kind: %s: gold mutual, got %s", s["name"], got)}, true
		}},
		{"start year shows both years", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			got, _ := c["start_year"].(json.Number).Int64()
			c["start_year"] = got - 1
			return []string{fmt.Sprintf("    start_year: gold %d, got %d", got-1, got)}, true
		}},
		{"end year only extracted", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			got := c["end_year"]
			c["end_year"] = nil
			return []string{fmt.Sprintf("    end_year: gold –, got %v", got)}, true
		}},
		{"axis title", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			axis := c["axes"].([]any)[0].(map[string]any)
			got := axis["title"].(string)
			axis["title"] = "Un axe que le texte ne contient pas"
			return []string{"    - axis: Un axe que le texte ne contient pas", "    + axis: " + got}, true
		}},
		{"themes as sets", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			themes := c["themes"].([]any)
			c["themes"] = append(themes[1:], "zz_gold_only")
			return []string{fmt.Sprintf("    themes: missing [zz_gold_only], extra [%s]", themes[0])}, true
		}},
		{"contract only in the gold is missed", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			g["contracts"] = append(contracts(g), map[string]any{"territory": "Ville imaginaire", "kind": "cls", "start_year": 2031})
			return []string{"  - contract missed: Ville imaginaire (signed –, start 2031)"}, false
		}},
		{"contract only extracted is invented", func(t *testing.T, g goldDoc, c map[string]any) ([]string, bool) {
			g["contracts"] = []any{}
			return []string{fmt.Sprintf("  + contract invented: %s (signed %s, start %s)", c["territory"], c["signed"], c["start_year"])}, false
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir, golds := goldFromExtraction(t)
			c := firstContract(golds["agen"])
			want, pair := tc.change(t, golds["agen"], c)
			writeGolds(t, dir, golds)
			out, stderr, code := runCLI(t, "eval", "--diff", dir)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got := diffSection(t, out)
			if len(got) < 3 || got[1] != "agen" {
				t.Fatalf("want only agen's differences, got\n%s", strings.Join(got, "\n"))
			}
			body := got[2:]
			if pair {
				if !strings.HasPrefix(body[0], "  = ") {
					t.Fatalf("want agen's pair first, got\n%s", strings.Join(got, "\n"))
				}
				body = body[1:]
			}
			if strings.Join(body, "\n") != strings.Join(want, "\n") {
				t.Errorf("agen's differences\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// The gold extracted from the texts themselves has no difference.
func TestEvalDiffNone(t *testing.T) {
	dir, _ := goldFromExtraction(t)
	out, stderr, code := runCLI(t, "eval", "--diff", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "micro P=1.000 R=1.000 F1=1.000\n\nno differences\n") {
		t.Errorf("want a perfect score and no differences:\n%s", out)
	}
}

// The diff of the seeds, with three changes to the gold of agen, in each
// format, compared with golden files (refresh with go test -update and
// review the diff).
func TestEvalDiffGolden(t *testing.T) {
	dir, golds := realGold(t)
	g := golds["agen"]
	c := firstContract(g)
	c["signatories"] = append(signatoryList(c), map[string]any{"name": "Conseil des sages de la Garonne", "kind": "other"})
	signatory(c, 1)["kind"] = "mutual"
	c["themes"] = append(c["themes"].([]any)[1:], "zz_gold_only")
	g["contracts"] = append(contracts(g), map[string]any{"territory": "Ville imaginaire", "kind": "cls", "start_year": 2031})
	writeGolds(t, dir, golds)
	for _, format := range []string{"table", "json", "csv"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := runCLI(t, "eval", "--diff", "--format", format, dir)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if format == "json" && !json.Valid([]byte(out)) {
				t.Fatalf("invalid JSON:\n%s", out)
			}
			checkGolden(t, "eval-diff-seeds."+map[string]string{"table": "txt", "json": "json", "csv": "csv"}[format], out)
		})
	}
}

// Names from a gold file reach the output escaped, whatever the format:
// no ESC, CSI or bidirectional override reaches a terminal raw.
func TestEvalDiffEscapesControlCharacters(t *testing.T) {
	const evil = "Evil\x1b[2J\u009b31m\u202eName\tTab"
	dir, golds := goldFromExtraction(t)
	c := firstContract(golds["agen"])
	c["signatories"] = append(signatoryList(c), map[string]any{"name": evil, "kind": "other"})
	writeGolds(t, dir, golds)
	for _, format := range []string{"table", "json", "csv"} {
		out, stderr, code := runCLI(t, "eval", "--diff", "--format", format, dir)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		for _, bad := range []string{"\x1b", "\u009b", "\u202e", "\t"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: %q printed raw", format, bad)
			}
		}
		switch format {
		case "json":
			var doc struct {
				Documents []struct {
					Contracts []struct{ Differences []struct{ Gold string } }
				}
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if d := doc.Documents; len(d) != 1 || len(d[0].Contracts) != 1 || d[0].Contracts[0].Differences[0].Gold != evil {
				t.Errorf("json: the name is not kept as it is: %+v", doc)
			}
		default:
			if !strings.Contains(out, `Evil\x1b[2J\u009b31m\u202eName\x09Tab`) {
				t.Errorf("%s: the name is not shown escaped:\n%s", format, out)
			}
		}
	}
}
