package score

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldEdgeCasesMatchPython runs the script and Score on gold
// directories of unusual shapes: file names, ignored entries, gold files the
// script cannot load, contracts of odd types.
func TestGoldEdgeCasesMatchPython(t *testing.T) {
	python(t)
	path := script(t)
	nested := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	odd := `{"contracts": [{"territory": "Ville de Gap", "region": null, "kind": "cls", "start_year": "2019",
		"signed": 2019, "generation": 1.0, "themes": "abc",
		"signatories": [{"name": "ARS PACA"}, {"name": "la Ville de Gap", "kind": "commune"}],
		"axes": [{"title": "Axe 1 : Santé", "objectives": {"Dépister": 1, "Vacciner": 2},
		          "actions": ["Fiche action 1 : Bus santé", {"title": "Fiche action 2 : Vaccins"}]}],
		"actions": ["Bus santé", {"number": "3"}]}, {}]}`
	dirs := []struct {
		name   string
		files  map[string]string // name → content; "/" marks a directory
		raises bool              // the script stops with an exception
	}{
		{"deep-ok", map[string]string{"a.gold.json": `{"contracts": [], "notes": ` + nested(goldMaxDepth-1) + `}`}, false},
		{"deep-raise", map[string]string{"a.gold.json": `{"contracts": [], "notes": ` + nested(goldMaxDepth) + `}`}, true},
		{"not-a-dict", map[string]string{"a.gold.json": `[]`}, true},
		{"contracts-null", map[string]string{"a.gold.json": `{"contracts": null}`}, true},
		{"contracts-missing", map[string]string{"a.gold.json": `{"source": "a.txt"}`}, false},
		{"contracts-empty-string", map[string]string{"a.gold.json": `{"contracts": ""}`}, false},
		{"contracts-string", map[string]string{"a.gold.json": `{"contracts": "x"}`}, true},
		{"directory", map[string]string{"a.gold.json": odd, "b.gold.json": "/"}, true},
		{"ignored-entries", map[string]string{"a.gold.json": odd, "notes.txt": "x", "a.gold.json.bak": "[",
			"sub": "/"}, false},
		{"names", map[string]string{"A.gold.json": odd, "z.gold.json": odd, "é-ville.gold.json": odd,
			".gold.json": odd, "a b.gold.json": `{"contracts": [{"territory": "Gap"}]}`}, false},
		{"odd-shapes", map[string]string{"a.gold.json": odd}, false},
		{"invalid-utf8", map[string]string{"a.gold.json": "{\"contracts\": [], \"n\": \"\xff\"}"}, true},
	}
	pred := []byte(`{"documents": [
		{"source": "x/a.txt", "contracts": [{"territory": "Gap", "start_year": 2019, "signed": "2019-03",
			"region": "Provence-Alpes-Côte d'Azur", "themes": ["a", "b"],
			"signatories": [{"name": "Ville de Gap", "kind": "commune"}, {"name": "ARS Paca", "kind": "ars"}],
			"axes": [{"title": "Santé", "objectives": ["Dépister"], "actions": [{"title": "Vaccins"}]}],
			"actions": ["Bus santé"]}, {"territory": "Briançon"}]},
		{"source": "A.html", "contracts": [{"territory": "Gap", "start_year": 2020}]},
		{"source": "dir/", "contracts": [{}]},
		{"path": "é-ville.pdf", "contracts": [{"territory": "Ville de Gap", "kind": "cls", "generation": "1"}]},
		{"source": "a b.htm", "contracts": []}]}`)
	predPath := filepath.Join(t.TempDir(), "pred.json")
	if err := os.WriteFile(predPath, pred, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		t.Run(d.name, func(t *testing.T) {
			gold := t.TempDir()
			for name, content := range d.files {
				p := filepath.Join(gold, name)
				var err error
				if content == "/" {
					err = os.Mkdir(p, 0o755)
				} else {
					err = os.WriteFile(p, []byte(content), 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			rep, err := Score(gold, pred)
			if (err != nil) != d.raises {
				t.Errorf("Score error %v, want an error: %v", err, d.raises)
			}
			for m := range modes {
				compareOutputs(t, m, goResult{rep, err}, runCommand(t, path, gold, predPath, modes[m].args...))
			}
		})
	}
}

// checkJSONNumbers decodes the JSON report and compares it with the Report's
// fields, so that both views of the figures agree.
func checkJSONNumbers(t *testing.T, rep *Report) {
	t.Helper()
	b, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Fields []struct {
			Field                 string
			TP, FP, FN            int
			Precision, Recall, F1 float64
		}
		Micro struct{ Precision, Recall, F1 float64 }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("JSON report does not decode: %v", err)
	}
	if len(doc.Fields) != len(rep.Fields) {
		t.Fatalf("JSON has %d fields, report %d", len(doc.Fields), len(rep.Fields))
	}
	for i, f := range doc.Fields {
		r := rep.Fields[i]
		if f.Field != r.Name || f.TP != r.TP || f.FP != r.FP || f.FN != r.FN ||
			f.Precision != r.Precision || f.Recall != r.Recall || f.F1 != r.F1 {
			t.Errorf("JSON field %d = %+v, report %+v", i, f, r)
		}
	}
	if doc.Micro.Precision != rep.Micro.Precision || doc.Micro.Recall != rep.Micro.Recall || doc.Micro.F1 != rep.Micro.F1 {
		t.Errorf("JSON micro %+v, report %+v", doc.Micro, rep.Micro)
	}
}

// TestScoreIdentity checks, without Python, that the gold scored against
// itself is perfect.
func TestScoreIdentity(t *testing.T) {
	c := encodeCase("identity", map[string]any{"documents": basePrediction(loadGolds(t))})
	rep, err := Score(goldDir, c.data)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Fields {
		if f.FP != 0 || f.FN != 0 {
			t.Errorf("%s: fp=%d fn=%d on the gold itself", f.Name, f.FP, f.FN)
		}
	}
	if rep.Micro.F1 != 1 || len(rep.Docs) != 5 {
		t.Errorf("micro F1 %v, %d docs", rep.Micro.F1, len(rep.Docs))
	}
}
