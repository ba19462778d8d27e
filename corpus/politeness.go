package corpus

import (
	"context"
	"strings"
	"sync"
	"time"
)

// gate keeps the crawl polite to each host: one request at a time, and a
// pause between the end of one request and the start of the next — the
// crawl's delay, or the host's robots.txt Crawl-delay if longer, or longer
// still when the host answered 429/503 with Retry-After.
//
// It sits in the HTTP transport, so every request is paced: pages, retries,
// each hop of a redirect, robots.txt itself. colly's LimitRule cannot do
// this: its parallelism is shared by all the hosts a rule matches, its delay
// is fixed when the rule is made, and it does not see robots.txt.
type gate struct {
	mu    sync.Mutex
	delay time.Duration
	hosts map[string]*hostGate
	now   func() time.Time
}

type hostGate struct {
	token chan struct{} // holds one token: whoever has it may send
	next  time.Time     // earliest start of the next request
	delay time.Duration // this host's pause (at least the crawl's)
}

func newGate(delay time.Duration) *gate {
	if delay < 0 {
		delay = 0
	}
	return &gate{delay: delay, hosts: map[string]*hostGate{}, now: time.Now}
}

func hostKey(host string) string { return strings.ToLower(host) }

func (g *gate) host(host string) *hostGate {
	g.mu.Lock()
	defer g.mu.Unlock()
	h := g.hosts[hostKey(host)]
	if h == nil {
		h = &hostGate{token: make(chan struct{}, 1), delay: g.delay}
		h.token <- struct{}{}
		g.hosts[hostKey(host)] = h
	}
	return h
}

// acquire waits for host's turn: for the token, then for the pause.
func (g *gate) acquire(ctx context.Context, host string) error {
	h := g.host(host)
	select {
	case <-h.token:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		g.mu.Lock()
		wait := h.next.Sub(g.now())
		g.mu.Unlock()
		if wait <= 0 {
			return nil
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			h.token <- struct{}{}
			return ctx.Err()
		}
	}
}

// release ends a request to host: the next may start after the pause.
func (g *gate) release(host string) {
	h := g.host(host)
	g.mu.Lock()
	if n := g.now().Add(h.delay); n.After(h.next) {
		h.next = n
	}
	g.mu.Unlock()
	h.token <- struct{}{}
}

// setCrawlDelay raises host's pause to its robots.txt Crawl-delay.
func (g *gate) setCrawlDelay(host string, d time.Duration) {
	h := g.host(host)
	g.mu.Lock()
	if d > h.delay {
		h.delay = d
	}
	g.mu.Unlock()
}

// holdOff makes host wait until t before its next request (Retry-After,
// backoff after a server error): the whole host is slowed, not one URL.
func (g *gate) holdOff(host string, t time.Time) {
	h := g.host(host)
	g.mu.Lock()
	if t.After(h.next) {
		h.next = t
	}
	g.mu.Unlock()
}

// readyAt is when host could start its next request, for the scheduler to
// pick a host that is ready rather than park a worker on one that is not.
func (g *gate) readyAt(host string) time.Time {
	h := g.host(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	return h.next
}
