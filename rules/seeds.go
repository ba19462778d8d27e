package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"strings"
)

// crawlSeedsFile is the bundled seed list of `clsx crawl`. It lives with the
// rule files so that it is data, embedded like them, but it is not a rule
// file: Load does not read it, and FileNames (what `clsx rules export` writes
// and `clsx rules check` knows) does not list it.
const crawlSeedsFile = "crawl-seeds.txt"

// Seed is a URL to start a crawl from.
type Seed struct {
	URL  string
	Name string // the line's comment: who publishes the page
	File string
	Line int
}

// CrawlSeeds returns the bundled seeds: the regional health agencies'
// "contrats locaux de santé" pages.
func CrawlSeeds() ([]Seed, error) {
	data, err := bundled.ReadFile("data/" + crawlSeedsFile)
	if err != nil {
		return nil, err
	}
	return ParseSeeds("rules/data/"+crawlSeedsFile, data)
}

// ParseSeeds reads a seed list: one absolute http(s) URL a line, "#" to the
// end of the line a comment (on a URL's line, it names the URL's publisher),
// blank lines skipped. A line that is not a URL, or a URL given twice, is
// reported as FILE:LINE.
func ParseSeeds(file string, data []byte) ([]Seed, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var out []Seed
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line, comment, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("%s:%d: one URL a line, found %q", file, n, line)
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%s:%d: %q is not an http(s) URL", file, n, line)
		}
		if prev, dup := seen[line]; dup {
			return nil, fmt.Errorf("%s:%d: %s already given on line %d", file, n, line, prev)
		}
		seen[line] = n
		out = append(out, Seed{URL: line, Name: strings.TrimSpace(comment), File: file, Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", file, n+1, err)
	}
	return out, nil
}
