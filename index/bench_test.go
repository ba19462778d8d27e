package index

import (
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/clsx/clsx/extract"
)

// The benchmarks run on a synthetic corpus of 10,000 contracts (synth_test.go).
//
//	go test -run '^$' -bench . -benchtime 1x ./index/    # build once, 300 queries of each kind
//
// BenchmarkBuild reports the build time; BenchmarkQuery* report the p50 and
// p99 latency of single searches (both searches of a request: facets and
// rows) on the index built once.
var benchContracts = envInt("CLSX_BENCH_CONTRACTS", 10000)

var (
	benchOnce sync.Once
	benchDocs []*extract.Document
	benchIx   *Index
	benchDir  string
)

func benchCorpus(b *testing.B) []*extract.Document {
	benchOnce.Do(func() { benchDocs = synthCorpus(b, benchContracts, 1) })
	return benchDocs
}

func benchIndex(b *testing.B) *Index {
	docs := benchCorpus(b)
	if benchIx == nil && os.Getenv("CLSX_BENCH_INDEX") != "" {
		// an index built by an earlier run, to profile queries alone
		ix, err := Open(os.Getenv("CLSX_BENCH_INDEX"))
		if err == nil {
			benchIx = ix
			return ix
		}
	}
	if benchIx == nil {
		dir := os.Getenv("CLSX_BENCH_INDEX")
		var err error
		if dir == "" {
			dir, err = os.MkdirTemp("", "clsx-bench")
		}
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		bd, err := Create(dir, "bench")
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			if err := bd.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := bd.Commit(); err != nil {
			b.Fatal(err)
		}
		if benchIx, err = Open(dir); err != nil {
			b.Fatal(err)
		}
	}
	return benchIx
}

func BenchmarkBuild(b *testing.B) {
	docs := benchCorpus(b)
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		start := time.Now()
		bd, err := Create(dir, "bench")
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			if err := bd.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		st, err := bd.Commit()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "build-s")
		b.ReportMetric(float64(st.Contracts), "contracts")
		b.ReportMetric(float64(st.Axes+st.Actions+st.Contracts), "index-docs")
	}
}

// latency runs each request of reqs, round robin, rounds times and reports
// the p50 and p99 of one search.
func latency(b *testing.B, reqs []Request) {
	ix := benchIndex(b)
	const rounds = 300
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var d []time.Duration
		for n := 0; n < rounds; n++ {
			req := reqs[n%len(reqs)]
			start := time.Now()
			res, err := ix.Search(req)
			if err != nil {
				b.Fatal(err)
			}
			d = append(d, time.Since(start))
			if n < len(reqs) && len(res.Groups) == 0 {
				b.Fatalf("%+v found nothing", req)
			}
		}
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(d[len(d)*99/100].Microseconds())/1000, "p99-ms")
	}
}

func BenchmarkQueryWord(b *testing.B) {
	latency(b, []Request{{Query: "vaccination"}, {Query: "addictions"}, {Query: "mobilité"}, {Query: "aidants"},
		{Query: "santé"}, {Query: "prévention"}})
}

func BenchmarkQueryPhrase(b *testing.B) {
	latency(b, []Request{{Query: `"santé mentale"`}, {Query: `"accès aux soins"`}, {Query: `"activité physique"`},
		{Query: `"personnes âgées"`}})
}

func BenchmarkQueryFaceted(b *testing.B) {
	latency(b, []Request{
		{Query: "prévention", Region: "Occitanie", Year: 2018},
		{Query: "santé mentale", Theme: "sante_mentale", Kind: "cls"},
		{Theme: "addictions", Region: "Nouvelle-Aquitaine"},
		{Query: "soins", SignatoryKind: "cpam", By: "contract"},
	})
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// BenchmarkUpdateOne adds one document to an index of the synthetic corpus:
// what `clsx index doc.pdf` costs on a large index, since an update merges
// every document again and writes a whole new generation.
func BenchmarkUpdateOne(b *testing.B) {
	docs := benchCorpus(b)
	dir := b.TempDir()
	bd, err := Create(dir, "bench")
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range docs[1:] {
		bd.Add(d)
	}
	if _, err := bd.Commit(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		up, err := Update(dir, "bench")
		if err != nil {
			b.Fatal(err)
		}
		up.Add(docs[0])
		st, err := up.Commit()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "update-s")
		b.ReportMetric(float64(st.Documents), "documents")
	}
}
