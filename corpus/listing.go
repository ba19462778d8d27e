package corpus

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Paginated listings: an ARS site's news about CLS span years of "page
// suivante". A listing page's further pages are queued at the listing's own
// depth (page 12 is no further from the seed than page 1), bounded by the
// host's MaxPages and MaxListing pages per listing instead of MaxVariants,
// which would stop them at its twentieth page.

// pageParam are the query parameters sites number their pages with
// (Drupal page, WordPress paged, SPIP debut_*, Joomla start, limitstart…).
var pageParam = regexp.MustCompile(`^(page|p|pg|paged|start|limitstart|offset|from|debut\w*|page\w*)$`)

// pagePath is a page number at the end of a path: /actualites/page/3/.
var pagePath = regexp.MustCompile(`/page/\d+/?$`)

// nextWords are the anchor texts of a next-page link, folded.
var nextWords = regexp.MustCompile(`^(page )?suivante?s?( page)?$|^next( page)?$|^plus d actualites$`)

// followsListing reports whether the pagination of a page is followed: on
// the crawl's hosts, from a seed or a listing page, a page about a CLS, or
// a page whose URL leads towards one (a search for "contrat local de santé").
func (c *crawler) followsListing(j job, base *url.URL, p *page) bool {
	if c.cfg.MaxListing == 0 || j.Hops > 0 || !c.sc.inHost(base) {
		return false
	}
	return j.Route == RouteSeed || j.Route == RouteListing || j.Depth == 0 || p.AboutCLS || towardsCLS(link{URL: base})
}

// isPagination reports whether l, on the page at base, leads to another page
// of the same listing: same host, path and query but for the page number,
// and a page number, a rel="next" or a "suivant" to say so.
func isPagination(base *url.URL, l link, u *url.URL) bool {
	if !strings.EqualFold(u.Host, base.Host) || listingKey(u) != listingKey(base) || u.String() == normalize(base).String() {
		return false
	}
	return hasPageNumber(u) || relNext(l.Rel) || nextText(l.Text)
}

// listingKey is a listing's URL without its page number: what its pages share.
func listingKey(u *url.URL) string {
	p := pagePath.ReplaceAllString(u.EscapedPath(), "")
	p = strings.TrimSuffix(p, "/")
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		if !pageParam.MatchString(strings.ToLower(k)) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(strings.ToLower(u.Host) + p)
	for _, k := range keys {
		b.WriteString("&" + url.QueryEscape(k) + "=" + url.QueryEscape(strings.Join(q[k], ",")))
	}
	return b.String()
}

// hasPageNumber reports whether u names a page: /page/N or a page parameter
// with a number.
func hasPageNumber(u *url.URL) bool {
	if pagePath.MatchString(u.EscapedPath()) {
		return true
	}
	for k, vs := range u.Query() {
		if pageParam.MatchString(strings.ToLower(k)) {
			for _, v := range vs {
				if v != "" && strings.Trim(v, "0123456789,") == "" {
					return true
				}
			}
		}
	}
	return false
}

// relNext reports whether a rel attribute says "next".
func relNext(rel string) bool {
	for _, r := range strings.Fields(strings.ToLower(rel)) {
		if r == "next" {
			return true
		}
	}
	return false
}

// nextText reports whether an anchor text says "next page": "Suivant",
// "Page suivante", "›", "»".
func nextText(s string) bool {
	switch strings.TrimSpace(s) {
	case "›", "»", ">", ">>", "→", "Suivant ›", "Suivant »", "suivant ›":
		return true
	}
	return nextWords.MatchString(fold(s))
}
