package main

import (
	"fmt"
	"io"
)

const version = "0.1.0"

func usage(w io.Writer) {
	fmt.Fprint(w, `clsx — the Contrats Locaux de Santé as structured data

Usage:
  clsx extract [--format json|table|csv] [--rules DIR] PATH...
        extract the contracts of each document (a file, or a directory's files)
  clsx show [--rules DIR] PATH
        print the text with every extracted value's evidence highlighted
  clsx eval [--format table|json|csv] [--rules DIR] DIR
        score extraction against DIR's NAME.gold.json files (precision, recall, F1)
  clsx rules check DIR      validate a directory of rule files
  clsx rules export DIR     write the bundled rule files into DIR, to edit
  clsx demo [--dir DIR]     extract the bundled sample corpus and print its contracts
  clsx version

Data goes to standard output, messages to standard error.
Exit codes: 0 done; 1 some inputs failed (the others were processed); 2 bad usage or rules.
`)
}
