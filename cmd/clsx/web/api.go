package web

import (
	"errors"
	"net/http"

	"github.com/clsx/clsx/index"
)

// The API answers with the objects clsx prints with --format json: a
// search's Response, a contract's Record, a Comparison, a Matrix.
// Parameters are named as the command line's flags.

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	req, err := readSearch(q)
	if err == nil {
		req.Limit, err = intParam(q, "limit", 20, maxRows)
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	ix := s.index(w, r)
	if ix == nil {
		return
	}
	resp, err := ix.Search(req)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if resp.Clauses == nil {
		resp.Clauses = []index.Clause{} // as clsx search: a list, even empty
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) apiContract(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.record(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func (s *Server) apiCompare(w http.ResponseWriter, r *http.Request) {
	ix := s.index(w, r)
	if ix == nil {
		return
	}
	refs, c, err := s.comparison(ix, r.URL.Query())
	if err == nil && refs == nil {
		err = &index.UsageError{Msg: "a=ID&b=ID (or territoire=NAME) expected"}
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) apiThemes(w http.ResponseWriter, r *http.Request) {
	m, ok := s.matrix(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, m)
}

// apiError answers an error as JSON: 503 for a damaged index, 400 for
// anything the request can fix.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	var ce *index.CorruptError
	if errors.As(err, &ce) {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
}
