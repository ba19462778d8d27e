package web

import (
	"errors"
	"net/http"

	"github.com/clsx/clsx/index"
)

// index returns the open index, opening it on first use. When it cannot be
// opened it writes a page (or a JSON error) that says why and how to build
// or rebuild it, and returns nil.
func (s *Server) index(w http.ResponseWriter, r *http.Request) *index.Index {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ix != nil {
		return s.ix
	}
	ix, err := index.Open(s.opts.IndexDir)
	if err == nil {
		s.ix = ix
		return ix
	}
	var nf *index.NotFoundError
	title := "Index endommagé"
	if errors.As(err, &nf) {
		title = "Aucun index"
	}
	s.fail(w, r, http.StatusServiceUnavailable, title, err.Error())
	return nil
}

// failIndex answers an error the index gave: a request it refuses (an
// unknown theme, a bad query) is the user's to fix; a damaged index is not.
func (s *Server) failIndex(w http.ResponseWriter, r *http.Request, err error) {
	var ue *index.UsageError
	var ae *index.AmbiguousError
	switch {
	case errors.As(err, &ue):
		s.fail(w, r, http.StatusBadRequest, "Recherche impossible", err.Error())
	case errors.As(err, &ae):
		s.fail(w, r, http.StatusBadRequest, "Territoire ambigu", err.Error())
	default:
		var ce *index.CorruptError
		if errors.As(err, &ce) {
			s.fail(w, r, http.StatusServiceUnavailable, "Index endommagé", err.Error())
			return
		}
		s.fail(w, r, http.StatusInternalServerError, "Erreur", err.Error())
	}
}
