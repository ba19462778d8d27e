package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// pages are the parsed templates, one per page, each with the layout.
type pages map[string]*template.Template

// pageNames are the templates beside the layout.
var pageNames = []string{"search", "contract", "evidence", "compare", "themes", "carte", "error"}

func parsePages() (pages, error) {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, err
	}
	p := pages{}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFiles, "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		p[name] = t
	}
	return p, nil
}

// frame is what the layout shows around every page: its title and which
// item of the navigation it is.
type frame struct {
	Title string
	Nav   string // search, compare, themes, carte
}

// render writes a page, rendered whole before anything is sent, so that a
// template error gives an error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, name string, status int, data any) {
	var b bytes.Buffer
	if err := s.pages[name].Execute(&b, data); err != nil {
		http.Error(w, "erreur de rendu de la page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// errorView is an error page.
type errorView struct {
	frame
	Status  int
	Message string
}

// fail answers an error: a page for a person, a JSON object for the API.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, title, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.render(w, "error", status, errorView{frame: frame{Title: title}, Status: status, Message: msg})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "Page introuvable", fmt.Sprintf("Aucune page à l'adresse %s.", r.URL.Path))
}

// writeJSON writes v as clsx's --format json does (indented), with <, >
// and & escaped as the JSON allows, for any reader that would sniff it.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":"encoding failed"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

func staticHandler() http.Handler {
	sub, _ := fs.Sub(staticFiles, "static")
	files := http.FileServerFS(sub)
	return http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=3600")
		files.ServeHTTP(w, r)
	}))
}
