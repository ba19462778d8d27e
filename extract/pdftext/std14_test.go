package pdftext

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// afmWidths are advance widths read from Adobe's Core 14 AFM files (the
// WX of each glyph's line), for the glyphs the tests below use.
var afmWidths = map[string]map[string]float64{
	"Helvetica": {
		"space": 278, "C": 722, "o": 556, "n": 556, "t": 278, "r": 333, "a": 556, "l": 222,
		"d": 556, "e": 556, "c": 500, "m": 833, "u": 556, "W": 944, "i": 222, "s": 500,
		"eacute": 556, "quoteright": 222, "quotesingle": 191,
	},
	"Helvetica-Bold": {"W": 944, "a": 556, "l": 278, "i": 278, "s": 556, "d": 611, "m": 889},
	"Times-Roman": {
		"space": 250, "i": 278, "l": 278, "s": 389, "g": 500, "n": 500, "e": 444, "M": 889,
		"m": 778, "W": 944,
	},
	"Times-BoldItalic": {"space": 250, "W": 889, "i": 278},
	"Courier":          {"space": 600, "W": 600, "i": 600, "m": 600, "eacute": 600},
	"Symbol":           {"space": 250, "alpha": 631, "bullet": 460},
	"ZapfDingbats":     {"space": 278, "a20": 846},
}

func TestStd14Table(t *testing.T) {
	if len(std14Sources) != 14 {
		t.Fatalf("%d faces, want 14", len(std14Sources))
	}
	for face, glyphs := range afmWidths {
		f := std14(face)
		if f == nil {
			t.Errorf("%s: no such face", face)
			continue
		}
		for g, want := range glyphs {
			if got, ok := f.byName[g]; !ok || got != want {
				t.Errorf("%s %s: width %v (found %v), want %v", face, g, got, ok, want)
			}
		}
	}
	for _, s := range std14Sources {
		f := std14(s.name)
		if !strings.HasPrefix(s.notice, "Copyright (c)") || len(f.byName) < 190 {
			t.Errorf("%s: notice %q, %d glyphs", s.name, s.notice, len(f.byName))
		}
		if strings.HasPrefix(s.name, "Courier") {
			for g, w := range f.byName {
				if w != 600 {
					t.Errorf("%s %s: %v, Courier is fixed at 600", s.name, g, w)
				}
			}
		}
	}
	// The built-in encodings: Symbol's 0x61 is alpha, ZapfDingbats' 0x34 a20.
	if w := std14("Symbol").byCode['a']; w != 631 {
		t.Errorf("Symbol code 0x61: %v, want alpha's 631", w)
	}
	if w := std14("ZapfDingbats").byCode['4']; w != 846 {
		t.Errorf("ZapfDingbats code 0x34: %v, want a20's 846", w)
	}
}

func TestStd14FaceOf(t *testing.T) {
	for _, c := range []struct {
		base, face string
		scale      float64
	}{
		{"Helvetica", "Helvetica", 1},
		{"Helvetica-BoldOblique", "Helvetica-BoldOblique", 1},
		{"Times-Roman", "Times-Roman", 1},
		{"Times-BoldItalic", "Times-BoldItalic", 1},
		{"Courier-Oblique", "Courier-Oblique", 1},
		{"Symbol", "Symbol", 1},
		{"ZapfDingbats", "ZapfDingbats", 1},
		{"Arial", "Helvetica", 1},
		{"ArialMT", "Helvetica", 1},
		{"Arial,Bold", "Helvetica-Bold", 1},
		{"Arial-BoldMT", "Helvetica-Bold", 1},
		{"Arial-ItalicMT", "Helvetica-Oblique", 1},
		{"Arial,BoldItalic", "Helvetica-BoldOblique", 1},
		{"Arial-BoldItalicMT", "Helvetica-BoldOblique", 1},
		{"Helvetica,Bold", "Helvetica-Bold", 1},
		{"Times", "Times-Roman", 1},
		{"TimesNewRoman", "Times-Roman", 1},
		{"TimesNewRomanPSMT", "Times-Roman", 1},
		{"TimesNewRomanPS-BoldMT", "Times-Bold", 1},
		{"TimesNewRomanPS-BoldItalicMT", "Times-BoldItalic", 1},
		{"Times New Roman,Bold", "Times-Bold", 1},
		{"Times New Roman,Italic", "Times-Italic", 1},
		{"TimesNewRoman,BoldItalic", "Times-BoldItalic", 1},
		{"CourierNew", "Courier", 1},
		{"CourierNewPSMT", "Courier", 1},
		{"CourierNewPS-BoldMT", "Courier-Bold", 1},
		{"Courier New,BoldItalic", "Courier-BoldOblique", 1},
		{"SymbolMT", "Symbol", 1},
		{"Helvetica-Narrow", "Helvetica", 0.82},
		{"Helvetica-Narrow-BoldOblique", "Helvetica-BoldOblique", 0.82},
		{"ArialNarrow", "Helvetica", 0.82},
		{"ArialNarrow-Bold", "Helvetica-Bold", 0.82},
		// Other designs, other widths: not standard.
		{"Arial-Black", "", 0},
		{"Helvetica-Light", "", 0},
		{"HelveticaNeue", "", 0},
		{"Helvetica-Condensed-Bold", "", 0},
		{"Calibri", "", 0},
		{"TimesNewRoman-Narrow", "", 0},
		{"ArialUnicodeMS", "", 0},
		{"", "", 0},
	} {
		face, scale := std14FaceOf(c.base)
		if face != c.face || scale != c.scale {
			t.Errorf("std14FaceOf(%q) = %q, %v; want %q, %v", c.base, face, scale, c.face, c.scale)
		}
	}
}

func TestStd14Widths(t *testing.T) {
	var text, symbol, names [256]string
	for i := range 256 {
		text[i] = string(standard[i])
	}
	text['A'], names['A'] = "W", "W" // a /Differences entry
	text['B'], names['B'] = "a", "a.sc"
	names['a'] = "bullet"
	for _, c := range []struct {
		base    string
		enc     *[256]string
		missing float64
		code    byte
		want    float64
	}{
		{"Helvetica", &text, 0, ' ', 278},
		{"Helvetica", &text, 0, 'i', 222},
		{"Helvetica", &text, 0, 'A', 944},             // W by its /Differences name
		{"Helvetica", &text, 0, 'B', 556},             // a.sc, not in the face: by its text
		{"Helvetica", &text, 0, 0xb7, 350},            // Standard's bullet, by its text
		{"Helvetica", &text, 0, 0x05, 170973.0 / 315}, // no glyph: the mean of the AFM's 315 WX
		{"Helvetica", &text, 250, 0x05, 250},          // no glyph: /MissingWidth
		{"Helvetica-Narrow", &text, 0, 'W', 944 * 0.82},
		{"TimesNewRomanPSMT", &text, 0, 'i', 278},
		{"CourierNew,Bold", &text, 0, 'i', 600},
		{"Symbol", &symbol, 0, 'a', 460}, // its /Differences name, bullet
		{"Symbol", &symbol, 0, 'b', 549}, // beta, by the built-in code
		{"ZapfDingbats", &symbol, 0, '4', 846},
	} {
		w := std14Widths(c.base, c.enc, &names, c.missing)
		if w == nil || len(w) != 256 {
			t.Errorf("%s: %d widths", c.base, len(w))
			continue
		}
		if got := w[c.code]; got < c.want-0.5 || got > c.want+0.5 {
			t.Errorf("%s code %#x: width %v, want %v", c.base, c.code, got, c.want)
		}
	}
	if w := std14Widths("Calibri", &text, &names, 0); w != nil {
		t.Errorf("Calibri: widths %v, want none (not a standard face)", w[:4])
	}
}

// TestStd14SpacesFromWidths reads words and glyphs that a producer placed
// one by one at the advances of the real Helvetica, Times and Helvetica-Bold
// (through the Arial,Bold alias and a /Differences glyph), in fonts
// without /Widths: the text has a space exactly where the pen skipped a
// space's width. With a flat guess of 500 for every glyph this read
// "Contratlocalde santé com m une ilsigneM m e W allis".
func TestStd14SpacesFromWidths(t *testing.T) {
	type piece struct{ glyphs, show string }
	lines := []struct {
		font, face string
		pieces     []piece // a piece of "" glyphs skips a space
	}{
		{"F1", "Helvetica", []piece{
			{"C o n t r a t", "Contrat"}, {"", ""}, {"l o c a l", "local"}, {"", ""},
			{"d e", "de"}, {"", ""},
			{"s", "s"}, {"a", "a"}, {"n", "n"}, {"t", "t"}, {"eacute", `\351`}, {"", ""},
			{"c", "c"}, {"o", "o"}, {"m", "m"}, {"m", "m"}, {"u", "u"}, {"n", "n"}, {"e", "e"},
		}},
		{"F2", "Times-Roman", []piece{
			{"i l", "il"}, {"", ""}, {"s i g n e", "signe"}, {"", ""},
			{"M", "M"}, {"m", "m"}, {"e", "e"},
		}},
		{"F3", "Helvetica-Bold", []piece{
			{"W", `\001`}, {"a", "a"}, {"l", "l"}, {"l", "l"}, {"i", "i"}, {"s", "s"},
		}},
	}
	const size = 12.0
	var content strings.Builder
	y := 700.0
	for _, l := range lines {
		x := 72.0
		for _, p := range l.pieces {
			if p.glyphs == "" {
				x += size * afmWidths[l.face]["space"] / 1000
				continue
			}
			fmt.Fprintf(&content, "BT /%s %g Tf %.3f %g Td (%s) Tj ET\n", l.font, size, x, y, p.show)
			for g := range strings.FieldsSeq(p.glyphs) {
				x += size * afmWidths[l.face][g] / 1000
			}
		}
		y -= 20
	}
	pdf := minimalPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>",
		streamObj(content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
		"<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /W] >> >>",
	)
	doc, err := Read(pdf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Contrat local de santé commune il signe Mme Wallis"
	if got := strings.Join(strings.Fields(doc.PlainText()), " "); got != want {
		t.Errorf("read %q, want %q", got, want)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		f := filepath.Join(t.TempDir(), "std14.pdf")
		if err := os.WriteFile(f, pdf, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-q", f, "-").Output()
		if got := strings.Join(strings.Fields(string(out)), " "); err != nil || got != want {
			t.Errorf("pdftotext reads %q (%v), want %q: the test PDF is not what it means to be", got, err, want)
		}
	}
}

// TestStd14ReadsAsPdftotext reads real files whose text is in standard 14
// fonts without /Widths and compares the words with pdftotext's (poppler
// 22.12, recorded here; checked again where pdftotext is on PATH).
// issue14755.pdf shows "ABC" in Helvetica and "DEF" 20 pt further: at a
// guessed 500 per glyph "ABC" ends 5 pt short of "DEF" and read "ABC DEF".
func TestStd14ReadsAsPdftotext(t *testing.T) {
	_, pdftotext := exec.LookPath("pdftotext")
	for _, c := range []struct{ file, want string }{
		{"issue14755.pdf", "ABCDEFGHI"},
		{"issue14256.pdf", "1 2 3 4 5 6 7 8"},
		{"issue19800.pdf", "Hello world Hello world"},
		{"issue6069.pdf", "Missing value for startxref and junk before magic header"},
		{"operator-in-TJ-array.pdf", "Grandes Clientèles, Financements et Marchés"},
		{"Pages-tree-refs.pdf", "Testcase: ’Pages loop’"},
	} {
		path := filepath.Join("testdata/torture", c.file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data, Options{})
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if got := strings.Join(strings.Fields(doc.PlainText()), " "); got != c.want {
			t.Errorf("%s: read %q, want %q", c.file, got, c.want)
		}
		if pdftotext == nil {
			out, err := exec.Command("pdftotext", "-q", path, "-").Output()
			if got := strings.Join(strings.Fields(string(out)), " "); err != nil || got != c.want {
				t.Errorf("%s: pdftotext reads %q (%v), want %q", c.file, got, err, c.want)
			}
		}
	}
}

// FuzzStd14FaceOf feeds /BaseFont names (untrusted): the answer is one of
// the 14 faces with scale 1 or 0.82, or none with scale 0.
func FuzzStd14FaceOf(f *testing.F) {
	for _, s := range []string{"Helvetica", "Arial,BoldItalic", "TimesNewRomanPS-BoldMT", "Helvetica-Narrow-Bold", "Courier New", "-,", "narrow"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, base string) {
		fuzzlimit.Run(t, func() {
			face, scale := std14FaceOf(base)
			switch {
			case face == "" && scale == 0:
			case std14(face) != nil && (scale == 1 || scale == 0.82):
			default:
				t.Fatalf("std14FaceOf(%q) = %q, %v", base, face, scale)
			}
		})
	})
}
