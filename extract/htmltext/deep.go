package htmltext

import (
	"fmt"
	"html"
	"strings"

	"github.com/PuerkitoBio/goquery"
	nethtml "golang.org/x/net/html"
)

// The HTML parser refuses a page whose elements nest deeper than 512 (600
// unclosed <font> tags are enough), and such a page would give nothing. It
// is read in part instead: the tags past a depth are dropped, their text
// kept; failing that, the page's text alone is read, one paragraph per
// block of text.

// flatDepths are the depths tried in turn. The parser's stack can hold up to
// twice the start tags counted here (it reopens formatting elements such as
// <font> inside each block), so the first is under half of 512.
var flatDepths = []int{200, 40}

// parseDeep parses a page the parser refused (err): flattened, else as text
// alone. It returns the warning to give.
func parseDeep(text string, err error) (*goquery.Document, string, error) {
	for _, depth := range flatDepths {
		flat, dropped := flatten(text, depth)
		if doc, perr := goquery.NewDocumentFromReader(strings.NewReader(flat)); perr == nil {
			return doc, fmt.Sprintf("elements nested deeper than %d (%v): %d tags past that depth dropped, their text kept", depth, err, dropped), nil
		}
	}
	doc, perr := goquery.NewDocumentFromReader(strings.NewReader(textOnly(text)))
	if perr != nil {
		return nil, "", fmt.Errorf("cannot parse HTML: %v", err)
	}
	return doc, fmt.Sprintf("elements nested too deep (%v): read as text alone, without the page's structure", err), nil
}

// flatten drops the start tags that would open an element past depth, and
// the end tags that close them; everything else, text included, is kept as
// written. The depth counted is the tags' (not the parser's, which closes
// some implicitly): an approximation that errs towards flattening.
func flatten(text string, depth int) (string, int) {
	z := nethtml.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text))
	open, dropped := 0, 0
	droppedOpen := map[string]int{} // dropped start tags still to be closed, by name
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case nethtml.StartTagToken:
			name, _ := z.TagName()
			if voidElement[string(name)] {
				break
			}
			if open >= depth {
				droppedOpen[string(name)]++
				dropped++
				continue
			}
			open++
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			if droppedOpen[string(name)] > 0 {
				droppedOpen[string(name)]--
				continue
			}
			open = max(0, open-1)
		}
		b.Write(raw)
	}
	return b.String(), dropped
}

// textOnly is a page's text without its markup (scripts and styles left
// out), a paragraph per run of text.
func textOnly(text string) string {
	z := nethtml.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.WriteString("<html><body>")
	skip := ""
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		switch tt {
		case nethtml.StartTagToken:
			if name, _ := z.TagName(); string(name) == "script" || string(name) == "style" {
				skip = string(name)
			}
		case nethtml.EndTagToken:
			if name, _ := z.TagName(); string(name) == skip {
				skip = ""
			}
		case nethtml.TextToken:
			if t := strings.TrimSpace(string(z.Text())); t != "" && skip == "" {
				b.WriteString("<p>" + html.EscapeString(t) + "</p>\n")
			}
		}
	}
	b.WriteString("</body></html>")
	return b.String()
}

// voidElement are the elements that have no end tag and hold nothing.
var voidElement = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}
