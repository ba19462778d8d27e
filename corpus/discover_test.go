package corpus

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const (
	arsHost  = "www.grand-est.ars.sante.fr"
	villeURL = "http://www.ville-a.fr/sante/contrat-local-de-sante"
	arsSeed  = "http://" + arsHost + "/recherche?q=contrat+local+de+sante"
)

// discoverySite is an ARS site whose CLS news are reachable only through
// its sitemaps (robots.txt names a gzipped index of a gzipped news sitemap
// and of a sitemap over the protocol's 50,000 URLs) and through a 12-page
// search listing, one of whose news items links to a community's site
// holding the PDF. round says which crawl it serves (lastmod changes).
func discoverySite(t *testing.T, round *atomic.Int32) *testSite {
	s := newTestSite(t)
	ars := newMux(nil)
	ars.add("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "User-agent: *\nDisallow: /prive/\nCrawl-delay: 0.1\nSitemap: http://%s/sitemaps/index.xml.gz\n", arsHost)
	})
	ars.add("/sitemaps/index.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(gz(t, []byte(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>/sitemaps/news.xml.gz</loc></sitemap><sitemap><loc>http://`+arsHost+`/sitemaps/pages.xml</loc></sitemap></sitemapindex>`)))
	})
	ars.add("/sitemaps/news.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(gz(t, []byte(fmt.Sprintf(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://%[1]s/actualites/signature-du-contrat-local-de-sante-du-pays-a</loc><lastmod>2024-01-01</lastmod></url>
<url><loc>http://%[1]s/actualites/n/77</loc><lastmod>2024-02-0%[2]d</lastmod><news:news><news:title>Deuxième CLS pour la vallée</news:title></news:news></url>
<url><loc>http://%[1]s/actualites/campagne-vaccination-grippe</loc></url>
<url><loc>http://%[1]s/prive/cls-brouillon</loc></url>
</urlset>`, arsHost, round.Load()+1))))
	})
	ars.add("/sitemaps/pages.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, "<urlset>")
		for i := 0; i < sitemapMaxURLs+100; i++ {
			fmt.Fprintf(w, "<url><loc>http://%s/page-%d</loc></url>", arsHost, i)
		}
		fmt.Fprint(w, "</urlset>")
	})
	ars.add("/recherche", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("page"))
		var b strings.Builder
		fmt.Fprintf(&b, `<ul><li><a href="/actualites/cls-signe-%d">Signature du contrat local de santé n°%d</a></li>`, n, n)
		fmt.Fprintf(&b, `<li><a href="/actualites/fete-%d">Fête de la musique</a></li></ul>`, n)
		if n < 11 {
			fmt.Fprintf(&b, `<nav><a href="/recherche?q=contrat+local+de+sante&amp;page=%d">Page suivante</a></nav>`, n+1)
		}
		writeHTML(w, htmlPage("Résultats de recherche", b.String()))
	})
	news := func(w http.ResponseWriter, r *http.Request) {
		body := "<p>L'ARS et la commune ont signé leur contrat local de santé.</p>"
		if r.URL.Path == "/actualites/cls-signe-7" {
			body += `<a href="` + villeURL + `">Le contrat local de santé sur le site de la ville</a>
<a href="http://www.ville-a.fr/">Site de la ville</a><a href="http://www.hopital.fr/sante">L'hôpital</a>`
		}
		writeHTML(w, htmlPage("Actualité", body))
	}
	for i := 0; i < 12; i++ {
		ars.add(fmt.Sprintf("/actualites/cls-signe-%d", i), news)
	}
	ars.add("/actualites/signature-du-contrat-local-de-sante-du-pays-a", news)
	ars.add("/actualites/n/77", news)
	s.handle(arsHost, ars)

	ville := newMux(nil)
	ville.add("/sante/contrat-local-de-sante", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Le contrat local de santé", `<a href="/docs/cls-2024.pdf">Le CLS signé (PDF)</a><a href="/sante/agenda-cls">Agenda du CLS</a>`))
	})
	ville.add("/docs/cls-2024.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7 contrat local de santé de la ville A")
	})
	s.handle("www.ville-a.fr", ville)
	s.handle("www.hopital.fr", newMux(nil))
	return s
}

func TestDiscovery(t *testing.T) {
	if testing.Short() {
		t.Skip("crawl-delay paced: a few seconds")
	}
	var round atomic.Int32
	s := discoverySite(t, &round)
	dir := t.TempDir()
	cfg := s.config(dir, arsSeed)
	cfg.Sitemaps = true
	rep, err := Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	checkDiscovered(t, s, dir, rep)

	// Again: the unchanged lastmod is not asked; the changed one is.
	round.Store(1)
	if _, err := Crawl(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	ars := "http://" + arsHost
	if n := len(s.requests(arsHost, "/actualites/signature-du-contrat-local-de-sante-du-pays-a")); n != 1 {
		t.Errorf("unchanged lastmod: requested %d times, want once", n)
	}
	if n := len(s.requests(arsHost, "/actualites/n/77")); n != 2 {
		t.Errorf("changed lastmod: requested %d times, want twice", n)
	}
	es := byURL(t, dir)[ars+"/actualites/signature-du-contrat-local-de-sante-du-pays-a"]
	if len(es) != 2 || es[1].Outcome != Unchanged || es[1].Status != 0 || es[1].SHA256 != es[0].SHA256 || es[1].Lastmod != "2024-01-01" {
		t.Errorf("lastmod re-crawl records: %+v", es)
	}
}

// checkDiscovered checks the first crawl of discoverySite: everything
// found by its route, nothing else asked, robots.txt and Crawl-delay
// honoured, the oversized sitemap cut and said so.
func checkDiscovered(t *testing.T, s *testSite, dir string, rep *Report) {
	recs := byURL(t, dir)
	ars := "http://" + arsHost
	want := map[string]string{
		arsSeed:                        RouteSeed,
		ars + "/sitemap.xml":           RouteSitemap,
		ars + "/sitemaps/index.xml.gz": RouteSitemap,
		ars + "/sitemaps/news.xml.gz":  RouteSitemap,
		ars + "/sitemaps/pages.xml":    RouteSitemap,
		ars + "/actualites/signature-du-contrat-local-de-sante-du-pays-a": RouteSitemap,
		ars + "/actualites/n/77": RouteSitemap,
		villeURL:                 RouteOutward,
		"http://www.ville-a.fr/docs/cls-2024.pdf": RouteOutward,
	}
	for i := 0; i < 12; i++ {
		want[fmt.Sprintf("%s/actualites/cls-signe-%d", ars, i)] = RouteLink
		if i > 0 {
			want[fmt.Sprintf("%s/recherche?q=contrat+local+de+sante&page=%d", ars, i)] = RouteListing
		}
	}
	for u, route := range want {
		es := recs[u]
		if len(es) != 1 || es[0].Route != route {
			t.Errorf("%s: want one %s record, got %+v", u, route, es)
		}
	}
	for u, es := range recs {
		if _, ok := want[u]; !ok {
			t.Errorf("fetched outside the relevance rule: %s %+v", u, es[0])
		}
	}
	if e := recs["http://www.ville-a.fr/docs/cls-2024.pdf"]; len(e) == 1 && (e[0].Outcome != New || !e[0].AboutCLS) {
		t.Errorf("community PDF: %+v", e[0])
	}
	// Nothing asked of what the rules exclude (robots.txt, relevance, hops).
	for _, p := range []string{"/prive/cls-brouillon", "/actualites/campagne-vaccination-grippe", "/actualites/fete-3", "/page-1"} {
		if n := len(s.requests(arsHost, p)); n != 0 {
			t.Errorf("%s requested %d times", p, n)
		}
	}
	if n := len(s.requests("www.hopital.fr", "")) + len(s.requests("www.ville-a.fr", "/")) + len(s.requests("www.ville-a.fr", "/sante/agenda-cls")); n != 0 {
		t.Errorf("%d requests beyond one hop out", n)
	}
	// Crawl-delay 0.1 s between the ARS site's requests.
	log := s.requests(arsHost, "")
	for i := 2; i < len(log); i++ { // robots.txt, read before its Crawl-delay is known, is log[0]
		if gap := log[i].At.Sub(log[i-1].At); gap < 90*time.Millisecond {
			t.Errorf("requests %d and %d %s apart", i-1, i, gap)
		}
	}
	if !strings.Contains(strings.Join(rep.Warnings, "\n"), "pages.xml: over the protocol's 50000 URLs") {
		t.Errorf("no warning of the cut sitemap: %q", rep.Warnings)
	}
	if e := recs[ars+"/sitemaps/pages.xml"]; len(e) == 1 && !strings.Contains(e[0].Error, "50000 URLs listed, 0 queued; over") {
		t.Errorf("pages.xml record: %q", e[0].Error)
	}

	st, _ := Open(dir)
	cov, err := st.Coverage()
	got := map[string]CoverageRow{}
	for _, r := range cov {
		got[r.Host+" "+r.Route] = r
	}
	if r := got["www.ville-a.fr outward"]; err != nil || r.Pages != 1 || r.Documents != 1 || r.AboutCLS != 2 {
		t.Errorf("coverage: %v %+v", err, cov)
	}
	if r := got[arsHost+" listing"]; r.Pages != 11 || r.AboutCLS != 11 { // result pages name the CLS they list
		t.Errorf("listing coverage: %+v", r)
	}

}
