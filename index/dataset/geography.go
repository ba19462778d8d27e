package dataset

import "github.com/clsx/clsx/rules"

// geography answers, from the official geography, what a territory's code
// covers: its population and its communes. A département is not a place of
// rules.Official (its code is no commune's nor EPCI's): its communes are
// gathered once here.
type geography struct {
	official   *rules.Official
	deptOf     map[string][]int // département code → indexes of its communes
	communeIdx map[string]int // INSEE code → index in official.Communes
}

func newGeography() *geography {
	o := rules.OfficialGeography()
	g := &geography{official: o, deptOf: map[string][]int{}, communeIdx: map[string]int{}}
	for i, c := range o.Communes {
		g.deptOf[c.Departement] = append(g.deptOf[c.Departement], i)
		g.communeIdx[c.Code] = i
	}
	return g
}

// population is the population municipale of the territory of that code:
// the sum of its communes' (a commune's own), so that a contract's
// population and the coverage of clsx stats count alike.
func (g *geography) population(code string) (int, bool) {
	idx := g.communes(code)
	if len(idx) == 0 {
		return 0, false
	}
	pop := 0
	for _, i := range idx {
		pop += g.official.Communes[i].Population
	}
	return pop, true
}

// communes lists the indexes (in official.Communes) of the communes the
// territory of that code covers; none when the code is unknown.
func (g *geography) communes(code string) []int {
	if ix, ok := g.deptOf[code]; ok {
		return ix
	}
	p, ok := g.official.ByCode(code)
	if !ok {
		return nil
	}
	if p.Kind == "commune" {
		return []int{g.communeIdx[p.Code]}
	}
	out := make([]int, 0, len(p.Members))
	for _, m := range p.Members {
		if i, ok := g.communeIdx[m]; ok {
			out = append(out, i)
		}
	}
	return out
}

// departementName is the official name of a département code.
func (g *geography) departementName(code string) (string, bool) {
	return g.official.DepartementName(code)
}
