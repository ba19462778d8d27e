package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/clsx/clsx/rules"
)

var (
	fixtureOnce sync.Once
	fixtureDir  string
)

// fixtureIndex is built once for the package's tests (in a directory of
// its own: a test's TempDir would go with the first test).
func fixtureIndex(t *testing.T) string { return fixtureIndexFor(t) }

func fixtureIndexFor(t testing.TB) string {
	fixtureOnce.Do(func() {
		dir, err := os.MkdirTemp("", "clsx-web-test-")
		if err != nil {
			t.Fatal(err)
		}
		fixtureDir = filepath.Join(dir, "index")
		buildInto(t, fixtureDir)
	})
	return fixtureDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(filepath.Dir(fixtureDir))
	}
	os.Exit(code)
}

// Every route answers with the status, type and content it should.
func TestRoutes(t *testing.T) {
	ts := testServer(t, Options{IndexDir: fixtureIndex(t)})
	long := url.QueryEscape(strings.Repeat("santé ", 100))
	cases := []struct {
		path   string
		status int
		ctype  string
		has    []string
	}{
		{"/", 200, "text/html", []string{`lang="fr"`, `<label for="q">`, "48</span> contrat(s)", "territoires 1 à 20"}},
		// the years in force are a facet: 2019 is one of the 45 bourgs' years, a click filters on it
		{"/", 200, "text/html", []string{"<h3>Année en vigueur</h3>", `year=2019`}},
		{"/?year=2019", 200, "text/html", []string{"En vigueur en", "46</span> contrat(s)"}},
		{"/?q=sante+mentale", 200, "text/html", []string{"<mark>santé</mark> <mark>mentale</mark>", "Testville"}},
		{"/?q=%22sant%C3%A9+mentale+des+jeunes%22", 200, "text/html", []string{"1</span> contrat(s)", "testville-2020"}},
		{"/?theme=sante_mentale&region=Nouvelle-Aquitaine", 200, "text/html", []string{"2</span> contrat(s)", "Testville"}},
		{"/?page=3", 200, "text/html", []string{"territoires 41 à 47", `rel="prev"`}},
		{"/?theme=nope", 400, "text/html", []string{"unknown theme", `role="alert"`}},
		{"/?q=" + long, 400, "text/html", []string{"au plus 500"}},
		{"/?q=%21%21", 400, "text/html", []string{"aucun mot"}},
		{"/?page=0", 400, "text/html", []string{"page"}},
		{"/?page=51", 400, "text/html", []string{"page"}},
		{"/?year=deux", 400, "text/html", []string{"un nombre est attendu"}},
		{"/contrats/testville-2020", 200, "text/html", []string{"Renforcer la santé mentale des jeunes", "/contrats/testville-2020/preuve?debut=", "ARS", "CLS Testville"}},
		{"/contrats/absent-2000", 404, "text/html", []string{"Contrat introuvable"}},
		{"/contrats/a%2F..%2F..%2Fetc", 400, "text/html", []string{"Identifiant invalide"}},
		{"/contrats/testville-2020/preuve?debut=0&fin=1", 404, "text/html", []string{"Preuve introuvable"}},
		{"/contrats/testville-2020/preuve?debut=x", 400, "text/html", []string{"Preuve invalide"}},
		{"/comparer", 200, "text/html", []string{`<label for="a">`}},
		{"/comparer?a=testville-2015&b=testville-2020", 200, "text/html", []string{"Deux générations", "Ajouté par B"}},
		{"/comparer?a=testville-2015&b=absent", 400, "text/html", []string{"aucun contrat"}},
		{"/themes", 200, "text/html", []string{"Télécharger en CSV", `class="h1"`, "47 territoire(s)"}},
		{"/themes?region=PACA", 200, "text/html", []string{"46 territoire(s)"}},
		{"/themes?region=Atlantide", 400, "text/html", []string{"unknown région"}},
		{"/api/themes?departement=99999", 400, "application/json", []string{"unknown département"}},
		{"/themes.csv?region=Nouvelle-Aquitaine", 200, "text/csv", []string{"territory,territory_code,departement,region,contracts,acces_soins", "Testville,47001,47,Nouvelle-Aquitaine,testville-2015 testville-2020,0,2,"}},
		{"/carte", 200, "text/html", []string{`data-code="83"`, "CC BY 4.0", "Lot-et-Garonne (47) : 2 contrat(s)", `href="/?departement=47"`, "La Réunion"}},
		{"/carte?theme=sante_mentale&year=2021", 200, "text/html", []string{"Var (83) : 45 contrat(s) sur 45 (100 %)", "Part des contrats"}},
		{"/carte?year=x", 400, "text/html", []string{"Année invalide"}},
		{"/static/style.css", 200, "text/css", []string{"mark"}},
		{"/api/search?q=sante&limit=5", 200, "application/json", []string{`"contracts": 48`, `"results"`}},
		{"/api/search?theme=nope", 400, "application/json", []string{`"error"`}},
		{"/api/search?limit=1001", 400, "application/json", []string{`"error"`}},
		{"/api/contracts/testville-2015", 200, "application/json", []string{`"id": "testville-2015"`, `"sentences"`}},
		{"/api/contracts/absent", 404, "application/json", []string{`"error"`}},
		{"/api/compare?a=testville-2015&b=testville-2020", 200, "application/json", []string{`"generations": true`}},
		{"/api/compare", 400, "application/json", []string{`"error"`}},
		{"/api/themes?region=Nouvelle-Aquitaine", 200, "application/json", []string{`"themes"`, `"Testville"`}},
		{"/copie/" + strings.Repeat("a", 64), 404, "text/html", []string{"Pas de corpus"}},
		{"/nulle-part", 404, "text/html", []string{"Page introuvable"}},
	}
	for _, c := range cases {
		status, h, body := get(t, ts, c.path)
		if status != c.status || !strings.HasPrefix(h.Get("Content-Type"), c.ctype) {
			t.Errorf("%s: %d %s, want %d %s\n%.600s", c.path, status, h.Get("Content-Type"), c.status, c.ctype, body)
			continue
		}
		for _, want := range c.has {
			if !strings.Contains(body, want) {
				t.Errorf("%s: no %q in\n%.3000s", c.path, want, body)
			}
		}
	}
}

// The pages' counts agree: the total a search gives is the sum of a
// facet's counts, and walking the pages lists every territory once.
func TestPaginationAgreesWithTotal(t *testing.T) {
	ts := testServer(t, Options{IndexDir: fixtureIndex(t)})
	row := regexp.MustCompile(`<a class="contract" href="/contrats/([^"]+)"`)
	seen := map[string]bool{}
	path := "/?q=sante"
	for pages := 0; path != ""; pages++ {
		if pages > 5 {
			t.Fatal("more pages than territories")
		}
		_, _, body := get(t, ts, path)
		for _, m := range row.FindAllStringSubmatch(body, -1) {
			if seen[m[1]] {
				t.Errorf("%s listed twice", m[1])
			}
			seen[m[1]] = true
		}
		path = ""
		if m := regexp.MustCompile(`href="([^"]+)" rel="next"`).FindStringSubmatch(body); m != nil {
			path = strings.ReplaceAll(m[1], "&amp;", "&")
		}
	}
	var api struct {
		Contracts int
		Facets    []struct {
			Field  string
			Values []struct{ Count int }
		}
	}
	_, _, body := get(t, ts, "/api/search?q=sante")
	if err := json.Unmarshal([]byte(body), &api); err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, f := range api.Facets {
		if f.Field == "region" {
			for _, v := range f.Values {
				sum += v.Count
			}
		}
	}
	if len(seen) != 48 || api.Contracts != 48 || sum != 48 {
		t.Errorf("pages list %d contracts, the API counts %d, the région facet %d; want 48", len(seen), api.Contracts, sum)
	}
}

// Every answer carries the security headers, and no page holds inline
// script, an event handler or an inline style the policy would refuse.
func TestSecurityHeadersAndNoInlineScript(t *testing.T) {
	ts := testServer(t, Options{IndexDir: fixtureIndex(t)})
	for _, p := range []string{"/", "/?q=sante", "/contrats/evil-2021", "/comparer?a=evil-2021&b=testville-2020", "/themes", "/carte", "/nulle-part", "/api/search"} {
		status, h, body := get(t, ts, p)
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s (%d): headers %v", p, status, h)
		}
		if p != "/api/search" {
			for _, problem := range activeContent(body) {
				t.Errorf("%s: %s", p, problem)
			}
		}
	}
	resp, err := ts.Client().Post(ts.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", resp.StatusCode)
	}
	if status, _, _ := get(t, ts, "/?q="+strings.Repeat("x", 5000)); status != http.StatusRequestURITooLong {
		t.Errorf("a 5000-byte query string: %d, want 414", status)
	}
}

// A missing or damaged index gives a page that says so, with a 503, never
// a stack.
func TestMissingAndCorruptIndex(t *testing.T) {
	missing := testServer(t, Options{IndexDir: filepath.Join(t.TempDir(), "none")})
	status, _, body := get(t, missing, "/?q=sante")
	if status != 503 || !strings.Contains(body, "Aucun index") || !strings.Contains(body, "clsx index") || strings.Contains(body, "goroutine") {
		t.Errorf("missing index: %d\n%s", status, body)
	}
	if status, _, body := get(t, missing, "/api/search?q=sante"); status != 503 || !strings.Contains(body, `"error"`) {
		t.Errorf("missing index, API: %d\n%s", status, body)
	}

	dir := buildIndex(t, fixtureDocs()[:3])
	recs, _ := filepath.Glob(filepath.Join(dir, "*", "records.bin"))
	if len(recs) != 1 {
		t.Fatalf("records.bin: %v", recs)
	}
	if err := os.WriteFile(recs[0], []byte("damaged"), 0o644); err != nil {
		t.Fatal(err)
	}
	corrupt := testServer(t, Options{IndexDir: dir})
	for _, p := range []string{"/", "/contrats/testville-2015", "/carte"} {
		status, _, body := get(t, corrupt, p)
		if status != 503 || !strings.Contains(body, "Index endommagé") || !strings.Contains(body, "rebuild it with") || strings.Contains(body, "goroutine") {
			t.Errorf("corrupt index %s: %d\n%.2000s", p, status, body)
		}
	}
}

// The map's classes and legend agree: every count falls in a class the
// legend names, and the largest in the darkest.
func TestMapColouring(t *testing.T) {
	for _, max := range []int{1, 2, 3, 7, 45, 1000} {
		c := mapColouring(map[string]int{"x": max}, nil, false)
		named := map[string]bool{}
		for _, l := range c.legend {
			named[l.Class] = true
		}
		for n := 0; n <= max; n++ {
			if cl := c.class(n, 0); !named[cl] {
				t.Errorf("max %d: %d has class %s, not in the legend %v", max, n, cl, c.legend)
			}
		}
		if c.class(max, 0) != "m5" {
			t.Errorf("max %d: the largest is %s", max, c.class(max, 0))
		}
	}
	share := mapColouring(nil, nil, true)
	for _, c := range []struct {
		n, total int
		want     string
	}{{0, 5, "m0"}, {1, 100, "m1"}, {20, 100, "m1"}, {21, 100, "m2"}, {5, 5, "m5"}} {
		if got := share.class(c.n, c.total); got != c.want {
			t.Errorf("share %d/%d: %s, want %s", c.n, c.total, got, c.want)
		}
	}
}

// The embedded map holds every metropolitan département of the geography,
// each with an outline.
func TestMapOutlines(t *testing.T) {
	geo := map[string]bool{}
	for _, d := range rules.Default().Geo.Departements {
		geo[d.Code] = true
	}
	seen := map[string]bool{}
	for _, o := range outlines() {
		if !geo[o.Code] || seen[o.Code] || !strings.HasPrefix(o.Path, "m ") || o.Name == "" {
			t.Errorf("outline %q %q: unknown, twice, or without a path", o.Code, o.Name)
		}
		seen[o.Code] = true
	}
	for _, code := range overseas {
		if !geo[code] || seen[code] {
			t.Errorf("overseas %s: unknown or drawn twice", code)
		}
	}
	if len(seen) != 96 {
		t.Errorf("%d outlines, want 96", len(seen))
	}
}
