package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/index/dataset"
	"github.com/spf13/cobra"
)

// newStatsCmd is `clsx stats`: the summary figures of the index.
func newStatsCmd(s *streams) *cobra.Command {
	var dir string
	var year int
	var out *outputFlags
	c := &cobra.Command{
		Use:   "stats",
		Short: "summary figures: contracts per région, year, generation and kind; period; population covered",
		Long: `Count the contracts of the index per région, per year signed, per year in
force (start_year to end_year), per generation and per kind; give the
median length of their periods (end_year − start_year, over the contracts
that give both); and the coverage: the share of each région's population
(and France's) living where a contract is in force in --year (this year by
default). Coverage counts each commune once, from the official geography
of each contract's territory code (INSEE populations municipales); a
territory without a code (pays, quartier) is not counted, and standard
error says how many.`,
		Example: `  clsx stats
  clsx stats --year 2022 --format csv > stats.csv
  clsx stats --format json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			return exitWith(runStats(dir, year, out, s))
		},
	}
	addIndexFlag(c, &dir)
	c.Flags().IntVar(&year, "year", time.Now().Year(), "coverage by the contracts in force in `YEAR`")
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

func runStats(dir string, year int, out *outputFlags, s *streams) int {
	ix, ok := openIndex(dir, s.err)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	recs, err := ix.Contracts(index.Request{})
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return errorCode(err)
	}
	sum := dataset.Summarize(recs, year)
	if out.format == "json" {
		data, err := json.MarshalIndent(sum, "", " ")
		if err == nil {
			_, err = s.out.Write(append(jsonTermSafe(data), '\n'))
		}
		if err != nil {
			fmt.Fprintln(s.err, "clsx:", err)
			return exitPartial
		}
		return exitOK
	}
	header := []string{"stat", "value", "contracts", "population", "covered", "share"}
	if err := writeRows(s.out, out.format, header, statsRows(sum), s.fit(out)); err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	cv := sum.Coverage
	fmt.Fprintf(s.notes(), "clsx: %d contracts; %d in force in %d, %d of them on a territory without an official code (not in the coverage)\n",
		sum.Contracts, cv.InForce, cv.Year, cv.Unresolved)
	return exitOK
}

// statsRows is the summary as one long table: a row per figure.
func statsRows(sum *dataset.Summary) [][]string {
	rows := [][]string{{"contracts", none, strconv.Itoa(sum.Contracts), none, none, none}}
	for _, part := range []struct {
		stat   string
		counts []dataset.Count
	}{{"region", sum.ByRegion}, {"signed_year", sum.BySignedYear}, {"in_force_year", sum.InForce},
		{"generation", sum.ByGeneration}, {"kind", sum.ByKind}} {
		for _, c := range part.counts {
			v := c.Value
			if v == "" {
				v = none
			}
			rows = append(rows, []string{part.stat, v, strconv.Itoa(c.Contracts), none, none, none})
		}
	}
	median := none
	if m := sum.Period.MedianYears; m != nil {
		median = strconv.FormatFloat(*m, 'f', -1, 64)
	}
	rows = append(rows, []string{"median_period_years", median, strconv.Itoa(sum.Period.Contracts), none, none, none})
	stat := "coverage_" + strconv.Itoa(sum.Coverage.Year)
	for _, r := range sum.Coverage.Regions {
		rows = append(rows, []string{stat, r.Region, strconv.Itoa(r.Contracts), strconv.Itoa(r.Population),
			strconv.Itoa(r.Covered), strconv.FormatFloat(r.Share, 'f', 4, 64)})
	}
	return rows
}
