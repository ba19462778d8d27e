package corpus

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// The sample site's CLS pages (the seeds of the tests).
const (
	agenCLS   = "http://www.agglo-agen.fr/sante/contrat-local-de-sante"
	blesCLS   = "http://www.agglopolys.fr/sante/contrat-local-de-sante.html"
	pacaCLS   = "http://www.paca.ars.sante.fr/contrats-locaux-de-sante"
	aunisCLS  = "http://www.aunis-atlantique.fr/vivre-ici/sante/contrat-local-de-sante/"
	terresCLS = "http://www.terresdesconfluences.fr/sante/contrat-local-de-sante"
)

// sampleSite serves the five sample hosts, with the traps of the crawl test
// added to www.agglo-agen.fr and robots.txt rules on
// www.terresdesconfluences.fr.
func sampleSite(t *testing.T) *testSite {
	s := newTestSite(t)
	for _, h := range []string{"www.agglopolys.fr", "www.paca.ars.sante.fr", "www.aunis-atlantique.fr"} {
		s.handle(h, newSampleHandler(t, h))
	}
	s.handle("www.terresdesconfluences.fr", terresHandler(t))
	s.handle("www.agglo-agen.fr", agenHandler(t))
	return s
}

// terresHandler serves Terres des Confluences, whose robots.txt keeps clsx
// out of /sante/prive/ (linked from its CLS page) and asks for 0.4 s
// between requests.
func terresHandler(t *testing.T) http.Handler {
	terres := newSampleHandler(t, "www.terresdesconfluences.fr")
	terres.extra["/sante/contrat-local-de-sante"] = `<p><a href="/sante/prive/brouillon-cls.html">Brouillon du CLS</a></p>`
	tm := newMux(terres)
	tm.add("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /sante/prive/\nCrawl-delay: 0.4\n\nUser-agent: otherbot\nDisallow: /\n")
	})
	tm.add("/sante/prive/brouillon-cls.html", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Brouillon du contrat local de santé", ""))
	})
	return tm
}

// agenHandler serves Agen, whose CLS page leads to every trap.
func agenHandler(t *testing.T) http.Handler {
	agen := newSampleHandler(t, "www.agglo-agen.fr")
	agen.extra["/sante/contrat-local-de-sante"] = `<h2>Pour aller plus loin sur la santé</h2><ul>
<li><a href="/sante/prevention">Prévention santé</a></li>
<li><a href="/sante/agenda?mois=1">Agenda santé</a></li>
<li><a href="/sante/cls-boucle-a">CLS : page déplacée</a></li>
<li><a href="/sante/cls-integral.pdf">Le CLS intégral (PDF)</a></li>
<li><a href="/sante/cls-annexes.pdf">Les annexes du CLS (PDF)</a></li>
<li><a href="/sante/cls-lent.html">CLS : bilan</a></li>
<li><a href="/sante/cls-instable.html">CLS : comité de pilotage</a></li>
<li><a href="/sante/cls-quota.html">CLS : fiches actions</a></li>
<li><a href="/sante/donnees-cls">Données du CLS</a></li>
<li><a href="/sante/cls-2015.html">Le premier CLS (2015)</a></li>
<li><a href="/sante/cls-carte.png">Carte du CLS</a></li>
</ul>`
	am := newMux(agen)
	addFollowTraps(am)
	addFailureTraps(am)
	addRetryTraps(am)
	return am
}

// addFollowTraps adds the pages that test what the crawl follows: a health
// page that is not about a CLS, with a document, and an endless calendar.
func addFollowTraps(am *mux) {
	am.add("/sante/prevention", func(w http.ResponseWriter, r *http.Request) {
		// About health, not about a CLS: its document is not fetched.
		writeHTML(w, htmlPage("Prévention", `<p>Les ateliers de prévention de la ville.</p><a href="/docs/menu-cantine.pdf">Menu de la cantine (PDF)</a>`))
	})
	am.add("/docs/menu-cantine.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 menu")
	})
	am.add("/sante/agenda", func(w http.ResponseWriter, r *http.Request) {
		// An endless calendar: every month links to the next.
		m, _ := strconv.Atoi(r.URL.Query().Get("mois"))
		writeHTML(w, htmlPage("Agenda", fmt.Sprintf(`<a href="/sante/agenda?mois=%d">Agenda santé : mois suivant</a><a href="/sante/agenda?mois=%d">Agenda santé : mois précédent</a>`, m+1, m-1)))
	})
}

// addFailureTraps adds the answers that end in a failure or a skip, each
// at once: a redirect loop, bodies over the size limit, a type not kept,
// a 410, an image.
func addFailureTraps(am *mux) {
	am.add("/sante/cls-boucle-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/sante/cls-boucle-b", http.StatusFound)
	})
	am.add("/sante/cls-boucle-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/sante/cls-boucle-a", http.StatusMovedPermanently)
	})
	am.add("/sante/cls-integral.pdf", func(w http.ResponseWriter, r *http.Request) {
		// 1 GB made on the fly, no Content-Length: the crawler must stop
		// reading at its limit.
		w.Header().Set("Content-Type", "application/pdf")
		chunk := bytes.Repeat([]byte("%PDF-1.7 0123456789abcdef"), 40000) // 1 MB
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	am.add("/sante/cls-annexes.pdf", func(w http.ResponseWriter, r *http.Request) {
		// Declares 1 GB: refused on its headers.
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Length", strconv.Itoa(1<<30))
		w.WriteHeader(200)
		w.Write([]byte("%PDF-1.7"))
	})
	am.add("/sante/donnees-cls", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"cls": true}`)
	})
	am.add("/sante/cls-2015.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	am.add("/sante/cls-carte.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
	})
}

// addRetryTraps adds the answers that are asked again: a server slower
// than the timeout, one unavailable twice, one that asks to wait.
func addRetryTraps(am *mux) {
	am.add("/sante/cls-lent.html", func(w http.ResponseWriter, r *http.Request) {
		// Answers after 60 s (or when the client gives up).
		select {
		case <-time.After(60 * time.Second):
			writeHTML(w, htmlPage("Bilan du CLS", ""))
		case <-r.Context().Done():
		}
	})
	var unstable atomic.Int32
	am.add("/sante/cls-instable.html", func(w http.ResponseWriter, r *http.Request) {
		if unstable.Add(1) <= 2 {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		writeHTML(w, htmlPage("Comité de pilotage du contrat local de santé", ""))
	})
	var quota atomic.Int32
	am.add("/sante/cls-quota.html", func(w http.ResponseWriter, r *http.Request) {
		if quota.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		writeHTML(w, htmlPage("Fiches actions du contrat local de santé", ""))
	})
}
