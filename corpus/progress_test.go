package corpus

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a bytes.Buffer safe for the progress goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// On a terminal, a live line is redrawn in place, then cleared for the
// summary.
func TestProgressLive(t *testing.T) {
	s := newTestSite(t)
	s.handle("www.cls-generes.fr", genSite(2, 20))
	var out syncBuffer
	cfg := s.config(t.TempDir(), "http://www.cls-generes.fr/")
	cfg.Progress, cfg.Live = &out, true
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if !strings.Contains(got, "\r\x1b[Kclsx: fetched ") || !strings.Contains(got, "pages/s") {
		t.Errorf("no live line in %q", got)
	}
	last := got[strings.LastIndex(got, "\r\x1b[K")+len("\r\x1b[K"):]
	if last != summary(rep)+"\n" {
		t.Errorf("after the live line: %q, want the summary", last)
	}
}

func TestSummary(t *testing.T) {
	r := &Report{Crawl: "c", Resumed: true, Interrupted: true, Records: 3, New: 2, Failed: 1, Disallowed: 4, Pending: 7,
		Dropped: map[string]int{dropHost: 5, dropDepth: 1}, Bytes: 3 << 20}
	got := summary(r)
	for _, want := range []string{"resumed crawl c", "3 fetched (2 new", "1 errors", "4 disallowed", "1 too deep, 5 other host", "3.0 MB", "7 URLs queued: run the same command again"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lacks %q", got, want)
		}
	}
}
