package corpus

// Fuzz targets for everything the crawler reads from the network or from a
// corpus directory: pages (links), robots.txt, Retry-After, manifest and
// frontier lines. Run each with, e.g.,
//
//	go test ./corpus/ -run '^$' -fuzz FuzzParsePage -fuzztime 1m -parallel 1

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzParsePage(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(siteRoot, "*", "*", "*.html"))
	more, _ := filepath.Glob(filepath.Join(siteRoot, "*", "*", "*", "index.html"))
	for _, p := range append(seeds, more...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, "text/html; charset=utf-8")
		}
	}
	f.Add([]byte(`<base href="//x/"><h1>CLS<a href="a.pdf">Le <b>CLS</b></a></h1><footer><nav></footer></nav><a href=../b>santé`), "text/html; charset=windows-1252")
	f.Add([]byte("<meta charset=shift_jis><title>\x82\xa0</title><area href='http://[::1]/'>"), "")
	base := mustURL(f, "http://www.ville.fr/sante/")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		limitInput(t, func() {
			p := parsePage(base, bytes.NewReader(body), ct)
			if len(p.Links) > maxLinksPerPage {
				t.Fatalf("%d links", len(p.Links))
			}
			for _, l := range p.Links {
				if l.URL == nil || (l.URL.Scheme != "http" && l.URL.Scheme != "https") || l.URL.Host == "" || l.URL.Fragment != "" {
					t.Fatalf("bad link %v", l.URL)
				}
				if utf8.RuneCountInString(l.Text) > 2*maxAnchorRunes+200 {
					t.Fatalf("anchor text of %d runes", utf8.RuneCountInString(l.Text))
				}
				towardsCLS(l) // must not panic
				n := normalize(l.URL)
				if normalize(n).String() != n.String() {
					t.Fatalf("normalize not idempotent: %s → %s", n, normalize(n))
				}
			}
		})
	})
}

func FuzzParseRobots(f *testing.F) {
	f.Add(200, []byte("User-agent: *\nDisallow: /prive/\nCrawl-delay: 0.4\n"), "/prive/x?y=1")
	f.Add(200, []byte("Disallow: /\nUser-agent: clsx\nAllow: /*.pdf$\nDisallow: /\nCrawl-delay: NaN\nCrawl-delay: 1e400"), "/a.pdf")
	f.Add(503, []byte(""), "/")
	f.Add(200, []byte("User-agent: *\nDisallow: /[\nSitemap: http://x/s.xml\nHost: x\n"), "/[a")
	f.Fuzz(func(t *testing.T, status int, body []byte, p string) {
		limitInput(t, func() {
			r := parseRobots(status, body, "clsx")
			if r.crawlDelay < 0 || r.crawlDelay > time.Duration(1e6*float64(time.Second)) {
				t.Fatalf("crawl delay %s", r.crawlDelay)
			}
			u := mustURL(t, "http://a.fr/")
			if !strings.HasPrefix(p, "/") {
				p = "/" + p
			}
			if pu, err := u.Parse(p); err == nil {
				r.allowed(pu)
			}
		})
	})
}

func FuzzParseRetryAfter(f *testing.F) {
	now := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	for _, s := range []string{"120", "0", "Thu, 01 May 2025 12:01:30 GMT", "Wednesday, 30-Apr-25 12:00:00 GMT", "Thu May  1 12:00:00 2025", "-1", "1e3", "18446744073709551616"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		limitInput(t, func() {
			d, ok := parseRetryAfter(s, now)
			if !ok && d != 0 {
				t.Fatalf("%q: rejected with %s", s, d)
			}
			if d < 0 {
				t.Fatalf("%q: negative %s", s, d)
			}
		})
	})
}

func FuzzParseRecord(f *testing.F) {
	sha := strings.Repeat("0f", 32)
	f.Add([]byte(`{"seq":1,"crawl":"c","url":"http://x/","final_url":"http://x/","fetched":"2025-01-02T03:04:05Z","outcome":"new","status":200,"header":{"Etag":["\"e\""]},"content_type":"text/html","size":3,"sha256":"` + sha + `"}`))
	f.Add([]byte(`{"url":"http://x/","outcome":"error","error":"HTTP 404","status":404}`))
	f.Add([]byte(`{"url":"http://x/","outcome":"unchanged","sha256":"` + sha + `","size":-1}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		limitInput(t, func() {
			e, err := parseRecord(line)
			if err != nil {
				return
			}
			if e.URL == "" || e.Stored() && !validSHA256(e.SHA256) {
				t.Fatalf("accepted %+v", e)
			}
			// What parses survives a round trip.
			out, err := marshalRecord(&e)
			if err != nil {
				t.Fatal(err)
			}
			e2, err := parseRecord(bytes.TrimSpace(out))
			if err != nil {
				t.Fatalf("round trip of %s: %v", out, err)
			}
			a, _ := json.Marshal(e)
			b, _ := json.Marshal(e2)
			if !bytes.Equal(a, b) {
				t.Fatalf("round trip changed %s into %s", a, b)
			}
		})
	})
}

// FuzzScanManifest: whatever a crash or an editor left in a manifest, the
// scan reports instead of failing, and a torn line is only ever the last.
func FuzzScanManifest(f *testing.F) {
	sha := strings.Repeat("0f", 32)
	good := `{"url":"http://x/","outcome":"new","sha256":"` + sha + `"}` + "\n"
	f.Add([]byte(good + good[:20]))
	f.Add([]byte(good + "garbage\n" + good))
	f.Add([]byte("\n\n" + good))
	f.Fuzz(func(t *testing.T, data []byte) {
		limitInput(t, func() {
			n := 0
			good, torn, _, err := scanManifest(bytes.NewReader(data), func(Entry) error { n++; return nil })
			if err != nil {
				t.Fatal(err)
			}
			if good > int64(len(data)) || torn >= 0 && (torn != good || bytes.IndexByte(data[torn:], '\n') >= 0) {
				t.Fatalf("good %d torn %d of %d bytes", good, torn, len(data))
			}
			if n > bytes.Count(data, []byte("\n")) {
				t.Fatalf("%d records from %d lines", n, bytes.Count(data, []byte("\n")))
			}
		})
	})
}

func FuzzFrontierLine(f *testing.F) {
	f.Add([]byte(`{"crawl":"20250102T030405Z","started":"2025-01-02T03:04:05Z"}`))
	f.Add([]byte(`{"q":"http://x/a","d":2,"doc":true}`))
	f.Add([]byte(`{"done":"http://x/a"}`))
	f.Add([]byte(`{"q":"http://x/a","d":-1}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		limitInput(t, func() {
			l, err := parseFrontierLine(line)
			if err == nil && l.D < 0 {
				t.Fatalf("negative depth accepted")
			}
			crawl, queued, _, good, _, err := readFrontier(bytes.NewReader(append(line, '\n')))
			if err == nil && (good != int64(len(line)+1) || len(queued) > 1) {
				t.Fatalf("read %q: crawl %q, %d queued, good %d", line, crawl, len(queued), good)
			}
		})
	})
}
