package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Counting facets is most of a broad query's time when bleve does it: for
// every matching contract it decodes the contract's doc values and hashes
// each of its twenty-odd facet terms into a map. A generation never changes
// once built, so its contracts' bleve-internal document numbers never change
// either: the build writes, for each contract document number, the numbers
// (ordinals) of its facet terms, and counting becomes incrementing an array
// as the matching documents go by. bleve's own facets (on fFacet's doc
// values) remain the fallback should the table not match the index.
const facetsName = "facets.bin"

var facetMagic = []byte("clsx-facets-1\n")

// facetTable maps contract document numbers to their facet terms.
type facetTable struct {
	terms []string // "field=value", sorted
	start []int32  // document number → offset in ords (-1: not a contract)
	ords  []uint32 // each contract's term ordinals, preceded by their count
}

// writeFacetTable writes the table of an index whose every contract's facet
// terms are known, by enumerating its contract documents.
func writeFacetTable(path string, idx bleve.Index, facets map[string][]string) error {
	adv, err := idx.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	dict := map[string]uint32{}
	var terms []string
	for _, ts := range facets {
		for _, t := range ts {
			if _, ok := dict[t]; !ok {
				dict[t] = 0
				terms = append(terms, t)
			}
		}
	}
	sort.Strings(terms)
	for i, t := range terms {
		dict[t] = uint32(i)
	}
	type entry struct {
		num uint64
		id  string
	}
	var entries []entry
	err = eachMatch(r, idx, term(fType, typeContract), func(id index.IndexInternalID) error {
		ext, err := r.ExternalID(id)
		if err != nil {
			return err
		}
		entries = append(entries, entry{id.Value(), strings.TrimPrefix(ext, "c/")})
		return nil
	})
	if err != nil {
		return err
	}
	if len(entries) != len(facets) {
		return fmt.Errorf("facet table: %d contract documents, %d contracts", len(entries), len(facets))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].num < entries[j].num })
	var buf bytes.Buffer
	buf.Write(facetMagic)
	put := func(v uint64) { buf.Write(binary.AppendUvarint(nil, v)) }
	putString := func(s string) { put(uint64(len(s))); buf.WriteString(s) }
	put(uint64(len(terms)))
	for _, t := range terms {
		putString(t)
	}
	put(uint64(len(entries)))
	for _, e := range entries {
		put(e.num)
		putString(e.id)
		ts := facets[e.id]
		put(uint64(len(ts)))
		for _, t := range ts {
			put(uint64(dict[t]))
		}
	}
	return writeSynced(path, buf.Bytes())
}

// eachMatch calls fn with the internal id of every document matching q,
// unscored.
func eachMatch(r index.IndexReader, idx bleve.Index, q query.Query, fn func(index.IndexInternalID) error) error {
	s, err := q.Searcher(context.Background(), r, idx.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	for {
		dm, err := s.Next(sctx)
		if err != nil {
			return err
		}
		if dm == nil {
			return nil
		}
		if err := fn(dm.IndexInternalID); err != nil {
			return err
		}
		sctx.DocumentMatchPool.Put(dm)
	}
}

// maxFacetDocs bounds the document numbers a table may name: far above any
// corpus, and a damaged file must not allocate without bound.
const maxFacetDocs = 1 << 26

// readFacetTable reads a table and checks a few of its entries against the
// index: a table that does not describe this index is not used.
func readFacetTable(path string, idx bleve.Index) (*facetTable, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, facetMagic) {
		return nil, errors.New("not a facet table")
	}
	fr := &facetReader{bufio.NewReader(bytes.NewReader(data[len(facetMagic):]))}
	nTerms, err := fr.uvarint()
	if err != nil || nTerms > 1<<20 {
		return nil, fmt.Errorf("bad term count (%v)", err)
	}
	t := &facetTable{terms: make([]string, nTerms)}
	for i := range t.terms {
		if t.terms[i], err = fr.string(); err != nil {
			return nil, err
		}
	}
	samples, err := fr.documents(t, nTerms)
	if err != nil {
		return nil, err
	}
	return t, checkSamples(idx, samples)
}

// A facetReader reads the varints and strings of a facet table.
type facetReader struct{ br *bufio.Reader }

func (fr *facetReader) uvarint() (uint64, error) { return binary.ReadUvarint(fr.br) }

func (fr *facetReader) string() (string, error) {
	n, err := fr.uvarint()
	if err != nil || n > 1<<16 {
		return "", fmt.Errorf("bad string (%v)", err)
	}
	b := make([]byte, n)
	_, err = io.ReadFull(fr.br, b)
	return string(b), err
}

// A facetSample is a document the table names, checked against the index.
type facetSample struct {
	num uint64
	id  string
}

// documents reads each document's number, id and term ordinals into t;
// it returns the first, middle and last documents as samples.
func (fr *facetReader) documents(t *facetTable, nTerms uint64) ([]facetSample, error) {
	nDocs, err := fr.uvarint()
	if err != nil || nDocs > maxFacetDocs {
		return nil, fmt.Errorf("bad document count (%v)", err)
	}
	var samples []facetSample
	var lastNum uint64
	for i := uint64(0); i < nDocs; i++ {
		num, err := fr.uvarint()
		if err != nil || num >= maxFacetDocs || i > 0 && num <= lastNum {
			return nil, fmt.Errorf("bad document number (%v)", err)
		}
		lastNum = num
		id, err := fr.string()
		if err != nil {
			return nil, err
		}
		if i == 0 || i == nDocs/2 || i == nDocs-1 {
			samples = append(samples, facetSample{num, id})
		}
		n, err := fr.uvarint()
		if err != nil || n > nTerms {
			return nil, fmt.Errorf("bad ordinal count (%v)", err)
		}
		for int(num) >= len(t.start) {
			t.start = append(t.start, -1)
		}
		t.start[num] = int32(len(t.ords))
		t.ords = append(t.ords, uint32(n))
		for j := uint64(0); j < n; j++ {
			o, err := fr.uvarint()
			if err != nil || o >= nTerms {
				return nil, fmt.Errorf("bad ordinal (%v)", err)
			}
			t.ords = append(t.ords, uint32(o))
		}
	}
	return samples, nil
}

// checkSamples makes sure the table was written for this index: the
// sampled document numbers are the contracts the table says.
func checkSamples(idx bleve.Index, samples []facetSample) error {
	adv, err := idx.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	for _, s := range samples {
		ext, err := r.ExternalID(index.NewIndexInternalID(nil, s.num))
		if err != nil || ext != contractDocID(s.id) {
			return fmt.Errorf("document %d is %q, the table says %q", s.num, ext, s.id)
		}
	}
	return nil
}

// count counts the contracts matching q and their facet terms.
func (t *facetTable) count(idx bleve.Index, q query.Query) (int, map[string]int, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return 0, nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return 0, nil, err
	}
	defer r.Close()
	counts := make([]int, len(t.terms))
	total := 0
	err = eachMatch(r, idx, q, func(id index.IndexInternalID) error {
		n := id.Value()
		if n >= uint64(len(t.start)) || t.start[n] < 0 {
			return fmt.Errorf("document %d matched as a contract is not in the facet table", n)
		}
		total++
		at := t.start[n]
		for _, o := range t.ords[at+1 : at+1+int32(t.ords[at])] {
			counts[o]++
		}
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	out := map[string]int{}
	for i, c := range counts {
		if c > 0 {
			out[t.terms[i]] = c
		}
	}
	return total, out, nil
}
