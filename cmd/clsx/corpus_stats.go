package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/clsx/clsx/corpus"
	"github.com/spf13/cobra"
)

// newCorpusStatsCmd is `clsx corpus stats`: a corpus's coverage.
func newCorpusStatsCmd(s *streams) *cobra.Command {
	var dir string
	var out *outputFlags
	c := &cobra.Command{
		Use:   "stats --corpus DIR",
		Short: "what a corpus found, per host and route, and how many contracts were extracted from it",
		Long: `Count the pages and documents of a corpus per host and per route (how the
crawl reached them: seed, link, sitemap, listing, outward), how many are
about a CLS, and how many contracts the last clsx extract --corpus found in
them (0 until it has run).`,
		Example: "  clsx corpus stats --corpus cls\n  clsx corpus stats --corpus cls --format csv",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			return exitWith(corpusStats(dir, out, s))
		},
	}
	addCorpusFlag(c, &dir)
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

// coverageRow is one line of the discovery report.
type coverageRow struct {
	corpus.CoverageRow
	Contracts int `json:"contracts"`
}

func corpusStats(dir string, out *outputFlags, s *streams) int {
	st, ok := openCorpusDir(dir, s.err)
	if !ok {
		return exitPartial
	}
	rows, err := coverage(st)
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	writeCoverage(s.out, out.format, rows, s.fit(out))
	return exitOK
}

// coverage is the corpus's coverage joined with the contracts of its
// records.jsonl, when `clsx extract --corpus` wrote one.
func coverage(st *corpus.Store) ([]coverageRow, error) {
	cov, err := st.Coverage()
	if err != nil {
		return nil, err
	}
	contracts := extractedContracts(filepath.Join(st.Dir(), RecordsFile))
	rows := make([]coverageRow, 0, len(cov))
	for _, c := range cov {
		r := coverageRow{CoverageRow: c}
		for _, u := range c.URLs {
			r.Contracts += contracts[u]
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// extractedContracts counts the contracts of each source URL in a
// records.jsonl; none if there is no such file (nothing extracted yet).
func extractedContracts(path string) map[string]int {
	out := map[string]int{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		var rec struct {
			Source    string            `json:"source"`
			Contracts []json.RawMessage `json:"contracts"`
		}
		if err := dec.Decode(&rec); err != nil {
			return out // io.EOF, or a damaged line: what was read stands
		}
		out[rec.Source] += len(rec.Contracts)
	}
}

// writeCoverage prints the discovery report, with a total line in tables.
func writeCoverage(w io.Writer, format string, rows []coverageRow, fit fitting) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	}
	var table [][]string
	var tot coverageRow
	for _, r := range rows {
		table = append(table, []string{r.Host, r.Route, strconv.Itoa(r.Pages), strconv.Itoa(r.Documents), strconv.Itoa(r.AboutCLS), strconv.Itoa(r.Contracts)})
		tot.Pages, tot.Documents, tot.AboutCLS, tot.Contracts = tot.Pages+r.Pages, tot.Documents+r.Documents, tot.AboutCLS+r.AboutCLS, tot.Contracts+r.Contracts
	}
	if format == "table" {
		table = append(table, []string{"total", "", strconv.Itoa(tot.Pages), strconv.Itoa(tot.Documents), strconv.Itoa(tot.AboutCLS), strconv.Itoa(tot.Contracts)})
	}
	return writeRows(w, format, []string{"host", "route", "pages", "documents", "about_cls", "contracts"}, table, fit)
}
