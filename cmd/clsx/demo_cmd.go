package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// The bundled sample corpus: the seed pages, as the repository ships them.
const sampleDir = "testdata/seeds"

func cmdDemo(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("demo", stderr)
	dir := fs.String("dir", sampleDir, "directory of the sample corpus")
	format := fs.String("format", "table", "output format: table|json|csv")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !validFormat(*format, "table|json|csv") {
		fmt.Fprintln(stderr, "usage: clsx demo [--dir DIR] [--format table|json|csv]")
		return exitUsage
	}
	if _, err := os.Stat(*dir); err != nil {
		fmt.Fprintf(stderr, "clsx: sample corpus not found at %s: run from the repository root or give --dir\n", *dir)
		return exitUsage
	}
	paths, err := expandPaths([]string{*dir})
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	fmt.Fprintf(stderr, "clsx: extracting %d sample documents from %s\n", len(paths), filepath.Clean(*dir))
	docs, failed := extractAll(paths, rules.Default(), extract.MaxTextBytes, stderr)
	if *format == "json" {
		writeDocuments(stdout, "json", docs)
	} else {
		writeContractTable(stdout, *format, docs)
	}
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}
