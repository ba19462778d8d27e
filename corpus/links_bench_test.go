package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParsePage: reading the links of a sample CLS page.
func BenchmarkParsePage(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(siteRoot, "www.agglo-agen.fr/sante/contrat-local-de-sante/index.html"))
	if err != nil {
		b.Fatal(err)
	}
	base := mustURL(b, agenCLS)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		parsePage(base, bytes.NewReader(data), "text/html; charset=utf-8")
	}
}
