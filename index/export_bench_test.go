package index_test

import (
	"path/filepath"
	"testing"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/index/dataset"
)

// BenchmarkExport writes the synthetic index (10,000 contracts, see
// bench_test.go) as a dataset in each format:
//
//	go test -run '^$' -bench Export -benchmem -benchtime 3x ./index/
func BenchmarkExport(b *testing.B) {
	ix := index.BenchIndex(b)
	for _, format := range dataset.Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				dir := filepath.Join(b.TempDir(), "out")
				res, err := dataset.Export(ix, dir, dataset.Options{Format: format})
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(res.Contracts), "contracts")
			}
		})
	}
}
