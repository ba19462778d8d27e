package corpus

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// ErrConfig is the error of a crawl that cannot start as configured (a bad
// setting, a seed that is not a URL): nothing was done.
var ErrConfig = errors.New("crawl configuration")

// DefaultUserAgent names clsx and where to learn about it; the command line
// adds its version.
const DefaultUserAgent = "clsx (+https://github.com/clsx/clsx)"

// Config is what a crawl does. Start from DefaultConfig: Crawl does not fill
// in zero fields, it refuses the ones that make no sense (a zero size limit,
// no user agent), because a zero Delay or MaxDepth is a legitimate choice.
type Config struct {
	Dir   string   // the corpus directory, created if need be
	Seeds []string // URLs to start from; "https://" is assumed without a scheme

	Hosts    []string // host names crawled besides the seeds'
	AnyHost  bool     // follow links to any host
	MaxDepth int      // links followed from a seed (documents of the last pages included)

	// Discovery beyond links (see discover.go, follow.go).
	Sitemaps   bool // read the seed hosts' sitemaps (robots.txt Sitemap: lines, /sitemap.xml)
	MaxListing int  // further pages of one paginated listing followed, at most (0: none)
	FollowOut  int  // links followed off the crawl's hosts from a CLS page (0: none)

	Delay         time.Duration // pause between two requests to one host (robots.txt may ask for more)
	UserAgent     string        // sent with every request; its first word is matched in robots.txt
	MaxBytes      int64         // largest body kept; a larger one is recorded as an error
	MaxPages      int           // URLs queued per host (0: no bound)
	MaxVariants   int           // query strings queued per host and path (0: no bound)
	Retries       int           // further attempts after a 429, a 5xx or a network error
	RetryBase     time.Duration // first backoff; doubled on each retry
	MaxRetryWait  time.Duration // longest Retry-After honoured; a longer one fails the URL
	MaxCrawlDelay time.Duration // longest robots.txt Crawl-delay honoured; a longer one skips the host
	MaxRedirects  int           // hops followed from one URL

	ConnectTimeout time.Duration // to connect (and shake hands for TLS)
	Timeout        time.Duration // for a whole response, body included

	Workers int // requests in flight at once, to different hosts

	// Time: the whole crawl stops at Deadline (0: none), left ready to
	// resume; a host's requests, every attempt of every URL summed, may
	// take HostBudget (0: no bound), after which its URLs are recorded as
	// not fetched. One slow URL thus costs at most the smaller of
	// (Retries+1)×Timeout and HostBudget.
	Deadline   time.Duration
	HostBudget time.Duration

	// Addresses besides the public Internet, each allowed on its own:
	// loopback (tests, a local mirror), private ranges (10/8, 172.16/12,
	// 192.168/16, 100.64/10, fc00::/7: an intranet). Link-local addresses
	// (169.254/16 and its cloud metadata service, fe80::/10) never are.
	AllowLoopback bool
	AllowPrivate  bool

	// Resolve maps "host:port" to the "ip:port" to connect to instead of
	// asking DNS, for tests and the demo, which serve several host names from
	// one loopback server. Addresses given here are trusted: the private
	// address check applies to every other connection.
	Resolve map[string]string

	// Progress receives a live status line when Live (a terminal), and a
	// one-line summary at the end either way. nil: nothing is written.
	Progress io.Writer
	Live     bool
}

// DefaultConfig is a polite crawl: one request per host per second, robots.txt
// honoured, three links deep, 100 MB per document.
func DefaultConfig() Config {
	return Config{
		MaxDepth:       3,
		Sitemaps:       true,
		MaxListing:     500,
		FollowOut:      1,
		Delay:          time.Second,
		UserAgent:      DefaultUserAgent,
		MaxBytes:       100 << 20,
		MaxPages:       2000,
		MaxVariants:    20,
		Retries:        3,
		RetryBase:      2 * time.Second,
		MaxRetryWait:   5 * time.Minute,
		MaxCrawlDelay:  time.Minute,
		MaxRedirects:   10,
		ConnectTimeout: 15 * time.Second,
		Timeout:        2 * time.Minute,
		Workers:        8,
		HostBudget:     15 * time.Minute,
	}
}

func (c *Config) validate() error {
	var errs []error
	if c.Dir == "" {
		errs = append(errs, errors.New("no corpus directory"))
	}
	if c.UserAgent == "" {
		errs = append(errs, errors.New("no user agent (start from DefaultConfig)"))
	}
	if c.MaxBytes <= 0 {
		errs = append(errs, fmt.Errorf("size limit %d: must be positive", c.MaxBytes))
	}
	if c.Timeout <= 0 || c.ConnectTimeout <= 0 {
		errs = append(errs, errors.New("timeouts must be positive"))
	}
	if c.Workers <= 0 {
		errs = append(errs, errors.New("workers must be positive"))
	}
	if c.Deadline < 0 || c.HostBudget < 0 {
		errs = append(errs, errors.New("the deadline and the host budget cannot be negative"))
	}
	if c.MaxDepth < 0 || c.Retries < 0 || c.Delay < 0 || c.MaxPages < 0 || c.MaxVariants < 0 || c.MaxRedirects < 0 ||
		c.MaxListing < 0 || c.FollowOut < 0 {
		errs = append(errs, errors.New("depth, retries, delay and limits cannot be negative"))
	}
	return errors.Join(errs...)
}

// Report says what a crawl did.
type Report struct {
	Crawl        string // the crawl's id, as in the manifest's records
	Resumed      bool   // it continued an interrupted crawl
	Interrupted  bool   // it stopped before the end (the context was cancelled): run it again to resume
	PastDeadline bool   // it stopped at Config.Deadline (Interrupted too)

	Records    int // manifest records written (one per URL fetched)
	New        int
	Changed    int
	Unchanged  int
	Failed     int
	Skipped    int
	Disallowed int            // URLs robots.txt excluded, never requested
	Dropped    map[string]int // links not queued, by reason (other host, too deep, every bound and cap)
	Pending    int            // URLs still queued when it stopped
	Bytes      int64          // body bytes received and kept
	Elapsed    time.Duration
	Warnings   []string // what opening the corpus repaired (a torn manifest line)
}
