package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// extractOptions are what `clsx extract` was asked.
type extractOptions struct {
	out       *outputFlags
	rules     *ruleFlags
	corpusDir string
	paths     []string
}

// newExtractCmd is `clsx extract`: each document's contracts.
func newExtractCmd(s *streams) *cobra.Command {
	o := &extractOptions{}
	c := &cobra.Command{
		Use:   "extract (PATH... | --corpus DIR)",
		Short: "extract the contracts of documents or of a crawled corpus",
		Long: `Extract the contracts of each document: a file (text, web page, PDF), a
directory's documents, - for standard input, or the latest version of every
document of a corpus crawled by clsx crawl (--corpus; the records are also
written to DIR/records.jsonl, what clsx index --corpus reads).

Each contract gives its territory, kind, generation, signature date, period,
signatories, axes, actions and themes, each value with its evidence in the
text (json). A document's warnings (no text, no contract found, an encoding
guessed) are said on standard error in every format. A document that cannot
be read (not found, encrypted, damaged, a scan without OCR, an old .doc) is
named on standard error and still listed, with no contract and its error: in
JSON an "error" object {code, message}, in a table or CSV the error column;
the exit status is then 1.`,
		Example: `  clsx extract contrat.pdf
  clsx extract --format json textes/ > contrats.json
  cat contrat.txt | clsx extract -
  clsx extract --corpus cls --format csv > contrats.csv`,
		RunE: func(c *cobra.Command, args []string) error {
			o.paths = args
			if err := o.out.check(); err != nil {
				return err
			}
			if (len(args) == 0) == (o.corpusDir == "") {
				return usageErrorf("give documents (PATH...) or --corpus DIR, not both")
			}
			return exitWith(runExtract(o, s))
		},
	}
	o.out = addOutputFlags(c, "table", "json", "csv")
	o.rules = addRuleFlags(c)
	o.rules.addPassword(c)
	c.Flags().StringVar(&o.corpusDir, "corpus", "", "extract the latest version of every document of the corpus `DIR` (from clsx crawl); records also written to DIR/"+RecordsFile)
	c.MarkFlagDirname("corpus")
	return c
}

func runExtract(o *extractOptions, s *streams) int {
	r, ok := o.rules.load(s.err)
	if !ok {
		return exitUsage
	}
	b := &batch{rules: r, maxBytes: o.rules.maxBytes, s: s, password: o.rules.pdfPassword()}
	var docs []*extract.Document
	where := ""
	if o.corpusDir != "" {
		var err error
		docs, b.failed, err = extractCorpus(o.corpusDir, r, o.rules.maxBytes, b.password, nil, s)
		if err != nil {
			fmt.Fprintln(s.err, "clsx:", err)
			return exitPartial
		}
		for _, d := range docs {
			b.warn(d)
		}
		where = "; records in " + filepath.Join(o.corpusDir, RecordsFile)
	} else {
		paths, err := expandPaths(o.paths)
		if err != nil {
			fmt.Fprintln(s.err, "clsx:", err)
			return exitPartial
		}
		docs = b.all(paths)
	}
	if err := writeDocuments(s.out, o.out.format, docs, s.fit(o.out)); err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	if !s.quiet {
		fmt.Fprintln(s.err, b.summary(docs)+where)
	}
	if b.failed > 0 {
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
		doc, err := extractFile(p, r, maxBytes, "")
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			failed++
			continue
		}
		docs = append(docs, doc)
	}
	return docs, failed
}

// extractFile extracts one file. A file that cannot be read gives its error
// and, beside it, its record (extract.Failed) for the outputs that list
// every input.
func extractFile(path string, r *rules.Set, maxBytes int64, password string) (*extract.Document, error) {
	info, err := os.Stat(path)
	if err != nil {
		return extract.Failed(path, nil, err), err
	}
	if info.Size() > maxBytes {
		err := fmt.Errorf("%s: %w (%d bytes, limit %d)", path, extract.ErrTooLarge, info.Size(), maxBytes)
		return extract.Failed(path, nil, err), err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return extract.Failed(path, nil, err), err
	}
	doc, err := extract.FromBytes(path, data, extract.Options{Rules: r, MaxBytes: maxBytes, ReadPDF: isolatedPDFReader(password)})
	if err != nil {
		return extract.Failed(path, data, err), err
	}
	return doc, nil
}

// expandPaths replaces a directory by its documents (.txt, .html, .htm, .pdf,
// .docx, .odt, .doc; not gold files), sorted.
func expandPaths(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		info, err := os.Stat(a)
		if a == "-" || err != nil || !info.IsDir() {
			// a missing file is reported when it is read, with the others processed
			out = append(out, a)
			continue
		}
		files, err := documentsUnder(a)
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}

// documentsUnder lists the documents in a folder and its subfolders, in
// name order. Hidden folders (.git) are passed over, and symbolic links to
// folders are not followed, so a link cannot lead the walk in a circle.
func documentsUnder(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if isDocumentName(d.Name()) {
			files = append(files, path)
		}
		return nil
	})
	return files, err
}

func isDocumentName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".html", ".htm", ".pdf", ".docx", ".odt", ".doc":
		return true
	}
	return false
}

// extractionRecord is the top-level object of `clsx extract --format json`.
type extractionRecord struct {
	Documents []*extract.Document `json:"documents"`
}

func writeDocuments(w io.Writer, format string, docs []*extract.Document, fit fitting) error {
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
		return writeContractTable(w, format, docs, fit)
	}
}
