package dataset

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// utf8BOM opens a CSV that French Excel reads as UTF-8 rather than
// Windows-1252.
const utf8BOM = "\ufeff"

// csvWriter writes each table to its own CSV file (RFC 4180: a header, CRLF
// line ends, quotes where needed), in UTF-8; for Excel (excel), ";"
// separated with a byte order mark, as a French Excel opens it as is.
type csvWriter struct {
	files   [tableCount]*os.File
	bufs    [tableCount]*bufio.Writer
	writers [tableCount]*csv.Writer
	cells   []string // reused for every row
}

// csvName is the file of a table.
func csvName(t *Table) string { return t.Name + ".csv" }

func newCSVWriter(dir string, excel bool) (*csvWriter, error) {
	w := &csvWriter{}
	for i, t := range Tables {
		f, err := os.Create(filepath.Join(dir, csvName(t)))
		if err != nil {
			w.abort()
			return nil, err
		}
		w.files[i], w.bufs[i] = f, bufio.NewWriterSize(f, 64<<10)
		if excel {
			w.bufs[i].WriteString(utf8BOM)
		}
		cw := csv.NewWriter(w.bufs[i])
		cw.UseCRLF = true
		if excel {
			cw.Comma = ';'
		}
		w.writers[i] = cw
		if err := cw.Write(t.Header()); err != nil {
			w.abort()
			return nil, err
		}
	}
	return w, nil
}

func (w *csvWriter) row(table int, cells []any) error {
	w.cells = w.cells[:0]
	for _, c := range cells {
		w.cells = append(w.cells, cellText(c))
	}
	return w.writers[table].Write(w.cells)
}

// cellText is a cell as CSV writes it: no value is an empty cell.
func cellText(c any) string {
	switch v := c.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	panic(fmt.Sprintf("dataset: a cell of type %T", c))
}

// close flushes and closes every file, reporting the first error.
func (w *csvWriter) close() error {
	var first error
	for i := range w.files {
		w.writers[i].Flush()
		for _, err := range []error{w.writers[i].Error(), w.bufs[i].Flush(), w.files[i].Close()} {
			if err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

// abort closes what was opened; the caller removes the files.
func (w *csvWriter) abort() {
	for _, f := range w.files {
		if f != nil {
			f.Close()
		}
	}
}
