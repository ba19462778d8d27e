package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// Sitemaps reach what no hub page links to: an ARS site's news items about
// a CLS are listed in its sitemap, years of them. Each seed host's
// /sitemap.xml is read, with the sitemaps its robots.txt names; a sitemap
// index leads to its sitemaps; the URLs listed are queued when their path,
// query or news title pass the same relevance rule as links (towardsCLS).
// A sitemap is read, not kept: its manifest record is Skipped, and says
// what it listed.
const (
	maxSitemapDepth    = 3    // /sitemap.xml (0) → index (1) → sitemap (2) → one level more tolerated
	maxSitemapsPerHost = 1000 // sitemap files read per host
	sitemapAccept      = "application/xml,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
)

// sitemapRoots are the discovery jobs of the seeds' hosts: one /sitemap.xml
// per scheme and host, claimed in the frontier (a resumed crawl has them).
func sitemapRoots(seeds []*url.URL, fr *frontier, sc *scope) []job {
	var out []job
	for _, u := range seeds {
		root := normalize(&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/sitemap.xml"})
		if s := root.String(); sc.admitSitemap(root) && fr.claim(s) {
			out = append(out, job{URL: s, Sitemap: true, Route: RouteSitemap})
		}
	}
	return out
}

// newSitemapClient is the HTTP client sitemaps are read with: over the
// crawler's transport (pacing, the address check), following redirects
// only within the crawl's hosts and robots.txt.
func (f *fetcher) newSitemapClient(ctx context.Context) *http.Client {
	return &http.Client{
		Transport: f.tr,
		Timeout:   f.cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			if !f.scope.inHost(req.URL) {
				return fmt.Errorf("redirected to another host: %s", req.URL)
			}
			if rules, err := f.robots.rules(ctx, req.URL); err != nil || !rules.allowed(req.URL) {
				return fmt.Errorf("redirected to a URL robots.txt disallows: %s", req.URL)
			}
			return nil
		},
	}
}

// readSitemap fetches and reads the sitemap of j, returning its record and
// the URLs it leads to in result.children.
func (c *crawler) readSitemap(ctx context.Context, j job) result {
	f := c.f
	u, err := url.Parse(j.URL)
	if err != nil {
		return f.skipped(j, nil, nil, "sitemap not read: bad URL")
	}
	rules, err := f.robots.rules(ctx, u)
	if err != nil {
		if ctx.Err() != nil {
			return result{interrupted: true}
		}
		return f.skipped(j, u, nil, "sitemap not read: "+err.Error())
	}
	if rules.crawlDelay > 0 {
		if f.cfg.MaxCrawlDelay > 0 && rules.crawlDelay > f.cfg.MaxCrawlDelay {
			return f.skipped(j, u, nil, "sitemap not read: robots.txt Crawl-delay over the limit")
		}
		f.gate.setCrawlDelay(u.Host, rules.crawlDelay)
	}
	var children []job
	if j.Depth == 0 {
		for _, s := range rules.sitemaps {
			children = append(children, c.sitemapJob(u, s, 1)...)
		}
	}
	if !rules.allowed(u) {
		r := f.skipped(j, u, nil, "sitemap disallowed by robots.txt")
		r.children = children
		return r
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return f.skipped(j, u, nil, "sitemap not read: "+err.Error())
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", sitemapAccept)
	resp, err := c.sitemaps.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return result{interrupted: true}
		}
		r := f.skipped(j, u, nil, "sitemap not read: "+err.Error())
		r.children = children
		return r
	}
	defer resp.Body.Close()
	final := normalize(resp.Request.URL)
	if resp.StatusCode != http.StatusOK {
		r := f.skipped(j, final, nil, fmt.Sprintf("no sitemap: HTTP %d", resp.StatusCode))
		r.entry.Status, r.children = resp.StatusCode, children
		return r
	}
	doc, err := parseSitemap(io.LimitReader(resp.Body, sitemapMaxBytes), sitemapMaxURLs, sitemapMaxBytes)
	if err != nil {
		if ctx.Err() != nil {
			return result{interrupted: true}
		}
		r := f.skipped(j, final, nil, "sitemap not read: "+err.Error())
		r.entry.Status, r.children = resp.StatusCode, children
		return r
	}
	found, queued := c.sitemapChildren(j, final, doc)
	children = append(children, found...)
	what := "URLs"
	if doc.Index {
		what = "sitemaps"
	}
	r := f.skipped(j, final, nil, fmt.Sprintf("sitemap read, not kept: %d %s listed, %d queued", len(doc.Entries), what, queued))
	r.entry.Status, r.entry.ContentType, r.children = resp.StatusCode, resp.Header.Get("Content-Type"), children
	if doc.Cut != "" {
		r.entry.Error += "; " + doc.Cut
		r.warn = fmt.Sprintf("sitemap %s: %s", final, doc.Cut)
	}
	return r
}

// sitemapJob queues the sitemap at raw (relative to base) at depth, if it is
// on the crawl's hosts and new.
func (c *crawler) sitemapJob(base *url.URL, raw string, depth int) []job {
	u, err := base.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || depth > maxSitemapDepth {
		return nil
	}
	u = normalize(u)
	if s := u.String(); !c.fr.isSeen(s) && c.sc.admitSitemap(u) && c.fr.claim(s) {
		return []job{{URL: s, Depth: depth, Sitemap: true, Route: RouteSitemap}}
	}
	return nil
}

// sitemapChildren turns a sitemap's entries into jobs: the sitemaps of an
// index, or the listed URLs about a CLS. queued counts the URLs taken.
func (c *crawler) sitemapChildren(j job, base *url.URL, doc *sitemapDoc) (out []job, queued int) {
	for _, e := range doc.Entries {
		if doc.Index {
			jobs := c.sitemapJob(base, e.Loc, j.Depth+1)
			queued += len(jobs)
			out = append(out, jobs...)
			continue
		}
		u, err := base.Parse(e.Loc)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue
		}
		u = normalize(u)
		if skipExt[strings.ToLower(path.Ext(u.Path))] || !towardsCLS(link{URL: u, Text: e.Title}) {
			continue
		}
		s, isDoc := u.String(), isDocument(u)
		if c.fr.isSeen(s) {
			continue
		}
		if ok, _ := c.sc.admit(u, 1, isDoc); !ok || !c.fr.claim(s) {
			continue
		}
		queued++
		out = append(out, job{URL: s, Depth: 1, Doc: isDoc, Route: RouteSitemap, Lastmod: strings.TrimSpace(e.Lastmod)})
	}
	return out, queued
}
