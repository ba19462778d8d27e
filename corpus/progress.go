package corpus

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// stats are the live counters of a crawl.
type stats struct {
	fetched atomic.Int64
	queued  atomic.Int64
	errors  atomic.Int64
	bytes   atomic.Int64
}

// progress shows a crawl's progress: on a terminal, a status line redrawn
// a few times a second; everywhere, one summary line at the end. Nothing
// else: a crawl run from cron or CI writes one line.
type progress struct {
	w     io.Writer
	live  bool
	s     *stats
	start time.Time
	done  chan struct{}
	wg    sync.WaitGroup
}

func startProgress(w io.Writer, live bool, s *stats) *progress {
	p := &progress{w: w, live: live && w != nil, s: s, start: time.Now(), done: make(chan struct{})}
	if p.live {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			t := time.NewTicker(250 * time.Millisecond)
			defer t.Stop()
			fmt.Fprintf(p.w, "\r\x1b[K%s", p.line())
			for {
				select {
				case <-t.C:
					fmt.Fprintf(p.w, "\r\x1b[K%s", p.line())
				case <-p.done:
					fmt.Fprint(p.w, "\r\x1b[K")
					return
				}
			}
		}()
	}
	return p
}

// line is the live status.
func (p *progress) line() string {
	el := time.Since(p.start).Seconds()
	n := p.s.fetched.Load()
	rate := 0.0
	if el > 0 {
		rate = float64(n) / el
	}
	return fmt.Sprintf("clsx: fetched %d · queued %d · errors %d · %s · %.1f pages/s",
		n, p.s.queued.Load(), p.s.errors.Load(), humanBytes(p.s.bytes.Load()), rate)
}

// stop ends the live line and writes the summary.
func (p *progress) stop(r *Report) {
	close(p.done)
	p.wg.Wait()
	if p.w == nil {
		return
	}
	fmt.Fprintln(p.w, summary(r))
}

// summary is the one line that says what a crawl did.
func summary(r *Report) string {
	var b strings.Builder
	verb := "crawl"
	if r.Resumed {
		verb = "resumed crawl"
	}
	fmt.Fprintf(&b, "clsx: %s %s: %d fetched (%d new, %d changed, %d unchanged, %d skipped), %d errors",
		verb, r.Crawl, r.Records, r.New, r.Changed, r.Unchanged, r.Skipped, r.Failed)
	if r.Disallowed > 0 {
		fmt.Fprintf(&b, ", %d disallowed by robots.txt", r.Disallowed)
	}
	var drops []string
	for k, v := range r.Dropped {
		drops = append(drops, fmt.Sprintf("%d %s", v, k))
	}
	sort.Strings(drops)
	if len(drops) > 0 {
		fmt.Fprintf(&b, ", links not followed: %s", strings.Join(drops, ", "))
	}
	fmt.Fprintf(&b, ", %s in %s", humanBytes(r.Bytes), r.Elapsed.Round(time.Millisecond))
	switch {
	case r.PastDeadline:
		fmt.Fprintf(&b, "; stopped at its deadline with %d URLs queued: run the same command again to resume", r.Pending)
	case r.Interrupted:
		fmt.Fprintf(&b, "; interrupted with %d URLs queued: run the same command again to resume", r.Pending)
	}
	return b.String()
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
