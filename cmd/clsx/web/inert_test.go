package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// activeContent parses a page as a browser would and lists what could run
// or load: a script element with a body or from elsewhere, an element or
// attribute that is not the page's own (an <img>, an on… handler, a style
// attribute), a URL with a script scheme.
func activeContent(page string) []string {
	var out []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script":
				src := ""
				for _, a := range tok.Attr {
					if a.Key == "src" {
						src = a.Val
					}
				}
				if src != "/static/app.js" {
					out = append(out, fmt.Sprintf("script %q", src))
				} else if z.Next() == html.TextToken && strings.TrimSpace(string(z.Text())) != "" {
					out = append(out, "inline script")
				}
			case "img", "iframe", "object", "embed":
				out = append(out, "element <"+tok.Data+">")
			}
			for _, a := range tok.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(a.Key, "on"), a.Key == "style", a.Key == "srcdoc":
					out = append(out, fmt.Sprintf("<%s %s=%q>", tok.Data, a.Key, a.Val))
				case (a.Key == "href" || a.Key == "src" || a.Key == "action") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:")):
					out = append(out, fmt.Sprintf("<%s %s=%q>", tok.Data, a.Key, a.Val))
				}
			}
		}
	}
}

// The hostile record is shown on every page that shows it, as text: no
// markup of it becomes an element, its script URL links nowhere, its
// terminal escapes and bidirectional override are visible escapes; the API
// keeps its strings intact, escaped for HTML.
func TestHostileRecordInert(t *testing.T) {
	ts := testServer(t, Options{IndexDir: fixtureIndex(t)})
	var evidence string
	pages := []string{"/?q=evil", "/?q=txet", "/?region=PACA&departement=13", "/contrats/evil-2021",
		"/comparer?a=evil-2021&b=testville-2020", "/themes?departement=13", "/carte"}
	for i := 0; i < len(pages); i++ {
		p := pages[i]
		status, _, body := get(t, ts, p)
		if status != 200 {
			t.Errorf("%s: %d\n%.1000s", p, status, body)
			continue
		}
		for _, problem := range activeContent(body) {
			t.Errorf("%s: %s", p, problem)
		}
		if strings.ContainsAny(body, "\x1b\u202e") {
			t.Errorf("%s: a raw terminal escape or bidirectional override", p)
		}
		if p == "/carte" {
			continue
		}
		if !strings.Contains(body, "Evil&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(2)&gt;") {
			t.Errorf("%s: the hostile territory is not shown as text\n%.3000s", p, body)
		}
		if p == "/contrats/evil-2021" {
			for _, want := range []string{`\x1b[31mrouge\x1b[0m`, `\u202etxet`, `ARS &#34;&gt;&lt;svg onload=alert(4)&gt;`, `href="#ZgotmplZ"`} {
				if !strings.Contains(body, want) {
					t.Errorf("%s: no %q", p, want)
				}
			}
			// the evidence of the hostile party, then its page
			i := strings.Index(body, "/contrats/evil-2021/preuve?")
			evidence = strings.ReplaceAll(body[i:i+strings.IndexByte(body[i:], '"')], "&amp;", "&")
			pages = append(pages, evidence)
		}
	}
	if evidence == "" {
		t.Fatal("no evidence link on the hostile contract's page")
	}
	_, _, body := get(t, ts, "/api/contracts/evil-2021")
	if strings.Contains(body, "<script>") || strings.Contains(body, "\x1b") {
		t.Errorf("API: raw markup or escape in\n%s", body)
	}
	var rec struct {
		Territory string `json:"territory"`
		URL       string `json:"url"`
		Axes      []struct{ Title string }
	}
	if err := json.Unmarshal([]byte(body), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Territory != hostileTerritory || rec.URL != hostileURL || len(rec.Axes) != 1 || rec.Axes[0].Title != hostileAxis {
		t.Errorf("API: the record's strings changed: %+v", rec)
	}
}

func TestSegments(t *testing.T) {
	cases := []struct {
		text  string
		marks [][2]int
		want  string
	}{
		{"santé mentale", [][2]int{{0, 5}}, "[santé] mentale"},
		{"santé mentale", [][2]int{{0, 5}, {6, 13}}, "[santé] [mentale]"},
		{"santé mentale", nil, "santé mentale"},
		{"", nil, ""},
		{"abc", [][2]int{{2, 1}, {1, 9}, {-1, 1}}, "abc"}, // out of order, past the end, before the start
		{"abcdef", [][2]int{{2, 4}, {3, 5}}, "ab[cd]ef"},  // an overlap is passed over
		{"a\x1bb", [][2]int{{1, 2}}, `a[\x1b]b`},          // escapes even when marked
		{"<b>x</b>", [][2]int{{3, 4}}, "<b>[x]</b>"},      // markup stays text: the template escapes it
		{"é\xffé", [][2]int{{0, 1}}, "[é]\uFFFDé"},        // invalid UTF-8 replaced
	}
	for _, c := range cases {
		var b strings.Builder
		for _, s := range segments(c.text, c.marks) {
			if s.Mark {
				b.WriteString("[" + s.Text + "]")
			} else {
				b.WriteString(s.Text)
			}
		}
		if b.String() != c.want {
			t.Errorf("segments(%q, %v) = %q, want %q", c.text, c.marks, b.String(), c.want)
		}
	}
}

// Random text and marks never lose a character nor give an out-of-range
// panic: the marks come from the index, the text from anyone.
func FuzzSegments(f *testing.F) {
	f.Add("santé mentale", 0, 5, 6, 13)
	f.Add("a\x1bb\u202e", 1, 2, 2, 9)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		fuzzlimit.Run(t, func() {
			segs := segments(text, [][2]int{{a, b}, {c, d}})
			var all strings.Builder
			for _, s := range segs {
				all.WriteString(s.Text)
			}
			if all.String() != inert(string([]rune(text))) && all.String() != inert(text) {
				t.Errorf("segments lost text: %q → %q", text, all.String())
			}
			if strings.ContainsAny(all.String(), "\x1b\u202e") {
				t.Errorf("unsafe character kept: %q", all.String())
			}
		})
	})
}

// Any query string gets a page or a refusal, never a server error, and
// nothing of it becomes active content.
func FuzzSearchParams(f *testing.F) {
	for _, q := range []string{"q=sante", "q=%22sant%C3%A9+mentale%22&region=PACA", "theme=x&page=2", "q=-tabac&year=2020",
		"q=%3Cscript%3E&departement=%22%3E%3Cimg", "page=-1&by=axis", "q=*&kind=cls&territory-kind=epci&signatory-kind=ars"} {
		f.Add(q)
	}
	ts := testServer(f, Options{IndexDir: fixtureIndexFor(f)})
	f.Fuzz(func(t *testing.T, q string) { fuzzlimit.Run(t, func() { fuzzPage(t, ts, q) }) })
}

func fuzzPage(t *testing.T, ts *httptest.Server, q string) {
	for _, p := range []string{"/?", "/api/search?", "/carte?", "/comparer?a="} {
		resp, err := ts.Client().Get(ts.URL + p + q)
		if err != nil {
			return // not a URL the client sends
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			t.Fatalf("%s%s: %d\n%.500s", p, q, resp.StatusCode, body)
		}
		if !strings.HasPrefix(p, "/api/") {
			if problems := activeContent(string(body)); len(problems) > 0 {
				t.Fatalf("%s%s: %v", p, q, problems)
			}
		}
	}
}
