package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus stats counts by host and route and joins the contracts of the
// last extraction's records.jsonl.
func TestCorpusStats(t *testing.T) {
	srv := clsTestServer(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	if _, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false", "-q"); code != exitPartial || stderr != "" {
		t.Fatalf("crawl exit %d, stderr %q", code, stderr)
	}
	stats := func(format string) string {
		var out, errb bytes.Buffer
		if code := runCorpus([]string{"stats", "--corpus", dir, "--format", format}, &out, &errb); code != exitOK {
			t.Fatalf("stats exit %d: %s", code, errb.String())
		}
		return out.String()
	}
	var rows []coverageRow
	if err := json.Unmarshal([]byte(stats("json")), &rows); err != nil || len(rows) != 2 {
		t.Fatalf("json: %v %+v", err, rows)
	}
	if r := rows[0]; r.Route != "link" || r.Documents != 1 || r.Pages != 0 || r.AboutCLS != 1 || r.Contracts != 0 {
		t.Errorf("link row %+v", r)
	}
	if r := rows[1]; r.Route != "seed" || r.Pages != 1 || r.Host != "127.0.0.1" {
		t.Errorf("seed row %+v", r)
	}

	// After an extraction: the contracts of each URL are counted.
	recs := `{"source":"` + srv.URL + `/cls.pdf","contracts":[{"id":"a"},{"id":"b"}]}` + "\n" +
		`{"source":"` + srv.URL + `/cls","contracts":[]}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, RecordsFile), []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	table, err := csv.NewReader(strings.NewReader(stats("csv"))).ReadAll()
	if err != nil || len(table) != 3 || strings.Join(table[0], ",") != "host,route,pages,documents,about_cls,contracts" ||
		strings.Join(table[1], ",") != "127.0.0.1,link,0,1,1,2" {
		t.Errorf("csv: %v %q", err, table)
	}
	if out := stats("table"); !strings.Contains(out, "total") {
		t.Errorf("table:\n%s", out)
	}
}
