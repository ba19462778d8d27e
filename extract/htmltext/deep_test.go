package htmltext

import (
	"strings"
	"testing"
)

// A page nested deeper than the HTML parser's 512 open elements is read in
// part rather than refused: its text is still there, and a warning says
// the nesting was flattened.
func TestDeepPageIsRead(t *testing.T) {
	text := "<h1>Contrat local de santé de la Ville</h1><p>Le contrat est signé le 3 décembre 2019 par la Ville et l’ARS.</p>"
	for _, c := range []struct{ name, page string }{
		{"600 unclosed font", "<html><body>" + strings.Repeat("<font size=2>", 600) + text + "</body></html>"},
		{"600 closed divs", "<html><body>" + strings.Repeat("<div>", 600) + text + strings.Repeat("</div>", 600) + "<p>Après les blocs : fin du contrat.</p></body></html>"},
		{"deep then shallow", "<html><body>" + strings.Repeat("<span><b>", 400) + "x" + strings.Repeat("</b></span>", 400) + text + "</body></html>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read([]byte(c.page), "text/html; charset=utf-8", "https://www.example.fr/")
			if err != nil {
				t.Fatal(err)
			}
			got := render(d)
			for _, w := range []string{"Contrat local de santé de la Ville", "signé le 3 décembre 2019 par la Ville et l’ARS"} {
				if !strings.Contains(got, w) {
					t.Errorf("%q missing from\n%s", w, got)
				}
			}
			if c.name == "600 closed divs" && !strings.Contains(got, "fin du contrat") {
				t.Errorf("the text after the deep part is lost:\n%s", got)
			}
			if !strings.Contains(strings.Join(d.Warnings, "; "), "nested") {
				t.Errorf("no warning of the flattened nesting: %q", d.Warnings)
			}
		})
	}
}

// The last resort keeps the text of every run and nothing of scripts.
func TestTextOnly(t *testing.T) {
	d, err := Read([]byte(textOnly("<div><font>Contrat local de santé<script>alert(1)</script><style>p{}</style> &amp; la Ville</font><p>Signé en 2019")), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := render(d); got != "p Contrat local de santé\np & la Ville\np Signé en 2019\n" {
		t.Errorf("got\n%s", got)
	}
}

// flatten keeps the text and the first depth levels, and drops the rest in
// pairs (start and end tag).
func TestFlatten(t *testing.T) {
	got, dropped := flatten("<div><b><i>x<br></i></b>y</div><p>z</p>", 2)
	if got != "<div><b>x<br></b>y</div><p>z</p>" || dropped != 1 {
		t.Errorf("flatten = %q, %d", got, dropped)
	}
}

// BenchmarkReadDeep reads a page of 600 unclosed <font> tags: a parse that
// fails, the flattening, and a second parse.
func BenchmarkReadDeep(b *testing.B) {
	page := []byte("<html><body>" + strings.Repeat("<font size=2>", 600) + strings.Repeat("<p>Le contrat local de santé est signé par la Ville et l’ARS.</p>", 200) + "</body></html>")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Read(page, "text/html; charset=utf-8", ""); err != nil {
			b.Fatal(err)
		}
	}
}
