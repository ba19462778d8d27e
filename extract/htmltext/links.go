package htmltext

import (
	"net/url"
	"path"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/clsx/clsx/extract/textdoc"
)

// documentExtensions are the file types a CLS is published in besides pages.
var documentExtensions = map[string]bool{".pdf": true, ".doc": true, ".docx": true, ".odt": true, ".rtf": true}

// documentLinks lists the page's links to documents, resolved against base,
// once each, with their anchor text. They are read from the whole page: a
// CMS often puts "Documents à télécharger" in a side block that is not the
// article's text but is the article's attachment.
func documentLinks(doc *goquery.Document, base *url.URL) []textdoc.Link {
	var links []textdoc.Link
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href := strings.TrimSpace(a.AttrOr("href", ""))
		u, err := url.Parse(href)
		if err != nil || href == "" || strings.HasPrefix(href, "#") {
			return
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
			return
		}
		typ := strings.ToLower(a.AttrOr("type", ""))
		ext := strings.ToLower(path.Ext(u.Path))
		if !documentExtensions[ext] && !strings.Contains(typ, "pdf") && !strings.Contains(typ, "opendocument") && !strings.Contains(typ, "msword") {
			return
		}
		u.Fragment = ""
		key := u.String()
		if seen[key] {
			return
		}
		seen[key] = true
		links = append(links, textdoc.Link{URL: key, Text: clean(a.Text())})
	})
	return links
}

// baseURL is the page's <base href> resolved against its address.
func baseURL(doc *goquery.Document, pageURL string) *url.URL {
	page, _ := url.Parse(pageURL)
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := url.Parse(strings.TrimSpace(href)); err == nil {
			if page != nil {
				return page.ResolveReference(b)
			}
			return b
		}
	}
	return page
}
