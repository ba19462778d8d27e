package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// EachContract calls fn with every contract that passes the filters of a
// request, in the order of Contracts, reading them a page at a time: an
// export of a large index holds one page of records, not the whole index.
// It stops at fn's first error and returns it.
func (ix *Index) EachContract(req Request, fn func(*Record) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &CorruptError{Dir: ix.Dir, Problem: fmt.Sprintf("reading contracts failed (%v)", r), BuiltBy: ix.BuiltBy}
		}
	}()
	req.Limit = 1
	if err := req.normalize(); err != nil {
		return err
	}
	return ix.eachRecord(append([]query.Query{term(fType, typeContract)}, req.filters()...), fn)
}

// recordPage is how many records are read at a time (a variable: the test
// reads a small index over several pages).
var recordPage = 1000

// eachRecord calls fn with the stored record of every contract document
// matching every query, sorted by territory then start year.
func (ix *Index) eachRecord(must []query.Query, fn func(*Record) error) error {
	q := bleve.NewConjunctionQuery(must...)
	var sortBy []string
	for _, f := range sortFields {
		sortBy = append(sortBy, sortPrefix+f)
	}
	for from := 0; ; from += recordPage {
		req := bleve.NewSearchRequestOptions(q, recordPage, from, false)
		req.Fields = []string{fRecord}
		req.SortBy(sortBy)
		res, err := ix.idx.Search(req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			ref, _ := h.Fields[fRecord].(string)
			r, err := readRecord(ix.records, ref)
			if err != nil {
				return &CorruptError{Dir: ix.Dir, Problem: "contract " + h.ID + ": " + err.Error(), BuiltBy: ix.BuiltBy}
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		if len(res.Hits) < recordPage {
			return nil
		}
	}
}
