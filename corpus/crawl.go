package corpus

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Crawl fetches the seeds and what they lead to into the corpus cfg.Dir, and
// returns what it did. If the corpus holds an unfinished crawl (one killed
// or interrupted), Crawl resumes it: URLs already recorded are not fetched
// again, and new seeds join it. Otherwise it starts a new crawl, which sends
// conditional requests for the URLs the corpus already holds.
//
// Cancelling ctx (Ctrl-C) stops fetching: requests in flight are abandoned,
// what was recorded is flushed, and the corpus is left ready to resume. The
// error is for a crawl that could not run (bad config, unusable directory,
// a disk error); failures of single URLs are records, counted in the Report.
func Crawl(ctx context.Context, cfg Config) (*Report, error) {
	seedURLs, err := checkConfig(&cfg)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	parent := ctx
	if cfg.Deadline > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cfg.Deadline)
		defer cancel()
	}
	st, err := openWriter(cfg.Dir)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	fr, pending, err := openFrontier(cfg.Dir, st, start)
	if err != nil {
		return nil, err
	}
	defer fr.close()
	if !fr.resumed && len(seedURLs) == 0 {
		fr.finish(start) // leave no empty crawl to resume
		return nil, fmt.Errorf("%w: no seed URL, and no unfinished crawl to resume", ErrConfig)
	}

	rep := &Report{Crawl: fr.crawl, Resumed: fr.resumed, Warnings: st.Warnings()}
	sc := newScope(&cfg)
	seeds, err := queueSeeds(&cfg, seedURLs, fr, sc)
	if err != nil {
		return nil, err
	}
	f, err := newFetcher(ctx, &cfg, st, sc)
	if err != nil {
		return nil, err
	}
	sched := newScheduler(f.gate)
	sched.push(pending...)
	sched.push(seeds...)

	c := &crawler{cfg: &cfg, st: st, fr: fr, sc: sc, f: f, sched: sched, rep: rep, stats: &stats{}, clock: newHostClock(cfg.HostBudget)}
	c.sitemaps = f.newSitemapClient(ctx)
	c.stats.queued.Store(int64(sched.left()))
	prog := startProgress(cfg.Progress, cfg.Live, c.stats)
	runErr := c.conclude(ctx, parent, c.work(ctx), start)
	prog.stop(rep)
	return rep, runErr
}

// checkConfig checks cfg, and returns its seeds as URLs. Its errors wrap
// ErrConfig: the crawl cannot run as asked.
func checkConfig(cfg *Config) ([]*url.URL, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	var seedURLs []*url.URL
	for _, s := range cfg.Seeds {
		u, ok := parseSeed(s)
		if !ok {
			return nil, fmt.Errorf("%w: %q is not an http(s) URL", ErrConfig, s)
		}
		seedURLs = append(seedURLs, u)
	}
	return seedURLs, nil
}

// queueSeeds brings the scope up to date and queues the seeds the crawl has
// not queued yet (and, with cfg.Sitemaps, their hosts' sitemaps), durably:
// they are in the frontier's log, fsynced, when it returns them.
func queueSeeds(cfg *Config, seedURLs []*url.URL, fr *frontier, sc *scope) ([]job, error) {
	if fr.resumed {
		// The bounds count every URL the crawl queued, before the kill too;
		// the hosts of queued URLs were in scope when they were queued.
		replayScope(cfg.Dir, sc)
	}
	var seeds []job
	for _, u := range seedURLs {
		sc.addHost(u.Hostname())
		if !fr.claim(u.String()) {
			continue
		}
		sc.count(u)
		seeds = append(seeds, job{URL: u.String(), Route: RouteSeed})
	}
	if cfg.Sitemaps {
		seeds = append(seeds, sitemapRoots(seedURLs, fr, sc)...)
	}
	if err := fr.add(seeds); err != nil {
		return nil, err
	}
	if err := fr.sync(); err != nil {
		return nil, err
	}
	return seeds, nil
}

// conclude completes the report once the workers have stopped, with runErr,
// their error. A crawl that ran out of work is marked finished (the next
// one starts anew); one stopped by an error, Ctrl-C or its deadline stays
// open to be resumed. ctx is the crawl's context, parent the caller's: only
// ctx done says the crawl's own deadline passed.
func (c *crawler) conclude(ctx, parent context.Context, runErr error, start time.Time) error {
	rep := c.rep
	rep.Pending = c.sched.left()
	rep.Dropped = c.sc.droppedCounts()
	rep.Elapsed = time.Since(start)
	switch {
	case runErr != nil, rep.Pending > 0: // a disk error, or cancelled with work left
		rep.Interrupted = true
		rep.PastDeadline = ctx.Err() != nil && parent.Err() == nil
	default:
		if err := c.fr.finish(time.Now()); err != nil {
			runErr = err
		}
	}
	return runErr
}

// work runs the crawl's workers until nothing is left to do, ctx is done or
// the store cannot be written (that error is returned: it stops them all).
func (c *crawler) work(ctx context.Context) error {
	var wg sync.WaitGroup
	errc := make(chan error, c.cfg.Workers)
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	for i := 0; i < c.cfg.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j, ok := c.sched.next(wctx)
				if !ok {
					return
				}
				err := c.run(ctx, j)
				c.sched.done(j)
				c.stats.queued.Store(int64(c.sched.left()))
				if err != nil {
					errc <- err
					stop()
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	var runErr error
	for err := range errc {
		runErr = errors.Join(runErr, err)
	}
	return runErr
}

// replayScope counts the URLs of the crawl being resumed into the scope.
func replayScope(dir string, sc *scope) {
	f, err := os.Open(filepath.Join(dir, frontierName))
	if err != nil {
		return
	}
	defer f.Close()
	_, queued, _, _, _, err := readFrontier(f)
	if err != nil {
		return
	}
	for _, j := range queued {
		if u, err := url.Parse(j.URL); err == nil {
			sc.addHost(u.Hostname())
			sc.count(u)
		}
	}
}

// crawler is one crawl's state, shared by its workers.
type crawler struct {
	cfg   *Config
	st    *Store
	fr    *frontier
	sc    *scope
	f     *fetcher
	sched *scheduler
	stats *stats
	clock *hostClock // each host's time budget

	sitemaps *http.Client // reads sitemaps (discover.go)

	mu  sync.Mutex // guards rep
	rep *Report
}

// run fetches one job and records it. An error means the store cannot be
// written and the crawl must stop.
func (c *crawler) run(ctx context.Context, j job) error {
	host := jobHost(j.URL)
	if c.clock.left(host) <= 0 {
		u, _ := url.Parse(j.URL)
		r := c.f.failed(j, u, nil, fmt.Errorf("not fetched: %w", c.clock.spentError(host)), false)
		return c.commit(j, r)
	}
	start := time.Now()
	j.deadline = c.clock.deadline(host, start)
	r := c.fetch(ctx, j)
	c.clock.spend(host, time.Since(start))
	if r.entry.Outcome == Failed && !r.interrupted && c.clock.left(host) <= 0 {
		r.entry.Error += "; " + c.clock.spentError(host).Error()
		r.retry = false
	}
	switch {
	case r.interrupted:
		c.sched.retry(j) // still queued (in the frontier too): the next run fetches it
		return nil
	case r.disallowed:
		c.count(func(rep *Report) { rep.Disallowed++ })
		return c.fr.markDone(j.URL)
	case r.retry && j.attempt < c.cfg.Retries:
		wait := backoff(c.cfg.RetryBase, j.attempt+1)
		if r.hasAfter {
			if r.retryAfter > c.cfg.MaxRetryWait {
				r.entry.Error += fmt.Sprintf(" (Retry-After %s is longer than the %s clsx waits)", r.retryAfter.Round(time.Second), c.cfg.MaxRetryWait)
				break
			}
			wait = r.retryAfter
		}
		at := time.Now().Add(wait)
		c.f.gate.holdOff(jobHost(j.URL), at)
		j.attempt++
		j.notBefore = at
		c.sched.retry(j)
		return nil
	}
	return c.commit(j, r)
}

// fetch fetches one URL, turning a panic in the HTTP stack or a dependency
// into that URL's failure: the crawl goes on, and since the failure is
// recorded, a resumed crawl does not fall on the same URL again.
func (c *crawler) fetch(ctx context.Context, j job) (r result) {
	defer func() {
		if p := recover(); p != nil {
			u, _ := url.Parse(j.URL)
			r = c.f.failed(j, u, nil, fmt.Errorf("internal error while fetching: %v", p), false)
		}
	}()
	if j.Sitemap {
		return c.readSitemap(ctx, j)
	}
	return c.f.fetch(ctx, j, c.st.state(j.URL))
}

// commit makes a fetch durable, in the order that makes a crash at any point
// harmless: the bytes (fsynced, renamed into objects/), then the URLs the
// page leads to (logged to the frontier, fsynced), then the manifest record
// (fsynced) — from then on the URL is done.
func (c *crawler) commit(j job, r result) error {
	e := r.entry
	e.Crawl = c.fr.crawl
	if r.body != nil {
		if err := c.st.commitObject(r.body.path, r.body.sha); err != nil {
			return fmt.Errorf("storing %s: %w", j.URL, err)
		}
	}
	var children []job
	if e.Stored() && (j.Doc || kindOf(e.ContentType) == "html") {
		children = c.links(j, &e)
	}
	children = append(children, r.children...)
	if len(children) > 0 {
		if err := c.fr.add(children); err != nil {
			return err
		}
		if err := c.fr.sync(); err != nil {
			return err
		}
	}
	if err := c.st.append(&e); err != nil {
		return fmt.Errorf("writing the manifest: %w", err)
	}
	c.sched.push(children...)
	if err := c.fr.markDone(j.URL); err != nil {
		return err
	}
	c.tally(e.Outcome, r)
	return nil
}

// tally counts a committed fetch, of outcome o, in the report and in the
// live figures of the progress line.
func (c *crawler) tally(o Outcome, r result) {
	c.count(func(rep *Report) {
		if r.warn != "" {
			rep.Warnings = append(rep.Warnings, r.warn)
		}
		rep.Records++
		switch o {
		case New:
			rep.New++
		case Changed:
			rep.Changed++
		case Unchanged:
			rep.Unchanged++
		case Failed:
			rep.Failed++
		case Skipped:
			rep.Skipped++
		}
		if r.body != nil {
			rep.Bytes += r.body.size
		}
	})
	c.stats.fetched.Add(1)
	if o == Failed {
		c.stats.errors.Add(1)
	}
	if r.body != nil {
		c.stats.bytes.Add(r.body.size)
	}
}

func (c *crawler) count(fn func(*Report)) {
	c.mu.Lock()
	fn(c.rep)
	c.mu.Unlock()
}
