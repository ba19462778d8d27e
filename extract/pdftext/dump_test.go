package pdftext

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDumpGlyphs prints a file's glyph runs: PDFTEXT_DUMP=file.pdf.
func TestDumpGlyphs(t *testing.T) {
	path := os.Getenv("PDFTEXT_DUMP")
	if path == "" {
		t.Skip("PDFTEXT_DUMP not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ = normaliseHeader(data)
	r, err := openReader(data)
	if err != nil {
		t.Fatal(err)
	}
	refs, _, err := collectPages(r.Trailer().Key("Root").Key("Pages"), 2000)
	if err != nil {
		t.Fatal(err)
	}
	dr := &docReader{fonts: map[string]*font{}, raw: data}
	for _, ref := range refs {
		w, err := walkPage(dr, ref)
		gl := w.glyphs
		fmt.Printf("=== page %d box %v err %v rules %d\n", ref.leaf, ref.box, err, len(w.rules))
		if os.Getenv("PDFTEXT_RULES") != "" {
			for _, r := range w.rules {
				fmt.Printf("rule %.1f %.1f %.1f %.1f\n", r.x0, r.y0, r.x1, r.y1)
			}
		}
		var b strings.Builder
		var last *glyph
		flush := func() {
			if b.Len() > 0 {
				fmt.Println(b.String())
				b.Reset()
			}
		}
		for i := range gl {
			g := &gl[i]
			if last == nil || abs(g.y-last.y) > 0.3*g.size || g.x < last.x+last.w-0.5*g.size || g.x-(last.x+last.w) > 1.0*g.size {
				flush()
				bold := ""
				if g.font != nil && g.font.bold {
					bold = "B"
				}
				fmt.Fprintf(&b, "%6.1f %6.1f %4.1f%s| ", g.x, g.y, g.size, bold)
			} else if gap := g.x - (last.x + last.w); gap > 0.1*g.size {
				fmt.Fprintf(&b, "‹%.2f›", gap/g.size)
			}
			b.WriteString(g.s)
			last = g
		}
		flush()
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestDumpDoc prints a file's blocks: PDFTEXT_DOC=file.pdf.
func TestDumpDoc(t *testing.T) {
	path := os.Getenv("PDFTEXT_DOC")
	if path == "" {
		t.Skip("PDFTEXT_DOC not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(data, Options{KeepFurniture: os.Getenv("PDFTEXT_KEEP") != ""})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("title %q pages %d warnings %q\n", doc.Title, doc.Pages, doc.Warnings)
	for _, b := range doc.Blocks {
		extra := ""
		switch b.Kind.String() {
		case "heading":
			extra = fmt.Sprintf("h%d", b.Level)
		case "item":
			extra = fmt.Sprintf("o=%v n=%d d=%d", b.Ordered, b.Number, b.Depth)
		case "row":
			extra = fmt.Sprintf("cells=%d hdr=%v", len(b.Cells), b.Header)
		}
		fmt.Printf("p%d %-9s %-14s %s\n", b.Page, b.Kind, extra, b.Text)
	}
}
