package index

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// Document ids: the contract's id, and positions (0-based) for its axes and
// actions; "-" is the axis of an action that belongs to no axis.
func contractDocID(id string) string     { return "c/" + id }
func axisDocID(id string, ai int) string { return fmt.Sprintf("a/%s/%d", id, ai) }
func actionDocID(id string, ai, xi int) string {
	if ai < 0 {
		return fmt.Sprintf("x/%s/-/%d", id, xi)
	}
	return fmt.Sprintf("x/%s/%d/%d", id, ai, xi)
}

// indexDoc is one bleve document: field name → value or values.
type indexDoc map[string]interface{}

// summary is what a result row shows of a contract, stored as JSON on its
// document so that rows are built without reading records.
type summary struct {
	ID            string `json:"id"`
	Territory     string `json:"territory"`
	TerritoryKey  string `json:"territory_key"`
	TerritoryCode string `json:"territory_code,omitempty"`
	Departement   string `json:"departement,omitempty"`
	Region        string `json:"region,omitempty"`
	Kind          string `json:"kind"`
	Generation    string `json:"generation,omitempty"`
	StartYear     string `json:"start_year,omitempty"`
	EndYear       string `json:"end_year,omitempty"`
}

// meta is what a row shows of an axis or action, besides its texts.
type meta struct {
	Type, TerritoryKey, Number, Axis string
}

const metaSep = "\x1f"

func (m meta) String() string {
	return strings.Join([]string{m.Type, m.TerritoryKey, m.Number, m.Axis}, metaSep)
}

func parseMeta(s string) meta {
	f := strings.SplitN(s, metaSep, 4)
	for len(f) < 4 {
		f = append(f, "")
	}
	return meta{Type: f[0], TerritoryKey: f[1], Number: f[2], Axis: f[3]}
}

// filterTerm is the fFilter term of a value: "region=Occitanie". Line
// breaks, which separate terms, cannot occur in one.
func filterTerm(name, value string) string {
	return name + filterSep + strings.ReplaceAll(value, "\n", " ")
}

// filterTerms writes name=value terms, one a line.
type filterTerms []string

func (t *filterTerms) add(name string, values ...string) {
	for _, v := range values {
		if v != "" {
			*t = append(*t, filterTerm(name, v))
		}
	}
}

func (t filterTerms) String() string { return strings.Join(t, "\n") }

// documents turns a record into its index documents: the contract, then each
// axis and each action. ref is where the record is stored (recordstore.go).
func documents(r *Record, ref string) ([]string, []indexDoc) {
	c := &r.Contract
	key := TerritoryKey(c)
	common := contractFilters(c)
	filters := func(typ string, themes []string) string {
		t := append(filterTerms{}, common...)
		t.add(fType, typ)
		t.add(fTheme, unique(themes)...)
		return t.String()
	}
	var parties []string
	for _, s := range c.Signatories {
		parties = append(parties, s.Name)
	}
	all := append([]string{deref(c.Territory)}, parties...)
	ids := []string{contractDocID(c.ID)}
	docs := []indexDoc{nil} // the contract's, once "all" is complete
	addAction := func(x extract.Action, ai, xi int, axis string) {
		body := append(append([]string{}, x.Steps...), x.Leads...)
		all = append(append(all, x.Title), body...)
		ids = append(ids, actionDocID(c.ID, ai, xi))
		docs = append(docs, clean(indexDoc{fFilter: filters(typeAction, x.Themes),
			fMeta:  meta{Type: typeAction, TerritoryKey: key, Number: deref(x.Number), Axis: axis}.String(),
			fTitle: x.Title, fBody: strings.Join(body, "\n"), fTitle2: x.Title, fBody2: strings.Join(body, "\n")}))
	}
	for ai, a := range c.Axes {
		var body []string
		themes := append([]string{}, a.Themes...)
		for _, o := range a.Objectives {
			body = append(body, o.Title)
			themes = append(themes, o.Themes...)
		}
		for _, x := range a.Actions {
			// an action is found by its own document; its themes are the axis's too
			themes = append(themes, x.Themes...)
		}
		all = append(append(all, a.Title), body...)
		ids = append(ids, axisDocID(c.ID, ai))
		docs = append(docs, clean(indexDoc{fFilter: filters(typeAxis, themes),
			fMeta:  meta{Type: typeAxis, TerritoryKey: key, Number: a.Number}.String(),
			fTitle: a.Title, fBody: strings.Join(body, "\n"), fTitle2: a.Title, fBody2: strings.Join(body, "\n")}))
		for xi, x := range a.Actions {
			addAction(x, ai, xi, a.Number)
		}
	}
	for xi, x := range c.Actions {
		addAction(x, -1, xi, "")
	}

	docs[0] = contractDoc(c, common, key, ref, parties, all)
	return ids, docs
}

// regionOf is the région a contract is found under: the one its text gives
// (the ARS's), else that of its territory or département in the official
// geography, so that a search by région finds the contracts whose text never
// names it.
func regionOf(c *extract.Contract) string {
	if c.Region != nil {
		return *c.Region
	}
	geo := rules.OfficialGeography()
	if c.TerritoryCode != nil {
		if p, ok := geo.ByCode(*c.TerritoryCode); ok && p.Region != "" {
			return p.Region
		}
	}
	if c.Departement != nil {
		if r, ok := geo.RegionOfDepartement(*c.Departement); ok {
			return r
		}
	}
	return ""
}

// clean leaves out empty values: an empty string would index an empty term.
func clean(d indexDoc) indexDoc {
	for k, v := range d {
		if x, ok := v.(string); ok && x == "" {
			delete(d, k)
		}
	}
	return d
}

// contractFilters are the filter terms every document of a contract carries
// (its type and own themes apart).
func contractFilters(c *extract.Contract) filterTerms {
	var t filterTerms
	t.add(fContract, c.ID)
	t.add(fTerritoryKind, c.TerritoryKind)
	t.add(fKind, c.Kind)
	t.add(fRegion, regionOf(c))
	t.add(fDepartement, deref(c.Departement))
	if c.StartYear != nil {
		t.add(fStartYear, year(*c.StartYear))
	}
	if c.EndYear != nil {
		t.add(fEndYear, year(*c.EndYear))
	}
	t.add(fInForce, inForce(c)...)
	if c.Generation != nil {
		t.add(fGeneration, strconv.Itoa(*c.Generation))
	}
	var kinds []string
	for _, s := range c.Signatories {
		kinds = append(kinds, s.Kind)
	}
	t.add(fSignatoryKind, unique(kinds)...)
	return t
}

// inForce lists the years a contract is in force: start to end; only its
// first year when its end is unknown (it may have ended at once); none
// without a start. A span of more than 30 years is an extraction error, not
// a contract: its first year only.
func inForce(c *extract.Contract) []string {
	if c.StartYear == nil {
		return nil
	}
	end := *c.StartYear
	if c.EndYear != nil && *c.EndYear >= end && *c.EndYear-end <= 30 {
		end = *c.EndYear
	}
	var out []string
	for y := *c.StartYear; y <= end; y++ {
		out = append(out, year(y))
	}
	return out
}

// year writes a year on four digits, so that the keyword order is the
// numeric order in range queries.
func year(y int) string { return fmt.Sprintf("%04d", y) }

// TerritoryKey groups the contracts of one territory: its official code where
// it resolved, else its folded name (two spellings of an unresolved name stay
// two territories rather than merge two places).
func TerritoryKey(c *extract.Contract) string {
	if c.TerritoryCode != nil {
		return *c.TerritoryCode
	}
	if c.Territory != nil {
		return "name:" + rules.CommuneKey(*c.Territory)
	}
	return "contract:" + c.ID
}

// territoryNames are the keys a user can name a contract's territory by in
// compare: its code, and the keys of its name and official name ("Agen" finds
// "Agglomération d'Agen", officially "CA Agglomération d'Agen").
func territoryNames(c *extract.Contract) []string {
	var names []string
	add := func(n string) {
		names = append(names, rules.CommuneKey(n))
		if k := rules.EPCIKey(n); k != "" {
			names = append(names, k)
		}
	}
	if c.Territory != nil {
		add(*c.Territory)
	}
	if c.TerritoryCode != nil {
		names = append(names, *c.TerritoryCode)
		if p, ok := rules.OfficialGeography().ByCode(*c.TerritoryCode); ok {
			add(p.Name)
		}
	}
	return unique(names)
}

func unique(xs []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// contractDoc is the contract's own document: its filters and facets, the
// summary a result list shows, every text of the contract for "all", and
// the sort keys.
func contractDoc(c *extract.Contract, common filterTerms, key, ref string, parties, all []string) indexDoc {
	sum := summary{ID: c.ID, Territory: deref(c.Territory), TerritoryKey: key, TerritoryCode: deref(c.TerritoryCode),
		Departement: deref(c.Departement), Region: regionOf(c), Kind: c.Kind}
	if c.Generation != nil {
		sum.Generation = strconv.Itoa(*c.Generation)
	}
	if c.StartYear != nil {
		sum.StartYear = year(*c.StartYear)
	}
	if c.EndYear != nil {
		sum.EndYear = year(*c.EndYear)
	}
	raw, _ := json.Marshal(sum) // strings only: cannot fail
	var facets filterTerms
	for _, t := range contractFilters(c) {
		name, _, _ := strings.Cut(t, filterSep)
		for _, f := range FacetFields {
			if name == f {
				facets = append(facets, t)
			}
		}
	}
	facets.add(fTheme, c.Themes...)
	cf := append(filterTerms{}, common...)
	cf.add(fType, typeContract)
	cf.add(fTheme, c.Themes...)
	cf.add(fNames, territoryNames(c)...)
	return clean(indexDoc{fFilter: cf.String(), fFacet: facets.String(), fMeta: meta{Type: typeContract, TerritoryKey: key}.String(),
		fTitle: deref(c.Territory), fBody: strings.Join(parties, "\n"), fAll: strings.Join(all, "\n"),
		fTitle2: deref(c.Territory), fBody2: strings.Join(parties, "\n"), fAll2: strings.Join(all, "\n"),
		fRecord: ref, fSummary: string(raw),
		sortPrefix + fTerritory: deref(c.Territory), sortPrefix + fTerritoryKey: key, sortPrefix + fStartYear: sum.StartYear,
		sortPrefix + fContract: c.ID})
}
