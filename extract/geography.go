package extract

import "github.com/clsx/clsx/rules"

// resolveGeography fills what the official geography says of a contract's
// territory: its code (SIREN of an EPCI, INSEE code of a commune or
// département), the population it covers, and its département where the
// text did not give one. The text's own département and région choose
// between homonyms and are never overwritten; a name that does not resolve
// to exactly one place leaves every field as it was (null), since a wrong
// code would be trusted more than a missing one. The values point at the
// territory's evidence: that is what they were computed from.
//
// The région the text says (the ARS that signed, a département named) wins;
// else the région of the resolved place, when it lies in only one.
func resolveGeography(ct *Contract) {
	if ct.Territory == nil {
		return
	}
	w := rules.Where{Kind: ct.TerritoryKind}
	if ct.Departement != nil {
		w.Departement = *ct.Departement
	}
	if ct.Region != nil {
		w.Region = *ct.Region
	}
	p, ok := rules.OfficialGeography().Resolve(*ct.Territory, w)
	if !ok {
		return
	}
	span, hasSpan := ct.FieldEvidence["territory"]
	set := func(field string) {
		if hasSpan {
			ct.FieldEvidence[field] = span
		}
	}
	code := p.Code
	ct.TerritoryCode = &code
	if ct.TerritoryKind == "other" && (p.Kind == "commune" || p.Kind == "epci") {
		// a bare name the text gives no kind ("Vaulx-en-Velin se mobilise",
		// "Cauvaldor"): the place it resolves to says what it is
		ct.TerritoryKind = p.Kind
		set("territory_kind")
	}

	set("territory_code")
	if p.Population > 0 {
		pop := p.Population
		ct.Population = &pop
		set("population")
	}
	if ct.Departement == nil && p.Departement != "" {
		d := p.Departement
		ct.Departement = &d
		set("departement")
	}
	// the guide's "official geography of the territory when unambiguous":
	// a place that lies in one région only
	if ct.Region == nil && p.Region != "" && oneRegion(p) {
		r := p.Region
		ct.Region = &r
		set("region")
	}
}

// oneRegion reports whether every département of a place is in one région
// (an intercommunality can straddle two).
func oneRegion(p *rules.Place) bool {
	geo := rules.OfficialGeography()
	first := ""
	for _, d := range p.Departements {
		r, ok := geo.RegionOfDepartement(d)
		if !ok {
			return false
		}
		if first == "" {
			first = r
		} else if r != first {
			return false
		}
	}
	return true
}
