package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// goldDir holds copies of shared/corpus/seeds/*.gold.json, so that the tests
// do not depend on the shared tree except for the reference scorer itself.
const goldDir = "testdata/gold"

// scriptRel is clsscore.py seen from this package: the module root is
// /work/main and the shared tree sits beside it.
const scriptRel = "../../../shared/tools/clsscore.py"

var (
	pythonOnce sync.Once
	pythonPath string
)

// python returns the interpreter to compare with, or skips the test. A
// version manager's shim (pyenv) costs a shell per call, so the real
// interpreter behind python3 is resolved once and run directly.
func python(t testing.TB) string {
	t.Helper()
	pythonOnce.Do(func() {
		p, err := exec.LookPath("python3")
		if err != nil {
			return
		}
		pythonPath = p
		out, err := exec.Command(p, "-c", "import sys; print(sys.executable)").Output()
		if exe := strings.TrimSpace(string(out)); err == nil && exe != "" {
			pythonPath = exe
		}
	})
	if pythonPath == "" {
		t.Skip("python3 is not on PATH")
	}
	return pythonPath
}

// script returns the absolute path of clsscore.py, or skips the test.
func script(t testing.TB) string {
	t.Helper()
	p, err := filepath.Abs(scriptRel)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("reference scorer not found: %v", err)
	}
	return p
}

// runPython runs a Python program with in as JSON on its standard input and
// decodes its standard output (JSON) into out.
func runPython(t *testing.T, program string, in, out any, args ...string) {
	t.Helper()
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python(t), append([]string{"-c", program}, args...)...)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(stdout, out); err != nil {
		t.Fatalf("python output: %v\n%s", err, stdout)
	}
}

// goldStrings returns every string value of the gold files (titles, names,
// objectives, actions, notes), the text the scorer really compares.
func goldStrings(t *testing.T) []string {
	t.Helper()
	var out []string
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(x[k])
			}
		}
	}
	for _, d := range loadGolds(t) {
		walk(d.raw)
	}
	return out
}

// ---------------------------------------------------------------------------
// 1. SequenceMatcher.ratio against difflib.

// mutate returns a variant of s: characters dropped, doubled, swapped,
// replaced or the string truncated, on code points.
func mutate(rng *rand.Rand, s string) string {
	rs := []rune(s)
	alphabet := []rune("aeiouéèàçôœ -'’lnrst0123Σσς😀")
	for n := rng.IntN(4); n >= 0; n-- {
		if len(rs) == 0 {
			rs = append(rs, alphabet[rng.IntN(len(alphabet))])
			continue
		}
		i := rng.IntN(len(rs))
		switch rng.IntN(6) {
		case 0:
			rs = append(rs[:i:i], rs[i+1:]...)
		case 1:
			rs = append(rs[:i+1:i+1], rs[i:]...)
		case 2:
			j := rng.IntN(len(rs))
			rs[i], rs[j] = rs[j], rs[i]
		case 3:
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		case 4:
			rs = rs[:i]
		case 5:
			rs = append(rs[:i:i], append([]rune(string(rs[rng.IntN(len(rs)):])), rs[i:]...)...)
		}
	}
	return string(rs)
}

func randomString(rng *rand.Rand, alphabet string, max int) string {
	as := []rune(alphabet)
	rs := make([]rune, rng.IntN(max+1))
	for i := range rs {
		rs[i] = as[rng.IntN(len(as))]
	}
	return string(rs)
}

func TestRatioMatchesPython(t *testing.T) {
	python(t)
	rng := rand.New(rand.NewPCG(7, 11))
	pairs := [][2]string{
		{"", ""}, {"", "a"}, {"a", ""}, {"a", "a"}, {"ab", "ba"}, {"abcd", "bcda"},
		{" abcd", "abcd abcd"}, {"abcd abcd", " abcd"}, {"aaaa", "aa"}, {"abab", "baba"},
		{"privet", "privét"}, {"é", "é"}, {"Σίσυφος", "σίσυφος"}, {"😀a😀", "a😀a"},
		{strings.Repeat("ab", 150), strings.Repeat("ba", 140)},             // long: autojunk would purge
		{strings.Repeat("e ", 120) + "x", "x" + strings.Repeat(" e", 130)}, // popular elements
		{"faciliter l'acces aux soins et les parcours de sante", "faciliter l'acces aux soins"},
		{"qwertyuiop", "poiuytrewq"}, {"abcabcabc", "cbacbacba"}, {"tttt", "tttttttt"},
	}
	golds := goldStrings(t)
	for i := 0; i < 150; i++ {
		a := golds[rng.IntN(len(golds))]
		pairs = append(pairs, [2]string{a, mutate(rng, a)})
	}
	for i := 0; i < 80; i++ {
		pairs = append(pairs, [2]string{golds[rng.IntN(len(golds))], golds[rng.IntN(len(golds))]})
	}
	for i := 0; i < 60; i++ {
		a := golds[rng.IntN(len(golds))]
		pairs = append(pairs, [2]string{fold(a), cleanTitle(mutate(rng, a))})
	}
	for i := 0; i < 120; i++ {
		alpha := []string{"ab", "abc", "aé ", "xyz😀", "aaab", "ΣΑσ ", "0123456789"}[i%7]
		pairs = append(pairs, [2]string{randomString(rng, alpha, 40), randomString(rng, alpha, 40)})
	}
	var want []float64
	runPython(t, `import sys, json
from difflib import SequenceMatcher
pairs = json.load(sys.stdin)
print(json.dumps([SequenceMatcher(None, a, b, autojunk=False).ratio() for a, b in pairs]))`, pairs, &want)
	if len(want) != len(pairs) {
		t.Fatalf("python returned %d ratios for %d pairs", len(want), len(pairs))
	}
	for i, p := range pairs {
		if got := ratio(p[0], p[1]); got != want[i] {
			t.Errorf("ratio(%q, %q) = %v, python %v", p[0], p[1], got, want[i])
		}
	}
	t.Logf("%d ratios equal to difflib's", len(pairs))
}

// ---------------------------------------------------------------------------
// Float formatting: repr, round(x, 3), :6.3f and :.3f against Python.

func TestFloatFormattingMatchesPython(t *testing.T) {
	python(t)
	var counts [][3]int
	for tp := 0; tp <= 40; tp++ {
		for fp := 0; fp <= 40; fp += 3 {
			for fn := 0; fn <= 40; fn += 7 {
				counts = append(counts, [3]int{tp, fp, fn})
			}
		}
	}
	counts = append(counts, [3]int{1, 1999, 0}, [3]int{3, 97000, 5}, [3]int{0, 0, 0}, [3]int{0, 0, 4})
	var want [][]string
	runPython(t, `import sys, json
out = []
for tp, fp, fn in json.load(sys.stdin):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    row = []
    for x in (p, r, f):
        row += [repr(x), repr(round(x, 3)), f"{round(x, 3):6.3f}", f"{x:.3f}"]
    out.append(row)
print(json.dumps(out))`, counts, &want)
	for i, c := range counts {
		p, r, f := prf(c[0], c[1], c[2])
		var got []string
		for _, x := range []float64{p, r, f} {
			got = append(got, pyFloatRepr(x), pyFloatRepr(pyRound3(x)),
				fmt.Sprintf("%6.3f", pyRound3(x)), fmt.Sprintf("%.3f", x))
		}
		if !equalStrings(got, want[i]) {
			t.Errorf("counts %v: got %q, python %q", c, got, want[i])
		}
	}

	// repr of floats of every magnitude, and of exact ties at 3 decimals.
	rng := rand.New(rand.NewPCG(3, 5))
	floats := []float64{0, math.Copysign(0, -1), 1, 0.1, 0.0625, 0.0005, 2.675, 1e16, 1e15,
		9999999999999998, 1e-4, 1e-5, 123456789012345678, 1.5e300, 5e-324, math.Inf(1), math.Inf(-1)}
	for i := 0; i < 300; i++ {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) {
			continue
		}
		floats = append(floats, f, float64(rng.IntN(1<<20))/float64(int(1)<<rng.IntN(24)))
	}
	enc := make([]string, len(floats)) // JSON cannot carry inf: send repr strings
	for i, f := range floats {
		enc[i] = strconvRoundTrip(f)
	}
	var pairs [][2]string
	runPython(t, `import sys, json
print(json.dumps([[repr(float(s)), repr(round(float(s), 3))] for s in json.load(sys.stdin)]))`, enc, &pairs)
	for i, f := range floats {
		if got := pyFloatRepr(f); got != pairs[i][0] {
			t.Errorf("repr(%v) = %q, python %q", f, got, pairs[i][0])
		}
		if pyFloatRepr(pyRound3(f)) != pairs[i][1] {
			t.Errorf("round(%v, 3) = %q, python %q", f, pyFloatRepr(pyRound3(f)), pairs[i][1])
		}
	}
}

func strconvRoundTrip(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64) // exact: the shortest round-trip form
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------
// The text helpers and norm_scalar against the script's own functions.

// loadScript imports clsscore.py as a module in a Python program.
const loadScript = `import sys, json, importlib.util
spec = importlib.util.spec_from_file_location("clsscore", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
`

func TestHelpersMatchPython(t *testing.T) {
	python(t)
	path := script(t)
	rng := rand.New(rand.NewPCG(5, 8))
	strs := []string{
		"", " ", "Agglomération d’Agen", "Communauté de communes Aunis Atlantique",
		"Saint-Étienne\u00a0Métropole", "  CC   du Pays de Gex ", "Pays de Martigues", "Briançonnais",
		"Axe stratégique 1 : Faciliter l’accès aux soins", "AXE 2 – Prévention", "Axe II - Santé mentale",
		"Fiche action n°3 - Lutter contre l’isolement", "Fiche-action 12. Nutrition", "Action 4) Sport",
		"Objectif opérationnel 1.2 : Dépistage", "Objectif spécifique 3: x", "objectif general iv. y",
		"IV. Vieillissement", "vi titre", "Vivre ensemble", "ix", "x.", "nox. foo", "n° 5 bis", "No 7 : z",
		"1.2.3) Objectif;", "1. ", "• puce", "– tiret", "* étoile", "- 1", "12.a", "axe1 x", "axeiv. y",
		"La Mutualité Française", "de l’Agence régionale de santé", "les  le la Ligue", "d’Autun", "Le",
		"l'État", "de la de la Caisse", "DES Hôpitaux ;", "ΑΣ ΟΔΟΣ Σ", "İstanbul", "ﬁche ½ ²", "\x1ca\x1fb",
		"a\u2028b\u3000c", "١٢", "Straße", "ǅemal", "Ville-de-Paris", "l''Isle \"sur\" la Sorgue",
		"communautés des communes", "métropole Nice Côte d'Azur", "Terres des Confluences",
		"territoire", "CA", "ca va", "Ca", "d'agglomération", "ville de", "commune", "Sainte-Foy-lès-Lyon",
	}
	golds := goldStrings(t)
	for i := 0; i < 120; i++ {
		strs = append(strs, mutate(rng, golds[rng.IntN(len(golds))]))
	}
	strs = append(strs, golds...)
	var pairs [][2]string
	for i := 0; i+1 < len(strs) && i < 80; i++ {
		pairs = append(pairs, [2]string{strs[i], strs[i+1]})
	}
	pairs = append(pairs, [2]string{"Agglomération d'Agen", "Agen"}, [2]string{"Briançonnais", "Briançon"},
		[2]string{"ville de", "Ville de"}, [2]string{"la", "le"}, [2]string{"CC Aunis Atlantique", "aunis"})
	scalarsIn := []string{`null`, `""`, `"2019"`, `" 2019 "`, `"2019.0"`, `2019`, `2019.0`, `2019.9`, `-0.5`,
		`true`, `false`, `0`, `"٢٠١٩"`, `"2_019"`, `"2__019"`, `"+7"`, `"\u001c7"`, `"\u00857\u3000"`,
		`[1, "a'b", {"k": null}]`, `{"a": [true, 1.5e300]}`, `"Nouvelle-Aquitaine"`, `"PROVENCE-Alpes"`,
		`1e400`, `-1e400`, `1e22`, `123456789012345678901234567890`, `"` + strings.Repeat("9", 4301) + `"`,
		`"` + strings.Repeat("9", 4300) + `"`, `"x\u0000y"`, `"\u00e9t\u00e9 \"q\" '\\'"`, `[]`, `{}`,
		`["\u00ad\u00a0\u00e9\u2028\ud83d\ude00\u007f\u0085\t\n", "\"", "'", "'\"", "\\"]`,
		`{"b": 1, "a": [2.5, 1e-7, -0.0, 1e16], "b": 3}`, `[false, null, 12345678901234567890]`}
	fieldsIn := []string{"generation", "region", "signed", "kind"}
	var want struct {
		Fold, Title, Org []string
		Core             [][]string
		Match            []bool
		Norm             [][]string
	}
	in := map[string]any{"strings": strs, "pairs": pairs, "scalars": scalarsIn, "fields": fieldsIn}
	runPython(t, loadScript+`
inp = json.load(sys.stdin)
def tag(v):
    if v is None: return ["none"]
    if isinstance(v, int): return ["int", str(v)]
    return ["str", v]
def norm(f, raw):
    try:
        return tag(m.norm_scalar(f, json.loads(raw)))
    except Exception as e:
        return ["raise", type(e).__name__]
print(json.dumps({
    "Fold": [m.fold(s) for s in inp["strings"]],
    "Title": [m.clean_title(s) for s in inp["strings"]],
    "Org": [m.clean_org(s) for s in inp["strings"]],
    "Core": [sorted(m.territory_core(s)) for s in inp["strings"]],
    "Match": [m.territory_match(a, b) for a, b in inp["pairs"]],
    "Norm": [norm(f, raw) for f in inp["fields"] for raw in inp["scalars"]],
}))`, in, &want, path)
	for i, s := range strs {
		if got := fold(s); got != want.Fold[i] {
			t.Errorf("fold(%q) = %q, python %q", s, got, want.Fold[i])
		}
		if got := cleanTitle(s); got != want.Title[i] {
			t.Errorf("clean_title(%q) = %q, python %q", s, got, want.Title[i])
		}
		if got := cleanOrg(s); got != want.Org[i] {
			t.Errorf("clean_org(%q) = %q, python %q", s, got, want.Org[i])
		}
		var core []string
		for w := range territoryCore(s) {
			core = append(core, w)
		}
		sort.Strings(core)
		if !equalStrings(core, want.Core[i]) {
			t.Errorf("territory_core(%q) = %q, python %q", s, core, want.Core[i])
		}
	}
	for i, p := range pairs {
		if got := territoryMatch(p[0], p[1]); got != want.Match[i] {
			t.Errorf("territory_match(%q, %q) = %v, python %v", p[0], p[1], got, want.Match[i])
		}
	}
	k := 0
	for _, f := range fieldsIn {
		for _, raw := range scalarsIn {
			got := normTagged(f, raw)
			if !equalStrings(got, want.Norm[k]) {
				t.Errorf("norm_scalar(%q, %s) = %q, python %q", f, raw, got, want.Norm[k])
			}
			k++
		}
	}
}

// normTagged runs normScalar on a JSON literal and tags the result like the
// Python side of TestHelpersMatchPython.
func normTagged(field, raw string) (tag []string) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(pyError)
			if !ok {
				panic(r)
			}
			name, _, _ := strings.Cut(pe.msg, ":")
			tag = []string{"raise", name}
		}
	}()
	v, err := decodePy([]byte(raw), predMaxDepth)
	if err != nil {
		return []string{"raise", "ValueError"}
	}
	switch x := normScalar(field, v).(type) {
	case nil:
		return []string{"none"}
	case string:
		return []string{"str", x}
	default:
		return []string{"int", fmt.Sprint(x)}
	}
}
