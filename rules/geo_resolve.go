package rules

import (
	"strings"
)

// Where is what a text says about where a territory is: its kind
// ("commune", "epci", "departement"; "" or "other" when the text does not
// say), and the département and région it gives. Every field may be empty.
type Where struct {
	Kind        string
	Departement string // code: "47", "2A"
	Region      string // any name Geo knows: "PACA", "Provence-Alpes-Côte d'Azur"
}

// Resolve finds the place a text's territory name designates. The name is read
// as texts write it ("Agglomération d'Agen", "Agglopolys", "la Seyne sur Mer",
// "pays de Martigues"); where several places bear it (there are nine
// Sainte-Marie, three Valence), the département and région the text gives
// choose between them. It returns false rather than guess: when no place
// bears the name, when the text's département or région rules out every
// place that does, or when several remain.
func (o *Official) Resolve(name string, w Where) (*Place, bool) {
	region := ""
	if w.Region != "" {
		r, ok := Default().Geo.RegionByName(w.Region)
		if !ok {
			return nil, false // a région we cannot read is no context to trust
		}
		region = r
	}
	fits := func(p *Place) bool {
		if region != "" && Fold(p.Region) != Fold(region) {
			return false
		}
		if w.Departement != "" {
			for _, d := range p.Departements {
				if d == strings.ToUpper(w.Departement) {
					return true
				}
			}
			return false
		}
		return true
	}
	pick := func(cands []*Place) (*Place, bool) {
		var kept *Place
		n := 0
		for _, p := range cands {
			if fits(p) {
				kept = p
				n++
			}
		}
		return kept, n == 1
	}
	communes := func() (*Place, bool) {
		// the name as written first: "Pin" is not "Le Pin" where both exist,
		// and "Ville-la-Grand" is a name, not "la Grand" designated as a ville
		for _, k := range []string{CommuneKey(name), undesignated(name)} {
			if cands := o.names.communes[k]; len(cands) > 0 {
				return pick(cands)
			}
			if cands := o.names.communesBare[k]; len(cands) > 0 {
				return pick(cands)
			}
		}
		return nil, false
	}
	epcis := func() (*Place, bool) {
		k := EPCIKey(name)
		if k == "" {
			return nil, false
		}
		return pick(o.names.epcis[k])
	}
	switch w.Kind {
	case "commune":
		return communes()
	case "epci":
		return epcis()
	case "departement":
		return o.departement(name, region)
	case "", "other":
		// unknown kind: the name must say which ("… Agglomération") or only
		// one kind of place may bear it
		if designatesEPCI(name) {
			return epcis()
		}
		c, cok := communes()
		e, eok := epcis()
		switch {
		case cok && !eok:
			return c, true
		case eok && !cok:
			return e, true
		}
		return nil, false
	}
	// a pays, PETR or quartier is no commune and no EPCI: it has no code here
	return nil, false
}

// undesignated is the commune key of a name written with its designation:
// "la commune d'Apt", "Ville de Marseille" give "apt", "marseille".
func undesignated(name string) string {
	w := nameWords(name)
	for len(w) > 1 && (articles[w[0]] || w[0] == "commune" || w[0] == "ville" || w[0] == "municipalite") {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// designatesEPCI reports whether a name has a word that makes it an
// intercommunality ("Brest Métropole", "Communauté de communes X").
func designatesEPCI(name string) bool {
	for _, w := range nameWords(name) {
		if epciWords[w] && w != "commune" {
			return true
		}
	}
	return false
}

// departement resolves a département's name ("Lozère", "département de la
// Lozère") to a place whose population is that of its communes.
func (o *Official) departement(name, region string) (*Place, bool) {
	n := strings.Join(strings.Fields(Fold(name)), " ")
	for _, prefix := range []string{"departement de la ", "departement de l'", "departement du ", "departement des ", "departement de ", "departement d'", "departement "} {
		if strings.HasPrefix(n, prefix) {
			n = n[len(prefix):]
			break
		}
	}
	d, ok := Default().Geo.DepartementByName(n)
	if !ok || region != "" && Fold(d.Region) != Fold(region) {
		return nil, false
	}
	p := &Place{Kind: "departement", Code: d.Code, Name: d.Name, Departement: d.Code, Departements: []string{d.Code}, Region: d.Region}
	for _, c := range o.Communes {
		if c.Departement == d.Code {
			p.Population += c.Population
		}
	}
	return p, true
}
