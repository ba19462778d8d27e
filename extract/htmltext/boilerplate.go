package htmltext

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// neverContent are elements whose text is never the page's content.
const neverContent = "script, style, noscript, template, iframe, object, embed, svg, canvas, " +
	"form, button, select, textarea, input, label, dialog, " +
	"[hidden], [aria-hidden=true], [role=dialog], [role=alertdialog], [role=search], [role=tooltip]"

// siteChrome are the page's frame: navigation and sidebars. Headers and
// footers are chrome too, except a header inside the content (an article's
// own header holds its title).
const siteChrome = "nav, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]"

// boilerplateName matches class and id words of the blocks CMSs add around
// content: cookie banners (tarteaucitron, didomi, axeptio…), breadcrumbs,
// skip links, sharing, related content, widgets, pagination.
var boilerplateName = regexp.MustCompile(`(?i)(^|[\s_-])(` +
	`cookies?|consent|tarteaucitron\w*|didomi\w*|axeptio\w*|cookiebot|gdpr|rgpd|cnil|` +
	`breadcrumbs?|fil-?ariane|ariane|skip(-?link)?s?|sr-only|visually-hidden|screen-reader-text|visuallyhidden|element-invisible|` +
	`share|sharing|partage|social|sociaux|reseaux|print|imprimer|` +
	`related|similar|lire-aussi|voir-aussi|a-lire|see-also|read-more|more-news|` +
	`widgets?|widget-area|sidebar|side-bar|sidenav|newsletter|pagination|pager|tags|tag-list|comments?|` +
	`menu|menus|navbar|navigation|topbar|top-bar|toolbar|site-header|site-footer|page-header-tools|footer|header-nav|` +
	`modal|popup|alert-banner|toast` +
	`)($|[\s_-])`)

// relatedHeading matches the headings of "see also" and news blocks.
var relatedHeading = regexp.MustCompile(`(?i)^\s*(à|a) lire (aussi|également)|^\s*(voir|lire) aussi|^\s*sur le même (sujet|thème)|` +
	`^\s*dans la même rubrique|^\s*(articles?|contenus?|pages?) (liés?|similaires|associés?|en lien)|^\s*(dernières )?actualités\s*$|` +
	`^\s*(les )?dernières (actualités|nouvelles|infos)|^\s*partager( (cette|la) page)?\s*:?\s*$|^\s*(suivez|retrouvez)[- ]nous|` +
	`^\s*(pour|en) savoir plus\s*:?\s*$|^\s*agenda\s*$|^\s*à la une\s*$|^\s*aller plus loin\s*:?\s*$|` +
	`^\s*(documents?|fichiers?|pièces? jointes?|ressources?)( (à|a) télécharger| associés?| utiles)?\s*:?\s*$|^\s*téléchargements?\s*:?\s*$`)

// hiddenStyle matches inline styles that hide an element.
var hiddenStyle = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// removeNeverContent drops what no page shows as content.
func removeNeverContent(doc *goquery.Document) {
	doc.Find(neverContent).Remove()
	doc.Find("[style]").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return hiddenStyle.MatchString(s.AttrOr("style", ""))
	}).Remove()
	// Skip links: in-page anchors whose text says where they jump.
	doc.Find(`a[href^="#"]`).FilterFunction(func(_ int, s *goquery.Selection) bool {
		t := strings.ToLower(s.Text())
		return strings.Contains(t, "aller au") || strings.Contains(t, "passer au") ||
			strings.Contains(t, "skip to") || strings.Contains(t, "accéder au") || strings.Contains(t, "contenu principal")
	}).Remove()
}

// removeChrome drops the site's frame and the CMS's boilerplate blocks inside
// root (the chosen container, or the body when none was found).
func removeChrome(root *goquery.Selection) {
	frames := root.Find("header, footer").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return s.Is("footer") || !isPageHeader(s)
	})
	root.Find(siteChrome).Remove()
	frames.Remove()
	all := textLength(root)
	root.Find("[class], [id]").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return boilerplateName.MatchString(s.AttrOr("class", "")+" "+s.AttrOr("id", "")) && textLength(s)*2 <= all
	}).Remove()
	removeRelatedSections(root)
}

// isPageHeader tells an article's or a page's own header (its title, its
// date: content) from the site's header (logo, menus, search: chrome).
func isPageHeader(s *goquery.Selection) bool {
	if s.Closest("main, article, [role=main]").Length() > 0 {
		return true
	}
	if s.Is("[role=banner]") || s.Find("nav, ul, ol, form, [role=navigation], [role=search]").Length() > 0 {
		return false
	}
	return s.Find("h1").Length() > 0 && !boilerplateName.MatchString(s.AttrOr("class", "")+" "+s.AttrOr("id", ""))
}

// holdsMostOf keeps a "boilerplate" name from removing the content itself: a
// theme that wraps the whole article in <div class="main-menu-offset"> has
// matched a word, not found a menu.
func holdsMostOf(s, root *goquery.Selection) bool {
	all := textLength(root)
	return all > 0 && textLength(s)*2 > all
}

// removeRelatedSections removes "À lire aussi", "Actualités" and similar
// blocks: the heading's section when the heading opens one, else the heading
// and what follows it up to the next heading of the same or a higher level.
func removeRelatedSections(root *goquery.Selection) {
	root.Find("h1, h2, h3, h4, h5, h6, .title, strong, b").Each(func(_ int, h *goquery.Selection) {
		if textLength(h) > 60 || !relatedHeading.MatchString(h.Text()) {
			return
		}
		if parent := h.Parent(); parent.Length() > 0 && !parent.IsSelection(root) &&
			firstElementChild(parent) == h.Get(0) && !holdsMostOf(parent, root) && parent.Is("section, div, aside, ul") {
			parent.Remove()
			return
		}
		level := headingLevel(h.Get(0))
		if level == 0 {
			level = 7 // a strong or .title used as a heading: its section ends at any real heading
		}
		for next := h.Next(); next.Length() > 0; {
			if l := headingLevel(next.Get(0)); l > 0 && l <= level {
				break
			}
			after := next.Next()
			next.Remove()
			next = after
		}
		h.Remove()
	})
}

func firstElementChild(s *goquery.Selection) *html.Node {
	for c := s.Get(0).FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// headingLevel is 1–6 for h1–h6 and 0 for other elements.
func headingLevel(n *html.Node) int {
	if n == nil || n.Type != html.ElementNode {
		return 0
	}
	if len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6' {
		return int(n.Data[1] - '0')
	}
	return 0
}

// textLength is the number of non-space bytes of a selection's text: a
// measure of how much it says, cheaper than its rendered length.
func textLength(s *goquery.Selection) int {
	n := 0
	for _, node := range s.Nodes {
		n += nodeTextLength(node)
	}
	return n
}

func nodeTextLength(n *html.Node) int {
	if n.Type == html.TextNode {
		c := 0
		for i := 0; i < len(n.Data); i++ {
			if b := n.Data[i]; b != ' ' && b != '\n' && b != '\t' && b != '\r' {
				c++
			}
		}
		return c
	}
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += nodeTextLength(k)
	}
	return c
}
