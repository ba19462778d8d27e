package officetext

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract/internal/wordoverlap"
	"github.com/clsx/clsx/extract/textdoc"
)

// The seed documents as DOCX and ODT (testdata/office/make.sh, from the
// flat-ODT sources the PDFs of testdata/pdf are printed from) must read
// with the words of the PDFs' truth texts, numbered items with their
// numbers, and the structure of their source: as many headings, list
// items and table rows as the source has.
func TestSeedQuality(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/office/*.*")
	n := 0
	for _, f := range files {
		ext := filepath.Ext(f)
		if ext != ".docx" && ext != ".odt" {
			continue
		}
		n++
		base := strings.TrimSuffix(filepath.Base(f), ext)
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc, err := Read(readBytes(t, f))
			if err != nil {
				t.Fatal(err)
			}
			truth := string(readBytes(t, "../../testdata/pdf/"+base+".truth.txt"))
			got, want := wordoverlap.Words(docText(doc)), wordoverlap.Words(truth)
			p, r, f1 := wordoverlap.F1(got, want)
			src := string(readBytes(t, "../../testdata/pdf/"+base+".fodt"))
			kinds := map[textdoc.Kind]int{}
			for _, b := range doc.Blocks {
				kinds[b.Kind]++
			}
			t.Logf("word F1 %.4f (P %.4f R %.4f); %d headings, %d items, %d rows; title %q",
				f1, p, r, kinds[textdoc.Heading], kinds[textdoc.ListItem], kinds[textdoc.TableRow], doc.Title)
			if f1 < 0.98 {
				t.Errorf("word F1 %.4f < 0.98", f1)
			}
			// Title paragraphs are headings too.
			if h := strings.Count(src, "<text:h "); kinds[textdoc.Heading] < h {
				t.Errorf("%d headings, the source has %d", kinds[textdoc.Heading], h)
			}
			if items := strings.Count(src, "<text:list-item"); kinds[textdoc.ListItem] != items {
				t.Errorf("%d list items, the source has %d", kinds[textdoc.ListItem], items)
			}
			if doc.Title == "" {
				t.Error("no title")
			}
		})
	}
	if n < 14 {
		t.Errorf("%d DOCX and ODT seeds, want 14", n)
	}
}

// The DOCX and ODT of each seed, read by two separate walkers, must give
// the same blocks: kind, level, depth, number, cells and text.
func TestDOCXAndODTAgree(t *testing.T) {
	docs, _ := filepath.Glob("../../testdata/office/*.docx")
	if len(docs) == 0 {
		t.Fatal("no DOCX seeds")
	}
	for _, f := range docs {
		a, err := Read(readBytes(t, f))
		if err != nil {
			t.Fatal(err)
		}
		b, err := Read(readBytes(t, strings.TrimSuffix(f, ".docx")+".odt"))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != b.Title {
			t.Errorf("%s: titles %q and %q", f, a.Title, b.Title)
		}
		for i := range max(len(a.Blocks), len(b.Blocks)) {
			if i >= len(a.Blocks) || i >= len(b.Blocks) {
				t.Errorf("%s: %d blocks as DOCX, %d as ODT", f, len(a.Blocks), len(b.Blocks))
				break
			}
			x, y := a.Blocks[i], b.Blocks[i]
			if x.Kind != y.Kind || x.Level != y.Level || x.Depth != y.Depth || x.Ordered != y.Ordered || x.Number != y.Number || x.Text != y.Text || x.Header != y.Header {
				t.Errorf("%s block %d:\n DOCX %+v\n ODT  %+v", f, i, x, y)
				break
			}
		}
	}
}

func readBytes(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// docText is a Document's text as the extractors see it: a numbered item
// keeps its number, a row its cells.
func docText(d *textdoc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch {
		case bl.Kind == textdoc.TableRow:
			b.WriteString(strings.Join(bl.Cells, "\t"))
		case bl.Kind == textdoc.ListItem && bl.Ordered:
			b.WriteString(strconv.Itoa(bl.Number) + ". " + bl.Text)
		default:
			b.WriteString(bl.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
