package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// benchCorpus builds a corpus of at least size bytes by concatenating varied
// documents: the seed texts with their territories, years and paragraph order
// changed, so no two documents are the same text.
func benchCorpus(tb testing.TB, size int) []string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var seeds []string
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	if len(seeds) == 0 {
		tb.Skip("no seed texts")
	}
	places := []string{"Agen", "Blois", "Marseille", "Apt", "Briançon", "Lunel", "Vierzon", "Millau", "Dax", "Saint-Dié-des-Vosges"}
	var docs []string
	total := 0
	for i := 0; total < size; i++ {
		s := seeds[i%len(seeds)]
		r := strings.NewReplacer(
			"Agen", places[i%len(places)], "Agglopolys", "Agglo "+places[(i+1)%len(places)],
			"2019", fmt.Sprint(2010+i%12), "2024", fmt.Sprint(2015+i%12), "2025", fmt.Sprint(2016+i%11),
			"Aunis Atlantique", "Pays "+places[(i+3)%len(places)], "Terres des Confluences", "Val "+places[(i+4)%len(places)])
		s = r.Replace(s)
		if i%3 == 1 { // paragraphs in another order
			paras := strings.Split(s, "\n\n")
			for a, b := 0, len(paras)-1; a < b; a, b = a+1, b-1 {
				paras[a], paras[b] = paras[b], paras[a]
			}
			s = strings.Join(paras, "\n\n")
		}
		docs = append(docs, s)
		total += len(s)
	}
	return docs
}

// BenchmarkExtractCorpus extracts a ≥ 10 MB corpus of varied documents, one
// document at a time, as a batch does; the MB/s figure is per core.
func BenchmarkExtractCorpus(b *testing.B) {
	docs := benchCorpus(b, benchSize())
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	r := rules.Default()
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			FromText(fmt.Sprintf("doc%d.txt", j), d, r)
		}
	}
}

// BenchmarkExtractOneLargeDocument extracts the same corpus as one document:
// the cost must stay linear in the size of a document.
func BenchmarkExtractOneLargeDocument(b *testing.B) {
	text := strings.Join(benchCorpus(b, benchSize()), "\n\n")
	r := rules.Default()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FromText("large.txt", text, r)
	}
}

// benchSize is the corpus size: 10 MB, or CLSX_BENCH_BYTES for a quick run.
func benchSize() int {
	var n int
	if _, err := fmt.Sscan(os.Getenv("CLSX_BENCH_BYTES"), &n); err == nil && n > 0 {
		return n
	}
	return 10 << 20
}
