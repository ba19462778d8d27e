package officetext

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// zipOf builds an archive from name, content pairs (deflated).
func zipOf(t testing.TB, files ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := z.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[i+1]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func docxOf(t testing.TB, body string) []byte {
	return zipOf(t, "word/document.xml", `<w:document `+wordNS+`><w:body>`+body+`</w:body></w:document>`)
}

func TestErrors(t *testing.T) {
	agen := readBytes(t, "../../testdata/office/agen-cls.docx")
	many := make([]string, 0, 2*(maxEntries+1))
	for i := range maxEntries + 1 {
		many = append(many, fmt.Sprintf("f%d", i), "")
	}
	deep := strings.Repeat("<w:sdt>", 200_000) + "<w:p><w:r><w:t>profond</w:t></w:r></w:p>"
	cases := []struct {
		name string
		data []byte
		err  error
		says string
	}{
		{"old binary .doc", append([]byte(oleMagic), make([]byte, 1024)...), ErrUnsupported, "old binary Word format (.doc)"},
		{"password-protected DOCX", append([]byte(oleMagic), []byte(encryptedPkg)...), ErrUnsupported, "password-protected"},
		{"not a zip", []byte("PK\x03\x04 ceci n'est pas une archive"), ErrDamaged, "zip"},
		{"another zip", zipOf(t, "readme.txt", "bonjour"), ErrNotOffice, "without word/document.xml"},
		{"a spreadsheet", zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<a/>"), ErrNotOffice, "spreadsheet"},
		{"too many entries", zipOf(t, many...), ErrTooLarge, "entries"},
		{"broken XML", zipOf(t, "word/document.xml", "<w:document "+wordNS+"><w:body><w:p><w:r><w:t>texte</w:t></w:r></w:p><!-- cut"), ErrDamaged, "word/document.xml"},
		{"no text", docxOf(t, "<w:p/>"), ErrNoText, ""},
		{"truncated", agen[:len(agen)/2], ErrDamaged, ""},
		{"encrypted ODT", zipOf(t, "mimetype", odtMimeType, "content.xml", "xx", "META-INF/manifest.xml", "<manifest:encryption-data/>"), ErrUnsupported, "password-protected"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(c.data)
			if !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("err = %v, want %v saying %q", err, c.err, c.says)
			}
		})
	}
	t.Run("mismatched tags", func(t *testing.T) {
		// A producer's slip costs the element, not the document.
		doc, err := Read(docxOf(t, "<w:p><w:r><w:t>texte</w:p><w:p><w:r><w:t>suite</w:t></w:r></w:p>"))
		if err != nil || !strings.Contains(docText(doc), "suite") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("deep nesting", func(t *testing.T) {
		// Bounded recursion: the nesting is skipped, not followed.
		_, err := Read(docxOf(t, deep))
		if err == nil {
			t.Log("read")
		}
	})
}

// A zip bomb: a small archive that inflates past the limit is refused
// once the limit is reached, whatever its headers declare.
func TestZipBomb(t *testing.T) {
	defer func(old int64) { maxInflated = old }(maxInflated)
	maxInflated = 1 << 20
	bomb := docxOf(t, "<w:p><w:r><w:t>"+strings.Repeat("a", 2<<20)+"</w:t></w:r></w:p>")
	if len(bomb) > 64<<10 {
		t.Fatalf("the bomb is %d bytes", len(bomb))
	}
	_, err := Read(bomb)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "inflated") {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}
