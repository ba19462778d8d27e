package htmltext

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/clsx/clsx/extract/textdoc"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// render writes blocks one a line with their structure, for comparisons.
func render(d *textdoc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case textdoc.Heading:
			fmt.Fprintf(&b, "h%d %s\n", bl.Level, bl.Text)
		case textdoc.ListItem:
			marker := "-"
			if bl.Ordered {
				marker = fmt.Sprintf("%d.", bl.Number)
			}
			fmt.Fprintf(&b, "%s%s %s\n", strings.Repeat("  ", bl.Depth-1), marker, bl.Text)
		case textdoc.TableRow:
			kind := "td"
			if bl.Header {
				kind = "th"
			}
			fmt.Fprintf(&b, "%s %s\n", kind, strings.Join(bl.Cells, " | "))
		default:
			fmt.Fprintf(&b, "p %s\n", bl.Text)
		}
	}
	return b.String()
}

func mustRead(t *testing.T, html string) *textdoc.Document {
	t.Helper()
	d, err := Read([]byte(html), "", "https://www.example.fr/sante/cls/")
	if err != nil {
		t.Fatalf("Read: %v\n%s", err, html)
	}
	return d
}

// page wraps a body in a page whose content is long enough for a landmark to
// be trusted.
func page(body string) string {
	return "<!DOCTYPE html><html><head><meta charset=utf-8><title>CLS | Ville</title></head><body>" + body + "</body></html>"
}

const filler = "<p>Le contrat local de santé est un outil de coordination entre les acteurs de santé du territoire, signé pour plusieurs années, qui fixe des priorités partagées par tous ses signataires.</p>"

func TestBlocks(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"headings keep their level", "<main><h1>Titre</h1><h3>Sous-partie</h3>" + filler + "</main>",
			"h1 Titre\nh3 Sous-partie\np " + strings.TrimSuffix(strings.TrimPrefix(filler, "<p>"), "</p>") + "\n"},
		{"divs never glue", "<div>Avril 2025</div><div>Signature du deuxième contrat</div>",
			"p Avril 2025\np Signature du deuxième contrat\n"},
		{"br ends a line", "<p>CONTRAT LOCAL<br>DE SANTÉ<br/>2025 – 2029</p>",
			"p CONTRAT LOCAL\np DE SANTÉ\np 2025 – 2029\n"},
		{"inline elements run together", "<p>Signé le <strong>3 décembre</strong> 2019 à <a href='/x'>Agen</a>.</p>",
			"p Signé le 3 décembre 2019 à Agen.\n"},
		{"ordered list with start", "<ol start='3'><li>trois</li><li>quatre</li></ol>",
			"3. trois\n4. quatre\n"},
		{"li value renumbers", "<ol><li>un</li><li value='7'>sept</li><li>huit</li></ol>",
			"1. un\n7. sept\n8. huit\n"},
		{"nested lists have depth", "<ul><li>Axe 1<ul><li>Objectif 1.1</li><li>Objectif 1.2</li></ul></li><li>Axe 2</li></ul>",
			"- Axe 1\n  - Objectif 1.1\n  - Objectif 1.2\n- Axe 2\n"},
		{"table rows and header", "<table><tr><th>Axe</th><th>Intitulé</th></tr><tr><td>Axe 1</td><td>Favoriser l'accès aux soins</td></tr></table>",
			"th Axe | Intitulé\ntd Axe 1 | Favoriser l'accès aux soins\n"},
		{"a one-cell layout table is a paragraph", "<table><tr><td>Texte mis en page</td><td> </td></tr></table>",
			"p Texte mis en page\n"},
		{"lists inside cells follow their row", "<table><tr><td>Action 1</td><td>Soutenir l'installation</td><td><ol><li>Définir une stratégie</li><li>Accueillir les internes</li></ol></td></tr></table>",
			"td Action 1 | Soutenir l'installation | \n1. Définir une stratégie\n2. Accueillir les internes\n"},
		{"a split sentence is joined", "<div class='timeline-date'>Depuis août 2019</div><div class='timeline-label'>, les élus ont signé.</div>",
			"p Depuis août 2019, les élus ont signé.\n"},
		{"white space collapses", "<p>  La   santé\n\t mentale&nbsp;: priorité </p>",
			"p La santé mentale : priorité\n"},
		{"images say nothing", "<p><img src='x.jpg' alt='Logo ARS'>Texte</p>", "p Texte\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := render(mustRead(t, page(c.body))); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestBoilerplateRemoved(t *testing.T) {
	article := "<h1>Contrat local de santé</h1>" + filler
	cases := []struct{ name, body string }{
		{"nav, header, footer, aside", "<header class='site-header'><div>Ville de Blois</div><nav><a href='/'>Accueil</a></nav></header><main>" + article + "</main><aside><h2>Actualités</h2><p>Signature du Contrat de Ville 2024-2030</p></aside><footer><p>© Ville 2025</p></footer>"},
		{"cookie banner", "<div id='tarteaucitronRoot'><p>Ce site utilise des cookies depuis 2021.</p></div><main>" + article + "</main>"},
		{"consent by class", "<div class='cookie-consent'><p>Accepter les cookies 2024</p></div><article>" + article + "</article>"},
		{"breadcrumb", "<div class='breadcrumb'><a href='/'>Accueil</a> › Santé 2022</div><main>" + article + "</main>"},
		{"skip link", "<a href='#main'>Aller au contenu principal</a><main id='main'>" + article + "</main>"},
		{"hidden", "<main>" + article + "<div hidden>Caché 2019</div><p style='display: none'>Invisible 2018</p><span aria-hidden='true'>icône</span></main>"},
		{"scripts and forms", "<main>" + article + "<script>var d='2020';</script><form><label>Recherche</label><input></form></main>"},
		{"à lire aussi heading and its list", "<main>" + article + "<h2>À lire aussi</h2><ul><li>Le Contrat de Ville 2024-2030</li></ul></main>"},
		{"related section", "<main>" + article + "<section><h3>Sur le même sujet</h3><p>Le PLH 2023-2028 adopté</p></section></main>"},
		{"a .title heading ends at the next real heading", "<main>" + article + "<div class='title'>À lire aussi</div><p>Le Contrat de Ville 2024-2030</p><h2>Suite</h2></main>"},
		{"share widget", "<main>" + article + "<div class='share-buttons'>Partager sur Facebook</div></main>"},
		{"documents à télécharger", "<main>" + article + "<div class='documents'><h2>Documents à télécharger</h2><ul><li><a href='/cls.pdf'>CLS 2019-2024</a></li></ul></div></main>"},
	}
	want := "h1 Contrat local de santé\np " + strings.TrimSuffix(strings.TrimPrefix(filler, "<p>"), "</p>") + "\n"
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := want
			if strings.HasSuffix(c.body, "<h2>Suite</h2></main>") {
				want += "h2 Suite\n"
			}
			if got := render(mustRead(t, page(c.body))); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestMainContainer(t *testing.T) {
	long := strings.Repeat(filler, 3)
	cases := []struct{ name, body, want string }{
		{"main", "<div><p>Bandeau d'accueil de la ville, horaires et infos pratiques du service.</p></div><main>" + long + "</main>", "main"},
		{"role=main", "<div role='main'>" + long + "</div><div class='x'><p>Autre chose sans rapport avec la santé du territoire.</p></div>", "role=main"},
		{"article", "<div class='page'><article>" + long + "</article></div>", "article"},
		{"CMS class narrows the landmark", "<main><div class='intro'><p>Bienvenue</p></div><div class='entry-content'>" + long + "</div></main>", "entry-content"},
		{"densest block without landmarks", "<div class='colonne'><p>Lien</p><p>Lien</p></div><div class='corps'>" + long + "</div>", "corps"},
		{"a too-small main is not trusted", "<main><p>Diaporama</p></main><div class='corps'>" + long + "</div>", "corps"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(page(c.body)))
			if err != nil {
				t.Fatal(err)
			}
			got := mainContainer(doc.Find("body"))
			name := goquery.NodeName(got)
			if class, ok := got.Attr("class"); ok {
				name = class
			}
			if role, ok := got.Attr("role"); ok {
				name = "role=" + role
			}
			if name != c.want {
				t.Errorf("picked %q, want %q", name, c.want)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	latin := []byte("<html><head>%s<title>Sant\xe9</title></head><body><p>Contrat local de sant\xe9 sign\xe9 \x96 2019</p></body></html>")
	utf := "<html><head>%s<title>Santé</title></head><body><p>Contrat local de santé signé – 2019</p></body></html>"
	want := "Contrat local de santé signé – 2019"
	cases := []struct {
		name, contentType string
		data              []byte
		charset           string
		warns             bool
	}{
		{"meta charset windows-1252", "", []byte(fmt.Sprintf(string(latin), `<meta charset="windows-1252">`)), "windows-1252", false},
		{"http-equiv iso-8859-1", "", []byte(fmt.Sprintf(string(latin), `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`)), "windows-1252", false},
		{"header charset", "text/html; charset=windows-1252", []byte(fmt.Sprintf(string(latin), "")), "windows-1252", false},
		{"undeclared latin-1", "", []byte(fmt.Sprintf(string(latin), "")), "windows-1252", false},
		{"undeclared utf-8", "", []byte(fmt.Sprintf(utf, "")), "utf-8", false},
		{"BOM", "text/html; charset=iso-8859-1", append([]byte("\xef\xbb\xbf"), fmt.Sprintf(utf, "")...), "utf-8", false},
		{"declared utf-8, is latin-1", "", []byte(fmt.Sprintf(string(latin), `<meta charset="utf-8">`)), "windows-1252", true},
		{"header says latin-1, is utf-8", "text/html; charset=ISO-8859-1", []byte(fmt.Sprintf(utf, "")), "utf-8", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read(c.data, c.contentType, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Blocks) != 1 || d.Blocks[0].Text != want {
				t.Errorf("blocks %q, want %q", render(d), want)
			}
			if d.Charset != c.charset {
				t.Errorf("charset %q, want %q", d.Charset, c.charset)
			}
			if (len(d.Warnings) > 0) != c.warns {
				t.Errorf("warnings %q", d.Warnings)
			}
		})
	}
}

func TestLinksAndTitle(t *testing.T) {
	html := page(`<header><h1 class="page-title">Le Contrat Local de Santé 2022-2027</h1></header>
<div class="content">` + filler + `<p><a href="../docs/CLS-2022.pdf">Le contrat (PDF)</a>, <a href="annexe.ODT">annexe</a>,
<a href="/sante/docs/CLS-2022.pdf#page=2">encore</a>, <a href="fiche.docx?v=2">fiche</a>, <a href="/page.html">page</a>,
<a href="mailto:x@y.fr">écrire</a>, <a href="/get?id=3" type="application/pdf">téléchargement</a></p></div>`)
	d := mustRead(t, html)
	var got []string
	for _, l := range d.Links {
		got = append(got, l.URL+" "+l.Text)
	}
	want := []string{
		"https://www.example.fr/sante/docs/CLS-2022.pdf Le contrat (PDF)",
		"https://www.example.fr/sante/cls/annexe.ODT annexe",
		"https://www.example.fr/sante/cls/fiche.docx?v=2 fiche",
		"https://www.example.fr/get?id=3 téléchargement",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("links\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Le Contrat Local de Santé 2022-2027" {
		t.Errorf("title %q", d.Title)
	}
	if d.Blocks[0].Kind != textdoc.Heading || d.Blocks[0].Text != d.Title {
		t.Errorf("the page title above the content is not its first block: %q", render(d))
	}
	// Without an h1, the <title> without the site's name.
	d = mustRead(t, page("<main>"+filler+"</main>"))
	if d.Title != "CLS" {
		t.Errorf("title %q, want %q", d.Title, "CLS")
	}
}

func TestBadPages(t *testing.T) {
	for _, c := range []struct{ name, html string }{
		{"empty", ""},
		{"only chrome", page("<nav><a href='/'>Accueil</a></nav><footer>© 2025</footer>")},
		{"only scripts", page("<script>alert(1)</script>")},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read([]byte(c.html), "", "")
			if !errors.Is(err, ErrNoContent) {
				t.Errorf("error %v, want ErrNoContent", err)
			}
		})
	}
}

// TestSamplePages reads the sample site's pages into golden block listings
// (refresh with -update after a deliberate change) and checks that no text of
// the pages' chrome (navigation, sidebars, footers, cookie banners) reaches
// the output.
func TestSamplePages(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/site/*/*/*/index.html")
	more, _ := filepath.Glob("../../testdata/site/*/*/*.html")
	more2, _ := filepath.Glob("../../testdata/site/*/*/*/*/index.html")
	pages = append(append(pages, more...), more2...)
	if len(pages) < 5 {
		t.Fatalf("sample site pages: %d found", len(pages))
	}
	for _, p := range pages {
		host := strings.Split(filepath.ToSlash(p), "/")[4]
		t.Run(host, func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(data, "", "https://"+host+"/")
			if err != nil {
				t.Fatal(err)
			}
			got := render(d)
			golden := filepath.Join("testdata", "golden", host+".txt")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("blocks differ from %s (run with -update if intended)", golden)
			}
			// Chrome's texts must not reach the output, unless the page's
			// content says the same words (a site's name, a breadcrumb's
			// last step that is the page's title).
			raw, _ := goquery.NewDocumentFromReader(strings.NewReader(decoded(t, data)))
			chrome := raw.Find("nav, aside, header.site-header, header[role=banner], footer, .cookie-banner, [role=dialog], .breadcrumb, .topbar")
			var texts []string
			chrome.Find("li, p, a, time, h2, div").Each(func(_ int, e *goquery.Selection) {
				texts = append(texts, clean(e.Text()))
			})
			chrome.Remove()
			rest := clean(raw.Find("body").Text())
			for _, text := range texts {
				if len(text) > 12 && strings.Contains(got, text) && !strings.Contains(rest, text) {
					t.Errorf("chrome text reached the output: %q", text)
				}
			}
		})
	}
}

func decoded(t *testing.T, data []byte) string {
	s, _, _, err := decode(data, "")
	if err != nil {
		t.Fatal(err)
	}
	return s
}
