package main

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract"
)

// contractRows flattens documents into one row per contract; a document
// without contract, read or failed, still has its row, so that the table
// lists every input: its cells are empty but for the source and, for a
// document that could not be read, the error (code: message).
func contractRows(docs []*extract.Document) (header []string, rows [][]string) {
	header = []string{"source", "id", "territory", "territory_kind", "departement", "region", "kind", "generation",
		"signed", "start_year", "end_year", "duration_years", "signatories", "axes", "actions", "themes", "error"}
	for _, d := range docs {
		if len(d.Contracts) == 0 {
			row := []string{d.Source}
			for range len(header) - 2 {
				row = append(row, none)
			}
			errCell := none
			if d.Error != nil {
				errCell = d.Error.Code + ": " + d.Error.Message
			}
			rows = append(rows, append(row, errCell))
		}
		for _, c := range d.Contracts {
			actions := c.ActionCount()
			rows = append(rows, []string{d.Source, c.ID, str(c.Territory), c.TerritoryKind, str(c.Departement), str(c.Region),
				c.Kind, num(c.Generation), str(c.Signed), num(c.StartYear), num(c.EndYear), num(c.DurationYears),
				strconv.Itoa(len(c.Signatories)), strconv.Itoa(len(c.Axes)), strconv.Itoa(actions), strings.Join(c.Themes, " "), none})
		}
	}
	return header, rows
}

// writeContractTable prints the contract rows. CSV always has the error
// column, a fixed shape for programs; a table has it only when a document
// failed, so that it leaves the terminal's width to the contracts.
func writeContractTable(w io.Writer, format string, docs []*extract.Document, fit fitting) error {
	header, rows := contractRows(docs)
	if format != "csv" && !slices.ContainsFunc(docs, func(d *extract.Document) bool { return d.Error != nil }) {
		header = header[:len(header)-1]
		for i := range rows {
			rows[i] = rows[i][:len(rows[i])-1]
		}
	}
	return writeRows(w, format, header, rows, fit)
}

// none stands for a missing value in a table; in CSV the cell is empty.
const none = "-"

// writeRows prints rows as CSV (full, raw: data) or as an aligned table
// fitted to width columns (0: no limit), each cell made safe for a
// terminal.
func writeRows(w io.Writer, format string, header []string, rows [][]string, fit fitting) error {
	if format != "csv" {
		return writeTable(w, header, rows, fit)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			if c != none {
				cells[i] = strings.NewReplacer(string(markOpen), "", string(markClose), "").Replace(c)
			}
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
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
