package corpus

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Contrat Local de Santé":      "contrat local de sante",
		"CONTRAT-LOCAL-DE-SANTÉ_2025": "contrat local de sante 2025",
		"  Œuvre   sœur ":             "oeuvre soeur",
		"Santé\u00a0: le CLS n°2":     "sante le cls n 2",
		"":                            "",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePageLinks(t *testing.T) {
	base := mustURL(t, "http://www.ville.fr/sante/cls/")
	page := `<html><head><title>Vivre ici</title><base href="/sante/"></head><body>
<header><nav><a href="/">Accueil</a><a href="/sante">Santé</a></nav></header>
<h2>Nos <em>contrats locaux</em> de santé</h2>
<a href="cls-2020.pdf">Télécharger</a>
<a href="javascript:void(0)">x</a><a href="mailto:a@b.fr">mail</a><a href="#haut">haut</a>
<h2>Culture</h2><a href="/expo"><img alt="Exposition"></a>
<a href="/agenda" title="Agenda santé"></a>
<footer><a href="/mentions">Mentions légales</a></footer>
<a href="/apres-footer">Après</a>
<script>var a = '<a href="/piege">contrat local de santé</a>';</script>
</body></html>`
	p := parsePage(base, strings.NewReader(page), "text/html")
	if !p.AboutCLS || p.Title != "Vivre ici" {
		t.Errorf("about %v, title %q", p.AboutCLS, p.Title)
	}
	got := map[string]link{}
	for _, l := range p.Links {
		got[l.URL.String()] = l
	}
	if len(got) != 7 {
		t.Errorf("%d links: %v", len(got), got)
	}
	want := map[string]bool{ // URL → leads towards CLS content
		"http://www.ville.fr/":                   false,
		"http://www.ville.fr/sante":              true, // "Santé"
		"http://www.ville.fr/sante/cls-2020.pdf": true, // heading
		"http://www.ville.fr/expo":               false,
		"http://www.ville.fr/agenda":             true,  // title attribute
		"http://www.ville.fr/mentions":           false, // footer: no heading
		"http://www.ville.fr/apres-footer":       false, // heading "Culture" again
	}
	for u, towards := range want {
		l, ok := got[u]
		if !ok {
			t.Errorf("missing %s", u)
			continue
		}
		if towardsCLS(l) != towards {
			t.Errorf("%s (text %q, heading %q): towards %v", u, l.Text, l.Heading, !towards)
		}
	}
	if got["http://www.ville.fr/expo"].Text != "Exposition" {
		t.Errorf("image alt as anchor text: %q", got["http://www.ville.fr/expo"].Text)
	}
	if h := got["http://www.ville.fr/apres-footer"].Heading; h != "Culture" {
		t.Errorf("heading after the footer %q", h)
	}
}

// A Windows-1252 page is decoded to read its text (the bytes stay as they are
// in the store).
func TestParsePageCharset(t *testing.T) {
	body := "<title>Le contrat local de sant\xe9</title><a href='/x'>Sant\xe9 publique</a>"
	p := parsePage(mustURL(t, "http://a.fr/"), strings.NewReader(body), "text/html; charset=windows-1252")
	if !p.AboutCLS || len(p.Links) != 1 || p.Links[0].Text != "Santé publique" {
		t.Errorf("%+v", p)
	}
}

func TestTowardsCLSByURL(t *testing.T) {
	for s, want := range map[string]bool{
		"http://www.x.ars.sante.fr/actualites":            false, // the host does not count
		"http://a.fr/vivre-ici/sante/":                    true,
		"http://a.fr/CLS-Aunis-2025.pdf":                  true,
		"http://a.fr/contrat-local-de-sant%C3%A9":         true,
		"http://a.fr/page?theme=contrats_locaux_de_sante": true,
		"http://a.fr/clsm":                                false, // a word, not "cls"
		"http://a.fr/enclos":                              false,
	} {
		if got := towardsCLS(link{URL: mustURL(t, s)}); got != want {
			t.Errorf("%s: %v", s, got)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"HTTP://WWW.Ville.FR:80/Sante#haut": "http://www.ville.fr/Sante",
		"https://a.fr:443":                  "https://a.fr/",
		"https://a.fr:8443/x?b=1&a=2":       "https://a.fr:8443/x?b=1&a=2",
		"http://user:pw@a.fr/":              "http://a.fr/",
	} {
		if got := normalize(mustURL(t, in)).String(); got != want {
			t.Errorf("normalize(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestScopeAdmit(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxDepth, cfg.MaxPages, cfg.MaxVariants = 2, 5, 2
	cfg.Hosts = []string{"www.ville.fr"}
	sc := newScope(&cfg)
	check := func(s string, depth int, doc bool, want string) {
		t.Helper()
		ok, reason := sc.admit(mustURL(t, s), depth, doc)
		if ok != (want == "") || reason != want {
			t.Errorf("%s depth %d doc %v: %v %q, want %q", s, depth, doc, ok, reason, want)
		}
	}
	check("http://autre.fr/cls", 1, false, dropHost)
	check("http://www.ville.fr/a", 3, false, dropDepth)
	check("http://www.ville.fr/a.pdf", 3, true, "") // a document of a page at the last depth
	check("http://www.ville.fr/a.pdf", 4, true, dropDepth)
	check("http://www.ville.fr/agenda?m=1", 1, false, "")
	check("http://www.ville.fr/agenda?m=2", 1, false, "")
	check("http://www.ville.fr/agenda?m=3", 1, false, dropVariants)
	check("http://www.ville.fr/b", 1, false, "")
	check("http://www.ville.fr/c", 1, false, "")
	check("http://www.ville.fr/d", 1, false, dropPages)
	if d := sc.droppedCounts(); d[dropHost] != 1 || d[dropDepth] != 2 || d[dropVariants] != 1 || d[dropPages] != 1 {
		t.Errorf("dropped %v", d)
	}
}

func TestEffectiveType(t *testing.T) {
	pdf := mustURL(t, "http://a.fr/cls.pdf")
	for _, c := range []struct {
		ct   string
		u    *url.URL
		head string
		want string
	}{
		{"text/html; charset=utf-8", pdf, "", "text/html; charset=utf-8"},
		{"application/pdf", pdf, "", "application/pdf"},
		{"application/octet-stream", pdf, "%PDF-1.4", "application/pdf"},
		{"application/octet-stream", pdf, "<html>", ""},
		{"application/octet-stream", mustURL(t, "http://a.fr/x"), "%PDF-1.4", ""},
		{"application/force-download", mustURL(t, "http://a.fr/cls.docx"), "PK\x03\x04", docExt[".docx"]},
		{"image/png", pdf, "%PDF", ""},
		{"application/json", mustURL(t, "http://a.fr/x"), "{}", ""},
		{"", mustURL(t, "http://a.fr/x"), "<!DOCTYPE html><title>CLS</title>", "text/html"},
		{"", mustURL(t, "http://a.fr/x"), "\x00\x01binary", ""},
		{"", pdf, "%PDF-1.4", "application/pdf"},
	} {
		if got := effectiveType(c.ct, c.u, []byte(c.head)); got != c.want {
			t.Errorf("%s %s %q: %q, want %q", c.ct, c.u, c.head, got, c.want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"120": 2 * time.Minute,
		" 0 ": 0,
		now.Add(90 * time.Second).Format(http.TimeFormat): 90 * time.Second,
		now.Add(-time.Hour).Format(http.TimeFormat):       0,
		"99999999999999999999999":                         1<<63 - 1,
	} {
		got, ok := parseRetryAfter(in, now)
		if !ok || got != want {
			t.Errorf("parseRetryAfter(%q) = %v %v, want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "soon", "-5", "1.5", "12abc"} {
		if _, ok := parseRetryAfter(in, now); ok {
			t.Errorf("parseRetryAfter(%q) accepted", in)
		}
	}
}

func TestBackoff(t *testing.T) {
	for attempt, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 3: 4 * time.Second, 10: maxBackoff} {
		if got := backoff(time.Second, attempt); got != want {
			t.Errorf("backoff(1s, %d) = %s, want %s", attempt, got, want)
		}
	}
}

func TestParseRobots(t *testing.T) {
	body := "\xef\xbb\xbfDisallow: /avant-tout-agent\n" + // before any User-agent: dropped, not fatal
		"User-agent: *\nDisallow: /prive/\nCrawl-delay: lent\nAllow: /prive/public\n\n" +
		"User-agent: clsx\nDisallow: /cls-brouillons/\nCrawl-delay: 2.5 # secondes\n"
	r := parseRobots(200, []byte(body), "clsx")
	if r.crawlDelay != 2500*time.Millisecond {
		t.Errorf("crawl delay %s", r.crawlDelay)
	}
	for p, want := range map[string]bool{"/cls-brouillons/x": false, "/prive/x": true, "/": true} {
		if got := r.allowed(mustURL(t, "http://a.fr"+p)); got != want {
			t.Errorf("clsx %s: %v", p, got)
		}
	}
	other := parseRobots(200, []byte(body), "otherbot")
	for p, want := range map[string]bool{"/prive/x": false, "/prive/public": true, "/cls-brouillons/x": true, "/avant-tout-agent": true} {
		if got := other.allowed(mustURL(t, "http://a.fr"+p)); got != want {
			t.Errorf("otherbot %s: %v", p, got)
		}
	}
	if r := parseRobots(404, nil, "clsx"); !r.allowed(mustURL(t, "http://a.fr/x")) {
		t.Error("404: disallowed")
	}
	if r := parseRobots(503, nil, "clsx"); r.allowed(mustURL(t, "http://a.fr/x")) {
		t.Error("503: allowed")
	}
	if agentToken("clsx/0.1.0 (+https://github.com/clsx/clsx)") != "clsx" {
		t.Error("agent token")
	}
}
