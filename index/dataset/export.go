package dataset

import (
	"fmt"
	"sort"
	"time"

	"github.com/clsx/clsx/index"
)

// Formats are the formats Export writes.
var Formats = []string{"csv", "jsonl", "xlsx"}

// Options are what an export is asked.
type Options struct {
	Format    string    // csv, jsonl or xlsx
	Excel     bool      // csv: ";" separated, with a byte order mark, for a French Excel
	Created   time.Time // the date the dictionary gives the dataset; zero: now
	Generator string    // what wrote it ("clsx v1.2.0"), named in the README
}

// Result says what an export wrote.
type Result struct {
	Dir       string
	Contracts int
	Rows      map[string]int // table → rows written (csv, xlsx)
	Files     []string       // the files written, sorted
}

// Export writes every contract of the index as a dataset in dir: created if
// missing, replaced if it holds a previous export, refused (RefusedError)
// if it holds anything else. The dataset is written beside dir and takes
// its place in one rename, so a failed export leaves dir as it was.
func Export(ix *index.Index, dir string, opt Options) (*Result, error) {
	if !validFormat(opt.Format) {
		return nil, fmt.Errorf("unknown format %q (formats: csv, jsonl, xlsx)", opt.Format)
	}
	if opt.Excel && opt.Format != "csv" {
		return nil, fmt.Errorf("the Excel variant is a CSV one (format %q)", opt.Format)
	}
	if opt.Created.IsZero() {
		opt.Created = time.Now()
	}
	recs, err := ix.Contracts(index.Request{})
	if err != nil {
		return nil, err
	}
	st, err := stage(dir)
	if err != nil {
		return nil, err
	}
	res := &Result{Dir: st.dir, Contracts: len(recs), Rows: map[string]int{}}
	if err := writeAll(st.tmp, recs, opt, res); err != nil {
		st.abort()
		return nil, err
	}
	if err := st.commit(); err != nil {
		st.abort()
		return nil, err
	}
	sort.Strings(res.Files)
	return res, nil
}

func validFormat(f string) bool {
	for _, x := range Formats {
		if x == f {
			return true
		}
	}
	return false
}

// writeAll writes the data files of the format, then the dictionary.
func writeAll(dir string, recs []*index.Record, opt Options, res *Result) error {
	var err error
	switch opt.Format {
	case "jsonl":
		err = writeJSONL(dir, recs)
		res.Files = append(res.Files, jsonlName)
	case "csv":
		err = writeTables(dir, recs, res, func() (tableWriter, error) { return newCSVWriter(dir, opt.Excel) })
		for _, t := range Tables {
			res.Files = append(res.Files, csvName(t))
		}
		if err == nil {
			err = writeDataPackage(dir, opt.Excel, opt.Created)
			res.Files = append(res.Files, datapackageName)
		}
	case "xlsx":
		err = writeTables(dir, recs, res, func() (tableWriter, error) { return newXLSXWriter(dir) })
		res.Files = append(res.Files, xlsxName)
	}
	if err != nil {
		return err
	}
	res.Files = append(res.Files, readmeName)
	return writeReadme(dir, opt, res)
}

// tableWriter writes the rows of every table in one format.
type tableWriter interface {
	row(table int, cells []any) error
	close() error
}

// writeTables writes every contract's rows, one contract at a time.
func writeTables(dir string, recs []*index.Record, res *Result, open func() (tableWriter, error)) error {
	w, err := open()
	if err != nil {
		return err
	}
	geo := newGeography()
	var counts [tableCount]int
	emit := func(table int, row []any) error {
		counts[table]++
		return w.row(table, row)
	}
	for i, r := range recs {
		if err := contractRows(r, geo, emit); err != nil {
			w.close()
			return fmt.Errorf("contract %s: %w", r.ID, err)
		}
		recs[i] = nil // written: the collector may have it
	}
	if err := w.close(); err != nil {
		return err
	}
	for i, t := range Tables {
		res.Rows[t.Name] = counts[i]
	}
	return nil
}

func writeJSONL(dir string, recs []*index.Record) error {
	w, err := newJSONLWriter(dir)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if err := w.record(r); err != nil {
			w.close()
			return fmt.Errorf("contract %s: %w", r.ID, err)
		}
	}
	return w.close()
}
