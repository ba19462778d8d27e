package htmltext

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/clsx/clsx/extract/textdoc"
)

// ErrNoContent is returned for a page with no text in its content.
var ErrNoContent = errors.New("no text in the page's content")

// Read reads a web page. contentType is the HTTP Content-Type header where
// known (it may carry the charset), pageURL the page's address where known
// (links are resolved against it). A panic in the HTML parser is returned as
// an error: one page never stops a batch.
func Read(data []byte, contentType, pageURL string) (d *textdoc.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("internal error while reading HTML: %v", p)
		}
	}()
	text, cs, warnings, err := decode(data, contentType)
	if err != nil {
		return nil, err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		var warning string
		if doc, warning, err = parseDeep(text, err); err != nil {
			return nil, err
		}
		warnings = append(warnings, warning)
	}
	d = &textdoc.Document{Charset: cs, Warnings: warnings}
	d.Links = documentLinks(doc, baseURL(doc, pageURL))
	pageTitle := clean(doc.Find("head title").First().Text())

	removeNeverContent(doc)
	body := doc.Find("body")
	if body.Length() == 0 {
		body = doc.Selection
	}
	removeChrome(body)
	content := mainContainer(body)

	w := &walker{}
	if content.Find("h1").Length() == 0 {
		// The title often sits in a page header above the content container;
		// it is the page's first statement ("Signature du CLS de …").
		if h1 := body.Find("h1").First(); h1.Length() > 0 && precedes(h1, content) {
			w.walk(h1.Get(0))
		}
	}
	for _, n := range content.Nodes {
		w.walk(n)
	}
	w.flush()
	d.Blocks = w.blocks
	d.Title = title(pageTitle, d.Blocks)
	if len(d.Blocks) == 0 {
		return d, ErrNoContent
	}
	return d, nil
}

// precedes tells whether a comes before b in the document and is not inside it.
func precedes(a, b *goquery.Selection) bool {
	if b.Find("*").IndexOfSelection(a) >= 0 || a.IsSelection(b) {
		return false
	}
	all := a.Closest("html").Find("*")
	return all.IndexOfSelection(a) < all.IndexOfSelection(b)
}

// siteSuffix is the " | Site name" or " - Site name" part of a <title>.
var siteSuffix = regexp.MustCompile(`\s+[|–—-]\s+[^|–—-]+$`)

// title is the page's first h1, else its <title> without the site's name.
func title(pageTitle string, blocks []textdoc.Block) string {
	for _, b := range blocks {
		if b.Kind == textdoc.Heading && b.Level == 1 {
			return b.Text
		}
	}
	return strings.TrimSpace(siteSuffix.ReplaceAllString(pageTitle, ""))
}
