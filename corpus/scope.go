package corpus

import (
	"bytes"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
)

// The content types a corpus keeps: the pages and the documents CLS are
// published as.
var storedTypes = map[string]string{
	"text/html":          "html",
	"application/pdf":    "pdf",
	"application/msword": "doc",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
	"application/vnd.oasis.opendocument.text":                                 "odt",
}

// docExt maps the extensions of document links to their content type.
var docExt = map[string]string{
	".pdf":  "application/pdf",
	".doc":  "application/msword",
	".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".odt":  "application/vnd.oasis.opendocument.text",
}

// skipExt are extensions of links that lead to nothing clsx keeps: not worth
// a request.
var skipExt = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`.jpg .jpeg .png .gif .webp .svg .ico .bmp .tif .tiff .avif
		.css .js .mjs .json .xml .rss .atom .woff .woff2 .ttf .otf .eot
		.mp3 .mp4 .m4a .wav .ogg .webm .avi .mov .mkv .flv
		.zip .gz .tgz .rar .7z .tar .bz2 .xz .exe .dmg .iso .apk .msi
		.xls .xlsx .ods .csv .ppt .pptx .odp .rtf .txt .ics .vcf .kml .gpx`) {
		skipExt[e] = true
	}
}

// mediaType is the lower-case media type of a Content-Type header.
func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// kindOf is the short name of a content type ("html", "pdf"…), "" for one a
// corpus does not keep.
func kindOf(ct string) string { return storedTypes[mediaType(ct)] }

// genericType reports the types servers give documents they do not describe;
// a document link answered so is kept if its bytes say what the link said.
func genericType(ct string) bool {
	switch mediaType(ct) {
	case "", "application/octet-stream", "application/force-download", "application/x-download", "binary/octet-stream", "application/download":
		return true
	}
	return false
}

// effectiveType decides what a response is, or "" to not keep it: its
// Content-Type if clsx keeps that type; for a generic type on a link whose
// extension names a document, that document's type when the first bytes
// agree (PDF, OLE2 for .doc, ZIP for .docx and .odt).
func effectiveType(ct string, u *url.URL, head []byte) string {
	if kindOf(ct) != "" {
		return ct
	}
	if !genericType(ct) {
		return ""
	}
	want := docExt[strings.ToLower(path.Ext(u.Path))]
	if want == "" && mediaType(ct) == "" {
		// No Content-Type at all: an HTML page whose server forgot to say so
		// is still a page.
		if strings.HasPrefix(http.DetectContentType(head), "text/html") {
			return "text/html"
		}
		return ""
	}
	switch {
	case want == "application/pdf" && bytes.HasPrefix(head, []byte("%PDF-")):
	case want == "application/msword" && bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0")):
	case want != "" && want != "application/pdf" && want != "application/msword" && bytes.HasPrefix(head, []byte("PK\x03\x04")):
	default:
		return ""
	}
	return want
}

// acceptable reports, from the headers alone, whether a response may be kept
// (the bytes of a generic or missing type are checked once downloaded).
func acceptable(ct string, u *url.URL) bool {
	return kindOf(ct) != "" || mediaType(ct) == "" ||
		genericType(ct) && docExt[strings.ToLower(path.Ext(u.Path))] != ""
}

// isDocument reports whether a link's path names a document (PDF, DOC, DOCX,
// ODT).
func isDocument(u *url.URL) bool { return docExt[strings.ToLower(path.Ext(u.Path))] != "" }

// normalize gives a URL the one spelling the frontier and the manifest use:
// lower-case scheme and host, no default port, no fragment, "/" for an empty
// path. The query is kept as written: servers differ on what it means.
func normalize(u *url.URL) *url.URL {
	c := *u
	c.Scheme = strings.ToLower(c.Scheme)
	c.Host = strings.ToLower(c.Host)
	if h, p := c.Hostname(), c.Port(); (c.Scheme == "http" && p == "80") || (c.Scheme == "https" && p == "443") {
		if strings.Contains(h, ":") {
			h = "[" + h + "]"
		}
		c.Host = h
	}
	if c.Path == "" && c.Opaque == "" {
		c.Path = "/"
	}
	c.Fragment, c.RawFragment = "", ""
	c.User = nil
	c.ForceQuery = false
	return &c
}

// parseSeed reads a seed URL, defaulting to https:// when no scheme is given.
func parseSeed(s string) (*url.URL, bool) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	return normalize(u), true
}

// scope decides which URLs a crawl queues: hosts, depth, and the bounds that
// keep a site's traps (calendars with a "next month" link forever, session
// ids in queries) from swallowing the crawl.
type scope struct {
	mu          sync.Mutex
	hosts       map[string]bool // host names (no port) in scope
	anyHost     bool
	maxDepth    int
	maxPages    int // per host
	maxVariants int // query strings per host and path
	pages       map[string]int
	variants    map[string]int
	dropped     map[string]int // why links were not queued, counted
	sitemaps    map[string]int // sitemap files queued per host
	listings    map[string]int // further pages queued per listing
}

// Reasons a URL is not queued.
const (
	dropHost     = "other host"
	dropDepth    = "too deep"
	dropPages    = "host page limit"
	dropVariants = "query variant limit"
	dropListing  = "listing page limit"
	dropLinksCap = "past the links-per-page limit"
	dropHops     = "follow-out hop limit"
	dropSitemaps = "sitemaps-per-host limit"
)

// drop counts n links not queued for reason, where a cap outside the scope
// (a page's links, the hops off the crawl's hosts) dropped them.
func (s *scope) drop(reason string, n int) {
	if n <= 0 {
		return
	}
	s.mu.Lock()
	s.dropped[reason] += n
	s.mu.Unlock()
}

func newScope(cfg *Config) *scope {
	s := &scope{
		hosts: map[string]bool{}, anyHost: cfg.AnyHost,
		maxDepth: cfg.MaxDepth, maxPages: cfg.MaxPages, maxVariants: cfg.MaxVariants,
		pages: map[string]int{}, variants: map[string]int{}, dropped: map[string]int{},
		sitemaps: map[string]int{}, listings: map[string]int{},
	}
	for _, h := range cfg.Hosts {
		s.addHost(h)
	}
	return s
}

// addHost puts a host name in scope.
func (s *scope) addHost(h string) {
	h = strings.ToLower(strings.TrimSpace(h))
	if u, err := url.Parse("http://" + h); err == nil && u.Hostname() != "" {
		h = u.Hostname()
	}
	s.mu.Lock()
	s.hosts[h] = true
	s.mu.Unlock()
}

// inHost reports whether u's host is in scope.
func (s *scope) inHost(u *url.URL) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.anyHost || s.hosts[strings.ToLower(u.Hostname())]
}

// admit decides whether to queue u, found at depth (a document linked from
// a page at depth d is admitted at d+1 while d ≤ maxDepth: the depth bounds
// pages, and a page in range keeps its documents). It counts what it admits.
func (s *scope) admit(u *url.URL, depth int, doc bool) (ok bool, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case !s.anyHost && !s.hosts[strings.ToLower(u.Hostname())]:
		reason = dropHost
	case depth > s.maxDepth && !(doc && depth == s.maxDepth+1):
		reason = dropDepth
	default:
		reason = s.boundLocked(u)
	}
	if reason != "" {
		s.dropped[reason]++
		return false, reason
	}
	s.countLocked(u)
	return true, ""
}

// boundLocked names the per-host bound u would exceed (pages, or query
// variants of one path), or "" when it fits.
func (s *scope) boundLocked(u *url.URL) string {
	switch {
	case s.maxPages > 0 && s.pages[u.Host] >= s.maxPages:
		return dropPages
	case u.RawQuery != "" && s.maxVariants > 0 && s.variants[u.Host+u.EscapedPath()] >= s.maxVariants:
		return dropVariants
	}
	return ""
}

// count notes a URL queued without asking (seeds, and URLs replayed from the
// frontier on resume), so the bounds hold across a resume.
func (s *scope) count(u *url.URL) {
	s.mu.Lock()
	s.countLocked(u)
	s.mu.Unlock()
}

func (s *scope) countLocked(u *url.URL) {
	s.pages[u.Host]++
	if u.RawQuery != "" {
		s.variants[u.Host+u.EscapedPath()]++
	}
}

// droppedCounts returns how many links were not queued, by reason.
func (s *scope) droppedCounts() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.dropped))
	for k, v := range s.dropped {
		out[k] = v
	}
	return out
}

// admitSitemap decides whether to read a sitemap: on the crawl's hosts
// (robots.txt may name a sitemap elsewhere; the protocol says its URLs
// must be on its own host anyway), and not past maxSitemapsPerHost.
func (s *scope) admitSitemap(u *url.URL) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := strings.ToLower(u.Hostname())
	if !s.anyHost && !s.hosts[h] {
		return false
	}
	if s.sitemaps[h] >= maxSitemapsPerHost {
		s.dropped[dropSitemaps]++
		return false
	}
	s.sitemaps[h]++
	return true
}

// admitListing decides whether to queue a further page of the listing key:
// on the crawl's hosts, within the host's pages and the listing's max.
// MaxVariants does not apply: a listing's pages are not a calendar's
// months, and max bounds them instead.
func (s *scope) admitListing(u *url.URL, key string, max int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	var reason string
	switch {
	case !s.anyHost && !s.hosts[strings.ToLower(u.Hostname())]:
		reason = dropHost
	case s.maxPages > 0 && s.pages[u.Host] >= s.maxPages:
		reason = dropPages
	case s.listings[key] >= max:
		reason = dropListing
	default:
		s.listings[key]++
		s.countLocked(u)
		return true
	}
	s.dropped[reason]++
	return false
}

// admitOut decides whether to queue a link followed off the crawl's hosts:
// the host's page and query bounds apply, not the depth (the hops are
// bounded by Config.FollowOut).
func (s *scope) admitOut(u *url.URL) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if reason := s.boundLocked(u); reason != "" {
		s.dropped[reason]++
		return false
	}
	s.countLocked(u)
	return true
}
