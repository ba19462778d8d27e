package index

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Request is a search: a query (may be empty), filters, and how to group the
// answer.
type Request struct {
	Query         string
	Theme         string
	Region        string
	Departement   string
	Kind          string // cls, protocole, clsm
	TerritoryKind string
	SignatoryKind string
	Year          int    // the contract is in force that year
	By            string // territory (default), contract, axis, action
	Limit         int    // groups (rows) returned; default 20
	NoFacets      bool   // skip counting facets (an output that does not show them)
}

// Response is what a search found.
type Response struct {
	Query     string   `json:"query"`
	Clauses   []Clause `json:"clauses"`
	By        string   `json:"by"`
	Contracts int      `json:"contracts"` // contracts matching: what the facets count
	Groups    []Group  `json:"results"`
	Facets    []Facet  `json:"facets"`
}

// Group is one row of the answer: a territory, a contract, an axis or an
// action, with what matched in it.
type Group struct {
	Territory     string        `json:"territory"`
	TerritoryCode string        `json:"territory_code,omitempty"`
	Departement   string        `json:"departement,omitempty"`
	Region        string        `json:"region,omitempty"`
	Contracts     []ContractRef `json:"contracts"`
	Matches       []Match       `json:"matches"`
	MoreMatches   int           `json:"more_matches,omitempty"` // matches past the first ten
	Score         float64       `json:"score"`
	key           string
}

// ContractRef is what a result row says of a contract.
type ContractRef struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"`
	Generation string `json:"generation,omitempty"`
	StartYear  string `json:"start_year,omitempty"`
	EndYear    string `json:"end_year,omitempty"`
}

// MarshalJSON writes the generation and years as numbers, as extraction
// records do: one type per field in every output of clsx.
func (c ContractRef) MarshalJSON() ([]byte, error) {
	type numbers struct {
		ID         string `json:"id"`
		Kind       string `json:"kind"`
		Generation *int   `json:"generation,omitempty"`
		StartYear  *int   `json:"start_year,omitempty"`
		EndYear    *int   `json:"end_year,omitempty"`
	}
	number := func(s string) *int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil
		}
		return &n
	}
	return json.Marshal(numbers{c.ID, c.Kind, number(c.Generation), number(c.StartYear), number(c.EndYear)})
}

// Match is a document that matched: a contract (its territory or parties),
// an axis or an action.
type Match struct {
	Type     string  `json:"type"`
	Contract string  `json:"contract"`
	Axis     string  `json:"axis,omitempty"` // an action's axis number
	Number   string  `json:"number,omitempty"`
	Title    Text    `json:"title"`
	Context  *Text   `json:"context,omitempty"` // the first listed item (objective, step, party) where the query matched
	Score    float64 `json:"score"`
}

// Text is a text with the rune ranges where the query matched.
type Text struct {
	Text  string   `json:"text"`
	Marks [][2]int `json:"marks,omitempty"`
}

// Facet counts matching contracts by the values of one field.
type Facet struct {
	Field  string       `json:"field"`
	Values []FacetValue `json:"values"`
}

// FacetValue is one value of a facet and its count.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// UsageError is a request that cannot be run as given: an unknown theme,
// région, kind… The message says what is accepted.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Search runs a request.
func (ix *Index) Search(req Request) (resp *Response, err error) {
	defer func() {
		// bleve reads memory-mapped segments: a fault on a damaged one
		// surfaces as a panic, which must say what it is
		if r := recover(); r != nil {
			resp, err = nil, &CorruptError{Dir: ix.Dir, Problem: fmt.Sprintf("search failed (%v)", r), BuiltBy: ix.BuiltBy}
		}
	}()
	if err := req.normalize(); err != nil {
		return nil, err
	}
	clauses, err := ParseQuery(req.Query)
	if err != nil {
		return nil, &UsageError{Msg: err.Error()}
	}
	resp = &Response{Query: req.Query, Clauses: clauses, By: req.By, Groups: []Group{}, Facets: []Facet{}}
	q := textQuery{clauses: clauses}
	for _, c := range clauses {
		rows, ok := ix.clauseQuery(c, fTitle, fBody)
		if !ok {
			continue // only stop words or punctuation: nothing to look for
		}
		all, _ := ix.clauseQuery(c, fAll)
		if c.Exclude {
			q.mustNot, q.mustNotAll = append(q.mustNot, rows), append(q.mustNotAll, all)
		} else {
			q.must, q.mustAll = append(q.must, rows), append(q.mustAll, all)
		}
	}
	filters := req.filters()
	// The facets and the rows are two searches of about equal cost: run
	// side by side, an answer takes the time of one.
	var facetErr error
	var wg sync.WaitGroup
	if !req.NoFacets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					facetErr = &CorruptError{Dir: ix.Dir, Problem: fmt.Sprintf("search failed (%v)", r), BuiltBy: ix.BuiltBy}
				}
			}()
			facetErr = ix.countFacets(resp, filters, q)
		}()
	}
	var groups []*Group
	if len(q.must) > 0 {
		groups, err = ix.textRows(req, filters, q)
	} else {
		groups, err = ix.browseRows(req, filters, q)
	}
	wg.Wait()
	if err == nil {
		err = facetErr
	}
	if err != nil {
		return nil, err
	}
	if err := ix.describe(groups); err != nil {
		return nil, err
	}
	for _, g := range groups {
		resp.Groups = append(resp.Groups, *g)
	}
	return resp, nil
}

// textQuery is a parsed query: clauses over titles and bodies (rows), and
// the same over a contract's whole text (facets).
type textQuery struct {
	clauses                            []Clause
	must, mustNot, mustAll, mustNotAll []query.Query
}

// clauseQuery is the query of one clause over fields: a word in any of the
// fields; a phrase (or a word the analyser splits, as "Saint-Martin") as its
// consecutive word pairs, each a term of the fields' pair twins (fTitle2…).
// ok is false when analysis leaves nothing.
func (ix *Index) clauseQuery(c Clause, fields ...string) (query.Query, bool) {
	m := ix.idx.Mapping()
	tokens := m.AnalyzerNamed(frenchAnalyzer).Analyze([]byte(c.Text))
	if len(tokens) == 0 {
		return nil, false
	}
	var pairs analysis.TokenStream
	if len(tokens) > 1 {
		pairs = m.AnalyzerNamed(bigramAnalyzer).Analyze([]byte(c.Text))
	}
	var alts []query.Query
	for i, f := range fields {
		var q query.Query
		if len(pairs) > 0 {
			var all []query.Query
			for _, p := range pairs {
				t := bleve.NewTermQuery(string(p.Term))
				t.SetField(pairField[f])
				all = append(all, t)
			}
			cq := bleve.NewConjunctionQuery(all...)
			q = cq
		} else {
			t := bleve.NewTermQuery(string(tokens[0].Term))
			t.SetField(f)
			q = t
		}
		if i == 0 && len(fields) > 1 {
			// a match in the title says more than one in what it lists
			q.(query.BoostableQuery).SetBoost(2)
		}
		alts = append(alts, q)
	}
	if len(alts) == 1 {
		return alts[0], true
	}
	return bleve.NewDisjunctionQuery(alts...), true
}

// pairField names the word-pair twin of a text field.
var pairField = map[string]string{fTitle: fTitle2, fBody: fBody2, fAll: fAll2}

// term matches the documents with a filter value.
func term(name, value string) query.Query {
	q := bleve.NewTermQuery(filterTerm(name, value))
	q.SetField(fFilter)
	return q
}

func (r *Request) filters() []query.Query {
	var out []query.Query
	for _, f := range []struct{ field, value string }{
		{fTheme, r.Theme}, {fRegion, r.Region}, {fDepartement, r.Departement}, {fKind, r.Kind},
		{fTerritoryKind, r.TerritoryKind}, {fSignatoryKind, r.SignatoryKind},
	} {
		if f.value != "" {
			out = append(out, term(f.field, f.value))
		}
	}
	if r.Year > 0 {
		out = append(out, term(fInForce, year(r.Year)))
	}
	return out
}
