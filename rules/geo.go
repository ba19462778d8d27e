package rules

import (
	"strings"
)

// Geo is the table of départements and régions.
type Geo struct {
	Regions      []Region
	Departements []Departement
	byCode       map[string]*Departement
	regionNames  *phrases // every région name and alias
	regionOf     map[string]string
	deptNames    *phrases // every département name
	deptOfName   map[string]*Departement
}

// Region is a région with the names texts give it.
type Region struct {
	Name    string
	Aliases []string
}

// Departement is a département and its région.
type Departement struct {
	Code, Name, Region string
}

func compileGeo(regionRows, deptRows []Row) (*Geo, error) {
	g := &Geo{byCode: map[string]*Departement{}, regionOf: map[string]string{}, deptOfName: map[string]*Departement{}}
	seen := map[string]bool{}
	for _, r := range regionRows {
		reg := Region{Name: r.Fields[0]}
		if len(r.Fields) > 1 {
			for _, a := range strings.Split(r.Fields[1], ";") {
				if a = strings.TrimSpace(a); a != "" {
					reg.Aliases = append(reg.Aliases, a)
				}
			}
		}
		for _, n := range append([]string{reg.Name}, reg.Aliases...) {
			if strings.TrimSpace(Fold(n)) == "" {
				return nil, r.Errorf("empty région name")
			}
			g.regionOf[Fold(n)] = reg.Name
		}
		g.Regions = append(g.Regions, reg)
	}
	for _, r := range deptRows {
		d := Departement{Code: r.Fields[0], Name: r.Fields[1], Region: r.Fields[2]}
		official, ok := g.regionOf[Fold(d.Region)]
		if !ok {
			return nil, r.Errorf("unknown région %q", d.Region)
		}
		d.Region = official
		if seen[d.Code] {
			return nil, r.Errorf("département %s listed twice", d.Code)
		}
		seen[d.Code] = true
		if strings.TrimSpace(Fold(d.Name)) == "" {
			return nil, r.Errorf("empty département name")
		}
		g.Departements = append(g.Departements, d)
	}
	for i := range g.Departements {
		d := &g.Departements[i]
		g.byCode[d.Code] = d
		g.deptOfName[Fold(d.Name)] = d
	}
	var regionNames, deptNames []string
	for n := range g.regionOf {
		regionNames = append(regionNames, n)
	}
	for n := range g.deptOfName {
		deptNames = append(deptNames, n)
	}
	g.regionNames, g.deptNames = newPhrases(regionNames), newPhrases(deptNames)
	return g, nil
}

// DepartementByCode returns the département with that code ("47", "2A", "974").
func (g *Geo) DepartementByCode(code string) (*Departement, bool) {
	d, ok := g.byCode[strings.ToUpper(code)]
	return d, ok
}

// DepartementByName returns the département with that name, as texts write it
// ("Bouches du Rhône", "lot-et-garonne").
func (g *Geo) DepartementByName(name string) (*Departement, bool) {
	d, ok := g.deptOfName[strings.Join(strings.Fields(Fold(name)), " ")]
	return d, ok
}

// RegionByName returns the official name of a région from any of its names.
func (g *Geo) RegionByName(name string) (string, bool) {
	r, ok := g.regionOf[strings.Join(strings.Fields(Fold(name)), " ")]
	return r, ok
}

// FindRegions returns the folded-text spans of région names in s.
func (g *Geo) FindRegions(s string) [][2]int { return g.regionNames.FindAll(s) }

// FindDepartements returns the folded-text spans of département names in s.
func (g *Geo) FindDepartements(s string) [][2]int { return g.deptNames.FindAll(s) }
