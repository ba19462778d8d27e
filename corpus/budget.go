package corpus

import (
	"fmt"
	"math"
	"sync"
	"time"
)

// hostClock is the per-host time budget of a crawl: the time a host's
// requests took, every attempt of every URL summed. A server that answers
// nothing would otherwise hold the crawl (Retries+1)×Timeout per URL, for
// each of its URLs; past its budget, a host's URLs are recorded as not
// fetched, and a request running when the budget ends is cut there.
type hostClock struct {
	limit time.Duration // 0: no bound
	mu    sync.Mutex
	spent map[string]time.Duration
}

func newHostClock(limit time.Duration) *hostClock {
	return &hostClock{limit: limit, spent: map[string]time.Duration{}}
}

// left is what remains of host's budget (very long without a bound).
func (h *hostClock) left(host string) time.Duration {
	if h.limit <= 0 {
		return math.MaxInt64
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.limit - h.spent[host]
}

// spend counts d against host's budget.
func (h *hostClock) spend(host string, d time.Duration) {
	h.mu.Lock()
	h.spent[host] += d
	h.mu.Unlock()
}

// deadline is when a request to host started now must end for the budget.
func (h *hostClock) deadline(host string, now time.Time) time.Time {
	left := h.left(host)
	if left == math.MaxInt64 {
		return time.Time{}
	}
	return now.Add(left)
}

// spentError is the error of a URL not fetched, or cut short, because its
// host's budget is spent.
func (h *hostClock) spentError(host string) error {
	return fmt.Errorf("%s has used the %s of request time a crawl gives a host (--host-budget)", host, h.limit)
}
