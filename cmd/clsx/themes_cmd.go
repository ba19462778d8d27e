package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/clsx/clsx/index"
	"github.com/spf13/cobra"
)

// newThemesCmd is `clsx themes`: the territory × theme matrix.
func newThemesCmd(s *streams) *cobra.Command {
	var dir, region, departement string
	var out *outputFlags
	c := &cobra.Command{
		Use:   "themes",
		Short: "the territory × theme matrix: how many axes and actions of each theme",
		Long: `Print one row per territory of the index and one column per theme of the
annotation guide: how many of its contracts' axes and actions carry the
theme. --format csv gives it to a spreadsheet.`,
		Example: `  clsx themes --region Occitanie
  clsx themes --format csv > themes.csv`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			return exitWith(runThemes(dir, region, departement, out, s))
		},
	}
	addIndexFlag(c, &dir)
	c.Flags().StringVar(&region, "region", "", "only the territories of this `REGION`")
	c.Flags().StringVar(&departement, "departement", "", "only the territories of this département (`CODE` or name)")
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

func runThemes(dir, region, departement string, out *outputFlags, s *streams) int {
	stdout, stderr := s.out, s.err
	ix, ok := openIndex(dir, stderr)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	recs, err := ix.Contracts(index.Request{Region: region, Departement: departement})
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return errorCode(err)
	}
	m := index.ThemeMatrix(recs)
	if out.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(m); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		return exitOK
	}
	header := append([]string{"territory", "territory_code", "departement", "region", "contracts"}, m.Themes...)
	var rows [][]string
	for _, r := range m.Rows {
		row := []string{r.Territory, r.TerritoryCode, r.Departement, r.Region, strings.Join(r.Contracts, " ")}
		for _, t := range m.Themes {
			row = append(row, strconv.Itoa(r.Counts[t]))
		}
		rows = append(rows, row)
	}
	if err := writeRows(stdout, out.format, header, rows, s.fit(out)); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	if len(rows) == 0 {
		fmt.Fprintln(stderr, "clsx: no contract in the index matches")
	}
	return exitOK
}
