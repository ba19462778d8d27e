// Package corpus crawls the web for Contrats Locaux de Santé and keeps what
// it fetched, unchanged, in a corpus directory: the raw bytes of every page
// and document, with the URL, the final URL after redirects, the HTTP status
// and headers, the fetch time, the content type and the SHA-256 of each.
// It depends on no other clsx package.
//
// # Reading a corpus
//
//	st, err := corpus.Open(dir)        // read-only; safe while a crawl writes
//	entries, err := st.Latest()        // the latest stored version of each URL
//	for _, e := range entries {
//		data, err := st.Read(e)        // the bytes as the server sent them
//		// e.URL, e.FinalURL, e.ContentType, e.SHA256, e.Fetched, e.Status
//	}
//
// Records returns every manifest record (failures included), Versions the
// successive versions of one URL, OpenObject a reader on stored bytes,
// WriteWARC the corpus as a WARC 1.1 file. Warnings says what Open passed
// over (a manifest line a crash cut short).
//
// Stored bytes are never decoded: a Windows-1252 page stays Windows-1252
// (its charset is in ContentType and Header), a gzip body sent despite no
// Accept-Encoding stays gzip (Header says Content-Encoding). ContentType is
// the server's, except for a document served as application/octet-stream
// from a .pdf/.doc/.docx/.odt link whose first bytes confirm it: then it is
// the document's type.
//
// # Crawling
//
//	cfg := corpus.DefaultConfig()
//	cfg.Dir, cfg.Seeds = dir, []string{"https://www.example.fr/sante/cls"}
//	rep, err := corpus.Crawl(ctx, cfg)
//
// The crawl is polite by default: robots.txt is honoured, Crawl-delay
// included; one request at a time per host, a pause between requests (1 s by
// default); a User-Agent naming clsx; timeouts on connecting and on each whole
// response; Retry-After honoured on 429 and 503, other 5xx and network errors
// retried with exponential backoff, a bounded number of times.
//
// It stays on the seeds' hosts (Config.Hosts adds some, AnyHost lifts the
// bound), MaxDepth links deep, and follows a link only when it leads towards
// CLS content: its anchor text, its URL or the heading above it mentions a
// "contrat local de santé", a "CLS" or "santé" (accents and case ignored). A
// document link (PDF, DOC, DOCX, ODT) is fetched when the page holding it is
// about a CLS. MaxPages bounds the URLs per host and MaxVariants the query
// strings per path, which ends calendars that link to next month forever.
// Only HTML, PDF, DOC, DOCX and ODT are kept; a body over MaxBytes is a
// failure, never a truncated document.
//
// Beyond links (discover.go, listing.go, follow.go): Config.Sitemaps reads
// the seed hosts' sitemaps and queues the listed URLs that pass the links'
// rule (an unchanged sitemap lastmod confirms the stored version without a
// request); a listing's further pages are followed at its own depth, up to
// MaxListing; a CLS page's links naming a CLS are followed FollowOut hops
// off the crawl's hosts, with the documents of the page reached. Each
// record names its Route; Store.Coverage counts them per host and route.
// CheckSeeds asks each seed once and says which moved or are missing.
//
// It refuses to connect to private, loopback, link-local and other
// non-public addresses, checked in the dialer on the address actually
// connected to, so neither a redirect nor a DNS answer gets around it
// (AllowLoopback and AllowPrivate lift this for tests and intranets, never
// for link-local addresses; Config.Resolve maps host names to addresses for
// tests and the demo). Config.Deadline bounds a whole crawl and
// Config.HostBudget the request time of each host.
//
// # The corpus directory
//
//	manifest.jsonl   one JSON record (Entry) per URL fetched, appended and fsynced
//	objects/ab/ab…   the bytes, named by SHA-256: identical bytes stored once
//	frontier.jsonl   the crawl's queue, for resuming
//	tmp/             downloads in progress
//	clsx-corpus      the marker: a crawl writes only into a folder holding it
//	                 (or a new or empty one, or a corpus made before it)
//	lock             held by the crawl writing the corpus
//
// Writes are ordered so that a crash at any point loses nothing recorded and
// leaves nothing half-written: a body is downloaded to tmp/, fsynced, renamed
// into objects/ (the directory fsynced); the URLs the page leads to are logged
// to the frontier (fsynced); then the manifest record is appended and fsynced.
// On the next run, a torn last manifest line is cut off (and reported), tmp/
// is emptied, and an unfinished crawl resumes from its frontier: URLs with a
// record are not fetched again, the others are.
//
// A crawl of a corpus that already holds a URL asks conditionally
// (If-None-Match, If-Modified-Since from the last version): a 304, or the same
// bytes, is recorded Unchanged and points at the version it confirms; new
// bytes are recorded Changed, and the earlier versions stay.
//
// # Why colly is wrapped the way it is
//
// colly (github.com/gocolly/colly/v2) runs each request. Several of its
// defaults are wrong for a corpus, and are replaced: it ignores robots.txt
// unless told (and its own check ignores Crawl-delay), so robots.go does it;
// its MaxBodySize truncates bodies silently, and it re-encodes bodies to UTF-8
// and gunzips them before callbacks see them, so the transport streams bodies
// to disk itself, raw and bounded; its LimitRule shares one parallelism among
// all the hosts a rule matches, so per-host pacing lives in the transport; its
// Async mode starts a goroutine per URL and its queue cannot stop cleanly, so
// a fixed pool of workers calls it synchronously; redirects are followed hop
// by hop by the fetcher, each checked against robots.txt, scope and loops.
package corpus
