package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/clsx/clsx/index"
)

func cmdThemes(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("themes", stderr)
	dir := indexFlag(fs)
	region := fs.String("region", "", "only the territories of this région")
	departement := fs.String("departement", "", "only the territories of this département")
	// CSV by default: a territory × 17 themes table is for a spreadsheet
	format := fs.String("format", "csv", "output format: csv|table|json")
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	if !validFormat(*format, "csv|table|json") || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: clsx themes [--region R] [--departement D] [--format csv|table|json]")
		return exitUsage
	}
	ix, ok := openIndex(*dir, stderr)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	recs, err := ix.Contracts(index.Request{Region: *region, Departement: *departement})
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return errorCode(err)
	}
	m := index.ThemeMatrix(recs)
	if *format == "json" {
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
	if err := writeRows(stdout, *format, header, rows); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	if len(rows) == 0 {
		fmt.Fprintln(stderr, "clsx: no contract in the index matches")
	}
	return exitOK
}
