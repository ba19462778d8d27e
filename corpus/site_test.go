package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// siteRoot is the sample site: the five CLS pages as their sites serve them,
// laid out by host name and path, with the PDFs they link to.
const siteRoot = "../testdata/site"

// logged is a request a test server received.
type logged struct {
	At      time.Time
	Host    string // without port
	Path    string
	Query   string
	Header  http.Header
	Status  int
	Elapsed time.Duration
}

// testSite is one loopback HTTP server answering for several host names,
// which the crawler reaches through Config.Resolve. It logs every request,
// so tests assert on what the crawler actually asked.
type testSite struct {
	t     testing.TB
	srv   *httptest.Server
	mu    sync.Mutex
	log   []logged
	hosts map[string]http.Handler
}

func newTestSite(t testing.TB) *testSite {
	s := &testSite{t: t, hosts: map[string]http.Handler{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
	return s
}

// statusRecorder notes the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = 200
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusRecorder) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *testSite) serve(w http.ResponseWriter, r *http.Request) {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w}
	s.mu.Lock()
	h := s.hosts[host]
	s.mu.Unlock()
	if h == nil {
		http.NotFound(rec, r)
	} else {
		h.ServeHTTP(rec, r)
	}
	s.mu.Lock()
	s.log = append(s.log, logged{At: start, Host: host, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Status: rec.status, Elapsed: time.Since(start)})
	s.mu.Unlock()
}

// handle serves host with h.
func (s *testSite) handle(host string, h http.Handler) {
	s.mu.Lock()
	s.hosts[host] = h
	s.mu.Unlock()
}

// requests returns the logged requests to host (and path, if not "").
func (s *testSite) requests(host, p string) []logged {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []logged
	for _, l := range s.log {
		if l.Host == host && (p == "" || l.Path == p) {
			out = append(out, l)
		}
	}
	return out
}

// addr is the server's "127.0.0.1:port".
func (s *testSite) addr() string { return strings.TrimPrefix(s.srv.URL, "http://") }

// config is a crawl of this site into dir, fast: no politeness delay, short
// timeouts and backoff. Host names reach the server through Resolve; the
// private address check stays on, as by default.
func (s *testSite) config(dir string, seeds ...string) Config {
	cfg := DefaultConfig()
	cfg.Dir = dir
	cfg.Seeds = seeds
	cfg.Delay = 0
	cfg.RetryBase = 20 * time.Millisecond
	cfg.ConnectTimeout = 2 * time.Second
	cfg.Timeout = 5 * time.Second
	cfg.Workers = 4
	// Off unless a test is about them: the other tests count requests and
	// records, which a /sitemap.xml per host would change.
	cfg.Sitemaps = false
	cfg.Resolve = map[string]string{}
	s.mu.Lock()
	for h := range s.hosts {
		cfg.Resolve[h+":80"] = s.addr()
	}
	s.mu.Unlock()
	return cfg
}

// siteInfo is testdata/site/site.json: which charset each host's pages use.
type siteInfo struct {
	Sites []struct {
		Host    string `json:"host"`
		Charset string `json:"charset"`
	} `json:"sites"`
}

// sampleHandler serves a host of the sample site from testdata/site/HOST/,
// with an ETag and Last-Modified (so http.ServeContent answers conditional
// requests with 304), and extra HTML injected before </body> of given paths.
type sampleHandler struct {
	dir     string
	charset string
	extra   map[string]string // path → HTML added to the page
	mod     time.Time
}

func newSampleHandler(t testing.TB, host string) *sampleHandler {
	data, err := os.ReadFile(filepath.Join(siteRoot, "site.json"))
	if err != nil {
		t.Fatal(err)
	}
	var info siteInfo
	if err := json.Unmarshal(data, &info); err != nil {
		t.Fatal(err)
	}
	h := &sampleHandler{dir: filepath.Join(siteRoot, host), charset: "utf-8", extra: map[string]string{},
		mod: time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)}
	for _, s := range info.Sites {
		if s.Host == host {
			h.charset = s.Charset
		}
	}
	return h
}

// file finds the file of a URL path: the path itself, or its index.html.
func (h *sampleHandler) file(p string) (string, bool) {
	clean := path.Clean("/" + p)
	f := filepath.Join(h.dir, filepath.FromSlash(clean))
	if st, err := os.Stat(f); err == nil {
		if st.IsDir() {
			f = filepath.Join(f, "index.html")
			if _, err := os.Stat(f); err != nil {
				return "", false
			}
		}
		return f, true
	}
	return "", false
}

func (h *sampleHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := h.file(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	data, err := os.ReadFile(f)
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	ct := "application/octet-stream"
	switch strings.ToLower(filepath.Ext(f)) {
	case ".html":
		ct = "text/html; charset=" + h.charset
		if x := h.extra[r.URL.Path]; x != "" {
			data = bytes.Replace(data, []byte("</body>"), []byte(x+"</body>"), 1)
		}
	case ".pdf":
		ct = "application/pdf"
	}
	sum := sha256.Sum256(data)
	w.Header().Set("Content-Type", ct)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	http.ServeContent(w, r, "", h.mod, bytes.NewReader(data))
}

// mux routes a host's paths to handlers, falling back to another handler.
type mux struct {
	routes   map[string]http.Handler
	fallback http.Handler
}

func newMux(fallback http.Handler) *mux {
	return &mux{routes: map[string]http.Handler{}, fallback: fallback}
}

func (m *mux) add(p string, h http.HandlerFunc) { m.routes[p] = h }

func (m *mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h := m.routes[r.URL.Path]; h != nil {
		h.ServeHTTP(w, r)
		return
	}
	if m.fallback != nil {
		m.fallback.ServeHTTP(w, r)
		return
	}
	http.NotFound(w, r)
}

// htmlPage is a small UTF-8 HTML page.
func htmlPage(title, body string) string {
	return fmt.Sprintf("<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><title>%s</title></head><body><h1>%s</h1>%s</body></html>", title, title, body)
}

func writeHTML(w http.ResponseWriter, s string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, s)
}

// byURL indexes manifest records by URL.
func byURL(t testing.TB, dir string) map[string][]Entry {
	t.Helper()
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := st.Records()
	if err != nil {
		t.Fatal(err)
	}
	if w := st.Warnings(); len(w) > 0 {
		t.Errorf("manifest warnings: %v", w)
	}
	out := map[string][]Entry{}
	for _, e := range recs {
		out[e.URL] = append(out[e.URL], e)
	}
	return out
}
