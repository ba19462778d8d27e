package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/rules"
)

const crawlUsage = "usage: clsx crawl [--seeds FILE] [URL...] --corpus DIR [--depth N] [--delay D] [--hosts H,H | --any-host]\n" +
	"                  [--max-bytes N] [--max-pages N] [--max-variants N] [--retries N] [--timeout D] [--connect-timeout D]\n" +
	"                  [--workers N] [--user-agent UA] [--allow-private] [--format table|json|csv]"

// crawlUserAgent names clsx, its version and where to read about it.
func crawlUserAgent() string {
	return "clsx/" + version + " (+https://github.com/clsx/clsx)"
}

func cmdCrawl(args []string, stdout, stderr io.Writer) int {
	def := corpus.DefaultConfig()
	fs := newFlagSet("crawl", stderr)
	dir := fs.String("corpus", "", "corpus directory, created if need be (required)")
	seedsFile := fs.String("seeds", "", "file of seed URLs, one a line, # comments (default: the bundled ARS pages)")
	depth := fs.Int("depth", def.MaxDepth, "links followed from a seed")
	delay := fs.Duration("delay", def.Delay, "pause between two requests to one host (robots.txt Crawl-delay may ask for more)")
	ua := fs.String("user-agent", crawlUserAgent(), "User-Agent sent; its first word is matched in robots.txt")
	hosts := fs.String("hosts", "", "comma-separated host names to crawl besides the seeds'")
	anyHost := fs.Bool("any-host", false, "follow links to any host")
	maxBytes := fs.Int64("max-bytes", def.MaxBytes, "largest document kept, in bytes; a larger one is an error")
	maxPages := fs.Int("max-pages", def.MaxPages, "URLs queued per host (0: no bound)")
	maxVariants := fs.Int("max-variants", def.MaxVariants, "query strings queued per host and path (0: no bound)")
	retries := fs.Int("retries", def.Retries, "further attempts after a 429, a 5xx or a network error")
	timeout := fs.Duration("timeout", def.Timeout, "time allowed for a whole response")
	connectTimeout := fs.Duration("connect-timeout", def.ConnectTimeout, "time allowed to connect")
	workers := fs.Int("workers", def.Workers, "requests in flight at once, each to a different host")
	allowPrivate := fs.Bool("allow-private", false, "allow private, loopback and link-local addresses (tests, intranets)")
	format := fs.String("format", "table", "output format of the fetch summary: table|json|csv")
	urls, err := parseFlagsAnywhere(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dir == "" || !validFormat(*format, "table|json|csv") {
		fmt.Fprintln(stderr, crawlUsage)
		return exitUsage
	}
	var seeds []string
	if *seedsFile != "" {
		data, err := os.ReadFile(*seedsFile)
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitUsage
		}
		list, err := rules.ParseSeeds(*seedsFile, data)
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitUsage
		}
		for _, s := range list {
			seeds = append(seeds, s.URL)
		}
	}
	seeds = append(seeds, urls...)
	if len(seeds) == 0 {
		list, err := rules.CrawlSeeds()
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitUsage
		}
		for _, s := range list {
			seeds = append(seeds, s.URL)
		}
	}

	cfg := def
	cfg.Dir, cfg.Seeds = *dir, seeds
	cfg.MaxDepth, cfg.Delay, cfg.UserAgent = *depth, *delay, *ua
	cfg.AnyHost, cfg.MaxBytes, cfg.MaxPages, cfg.MaxVariants = *anyHost, *maxBytes, *maxPages, *maxVariants
	cfg.Retries, cfg.Timeout, cfg.ConnectTimeout = *retries, *timeout, *connectTimeout
	cfg.Workers, cfg.AllowPrivate = *workers, *allowPrivate
	for _, h := range strings.Split(*hosts, ",") {
		if h = strings.TrimSpace(h); h != "" {
			cfg.Hosts = append(cfg.Hosts, h)
		}
	}
	cfg.Progress, cfg.Live = stderr, isTerminal(stderr)

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
		fmt.Fprintln(stderr, "clsx: corpus:", w)
	}
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
	}
	if st, err := corpus.Open(*dir); err == nil {
		var rows []crawlFetchRow
		st.Scan(func(e corpus.Entry) error {
			if e.Crawl == rep.Crawl {
				rows = append(rows, newCrawlFetchRow(e))
			}
			return nil
		})
		writeFetches(stdout, *format, rows)
	}
	if err != nil || rep.Failed > 0 || rep.Interrupted {
		return exitPartial
	}
	return exitOK
}

// parseFlagsAnywhere parses flags wherever they are among the arguments
// (`clsx crawl URL --corpus DIR`), returning the other arguments in order.
// "--" ends the flags.
func parseFlagsAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
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
func writeFetches(w io.Writer, format string, rows []crawlFetchRow) error {
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
	return writeRows(w, format, header, table)
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
