package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// crawlUserAgent names clsx, its version and where to read about it.
func crawlUserAgent() string {
	return "clsx/" + version + " (+https://github.com/clsx/clsx)"
}

// crawlOptions are what `clsx crawl` was asked.
type crawlOptions struct {
	cfg       corpus.Config
	seedsFile string
	hosts     string
	urls      []string
	check     bool // --check-seeds: ask each seed once, crawl nothing
	out       *outputFlags
}

// newCrawlCmd is `clsx crawl`: pages and documents fetched into a corpus.
func newCrawlCmd(s *streams) *cobra.Command {
	o := &crawlOptions{cfg: corpus.DefaultConfig()}
	c := &cobra.Command{
		Use:   "crawl [URL...] --corpus DIR",
		Short: "fetch CLS pages and documents into a corpus, politely",
		Long: `Fetch the pages and documents of the Contrats Locaux de Santé into a corpus
directory: from the seeds (URL arguments, --seeds FILE, or else the bundled
pages of the ARS and others that list CLS), following links --depth deep on
the seeds' hosts, reading their sitemaps and their listings to the last
page, and following a CLS page's links to another site's CLS page or PDF
(--follow-out). It ends with what the corpus holds per host and route.
Politely: robots.txt obeyed, one request per host per --delay. An
interrupted crawl (Ctrl-C) resumes where it stopped when run again; a
finished one, run again, fetches what changed.

Then: clsx extract --corpus DIR, clsx index --corpus DIR.`,
		Example: `  clsx crawl --corpus cls
  clsx crawl https://www.ars.sante.fr/contrats-locaux-de-sante --corpus cls --depth 3
  clsx crawl --seeds mes-urls.txt --corpus cls --format json > fetches.json
  clsx crawl --check-seeds`,
		RunE: func(c *cobra.Command, args []string) error {
			o.urls = args
			if err := o.out.check(); err != nil {
				return err
			}
			if o.check {
				return exitWith(runCheckSeeds(o, s))
			}
			if o.cfg.Dir == "" {
				return usageErrorf("required flag \"corpus\" not set")
			}
			return exitWith(runCrawl(o, s))
		},
	}
	o.addFlags(c)
	return c
}

func (o *crawlOptions) addFlags(c *cobra.Command) {
	f, cfg := c.Flags(), &o.cfg
	f.StringVar(&cfg.Dir, "corpus", "", "corpus `DIR`, created if need be (required, except with --check-seeds)")
	f.BoolVar(&o.check, "check-seeds", false, "ask each seed once and report the moved (3xx) and missing (404, 410) ones; crawl nothing")
	c.MarkFlagDirname("corpus")
	f.StringVar(&o.seedsFile, "seeds", "", "`FILE` of seed URLs, one a line, # comments (default: the bundled ARS pages)")
	f.IntVar(&cfg.MaxDepth, "depth", cfg.MaxDepth, "links followed from a seed, at most `N`")
	f.DurationVar(&cfg.Delay, "delay", cfg.Delay, "pause between two requests to one host (robots.txt Crawl-delay may ask for more)")
	f.StringVar(&cfg.UserAgent, "user-agent", crawlUserAgent(), "`User-Agent` sent; its first word is matched in robots.txt")
	f.BoolVar(&cfg.Sitemaps, "sitemaps", cfg.Sitemaps, "read the seed hosts' sitemaps (robots.txt Sitemap: lines, /sitemap.xml) for CLS pages")
	f.IntVar(&cfg.MaxListing, "max-listing", cfg.MaxListing, "further pages of one paginated listing followed, at most `N` (0: none)")
	f.IntVar(&cfg.FollowOut, "follow-out", cfg.FollowOut, "links followed off the seed hosts from a CLS page to one naming a CLS, at most `N` (0: none)")
	f.StringVar(&o.hosts, "hosts", "", "comma-separated `HOSTS` to crawl besides the seeds'")
	f.BoolVar(&cfg.AnyHost, "any-host", false, "follow links to any host")
	f.Int64Var(&cfg.MaxBytes, "max-bytes", cfg.MaxBytes, "largest document kept, in `BYTES`; a larger one is an error")
	f.IntVar(&cfg.MaxPages, "max-pages", cfg.MaxPages, "URLs queued per host, at most `N` (0: no bound)")
	f.IntVar(&cfg.MaxVariants, "max-variants", cfg.MaxVariants, "query strings queued per host and path, at most `N` (0: no bound)")
	f.IntVar(&cfg.Retries, "retries", cfg.Retries, "further attempts after a 429, a 5xx or a network error, at most `N`")
	f.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time allowed for a whole response")
	f.DurationVar(&cfg.ConnectTimeout, "connect-timeout", cfg.ConnectTimeout, "time allowed to connect")
	f.IntVar(&cfg.Workers, "workers", cfg.Workers, "requests in flight at once, each to a different host, at most `N`")
	f.DurationVar(&cfg.Deadline, "deadline", cfg.Deadline, "stop the whole crawl after this `TIME`, ready to resume (0: none)")
	f.DurationVar(&cfg.HostBudget, "host-budget", cfg.HostBudget, "request `TIME` one host may take, every attempt of every URL summed; its other URLs are then recorded as not fetched, so one slow URL costs at most this or (retries+1)×timeout (0: no bound)")
	f.BoolVar(&cfg.AllowLoopback, "allow-loopback", false, "allow loopback addresses, 127.0.0.0/8 and ::1 (tests, a local mirror)")
	f.BoolVar(&cfg.AllowPrivate, "allow-private", false, "allow private addresses, 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7 (intranets); link-local ones (169.254/16, fe80::/10) never")
	o.out = addOutputFlags(c, "table", "json", "csv")
}

// seeds are the URLs to start from: --seeds, the arguments, else the
// bundled ARS pages.
func (o *crawlOptions) seeds() ([]string, error) {
	var seeds []string
	if o.seedsFile != "" {
		data, err := os.ReadFile(o.seedsFile)
		if err != nil {
			return nil, err
		}
		list, err := rules.ParseSeeds(o.seedsFile, data)
		if err != nil {
			return nil, err
		}
		for _, s := range list {
			seeds = append(seeds, s.URL)
		}
	}
	seeds = append(seeds, o.urls...)
	if len(seeds) == 0 {
		list, err := rules.CrawlSeeds()
		if err != nil {
			return nil, err
		}
		for _, s := range list {
			seeds = append(seeds, s.URL)
		}
	}

	return seeds, nil
}

func runCrawl(o *crawlOptions, s *streams) int {
	stdout, stderr := s.out, s.err
	seeds, err := o.seeds()
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitUsage
	}
	cfg := o.cfg
	cfg.Seeds = seeds
	for _, h := range strings.Split(o.hosts, ",") {
		if h = strings.TrimSpace(h); h != "" {
			cfg.Hosts = append(cfg.Hosts, h)
		}
	}
	cfg.Progress, cfg.Live = stderr, s.progress()
	if s.quiet {
		cfg.Progress = io.Discard
	}

	// Ctrl-C (or SIGTERM) stops the crawl cleanly; a second one kills.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	rep, err := corpus.Crawl(ctx, cfg)
	if rep == nil {
		fmt.Fprintln(stderr, "clsx:", err)
		if errors.Is(err, corpus.ErrConfig) {
			return exitUsage // bad configuration or seeds: nothing done
		}
		return exitPartial
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(stderr, "clsx: corpus:", termSafe(w))
	}
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
	}
	if st, err := corpus.Open(cfg.Dir); err == nil {
		var rows []crawlFetchRow
		st.Scan(func(e corpus.Entry) error {
			if e.Crawl == rep.Crawl {
				rows = append(rows, newCrawlFetchRow(e))
			}
			return nil
		})
		writeFetches(stdout, o.out.format, rows, s.fit(o.out))
		if !s.quiet {
			reportCoverage(stderr, st)
		}
	}
	if err != nil || rep.Failed > 0 || rep.Interrupted {
		return exitPartial
	}
	return exitOK
}

// crawlFetchRow is one fetch in the crawl's summary.
type crawlFetchRow struct {
	URL         string         `json:"url"`
	FinalURL    string         `json:"final_url,omitempty"`
	Outcome     corpus.Outcome `json:"outcome"`
	Status      int            `json:"status,omitempty"`
	ContentType string         `json:"content_type,omitempty"`
	Size        int64          `json:"size,omitempty"`
	SHA256      string         `json:"sha256,omitempty"`
	Fetched     string         `json:"fetched"`
	Error       string         `json:"error,omitempty"`
}

// newCrawlFetchRow is the summary of one record.
func newCrawlFetchRow(e corpus.Entry) crawlFetchRow {
	r := crawlFetchRow{URL: e.URL, Outcome: e.Outcome, Status: e.Status, ContentType: e.ContentType,
		SHA256: e.SHA256, Fetched: e.Fetched.Format("2006-01-02T15:04:05Z07:00"), Error: e.Error}
	if e.FinalURL != e.URL {
		r.FinalURL = e.FinalURL
	}
	if e.Stored() {
		r.Size = e.Size
	}
	return r
}

// writeFetches prints what a crawl fetched: one row per URL.
func writeFetches(w io.Writer, format string, rows []crawlFetchRow, fit fitting) error {
	if rows == nil {
		rows = []crawlFetchRow{}
	}
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	}
	header := []string{"url", "outcome", "status", "type", "size", "error"}
	var table [][]string
	for _, r := range rows {
		size := "-"
		if r.Size > 0 || r.SHA256 != "" {
			size = strconv.FormatInt(r.Size, 10)
		}
		status := "-"
		if r.Status != 0 {
			status = strconv.Itoa(r.Status)
		}
		table = append(table, []string{r.URL, string(r.Outcome), status, shortContentType(r.ContentType), size, dashIfEmpty(r.Error)})
	}
	return writeRows(w, format, header, table, fit)
}

// shortContentType names a content type briefly: html, pdf, docx…
func shortContentType(ct string) string {
	mt, _, _ := strings.Cut(ct, ";")
	switch strings.ToLower(strings.TrimSpace(mt)) {
	case "":
		return "-"
	case "text/html":
		return "html"
	case "application/pdf":
		return "pdf"
	case "application/msword":
		return "doc"
	case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		return "docx"
	case "application/vnd.oasis.opendocument.text":
		return "odt"
	}
	return strings.TrimSpace(mt)
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// reportCoverage ends a crawl with what the corpus holds, per host and
// route, on stderr: the fetches are the data on stdout, this is how far
// they reach (clsx corpus stats prints it as data).
func reportCoverage(w io.Writer, st *corpus.Store) {
	rows, err := coverage(st)
	if err != nil || len(rows) == 0 {
		return
	}
	fmt.Fprintln(w, "clsx: what the corpus holds, by host and route (clsx corpus stats):")
	writeCoverage(w, "table", rows, fitting{})
}
