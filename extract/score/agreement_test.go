package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// predDoc is one document of a prediction; extra keys are written as given.
type predDoc = map[string]any

// basePrediction is the gold itself, one document per gold file.
func basePrediction(golds []goldDoc) []predDoc {
	var docs []predDoc
	for _, g := range golds {
		docs = append(docs, predDoc{
			"source":    "testdata/seeds/" + g.base + ".txt",
			"sha256":    "0",
			"contracts": deepCopy(g.raw["contracts"]),
		})
	}
	return docs
}

func contractsOf(d predDoc) []any {
	l, _ := d["contracts"].([]any)
	return l
}

type agreementCase struct {
	name string
	data []byte
}

func encodeCase(name string, v any) agreementCase {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return agreementCase{name, b.Bytes()}
}

// agreementCases builds predictions from the gold files by systematic
// perturbations, then random combinations of them.
func agreementCases(t *testing.T, random int) []agreementCase {
	golds := loadGolds(t)
	var cases []agreementCase
	add := func(name string, docs []predDoc) {
		cases = append(cases, encodeCase(name, map[string]any{"documents": docs}))
	}
	add("identity", basePrediction(golds))

	// Every mutator on every contract of every document.
	for _, m := range mutators {
		docs := basePrediction(golds)
		rng := rand.New(rand.NewPCG(1, uint64(len(cases))))
		for _, d := range docs {
			for _, c := range contractsOf(d) {
				m.f(c.(contract), rng)
			}
		}
		add("all/"+m.name, docs)
	}
	// Every mutator on one contract of the document with most contracts,
	// where the others compete for the pairing.
	for _, m := range mutators {
		docs := basePrediction(golds)
		rng := rand.New(rand.NewPCG(2, uint64(len(cases))))
		cs := contractsOf(docs[2]) // ars-paca: 8 contracts
		m.f(cs[len(cases)%len(cs)].(contract), rng)
		add("one/"+m.name, docs)
	}

	// Contract lists.
	listOps := []struct {
		name string
		f    func(d predDoc, golds []goldDoc, i int)
	}{
		{"drop-first", func(d predDoc, _ []goldDoc, _ int) { d["contracts"] = dropFirst(d["contracts"]) }},
		{"reverse", func(d predDoc, _ []goldDoc, _ int) { d["contracts"] = reversed(d["contracts"]) }},
		{"duplicate-first", func(d predDoc, _ []goldDoc, _ int) {
			l := contractsOf(d)
			d["contracts"] = append(l, deepCopy(l[0]))
		}},
		{"add-foreign", func(d predDoc, golds []goldDoc, i int) {
			other := golds[(i+1)%len(golds)].raw["contracts"].([]any)
			d["contracts"] = append(contractsOf(d), deepCopy(other[0]))
		}},
		{"add-sparse", func(d predDoc, _ []goldDoc, _ int) {
			c := contractsOf(d)[0].(contract)
			d["contracts"] = append(contractsOf(d), map[string]any{"territory": c["territory"]}, map[string]any{})
		}},
		{"only-territories", func(d predDoc, _ []goldDoc, _ int) {
			for i, c := range contractsOf(d) {
				contractsOf(d)[i] = map[string]any{"territory": c.(contract)["territory"], "start_year": c.(contract)["start_year"]}
			}
		}},
		{"empty", func(d predDoc, _ []goldDoc, _ int) { d["contracts"] = []any{} }},
		{"null", func(d predDoc, _ []goldDoc, _ int) { d["contracts"] = nil }},
		{"missing", func(d predDoc, _ []goldDoc, _ int) { delete(d, "contracts") }},
	}
	for _, op := range listOps {
		docs := basePrediction(golds)
		for i, d := range docs {
			op.f(d, golds, i)
		}
		add("contracts/"+op.name, docs)
	}

	// Documents.
	for i := range golds {
		docs := basePrediction(golds)
		add("documents/missing-"+golds[i].base, append(docs[:i:i], docs[i+1:]...))
	}
	for _, src := range []string{"x/%s.html", "%s.htm", "/abs/%s.pdf", "%s", "%s.TXT", "%s.txt.bak",
		"%s.txt\n", "%s.html\n", "C:\\docs\\%s.txt", "sub/dir/%s.txt"} {
		docs := basePrediction(golds)
		for _, d := range docs {
			d["source"] = fmt.Sprintf(src, strings.TrimSuffix(strings.TrimPrefix(str(d["source"]), "testdata/seeds/"), ".txt"))
		}
		add("documents/source-"+strings.ReplaceAll(src, "%s", "X"), docs)
	}
	{
		docs := basePrediction(golds)
		for i, d := range docs {
			if i%2 == 0 {
				d["path"] = d["source"]
				delete(d, "source")
			} else {
				d["path"] = "ignored.txt" // source wins over path
			}
		}
		docs[1]["source"] = nil
		add("documents/path", docs)
	}
	{
		docs := basePrediction(golds)
		extra := predDoc{"source": "elsewhere/unknown.txt", "contracts": deepCopy(golds[0].raw["contracts"])}
		add("documents/extra", append(docs, extra))
	}
	{
		docs := basePrediction(golds)
		empty := predDoc{"source": "again/agen.txt", "contracts": []any{}}
		add("documents/override-by-empty", append(docs, empty))
		add("documents/overridden-empty", append([]predDoc{empty}, basePrediction(golds)...))
	}
	cases = append(cases,
		agreementCase{"documents/empty-list", []byte(`{"documents": []}`)},
		agreementCase{"documents/absent", []byte(`{"warnings": []}`)},
		agreementCase{"documents/empty-object", []byte(`{"documents": {}}`)},
		agreementCase{"documents/empty-string", []byte(`{"documents": ""}`)},
		agreementCase{"documents/duplicate-key", []byte(`{"documents": [{"source": "agen.txt"}], "documents": []}`)},
		agreementCase{"documents/deep-unused", []byte(`{"documents": [], "x": ` + strings.Repeat("[", predMaxDepth-1) + strings.Repeat("]", predMaxDepth-1) + `}`)},
		// Inputs on which the script raises: Score must fail too.
		agreementCase{"raise/deep", []byte(`{"documents": [], "x": ` + strings.Repeat("[", predMaxDepth) + strings.Repeat("]", predMaxDepth) + `}`)},
		agreementCase{"raise/not-json", []byte(`{"documents": [`)},
		agreementCase{"raise/top-level-list", []byte(`[]`)},
		agreementCase{"raise/documents-number", []byte(`{"documents": 3}`)},
		agreementCase{"raise/documents-null", []byte(`{"documents": null}`)},
		agreementCase{"raise/document-string", []byte(`{"documents": ["agen.txt"]}`)},
		agreementCase{"raise/source-number", []byte(`{"documents": [{"source": 12}]}`)},
		agreementCase{"raise/contracts-number", []byte(`{"documents": [{"source": "agen.txt", "contracts": 1}]}`)},
		agreementCase{"raise/contract-string", []byte(`{"documents": [{"source": "agen.txt", "contracts": ["x"]}]}`)},
		agreementCase{"raise/territory-number", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"territory": 5}]}]}`)},
		agreementCase{"raise/start-year-inf", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"start_year": 1e400}]}]}`)},
		agreementCase{"raise/signatory-string", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"signatories": ["ARS"]}]}]}`)},
		agreementCase{"raise/signatory-name-number", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"signatories": [{"name": 7}]}]}]}`)},
		agreementCase{"raise/objective-null", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"axes": [{"objectives": [null]}]}]}]}`)},
		agreementCase{"raise/axis-title-list", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"axes": [{"title": ["x"]}]}]}]}`)},
		agreementCase{"raise/theme-list", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"themes": [["x"]]}]}]}`)},
		agreementCase{"raise/themes-number", []byte(`{"documents": [{"source": "agen.txt", "contracts": [{"themes": 3}]}]}`)},
		agreementCase{"raise/int-too-long", []byte(`{"documents": [], "n": ` + strings.Repeat("7", 4301) + `}`)},
		agreementCase{"ok/int-long", []byte(`{"documents": [], "n": ` + strings.Repeat("7", 4300) + `}`)},
		agreementCase{"ok/falsy-shapes", []byte(`{"documents": [{"source": "", "path": "agen.txt", "contracts": [{"territory": 0, "signatories": 0, "axes": {}, "actions": "", "themes": false}]}]}`)},
	)

	// Random combinations: a few mutators on a few contracts, documents
	// sometimes dropped, duplicated or extended.
	rng := rand.New(rand.NewPCG(42, 2024))
	for n := 0; n < random; n++ {
		docs := basePrediction(golds)
		var names []string
		for k := 1 + rng.IntN(4); k > 0; k-- {
			d := docs[rng.IntN(len(docs))]
			cs := contractsOf(d)
			c := cs[rng.IntN(len(cs))].(contract)
			m := mutators[rng.IntN(len(mutators))]
			m.f(c, rng)
			names = append(names, m.name)
		}
		switch rng.IntN(6) {
		case 0:
			i := rng.IntN(len(docs))
			docs = append(docs[:i:i], docs[i+1:]...)
			names = append(names, "drop-doc")
		case 1:
			d := docs[rng.IntN(len(docs))]
			d["contracts"] = reversed(d["contracts"])
			names = append(names, "reverse-contracts")
		case 2:
			d := docs[rng.IntN(len(docs))]
			other := contractsOf(docs[rng.IntN(len(docs))])
			d["contracts"] = append(contractsOf(d), deepCopy(other[rng.IntN(len(other))]))
			names = append(names, "add-contract")
		}
		add(fmt.Sprintf("random/%03d/%s", n, strings.Join(names, "+")), docs)
	}
	return cases
}

// modes are the script's three outputs and the Report method printing each.
var modes = []struct {
	args []string
	text func(*Report) string
}{
	{[]string{"--json"}, func(r *Report) string { b, _ := r.JSON(); return string(b) }},
	{[]string{}, (*Report).Text},
	{[]string{"--per-doc"}, (*Report).TextPerDoc},
}

// driver calls the script's main(argv) for every job in one interpreter, with
// the command line `clsscore.py GOLD PRED [mode]` would give it and its
// standard output captured. Its pure function sim(a, b) is memoized: that
// changes no figure, but Python spends nearly all its time there, and the
// three modes of a case and the many unchanged documents of all cases then
// share the work. The call depth is the command's (module, then main), so
// even json's recursion limit is the same; runCommand checks a sample of
// cases against the command itself.
const driver = loadScript + `import io, contextlib, functools
m.sim = functools.lru_cache(maxsize=None)(m.sim)
out = []
for gold, pred, args in json.load(sys.stdin):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            code = m.main(["clsscore.py", gold, pred] + args)
        out.append({"out": buf.getvalue(), "ok": code == 0, "err": ""})
    except Exception as e:
        out.append({"out": "", "ok": False, "err": type(e).__name__ + ": " + str(e)})
print(json.dumps(out))
`

type scriptResult struct {
	Out string
	OK  bool
	Err string
}

// runCommand runs `python3 clsscore.py gold pred args...`; OK is false when
// the script fails (raises).
func runCommand(t *testing.T, path, gold, pred string, args ...string) scriptResult {
	t.Helper()
	cmd := exec.Command(python(t), append([]string{path, gold, pred}, args...)...)
	var eb bytes.Buffer
	cmd.Stderr = &eb
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("running %s: %v", path, err)
	}
	return scriptResult{string(out), err == nil, eb.String()}
}

type goResult struct {
	rep *Report
	err error
}

// compareOutputs requires Score's result to be what the script printed in
// one mode: the same failure, or byte-identical output.
func compareOutputs(t *testing.T, mode int, got goResult, want scriptResult) {
	t.Helper()
	args := modes[mode].args
	switch {
	case !want.OK && got.err == nil:
		t.Errorf("clsscore.py %v raised but Score did not:\n%s", args, want.Err)
	case want.OK && got.err != nil:
		t.Errorf("Score: %v; clsscore.py %v succeeded", got.err, args)
	case want.OK:
		if text := modes[mode].text(got.rep); text != want.Out {
			t.Errorf("clsscore.py %v differs:\n--- Go\n%s--- Python\n%s", args, text, want.Out)
		}
	}
}

func TestScoreMatchesPython(t *testing.T) {
	python(t)
	path := script(t)
	gold, err := filepath.Abs(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	random := 100
	if testing.Short() {
		random = 10
	}
	cases := agreementCases(t, random)
	dir := t.TempDir()
	preds := make([]string, len(cases))
	var jobs [][]any
	for i, c := range cases {
		preds[i] = filepath.Join(dir, fmt.Sprintf("%03d.json", i))
		if err := os.WriteFile(preds[i], c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, m := range modes {
			jobs = append(jobs, []any{gold, preds[i], m.args})
		}
	}

	// Score every case, on all CPUs.
	got := make([]goResult, len(cases))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rep, err := Score(gold, cases[i].data)
				got[i] = goResult{rep, err}
			}
		}()
	}
	for i := range cases {
		next <- i
	}
	close(next)
	wg.Wait()

	var want []scriptResult
	runPython(t, driver, jobs, &want, path)
	if len(want) != len(jobs) {
		t.Fatalf("driver returned %d results for %d jobs", len(want), len(jobs))
	}
	raised := 0
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for m := range modes {
				compareOutputs(t, m, got[i], want[i*len(modes)+m])
			}
			if strings.HasPrefix(c.name, "raise/") && got[i].err == nil {
				t.Errorf("expected the script and Score to fail")
			}
			if got[i].err == nil {
				checkJSONNumbers(t, got[i].rep)
			}
		})
		if got[i].err != nil {
			raised++
		}
	}
	t.Logf("%d agreement cases (%d where the script raises), %d script runs", len(cases), raised, len(jobs))

	// The command line itself, on a sample: the cases where the script
	// raises (cheap), the depth limits, and every 40th case.
	var runs atomic.Int64
	t.Run("command", func(t *testing.T) {
		for i, c := range cases {
			if !(strings.HasPrefix(c.name, "raise/") || strings.Contains(c.name, "deep") || i%40 == 0 && (i == 0 || !testing.Short())) {
				continue
			}
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				for m := range modes {
					res := runCommand(t, path, gold, preds[i], modes[m].args...)
					compareOutputs(t, m, got[i], res)
					if d := want[i*len(modes)+m]; d.OK != res.OK || d.Out != res.Out {
						t.Errorf("%v: the driver's output differs from the command's", modes[m].args)
					}
					runs.Add(1)
				}
			})
		}
	})
	t.Logf("%d runs of python3 clsscore.py agree", runs.Load())
}
