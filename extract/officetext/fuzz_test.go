package officetext

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// The fuzz targets take the XML entries themselves, stored in a fresh
// archive, so that mutations reach the XML walkers instead of breaking a
// checksum; the raw bytes are also read as an archive, for the zip layer.
// Seeds are small documents covering the features (a fuzzer minimizes
// every new input, which is slow on large ones).

// stored is an archive of name, content pairs, uncompressed.
func stored(files ...[]byte) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i+1 < len(files); i += 2 {
		w, _ := z.CreateHeader(&zip.FileHeader{Name: string(files[i]), Method: zip.Store})
		w.Write(files[i+1])
	}
	z.Close()
	return b.Bytes()
}

func FuzzDOCX(f *testing.F) {
	f.Add([]byte(`<w:document `+wordNS+`><w:body><w:p><w:pPr><w:pStyle w:val="T1"/></w:pPr><w:r><w:t>Axe 1</w:t></w:r></w:p>`+
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>un</w:t><w:tab/></w:r></w:p>`+
		`<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Pilote</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`),
		[]byte(`<w:styles `+wordNS+`><w:style w:styleId="T1"><w:name w:val="heading 1"/><w:basedOn w:val="T1"/></w:style></w:styles>`),
		[]byte(`<w:numbering `+wordNS+`><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="2"/></w:lvlOverride></w:num></w:numbering>`))
	f.Fuzz(func(t *testing.T, document, styles, numbering []byte) {
		fuzzlimit.Run(t, func() {
			check(t, stored([]byte("word/document.xml"), document, []byte("word/styles.xml"), styles, []byte("word/numbering.xml"), numbering))
			check(t, document)
		})
	})
}

func FuzzODT(f *testing.F) {
	f.Add([]byte(`<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb" xmlns:style="s"><office:body><office:text>`+
		`<text:p text:style-name="P1">Le<text:s text:c="2"/>contrat</text:p><text:h text:outline-level="2">Axe</text:h>`+
		`<text:list text:style-name="N" xml:id="l1"><text:list-item text:start-value="4"><text:p>un</text:p><text:list><text:list-item><text:p>a</text:p></text:list-item></text:list></text:list-item></text:list>`+
		`<text:list text:continue-list="l1"><text:list-header><text:p>h</text:p></text:list-header></text:list>`+
		`<table:table><table:table-header-rows><table:table-row><table:table-cell table:number-columns-repeated="3"><text:p>P</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows></table:table>`+
		`</office:text></office:body></office:document-content>`),
		[]byte(`<office:document-styles xmlns:office="o" xmlns:text="t" xmlns:style="s"><style:style style:name="P1" style:parent-style-name="Title"/>`+
			`<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-format="1" text:start-value="2"/><text:list-level-style-bullet text:level="2"/></text:list-style></office:document-styles>`))
	f.Fuzz(func(t *testing.T, content, styles []byte) {
		fuzzlimit.Run(t, func() {
			check(t, stored([]byte("mimetype"), []byte(odtMimeType), []byte("content.xml"), content, []byte("styles.xml"), styles))
			check(t, content)
		})
	})
}

// check reads data: a document or an error, never both nor neither, and
// no block without text.
func check(t *testing.T, data []byte) {
	doc, err := Read(data)
	if (doc == nil) == (err == nil) {
		t.Fatalf("document %v and error %v", doc != nil, err)
	}
	if doc != nil {
		for _, b := range doc.Blocks {
			if b.Text == "" {
				t.Fatalf("an empty block: %+v", b)
			}
		}
	}
}
