package officetext

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract/textdoc"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// blockLine is a block as the feature tests compare it.
func blockLine(b textdoc.Block) string {
	s := b.Kind.String()
	switch b.Kind {
	case textdoc.Heading:
		s += " " + strconv.Itoa(b.Level)
	case textdoc.ListItem:
		s += " d" + strconv.Itoa(b.Depth)
		if b.Ordered {
			s += " n" + strconv.Itoa(b.Number)
		}
	case textdoc.TableRow:
		if b.Header {
			s += " header"
		}
	}
	return s + ": " + b.Text
}

func lines(d *textdoc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, blockLine(b))
	}
	return out
}

func checkLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// DOCX: heading levels from styles (outlineLvl, a "heading N" name, based
// on), list numbers per instance and level (a nested level restarts, a new
// instance with startOverride restarts), bullets, header rows; deleted
// text, field instructions and note marks left out; a text box after its
// paragraph.
func TestDOCXFeatures(t *testing.T) {
	styles := `<w:styles ` + wordNS + `>
<w:style w:styleId="T1"><w:name w:val="Heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:styleId="Titre2"><w:name w:val="heading 2"/></w:style>
<w:style w:styleId="Sub"><w:name w:val="Mon titre"/><w:basedOn w:val="Titre2"/></w:style>
<w:style w:styleId="Puce"><w:name w:val="Liste"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>`
	numbering := `<w:numbering ` + wordNS + `>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`
	p := func(ppr, text string) string {
		return `<w:p><w:pPr>` + ppr + `</w:pPr><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
	}
	num := func(id, lvl string) string {
		return `<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`
	}
	body := p(`<w:pStyle w:val="T1"/>`, "Axe 1") +
		p(`<w:pStyle w:val="Sub"/>`, "Objectif") +
		p(`<w:outlineLvl w:val="2"/>`, "Niveau trois") +
		p(num("1", "0"), "un") + p(num("1", "1"), "un a") + p(num("1", "1"), "un b") + p(num("1", "0"), "deux") + p(num("1", "1"), "deux a") +
		p(`<w:pStyle w:val="Puce"/>`, "puce") +
		p(num("3", "0"), "cinq") + p(num("3", "0"), "six") +
		`<w:p><w:r><w:t>Visible</w:t></w:r><w:del><w:r><w:delText>effacé</w:delText></w:r></w:del><w:r><w:fldChar/><w:instrText> PAGE </w:instrText></w:r><w:r><w:footnoteReference w:id="1"/></w:r>` +
		`<w:r><w:tab/><w:t>après</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>Encadré</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>` +
		`<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Pilote</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Partenaires</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>CIAS</w:t></w:r></w:p><w:p><w:r><w:t>du Blaisois</w:t></w:r></w:p></w:tc><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>ARS</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>`
	data := zipOf(t, "word/document.xml", `<w:document `+wordNS+`><w:body>`+body+`</w:body></w:document>`,
		"word/styles.xml", styles, "word/numbering.xml", numbering,
		"docProps/core.xml", `<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>CLS  test</dc:title></cp:coreProperties>`)
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "CLS test" {
		t.Errorf("title %q", doc.Title)
	}
	checkLines(t, lines(doc), []string{
		"heading 1: Axe 1", "heading 2: Objectif", "heading 3: Niveau trois",
		"item d1 n1: un", "item d2 n1: un a", "item d2 n2: un b", "item d1 n2: deux", "item d2 n1: deux a",
		"item d1: puce", "item d1 n5: cinq", "item d1 n6: six",
		"paragraph: Visible après", "paragraph: Encadré",
		"row header: Pilote | Partenaires", "row: CIAS du Blaisois | ARS",
	})
}

// ODT: outline levels, the Title style and those derived from it, nested
// lists numbered per level, continue-numbering, start-value, bullets and
// number styles without a format, text:s, notes left out, repeated and
// covered cells, header rows.
func TestODTFeatures(t *testing.T) {
	content := `<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb" xmlns:style="s">
<office:automatic-styles><style:style style:name="P1" style:parent-style-name="Title"/>
<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="a"/></text:list-style>
<text:list-style style:name="B"><text:list-level-style-bullet text:level="1"/></text:list-style>
<text:list-style style:name="X"><text:list-level-style-number text:level="1" style:num-format="" /></text:list-style>
</office:automatic-styles><office:body><office:text>
<text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>
<text:p text:style-name="P1">Le   contrat</text:p>
<text:h text:outline-level="2">Axe<text:s text:c="3"/>1<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note</text:p></text:note-body></text:note></text:h>
<text:list text:style-name="N"><text:list-item><text:p>un</text:p><text:list><text:list-item><text:p>un a</text:p></text:list-item><text:list-item><text:p>un b</text:p></text:list-item></text:list></text:list-item>
<text:list-item><text:p>deux</text:p><text:p>suite de deux</text:p></text:list-item></text:list>
<text:p>entre</text:p>
<text:list text:style-name="N" text:continue-numbering="true"><text:list-item><text:p>trois</text:p></text:list-item></text:list>
<text:list text:style-name="N"><text:list-item text:start-value="7"><text:p>sept</text:p></text:list-item></text:list>
<text:list text:style-name="B"><text:list-item><text:p>puce</text:p></text:list-item></text:list>
<text:list text:style-name="X"><text:list-item><text:p>sans numéro</text:p></text:list-item></text:list>
<table:table><table:table-column table:number-columns-repeated="3"/><table:table-header-rows><table:table-row><table:table-cell><text:p>Pilote</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>Partenaires</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>CIAS</text:p><text:p>du Blaisois</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>ARS</text:p></table:table-cell></table:table-row></table:table>
<text:section><text:p>Dans une section</text:p></text:section>
</office:text></office:body></office:document-content>`
	data := zipOf(t, "mimetype", odtMimeType, "content.xml", content,
		"meta.xml", `<office:document-meta xmlns:office="o" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>CLS test</dc:title></office:meta></office:document-meta>`)
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "CLS test" {
		t.Errorf("title %q", doc.Title)
	}
	checkLines(t, lines(doc), []string{
		"heading 1: Le contrat", "heading 2: Axe 1",
		"item d1 n1: un", "item d2 n1: un a", "item d2 n2: un b", "item d1 n2: deux", "paragraph: suite de deux",
		"paragraph: entre", "item d1 n3: trois", "item d1 n7: sept", "item d1: puce", "item d1: sans numéro",
		"row header: Pilote | Partenaires", "row: CIAS du Blaisois | ARS | ARS",
		"paragraph: Dans une section",
	})
}

// The blocks of one seed in each format, kept as golden files (refresh
// with -update): a change of reading shows in review.
func TestGolden(t *testing.T) {
	for _, f := range []string{"agglopolys-cls.docx", "aunis-atlantique-cls.odt"} {
		doc, err := Read(readBytes(t, "../../testdata/office/"+f))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.MarshalIndent(doc, "", "  ")
		golden := filepath.Join("testdata", "golden", f+".json")
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want := readBytes(t, golden)
		if string(want) != string(got)+"\n" {
			t.Errorf("%s differs from %s (go test -update to refresh)", f, golden)
		}
	}
}
