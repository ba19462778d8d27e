// Command cjkgen writes the tables of package cjk from Adobe's CMap
// resources (https://github.com/adobe-type-tools/cmap-resources, BSD
// 3-clause): for each character collection, the predefined CMaps of its
// folder's CMap/ (code → CID) and the CID → Unicode map of its
// cid2code.txt. Run from the repository root:
//
//	go run ./extract/pdftext/cjk/internal/cjkgen -src DIR
//
// where DIR is a checkout of cmap-resources; the tables are written to
// extract/pdftext/cjk/data. The checkout is needed only to regenerate.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// collections maps a folder of cmap-resources to its Ordering.
var collections = map[string]string{
	"Adobe-Japan1-7": "Japan1",
	"Adobe-GB1-6":    "GB1",
	"Adobe-CNS1-7":   "CNS1",
	"Adobe-Korea1-2": "Korea1",
	"Adobe-KR-9":     "KR",
}

func main() {
	src := flag.String("src", "", "checkout of adobe-type-tools/cmap-resources")
	out := flag.String("out", "extract/pdftext/cjk/data", "folder the tables are written to")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "cjkgen: -src is required")
		os.Exit(2)
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cjkgen:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	folders := make([]string, 0, len(collections))
	for f := range collections {
		folders = append(folders, f)
	}
	sort.Strings(folders)
	for _, folder := range folders {
		c, err := readCollection(filepath.Join(src, folder), collections[folder])
		if err != nil {
			return fmt.Errorf("%s: %w", folder, err)
		}
		path := filepath.Join(out, collections[folder]+".bin.gz")
		if err := writeCollection(path, c); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d CMaps, %d CIDs\n", path, len(c.cmaps), len(c.unicode))
	}
	return nil
}

// A collection is what the tables keep of one character collection.
type collection struct {
	ordering string
	unicode  []rune // by CID; 0 where the CID has no Unicode value
	cmaps    []*cmapFile
}

// readCollection reads a collection's folder: every CMap but the
// Adobe-<Ordering>-<N> ones (CID to CID, of no use to a reader).
func readCollection(dir, ordering string) (*collection, error) {
	uni, err := readCID2Code(filepath.Join(dir, "cid2code.txt"))
	if err != nil {
		return nil, err
	}
	c := &collection{ordering: ordering, unicode: uni}
	entries, err := os.ReadDir(filepath.Join(dir, "CMap"))
	if err != nil {
		return nil, err
	}
	files := map[string]*cmapFile{}
	for _, e := range entries {
		name := e.Name()
		// Adobe-<Ordering>-<N> map CIDs to CIDs, of no use to a reader;
		// the Unicode CMaps (Uni…) are not stored: their codes are the
		// text, and their CIDs are the CID → Unicode map read backwards.
		if strings.HasPrefix(name, "Adobe-") || strings.HasPrefix(name, "Uni") {
			continue
		}
		m, err := parseCMapFile(filepath.Join(dir, "CMap", name))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[name] = m
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := files[n]
		if err := own(m, files); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		c.cmaps = append(c.cmaps, m)
	}
	return c, nil
}

var hexRun = regexp.MustCompile(`^[0-9a-fA-F]+$`)
