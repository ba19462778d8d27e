package index

import (
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// countFacets counts the contracts that match, on all their text, by each facet
// field.
func (ix *Index) countFacets(resp *Response, filters []query.Query, q textQuery) error {
	fq := bleve.NewBooleanQuery()
	must := append(append([]query.Query{}, filters...), q.mustAll...)
	if len(q.mustAll) == 0 {
		// only contract documents have the "all" field: with a query, a
		// type clause would only add a walk over every contract
		must = append(must, term(fType, typeContract))
	}
	fq.AddMust(must...)
	if len(q.mustNotAll) > 0 {
		fq.AddMustNot(q.mustNotAll...)
	}
	counts := map[string]int{}
	if ix.facets != nil {
		total, c, err := ix.facets.count(ix.idx, fq)
		if err != nil {
			return err
		}
		resp.Contracts, counts = total, c
	} else {
		freq := bleve.NewSearchRequestOptions(fq, 0, 0, false)
		freq.AddFacet(fFacet, bleve.NewFacetRequest(fFacet, maxFacetValues))
		fres, err := ix.idx.Search(freq)
		if err != nil {
			return err
		}
		resp.Contracts = int(fres.Total)
		if r, ok := fres.Facets[fFacet]; ok && r.Terms != nil {
			for _, t := range r.Terms.Terms() {
				counts[t.Term] = t.Count
			}
		}
	}
	byField := map[string]*Facet{}
	for term, n := range counts {
		field, value, ok := strings.Cut(term, filterSep)
		if !ok {
			continue
		}
		f := byField[field]
		if f == nil {
			f = &Facet{Field: field}
			byField[field] = f
		}
		f.Values = append(f.Values, FacetValue{Value: value, Count: n})
	}
	for _, name := range FacetFields {
		if f := byField[name]; f != nil {
			sort.SliceStable(f.Values, func(i, j int) bool {
				if f.Values[i].Count != f.Values[j].Count {
					return f.Values[i].Count > f.Values[j].Count
				}
				return f.Values[i].Value < f.Values[j].Value
			})
			resp.Facets = append(resp.Facets, *f)
		}
	}
	return nil
}
