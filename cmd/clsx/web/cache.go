package web

import (
	"fmt"
	"strings"
	"sync"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// The index does not change while it is served, so what every visitor of
// the map and of the Thèmes page asks is computed once: counting every
// contract by département takes a walk over all of them, and the matrix
// reads every record.

// answers holds what was computed.
type answers struct {
	mu     sync.Mutex
	counts map[string]deptCounts // by theme and year

	matrixOnce sync.Once // reading every record takes seconds: one reader, the others wait
	matrix     *index.Matrix
	matrixErr  error
}

type deptCounts struct {
	byDept map[string]int
	total  int
}

// maxCachedCounts bounds the map's cached answers (17 themes and a few
// years fit; more are computed each time).
const maxCachedCounts = 128

// departements counts the contracts of a request by département, from the
// cache when it was asked before.
func (s *Server) departements(ix *index.Index, req index.Request) (map[string]int, int, error) {
	key := fmt.Sprintf("%s|%d", req.Theme, req.Year)
	s.answers.mu.Lock()
	c, ok := s.answers.counts[key]
	s.answers.mu.Unlock()
	if ok {
		return c.byDept, c.total, nil
	}
	byDept, total, err := departementCounts(ix, req)
	if err != nil {
		return nil, 0, err
	}
	s.answers.mu.Lock()
	if s.answers.counts == nil {
		s.answers.counts = map[string]deptCounts{}
	}
	if len(s.answers.counts) < maxCachedCounts {
		s.answers.counts[key] = deptCounts{byDept, total}
	}
	s.answers.mu.Unlock()
	return byDept, total, nil
}

// themeMatrix is the matrix of the contracts of a région and a
// département (either may be empty), as clsx themes gives it: the whole
// index's, read once, cut to the territories whose contracts are there.
// Rows are grouped by territory, which has one région and département, so
// cutting the whole matrix gives what filtering the contracts first does.
func (s *Server) themeMatrix(ix *index.Index, region, departement string) (*index.Matrix, error) {
	geo := rules.Default().Geo
	if region != "" {
		name, ok := geo.RegionByName(region)
		if !ok {
			return nil, &index.UsageError{Msg: fmt.Sprintf("unknown région %q", region)}
		}
		region = name
	}
	if departement != "" {
		d, ok := geo.DepartementByCode(strings.TrimSpace(departement))
		if !ok {
			d, ok = geo.DepartementByName(departement)
		}
		if !ok {
			return nil, &index.UsageError{Msg: fmt.Sprintf("unknown département %q (a code such as 47 or 2A, or a name)", departement)}
		}
		departement = d.Code
	}
	all, err := s.wholeMatrix(ix)
	if err != nil {
		return nil, err
	}
	out := &index.Matrix{Themes: all.Themes, Rows: []index.MatrixRow{}}
	for _, r := range all.Rows {
		if (region == "" || r.Region == region) && (departement == "" || r.Departement == departement) {
			out.Rows = append(out.Rows, r)
		}
	}
	return out, nil
}

// wholeMatrix is the matrix of every contract of the index.
func (s *Server) wholeMatrix(ix *index.Index) (*index.Matrix, error) {
	s.answers.matrixOnce.Do(func() {
		recs, err := ix.Contracts(index.Request{})
		if err != nil {
			s.answers.matrixErr = err
			return
		}
		s.answers.matrix = index.ThemeMatrix(recs)
	})
	return s.answers.matrix, s.answers.matrixErr
}

// Prepare opens the index and computes what the Thèmes page needs, so
// that its first visitor does not wait for it: clsx serve calls it in the
// background as it starts.
func (s *Server) Prepare() {
	s.mu.Lock()
	ix := s.ix
	if ix == nil {
		if opened, err := index.Open(s.opts.IndexDir); err == nil {
			s.ix, ix = opened, opened
		}
	}
	s.mu.Unlock()
	if ix != nil {
		s.wholeMatrix(ix)
	}
}
