package pdftext

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/extract/internal/wordoverlap"
	"github.com/clsx/clsx/extract/textdoc"
	"golang.org/x/net/html"
)

// Text quality: every PDF with a known text is read and its words compared
// with the truth's, as multisets (word F1) and as sequences (reading order:
// the longest common subsequence over the truth's length). Glued words —
// an output word that is not a truth word but two truth words run together
// — are the defect that stream-order text is prone to, so there must be
// none.

// qualityCase is a PDF and the text it should read as.
type qualityCase struct {
	name  string
	pdf   string
	truth func(t *testing.T) string
	minF1 float64
}

func qualityCases(t *testing.T) []qualityCase {
	var cases []qualityCase
	fromTruthFiles := func(dir string) {
		pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		for _, p := range pdfs {
			tp := strings.TrimSuffix(p, ".pdf") + ".truth.txt"
			if _, err := os.Stat(tp); err != nil {
				continue
			}
			cases = append(cases, qualityCase{
				name: filepath.Base(p), pdf: p, minF1: 0.98,
				truth: func(t *testing.T) string { return readFile(t, tp) },
			})
		}
	}
	fromTruthFiles("testdata/fixtures")
	// The same document encrypted four ways (RC4-40, RC4-128, AES-128,
	// AES-256), each with an empty user password: the truth is the
	// unencrypted one's.
	for _, e := range []string{"d1_rc4_40", "d1_rc4_128", "d1_aes128", "d1_aes256"} {
		cases = append(cases, qualityCase{
			name: e + ".pdf", pdf: "testdata/fixtures/" + e + ".pdf", minF1: 0.98,
			truth: func(t *testing.T) string { return readFile(t, "testdata/fixtures/d1_agen_serif.truth.txt") },
		})
	}
	// The LibreOffice fixtures of the repository, measured as they land.
	fromTruthFiles(filepath.Join("..", "..", "testdata", "pdf"))
	// The sample site's PDFs, printed from the HTML sources beside them.
	htmls, _ := filepath.Glob("testdata/site/*.html")
	for _, h := range htmls {
		p := strings.TrimSuffix(h, ".html") + ".pdf"
		minF1 := 0.98
		if strings.HasPrefix(filepath.Base(p), "cadre-logique") {
			// The PDF lost the first line of the HTML's title: its page 1
			// is empty (pdftotext agrees), so 9 of the truth's words
			// cannot be read.
			minF1 = 0.94
		}
		cases = append(cases, qualityCase{
			name: filepath.Base(p), pdf: p, minF1: minF1,
			truth: func(t *testing.T) string { return htmlText(t, h) },
		})
	}
	return cases
}

func readFile(t testing.TB, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// htmlText is an HTML page's text as a browser prints it: block elements
// on their own lines, table cells apart, ordered list items numbered.
func htmlText(t testing.TB, p string) string {
	t.Helper()
	n, err := html.Parse(strings.NewReader(readFile(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node, counter *int)
	walk = func(n *html.Node, counter *int) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "head", "script", "style", "title":
				return
			case "ol":
				c := 0
				for k := n.FirstChild; k != nil; k = k.NextSibling {
					walk(k, &c)
				}
				b.WriteByte('\n')
				return
			case "li":
				b.WriteByte('\n')
				if counter != nil {
					*counter++
					b.WriteString(strconv.Itoa(*counter) + ". ")
				}
			case "p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "table", "br":
				b.WriteByte('\n')
			case "td", "th":
				b.WriteByte('\t')
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k, nil)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6":
				b.WriteByte('\n')
			}
		}
	}
	walk(n, nil)
	return b.String()
}

// docText is a Document's text as the extractors see it: a numbered item
// keeps its number.
func docText(d *textdoc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch {
		case bl.Kind == textdoc.TableRow && len(bl.Cells) > 0:
			b.WriteString(strings.Join(bl.Cells, "\t"))
		case bl.Kind == textdoc.ListItem && bl.Ordered && bl.Number > 0:
			b.WriteString(strconv.Itoa(bl.Number) + ". " + bl.Text)
		default:
			b.WriteString(bl.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// gluedWords lists the output words that are not truth words but the
// concatenation of two truth words.
func gluedWords(got, want []string) []string {
	set := map[string]bool{}
	for _, w := range want {
		set[w] = true
	}
	var out []string
	for _, w := range got {
		if set[w] {
			continue
		}
		rs := []rune(w)
		for i := 1; i < len(rs); i++ {
			if set[string(rs[:i])] && set[string(rs[i:])] {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// lcsRatio is the longest common subsequence of the two word sequences
// over the truth's length (Myers' O(ND) algorithm, D capped: -1 when the
// sequences differ too much to measure cheaply).
func lcsRatio(a, b []string) float64 {
	n, m := len(a), len(b)
	if m == 0 {
		return 0
	}
	maxD := min(n+m, 20000)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				// d = n + m - 2·LCS
				return float64(n+m-d) / 2 / float64(m)
			}
		}
	}
	return -1
}

func TestTextQuality(t *testing.T) {
	for _, c := range qualityCases(t) {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(readFile(t, c.pdf))
			doc, err := Read(data, Options{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			got, want := wordoverlap.Words(docText(doc)), wordoverlap.Words(c.truth(t))
			p, r, f := wordoverlap.F1(got, want)
			glued := gluedWords(got, want)
			order := lcsRatio(got, want)
			t.Logf("%s: word F1 %.4f (P %.4f R %.4f), reading order (LCS/truth) %.4f, glued %d, %d pages, %d blocks",
				c.name, f, p, r, order, len(glued), doc.Pages, len(doc.Blocks))
			if f < c.minF1 {
				t.Errorf("word F1 %.4f < %.2f", f, c.minF1)
			}
			if f < c.minF1 || os.Getenv("PDFTEXT_DIFF") != "" && f < 1 {
				logDiff(t, got, want)
			}
			if len(glued) > 0 {
				t.Errorf("%d glued words: %q", len(glued), glued)
			}
		})
	}
}

// logDiff logs the words missing from and added to the output.
func logDiff(t *testing.T, got, want []string) {
	cnt := map[string]int{}
	for _, w := range want {
		cnt[w]++
	}
	for _, w := range got {
		cnt[w]--
	}
	var missing, extra []string
	for w, c := range cnt {
		if c > 0 {
			missing = append(missing, w)
		} else if c < 0 {
			extra = append(extra, w)
		}
	}
	if len(missing) > 40 {
		missing = missing[:40]
	}
	if len(extra) > 40 {
		extra = extra[:40]
	}
	t.Logf("missing: %q", missing)
	t.Logf("extra: %q", extra)
}
