package main

import (
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"strings"

	"github.com/clsx/clsx/testdata"
)

// sampleSite is the bundled sample site (testdata/site): the five seeds as
// their sites publish them, served by host name from one loopback server so
// that the demo crawls it as it would crawl the web.
type sampleSite struct {
	seeds    []string          // the CLS pages, as http:// URLs
	resolve  map[string]string // "host:80" → the server's address
	charsets map[string]string // host → the charset its pages are served in
	server   *http.Server
	addr     string
}

// startSampleSite serves the embedded site on 127.0.0.1 (a free port).
func startSampleSite() (*sampleSite, error) {
	sites, err := testdata.SampleSites()
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &sampleSite{resolve: map[string]string{}, charsets: map[string]string{}, addr: ln.Addr().String()}
	for _, site := range sites {
		s.resolve[site.Host+":80"] = s.addr
		s.charsets[site.Host] = site.Charset
		for _, p := range site.Pages {
			s.seeds = append(s.seeds, site.URL(p))
		}
	}
	site, err := fs.Sub(testdata.Sample, "site")
	if err != nil {
		return nil, err
	}
	s.server = &http.Server{Handler: s.handler(site)}
	go s.server.Serve(ln)
	return s, nil
}

func (s *sampleSite) close() { s.server.Close() }

// handler serves site/HOST/PATH, a directory by its index.html, with the
// content type (and charset) a real server would send.
func (s *sampleSite) handler(site fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		name := path.Join(host, path.Clean("/"+r.URL.Path))
		if info, err := fs.Stat(site, name); err == nil && info.IsDir() {
			name = path.Join(name, "index.html")
		}
		data, err := fs.ReadFile(site, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		ctype := mime.TypeByExtension(path.Ext(name))
		if strings.HasPrefix(ctype, "text/html") {
			ctype = "text/html; charset=" + s.charsets[host]
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(data)
	})
}
