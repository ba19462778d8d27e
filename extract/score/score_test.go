package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
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

// ---------------------------------------------------------------------------
// 3. Hand-checked cases.

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Agglomération d’Agen", "agglomeration d'agen"},
		{"  Saint-Étienne\u00a0Métropole ", "saint etienne metropole"},
		{"CŒUR  de\tVILLE", "cœur de ville"},
		{"ﬁche n° 3", "fiche n° 3"},
		{"ΟΔΟΣ ΑΣ", "οδος ας"},
		{"", ""},
	} {
		if got := fold(c.in); got != c.want {
			t.Errorf("fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Axe stratégique 1 : Faciliter l’accès aux soins", "faciliter l'acces aux soins"},
		{"Fiche action n°3 - Prévention", "prevention"},
		{"IV. Santé mentale", "sante mentale"},
		{"Vivre ensemble", "vivre ensemble"},
		{"1.2.3) Objectif;", "objectif"},
		{"• Dépistage.", "depistage"},
		{"Objectif opérationnel 2.1 : Vacciner", "vacciner"},
		{"Axe santé", "axe sante"}, // no number: nothing removed
	} {
		if got := cleanTitle(c.in); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanOrg(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"La Mutualité Française", "mutualite francaise"},
		{"de l’Agence régionale de santé", "agence regionale de sante"},
		{"les Hôpitaux;", "hopitaux"},
		{"Le", "le"},
		{"de la de la Caisse", "caisse"},
	} {
		if got := cleanOrg(c.in); got != c.want {
			t.Errorf("cleanOrg(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTerritoryMatch(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Agglomération d'Agen", "Agen", true},
		{"Briançonnais", "Briançon", false},
		{"Communauté de communes Aunis Atlantique", "Aunis Atlantique", true},
		{"Pays de Martigues", "Martigues", true},
		{"La Seyne sur Mer", "La Seyne-sur-Mer", true},
		{"Agen", "Marseille", false},
		{"ville de", "Ville de", true}, // no core word: compared folded
		{"", "", false},
	} {
		if got := territoryMatch(c.a, c.b); got != c.want {
			t.Errorf("territoryMatch(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDocBase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"testdata/seeds/agen.txt", "agen"}, {"a/b.html", "b"}, {"b.htm", "b"}, {"b.pdf", "b"},
		{"b.TXT", "b.TXT"}, {"b.txt.bak", "b.txt.bak"}, {"b.txt\n", "b\n"}, {"dir/", ""}, {"b", "b"},
	} {
		if got := docBase(c.in); got != c.want {
			t.Errorf("docBase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// ---------------------------------------------------------------------------
// 2. The whole scorer against clsscore.py.

type goldDoc struct {
	base string
	raw  map[string]any
}

func loadGolds(t testing.TB) []goldDoc {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(goldDir, "*.gold.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no gold files in %s: %v", goldDir, err)
	}
	sort.Strings(names)
	var out []goldDoc
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&raw); err != nil {
			t.Fatal(err)
		}
		out = append(out, goldDoc{strings.TrimSuffix(filepath.Base(n), ".gold.json"), raw})
	}
	return out
}

// deepCopy copies a value decoded by encoding/json.
func deepCopy(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	}
	return v
}

type contract = map[string]any

// mutator perturbs one predicted contract.
type mutator struct {
	name string
	f    func(c contract, rng *rand.Rand)
}

var accentFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "â", "a", "ç", "c",
	"ô", "o", "î", "i", "ï", "i", "û", "u", "É", "E", "’", "'")

func str(v any) string { s, _ := v.(string); return s }

func truncRunes(s string, frac float64) string {
	rs := []rune(s)
	return string(rs[:int(float64(len(rs))*frac)])
}

// onTitles applies f to every string of a list (or to the "title" of
// objects in it).
func onTitles(v any, f func(string) any) {
	list, _ := v.([]any)
	for i, e := range list {
		switch x := e.(type) {
		case string:
			list[i] = f(x)
		case map[string]any:
			if s, ok := x["title"].(string); ok {
				x["title"] = f(s)
			}
		}
	}
}

func axes(c contract) []map[string]any {
	var out []map[string]any
	list, _ := c["axes"].([]any)
	for _, a := range list {
		if m, ok := a.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func signatories(c contract) []map[string]any {
	var out []map[string]any
	list, _ := c["signatories"].([]any)
	for _, a := range list {
		if m, ok := a.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func yearOf(v any) int {
	var y int
	fmt.Sscanf(fmt.Sprint(v), "%d", &y)
	return y
}

func dropFirst(v any) any {
	if l, ok := v.([]any); ok && len(l) > 0 {
		return l[1:]
	}
	return v
}

func reversed(v any) any {
	l, ok := v.([]any)
	if !ok {
		return v
	}
	out := make([]any, len(l))
	for i, e := range l {
		out[len(l)-1-i] = e
	}
	return out
}

var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

var mutators = []mutator{
	// territory
	{"territory-no-accents", func(c contract, _ *rand.Rand) { c["territory"] = accentFolder.Replace(str(c["territory"])) }},
	{"territory-upper", func(c contract, _ *rand.Rand) { c["territory"] = strings.ToUpper(str(c["territory"])) }},
	{"territory-cc-prefix", func(c contract, _ *rand.Rand) { c["territory"] = "Communauté de communes " + str(c["territory"]) }},
	{"territory-ville-prefix", func(c contract, _ *rand.Rand) { c["territory"] = "Ville de " + str(c["territory"]) }},
	{"territory-ca-prefix", func(c contract, _ *rand.Rand) { c["territory"] = "CA du " + str(c["territory"]) }},
	{"territory-extra-word", func(c contract, _ *rand.Rand) { c["territory"] = str(c["territory"]) + " Nord" }},
	{"territory-hyphens", func(c contract, _ *rand.Rand) { c["territory"] = strings.ReplaceAll(str(c["territory"]), " ", "-") }},
	{"territory-curly-quote", func(c contract, _ *rand.Rand) { c["territory"] = strings.ReplaceAll(str(c["territory"]), "'", "’") }},
	{"territory-truncate", func(c contract, _ *rand.Rand) { c["territory"] = truncRunes(str(c["territory"]), 0.6) }},
	{"territory-other", func(c contract, _ *rand.Rand) { c["territory"] = "Briançon" }},
	{"territory-type-only", func(c contract, _ *rand.Rand) { c["territory"] = "Communauté d'agglomération" }},
	{"territory-empty", func(c contract, _ *rand.Rand) { c["territory"] = "" }},
	{"territory-null", func(c contract, _ *rand.Rand) { c["territory"] = nil }},
	{"territory-delete", func(c contract, _ *rand.Rand) { delete(c, "territory") }},
	// years and generation
	{"start-year-plus1", func(c contract, _ *rand.Rand) { c["start_year"] = yearOf(c["start_year"]) + 1 }},
	{"start-year-string", func(c contract, _ *rand.Rand) { c["start_year"] = fmt.Sprint(c["start_year"]) }},
	{"start-year-float", func(c contract, _ *rand.Rand) { c["start_year"] = json.Number(fmt.Sprint(c["start_year"]) + ".0") }},
	{"start-year-spaced", func(c contract, _ *rand.Rand) { c["start_year"] = " " + fmt.Sprint(c["start_year"]) + "\n" }},
	{"start-year-arabic", func(c contract, _ *rand.Rand) { c["start_year"] = "٢٠١٩" }},
	{"start-year-underscore", func(c contract, _ *rand.Rand) { c["start_year"] = "2_019" }},
	{"start-year-null", func(c contract, _ *rand.Rand) { c["start_year"] = nil }},
	{"start-year-delete", func(c contract, _ *rand.Rand) { delete(c, "start_year") }},
	{"end-year-plus1", func(c contract, _ *rand.Rand) { c["end_year"] = yearOf(c["end_year"]) + 1 }},
	{"end-year-null", func(c contract, _ *rand.Rand) { c["end_year"] = nil }},
	{"end-year-set", func(c contract, _ *rand.Rand) { c["end_year"] = 2030 }},
	{"duration-plus1", func(c contract, _ *rand.Rand) { c["duration_years"] = yearOf(c["duration_years"]) + 1 }},
	{"duration-null", func(c contract, _ *rand.Rand) { c["duration_years"] = nil }},
	{"duration-computed", func(c contract, _ *rand.Rand) {
		c["duration_years"] = yearOf(c["end_year"]) - yearOf(c["start_year"])
	}},
	{"generation-string", func(c contract, _ *rand.Rand) { c["generation"] = "1" }},
	{"generation-float", func(c contract, _ *rand.Rand) { c["generation"] = json.Number("1.5") }},
	{"generation-bool", func(c contract, _ *rand.Rand) { c["generation"] = true }},
	{"generation-null", func(c contract, _ *rand.Rand) { c["generation"] = nil }},
	{"generation-2", func(c contract, _ *rand.Rand) { c["generation"] = 2 }},
	// signed
	{"signed-year", func(c contract, _ *rand.Rand) {
		if s := str(c["signed"]); len(s) >= 4 {
			c["signed"] = s[:4]
		}
	}},
	{"signed-month", func(c contract, _ *rand.Rand) {
		if s := str(c["signed"]); len(s) >= 7 {
			c["signed"] = s[:7]
		} else {
			c["signed"] = s + "-12"
		}
	}},
	{"signed-day", func(c contract, _ *rand.Rand) {
		if s := str(c["signed"]); len(s) == 4 {
			c["signed"] = s + "-06-15"
		} else if len(s) == 7 {
			c["signed"] = s + "-01"
		}
	}},
	{"signed-other-year", func(c contract, _ *rand.Rand) {
		c["signed"] = fmt.Sprint(yearOf(c["signed"])+1) + str(c["signed"])[min(4, len(str(c["signed"]))):]
	}},
	{"signed-int", func(c contract, _ *rand.Rand) { c["signed"] = yearOf(c["signed"]) }},
	{"signed-null", func(c contract, _ *rand.Rand) { c["signed"] = nil }},
	{"signed-set", func(c contract, _ *rand.Rand) { c["signed"] = "2019-12" }},
	// other scalars
	{"kind-protocole", func(c contract, _ *rand.Rand) { c["kind"] = "protocole" }},
	{"kind-upper", func(c contract, _ *rand.Rand) { c["kind"] = strings.ToUpper(str(c["kind"])) }},
	{"kind-null", func(c contract, _ *rand.Rand) { c["kind"] = nil }},
	{"kind-bool", func(c contract, _ *rand.Rand) { c["kind"] = true }},
	{"territory-kind-commune", func(c contract, _ *rand.Rand) { c["territory_kind"] = "commune" }},
	{"territory-kind-null", func(c contract, _ *rand.Rand) { c["territory_kind"] = nil }},
	{"region-lower", func(c contract, _ *rand.Rand) { c["region"] = strings.ToLower(str(c["region"])) }},
	{"region-no-accents", func(c contract, _ *rand.Rand) { c["region"] = accentFolder.Replace(str(c["region"])) }},
	{"region-spaces", func(c contract, _ *rand.Rand) { c["region"] = strings.ReplaceAll(str(c["region"]), "-", " ") }},
	{"region-null", func(c contract, _ *rand.Rand) { c["region"] = nil }},
	{"region-delete", func(c contract, _ *rand.Rand) { delete(c, "region") }},
	{"region-other", func(c contract, _ *rand.Rand) { c["region"] = "Occitanie" }},
	{"region-list", func(c contract, _ *rand.Rand) { c["region"] = []any{"Occitanie", 1} }},
	// signatories
	{"sig-drop-first", func(c contract, _ *rand.Rand) { c["signatories"] = dropFirst(c["signatories"]) }},
	{"sig-reverse", func(c contract, _ *rand.Rand) { c["signatories"] = reversed(c["signatories"]) }},
	{"sig-dup-first", func(c contract, _ *rand.Rand) {
		if l, _ := c["signatories"].([]any); len(l) > 0 {
			c["signatories"] = append(l, deepCopy(l[0]))
		}
	}},
	{"sig-add", func(c contract, _ *rand.Rand) {
		l, _ := c["signatories"].([]any)
		c["signatories"] = append(l, map[string]any{"name": "Conseil départemental de la Gironde", "kind": "departement"})
	}},
	{"sig-article", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			s["name"] = "la " + str(s["name"])
		}
	}},
	{"sig-upper", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			s["name"] = strings.ToUpper(str(s["name"]))
		}
	}},
	{"sig-typo", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			rs := []rune(str(s["name"]))
			if len(rs) > 2 {
				s["name"] = string(rs[:len(rs)/2]) + string(rs[len(rs)/2+1:])
			}
		}
	}},
	{"sig-truncate", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			s["name"] = truncRunes(str(s["name"]), 0.5)
		}
	}},
	{"sig-kind-change", func(c contract, _ *rand.Rand) {
		if s := signatories(c); len(s) > 0 {
			s[0]["kind"] = "other"
		}
	}},
	{"sig-kind-delete", func(c contract, _ *rand.Rand) {
		for _, s := range signatories(c) {
			delete(s, "kind")
		}
	}},
	{"sig-name-null", func(c contract, _ *rand.Rand) {
		if s := signatories(c); len(s) > 0 {
			s[0]["name"] = nil
		}
	}},
	{"sig-empty", func(c contract, _ *rand.Rand) { c["signatories"] = []any{} }},
	{"sig-null", func(c contract, _ *rand.Rand) { c["signatories"] = nil }},
	// axes and objectives
	{"axes-drop-first", func(c contract, _ *rand.Rand) { c["axes"] = dropFirst(c["axes"]) }},
	{"axes-reverse", func(c contract, _ *rand.Rand) { c["axes"] = reversed(c["axes"]) }},
	{"axes-truncate", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["title"] = truncRunes(str(a["title"]), 0.7)
		}
	}},
	{"axes-number-prefix", func(c contract, _ *rand.Rand) {
		for i, a := range axes(c) {
			a["title"] = fmt.Sprintf("Axe %d : %s", i+1, str(a["title"]))
		}
	}},
	{"axes-roman-prefix", func(c contract, _ *rand.Rand) {
		for i, a := range axes(c) {
			a["title"] = "AXE STRATÉGIQUE " + romans[i%len(romans)] + " – " + strings.ToUpper(str(a["title"]))
		}
	}},
	{"axes-title-null", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["title"] = nil
		}
	}},
	{"axes-empty", func(c contract, _ *rand.Rand) { c["axes"] = []any{} }},
	{"axes-null", func(c contract, _ *rand.Rand) { c["axes"] = nil }},
	{"obj-objects", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			l, _ := a["objectives"].([]any)
			for i, o := range l {
				l[i] = map[string]any{"number": fmt.Sprint(i + 1), "title": o, "themes": []any{}}
			}
		}
	}},
	{"obj-drop-first", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["objectives"] = dropFirst(a["objectives"])
		}
	}},
	{"obj-truncate", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			onTitles(a["objectives"], func(s string) any { return truncRunes(s, 0.6) })
		}
	}},
	{"obj-prefix", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			onTitles(a["objectives"], func(s string) any { return "Objectif opérationnel 1.2 : " + s })
		}
	}},
	{"obj-string-field", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			a["objectives"] = "abc"
		}
	}},
	// actions
	{"act-objects", func(c contract, _ *rand.Rand) {
		for _, a := range axes(c) {
			l, _ := a["actions"].([]any)
			for i, x := range l {
				l[i] = map[string]any{"number": fmt.Sprint(i + 1), "title": x, "leads": []any{}}
			}
		}
	}},
	{"act-flatten", func(c contract, _ *rand.Rand) {
		flat, _ := c["actions"].([]any)
		for _, a := range axes(c) {
			l, _ := a["actions"].([]any)
			flat = append(flat, l...)
			a["actions"] = []any{}
		}
		c["actions"] = flat
	}},
	{"act-gold-dup", func(c contract, _ *rand.Rand) {
		flat, _ := c["actions"].([]any)
		for _, a := range axes(c) {
			l, _ := a["actions"].([]any)
			flat = append(flat, deepCopy(l).([]any)...)
		}
		c["actions"] = flat
	}},
	{"act-flat-objects", func(c contract, _ *rand.Rand) {
		l, _ := c["actions"].([]any)
		for i, x := range l {
			l[i] = map[string]any{"title": x}
		}
	}},
	{"act-prefix", func(c contract, _ *rand.Rand) {
		n := 0
		f := func(s string) any { n++; return fmt.Sprintf("Fiche action n°%d - %s", n, s) }
		for _, a := range axes(c) {
			onTitles(a["actions"], f)
		}
		onTitles(c["actions"], f)
	}},
	{"act-truncate", func(c contract, _ *rand.Rand) {
		f := func(s string) any { return truncRunes(s, 0.5) }
		for _, a := range axes(c) {
			onTitles(a["actions"], f)
		}
		onTitles(c["actions"], f)
	}},
	{"act-bullets", func(c contract, _ *rand.Rand) {
		onTitles(c["actions"], func(s string) any { return "• " + s })
	}},
	{"act-drop-flat-first", func(c contract, _ *rand.Rand) { c["actions"] = dropFirst(c["actions"]) }},
	{"act-untitled", func(c contract, _ *rand.Rand) {
		l, _ := c["actions"].([]any)
		c["actions"] = append(l, map[string]any{"number": "9"}, map[string]any{"title": nil})
	}},
	// themes
	{"themes-drop-first", func(c contract, _ *rand.Rand) { c["themes"] = dropFirst(c["themes"]) }},
	{"themes-add", func(c contract, _ *rand.Rand) {
		l, _ := c["themes"].([]any)
		c["themes"] = append(l, "handicap", "sante_travail")
	}},
	{"themes-dup", func(c contract, _ *rand.Rand) {
		l, _ := c["themes"].([]any)
		c["themes"] = append(l, l...)
	}},
	{"themes-reverse", func(c contract, _ *rand.Rand) { c["themes"] = reversed(c["themes"]) }},
	{"themes-null", func(c contract, _ *rand.Rand) { c["themes"] = nil }},
	{"themes-string", func(c contract, _ *rand.Rand) { c["themes"] = "prevention" }},
	{"themes-numbers", func(c contract, _ *rand.Rand) { c["themes"] = []any{1, json.Number("1.0"), true, nil, "1"} }},
}

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

// ---------------------------------------------------------------------------
// Fuzzing.

func FuzzRatio(f *testing.F) {
	for _, s := range [][2]string{{"", ""}, {"abc", "abd"}, {"Agglomération d’Agen", "agen"}, {"ΣΣ😀", "😀σ"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fuzzlimit.Run(t, func() {
			ra, rb := []rune(a), []rune(b)
			r := ratioRunes(ra, rb)
			if r < 0 || r > 1 || math.IsNaN(r) {
				t.Fatalf("ratio(%q, %q) = %v", a, b, r)
			}
			m := newSequenceMatcher(ra, rb).matches()
			if m > len(ra) || m > len(rb) {
				t.Fatalf("%d matches for lengths %d and %d", m, len(ra), len(rb))
			}
			// Both directions find common subsequences of the two strings:
			// neither can exceed the shorter string.
			if m2 := newSequenceMatcher(rb, ra).matches(); m2 > min(len(ra), len(rb)) {
				t.Fatalf("reverse: %d matches", m2)
			}
			if a == b && a != "" && r != 1 {
				t.Fatalf("ratio(%q, itself) = %v", a, r)
			}
			if len(ra)+len(rb) > 0 && r != float64(2*m)/float64(len(ra)+len(rb)) {
				t.Fatalf("ratio %v is not 2M/T", r)
			}
		})
	})
}

func FuzzScore(f *testing.F) {
	golds := loadGolds(f)
	f.Add(encodeCase("identity", map[string]any{"documents": basePrediction(golds)}).data)
	f.Add([]byte(`{"documents": [{"source": "agen.txt", "contracts": [{"territory": "Agen", "themes": "abc"}]}]}`))
	f.Add([]byte(`{"documents": [{"path": "a/agen.pdf", "contracts": [{"axes": [{"objectives": {"x": 1}}]}]}]}`))
	f.Add([]byte(`{"documents": [{"source": "agen.txt", "contracts": [{"start_year": 1e400}]}]}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzlimit.Run(t, func() {
			rep, err := Score(goldDir, data)
			if !json.Valid(data) && err == nil {
				t.Fatalf("Score accepted invalid JSON %q", data)
			}
			if err == nil {
				if len(rep.Fields) != len(fieldNames) {
					t.Fatalf("%d fields", len(rep.Fields))
				}
				_ = rep.Text()
				if _, err := rep.JSON(); err != nil {
					t.Fatal(err)
				}
			}
		})
	})
}
