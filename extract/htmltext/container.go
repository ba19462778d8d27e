package htmltext

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// landmarks are the elements a page marks as its main content, most explicit
// first.
var landmarks = []string{"main", "[role=main]", "article", "[itemprop=articleBody]"}

// cmsContent are the content containers of common CMSs (WordPress, Drupal,
// Joomla, SPIP, Typo3, Jahia, Kentika…) and of hand-made templates.
var cmsContent = []string{
	".entry-content", ".post-content", ".article-content", ".article-body", ".article__body", ".article__content",
	".field--name-body", ".field-name-body", ".node__content", ".node-content", ".item-page", ".com-content-article__body",
	".texte", ".text-content", ".page-content", ".main-content", ".content-main", ".contenu", ".contenu-principal",
	".rich-text", ".richtext", ".wysiwyg", ".cms-content", ".ce-bodytext", ".region-content",
	"#content", "#contenu", "#main-content", "#main", ".content", ".site-content",
}

// minContentText is how much text a landmark must hold to be trusted: an
// empty <main> wrapping only a slider is not the content.
const minContentText = 200

// mainContainer picks the element holding the page's content. A landmark
// wins when it holds enough text; inside it (or in the body when there is
// none) a CMS content class narrows the choice when it keeps most of the
// text; else the element that holds the most paragraph text is taken, which
// is how readers of web pages have found articles since Readability.
func mainContainer(body *goquery.Selection) *goquery.Selection {
	best := body
	for _, sel := range landmarks {
		var pick *goquery.Selection
		body.Find(sel).Each(func(_ int, s *goquery.Selection) {
			if textLength(s) >= minContentText && (pick == nil || textLength(s) > textLength(pick)) {
				pick = s
			}
		})
		if pick != nil {
			best = pick
			break
		}
	}
	all := textLength(best)
	for _, sel := range cmsContent {
		var pick *goquery.Selection
		best.Find(sel).Each(func(_ int, s *goquery.Selection) {
			if n := textLength(s); n*10 >= all*6 && n >= minContentText && (pick == nil || n > textLength(pick)) {
				pick = s
			}
		})
		if pick != nil {
			return pick
		}
	}
	if best != body {
		return best
	}
	if dense := densest(body); dense != nil {
		return dense
	}
	return body
}

// densest scores every paragraph-like element's text (minus link text, which
// is navigation) onto its parent, half onto its grandparent, and returns the
// highest-scoring element; ties go to the first in document order.
func densest(body *goquery.Selection) *goquery.Selection {
	scores := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, v float64) {
		if _, seen := scores[n]; !seen {
			order = append(order, n)
		}
		scores[n] += v
	}
	body.Find("p, li, td, pre, blockquote, h2, h3, h4").Each(func(_ int, s *goquery.Selection) {
		n := float64(len(strings.TrimSpace(s.Text())) - len(strings.TrimSpace(s.Find("a").Text())))
		if n < 25 {
			return
		}
		if p := container(s.Get(0).Parent); p != nil {
			add(p, n)
			if g := container(p.Parent); g != nil {
				add(g, n/2)
			}
		}
	})
	var best *html.Node
	for _, n := range order {
		if best == nil || scores[n] > scores[best] {
			best = n
		}
	}
	if best == nil {
		return nil
	}
	return goquery.NewDocumentFromNode(best).Selection
}

// container climbs from a table's or a list's inner elements to the element
// that holds the table or list: a row is not a page's content.
func container(n *html.Node) *html.Node {
	for n != nil && n.Type == html.ElementNode {
		switch n.Data {
		case "tr", "tbody", "thead", "tfoot", "table", "td", "th", "ul", "ol", "li", "dl", "dd", "dt":
			n = n.Parent
			continue
		}
		return n
	}
	return n
}
