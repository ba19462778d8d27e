package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract"
)

// goldPlan is the part of a gold contract that says where each objective
// and action belongs.
type goldPlan struct {
	Axes []struct {
		Number     string   `json:"number"`
		Title      string   `json:"title"`
		Objectives []string `json:"objectives"`
		Actions    []string `json:"actions"`
	} `json:"axes"`
}

// TestPDFActionPlanHierarchy reads the 17-page action plan of testdata/pdf
// (4 axes, 16 objectives, 29 fiche tables breaking across pages) through the
// PDF reader and checks the whole outline against its gold: every axis,
// every objective under its axis and every action under its axis, in order.
// The scorer only counts titles, wherever they hang; this test also sees an
// objective or action filed under the wrong axis, or under none.
func TestPDFActionPlanHierarchy(t *testing.T) {
	const name = "plan-actions-cls"
	dir := "../testdata/pdf"
	data, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.FromBytes(name+".pdf", data, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	goldData, err := os.ReadFile(filepath.Join(dir, name+".gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct{ Contracts []goldPlan }
	if err := json.Unmarshal(goldData, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold.Contracts) != 1 || len(doc.Contracts) != 1 {
		t.Fatalf("%d gold contracts, %d extracted; want 1 and 1", len(gold.Contracts), len(doc.Contracts))
	}
	want, got := gold.Contracts[0], doc.Contracts[0]

	// the text reads typographic apostrophes as "'"; the gold keeps the document's
	norm := func(s string) string { return strings.ReplaceAll(s, "’", "'") }
	same := func(what string, got, want []string) {
		t.Helper()
		for i := range want {
			want[i] = norm(want[i])
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n got %d %q\nwant %d %q", what, len(got), got, len(want), want)
		}
	}
	var axes, wantAxes []string
	for _, a := range got.Axes {
		axes = append(axes, a.Number+" "+a.Title)
	}
	for _, a := range want.Axes {
		wantAxes = append(wantAxes, a.Number+" "+a.Title)
	}
	same("axes", axes, wantAxes)
	for i, wa := range want.Axes {
		if i >= len(got.Axes) {
			break
		}
		a := got.Axes[i]
		var objs, acts []string
		for _, o := range a.Objectives {
			objs = append(objs, o.Title)
		}
		for _, x := range a.Actions {
			acts = append(acts, x.Title)
		}
		same("objectives of axis "+wa.Number, objs, wa.Objectives)
		same("actions of axis "+wa.Number, acts, wa.Actions)
	}
	// every action of the plan has an axis
	if len(got.Actions) > 0 {
		var flat []string
		for _, x := range got.Actions {
			flat = append(flat, x.Title)
		}
		t.Errorf("%d actions outside the axes: %q", len(flat), flat)
	}

	// and the scores: the structure exactly, the contract as a whole nearly
	goldDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(goldDir, name+".gold.json"), goldData, 0o644); err != nil {
		t.Fatal(err)
	}
	rep := scoreDocs(t, goldDir, []*extract.Document{doc})
	t.Logf("%s: micro P=%.3f R=%.3f F1=%.3f\n%s", name, rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1, rep.TextPerDoc())
	for _, f := range rep.Fields {
		switch f.Name {
		case "axes", "objectives", "actions":
			if f.F1 < 1 {
				t.Errorf("%s F1 %.3f (tp %d fp %d fn %d), want 1", f.Name, f.F1, f.TP, f.FP, f.FN)
			}
		}
	}
	if rep.Micro.F1 < 0.98 {
		t.Errorf("micro-F1 %.3f < 0.98", rep.Micro.F1)
	}
}
