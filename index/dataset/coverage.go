package dataset

import (
	"sort"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// Coverage is the share of the population living in a territory that has
// a contract in force in Year, région by région and for France (its 18
// régions, which the ARS serve: the collectivités d'outre-mer are left out). A person
// counts once however many contracts cover them (a commune's and its
// intercommunality's): coverage is counted commune by commune, over the
// communes each contract's territory covers in the official geography.
type Coverage struct {
	Year int `json:"year"`
	// InForce are the contracts in force that year (start_year ≤ year ≤
	// end_year); Unresolved of them have a territory without an official
	// code (a pays, a quartier, a name that did not resolve), whose
	// population is unknown and not counted.
	InForce    int              `json:"in_force"`
	Unresolved int              `json:"unresolved"`
	Regions    []RegionCoverage `json:"regions"` // by name, France last
}

// RegionCoverage is one région's (or France's) coverage.
type RegionCoverage struct {
	Region     string  `json:"region"`
	Contracts  int     `json:"contracts"`  // in force, covering some of its communes
	Population int     `json:"population"` // population municipale
	Covered    int     `json:"covered"`    // of it, living where a contract is in force
	Share      float64 `json:"share"`      // Covered / Population
}

// France names the whole country's line of a coverage.
const France = "France"

func coverage(recs []*index.Record, year int, geo *geography) Coverage {
	cv := Coverage{Year: year, Regions: []RegionCoverage{}}
	communes := geo.official.Communes
	covered := make([]bool, len(communes))
	contracts := map[string]int{}
	for _, r := range recs {
		c := &r.Contract
		if c.StartYear == nil || c.EndYear == nil || year < *c.StartYear || year > *c.EndYear {
			continue
		}
		cv.InForce++
		var idx []int
		if c.TerritoryCode != nil {
			idx = geo.communes(*c.TerritoryCode)
		}
		if len(idx) == 0 {
			cv.Unresolved++
			continue
		}
		regions := map[string]bool{}
		for _, i := range idx {
			covered[i] = true
			regions[communes[i].Region] = true
		}
		for reg := range regions {
			contracts[reg]++
		}
		contracts[France]++
	}
	by := map[string]*RegionCoverage{}
	total := &RegionCoverage{Region: France, Contracts: contracts[France]}
	regions := map[string]bool{}
	for _, r := range rules.Default().Geo.Regions {
		regions[r.Name] = true
	}
	for i, c := range communes {
		if !regions[c.Region] {
			continue // a collectivité d'outre-mer: no ARS, no CLS
		}
		rc := by[c.Region]
		if rc == nil {
			rc = &RegionCoverage{Region: c.Region, Contracts: contracts[c.Region]}
			by[c.Region] = rc
		}
		for _, x := range []*RegionCoverage{rc, total} {
			x.Population += c.Population
			if covered[i] {
				x.Covered += c.Population
			}
		}
	}
	for _, rc := range by {
		cv.Regions = append(cv.Regions, *rc)
	}
	sort.Slice(cv.Regions, func(i, j int) bool { return rules.Fold(cv.Regions[i].Region) < rules.Fold(cv.Regions[j].Region) })
	cv.Regions = append(cv.Regions, *total)
	for i := range cv.Regions {
		if p := cv.Regions[i].Population; p > 0 {
			cv.Regions[i].Share = float64(cv.Regions[i].Covered) / float64(p)
		}
	}
	return cv
}
