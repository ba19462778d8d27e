package index

import (
	"encoding/json"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// rowFields are the stored fields a row shows of a matching document.
var rowFields = []string{fMeta, fTitle, fBody}

// textRows ranks the documents that match a query and groups them, reading
// more hits until the groups are filled or the hits exhausted.
func (ix *Index) textRows(req Request, filters []query.Query, q textQuery) ([]*Group, error) {
	must := append(append([]query.Query{}, filters...), q.must...)
	switch req.By {
	case "axis", "action":
		must = append(must, term(fType, req.By))
	default:
		// every type: no clause, rather than one that every document matches
		// and that the search would walk in full
	}
	mq := bleve.NewBooleanQuery()
	mq.AddMust(must...)
	if len(q.mustNot) > 0 {
		mq.AddMustNot(q.mustNot...)
	}
	g := newGrouper(req.By, req.Limit)
	g.hl = ix.newHighlighter(q.clauses)
	// most territories' best hits are among the first few per row
	size := req.Limit * 4
	for from := 0; ; {
		mreq := bleve.NewSearchRequestOptions(mq, size, from, false)
		mreq.Fields = rowFields
		res, err := ix.idx.Search(mreq)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			g.add(h)
		}
		from += len(res.Hits)
		if g.full() || len(res.Hits) < size || from >= maxHits {
			return g.groups, nil
		}
		size *= 2
	}
}

// maxHits bounds the hits read for one answer.
const maxHits = 5000

// browseRows answers filters without a query: contracts sorted by
// territory, and, when a theme is asked, the axes and actions of those
// contracts that carry it.
func (ix *Index) browseRows(req Request, filters []query.Query, q textQuery) ([]*Group, error) {
	if req.By == "axis" || req.By == "action" {
		bq := bleve.NewBooleanQuery()
		bq.AddMust(append([]query.Query{term(fType, req.By)}, filters...)...)
		if len(q.mustNot) > 0 {
			bq.AddMustNot(q.mustNot...)
		}
		breq := bleve.NewSearchRequestOptions(bq, req.Limit, 0, false)
		breq.Fields = rowFields
		breq.SortBy([]string{"_id"})
		res, err := ix.idx.Search(breq)
		if err != nil {
			return nil, err
		}
		g := newGrouper(req.By, req.Limit)
		for _, h := range res.Hits {
			g.add(h)
		}
		return g.groups, nil
	}
	cq := bleve.NewBooleanQuery()
	cq.AddMust(append([]query.Query{term(fType, typeContract)}, filters...)...)
	if len(q.mustNot) > 0 {
		cq.AddMustNot(q.mustNot...)
	}
	var sortBy []string
	for _, f := range sortFields {
		sortBy = append(sortBy, sortPrefix+f)
	}
	g := newGrouper(req.By, req.Limit)
	size := req.Limit * 2
	for from := 0; ; {
		creq := bleve.NewSearchRequestOptions(cq, size, from, false)
		creq.Fields = rowFields
		creq.SortBy(sortBy)
		res, err := ix.idx.Search(creq)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			g.add(h)
		}
		from += len(res.Hits)
		if g.full() || len(res.Hits) < size || from >= maxHits {
			break
		}
		size *= 2
	}
	for _, gr := range g.groups {
		gr.Matches = []Match{} // a contract listed for its filters: nothing in it matched a query
	}
	if req.Theme == "" || len(g.groups) == 0 {
		return g.groups, nil
	}
	// the axes and actions that carry the theme, in the contracts shown
	var ids []query.Query
	for _, gr := range g.groups {
		for _, c := range gr.Contracts {
			ids = append(ids, term(fContract, c.ID))
		}
	}
	aq := bleve.NewBooleanQuery()
	aq.AddMust(bleve.NewDisjunctionQuery(term(fType, typeAxis), term(fType, typeAction)), term(fTheme, req.Theme),
		bleve.NewDisjunctionQuery(ids...))
	areq := bleve.NewSearchRequestOptions(aq, maxHits, 0, false)
	areq.Fields = rowFields
	areq.SortBy([]string{"_id"})
	res, err := ix.idx.Search(areq)
	if err != nil {
		return nil, err
	}
	for _, h := range res.Hits {
		g.attach(h)
	}
	return g.groups, nil
}

// describe fills each row's territory and contracts from the contracts'
// stored summaries.
func (ix *Index) describe(groups []*Group) error {
	cache := map[string]*summary{}
	get := func(id string) (*summary, error) {
		if s, ok := cache[id]; ok {
			return s, nil
		}
		doc, err := ix.idx.Document(contractDocID(id))
		if err != nil {
			return nil, err
		}
		s := &summary{ID: id, Territory: id}
		if doc != nil {
			doc.VisitFields(func(f index.Field) {
				if f.Name() == fSummary {
					json.Unmarshal(f.Value(), s)
				}
			})
		}
		cache[id] = s
		return s, nil
	}
	for _, g := range groups {
		for i, c := range g.Contracts {
			s, err := get(c.ID)
			if err != nil {
				return err
			}
			g.Contracts[i] = ContractRef{ID: s.ID, Kind: s.Kind, Generation: s.Generation, StartYear: s.StartYear, EndYear: s.EndYear}
			if i == 0 {
				g.Territory, g.TerritoryCode, g.Departement, g.Region = s.Territory, s.TerritoryCode, s.Departement, s.Region
			}
		}
		// a territory's contracts in time order, whatever matched first
		sort.SliceStable(g.Contracts, func(a, b int) bool { return g.Contracts[a].StartYear < g.Contracts[b].StartYear })
	}
	return nil
}
