package pdftext

import (
	"regexp"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract/textdoc"
)

// Structure: what the blocks of the fixtures must say beyond their words.

func TestFurnitureRemoved(t *testing.T) {
	pageNo := regexp.MustCompile(`(?i)^page \d+ (sur|/) \d+$`)
	for _, name := range []string{"d4_aunis_sans_2col.pdf", "d5_confluences_table3.pdf", "w1_weasy_html.pdf", "big_consolidated.pdf"} {
		t.Run(name, func(t *testing.T) {
			doc := readFixture(t, name)
			for _, b := range doc.Blocks {
				if pageNo.MatchString(b.Text) {
					t.Errorf("page number kept: %q (page %d)", b.Text, b.Page)
				}
				if strings.HasPrefix(b.Text, "Contrat Local de Santé — ") && strings.HasSuffix(b.Text, "2025-2029") {
					t.Errorf("running header kept: %q (page %d)", b.Text, b.Page)
				}
			}
			// With furniture kept, the headers are there: the test is not
			// vacuous.
			data := []byte(readFile(t, "testdata/fixtures/"+name))
			kept, err := Read(data, Options{KeepFurniture: true})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, b := range kept.Blocks {
				if pageNo.MatchString(b.Text) {
					n++
				}
			}
			if n < doc.Pages-1 {
				t.Errorf("KeepFurniture: %d page numbers for %d pages", n, doc.Pages)
			}
		})
	}
}

func TestBlockPages(t *testing.T) {
	doc := readFixture(t, "d5_confluences_table3.pdf")
	if doc.Pages != 5 {
		t.Errorf("Pages = %d, want 5", doc.Pages)
	}
	want := map[string]int{
		"AXE 1 : Favoriser l’accès aux soins et à la prévention":                         1,
		"Fiche action n°1.1 : Développer l’offre de prévention à destination des jeunes": 2,
		"AXE 2 : Promouvoir la santé mentale et le bien-être des habitants":              3,
		"AXE 3 : Agir sur les déterminants environnementaux de la santé":                 4,
		"Synthèse du programme d’actions":                                                5,
	}
	last := 0
	for _, b := range doc.Blocks {
		if b.Page < last || b.Page < 1 || b.Page > doc.Pages {
			t.Errorf("block %q on page %d after page %d", b.Text, b.Page, last)
		}
		last = b.Page
		if p, ok := want[b.Text]; ok {
			if b.Page != p {
				t.Errorf("%q on page %d, want %d", b.Text, b.Page, p)
			}
			delete(want, b.Text)
		}
	}
	for text := range want {
		t.Errorf("no block %q", text)
	}
}

func TestHeadingsAndLists(t *testing.T) {
	doc := readFixture(t, "d5_confluences_table3.pdf")
	find := func(text string) *textdoc.Block {
		for i := range doc.Blocks {
			if doc.Blocks[i].Text == text {
				return &doc.Blocks[i]
			}
		}
		t.Fatalf("no block %q", text)
		return nil
	}
	title := find("Contrat Local de Santé, un outil au service de l’Intercommunalité")
	axe := find("AXE 1 : Favoriser l’accès aux soins et à la prévention")
	sub := find("Le Contrat Local de Santé, qu’est-ce que c’est ?")
	for _, h := range []*textdoc.Block{title, axe, sub} {
		if h.Kind != textdoc.Heading {
			t.Errorf("%q is a %v, want a heading", h.Text, h.Kind)
		}
	}
	if !(title.Level < axe.Level && axe.Level < sub.Level) {
		t.Errorf("levels %d, %d, %d: want increasing with decreasing size", title.Level, axe.Level, sub.Level)
	}
	if doc.Title != title.Text {
		t.Errorf("Title = %q, want the first heading %q", doc.Title, title.Text)
	}
	item := find("Améliorer la lisibilité de l’offre de soins et de prévention")
	if item.Kind != textdoc.ListItem || !item.Ordered || item.Number != 2 || item.Depth != 1 {
		t.Errorf("numbered item: %+v", *item)
	}
	bullet := find("Le Conseil Départemental de Tarn-et-Garonne")
	if bullet.Kind != textdoc.ListItem || bullet.Ordered {
		t.Errorf("bullet item: %+v", *bullet)
	}
}

func TestTableRows(t *testing.T) {
	doc := readFixture(t, "d5_confluences_table3.pdf")
	rows := map[string][]string{}
	for _, b := range doc.Blocks {
		if b.Kind == textdoc.TableRow && b.Page == 2 {
			rows[b.Cells[0]] = b.Cells
		}
	}
	want := map[string]string{
		"Pilote":                   "Centre Communal d’Action Sociale (CCAS) – coordinatrice du CLS",
		"Partenaires":              "ARS, CPAM, MSA, Conseil départemental, Éducation nationale, Mission locale, CPTS",
		"Calendrier":               "2025 – 2027 (1er semestre 2025 : diagnostic ; 2026 : mise en œuvre)",
		"Indicateurs d’évaluation": "Nombre d’actions réalisées ; nombre de participants ; taux de satisfaction",
		"Financement":              "Fonds d’intervention régional (FIR) : 15 000 € par an",
		"Objectifs opérationnels":  "• Recenser les ressources existantes sur le territoire • Organiser des actions d’« aller vers » auprès des publics éloignés du soin",
	}
	for label, cell := range want {
		r, ok := rows[label]
		if !ok {
			t.Errorf("no row %q (rows: %q)", label, rows)
			continue
		}
		if len(r) != 2 || r[1] != cell {
			t.Errorf("row %q = %q, want [%q %q]", label, r, label, cell)
		}
	}
	// A cell that goes on over a page break stays in its row.
	doc4 := readFixture(t, "d4_aunis_sans_2col.pdf")
	for _, b := range doc4.Blocks {
		if b.Text == "soin" {
			t.Errorf("cell continuation on page %d left as a paragraph", b.Page)
		}
	}
}

func TestTwoColumns(t *testing.T) {
	doc := readFixture(t, "d4_aunis_sans_2col.pdf")
	text := docText(doc)
	// Column 1 of page 3 ends with item 2 of Action 6; column 2 starts with
	// "3. Soutenir et valoriser": reading order is column after column.
	order := []string{
		"Renforcer les solutions de mobilité des publics pour favoriser l’accessibilité de l’offre",
		"Mener des actions de promotion de la santé et d’accès à un parcours de soins au plus tôt et de manière préventive",
		"Renforcer et soutenir les actions de prévention du mal-être pour l’enfance et la jeunesse et de renforcement des compétences psycho-sociales",
		"3. Soutenir et valoriser les actions d’accueil et de soutien des jeunes",
		"Action 7 : Informer, former et soutenir les professionnels et acteurs aux problématiques de santé mentale",
	}
	pos := 0
	for _, s := range order {
		i := strings.Index(text[pos:], s)
		if i < 0 {
			t.Fatalf("%q missing or out of order", s)
		}
		pos += i + len(s)
	}
	// No line mixes the two columns.
	for _, b := range doc.Blocks {
		if strings.Contains(b.Text, "publics 3. Soutenir") || strings.Contains(b.Text, "l’offre d’accueil") {
			t.Errorf("columns interleaved: %q", b.Text)
		}
	}
}

func TestHyphenation(t *testing.T) {
	v := &vocab{words: map[string]bool{"actions": true, "fiches": true, "habitants": true}}
	cases := []struct{ a, b, want string }{
		{"la promo-", "tion de la santé", "la promotion de la santé"},
		{"département de Lot-", "et-Garonne et", "département de Lot-et-Garonne et"},
		{"la Charente-", "Maritime", "la Charente-Maritime"},
		{"pour la période 2025-", "2029 avec", "pour la période 2025-2029 avec"},
		{"le secteur médico-", "social", "le secteur médico-social"},
		{"les fiches-", "actions sont", "les fiches-actions sont"},
		{"au plus près des HABI-", "TANTS", "au plus près des HABITANTS"},
		{"co-", "construction", "co-construction"},
		{"une bonne co-", "ordination", "une bonne coordination"},
		{"santé mentale -", "une action", "santé mentale - une action"},
		{"soft\u00ad", "ware", "software"},
		{"aux ha-", "bitants", "aux habitants"},
	}
	for _, c := range cases {
		got := v.join([]*seg{{text: c.a}, {text: c.b}})
		if got != c.want {
			t.Errorf("%q + %q = %q, want %q", c.a, c.b, got, c.want)
		}
	}
	// In a document: the big fixture wraps "Lot-⏎et-Garonne" and dates.
	doc := readFixture(t, "d1_agen_serif.pdf")
	text := docText(doc)
	for _, w := range []string{"Lot-et-Garonne"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q not in the text", w)
		}
	}
	for _, bad := range []string{"Lot- et", "Lotet"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q in the text", bad)
		}
	}
}

func TestSuperscript(t *testing.T) {
	doc := readFixture(t, "d5_confluences_table3.pdf")
	text := docText(doc)
	if !strings.Contains(text, "(1er semestre 2025") {
		t.Errorf("superscript not kept in its word")
	}
}
