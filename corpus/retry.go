package corpus

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxBackoff caps the exponential backoff between retries.
const maxBackoff = time.Minute

// parseRetryAfter reads a Retry-After header: a number of seconds or an HTTP
// date (RFC 9110 §10.2.3). ok is false when the value is neither, so the
// caller falls back to its own backoff. A date in the past means now.
func parseRetryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if v[0] >= '0' && v[0] <= '9' {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			if ne, isNum := err.(*strconv.NumError); isNum && ne.Err == strconv.ErrRange {
				return time.Duration(1<<63 - 1), true // absurdly far: the caller gives up
			}
			return 0, false
		}
		if n > uint64((1<<63-1)/int64(time.Second)) {
			return time.Duration(1<<63 - 1), true
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if d := t.Sub(now); d > 0 {
		return d, true
	}
	return 0, true
}

// backoff is the pause before retry number attempt (1, 2, …): base, 2×base,
// 4×base…, capped.
func backoff(base time.Duration, attempt int) time.Duration {
	if base <= 0 {
		return 0
	}
	d := base
	for i := 1; i < attempt; i++ {
		d *= 2
		if d >= maxBackoff {
			return maxBackoff
		}
	}
	return min(d, maxBackoff)
}

// retryableStatus reports the statuses worth asking again: the server is
// overloaded or briefly broken, not saying the document is absent.
func retryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusRequestTimeout,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}
