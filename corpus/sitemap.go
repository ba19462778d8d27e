package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// The sitemap protocol's limits (sitemaps.org): a sitemap lists at most
// 50,000 URLs and is at most 50 MB uncompressed. A sitemap over them is read
// up to them and the rest dropped, with a warning: a hostile or broken one
// (endless, a gzip bomb) costs that much and no more.
const (
	sitemapMaxURLs  = 50_000
	sitemapMaxBytes = 50 << 20
	maxLocBytes     = 4096 // a <loc> longer than this is not a URL worth asking
)

// sitemapEntry is one <url> of a sitemap, or one <sitemap> of an index.
type sitemapEntry struct {
	Loc     string
	Lastmod string // as written (W3C datetime); "" when absent
	Title   string // <news:title>, <image:title>, <video:title>: what a news sitemap says of the page
}

// sitemapDoc is what a sitemap file lists.
type sitemapDoc struct {
	Index   bool // a sitemap index: Entries are sitemaps, not pages
	Entries []sitemapEntry
	Cut     string // why the list stops short of the file, "" when read whole
}

// errSitemapTooBig stops the reading of a sitemap past its byte limit.
var errSitemapTooBig = errors.New("sitemap over the size limit")

// capReader returns errSitemapTooBig once more than n bytes were read: unlike
// io.LimitReader, the reader can tell a cut from an end.
type capReader struct {
	r io.Reader
	n int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		return 0, errSitemapTooBig
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= int64(n)
	return n, err
}

// parseSitemap reads a sitemap or sitemap index, XML or plain text, gzipped
// or not (the bytes say which, whatever the name or the Content-Type), with
// at most maxURLs entries and maxBytes bytes decompressed. What a damaged
// file holds before the damage is kept; err is for a file with nothing.
func parseSitemap(r io.Reader, maxURLs int, maxBytes int64) (*sitemapDoc, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
		br = bufio.NewReader(zr)
	}
	in := &capReader{r: br, n: maxBytes}
	body := bufio.NewReader(in)
	doc := &sitemapDoc{}
	var err error
	if first, _ := firstByte(body); first == '<' {
		err = readXMLSitemap(body, doc, maxURLs)
	} else {
		err = readTextSitemap(body, doc, maxURLs)
	}
	switch {
	case errors.Is(err, errSitemapTooBig):
		doc.Cut = fmt.Sprintf("over the protocol's %d MB: the rest is not read", maxBytes>>20)
	case doc.Cut == "" && err != nil && len(doc.Entries) > 0:
		doc.Cut = "damaged after entry " + fmt.Sprint(len(doc.Entries)) + ": " + err.Error()
	case err != nil && len(doc.Entries) == 0:
		return nil, fmt.Errorf("sitemap: %w", err)
	}
	return doc, nil
}

// firstByte is the first byte that is not white space or a byte-order mark,
// left unread.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch b {
		case ' ', '\t', '\r', '\n', 0xef, 0xbb, 0xbf:
			continue
		}
		return b, br.UnreadByte()
	}
}

// add appends an entry unless the list is full, reporting false when full.
func (d *sitemapDoc) add(e sitemapEntry, maxURLs int) bool {
	if len(d.Entries) >= maxURLs {
		d.Cut = fmt.Sprintf("over the protocol's %d URLs: the rest is not read", maxURLs)
		return false
	}
	e.Loc = strings.TrimSpace(e.Loc)
	if e.Loc != "" {
		d.Entries = append(d.Entries, e)
	}
	return true
}

// readTextSitemap reads the protocol's plain text form: one URL a line.
func readTextSitemap(r io.Reader, doc *sitemapDoc, maxURLs int) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLocBytes)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			continue
		}
		if !doc.add(sitemapEntry{Loc: line}, maxURLs) {
			return nil
		}
	}
	return sc.Err()
}

// readXMLSitemap reads <urlset> and <sitemapindex> files token by token, so
// memory follows the entries kept, not the file.
func readXMLSitemap(r io.Reader, doc *sitemapDoc, maxURLs int) error {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	var (
		cur   *sitemapEntry
		field *string
		text  strings.Builder
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := strings.ToLower(t.Name.Local); {
			case name == "sitemapindex":
				doc.Index = true
			case name == "url" || name == "sitemap":
				cur = &sitemapEntry{}
			case cur != nil && name == "loc" && cur.Loc == "":
				field = &cur.Loc
			case cur != nil && name == "lastmod":
				field = &cur.Lastmod
			case cur != nil && name == "title" && cur.Title == "":
				field = &cur.Title
			default:
				continue
			}
			text.Reset()
		case xml.CharData:
			if field != nil && text.Len()+len(t) <= maxLocBytes {
				text.Write(t)
			}
		case xml.EndElement:
			switch name := strings.ToLower(t.Name.Local); {
			case name == "url" || name == "sitemap":
				if cur != nil && !doc.add(*cur, maxURLs) {
					return nil
				}
				cur, field = nil, nil
			case field != nil:
				*field = strings.TrimSpace(text.String())
				field = nil
			}
		}
	}
}

// parseLastmod reads a W3C datetime, in any of the precisions sitemaps use.
func parseLastmod(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
