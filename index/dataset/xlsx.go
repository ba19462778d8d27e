package dataset

import (
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// xlsxName is the workbook of an XLSX export.
const xlsxName = "contrats-locaux-de-sante.xlsx"

// maxCellChars is the most characters a spreadsheet cell holds.
const maxCellChars = 32767

// xlsxWriter writes one sheet per table, through excelize's stream writers
// so that a large index does not build every cell in memory.
type xlsxWriter struct {
	path    string
	file    *excelize.File
	streams [tableCount]*excelize.StreamWriter
	next    [tableCount]int // the next row of each sheet, 1-based
}

func newXLSXWriter(dir string) (*xlsxWriter, error) {
	w := &xlsxWriter{path: filepath.Join(dir, xlsxName), file: excelize.NewFile()}
	bold, err := w.file.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	for i, t := range Tables {
		if i == 0 {
			err = w.file.SetSheetName(w.file.GetSheetName(0), t.Name)
		} else {
			_, err = w.file.NewSheet(t.Name)
		}
		if err != nil {
			w.file.Close()
			return nil, err
		}
		if w.streams[i], err = w.file.NewStreamWriter(t.Name); err != nil {
			w.file.Close()
			return nil, err
		}
		header := make([]any, len(t.Fields))
		for j, f := range t.Fields {
			header[j] = excelize.Cell{StyleID: bold, Value: f.Name}
		}
		if err := w.streams[i].SetRow("A1", header); err != nil {
			w.file.Close()
			return nil, err
		}
		w.next[i] = 2
	}
	return w, nil
}

func (w *xlsxWriter) row(table int, cells []any) error {
	out := make([]any, len(cells))
	for i, c := range cells {
		if s, ok := c.(string); ok && len(s) > maxCellChars && utf8.RuneCountInString(s) > maxCellChars {
			// a spreadsheet refuses longer cells; the CSV and JSONL keep the whole text
			c = string([]rune(s)[:maxCellChars-1]) + "…"
		}
		out[i] = c
	}
	cell, err := excelize.CoordinatesToCellName(1, w.next[table])
	if err != nil {
		return err
	}
	w.next[table]++
	return w.streams[table].SetRow(cell, out)
}

func (w *xlsxWriter) close() error {
	defer w.file.Close()
	for _, s := range w.streams {
		if err := s.Flush(); err != nil {
			return err
		}
	}
	if err := w.file.SaveAs(w.path); err != nil {
		return err
	}
	return os.Chmod(w.path, 0o644) // excelize makes it executable
}
