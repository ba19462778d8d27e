package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/clsx/clsx/extract"
)

// BenchmarkExtractSitePages reads and extracts the sample site's HTML pages
// (reader and extractors together); MB/s is of HTML bytes.
func BenchmarkExtractSitePages(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/site/*/*/*/index.html")
	more, _ := filepath.Glob("../testdata/site/*/*/*.html")
	var pages [][]byte
	size := 0
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages, size = append(pages, data), size+len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			if _, err := extract.FromBytes("page.html", p, extract.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
