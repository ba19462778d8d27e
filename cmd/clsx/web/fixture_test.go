package web

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
)

// The handler tests read a real index on disk, built from documents made
// here: a plain contract in two generations, a hostile one whose every
// string tries to escape its context, and enough small ones to fill
// several pages of results.

// hostile strings: markup, an attribute break-out, a script URL, terminal
// escapes and a bidirectional override.
const (
	hostileTerritory = `Evil<script>alert(1)</script>"><img src=x onerror=alert(2)>`
	hostileURL       = "javascript:alert(3)"
	hostileAxis      = "Santé \x1b[31mrouge\x1b[0m et \u202etxet"
	hostileParty     = `ARS "><svg onload=alert(4)>`
)

// runeSpan is the rune span of the first sub in text.
func runeSpan(text, sub string) extract.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	start := len([]rune(text[:i]))
	return extract.Span{Start: start, End: start + len([]rune(sub))}
}

func ptr[T any](v T) *T { return &v }

// contractDoc is a document of one contract whose values are all read
// from its text.
func contractDoc(id, territory, code, dept, region string, start, gen int, axis, party, url string) *extract.Document {
	text := fmt.Sprintf("Contrat local de santé de %s. Il couvre les années %d à %d. Signé par %s. Axe 1 : %s. Action 1 : Développer la prévention des addictions.",
		territory, start, start+4, party, axis)
	c := extract.Contract{
		ID: id, Territory: ptr(territory), TerritoryKind: "commune", TerritoryCode: ptr(code), Departement: ptr(dept),
		Region: ptr(region), Kind: "cls", Generation: ptr(gen), StartYear: ptr(start), EndYear: ptr(start + 4),
		Signatories: []extract.Signatory{{Name: party, Kind: "ars", Evidence: runeSpan(text, party)}},
		Axes: []extract.Axis{{Number: "1", Title: axis, Themes: []string{"sante_mentale"}, Evidence: runeSpan(text, axis),
			Objectives: []extract.Objective{}, Actions: []extract.Action{{Number: ptr("1"), Title: "Développer la prévention des addictions",
				Themes: []string{"addictions", "prevention"}, Leads: []string{}, Steps: []string{},
				Evidence: runeSpan(text, "Développer la prévention des addictions")}}}},
		Actions: []extract.Action{}, Themes: []string{"sante_mentale", "addictions", "prevention"},
		FieldEvidence: map[string]extract.Span{"territory": runeSpan(text, territory), "start_year": runeSpan(text, fmt.Sprint(start))},
	}
	return &extract.Document{Source: "fixture/" + id + ".html", URL: ptr(url), Title: ptr("CLS " + territory), ContentType: "text/html",
		Contracts: []extract.Contract{c}, Warnings: []string{}, Text: text}
}

// fixtureDocs: Testville's two generations, the hostile contract, and 45
// small contracts of distinct territories.
func fixtureDocs() []*extract.Document {
	docs := []*extract.Document{
		contractDoc("testville-2015", "Testville", "47001", "47", "Nouvelle-Aquitaine", 2015, 1, "Promouvoir la santé mentale", "ARS Nouvelle-Aquitaine", "https://example.org/testville-2015.pdf"),
		contractDoc("testville-2020", "Testville", "47001", "47", "Nouvelle-Aquitaine", 2020, 2, "Renforcer la santé mentale des jeunes", "ARS Nouvelle-Aquitaine", "https://example.org/testville-2020.pdf"),
		contractDoc("evil-2021", hostileTerritory, "13001", "13", "Provence-Alpes-Côte d'Azur", 2021, 1, hostileAxis, hostileParty, hostileURL),
	}
	for i := 0; i < 45; i++ {
		docs = append(docs, contractDoc(fmt.Sprintf("bourg-%02d-2019", i), fmt.Sprintf("Bourg %02d", i), fmt.Sprintf("83%03d", i), "83",
			"Provence-Alpes-Côte d'Azur", 2019, 1, "Agir pour la santé mentale au bourg", "ARS Provence-Alpes-Côte d'Azur", fmt.Sprintf("https://example.org/bourg-%02d.html", i)))
	}
	return docs
}

// buildIndex writes documents into a new index in a test directory.
func buildIndex(t testing.TB, docs []*extract.Document, more ...*extract.Document) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	writeIndex(t, dir, append(append([]*extract.Document{}, docs...), more...))
	return dir
}

// buildInto writes the fixture into dir.
func buildInto(t testing.TB, dir string) { writeIndex(t, dir, fixtureDocs()) }

func writeIndex(t testing.TB, dir string, docs []*extract.Document) {
	t.Helper()
	b, err := index.Create(dir, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := b.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

// testServer serves an index over loopback.
func testServer(t testing.TB, o Options) *httptest.Server {
	t.Helper()
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(func() { ts.Close(); s.Close() })
	return ts
}

// get returns a page's status, headers and body.
func get(t testing.TB, ts *httptest.Server, path string) (int, http.Header, string) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(body)
}
