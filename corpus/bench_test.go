package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

// genHosts serves n generated sites, each a home page, sections sections
// and sections×per pages, and returns the seeds.
func genHosts(s *testSite, n, sections, per int) []string {
	var seeds []string
	for i := 0; i < n; i++ {
		h := fmt.Sprintf("www.cls-%02d.fr", i)
		s.handle(h, genSite(sections, per))
		seeds = append(seeds, "http://"+h+"/")
	}
	return seeds
}

// BenchmarkCrawl measures pages fetched and stored per second on loopback,
// politeness off (no delay; still one request at a time per host), over 4
// hosts of 501 pages, every page durable (fsync) before the next record.
func BenchmarkCrawl(b *testing.B) {
	s := newTestSite(b)
	seeds := genHosts(s, 4, 5, 100)
	var pages int
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		cfg := s.config(b.TempDir(), seeds...)
		cfg.MaxPages = 0
		start := time.Now()
		rep, err := Crawl(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		pages += rep.New
		if rep.New != 4*(1+5+5*100) {
			b.Fatalf("report %+v", rep)
		}
	}
	b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
}

// Peak memory while crawling a generated site of 100,000 URLs (10 hosts of
// 10,011), measured in a child process (VmHWM). Set CLSX_RSS_TEST=1 to run it:
// it takes minutes.
func TestCrawlRSS(t *testing.T) {
	if os.Getenv("CLSX_RSS_TEST") == "" {
		t.Skip("set CLSX_RSS_TEST=1 to measure the peak RSS of a 100,000-URL crawl")
	}
	s := newTestSite(t)
	seeds := genHosts(s, 10, 10, 1000)
	dir := t.TempDir()
	cfg := s.config(dir, seeds...)
	cfg.MaxPages = 0
	start := time.Now()
	cmd, out := startChild(t, cfg)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var res childResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	el := time.Since(start)
	t.Logf("%d URLs recorded (%d new) in %s (%.0f pages/s); peak RSS %.1f MB",
		res.Report.Records, res.Report.New, el.Round(time.Second), float64(res.Report.Records)/el.Seconds(), float64(res.PeakRSSKB)/1024)
	if res.Report.New != 10*(1+10+10*1000) {
		t.Errorf("report %+v", res.Report)
	}
	if res.PeakRSSKB > 200*1024 {
		t.Errorf("peak RSS %d kB, over 200 MB", res.PeakRSSKB)
	}
}
