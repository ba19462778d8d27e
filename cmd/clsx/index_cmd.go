package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// defaultIndexDir is where the index lives unless --index or $CLSX_INDEX
// says otherwise: beside the work, like the corpus a user crawls.
const defaultIndexDir = "clsx-index"

// addIndexFlag registers --index on a command.
func addIndexFlag(c *cobra.Command, dir *string) {
	def := os.Getenv("CLSX_INDEX")
	if def == "" {
		def = defaultIndexDir
	}
	c.Flags().StringVar(dir, "index", def, "index `DIR` ($CLSX_INDEX, else ./"+defaultIndexDir+")")
	c.MarkFlagDirname("index")
}

// openIndex opens the index, saying on stderr what is wrong when it cannot:
// none built yet, or damaged and how to rebuild it.
func openIndex(dir string, stderr io.Writer) (*index.Index, bool) {
	ix, err := index.Open(dir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return nil, false
	}
	return ix, true
}

// indexOptions are what `clsx index` was asked.
type indexOptions struct {
	dir, corpusDir, records string
	rebuild                 bool
	rules                   *ruleFlags
	paths                   []string
}

// newIndexCmd is `clsx index`: the search index built from extraction
// records or documents.
func newIndexCmd(s *streams) *cobra.Command {
	o := &indexOptions{}
	c := &cobra.Command{
		Use:   "index (--corpus DIR | --records FILE | PATH...)",
		Short: "build the search index from a corpus's records, extraction records or documents",
		Long: `Add documents to the search index (./clsx-index, or $CLSX_INDEX, or --index
DIR) that search, show, compare and themes read, from one source:
  --corpus DIR     the records clsx extract --corpus DIR wrote (DIR/records.jsonl);
                   stored documents newer than them are extracted again first
  --records FILE   extraction records: JSON Lines of documents, or the output
                   of clsx extract --format json (- for standard input)
  PATH...          documents, extracted here (folders are read recursively)
A document the index holds already (same URL, else same path) is replaced;
the others are kept (--rebuild starts afresh). The documents of one contract
(a news page, the signed PDF, an annex) are merged into one contract. The
previous index answers until the new one is complete; a run that finds
nothing to index leaves a non-empty index unchanged.`,
		Example: `  clsx extract --corpus cls && clsx index --corpus cls
  clsx extract --format json textes/ | clsx index --records -
  clsx index --index /tmp/ix textes/          # then: clsx index --index /tmp/ix autre.pdf
  clsx index --rebuild --corpus cls`,
		RunE: func(c *cobra.Command, args []string) error {
			o.paths = args
			sources := 0
			for _, set := range []bool{o.corpusDir != "", o.records != "", len(args) > 0} {
				if set {
					sources++
				}
			}
			if sources != 1 {
				return usageErrorf("give one source: --corpus DIR, --records FILE or documents (PATH...)")
			}
			return exitWith(runIndex(o, s))
		},
	}
	addIndexFlag(c, &o.dir)
	c.Flags().StringVar(&o.corpusDir, "corpus", "", "index the records clsx extract --corpus wrote beside the corpus `DIR` (DIR/records.jsonl)")
	c.Flags().StringVar(&o.records, "records", "", "index the extraction records in `FILE`: JSON Lines of documents, or clsx extract --format json output (- for standard input)")
	c.Flags().BoolVar(&o.rebuild, "rebuild", false, "replace the index with these documents only, instead of adding them to it")
	c.MarkFlagDirname("corpus")
	o.rules = addRuleFlags(c)
	o.rules.addPassword(c)
	return c
}

// builtBy is the command that rebuilds the index, said in its manifest; an
// update adds itself to the commands of the index it updates. The first
// command of a rebuild says --rebuild.
func (o *indexOptions) builtBy() string {
	cmd := "clsx index --index " + shellQuote(o.dir)
	if o.rebuild || !indexExists(o.dir) {
		cmd += " --rebuild"
	}
	switch {
	case o.corpusDir != "":
		cmd += " --corpus " + shellQuote(o.corpusDir)
	case o.records != "":
		cmd += " --records " + shellQuote(o.records)
	default:
		for _, a := range o.paths {
			cmd += " " + shellQuote(a)
		}
	}
	return cmd
}

func runIndex(o *indexOptions, s *streams) int {
	stderr := s.err
	r, ok := o.rules.load(stderr)
	if !ok {
		return exitUsage
	}
	builtBy := o.builtBy()
	if o.corpusDir != "" {
		o.records = filepath.Join(o.corpusDir, RecordsFile)
		if code := refreshRecords(o.corpusDir, r, o.rules.maxBytes, o.rules.pdfPassword(), s); code != exitOK {
			return code
		}
	}
	start := time.Now()
	create := index.Update
	if o.rebuild {
		create = index.Create
	}
	b, err := create(o.dir, builtBy)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	in := &indexInput{b: b, rules: r, maxBytes: o.rules.maxBytes, s: s, password: o.rules.pdfPassword()}
	if o.records != "" {
		err = in.addRecords(o.records)
	} else {
		err = in.addPaths(o.paths)
	}
	if err != nil {
		b.Abort()
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	st, err := b.Commit()
	if err != nil {
		return indexNotWritten(o, err, in.failed, stderr)
	}
	if !s.quiet {
		fmt.Fprintf(stderr, "clsx: indexed %d contracts (%d axes, %d actions) of %d documents (%d given: %d new, %d replaced; %d kept) into %s in %.1fs",
			st.Contracts, st.Axes, st.Actions, st.Documents, st.Added, st.Added-st.Replaced, st.Replaced, st.Kept, o.dir, time.Since(start).Seconds())
		if in.withText < st.Added {
			fmt.Fprintf(stderr, "; %d documents without their text: `clsx show` will give their values without sentences", st.Added-in.withText)
		}
		if in.unread > 0 {
			fmt.Fprintf(stderr, "; %d documents extract could not read, not indexed (their errors are in the records)", in.unread)
		}
		fmt.Fprintf(stderr, "; %d warnings, %d failed\n", in.warnings, in.failed)
	}
	if in.failed > 0 {
		return exitPartial
	}
	return exitOK
}

// indexInput feeds an index being built.
type indexInput struct {
	b        *index.Builder
	rules    *rules.Set
	maxBytes int64
	s        *streams
	withText int // documents added with their text
	failed   int // documents that could not be read
	unread   int // records of documents extract could not read
	warnings int // warnings of the documents extracted here
	password string
}

func (in *indexInput) add(doc *extract.Document) error {
	if doc.Text != "" {
		in.withText++
	}
	return in.b.Add(doc)
}

// addRecords adds the extraction records of a file (- : standard input).
func (in *indexInput) addRecords(path string) error {
	var r io.Reader = in.s.in
	base := "."
	size := int64(0)
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			size = info.Size()
		}
		r, base = f, filepath.Dir(path)
	}
	prog := startProgress(in.s, "index", 0, size)
	defer prog.end()
	err := index.ReadRecords(progressReader{r, prog}, func(doc *extract.Document) error {
		if doc.Error != nil {
			// A document extract could not read (a scan without OCR, a
			// protected PDF): counted and said, not indexed, and not a
			// failure of this run — it must not keep the corpus's other
			// documents from the index.
			in.unread++
			return nil
		}
		recoverText(doc, base, in.rules, in.maxBytes)
		prog.add(0)
		return in.add(doc)
	})
	if err != nil {
		return fmt.Errorf("%s: %w (the previous index, if any, is unchanged)", path, err)
	}
	return nil
}

// addPaths extracts documents and adds them; one that cannot be read is
// said on stderr and counted.
func (in *indexInput) addPaths(args []string) error {
	paths, err := expandPaths(args)
	if err != nil {
		return err
	}
	b := &batch{rules: in.rules, maxBytes: in.maxBytes, s: in.s, password: in.password}
	sizes, total := fileSizes(paths)
	b.prog = startProgress(in.s, "index", len(paths), total)
	defer b.prog.end()
	for i, p := range paths {
		doc, err := b.extract(p)
		b.prog.add(sizes[i])
		if err != nil {
			b.fail(err)
			in.failed = b.failed
			continue
		}
		b.warn(doc)
		in.warnings = b.warnings
		if err := in.add(doc); err != nil {
			return err
		}
	}
	return nil
}

// recoverText gives a record read back from JSON its document's text, which
// records do not carry, so that the index can store the sentences of its
// evidence. The source is read again only when it is a local file whose
// bytes are those the record was extracted from (same SHA-256): otherwise
// its spans would point into another text.
func recoverText(doc *extract.Document, base string, r *rules.Set, maxBytes int64) {
	if doc.Text != "" || doc.SHA256 == "" || doc.Source == "" {
		return
	}
	for _, p := range []string{doc.Source, filepath.Join(base, doc.Source)} {
		info, err := os.Stat(p)
		if err != nil || info.IsDir() || info.Size() > maxBytes {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != doc.SHA256 {
			continue
		}
		again, err := extract.FromBytes(p, data, extract.Options{Rules: r, MaxBytes: maxBytes})
		if err == nil {
			doc.Text = again.Text
		}
		return
	}
}

func shellQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`!*?;&|<>()[]{}#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// errorCode is the exit code of an error from the index: bad usage (2) or a
// failure (1).
func errorCode(err error) int {
	var u *index.UsageError
	if errors.As(err, &u) {
		return exitUsage
	}
	return exitPartial
}
