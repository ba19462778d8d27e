package web

import (
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"strings"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/index"
)

// sourceView is a document a contract was read from: its source, URL,
// title, and the stored copy when a corpus is given. sourcesOf lists them
// and one template ("sources") shows them.
type sourceView struct {
	Source, URL, Title, Copy string
}

// sourcesOf lists the documents of a contract, the primary one first (a
// record of an index written before documents were kept has its own).
func (s *Server) sourcesOf(rec *index.Record) []sourceView {
	docs := rec.Documents
	if len(docs) == 0 {
		docs = []index.DocumentRef{{Source: rec.Source, URL: rec.URL, Title: rec.DocumentTitle}}
	}
	var out []sourceView
	for _, d := range docs {
		out = append(out, s.sourceOf(d))
	}
	return out
}

func (s *Server) sourceOf(d index.DocumentRef) sourceView {
	v := sourceView{Source: d.Source, URL: deref(d.URL), Title: deref(d.Title)}
	if c := s.corpus(); c != nil {
		if e, ok := c.byURL[d.Source]; ok {
			v.Copy = "/copie/" + e.SHA256
		}
	}
	return v
}

// copies are the stored documents of the corpus, by URL and by SHA-256.
type copies struct {
	store *corpus.Store
	byURL map[string]corpus.Entry
	bySHA map[string]corpus.Entry
}

// corpus reads the corpus's manifest once; nil without a corpus or when it
// cannot be read (the pages then link to the source URL only).
func (s *Server) corpus() *copies {
	if s.opts.CorpusDir == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.copies != nil {
		return s.copies
	}
	st, err := corpus.Open(s.opts.CorpusDir)
	if err != nil {
		return nil
	}
	entries, err := st.Latest()
	if err != nil {
		return nil
	}
	c := &copies{store: st, byURL: map[string]corpus.Entry{}, bySHA: map[string]corpus.Entry{}}
	for _, e := range entries {
		if e.Stored() && shaPattern.MatchString(e.SHA256) {
			c.byURL[e.URL] = e
			c.bySHA[e.SHA256] = e
		}
	}
	s.copies = c
	return c
}

var shaPattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// servedTypes are the stored types shown in the browser; others are
// downloaded.
var servedTypes = map[string]bool{"text/html": true, "application/pdf": true, "text/plain": true}

// storedCopy serves a stored document by its SHA-256, which must be one
// the corpus's manifest lists: a name, never a path. Crawled HTML is
// served sandboxed (no script, no other origin, no form), so a page of the
// corpus cannot act as this site.
func (s *Server) storedCopy(w http.ResponseWriter, r *http.Request) {
	sha := r.PathValue("sha")
	c := s.corpus()
	if c == nil {
		s.fail(w, r, http.StatusNotFound, "Pas de corpus", "Ce serveur n'a pas de corpus (clsx serve --corpus DIR) : seules les adresses des sources sont connues.")
		return
	}
	e, ok := c.bySHA[sha]
	if !shaPattern.MatchString(sha) || !ok {
		s.fail(w, r, http.StatusNotFound, "Copie introuvable", "Aucun document stocké sous ce nom.")
		return
	}
	data, err := c.store.Read(e)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "Copie illisible", err.Error())
		return
	}
	mt, params, _ := mime.ParseMediaType(e.ContentType)
	h := w.Header()
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'none'; style-src 'unsafe-inline'")
	if servedTypes[mt] {
		ct := mt
		if cs := params["charset"]; cs != "" && !strings.ContainsAny(cs, ";\"\r\n") {
			ct += "; charset=" + cs
		}
		h.Set("Content-Type", ct)
		h.Set("Content-Disposition", "inline")
	} else {
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", sha[:12]))
	}
	w.Write(data)
}
