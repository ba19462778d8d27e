package rules

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The official geography is generated from INSEE's published code (through
// @etalab/decoupage-administratif) rather than kept by hand, so that it can be
// refreshed when communes merge and EPCIs are redrawn each January.
//go:generate go run ./internal/geogen -out geodata.tsv.gz

//go:embed geodata.tsv.gz
var geodata []byte

// Official is France's official administrative geography: every current
// commune and EPCI (établissement public de coopération intercommunale à
// fiscalité propre) with its code, département, région and population. Unlike
// Geo it is not a rule file: it is what the State publishes, so users do not
// override it.
type Official struct {
	Communes []Place // sorted by INSEE code
	EPCIs    []Place // sorted by SIREN

	regionName map[string]string // région code → name
	deptName   map[string]string // département code → name
	deptRegion map[string]string // département code → région code
	byCode     map[string]*Place // INSEE code or SIREN (or département code) → place
	names      nameIndex
}

// Place is a commune, an EPCI or a département of the official geography.
type Place struct {
	Kind         string   // "commune", "epci" or "departement"
	Code         string   // INSEE code of a commune or département, SIREN of an EPCI
	Name         string   // official name: "Apt", "CA Agglomération d'Agen"
	Nature       string   // an EPCI's: CC, CA, CU, METRO, MET69
	Departement  string   // code; an EPCI's is the one where most of its population lives
	Departements []string // every département the place lies in (an EPCI can straddle two)
	Region       string   // official name of the région
	Population   int      // population municipale
	Members      []string // an EPCI's communes (INSEE codes)
}

var (
	officialOnce sync.Once
	official     *Official
	officialErr  error
)

// OfficialGeography returns the embedded official geography, decoded on first
// use (a few tens of milliseconds): most runs of clsx that never resolve a
// territory do not pay for it.
func OfficialGeography() *Official {
	officialOnce.Do(func() { official, officialErr = parseOfficial(geodata) })
	if officialErr != nil {
		panic("rules: embedded geography is invalid: " + officialErr.Error())
	}
	return official
}

func parseOfficial(data []byte) (*Official, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	o := &Official{regionName: map[string]string{}, deptName: map[string]string{}, deptRegion: map[string]string{},
		byCode: map[string]*Place{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		bad := func() error { return fmt.Errorf("geodata line %d: malformed %q", line, t) }
		switch {
		case f[0] == "R" && len(f) == 3:
			o.regionName[f[1]] = f[2]
		case f[0] == "D" && len(f) == 4:
			o.deptName[f[1]], o.deptRegion[f[1]] = f[2], f[3]
		case f[0] == "C" && len(f) == 5:
			pop, err := strconv.Atoi(f[4])
			if err != nil {
				return nil, bad()
			}
			o.Communes = append(o.Communes, Place{Kind: "commune", Code: f[1], Name: f[2], Departement: f[3],
				Departements: []string{f[3]}, Region: o.regionName[o.deptRegion[f[3]]], Population: pop})
		case f[0] == "E" && len(f) == 6:
			pop, err := strconv.Atoi(f[4])
			if err != nil {
				return nil, bad()
			}
			o.EPCIs = append(o.EPCIs, Place{Kind: "epci", Code: f[1], Name: f[2], Nature: f[3], Population: pop,
				Members: strings.Split(f[5], ",")})
		default:
			return nil, bad()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Slice(o.Communes, func(i, j int) bool { return o.Communes[i].Code < o.Communes[j].Code })
	for i := range o.Communes {
		o.byCode[o.Communes[i].Code] = &o.Communes[i]
	}
	for i := range o.EPCIs {
		e := &o.EPCIs[i]
		// the département of an EPCI is where most of its people live: the
		// data gives members, not a seat
		pop := map[string]int{}
		for _, m := range e.Members {
			c, ok := o.byCode[m]
			if !ok {
				return nil, fmt.Errorf("geodata: EPCI %s has unknown member %s", e.Code, m)
			}
			if _, seen := pop[c.Departement]; !seen {
				e.Departements = append(e.Departements, c.Departement)
			}
			pop[c.Departement] += c.Population + 1 // +1: a member of no population still counts
		}
		sort.Strings(e.Departements)
		for _, d := range e.Departements {
			if e.Departement == "" || pop[d] > pop[e.Departement] {
				e.Departement = d
			}
		}
		e.Region = o.regionName[o.deptRegion[e.Departement]]
		o.byCode[e.Code] = e
	}
	o.names = buildNameIndex(o)
	return o, nil
}

// ByCode returns the commune (INSEE code) or EPCI (SIREN) with that code.
func (o *Official) ByCode(code string) (*Place, bool) {
	p, ok := o.byCode[code]
	return p, ok
}

// DepartementName returns the official name of a département from its code.
func (o *Official) DepartementName(code string) (string, bool) {
	n, ok := o.deptName[code]
	return n, ok
}

// RegionOfDepartement returns the official name of a département's région.
func (o *Official) RegionOfDepartement(code string) (string, bool) {
	r, ok := o.regionName[o.deptRegion[code]]
	return r, ok
}
