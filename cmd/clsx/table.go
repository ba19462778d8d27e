package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/clsx/clsx/extract"
)

// contractRows flattens documents into one row per contract.
func contractRows(docs []*extract.Document) (header []string, rows [][]string) {
	header = []string{"source", "id", "territory", "territory_kind", "departement", "region", "kind", "generation",
		"signed", "start_year", "end_year", "duration_years", "signatories", "axes", "actions", "themes"}
	for _, d := range docs {
		for _, c := range d.Contracts {
			actions := len(c.Actions)
			for _, a := range c.Axes {
				actions += len(a.Actions)
			}
			rows = append(rows, []string{d.Source, c.ID, str(c.Territory), c.TerritoryKind, str(c.Departement), str(c.Region),
				c.Kind, num(c.Generation), str(c.Signed), num(c.StartYear), num(c.EndYear), num(c.DurationYears),
				strconv.Itoa(len(c.Signatories)), strconv.Itoa(len(c.Axes)), strconv.Itoa(actions), strings.Join(c.Themes, " ")})
		}
	}
	return header, rows
}

func writeContractTable(w io.Writer, format string, docs []*extract.Document) error {
	header, rows := contractRows(docs)
	return writeRows(w, format, header, rows)
}

// none stands for a missing value in a table; in CSV the cell is empty.
const none = "-"

// writeRows prints rows as an aligned table or as CSV.
func writeRows(w io.Writer, format string, header []string, rows [][]string) error {
	if format == "csv" {
		cw := csv.NewWriter(w)
		if err := cw.Write(header); err != nil {
			return err
		}
		for _, r := range rows {
			cells := make([]string, len(r))
			for i, c := range r {
				if c != none {
					cells[i] = c
				}
			}
			if err := cw.Write(cells); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

func str(s *string) string {
	if s == nil {
		return none
	}
	return *s
}

func num(n *int) string {
	if n == nil {
		return none
	}
	return strconv.Itoa(*n)
}
