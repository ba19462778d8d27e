package score

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// fieldNames are the rows of the report, in the order of the script's
// fields dict: contracts, territory, SCALARS, then the list fields.
var fieldNames = append(append([]string{"contracts", "territory"}, scalars...),
	"signatories", "signatory_kind", "axes", "objectives", "actions", "themes")

// tally is the script's Tally: true positives, false positives, false
// negatives of one field.
type tally struct{ tp, fp, fn int }

func (t *tally) add(tp, fp, fn int) {
	t.tp += tp
	t.fp += fp
	t.fn += fn
}

// tallies maps each field name to its tally.
type tallies map[string]*tally

func newTallies() tallies {
	t := tallies{}
	for _, n := range fieldNames {
		t[n] = &tally{}
	}
	return t
}

// Score scores the extraction record predJSON against the NAME.gold.json files
// of goldDir, as `clsscore.py goldDir pred.json` does. It returns an error
// wherever the script would stop with an exception (unreadable or invalid
// JSON, a value of a type the script cannot handle), in which case the script
// prints no figures either.
func Score(goldDir string, predJSON []byte) (*Report, error) {
	return scoreJSON(goldDir, predJSON, false)
}

// scoreJSON is Score, with the differences of each document kept when diff
// is set (ScoreDiff).
func scoreJSON(goldDir string, predJSON []byte, diff bool) (rep *Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(pyError)
			if !ok {
				panic(r)
			}
			rep, err = nil, fmt.Errorf("score: %w", pe)
		}
	}()
	pred, err := decodePy(predJSON, predMaxDepth)
	if err != nil {
		return nil, fmt.Errorf("score: prediction: %w", err)
	}
	return score(goldDir, pred, diff)
}

// score is score() of the script, with per-document deltas always kept
// (the script keeps them only for --per-doc; they cost nothing), and the
// differences behind them when diff is set.
func score(goldDir string, pred any, diff bool) (*Report, error) {
	fields := newTallies()
	docs := map[string]any{}
	for _, d := range pyIter(pyGetDefault(pred, "documents", []any{})) {
		src := pyOr(pyOr(pyGet(d, "source"), pyGet(d, "path")), "")
		s, ok := src.(string)
		if !ok {
			raise("TypeError: expected str, bytes or os.PathLike object, not %s", typeName(src))
		}
		docs[docBase(s)] = d
	}
	entries, err := os.ReadDir(goldDir)
	if err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names) // byte order of UTF-8 is Python's code point order
	rep := &Report{}
	for _, fn := range names {
		if !strings.HasSuffix(fn, ".gold.json") {
			continue
		}
		base := strings.TrimSuffix(fn, ".gold.json")
		data, err := os.ReadFile(filepath.Join(goldDir, fn))
		if err != nil {
			return nil, fmt.Errorf("score: %w", err)
		}
		gold, err := decodePy(data, goldMaxDepth)
		if err != nil {
			return nil, fmt.Errorf("score: %s: %w", fn, err)
		}
		pdoc, found := docs[base]
		if !found {
			pdoc = &pyDict{keys: []string{"contracts"}, vals: map[string]any{"contracts": []any{}}}
		}
		before := map[string]tally{}
		for k, t := range fields {
			before[k] = *t
		}
		gcs := pyGetDefault(gold, "contracts", []any{})
		pcs := pyOr(pyGet(pdoc, "contracts"), []any{})
		diffs := scoreDoc(gcs, pcs, fields, diff)
		delta := DocDelta{Base: base, Found: found, Fields: map[string][3]int{}, Diff: diffs}
		for k, t := range fields {
			b := before[k]
			delta.Fields[k] = [3]int{t.tp - b.tp, t.fp - b.fp, t.fn - b.fn}
		}
		rep.Docs = append(rep.Docs, delta)
	}
	rep.setFields(fields)
	return rep, nil
}

// docBase is the pairing key of a predicted document:
//
//	base = os.path.basename(source)
//	base = re.sub(r"\.(txt|html?|pdf)$", "", base)
//
// Python's $ also matches before a final newline, so "a.txt\n" gives "a\n".
func docBase(src string) string {
	base := src[strings.LastIndexByte(src, '/')+1:]
	body, nl := base, ""
	if strings.HasSuffix(base, "\n") {
		body, nl = base[:len(base)-1], "\n"
	}
	for _, ext := range []string{".txt", ".html", ".htm", ".pdf"} {
		if strings.HasSuffix(body, ext) {
			return body[:len(body)-len(ext)] + nl
		}
	}
	return base
}

// scoreDoc is score_doc(): contracts pair greedily by contract_similarity
// (0.5 or more), then every pair, unpaired gold contract and unpaired
// predicted contract is scored field by field. With diff, it returns the
// contracts that differ: pairs with a difference, then the unpaired ones.
func scoreDoc(gcsV, pcsV any, fields tallies, diff bool) []ContractDiff {
	gcs := pyIter(gcsV)
	var pairs []candidate
	for i, g := range gcs {
		pcs := pyIter(pcsV)
		for j, p := range pcs {
			if s := contractSimilarity(g, p); s >= 0.5 {
				pairs = append(pairs, candidate{s, i, j})
			}
		}
	}
	matched, usedG, usedP := greedyPairs(pairs)
	pcs := pyIter(pcsV) // len(pcs) and the last loop need it iterable
	fields["contracts"].add(len(matched), len(pcs)-len(matched), len(gcs)-len(matched))
	var diffs []ContractDiff
	keep := func(d *ContractDiff, g, p any, i, j int) {
		if d == nil || d.Change == Paired && len(d.Differences) == 0 {
			return
		}
		if i >= 0 {
			d.Gold = refOf(g, i)
		}
		if j >= 0 {
			d.Got = refOf(p, j)
		}
		diffs = append(diffs, *d)
	}
	for _, m := range matched {
		d := newContractDiff(diff, Paired)
		scorePair(gcs[m[0]], pcs[m[1]], fields, d)
		keep(d, gcs[m[0]], pcs[m[1]], m[0], m[1])
	}
	empty := newPyDict()
	for i, g := range gcs {
		if !usedG[i] {
			d := newContractDiff(diff, Missed)
			scorePair(g, empty, fields, d)
			keep(d, g, nil, i, -1)
		}
	}
	for j, p := range pcs {
		if !usedP[j] {
			d := newContractDiff(diff, Invented)
			scorePair(empty, p, fields, d)
			keep(d, nil, p, -1, j)
		}
	}
	sortPairs(diffs)
	return diffs
}

// scorePair is score_pair(): territory, the scalars, signatories and their
// kinds, axes, objectives, actions and themes of one gold contract g against
// one predicted contract p (either may be the empty dict). Every value not
// counted a true positive is recorded in d (which may be nil).
func scorePair(g, p any, fields tallies, d *ContractDiff) {
	gt, pt := pyGet(g, "territory"), pyGet(p, "territory")
	if pyTruthy(gt) && pyTruthy(pt) && territoryMatch(gt, pt) {
		fields["territory"].add(1, 0, 0)
	} else {
		fields["territory"].add(0, b2i(pyTruthy(pt)), b2i(pyTruthy(gt)))
		d.value("territory", pyTruthy(gt), pyTruthy(pt), gt, pt)
	}
	for _, f := range scalars {
		gv, pv := normScalar(f, pyGet(g, f)), normScalar(f, pyGet(p, f))
		if f == "region" && gv == nil && pyTruthy(g) {
			continue // region is only judged where the gold states it
		}
		if gv == nil && pv == nil {
			continue
		}
		if gv != nil && pv != nil && scalarEqual(f, gv, pv) {
			fields[f].add(1, 0, 0)
		} else {
			fields[f].add(0, b2i(pv != nil), b2i(gv != nil))
			d.value(f, gv != nil, pv != nil, pyGet(g, f), pyGet(p, f))
		}
	}

	gs, ps := pyIter(pyOr(pyGet(g, "signatories"), []any{})), pyIter(pyOr(pyGet(p, "signatories"), []any{}))
	nameOf := func(x any) any { return pyGetDefault(x, "name", "") }
	m := matchLists(gs, ps, func(x any) string { return cleanOrg(nameOf(x)) }, 0.8)
	fields["signatories"].add(len(m), len(ps)-len(m), len(gs)-len(m))
	d.unpaired("signatories", gs, ps, m, nameOf)
	for _, ij := range m {
		gk, pk := pyGet(gs[ij[0]], "kind"), pyGet(ps[ij[1]], "kind")
		if pyEqual(gk, pk) {
			fields["signatory_kind"].add(1, 0, 0)
		} else {
			fields["signatory_kind"].add(0, 1, 1)
			d.add(Difference{Field: "signatory_kind", Change: Wrong,
				Item: shown(nameOf(gs[ij[0]])), Gold: shown(gk), Got: shown(pk)})
		}
	}

	for _, lf := range []struct {
		name   string
		getter func(any) []any
	}{{"axes", axisTitles}, {"objectives", objectivesOf}, {"actions", titlesOfActions}} {
		gl, pl := lf.getter(g), lf.getter(p)
		m := matchLists(gl, pl, cleanTitle, 0.85)
		fields[lf.name].add(len(m), len(pl)-len(m), len(gl)-len(m))
		d.unpaired(lf.name, gl, pl, m, func(x any) any { return x })
	}

	gthV, pthV := pyOr(pyGet(g, "themes"), []any{}), pyOr(pyGet(p, "themes"), []any{})
	gth, pth := pySet(gthV), pySet(pthV)
	inter := 0
	for k := range gth {
		if pth[k] {
			inter++
		}
	}
	fields["themes"].add(inter, len(pth)-inter, len(gth)-inter)
	d.themes(pyIter(gthV), pyIter(pthV), gth, pth)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pySet is set(v) as the set of the hash keys of its elements.
func pySet(v any) map[string]bool {
	set := map[string]bool{}
	for _, x := range pyIter(v) {
		set[pyHashKey(x)] = true
	}
	return set
}

// axisTitles is the axes getter: [a.get("title", "") for a in c.get("axes") or []].
func axisTitles(c any) []any {
	var out []any
	for _, a := range pyIter(pyOr(pyGet(c, "axes"), []any{})) {
		out = append(out, pyGetDefault(a, "title", ""))
	}
	return out
}

// titleOf is `a if isinstance(a, str) else a.get("title", "")`: an action or
// objective is a bare title or an object with one.
func titleOf(a any) any {
	if s, ok := a.(string); ok {
		return s
	}
	return pyGetDefault(a, "title", "")
}

// objectivesOf is objectives_of(): the objectives of every axis.
func objectivesOf(c any) []any {
	var out []any
	for _, ax := range pyIter(pyOr(pyGet(c, "axes"), []any{})) {
		for _, o := range pyIter(pyOr(pyGet(ax, "objectives"), []any{})) {
			out = append(out, titleOf(o))
		}
	}
	return out
}

// titlesOfActions is titles_of_actions(): the actions under the axes, then
// the contract's own, each title once by its clean_title (the gold repeats
// axis actions in the flat list), the first spelling kept.
func titlesOfActions(c any) []any {
	var out []any
	for _, ax := range pyIter(pyOr(pyGet(c, "axes"), []any{})) {
		for _, a := range pyIter(pyOr(pyGet(ax, "actions"), []any{})) {
			out = append(out, titleOf(a))
		}
	}
	for _, a := range pyIter(pyOr(pyGet(c, "actions"), []any{})) {
		out = append(out, titleOf(a))
	}
	seen := map[string]bool{}
	var uniq []any
	for _, t := range out {
		k := cleanTitle(t)
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, t)
		}
	}
	return uniq
}
