package corpus

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Outcome says what a fetch produced.
type Outcome string

// The outcomes a manifest records.
const (
	// New: the first stored version of the URL.
	New Outcome = "new"
	// Changed: the URL answered bytes that differ from its previous version;
	// the earlier versions stay in the store.
	Changed Outcome = "changed"
	// Unchanged: the server answered 304 Not Modified, or the same bytes again.
	// The record points at the version it confirms.
	Unchanged Outcome = "unchanged"
	// Failed: nothing stored; Error says why (HTTP error, timeout, body over
	// the size limit, redirect loop, private address…).
	Failed Outcome = "error"
	// Skipped: the server answered but the answer is not kept, by design:
	// a content type clsx does not store, a redirect leaving the crawl's hosts.
	Skipped Outcome = "skipped"
)

// Entry is one manifest record: one URL fetched once (after retries), with
// what came back. For New, Changed and Unchanged records SHA256, Size and
// ContentType describe the stored bytes the record points at (for a 304, the
// version it confirms); Status and Header are those of this response.
type Entry struct {
	Seq         int64       `json:"seq"`              // position in the manifest, from 1
	Crawl       string      `json:"crawl"`            // the crawl that made the record
	URL         string      `json:"url"`              // the URL requested
	FinalURL    string      `json:"final_url"`        // the URL that answered, after redirects
	Depth       int         `json:"depth"`            // links followed from a seed
	Fetched     time.Time   `json:"fetched"`          // when the response was complete
	Outcome     Outcome     `json:"outcome"`          //
	Status      int         `json:"status,omitempty"` // HTTP status of the final response; 0 without one
	Proto       string      `json:"proto,omitempty"`  // "HTTP/1.1", "HTTP/2.0"
	Header      http.Header `json:"header,omitempty"` // response headers as received
	ContentType string      `json:"content_type,omitempty"`
	Size        int64       `json:"size,omitempty"`
	SHA256      string      `json:"sha256,omitempty"` // hex; names the object
	Error       string      `json:"error,omitempty"`

	// Added with discovery; absent from older manifests, which stay readable.
	Route    string `json:"route,omitempty"`     // how the URL was found: seed, link, sitemap, listing, outward
	AboutCLS bool   `json:"about_cls,omitempty"` // a page about a CLS, or a document reached from one
	Lastmod  string `json:"lastmod,omitempty"`   // the sitemap's <lastmod> when it listed the URL
}

// The routes by which a crawl finds URLs, recorded in Entry.Route.
const (
	RouteSeed    = "seed"    // given to the crawl
	RouteLink    = "link"    // a link of a page on the crawl's hosts
	RouteSitemap = "sitemap" // listed in a sitemap (or the sitemap itself)
	RouteListing = "listing" // a further page of a paginated listing
	RouteOutward = "outward" // a CLS page's link to another host, followed one hop
)

// RouteOf is how e's URL was found; records written before routes were
// recorded are told apart by depth.
func RouteOf(e Entry) string {
	switch {
	case e.Route != "":
		return e.Route
	case e.Depth == 0:
		return RouteSeed
	}
	return RouteLink
}

// Stored reports whether the entry points at stored bytes that Read returns.
func (e Entry) Stored() bool {
	return e.SHA256 != "" && (e.Outcome == New || e.Outcome == Changed || e.Outcome == Unchanged)
}

// validSHA256 reports whether s is a lowercase hex SHA-256, so that a
// hand-edited manifest cannot name a path outside objects/.
func validSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil && strings.ToLower(s) == s
}

// parseRecord reads one manifest line. It checks what the store relies on
// (a URL, a known outcome, an object name that is a hash) so that a damaged
// line is reported instead of being half-trusted.
func parseRecord(line []byte) (Entry, error) {
	var e Entry
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&e); err != nil {
		return Entry{}, fmt.Errorf("invalid record: %w", err)
	}
	if dec.More() {
		return Entry{}, errors.New("invalid record: data after the JSON object")
	}
	if e.URL == "" {
		return Entry{}, errors.New("invalid record: no url")
	}
	switch e.Outcome {
	case New, Changed, Unchanged:
		if !validSHA256(e.SHA256) {
			return Entry{}, fmt.Errorf("invalid record: sha256 %q", e.SHA256)
		}
		if e.Size < 0 {
			return Entry{}, errors.New("invalid record: negative size")
		}
	case Failed, Skipped:
		if e.SHA256 != "" && !validSHA256(e.SHA256) {
			return Entry{}, fmt.Errorf("invalid record: sha256 %q", e.SHA256)
		}
	default:
		return Entry{}, fmt.Errorf("invalid record: outcome %q", e.Outcome)
	}
	return e, nil
}

// marshalRecord renders an entry as one manifest line, newline included.
func marshalRecord(e *Entry) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// scanManifest calls fn for each record of r in order. A last line without
// its newline is a write a crash interrupted: it is not a record, and its
// offset is returned as torn (-1 when the file ends cleanly) so a writer can
// cut it off. A damaged line elsewhere is skipped and reported in bad.
// good is the offset just past the last complete line.
func scanManifest(r io.Reader, fn func(Entry) error) (good int64, torn int64, bad []string, err error) {
	br := bufio.NewReaderSize(r, 64*1024)
	var off int64
	torn = -1
	lineNo := 0
	for {
		line, rerr := br.ReadBytes('\n')
		if len(line) > 0 {
			lineNo++
			if line[len(line)-1] != '\n' {
				// No newline: the writer was killed before finishing this line.
				torn = off
				break
			}
			off += int64(len(line))
			body := bytes.TrimSpace(line)
			if len(body) > 0 {
				e, perr := parseRecord(body)
				if perr != nil {
					bad = append(bad, fmt.Sprintf("%s:%d: %v", manifestName, lineNo, perr))
				} else if ferr := fn(e); ferr != nil {
					return off, torn, bad, ferr
				}
			}
			good = off
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return good, torn, bad, rerr
		}
	}
	return good, torn, bad, nil
}
