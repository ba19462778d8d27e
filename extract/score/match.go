package score

import "sort"

// candidate is one (s, i, j) tuple of the script's pairs lists.
type candidate struct {
	s    float64
	i, j int
}

// greedyPairs is the loop shared by score_doc and match_lists:
//
//	pairs.sort(reverse=True)
//	for s, i, j in pairs:
//	    if i in used_g or j in used_p: continue
//	    ...
//
// Sorting tuples in reverse orders by descending s, then descending i, then
// descending j: on equal scores the last gold item is served first. The
// (i, j) are distinct, so the order is total and the sort's stability moot.
func greedyPairs(pairs []candidate) (matched [][2]int, usedG, usedP map[int]bool) {
	sort.Slice(pairs, func(x, y int) bool {
		a, b := pairs[x], pairs[y]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.i != b.i {
			return a.i > b.i
		}
		return a.j > b.j
	})
	usedG, usedP = map[int]bool{}, map[int]bool{}
	for _, c := range pairs {
		if usedG[c.i] || usedP[c.j] {
			continue
		}
		usedG[c.i] = true
		usedP[c.j] = true
		matched = append(matched, [2]int{c.i, c.j})
	}
	return matched, usedG, usedP
}

// sim is sim(): 0 when either string is empty, 1 when equal, else the
// SequenceMatcher ratio.
func sim(a, b string) float64 {
	if a == "" || b == "" {
		return 0.0
	}
	if a == b {
		return 1.0
	}
	return ratio(a, b)
}

// matchLists is match_lists(): greedy one-to-one matching of two lists by the
// similarity of their keys. All gold keys are computed, then all predicted
// ones, as the script's list comprehensions do (a key may raise).
func matchLists(gold, pred []any, key func(any) string, threshold float64) [][2]int {
	g := make([]string, len(gold))
	for i, x := range gold {
		g[i] = key(x)
	}
	p := make([]string, len(pred))
	for j, x := range pred {
		p[j] = key(x)
	}
	var pairs []candidate
	for i, gi := range g {
		for j, pj := range p {
			if s := sim(gi, pj); s >= threshold {
				pairs = append(pairs, candidate{s, i, j})
			}
		}
	}
	matched, _, _ := greedyPairs(pairs)
	return matched
}

// contractSimilarity is contract_similarity(): 0.5 for matching territories,
// 0.25 for the same start year, 0.25 for the same signature year, 0.05 for
// the same kind. The additions are made in the script's order so the float
// sums are the same.
func contractSimilarity(g, p any) float64 {
	s := 0.0
	if territoryMatch(pyOr(pyGet(g, "territory"), ""), pyOr(pyGet(p, "territory"), "")) {
		s += 0.5
	}
	if gy := pyGet(g, "start_year"); gy != nil && pyEqual(gy, pyGet(p, "start_year")) {
		s += 0.25
	}
	gs, ps := pyStr(pyOr(pyGet(g, "signed"), "")), pyStr(pyOr(pyGet(p, "signed"), ""))
	if gs != "" && ps != "" && runePrefix(gs, 4) == runePrefix(ps, 4) {
		s += 0.25
	}
	if gk := pyGet(g, "kind"); pyTruthy(gk) && pyEqual(gk, pyGet(p, "kind")) {
		s += 0.05
	}
	return s
}

// runePrefix is s[:n] on a Python str.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
