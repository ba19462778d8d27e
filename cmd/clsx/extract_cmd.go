package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// commonFlags are the flags of every command that extracts.
type commonFlags struct {
	format   string
	rulesDir string
	maxBytes int64
}

func (c *commonFlags) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&c.format, "format", strings.Split(formats, "|")[0], "output format: "+formats)
	fs.StringVar(&c.rulesDir, "rules", "", "directory of rule files that replace or extend the bundled ones")
	fs.Int64Var(&c.maxBytes, "max-bytes", extract.MaxTextBytes, "largest document read, in bytes")
}

func (c *commonFlags) loadRules(stderr io.Writer) (*rules.Set, bool) {
	if c.rulesDir == "" {
		return rules.Default(), true
	}
	r, err := rules.Load(c.rulesDir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx: rules:", err)
		return nil, false
	}
	return r, true
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func cmdExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", stderr)
	var cf commonFlags
	cf.register(fs, "json|table|csv")
	corpusDir := fs.String("corpus", "", "extract the latest version of every document of this corpus (from clsx crawl); records are also written to DIR/"+RecordsFile)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !validFormat(cf.format, "json|table|csv") || (fs.NArg() == 0) == (*corpusDir == "") {
		fmt.Fprintln(stderr, "usage: clsx extract [--format json|table|csv] [--rules DIR] (PATH... | --corpus DIR)")
		return exitUsage
	}
	r, ok := cf.loadRules(stderr)
	if !ok {
		return exitUsage
	}
	if *corpusDir != "" {
		docs, failed, err := extractCorpus(*corpusDir, r, cf.maxBytes, stderr)
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		if err := writeDocuments(stdout, cf.format, docs); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		fmt.Fprintf(stderr, "clsx: %d documents extracted, records in %s\n", len(docs), filepath.Join(*corpusDir, RecordsFile))
		if failed > 0 {
			fmt.Fprintf(stderr, "clsx: %d documents failed\n", failed)
			return exitPartial
		}
		return exitOK
	}
	paths, err := expandPaths(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	docs, failed := extractAll(paths, r, cf.maxBytes, stderr)
	if err := writeDocuments(stdout, cf.format, docs); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "clsx: %d of %d documents failed\n", failed, len(paths))
		return exitPartial
	}
	return exitOK
}

// extractAll extracts every path; a failure is reported on stderr and the
// others still extract.
func extractAll(paths []string, r *rules.Set, maxBytes int64, stderr io.Writer) ([]*extract.Document, int) {
	var docs []*extract.Document
	failed := 0
	for _, p := range paths {
		doc, err := extractFile(p, r, maxBytes)
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			failed++
			continue
		}
		docs = append(docs, doc)
	}
	return docs, failed
}

func extractFile(path string, r *rules.Set, maxBytes int64) (*extract.Document, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > maxBytes {
		return nil, fmt.Errorf("%s: %w (%d bytes, limit %d)", path, extract.ErrTooLarge, info.Size(), maxBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return extract.FromBytes(path, data, extract.Options{Rules: r, MaxBytes: maxBytes, ReadPDF: isolatedPDFReader()})
}

// expandPaths replaces a directory by its documents (.txt, .html, .htm, .pdf;
// not gold files), sorted.
func expandPaths(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil || !info.IsDir() {
			// a missing file is reported when it is read, with the others processed
			out = append(out, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, err
		}
		var files []string
		for _, e := range entries {
			if !e.IsDir() && isDocumentName(e.Name()) {
				files = append(files, filepath.Join(a, e.Name()))
			}
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

func isDocumentName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".html", ".htm", ".pdf":
		return true
	}
	return false
}

func validFormat(f, formats string) bool {
	for _, x := range strings.Split(formats, "|") {
		if f == x {
			return true
		}
	}
	return false
}

// extractionRecord is the top-level object of `clsx extract --format json`.
type extractionRecord struct {
	Documents []*extract.Document `json:"documents"`
}

func writeDocuments(w io.Writer, format string, docs []*extract.Document) error {
	if docs == nil {
		docs = []*extract.Document{}
	}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		return enc.Encode(extractionRecord{Documents: docs})
	default:
		return writeContractTable(w, format, docs)
	}
}
