package corpus

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// maxRobotsBytes is how much of a robots.txt is read; RFC 9309 asks crawlers
// to read at least 500 KiB.
const maxRobotsBytes = 512 << 10

// robotsRules is what a host's robots.txt says to clsx.
type robotsRules struct {
	group       *robotstxt.Group // the group for clsx's agent; nil allows all
	disallowAll bool
	crawlDelay  time.Duration
	sitemaps    []string // its Sitemap: lines
	note        string   // why the rules are what they are, when not read normally
}

// allowed reports whether the rules let clsx fetch u.
func (r *robotsRules) allowed(u *url.URL) bool {
	if r.disallowAll {
		return false
	}
	if r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// parseRobots reads a robots.txt answer for the user agent token agent.
// As RFC 9309 says: a 4xx means no rules; a 5xx (or no answer at all) means
// the site is not to be crawled for now. temoto/robotstxt rejects a whole
// file for one odd line (a Disallow before any User-agent, a Crawl-delay
// that is not a number), so lines it would choke on are dropped first:
// one bad line must not void the Disallow lines around it.
func parseRobots(status int, body []byte, agent string) *robotsRules {
	switch {
	case status >= 200 && status < 300:
	case status >= 400 && status < 500:
		return &robotsRules{note: fmt.Sprintf("robots.txt answered %d: no rules", status)}
	default:
		return &robotsRules{disallowAll: true, note: fmt.Sprintf("robots.txt answered %d: not crawling the host", status)}
	}
	data, err := robotstxt.FromBytes(sanitizeRobots(body))
	if err != nil {
		return &robotsRules{note: "robots.txt unreadable, no rules: " + err.Error()}
	}
	g := data.FindGroup(agent)
	r := &robotsRules{group: g, sitemaps: data.Sitemaps}
	if g != nil {
		r.crawlDelay = g.CrawlDelay
	}
	return r
}

// sanitizeRobots keeps the lines of a robots.txt that temoto/robotstxt can
// parse: known keys, rules after a User-agent, Crawl-delay values that are
// finite non-negative numbers.
func sanitizeRobots(body []byte) []byte {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	var out bytes.Buffer
	sawAgent := false
	for _, raw := range strings.FieldsFunc(string(body), func(r rune) bool { return r == '\n' || r == '\r' }) {
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		if value == "" || strings.ContainsAny(value, " \t") && key != "sitemap" {
			// temoto splits on white space; a value with spaces would be
			// read as two tokens and shift every line after it.
			if f := strings.Fields(value); len(f) > 0 {
				value = f[0]
			} else {
				continue
			}
		}
		switch key {
		case "user-agent", "useragent":
			sawAgent = true
		case "allow", "disallow":
			if !sawAgent {
				continue
			}
		case "crawl-delay", "crawldelay":
			d, err := strconv.ParseFloat(value, 64)
			if !sawAgent || err != nil || d < 0 || math.IsInf(d, 0) || math.IsNaN(d) || d > 1e6 {
				continue
			}
		case "sitemap", "host":
			if strings.ContainsAny(value, " \t") {
				continue
			}
		default:
			continue
		}
		out.WriteString(key)
		out.WriteString(": ")
		out.WriteString(value)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// robotsCache fetches each host's robots.txt once per crawl. A host whose
// robots.txt cannot be had (no answer, 5xx, 429) is asked again on the next
// URL, up to retries times; then its URLs fail for the rest of the crawl.
type robotsCache struct {
	client  *http.Client
	ua      string // sent as User-Agent
	agent   string // the token matched against User-agent lines
	retries int
	mu      sync.Mutex
	hosts   map[string]*robotsEntry
}

type robotsEntry struct {
	mu    sync.Mutex
	rules *robotsRules
	err   error
	tries int
}

// errRobotsUnavailable is a robots.txt answer that says "come back later".
type errRobotsUnavailable struct{ status int }

func (e errRobotsUnavailable) Error() string {
	return fmt.Sprintf("robots.txt answered %d: host not crawled for now", e.status)
}

func newRobotsCache(client *http.Client, ua string, retries int) *robotsCache {
	return &robotsCache{client: client, ua: ua, agent: agentToken(ua), retries: retries, hosts: map[string]*robotsEntry{}}
}

// agentToken is the product name robots.txt groups are matched against:
// "clsx" for "clsx/0.1.0 (+https://…)".
func agentToken(ua string) string {
	tok := ua
	if i := strings.IndexAny(tok, "/ ("); i >= 0 {
		tok = tok[:i]
	}
	if tok == "" {
		return "*"
	}
	return strings.ToLower(tok)
}

// rules returns the robots rules of u's host (scheme and port included, as
// RFC 9309 scopes them), fetching them on first use.
func (c *robotsCache) rules(ctx context.Context, u *url.URL) (*robotsRules, error) {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	e := c.hosts[key]
	if e == nil {
		e = &robotsEntry{}
		c.hosts[key] = e
	}
	c.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rules != nil {
		return e.rules, nil
	}
	if e.err != nil && e.tries > c.retries {
		return nil, e.err
	}
	e.tries++
	rules, err := c.fetch(ctx, key+"/robots.txt")
	if err != nil {
		if ctx.Err() != nil {
			e.tries-- // interrupted, not answered
			return nil, ctx.Err()
		}
		e.err = err
		return nil, err
	}
	e.rules, e.err = rules, nil
	return rules, nil
}

// known returns the rules of u's host if they were already fetched.
func (c *robotsCache) known(u *url.URL) *robotsRules {
	c.mu.Lock()
	e := c.hosts[u.Scheme+"://"+u.Host]
	c.mu.Unlock()
	if e == nil {
		return nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.rules
}

func (c *robotsCache) fetch(ctx context.Context, u string) (*robotsRules, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.ua)
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("robots.txt: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		return nil, errRobotsUnavailable{resp.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	if err != nil {
		return nil, fmt.Errorf("robots.txt: %w", err)
	}
	return parseRobots(resp.StatusCode, body, c.agent), nil
}
