package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/clsx/clsx/index"
)

// Options say what a Server serves.
type Options struct {
	IndexDir  string // the index (clsx index builds it)
	CorpusDir string // optional: the corpus, for the stored copies of sources
	// Compare resolves one or two references (contract ids or
	// territories) to a comparison, as clsx compare does; nil compares
	// contract ids only.
	Compare func(ix *index.Index, refs []string) (*index.Comparison, error)
}

// Server answers the pages and the API over one index.
type Server struct {
	opts  Options
	pages pages
	mux   *http.ServeMux

	mu      sync.Mutex
	ix      *index.Index
	copies  *copies // nil until the corpus is first read
	answers answers // the map's counts and the theme matrix, computed once
}

// New prepares a server; the index is opened on the first request that
// needs it, so a missing or damaged index gives a page that says so.
func New(o Options) (*Server, error) {
	p, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{opts: o, pages: p, mux: http.NewServeMux()}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /{$}", s.searchPage)
	m.HandleFunc("GET /contrats/{id}", s.contractPage)
	m.HandleFunc("GET /contrats/{id}/preuve", s.evidencePage)
	m.HandleFunc("GET /comparer", s.comparePage)
	m.HandleFunc("GET /themes", s.themesPage)
	m.HandleFunc("GET /themes.csv", s.themesCSV)
	m.HandleFunc("GET /carte", s.mapPage)
	m.HandleFunc("GET /copie/{sha}", s.storedCopy)
	m.Handle("GET /static/", staticHandler())
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/contracts/{id}", s.apiContract)
	m.HandleFunc("GET /api/compare", s.apiCompare)
	m.HandleFunc("GET /api/themes", s.apiThemes)
	m.HandleFunc("/", s.notFound)
}

// contentPolicy forbids inline script and style, plugins, framing and
// any other origin: a string that escaped escaping could still run nothing.
const contentPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// ServeHTTP answers a request with the security headers every answer
// carries, and a bounded URL.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if len(r.URL.RawQuery) > maxQueryString {
		s.fail(w, r, http.StatusRequestURITooLong, "Adresse trop longue", "La recherche demandée dépasse la longueur admise.")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		s.fail(w, r, http.StatusMethodNotAllowed, "Méthode refusée", "Ce serveur ne fait que lire : seules les requêtes GET sont acceptées.")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// maxQueryString bounds a request's query string: a query, its filters and
// a page number fit many times over.
const maxQueryString = 4096

// Close releases the index.
func (s *Server) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ix != nil {
		err := s.ix.Close()
		s.ix = nil
		return err
	}
	return nil
}

// Serve answers on a listener until ctx ends, with timeouts that bound a
// slow or silent client, then lets the requests under way finish.
func Serve(ctx context.Context, l net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err := srv.Shutdown(shut)
		if e := <-done; !errors.Is(e, http.ErrServerClosed) && err == nil {
			err = e
		}
		return err
	}
}
