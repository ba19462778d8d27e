package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// job is one URL to fetch.
type job struct {
	URL   string
	Depth int  // links followed from a seed; seeds are 0
	Doc   bool // a document linked from a page about a CLS

	Route   string // how it was found: RouteSeed, RouteLink, RouteSitemap…
	Sitemap bool   // a sitemap to read for URLs, not a page to keep
	Lastmod string // the sitemap's <lastmod> for it, "" if none
	Hops    int    // links followed off the crawl's hosts to reach it

	attempt   int       // fetches already tried (retries)
	notBefore time.Time // backoff after a failed attempt
	deadline  time.Time // when its requests must end: its host's time budget (zero: none)
}

// frontierLine is one line of the frontier log. Exactly one of its groups of
// fields is set: a crawl's start, a URL queued, a URL done, the crawl's end.
type frontierLine struct {
	Crawl   string    `json:"crawl,omitempty"`
	Started time.Time `json:"started,omitzero"`
	Q       string    `json:"q,omitempty"`
	D       int       `json:"d,omitempty"`
	Doc     bool      `json:"doc,omitempty"`
	R       string    `json:"r,omitempty"`  // route; absent in logs written before routes
	SM      bool      `json:"sm,omitempty"` // a sitemap
	LM      string    `json:"lm,omitempty"` // sitemap lastmod
	O       int       `json:"o,omitempty"`  // hops off the crawl's hosts
	Done    string    `json:"done,omitempty"`
	End     time.Time `json:"end,omitzero"`
}

// frontier is the crawl's queue, persisted as an append-only log so that a
// crawl killed at any point resumes where it stopped: every URL queued is
// logged before the record of the page that found it is written, and a URL
// is done once the manifest holds its record (the "done" line only saves
// re-reading the manifest). A finished crawl ends with an "end" line; the
// next crawl starts a new log.
type frontier struct {
	mu      sync.Mutex
	f       *os.File
	crawl   string
	resumed bool
	seen    map[string]struct{} // every URL queued in this crawl
	done    int
}

// openFrontier resumes the unfinished crawl of dir, or starts a new one. It
// returns the jobs still to do, in the order they were queued.
func openFrontier(dir string, st *Store, now time.Time) (*frontier, []job, error) {
	path := filepath.Join(dir, frontierName)
	fr := &frontier{seen: map[string]struct{}{}}
	var pending []job
	f, err := openNoFollow(path, os.O_RDWR, filePerm)
	if err == nil {
		crawl, queued, done, good, ended, rerr := readFrontier(f)
		if rerr != nil {
			f.Close()
			return nil, nil, rerr
		}
		if crawl != "" && !ended {
			// Resume: cut a torn last line, then carry on appending.
			if err := f.Truncate(good); err != nil {
				f.Close()
				return nil, nil, err
			}
			if _, err := f.Seek(good, io.SeekStart); err != nil {
				f.Close()
				return nil, nil, err
			}
			recorded := st.recordedIn(crawl)
			for _, j := range queued {
				fr.seen[j.URL] = struct{}{}
				if done[j.URL] || recorded[j.URL] {
					fr.done++
					continue
				}
				pending = append(pending, j)
			}
			fr.f, fr.crawl, fr.resumed = f, crawl, true
			return fr, pending, nil
		}
		f.Close()
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	// A new crawl: write its log whole under a temporary name, then rename it
	// over the previous crawl's, so a crash never leaves a log without header.
	fr.crawl = newCrawlID(now, st)
	tmp := path + ".new"
	os.Remove(tmp) // a log a crash left half written (a link is removed, not followed)
	nf, err := openNoFollow(tmp, os.O_CREATE|os.O_EXCL|os.O_RDWR, filePerm)
	if err != nil {
		return nil, nil, err
	}
	head, _ := json.Marshal(frontierLine{Crawl: fr.crawl, Started: now.UTC()})
	if _, err := nf.Write(append(head, '\n')); err == nil {
		err = nf.Sync()
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err == nil {
		err = syncDir(dir)
	}
	if err != nil {
		nf.Close()
		return nil, nil, err
	}
	fr.f = nf
	return fr, nil, nil
}

// newCrawlID names a crawl by its start time, made unique against the
// crawls the store already holds.
func newCrawlID(now time.Time, st *Store) string {
	base := now.UTC().Format("20060102T150405Z")
	used := map[string]bool{}
	st.mu.Lock()
	for _, s := range st.index {
		used[s.lastCrawl] = true
	}
	st.mu.Unlock()
	id := base
	for i := 2; used[id]; i++ {
		id = fmt.Sprintf("%s-%d", base, i)
	}
	return id
}

// readFrontier reads a frontier log. good is the offset past the last
// complete line: a torn last line is dropped.
func readFrontier(r io.Reader) (crawl string, queued []job, done map[string]bool, good int64, ended bool, err error) {
	done = map[string]bool{}
	br := bufio.NewReaderSize(r, 64*1024)
	for {
		line, rerr := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			l, perr := parseFrontierLine(line)
			if perr != nil {
				return "", nil, nil, 0, false, fmt.Errorf("%s at byte %d: %v (remove the file to start a new crawl)", frontierName, good, perr)
			}
			good += int64(len(line))
			switch {
			case l.Crawl != "":
				crawl = l.Crawl
			case l.Q != "":
				queued = append(queued, job{URL: l.Q, Depth: l.D, Doc: l.Doc, Route: l.R, Sitemap: l.SM, Lastmod: l.LM, Hops: l.O})
			case l.Done != "":
				done[l.Done] = true
			case !l.End.IsZero():
				ended = true
			}
		}
		if rerr == io.EOF {
			return crawl, queued, done, good, ended, nil
		}
		if rerr != nil {
			return "", nil, nil, 0, false, rerr
		}
	}
}

// parseFrontierLine reads one line of the log.
func parseFrontierLine(line []byte) (frontierLine, error) {
	var l frontierLine
	if err := json.Unmarshal(bytes.TrimSpace(line), &l); err != nil {
		return l, err
	}
	if l.D < 0 || l.O < 0 {
		return l, errors.New("negative depth")
	}
	return l, nil
}

// add logs newly queued URLs, which the caller has claimed.
func (fr *frontier) add(jobs []job) error {
	if len(jobs) == 0 {
		return nil
	}
	var buf bytes.Buffer
	for _, j := range jobs {
		b, err := json.Marshal(frontierLine{Q: j.URL, D: j.Depth, Doc: j.Doc, R: j.Route, SM: j.Sitemap, LM: j.Lastmod, O: j.Hops})
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	fr.mu.Lock()
	defer fr.mu.Unlock()
	for _, j := range jobs {
		fr.seen[j.URL] = struct{}{}
	}
	_, err := fr.f.Write(buf.Bytes())
	return err
}

// claim marks url as queued in this crawl, reporting false if it already
// was: two workers finding the same link queue it once.
func (fr *frontier) claim(url string) bool {
	fr.mu.Lock()
	defer fr.mu.Unlock()
	if _, ok := fr.seen[url]; ok {
		return false
	}
	fr.seen[url] = struct{}{}
	return true
}

// isSeen reports whether url was queued in this crawl.
func (fr *frontier) isSeen(url string) bool {
	fr.mu.Lock()
	defer fr.mu.Unlock()
	_, ok := fr.seen[url]
	return ok
}

// sync makes the queued URLs durable; called before the manifest records the
// page that found them.
func (fr *frontier) sync() error {
	fr.mu.Lock()
	defer fr.mu.Unlock()
	return fr.f.Sync()
}

// markDone logs that url needs no more work. Not synced: if it is lost, the
// manifest (or, for URLs robots.txt excludes, a second look at robots.txt)
// says the same.
func (fr *frontier) markDone(url string) error {
	b, _ := json.Marshal(frontierLine{Done: url})
	fr.mu.Lock()
	defer fr.mu.Unlock()
	fr.done++
	_, err := fr.f.Write(append(b, '\n'))
	return err
}

// finish marks the crawl complete: the next crawl starts afresh.
func (fr *frontier) finish(now time.Time) error {
	b, _ := json.Marshal(frontierLine{End: now.UTC()})
	fr.mu.Lock()
	defer fr.mu.Unlock()
	if _, err := fr.f.Write(append(b, '\n')); err != nil {
		return err
	}
	return fr.f.Sync()
}

func (fr *frontier) close() error {
	fr.mu.Lock()
	defer fr.mu.Unlock()
	if fr.f == nil {
		return nil
	}
	err := fr.f.Sync()
	if cerr := fr.f.Close(); err == nil {
		err = cerr
	}
	fr.f = nil
	return err
}
