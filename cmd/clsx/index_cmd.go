package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// defaultIndexDir is where the index lives unless --index or $CLSX_INDEX
// says otherwise: beside the work, like the corpus a user crawls.
const defaultIndexDir = "clsx-index"

// indexFlag registers --index on a command.
func indexFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("CLSX_INDEX")
	if def == "" {
		def = defaultIndexDir
	}
	return fs.String("index", def, "index directory (default $CLSX_INDEX, else ./"+defaultIndexDir+")")
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

func cmdIndex(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("index", stderr)
	dir := indexFlag(fs)
	corpusDir := fs.String("corpus", "", "index the records `clsx extract --corpus DIR` wrote beside a corpus store (DIR/records.jsonl)")
	records := fs.String("records", "", "index extraction records: JSON Lines of documents, or clsx extract --format json output (- for standard input)")
	rulesDir := fs.String("rules", "", "rules for documents extracted here (PATH arguments)")
	maxBytes := fs.Int64("max-bytes", extract.MaxTextBytes, "largest document read, in bytes")
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	sources := 0
	for _, set := range []bool{*corpusDir != "", *records != "", fs.NArg() > 0} {
		if set {
			sources++
		}
	}
	if sources != 1 {
		fmt.Fprintln(stderr, "usage: clsx index [--index DIR] (--corpus DIR | --records FILE | PATH...)")
		return exitUsage
	}
	r := rules.Default()
	if *rulesDir != "" {
		var err error
		if r, err = rules.Load(*rulesDir); err != nil {
			fmt.Fprintln(stderr, "clsx: rules:", err)
			return exitUsage
		}
	}
	builtBy := "clsx index --index " + shellQuote(*dir)
	switch {
	case *corpusDir != "":
		*records = filepath.Join(*corpusDir, "records.jsonl")
		if _, err := os.Stat(*records); err != nil {
			fmt.Fprintf(stderr, "clsx: no records at %s: extract the corpus first (clsx extract --corpus %s), then index it\n", *records, *corpusDir)
			return exitPartial
		}
		builtBy += " --corpus " + shellQuote(*corpusDir)
	case *records != "":
		builtBy += " --records " + shellQuote(*records)
	default:
		for _, a := range fs.Args() {
			builtBy += " " + shellQuote(a)
		}
	}

	start := time.Now()
	b, err := index.Create(*dir, builtBy)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	failed := 0
	withText := 0
	add := func(doc *extract.Document) error {
		if doc.Text != "" {
			withText++
		}
		return b.Add(doc)
	}
	if *records != "" {
		var in io.Reader = os.Stdin
		base := "."
		if *records != "-" {
			f, err := os.Open(*records)
			if err != nil {
				b.Abort()
				fmt.Fprintln(stderr, "clsx:", err)
				return exitPartial
			}
			defer f.Close()
			in, base = f, filepath.Dir(*records)
		}
		err = index.ReadRecords(in, func(doc *extract.Document) error {
			recoverText(doc, base, r, *maxBytes)
			return add(doc)
		})
		if err != nil {
			b.Abort()
			fmt.Fprintf(stderr, "clsx: %s: %v (the previous index, if any, is unchanged)\n", *records, err)
			return exitPartial
		}
	} else {
		paths, err := expandPaths(fs.Args())
		if err != nil {
			b.Abort()
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		for _, p := range paths {
			doc, err := extractFile(p, r, *maxBytes)
			if err != nil {
				fmt.Fprintln(stderr, "clsx:", err)
				failed++
				continue
			}
			if err := add(doc); err != nil {
				b.Abort()
				fmt.Fprintln(stderr, "clsx:", err)
				return exitPartial
			}
		}
	}
	st, err := b.Commit()
	if err != nil {
		fmt.Fprintln(stderr, "clsx: index not written:", err)
		return exitPartial
	}
	fmt.Fprintf(stderr, "clsx: indexed %d contracts (%d axes, %d actions) of %d documents into %s in %.1fs",
		st.Contracts, st.Axes, st.Actions, st.Documents, *dir, time.Since(start).Seconds())
	if withText < st.Documents {
		fmt.Fprintf(stderr, "; %d documents without their text: `clsx show` will give their values without sentences", st.Documents-withText)
	}
	fmt.Fprintln(stderr)
	if failed > 0 {
		fmt.Fprintf(stderr, "clsx: %d documents could not be read\n", failed)
		return exitPartial
	}
	return exitOK
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

// parseInterleaved parses flags written anywhere among the arguments, as
// users write them: `clsx search santé mentale --region Occitanie`. The
// standard flag package stops at the first argument that is not a flag;
// here that argument is kept and parsing resumes after it. "--" ends the
// flags: what follows is kept as is (`clsx search -- -mot` looks for
// nothing but excludes "mot"). Afterwards fs.Args() holds the arguments that
// are not flags, in order.
func parseInterleaved(fs *flag.FlagSet, args []string) error {
	var positional []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rem := fs.Args()
		if consumed := len(args) - len(rem); consumed > 0 && args[consumed-1] == "--" {
			positional = append(positional, rem...)
			break
		}
		if len(rem) == 0 {
			break
		}
		positional = append(positional, rem[0])
		args = rem[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
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
