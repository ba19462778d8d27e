package corpus

import (
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
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

// parsePage reads an HTML page: its links resolved against base (or the
// page's <base href>), each with its anchor text and the heading above it,
// and whether the page is about a CLS. The bytes are decoded with the charset
// of contentType, else of the page's <meta>, else sniffed; they are never
// changed, only read.
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

func parsePage(base *url.URL, body io.Reader, contentType string) *page {
	r, err := charset.NewReader(body, contentType)
	if err != nil {
		r = body // unknown charset: bytes as they are still show the links
	}
	z := html.NewTokenizer(r)
	z.SetMaxBuf(4 << 20) // a token (an attribute, a text run) of more is dropped
	p := &page{}
	var (
		text     strings.Builder // folded text of the page, bounded
		textLen  int
		skip     int // inside <script>/<style>/<noscript>: not text
		inTitle  bool
		title    strings.Builder
		heading  strings.Builder // current heading being read
		inHead   int             // depth of <hN> being read
		lastHead string          // the nearest heading read
		saved    []string        // lastHead outside the nav/header/footer/aside being read
		anchor   *link           // the <a> being read
		anchorB  strings.Builder
		seen     = map[string]bool{}
	)
	addText := func(s string) {
		if textLen < maxTextRunes {
			text.WriteString(s)
			text.WriteByte(' ')
			textLen += utf8.RuneCountInString(s) + 1
		}
	}
	resolve := func(raw string) *url.URL {
		raw = strings.TrimSpace(raw)
		if raw == "" || strings.HasPrefix(raw, "#") {
			return nil
		}
		u, err := base.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil
		}
		u.Fragment, u.RawFragment = "", ""
		return u
	}
	add := func(l *link) {
		if l == nil || l.URL == nil {
			return
		}
		if len(p.Links) >= maxLinksPerPage {
			p.PastCap++ // counted, not remembered: a hostile page may hold millions
			return
		}
		key := l.URL.String() + "\x00" + l.Text
		if seen[key] {
			return
		}
		seen[key] = true
		p.Links = append(p.Links, *l)
	}
	finishAnchor := func() {
		if anchor != nil {
			anchor.Text = collapse(anchorB.String())
			add(anchor)
			anchor = nil
			anchorB.Reset()
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			finishAnchor()
			p.Title = collapse(title.String())
			t := fold(text.String() + " " + p.Title)
			p.AboutCLS = clsPhrase.MatchString(t) || clsWord.MatchString(fold(p.Title))
			return p
		case html.TextToken:
			if skip > 0 {
				continue
			}
			s := string(z.Text())
			if inTitle {
				title.WriteString(s)
				continue
			}
			addText(s)
			if inHead > 0 {
				heading.WriteString(s)
			}
			if anchor != nil && utf8.RuneCountInString(anchorB.String()) < maxAnchorRunes {
				anchorB.WriteString(s)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			var attrs map[string]string
			switch tag {
			case "a", "area", "base", "img", "iframe", "embed", "frame", "object", "link":
				attrs = map[string]string{}
			default:
				hasAttr = false // attributes of other tags are not needed
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if _, dup := attrs[string(k)]; !dup {
					attrs[string(k)] = string(v)
				}
			}
			if tt == html.EndTagToken {
				switch tag {
				case "script", "style", "noscript", "template":
					if skip > 0 {
						skip--
					}
				case "title":
					inTitle = false
				case "h1", "h2", "h3", "h4", "h5", "h6":
					if inHead > 0 {
						inHead--
						if inHead == 0 {
							if h := collapse(heading.String()); h != "" {
								lastHead = h
								// A page titled by its headings is about a CLS too.
								if clsWord.MatchString(fold(h)) {
									addText("contrat local de sante")
								}
							}
							heading.Reset()
						}
					}
				case "a":
					finishAnchor()
				case "nav", "header", "footer", "aside":
					// Back in the content: its heading applies again.
					if n := len(saved); n > 0 {
						lastHead, saved = saved[n-1], saved[:n-1]
					}
				}
				continue
			}
			switch tag {
			case "script", "style", "noscript", "template":
				if tt == html.StartTagToken {
					skip++
				}
			case "title":
				inTitle = tt == html.StartTagToken
			case "nav", "header", "footer", "aside":
				// Menus and footers are not under the content's headings: a
				// "Mentions légales" link after a "Contrat local de santé"
				// heading does not lead towards it.
				if tt == html.StartTagToken && len(saved) < 100 {
					saved = append(saved, lastHead)
					lastHead = ""
				}
			case "base":
				if u := resolve(attrs["href"]); u != nil && len(p.Links) == 0 {
					base = u
				}
			case "h1", "h2", "h3", "h4", "h5", "h6":
				if tt == html.StartTagToken {
					if inHead == 0 {
						heading.Reset()
					}
					inHead++
				}
			case "a", "area":
				if tag == "a" {
					finishAnchor()
				}
				u := resolve(attrs["href"])
				if u == nil {
					continue
				}
				l := &link{URL: u, Heading: lastHead, Rel: strings.ToLower(attrs["rel"])}
				extra := strings.TrimSpace(attrs["title"] + " " + attrs["aria-label"])
				if tag == "area" || tt == html.SelfClosingTagToken {
					l.Text = collapse(attrs["alt"] + " " + extra)
					add(l)
					continue
				}
				anchor = l
				anchorB.WriteString(extra)
				anchorB.WriteByte(' ')
			case "img":
				if anchor != nil {
					anchorB.WriteString(attrs["alt"])
					anchorB.WriteByte(' ')
				}
			case "iframe", "embed", "frame":
				if u := resolve(attrs["src"]); u != nil {
					add(&link{URL: u, Text: attrs["title"], Heading: lastHead})
				}
			case "link":
				// <link rel="next">: a listing's next page, said in its head.
				if u := resolve(attrs["href"]); u != nil && relNext(attrs["rel"]) {
					add(&link{URL: u, Rel: "next"})
				}
			case "object":
				if u := resolve(attrs["data"]); u != nil {
					add(&link{URL: u, Text: attrs["title"], Heading: lastHead})
				}
			}
		}
	}
}

// collapse trims s and turns its runs of white space into single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// fold lowers s, strips its accents and turns anything that is not a letter
// or a digit into a space, so "Contrat Local de Santé", "contrat-local-de-sante"
// and "CONTRAT_LOCAL_DE_SANTE" all read "contrat local de sante". ASCII, most
// of any French page, takes a fast path; other runes are decomposed one by one.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	emit := func(r rune) {
		switch {
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
			space = false
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case unicode.Is(unicode.Mn, r):
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
			space = false
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
			space = false
		case r < utf8.RuneSelf:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case r < rune(len(latinFold)):
			if f := latinFold[r]; f != "" {
				b.WriteString(f)
				space = false
			} else if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			for _, d := range norm.NFD.String(string(r)) {
				emit(d)
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// latinFold is fold's answer for the Latin-1 and Latin Extended runes, worked
// out once: "" for those that are not letters or digits.
var latinFold = func() (t [0x250]string) {
	for r := rune(0x80); r < 0x250; r++ {
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			switch {
			case d == 'œ' || d == 'Œ':
				b.WriteString("oe")
			case d == 'æ' || d == 'Æ':
				b.WriteString("ae")
			case unicode.IsLetter(d) || unicode.IsDigit(d):
				b.WriteRune(unicode.ToLower(d))
			}
		}
		t[r] = b.String()
	}
	return t
}()

// What makes a page about a CLS, and a link lead towards one, in folded text.
var (
	clsPhrase = regexp.MustCompile(`\bcontrats? loca(l|ux) de (la )?sante\b`)
	clsWord   = regexp.MustCompile(`\b(contrats? loca(l|ux) de (la )?sante|cls)\b`)
	healthCue = regexp.MustCompile(`\b(contrats? loca(l|ux) de (la )?sante|cls|sante)\b`)
)

// towardsCLS reports whether a link leads towards CLS content: its anchor
// text, its path and query, or the heading above it mention a contrat local
// de santé, a CLS or santé. The host is not read: every URL of
// www.xxx.ars.sante.fr would match.
func towardsCLS(l link) bool {
	if healthCue.MatchString(fold(l.Text)) || healthCue.MatchString(fold(l.Heading)) {
		return true
	}
	return healthCue.MatchString(fold(readablePathQuery(l.URL)))
}

// readablePathQuery is a URL's path and query, unescaped where they can be,
// as one text for the cue patterns to read.
func readablePathQuery(u *url.URL) string {
	p := u.EscapedPath()
	if dp, err := url.PathUnescape(p); err == nil {
		p = dp
	}
	q := u.RawQuery
	if dq, err := url.QueryUnescape(q); err == nil {
		q = dq
	}
	return p + " " + q
}
