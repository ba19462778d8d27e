package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// SeedCheck is what one seed answered to CheckSeeds.
type SeedCheck struct {
	URL      string `json:"url"`
	Result   string `json:"result"` // "ok", "moved", "missing", "disallowed", "error"
	Status   int    `json:"status,omitempty"`
	Location string `json:"location,omitempty"` // where a moved seed went
	Error    string `json:"error,omitempty"`
}

// CheckSeeds asks each seed once, politely (robots.txt, its Crawl-delay and
// cfg.Delay between two requests to a host, the address check), without
// following redirects, and says which moved or are missing: seed lists go
// stale as agencies rename their pages. Nothing is stored; cfg.Dir is not
// used. The error is for a configuration that cannot run.
func CheckSeeds(ctx context.Context, cfg Config, seeds []string) ([]SeedCheck, error) {
	cfg.Dir = "-" // not used, but validate wants one
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	g := newGate(cfg.Delay)
	tr := newTransport(baseTransport(&cfg), g, cfg.MaxBytes, nil)
	robots := newRobotsCache(&http.Client{Transport: tr, Timeout: cfg.Timeout}, cfg.UserAgent, 0)
	client := &http.Client{
		Transport:     tr,
		Timeout:       cfg.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	var out []SeedCheck
	for _, s := range seeds {
		if ctx.Err() != nil {
			break
		}
		u, ok := parseSeed(s)
		if !ok {
			return out, fmt.Errorf("%w: %q is not an http(s) URL", ErrConfig, s)
		}
		c := SeedCheck{URL: u.String()}
		rules, err := robots.rules(ctx, u)
		switch {
		case err != nil:
			c.Result, c.Error = "error", err.Error()
		case !rules.allowed(u):
			c.Result = "disallowed"
		default:
			if rules.crawlDelay > 0 && rules.crawlDelay <= cfg.MaxCrawlDelay {
				g.setCrawlDelay(u.Host, rules.crawlDelay)
			}
			checkSeed(ctx, client, &cfg, &c)
		}
		out = append(out, c)
	}
	return out, ctx.Err()
}

// checkSeed asks one seed and classifies the answer.
func checkSeed(ctx context.Context, client *http.Client, cfg *Config, c *SeedCheck) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL, nil)
	if err != nil {
		c.Result, c.Error = "error", err.Error()
		return
	}
	req.Header.Set("User-Agent", cfg.UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := client.Do(req)
	if err != nil {
		var ue interface{ Unwrap() error }
		if errors.As(err, &ue) {
			err = ue.Unwrap() // the row names the URL already
		}
		c.Result, c.Error = "error", err.Error()
		return
	}
	// The status is the answer: a little of the body keeps the connection
	// reusable, the rest is not wanted.
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	c.Status = resp.StatusCode
	switch {
	case c.Status >= 200 && c.Status <= 299:
		c.Result = "ok"
	case c.Status >= 300 && c.Status <= 399 && c.Status != http.StatusNotModified:
		c.Result = "moved"
		if loc, err := resp.Location(); err == nil {
			c.Location = loc.String()
		}
	case c.Status == http.StatusNotFound || c.Status == http.StatusGone:
		c.Result = "missing"
	default:
		c.Result, c.Error = "error", fmt.Sprintf("HTTP %d %s", c.Status, http.StatusText(c.Status))
	}
}
