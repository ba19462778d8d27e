package pdftext

import (
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// cjkPDF is a one-page PDF showing hex-coded text in a Type 0 font whose
// CIDFont is not embedded and has no /ToUnicode: the text can only come
// from the predefined CMap named by encoding (or from the collection's
// CID → Unicode map for Identity-H). encoding is a name ("/EUC-H") or an
// object reference to an embedded CMap (then cmap is its stream's text).
func cjkPDF(encoding, ordering, codes, cmap string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		streamObj("BT /F1 24 Tf 72 700 Td <" + codes + "> Tj ET"),
		"<< /Type /Font /Subtype /Type0 /BaseFont /CJK /Encoding " + encoding + " /DescendantFonts [6 0 R] >>",
		"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /CJK /CIDSystemInfo << /Registry (Adobe) /Ordering (" +
			ordering + ") /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
		"<< /Type /FontDescriptor /FontName /CJK /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
	}
	if cmap != "" {
		objs = append(objs, streamObj(cmap))
	}
	return minimalPDF(objs...)
}

func encodeHex(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return hex.EncodeToString(b)
}

func utf16Hex(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04x", u)
	}
	return b.String()
}

// TestCJKFontsWithoutToUnicode reads text shown through each kind of
// predefined CMap; the codes are made by golang.org/x/text's encoders, so
// the expected text is not this package's own reading.
func TestCJKFontsWithoutToUnicode(t *testing.T) {
	usecmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Custom def /90ms-RKSJ-H usecmap\nendcmap CMapName currentdict /CMap defineresource pop end end"
	cases := []struct {
		name, encoding, ordering, codes, cmap, want string
	}{
		{"EUC-JP", "/EUC-H", "Japan1", encodeHex(t, japanese.EUCJP, "契約の健康"), "", "契約の健康"},
		{"Shift JIS", "/90ms-RKSJ-H", "Japan1", encodeHex(t, japanese.ShiftJIS, "地域保健ABC"), "", "地域保健ABC"},
		{"Shift JIS vertical", "/90ms-RKSJ-V", "Japan1", encodeHex(t, japanese.ShiftJIS, "保健、医療"), "", "保健、医療"},
		{"GBK", "/GBK-EUC-H", "GB1", encodeHex(t, simplifiedchinese.GBK, "地方卫生合同"), "", "地方卫生合同"},
		{"Big5", "/ETen-B5-H", "CNS1", encodeHex(t, traditionalchinese.Big5, "衛生契約"), "", "衛生契約"},
		{"UHC", "/KSCms-UHC-H", "Korea1", encodeHex(t, korean.EUCKR, "지역 보건 계약"), "", "지역 보건 계약"},
		{"UTF-16 with a surrogate pair", "/UniGB-UTF16-H", "GB1", utf16Hex("中\U0002000b文"), "", "中\U0002000b文"},
		{"UCS-2", "/UniKS-UCS2-H", "Korea1", utf16Hex("보건"), "", "보건"},
		{"UTF-8", "/UniJIS-UTF8-H", "Japan1", hex.EncodeToString([]byte("健康A")), "", "健康A"},
		{"embedded CMap using a predefined one", "8 0 R", "Japan1", encodeHex(t, japanese.ShiftJIS, "健康"), usecmap, "健康"},
		{"Identity-H over Adobe-Japan1", "/Identity-H", "Japan1", "034b0022", "", "あA"}, // CIDs 843 and 34
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read(cjkPDF(c.encoding, c.ordering, c.codes, c.cmap), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := squeeze(docText(doc)); got != squeeze(c.want) {
				t.Errorf("read %q, want %q", got, c.want)
			}
		})
	}
}

// TestPredefinedCMapsAsPdftotext reads the torture files whose Japanese
// text needs a predefined CMap and Adobe-Japan1's Unicode map, and finds
// the text poppler's pdftotext finds.
func TestPredefinedCMapsAsPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not on PATH (Debian: apt-get install poppler-utils)")
	}
	for _, name := range []string{"noembed-eucjp.pdf", "noembed-sjis.pdf", "noembed-identity-2.pdf"} {
		path := "testdata/torture/" + name
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-q", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", name, err)
		}
		doc, err := Read(data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, got := squeeze(string(out)), squeeze(docText(doc))
		if want == "" || !strings.Contains(got, want) {
			t.Errorf("%s: read %q, pdftotext %q", name, got, want)
		}
	}
}

// squeeze drops white space: the layouts of two readers differ in where
// they break lines, not in the characters.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
