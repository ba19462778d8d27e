package corpus

import (
	"compress/gzip"
	"io"
	"net/url"
	"path"
	"strings"
)

// links reads a stored page and returns the URLs to queue from it: links
// that lead towards CLS content and documents of a page about a CLS (on the
// crawl's hosts, MaxDepth deep), further pages of a listing (listing.go),
// and a CLS page's links to other hosts' CLS pages and documents, FollowOut
// hops off the crawl's hosts. It notes in e whether the page is about a CLS.
func (c *crawler) links(j job, e *Entry) []job {
	if j.Doc {
		e.AboutCLS = true // documents are only queued from CLS pages and relevant entries
		return nil
	}
	p, base := c.readPage(e)
	if p == nil {
		return nil
	}
	e.AboutCLS = p.AboutCLS
	c.sc.drop(dropLinksCap, p.PastCap)
	listing := c.followsListing(j, base, p)
	var out []job
	local := map[string]bool{}
	for _, l := range p.Links {
		u := normalize(l.URL)
		if skipExt[strings.ToLower(path.Ext(u.Path))] {
			continue
		}
		nj, ok := c.linkJob(j, base, p, l, u, listing)
		if !ok || local[nj.URL] || c.fr.isSeen(nj.URL) {
			continue
		}
		if !c.admitJob(nj, u, base) || !c.fr.claim(nj.URL) {
			continue
		}
		local[nj.URL] = true
		out = append(out, nj)
	}
	return out
}

// readPage parses a stored HTML page; nil if it cannot be read (the reason
// is noted in e).
func (c *crawler) readPage(e *Entry) (*page, *url.URL) {
	f, err := c.st.OpenObject(*e)
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	var body io.Reader = io.LimitReader(f, c.cfg.MaxBytes)
	if enc := strings.ToLower(e.Header.Get("Content-Encoding")); enc == "gzip" || enc == "x-gzip" {
		// Stored as sent; decoded only to read the links.
		if zr, err := gzip.NewReader(body); err == nil {
			body = io.LimitReader(zr, c.cfg.MaxBytes)
		}
	}
	base, err := url.Parse(e.FinalURL)
	if err != nil {
		return nil, nil
	}
	p, perr := parsePageRecovered(base, body, e.ContentType)
	if perr != nil {
		e.Error = "page stored, links not read: " + perr.Error()
		return nil, nil
	}
	return p, base
}

// linkJob decides whether the link l of page p (fetched for j) is to be
// queued, and as what.
func (c *crawler) linkJob(j job, base *url.URL, p *page, l link, u *url.URL, listing bool) (job, bool) {
	s, doc := u.String(), isDocument(u)
	if listing && isPagination(base, l, u) {
		return job{URL: s, Depth: j.Depth, Route: RouteListing}, true
	}
	next := job{URL: s, Depth: j.Depth + 1, Doc: doc, Route: RouteLink, Hops: j.Hops}
	if j.Hops == 0 && c.sc.inHost(u) {
		if doc && !p.AboutCLS || !doc && !towardsCLS(l) {
			return job{}, false
		}
		return next, true
	}
	// Off the crawl's hosts, or on a page reached off them: only from a
	// page about a CLS, its documents, and pages whose link names a CLS,
	// while hops are left.
	next.Route = RouteOutward
	switch {
	case !p.AboutCLS:
		return job{}, false
	case doc && j.Hops > 0:
		return next, true // the document of the page followed out
	case namesCLS(l) && j.Hops < c.cfg.FollowOut:
		next.Hops++
		return next, true
	case namesCLS(l):
		c.sc.drop(dropHops, 1)
	}
	return job{}, false
}

// admitJob asks the scope about a job by its route.
func (c *crawler) admitJob(nj job, u, base *url.URL) bool {
	switch nj.Route {
	case RouteListing:
		return c.sc.admitListing(u, listingKey(u), c.cfg.MaxListing)
	case RouteOutward:
		return c.sc.admitOut(u)
	}
	ok, _ := c.sc.admit(u, nj.Depth, nj.Doc)
	return ok
}

// namesCLS reports whether a link's text or URL names a contrat local de
// santé or a CLS: the stricter cue that sends the crawl off its hosts
// ("santé" alone would send it to every hospital a page links to).
func namesCLS(l link) bool {
	if clsWord.MatchString(fold(l.Text)) {
		return true
	}
	return clsWord.MatchString(fold(readablePathQuery(l.URL)))
}
