package htmltext

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads the sample site's pages; MB/s is of HTML bytes.
func BenchmarkRead(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/site/*/*/*/index.html")
	more, _ := filepath.Glob("../../testdata/site/*/*/*.html")
	paths = append(paths, more...)
	var pages [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Read(p, "", "https://example.fr/"); err != nil {
				b.Fatal(err)
			}
		}
	}
}
