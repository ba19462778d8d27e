package corpus

import (
	"context"
	"errors"
	"net/http"
	"net/http/cookiejar"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
)

// fetcher fetches one URL at a time with colly, over the crawler's own HTTP
// transport.
//
// colly runs the request (user agent, headers, its callbacks, aborting a
// response on its headers); what colly does not do, or does in a way a
// corpus cannot use, is done around it:
//   - robots.txt, with Crawl-delay (colly ignores robots.txt by default, and
//     its own check ignores Crawl-delay): robots.go;
//   - per-host politeness (colly's LimitRule parallelism is shared by all
//     hosts a rule matches): politeness.go, in the transport;
//   - bodies: streamed to disk unchanged, with a size limit that fails rather
//     than truncates: transport.go;
//   - redirects: followed here, hop by hop, so that each hop is checked
//     against robots.txt, the crawl's hosts and loops, and paced like any
//     request (the Go client would follow them inside one call);
//   - the address connected to: safety.go, in the dialer.
//
// colly is used synchronously, one request per worker: colly's Async mode
// starts a goroutine per queued URL, and its queue cannot stop cleanly on
// Ctrl-C (queue.Stop returns while requests still run).
type fetcher struct {
	cfg    *Config
	c      *colly.Collector
	tr     *transport
	gate   *gate
	robots *robotsCache
	scope  *scope
	ids    atomic.Uint64
}

func newFetcher(ctx context.Context, cfg *Config, st *Store, sc *scope) (*fetcher, error) {
	g := newGate(cfg.Delay)
	base := baseTransport(cfg)
	tr := newTransport(base, g, cfg.MaxBytes, st)
	jar, _ := cookiejar.New(nil) // some sites set a cookie and redirect to themselves
	client := &http.Client{
		Transport: tr,
		Jar:       jar,
		Timeout:   cfg.Timeout,
	}
	robotsClient := &http.Client{
		Transport: tr,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 { // RFC 9309 §2.3.1.2
				return errors.New("robots.txt: too many redirects")
			}
			return nil
		},
	}
	c := colly.NewCollector(
		colly.UserAgent(cfg.UserAgent),
		colly.AllowURLRevisit(),        // the frontier dedupes; retries and re-crawls revisit
		colly.ParseHTTPErrorResponse(), // 304, 404, 503 reach the fetcher as responses
		colly.IgnoreRobotsTxt(),        // robots.go does it, Crawl-delay included
		colly.MaxBodySize(0),           // the transport enforces the limit, and fails rather than truncates
		colly.StdlibContext(ctx),       // Ctrl-C cancels requests in flight
	)
	c.SetClient(client)
	// After SetClient, which replaces the client colly set its redirect hook on.
	c.SetRedirectHandler(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })
	c.OnResponseHeaders(func(r *colly.Response) {
		// Do not download what will not be kept: closing the body unread
		// drops the transfer.
		if r.StatusCode >= 200 && r.StatusCode <= 299 && !acceptable(r.Headers.Get("Content-Type"), r.Request.URL) {
			r.Request.Abort()
		}
	})
	return &fetcher{cfg: cfg, c: c, tr: tr, gate: g, robots: newRobotsCache(robotsClient, cfg.UserAgent, cfg.Retries), scope: sc}, nil
}

// baseTransport is the network transport under every request of a crawl:
// the dialer that refuses non-public addresses, no proxy, no compression.
func baseTransport(cfg *Config) *http.Transport {
	d := newDialer(cfg.ConnectTimeout, addressPolicy{loopback: cfg.AllowLoopback, private: cfg.AllowPrivate}, cfg.Resolve)
	return &http.Transport{
		Proxy:                 nil, // a proxy from the environment would bypass the address check
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.Timeout,
		ExpectContinueTimeout: time.Second,
		// No Accept-Encoding: servers then send bodies as they are, which is
		// what a corpus stores.
		DisableCompression:  true,
		MaxIdleConns:        64,
		MaxIdleConnsPerHost: 2,
		IdleConnTimeout:     30 * time.Second,
		ForceAttemptHTTP2:   true,
	}
}
