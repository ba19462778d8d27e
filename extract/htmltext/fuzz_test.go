package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// FuzzRead: whatever the bytes, Read returns (no panic, even a recovered
// one: that is a bug of ours), within fuzzlimit's time, blocks that are single
// trimmed non-empty lines, and the same answer twice.
func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob("../../testdata/site/*/*/*/index.html")
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, "text/html")
		}
	}
	for _, s := range []string{
		"<ol start=-5><li>a<li value=x>b</ol>", "<table><tr><td><table><tr><td>x<td>y</table></td></tr></table>",
		"<div>,a</div>", "<h7>x</h7><h1><h2>y</h2></h1>", "<header><h1>T</h1></header><p>x</p>",
		"<meta charset=utf-16><p>x", "\xff\xfe<\x00p\x00>\x00", "<base href=':'><a href='x.pdf'>d</a>",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte(strings.Repeat("<font size=2>", 600)+"<p>CLS signé\xff"), "text/html; charset=utf-8") // deep, a stray byte
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		fuzzlimit.Run(t, func() {
			d, err := Read(data, contentType, "https://example.fr/a/")
			if err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic: %v", err)
			}
			if d == nil {
				return
			}
			for _, b := range d.Blocks {
				if b.Kind != 3 && (b.Text == "" || strings.TrimSpace(b.Text) != b.Text || strings.ContainsAny(b.Text, "\n\r")) {
					t.Fatalf("block %+v is not a single trimmed line", b)
				}
			}
			again, _ := Read(data, contentType, "https://example.fr/a/")
			if again == nil || render(again) != render(d) {
				t.Fatalf("not deterministic")
			}
		})
	})
}
