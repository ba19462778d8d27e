package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/clsx/clsx/index/dataset"
	"github.com/spf13/cobra"
)

// exportOptions are what `clsx export` was asked.
type exportOptions struct {
	indexDir, format, output string
	excel                    bool
}

// newExportCmd is `clsx export`: the whole index as a dataset.
func newExportCmd(s *streams) *cobra.Command {
	o := &exportOptions{}
	c := &cobra.Command{
		Use:   "export --format csv|jsonl|xlsx --output DIR",
		Short: "write the whole index as a dataset: CSV tables with their data dictionary, JSONL or XLSX",
		Long: `Write every contract of the index to DIR as a dataset, with a README that
describes every column:
  csv    one file per table — contracts, sources, signatories, axes,
         objectives, actions, themes — joined by contract_id, in UTF-8 with a
         header, and datapackage.json, their Frictionless Table Schemas
         (--excel: ";" separated with a byte order mark, as French Excel
         opens them)
  xlsx   one workbook, one sheet per table
  jsonl  one contract record per line, as the index keeps it

DIR is created if missing. A folder that holds anything but a previous
export is refused: your files are never replaced nor mixed with the data.
The export is written beside DIR and takes its place at the end, so an
export that fails leaves DIR as it was.`,
		Example: `  clsx export --format csv --output cls-data
  clsx export --format csv --excel --output cls-excel
  clsx export --format xlsx --output cls-xlsx`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := o.check(); err != nil {
				return err
			}
			return exitWith(runExport(o, s))
		},
	}
	addIndexFlag(c, &o.indexDir)
	c.Flags().StringVar(&o.format, "format", "csv", "dataset `FORMAT`: "+strings.Join(dataset.Formats, ", "))
	c.Flags().StringVarP(&o.output, "output", "o", "", "`DIR` the dataset is written to (created if missing)")
	c.Flags().BoolVar(&o.excel, "excel", false, "csv: \";\" separated, with a byte order mark, for a French Excel")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(dataset.Formats, cobra.ShellCompDirectiveNoFileComp))
	c.MarkFlagDirname("output")
	return c
}

// check refuses a command line that cannot be run.
func (o *exportOptions) check() error {
	switch {
	case o.output == "":
		return usageErrorf("--output DIR is needed: the folder the dataset is written to")
	case !strings.Contains(" "+strings.Join(dataset.Formats, " ")+" ", " "+o.format+" "):
		return usageErrorf("--format %q: %s", o.format, strings.Join(dataset.Formats, ", "))
	case o.excel && o.format != "csv":
		return usageErrorf("--excel is for --format csv")
	}
	return nil
}

func runExport(o *exportOptions, s *streams) int {
	ix, ok := openIndex(o.indexDir, s.err)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	res, err := dataset.Export(ix, o.output, dataset.Options{Format: o.format, Excel: o.excel, Generator: "clsx " + version})
	var refused *dataset.RefusedError
	switch {
	case errors.As(err, &refused):
		fmt.Fprintln(s.err, "clsx:", termSafe(err.Error()))
		return exitUsage
	case err != nil:
		fmt.Fprintln(s.err, "clsx: export:", termSafe(err.Error()))
		return exitPartial
	}
	if res.Contracts == 0 {
		fmt.Fprintln(s.err, "clsx: the index holds no contract: the dataset is empty")
	}
	fmt.Fprintf(s.notes(), "clsx: %d contracts written to %s (%s)\n", res.Contracts, termSafe(res.Dir), strings.Join(res.Files, ", "))
	return exitOK
}
