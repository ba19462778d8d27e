package web

import (
	"regexp"
	"strings"
	"testing"
)

// A contract published twice (a page and its PDF) is one record: its page
// lists both documents, links each value to its sentence in either, and
// says where they disagree.
func TestMergedContract(t *testing.T) {
	page := contractDoc("merged-2020", "Mergeville", "47002", "47", "Nouvelle-Aquitaine", 2020, 1, "Promouvoir la santé mentale",
		"ARS Nouvelle-Aquitaine", "https://example.org/mergeville.html")
	pdf := contractDoc("merged-2020", "Mergeville", "47002", "47", "Nouvelle-Aquitaine", 2020, 1, "Promouvoir la santé mentale",
		"ARS Nouvelle-Aquitaine", "https://example.org/mergeville.pdf")
	signed := "12 mars 2020"
	page.Text += " Signé le " + signed + "."
	page.Contracts[0].Signed = ptr("2020-03-12")
	page.Contracts[0].FieldEvidence["signed"] = runeSpan(page.Text, signed)
	other := "2 avril 2020"
	pdf.Text += " Signé le " + other + "."
	pdf.Contracts[0].Signed = ptr("2020-04-02")
	pdf.Contracts[0].FieldEvidence["signed"] = runeSpan(pdf.Text, other)
	ts := testServer(t, Options{IndexDir: buildIndex(t, fixtureDocs()[:1], page, pdf)})

	status, _, body := get(t, ts, "/?q=mergeville")
	if status != 200 || pageTotal(body) != 1 {
		t.Fatalf("two documents of one contract: %d, total %d", status, pageTotal(body))
	}
	id := regexp.MustCompile(`href="/contrats/([^"#]+)"`).FindStringSubmatch(body)[1]
	_, _, body = get(t, ts, "/contrats/"+id)
	for _, want := range []string{"Sources : 2 documents", "https://example.org/mergeville.html", "https://example.org/mergeville.pdf",
		"Les documents divergent", "2020-03-12", "2020-04-02", "&amp;doc=1"} {
		if !strings.Contains(body, want) {
			t.Errorf("merged contract page: no %q\n%s", want, body)
		}
	}
	// every evidence link, in either document, opens its sentence
	links := regexp.MustCompile(`href="(/contrats/[^"]+/preuve\?[^"]+)"`).FindAllStringSubmatch(body, -1)
	docs := map[string]bool{}
	for _, l := range links {
		path := strings.ReplaceAll(l[1], "&amp;", "&")
		status, _, ev := get(t, ts, path)
		if status != 200 || !strings.Contains(ev, "<mark>") {
			t.Errorf("%s: %d, or no marked span", path, status)
		}
		if m := regexp.MustCompile(`https://example.org/mergeville\.(html|pdf)`).FindString(ev); m != "" {
			docs[m] = true
		}
	}
	if len(docs) != 2 {
		t.Errorf("evidence in %d documents, want both: %v", len(docs), docs)
	}
	if status, _, _ := get(t, ts, "/contrats/"+id+"/preuve?debut=0&fin=3&doc=9"); status != 400 {
		t.Errorf("a document past the contract's: %d, want 400", status)
	}
}

// pageTotal is the total a search page states.
func pageTotal(body string) int {
	m := regexp.MustCompile(`<span class="total">(\d+)</span>`).FindStringSubmatch(body)
	if m == nil {
		return -1
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
	}
	return n
}
