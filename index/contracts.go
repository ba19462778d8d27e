package index

import (
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/clsx/clsx/rules"
)

// Contract returns the contract with that id, or nil when there is none.
func (ix *Index) Contract(id string) (rec *Record, err error) {
	defer func() {
		if r := recover(); r != nil {
			rec, err = nil, &CorruptError{Dir: ix.Dir, Problem: fmt.Sprintf("reading %s failed (%v)", id, r), BuiltBy: ix.BuiltBy}
		}
	}()
	doc, err := ix.idx.Document(contractDocID(id))
	if err != nil || doc == nil {
		return nil, err
	}
	var ref string
	doc.VisitFields(func(f index.Field) {
		if f.Name() == fRecord {
			ref = string(f.Value())
		}
	})
	r, err := readRecord(ix.records, ref)
	if err != nil {
		return nil, &CorruptError{Dir: ix.Dir, Problem: "contract " + id + ": " + err.Error(), BuiltBy: ix.BuiltBy}
	}
	return r, nil
}

// Contracts returns the contracts that pass the filters of a request (its
// query and grouping are ignored), sorted by territory then start year.
func (ix *Index) Contracts(req Request) (recs []*Record, err error) {
	defer func() {
		if r := recover(); r != nil {
			recs, err = nil, &CorruptError{Dir: ix.Dir, Problem: fmt.Sprintf("reading contracts failed (%v)", r), BuiltBy: ix.BuiltBy}
		}
	}()
	req.Limit = 1
	if err := req.normalize(); err != nil {
		return nil, err
	}
	return ix.loadRecords(append([]query.Query{term(fType, typeContract)}, req.filters()...))
}

// loadRecords returns the stored records of the contract documents matching
// every query.
func (ix *Index) loadRecords(must []query.Query) ([]*Record, error) {
	out := []*Record{}
	if err := ix.eachRecord(must, func(r *Record) error { out = append(out, r); return nil }); err != nil {
		return nil, err
	}
	return out, nil
}

// AmbiguousError is a reference to a territory that names several.
type AmbiguousError struct {
	Ref         string
	Territories []string
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q names several territories: %s; give a contract id or the official code", e.Ref, strings.Join(e.Territories, "; "))
}

// Find returns the contracts a user means by ref: the contract with that id;
// else every contract of the territory of that official code or name ("Aunis
// Atlantique", "Agen" for "Agglomération d'Agen"), oldest first. It returns
// none when nothing matches, and an AmbiguousError when the name fits several
// territories.
func (ix *Index) Find(ref string) ([]*Record, error) {
	if r, err := ix.Contract(ref); err != nil || r != nil {
		if r == nil {
			return nil, err
		}
		return []*Record{r}, err
	}
	keys := unique([]string{strings.TrimSpace(ref), rules.CommuneKey(ref), rules.EPCIKey(ref)})
	var alts []query.Query
	for _, k := range keys {
		alts = append(alts, term(fNames, k))
	}
	recs, err := ix.loadRecords([]query.Query{term(fType, typeContract), bleve.NewDisjunctionQuery(alts...)})
	if err != nil || len(recs) == 0 {
		return recs, err
	}
	// the exact key of a territory's own name wins over a looser one, so that
	// "Agen" is the commune where both the commune and its agglomeration have
	// contracts
	byTerritory := map[string][]*Record{}
	var order []string
	for _, r := range recs {
		k := TerritoryKey(&r.Contract)
		if _, ok := byTerritory[k]; !ok {
			order = append(order, k)
		}
		byTerritory[k] = append(byTerritory[k], r)
	}
	if len(order) > 1 {
		var exact []string
		for _, k := range order {
			t := byTerritory[k][0]
			if t.Territory != nil && rules.CommuneKey(*t.Territory) == rules.CommuneKey(ref) || t.TerritoryCode != nil && *t.TerritoryCode == strings.TrimSpace(ref) {
				exact = append(exact, k)
			}
		}
		if len(exact) != 1 {
			var names []string
			for _, k := range order {
				t := byTerritory[k][0]
				names = append(names, fmt.Sprintf("%s (%s)", deref(t.Territory), strings.TrimPrefix(k, "name:")))
			}
			return nil, &AmbiguousError{Ref: ref, Territories: names}
		}
		order = exact
	}
	out := byTerritory[order[0]]
	sort.SliceStable(out, func(i, j int) bool { return startOf(out[i]) < startOf(out[j]) })
	return out, nil
}

func startOf(r *Record) int {
	if r.StartYear == nil {
		return 0
	}
	return *r.StartYear
}
