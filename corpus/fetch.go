package corpus

// One fetch, hop by hop: robots.txt, the request, a redirect or the answer,
// and the record it makes. How the fetcher is built is in fetcher.go.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
)

// accept is the Accept header: what a corpus keeps, anything else last.
const accept = "text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document," +
	"application/vnd.oasis.opendocument.text,application/msword;q=0.9,*/*;q=0.1"

// result is the outcome of one fetch attempt.
type result struct {
	entry       Entry    // the record to write (Seq and Crawl aside)
	body        *spooled // new bytes to commit, for New/Changed/Unchanged-by-hash
	retry       bool     // a transient failure: worth another attempt
	retryAfter  time.Duration
	hasAfter    bool   // the server said when (Retry-After)
	disallowed  bool   // robots.txt excludes the URL: nothing requested, no record
	interrupted bool   // the crawl was cancelled mid-fetch: the URL stays queued
	children    []job  // URLs it leads to besides a page's links (a sitemap's)
	warn        string // for the crawl's warnings (a sitemap cut at the protocol's limits)
}

// fetch fetches j, following redirects, and says what to record. prev is
// what the store holds of the URL (for a conditional request), or nil.
//
// Each turn of the loop is one hop: robots.txt is asked, the request sent,
// and the answer either ends the fetch (a document, a 304, a failure) or
// names the next hop (a redirect).
func (f *fetcher) fetch(ctx context.Context, j job, prev *urlState) result {
	u, err := url.Parse(j.URL)
	if err != nil {
		return f.failed(j, nil, nil, fmt.Errorf("bad URL: %v", err), false)
	}
	if unchangedByLastmod(j, prev) {
		// The sitemap says the page has not changed since the version
		// stored: no request, a record that confirms that version.
		return f.confirmed(j, u, nil, prev)
	}
	chain := []string{u.String()}
	for {
		if ctx.Err() != nil {
			return result{interrupted: true}
		}
		if r, stop := f.checkRobots(ctx, j, u, len(chain) > 1); stop {
			return r
		}
		h, r, ok := f.send(ctx, j, u, prev)
		if !ok {
			return r
		}
		u = h.url
		switch {
		case h.status >= 300 && h.status <= 399 && h.status != http.StatusNotModified:
			next, r, ok := f.redirect(j, u, h, chain)
			if !ok {
				return r
			}
			chain = append(chain, next.String())
			u = next
		case h.status == http.StatusNotModified:
			if prev == nil || prev.sha == "" {
				return f.failed(j, u, h, errors.New("304 Not Modified, but no version is stored"), false)
			}
			return f.confirmed(j, u, h, prev)
		case h.status >= 200 && h.status <= 299:
			return f.received(j, u, h, prev)
		default:
			return f.httpFailure(j, u, h)
		}
	}
}

// checkRobots asks robots.txt about u, and applies its Crawl-delay to u's
// host. It says stop, with what to record, when u is not to be requested:
// robots.txt could not be read, disallows u, or asks for a delay over the
// one clsx accepts. A URL disallowed from the start is not recorded at all
// (nothing was asked of the site); one reached by a redirect is, as skipped.
func (f *fetcher) checkRobots(ctx context.Context, j job, u *url.URL, redirected bool) (r result, stop bool) {
	rules, err := f.robotsRules(ctx, j, u)
	if err != nil {
		if ctx.Err() != nil {
			return result{interrupted: true}, true
		}
		return f.failed(j, u, nil, err, transient(err)), true
	}
	if rules.crawlDelay > 0 {
		if f.cfg.MaxCrawlDelay > 0 && rules.crawlDelay > f.cfg.MaxCrawlDelay {
			return f.skipped(j, u, nil, fmt.Sprintf("robots.txt asks for a Crawl-delay of %s, over the %s clsx accepts: host not crawled", rules.crawlDelay, f.cfg.MaxCrawlDelay)), true
		}
		f.gate.setCrawlDelay(u.Host, rules.crawlDelay)
	}
	if !rules.allowed(u) {
		if !redirected {
			return result{disallowed: true}, true
		}
		return f.skipped(j, u, nil, "redirected to a URL robots.txt disallows"), true
	}
	return result{}, false
}

// send requests u through colly and returns the answer's hop, or, when
// there is no answer to read (an error, a type not kept, a cancelled
// crawl), ok false and what to record. The request is conditional when a
// version of the URL is stored, and bounded by j's time budget.
func (f *fetcher) send(ctx context.Context, j job, u *url.URL, prev *urlState) (h *hop, r result, ok bool) {
	// The id ties the transport's hop (status, headers, spooled body) to
	// this request: colly does not hand them back itself.
	id := strconv.FormatUint(f.ids.Add(1), 10)
	if !j.deadline.IsZero() {
		f.tr.limit(id, j.deadline)
	}
	reqErr := f.c.Request(http.MethodGet, u.String(), nil, colly.NewContext(), f.requestHeader(id, prev))
	h = f.tr.take(id)
	if ctx.Err() != nil {
		if h != nil && h.body != nil && h.body.path != "" {
			os.Remove(h.body.path)
		}
		return nil, result{interrupted: true}, false
	}
	if h != nil {
		u = h.url
	}
	if reqErr != nil {
		if errors.Is(reqErr, colly.ErrAbortedAfterHeaders) && h != nil {
			ct := h.header.Get("Content-Type")
			return nil, f.skipped(j, u, h, fmt.Sprintf("content type %q is not kept", mediaType(ct))), false
		}
		if h != nil && h.body != nil && h.body.err != nil {
			reqErr = h.body.err // the transport's reason (e.g. too large) says more than colly's
		}
		return nil, f.failed(j, u, h, reqErr, transient(reqErr)), false
	}
	if h == nil {
		return nil, f.failed(j, u, nil, errors.New("no response"), true), false
	}
	return h, result{}, true
}

// requestHeader is the header of a request: who asks, what it accepts, the
// id the transport files the answer under, and the validators of the
// version stored, if any, so that an unchanged page costs a 304.
func (f *fetcher) requestHeader(id string, prev *urlState) http.Header {
	hdr := http.Header{}
	hdr.Set("User-Agent", f.cfg.UserAgent)
	hdr.Set("Accept", accept)
	hdr.Set("Accept-Language", "fr, en;q=0.5")
	hdr.Set(fetchHeader, id)
	if prev != nil && prev.sha != "" {
		if prev.etag != "" {
			hdr.Set("If-None-Match", prev.etag)
		}
		if prev.lastModified != "" {
			hdr.Set("If-Modified-Since", prev.lastModified)
		}
	}
	return hdr
}

// redirect is the next hop of a 3xx answer h to u, after chain. It fails
// on a missing or unusable Location, a loop or too many redirects, and
// skips a redirect out of the crawl's hosts — except for a seed, whose new
// host joins the crawl. ok false says the fetch ends with r.
func (f *fetcher) redirect(j job, u *url.URL, h *hop, chain []string) (next *url.URL, r result, ok bool) {
	loc := h.header.Get("Location")
	if loc == "" {
		return nil, f.failed(j, u, h, fmt.Errorf("HTTP %d without Location", h.status), false), false
	}
	next, err := u.Parse(loc)
	if err != nil || (next.Scheme != "http" && next.Scheme != "https") || next.Host == "" {
		return nil, f.failed(j, u, h, fmt.Errorf("HTTP %d to an unusable Location %q", h.status, loc), false), false
	}
	next = normalize(next)
	for _, seen := range chain {
		if seen == next.String() {
			return nil, f.failed(j, u, h, fmt.Errorf("redirect loop: %s → %s", strings.Join(chain, " → "), next), false), false
		}
	}
	if len(chain) > f.cfg.MaxRedirects {
		return nil, f.failed(j, u, h, fmt.Errorf("more than %d redirects", f.cfg.MaxRedirects), false), false
	}
	if !f.scope.inHost(next) && !(j.Route == RouteOutward && sameHostName(next, chain[0])) {
		if j.Depth > 0 {
			return nil, f.skipped(j, u, h, "redirected to another host: "+next.String()), false
		}
		// A seed that moved (http → https, a new domain): its new
		// host is what the user meant to crawl.
		f.scope.addHost(next.Hostname())
	}
	return next, result{}, true
}

// received records a 2xx answer: its body, spooled to disk, is the
// document — if its type (said, or sniffed when the header is generic or
// missing) is one a corpus keeps. Its outcome compares it with the version
// stored.
func (f *fetcher) received(j job, u *url.URL, h *hop, prev *urlState) result {
	if h.body == nil || h.body.err != nil || h.body.sha == "" {
		return f.failed(j, u, h, errors.New("body not received"), true)
	}
	ct := h.header.Get("Content-Type")
	if kindOf(ct) == "" { // generic or missing: look at the bytes
		ct = effectiveType(ct, u, readHead(h.body.path))
	}
	if ct == "" {
		os.Remove(h.body.path)
		return f.skipped(j, u, h, fmt.Sprintf("content type %q is not kept (and the bytes are not a document)", mediaType(h.header.Get("Content-Type"))))
	}
	outcome := New
	if prev != nil && prev.sha != "" {
		outcome = Changed
		if prev.sha == h.body.sha {
			outcome = Unchanged
		}
	}
	r := f.record(j, u, h, outcome)
	r.entry.SHA256, r.entry.Size, r.entry.ContentType = h.body.sha, h.body.size, ct
	r.body = h.body
	return r
}

// confirmed is the record of a fetch that found the stored version prev
// still current (a 304, or a sitemap lastmod unchanged): it points at that
// version's bytes.
func (f *fetcher) confirmed(j job, u *url.URL, h *hop, prev *urlState) result {
	r := f.record(j, u, h, Unchanged)
	r.entry.SHA256, r.entry.Size, r.entry.ContentType = prev.sha, prev.size, prev.contentType
	return r
}

// httpFailure records an error status; a retryable one keeps the wait its
// Retry-After asks for.
func (f *fetcher) httpFailure(j job, u *url.URL, h *hop) result {
	r := f.failed(j, u, h, fmt.Errorf("HTTP %d %s", h.status, http.StatusText(h.status)), retryableStatus(h.status))
	if d, ok := parseRetryAfter(h.header.Get("Retry-After"), time.Now()); ok && r.retry {
		r.retryAfter, r.hasAfter = d, true
	}
	return r
}

// robotsRules are the robots.txt rules of u's host, asked for within j's
// time budget (the budget's end is not an interruption: ctx's is).
func (f *fetcher) robotsRules(ctx context.Context, j job, u *url.URL) (*robotsRules, error) {
	if !j.deadline.IsZero() {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, j.deadline)
		defer cancel()
	}
	return f.robots.rules(ctx, u)
}

// record starts the record of a response.
func (f *fetcher) record(j job, u *url.URL, h *hop, o Outcome) result {
	e := Entry{URL: j.URL, Depth: j.Depth, Fetched: time.Now().UTC(), Outcome: o, Route: jobRoute(j), Lastmod: j.Lastmod}
	if u != nil {
		e.FinalURL = u.String()
	}
	if h != nil {
		e.Status, e.Proto, e.Header = h.status, h.proto, h.header
		e.ContentType = h.header.Get("Content-Type")
	}
	return result{entry: e}
}

func (f *fetcher) failed(j job, u *url.URL, h *hop, err error, retry bool) result {
	r := f.record(j, u, h, Failed)
	r.entry.ContentType = ""
	r.entry.Error = failureText(err)
	r.retry = retry
	if h != nil && h.body != nil && h.body.path != "" && h.body.err == nil {
		os.Remove(h.body.path)
	}
	return r
}

func (f *fetcher) skipped(j job, u *url.URL, h *hop, why string) result {
	r := f.record(j, u, h, Skipped)
	r.entry.Error = why
	return r
}

// failureText is how a record states a failed request: without the URL (the
// record names it already), and saying "timeout" whichever of the client's
// deadline, the transport's or the context's ran out first — Go words each
// differently ("context deadline exceeded", "i/o timeout"…).
func failureText(err error) string {
	timeout := errors.Is(err, context.DeadlineExceeded)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		timeout = true
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	text := err.Error()
	if timeout && !strings.Contains(strings.ToLower(text), "timeout") {
		text = "timeout: " + text
	}
	return text
}

// transient reports whether an error may go away if asked again later: a
// timeout, a reset connection, a server that is down. A refused address, a
// body over the limit or a malformed answer will not.
func transient(err error) bool {
	if errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrTooLarge) {
		return false
	}
	var ru errRobotsUnavailable
	if errors.As(err, &ru) {
		return true
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return dnsErr.IsTemporary || dnsErr.IsTimeout
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true // timeouts, refused and reset connections
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "connection reset") || strings.Contains(err.Error(), "EOF")
}

// readHead returns the first bytes of a file (as many as content sniffing
// reads), to check what it is.
func readHead(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, 512)
	n, _ := io.ReadFull(f, b)
	return b[:n]
}

// jobRoute is the route a job records: jobs queued before routes were
// logged (a crawl resumed across an upgrade) are told apart by depth.
func jobRoute(j job) string {
	switch {
	case j.Route != "":
		return j.Route
	case j.Depth == 0:
		return RouteSeed
	}
	return RouteLink
}

// unchangedByLastmod reports whether a sitemap's lastmod for j is the one
// recorded with the stored version: the page has not changed since.
func unchangedByLastmod(j job, prev *urlState) bool {
	return j.Lastmod != "" && prev != nil && prev.sha != "" && prev.lastmod == j.Lastmod
}

// sameHostName reports whether u is on the host of the URL raw (any scheme
// or port): an outward page moving to https stays the page linked.
func sameHostName(u *url.URL, raw string) bool {
	o, err := url.Parse(raw)
	return err == nil && strings.EqualFold(o.Hostname(), u.Hostname())
}
