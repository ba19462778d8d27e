package corpus

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Bounds on what is read of one page: its links are what matters, and a
// hostile page must not make the crawler hold gigabytes of text.
const (
	maxLinksPerPage = 5000
	maxTextRunes    = 200_000 // of the page's text searched for "contrat local de santé"
	maxAnchorRunes  = 500
)

// link is a link found on a page, with what says where it leads.
type link struct {
	URL     *url.URL
	Text    string // anchor text (and alt/title/aria-label)
	Heading string // the nearest heading before the link
	Rel     string // its rel attribute ("next" marks a listing's next page)
}

// page is what the crawler reads of an HTML page.
type page struct {
	Title    string
	AboutCLS bool // title, a heading or the text mentions a contrat local de santé
	Links    []link
	PastCap  int // links past maxLinksPerPage, not read (counted with their repeats)
}

// parsePageRecovered is parsePage with a panic of the HTML or charset
// packages turned into an error: the page is kept, its links are not read.
func parsePageRecovered(base *url.URL, body io.Reader, contentType string) (p *page, err error) {
	defer func() {
		if x := recover(); x != nil {
			p, err = nil, fmt.Errorf("internal error while reading the page: %v", x)
		}
	}()
	return parsePage(base, body, contentType), nil
}

// parsePage reads an HTML page: its links resolved against base (or the
// page's <base href>), each with its anchor text and the heading above it,
// and whether the page is about a CLS. The bytes are decoded with the charset
// of contentType, else of the page's <meta>, else sniffed; they are never
// changed, only read.
//
// It walks the page's tokens once, handing each to a pageReader: a tokenizer
// rather than a parsed tree, so that a page of any size is read in bounded
// memory.
func parsePage(base *url.URL, body io.Reader, contentType string) *page {
	r, err := charset.NewReader(body, contentType)
	if err != nil {
		r = body // unknown charset: bytes as they are still show the links
	}
	z := html.NewTokenizer(r)
	z.SetMaxBuf(4 << 20) // a token (an attribute, a text run) of more is dropped
	pr := &pageReader{base: base, p: &page{}, seen: map[string]bool{}}
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken: // the end of the page, or a read error: what was read is the page
			return pr.finish()
		case html.TextToken:
			if pr.skip == 0 { // script and style text is not unescaped, only skipped
				pr.readText(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tag := string(pr.readTag(z)) // converted here, where it need not outlive the token
			if tt == html.EndTagToken {
				pr.endTag(tag)
			} else {
				pr.startTag(tag, pr.attrs, tt == html.SelfClosingTagToken)
			}
		}
	}
}

// readTag is the name of the tag z is on (valid until the next token). For the tags that can carry a
// link it reads their attributes into r.attrs (the first of a repeated one
// wins, as in a browser). Other tags' attributes are not copied: most tags
// of a page have some, and none of them matter here. The one map is reused
// from tag to tag: nothing keeps it past its tag, and a page holds
// thousands of tags.
func (r *pageReader) readTag(z *html.Tokenizer) []byte {
	name, hasAttr := z.TagName()
	switch string(name) {
	case "a", "area", "base", "img", "iframe", "embed", "frame", "object", "link":
		if r.attrs == nil {
			r.attrs = map[string]string{}
		}
		clear(r.attrs)
	default:
		return name
	}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		if _, dup := r.attrs[string(k)]; !dup {
			r.attrs[string(k)] = string(v)
		}
	}
	return name
}

// pageReader is what parsePage keeps while it walks a page's tokens: the
// page read so far and where in the page the walk is (inside a title, a
// heading, a link, a menu, a script).
type pageReader struct {
	base *url.URL // what links resolve against; a <base href> replaces it
	p    *page
	seen map[string]bool // links already in p.Links, by URL and anchor text

	text    strings.Builder // folded text of the page, bounded
	textLen int
	skip    int // inside <script>/<style>/<noscript>/<template>: not text
	inTitle bool
	title   strings.Builder

	heading  strings.Builder // current heading being read
	inHead   int             // depth of <hN> being read
	lastHead string          // the nearest heading read
	saved    []string        // lastHead outside the nav/header/footer/aside being read

	anchor  *link // the <a> being read
	anchorB strings.Builder

	attrs map[string]string // the attributes of the tag being read (readTag)
}

// finish ends the walk: the link still open is kept, and the title and
// text read say whether the page is about a CLS.
func (r *pageReader) finish() *page {
	r.finishAnchor()
	r.p.Title = collapse(r.title.String())
	t := fold(r.text.String() + " " + r.p.Title)
	r.p.AboutCLS = clsPhrase.MatchString(t) || clsWord.MatchString(fold(r.p.Title))
	return r.p
}

// readText takes a run of text: the title's, or the page's (bounded), and
// also the heading's or the anchor's being read.
func (r *pageReader) readText(s string) {
	if r.inTitle {
		r.title.WriteString(s)
		return
	}
	r.addText(s)
	if r.inHead > 0 {
		r.heading.WriteString(s)
	}
	if r.anchor != nil && utf8.RuneCountInString(r.anchorB.String()) < maxAnchorRunes {
		r.anchorB.WriteString(s)
	}
}

// addText adds s to the text searched for "contrat local de santé", up to
// maxTextRunes.
func (r *pageReader) addText(s string) {
	if r.textLen < maxTextRunes {
		r.text.WriteString(s)
		r.text.WriteByte(' ')
		r.textLen += utf8.RuneCountInString(s) + 1
	}
}

// startTag takes an opening (or self-closing) tag: those that change where
// the walk is are handled here, those that carry a link by linkTag.
func (r *pageReader) startTag(tag string, attrs map[string]string, selfClosing bool) {
	switch tag {
	case "script", "style", "noscript", "template":
		if !selfClosing {
			r.skip++
		}
	case "title":
		r.inTitle = !selfClosing
	case "nav", "header", "footer", "aside":
		// Menus and footers are not under the content's headings: a
		// "Mentions légales" link after a "Contrat local de santé"
		// heading does not lead towards it.
		if !selfClosing && len(r.saved) < 100 {
			r.saved = append(r.saved, r.lastHead)
			r.lastHead = ""
		}
	case "h1", "h2", "h3", "h4", "h5", "h6":
		if !selfClosing {
			if r.inHead == 0 {
				r.heading.Reset()
			}
			r.inHead++
		}
	default:
		r.linkTag(tag, attrs, selfClosing)
	}
}

// linkTag takes an opening tag that may carry a link: <a> and <area>, the
// sources of embedded frames and objects, <link rel="next">, and <base>,
// which changes what the links after it resolve against. An <img> inside an
// <a> lends its alt text to the link.
func (r *pageReader) linkTag(tag string, attrs map[string]string, selfClosing bool) {
	switch tag {
	case "base":
		if u := r.resolve(attrs["href"]); u != nil && len(r.p.Links) == 0 {
			r.base = u
		}
	case "a", "area":
		r.startAnchor(tag, attrs, selfClosing)
	case "img":
		if r.anchor != nil {
			r.anchorB.WriteString(attrs["alt"])
			r.anchorB.WriteByte(' ')
		}
	case "iframe", "embed", "frame":
		if u := r.resolve(attrs["src"]); u != nil {
			r.add(&link{URL: u, Text: attrs["title"], Heading: r.lastHead})
		}
	case "link":
		// <link rel="next">: a listing's next page, said in its head.
		if u := r.resolve(attrs["href"]); u != nil && relNext(attrs["rel"]) {
			r.add(&link{URL: u, Rel: "next"})
		}
	case "object":
		if u := r.resolve(attrs["data"]); u != nil {
			r.add(&link{URL: u, Text: attrs["title"], Heading: r.lastHead})
		}
	}
}

// startAnchor takes an <a> or an <area>. An <area>, or an <a/> that closes
// itself, has no text inside: its link is kept at once, named by its
// attributes. An <a> is kept when it closes, with the text read inside it.
// An <a> opening inside another closes the first, as in a browser.
func (r *pageReader) startAnchor(tag string, attrs map[string]string, selfClosing bool) {
	if tag == "a" {
		r.finishAnchor()
	}
	u := r.resolve(attrs["href"])
	if u == nil {
		return
	}
	l := &link{URL: u, Heading: r.lastHead, Rel: strings.ToLower(attrs["rel"])}
	extra := strings.TrimSpace(attrs["title"] + " " + attrs["aria-label"])
	if tag == "area" || selfClosing {
		l.Text = collapse(attrs["alt"] + " " + extra)
		r.add(l)
		return
	}
	r.anchor = l
	r.anchorB.WriteString(extra)
	r.anchorB.WriteByte(' ')
}

// endTag takes a closing tag: it ends a script, the title, a heading (which
// becomes the one the next links are under), a link, or a menu (after
// which the content's heading applies again).
func (r *pageReader) endTag(tag string) {
	switch tag {
	case "script", "style", "noscript", "template":
		if r.skip > 0 {
			r.skip--
		}
	case "title":
		r.inTitle = false
	case "h1", "h2", "h3", "h4", "h5", "h6":
		r.endHeading()
	case "a":
		r.finishAnchor()
	case "nav", "header", "footer", "aside":
		if n := len(r.saved); n > 0 {
			r.lastHead, r.saved = r.saved[n-1], r.saved[:n-1]
		}
	}
}

// endHeading closes a heading; the outermost one closing becomes the
// heading of the links after it.
func (r *pageReader) endHeading() {
	if r.inHead == 0 {
		return
	}
	r.inHead--
	if r.inHead > 0 {
		return
	}
	if h := collapse(r.heading.String()); h != "" {
		r.lastHead = h
		// A page titled by its headings is about a CLS too.
		if clsWord.MatchString(fold(h)) {
			r.addText("contrat local de sante")
		}
	}
	r.heading.Reset()
}

// resolve is the absolute http(s) URL an attribute points to, without its
// fragment; nil for an empty value, a link within the page, another scheme
// (mailto:, javascript:) or what does not parse.
func (r *pageReader) resolve(raw string) *url.URL {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.HasPrefix(raw, "#") {
		return nil
	}
	u, err := r.base.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	u.Fragment, u.RawFragment = "", ""
	return u
}

// add keeps a link, once per URL and anchor text, up to maxLinksPerPage.
func (r *pageReader) add(l *link) {
	if l == nil || l.URL == nil {
		return
	}
	if len(r.p.Links) >= maxLinksPerPage {
		r.p.PastCap++ // counted, not remembered: a hostile page may hold millions
		return
	}
	key := l.URL.String() + "\x00" + l.Text
	if r.seen[key] {
		return
	}
	r.seen[key] = true
	r.p.Links = append(r.p.Links, *l)
}

// finishAnchor keeps the <a> being read, named by the text read inside it.
func (r *pageReader) finishAnchor() {
	if r.anchor != nil {
		r.anchor.Text = collapse(r.anchorB.String())
		r.add(r.anchor)
		r.anchor = nil
		r.anchorB.Reset()
	}
}
