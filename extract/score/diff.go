package score

import "sort"

// The figures say how much an extraction misses, not what. ScoreDiff keeps,
// while scoring, every disagreement the tallies count, so that each false
// positive and false negative can be traced to a value of a document. The
// differences are recorded at the very places score_pair adds to its
// tallies: there is no second pairing that could disagree with the figures.

// How a gold value and an extracted one differ.
const (
	Missed   = "missed"   // in the gold only: a false negative
	Invented = "invented" // extracted only: a false positive
	Wrong    = "wrong"    // on both sides, different: a false positive and a false negative
	Paired   = "paired"   // (ContractDiff only) a gold contract paired with an extracted one
)

// Difference is one disagreement within a contract. Field is a field of the
// report (territory, a scalar, signatories, signatory_kind, axes,
// objectives, actions, themes); Gold and Got are the values as the gold and
// the extraction state them ("" for none); Item names the signatory whose
// kind differs.
type Difference struct {
	Field  string `json:"field"`
	Change string `json:"change"`
	Item   string `json:"item,omitempty"`
	Gold   string `json:"gold,omitempty"`
	Got    string `json:"got,omitempty"`
}

// ContractRef names a contract well enough to find it: its position in the
// document's contracts and the values the pairing looks at.
type ContractRef struct {
	Index     int    `json:"index"`
	Territory string `json:"territory,omitempty"`
	Signed    string `json:"signed,omitempty"`
	StartYear string `json:"start_year,omitempty"`
}

// ContractDiff is a contract of a document and its differences: a pair
// (Change Paired, Gold and Got set), a gold contract no extracted one paired
// with (Missed, Gold set) or an extracted contract paired with none
// (Invented, Got set). An unpaired contract's every stated value counts, so
// its Differences list them all.
type ContractDiff struct {
	Change      string       `json:"change"`
	Gold        *ContractRef `json:"gold,omitempty"`
	Got         *ContractRef `json:"got,omitempty"`
	Differences []Difference `json:"differences,omitempty"`
}

// ScoreDiff is Score that also fills each DocDelta's Diff.
func ScoreDiff(goldDir string, predJSON []byte) (*Report, error) {
	return scoreJSON(goldDir, predJSON, true)
}

// newContractDiff is the recorder of one contract, nil when no difference is
// wanted: its methods then do nothing.
func newContractDiff(want bool, change string) *ContractDiff {
	if !want {
		return nil
	}
	return &ContractDiff{Change: change}
}

func (d *ContractDiff) add(x Difference) {
	if d != nil {
		d.Differences = append(d.Differences, x)
	}
}

// value records a single value the tallies did not count as a true positive.
func (d *ContractDiff) value(field string, hasGold, hasGot bool, gold, got any) {
	if d == nil || !hasGold && !hasGot {
		return
	}
	x := Difference{Field: field, Change: Wrong}
	if hasGold {
		x.Gold = shown(gold)
	} else {
		x.Change = Invented
	}
	if hasGot {
		x.Got = shown(got)
	} else {
		x.Change = Missed
	}
	d.add(x)
}

// unpaired records the items match_lists left without a partner; label
// gives what to show of an item.
func (d *ContractDiff) unpaired(field string, gold, got []any, matched [][2]int, label func(any) any) {
	if d == nil {
		return
	}
	usedG, usedP := map[int]bool{}, map[int]bool{}
	for _, ij := range matched {
		usedG[ij[0]], usedP[ij[1]] = true, true
	}
	for i, x := range gold {
		if !usedG[i] {
			d.add(Difference{Field: field, Change: Missed, Gold: shown(label(x))})
		}
	}
	for j, x := range got {
		if !usedP[j] {
			d.add(Difference{Field: field, Change: Invented, Got: shown(label(x))})
		}
	}
}

// themes records the themes of one side missing from the other's set, each
// once, in the order of its list (the tallies compare sets).
func (d *ContractDiff) themes(gold, got []any, gset, pset map[string]bool) {
	if d == nil {
		return
	}
	side := func(list []any, other map[string]bool, change string) {
		seen := map[string]bool{}
		for _, x := range list {
			k := pyHashKey(x)
			if other[k] || seen[k] {
				continue
			}
			seen[k] = true
			if change == Missed {
				d.add(Difference{Field: "themes", Change: Missed, Gold: shown(x)})
			} else {
				d.add(Difference{Field: "themes", Change: Invented, Got: shown(x)})
			}
		}
	}
	side(gold, pset, Missed)
	side(got, gset, Invented)
}

// refOf summarises contract c, at index i of its document.
func refOf(c any, i int) *ContractRef {
	return &ContractRef{Index: i, Territory: shown(pyGet(c, "territory")),
		Signed: shown(pyGet(c, "signed")), StartYear: shown(pyGet(c, "start_year"))}
}

// shown is a value as a person reads it: a string as it is, no value as "",
// anything else as Python's str() gives it.
func shown(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	}
	return pyStr(v)
}

// sortPairs puts the paired contracts, recorded in the greedy pairing's
// order (best similarity first), in the order of the gold file, as a person
// reading it beside the diff expects.
func sortPairs(diffs []ContractDiff) {
	sort.SliceStable(diffs, func(a, b int) bool {
		pa, pb := diffs[a].Change == Paired, diffs[b].Change == Paired
		if pa && pb {
			return diffs[a].Gold.Index < diffs[b].Gold.Index
		}
		return pa && !pb
	})
}
