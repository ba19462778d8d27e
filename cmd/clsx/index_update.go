package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// indexExists reports whether dir holds an index (complete or damaged):
// a first build is a rebuild, an update of nothing.
func indexExists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "CURRENT"))
	return err == nil
}

// indexNotWritten says why a build left the index as it was.
func indexNotWritten(o *indexOptions, err error, failed int, stderr io.Writer) int {
	switch {
	case errors.Is(err, index.ErrNothingToIndex):
		what := "the documents given"
		if failed > 0 {
			what = fmt.Sprintf("the documents given (%d could not be read)", failed)
		}
		fmt.Fprintf(stderr, "clsx: %s: nothing to index in %s; the index is unchanged\n", o.dir, what)
	case errors.Is(err, index.ErrCannotUpdate):
		fmt.Fprintf(stderr, "clsx: %s: %v; add --rebuild to build it anew from these documents\n", o.dir, err)
	default:
		fmt.Fprintln(stderr, "clsx: index not written:", err)
	}
	return exitPartial
}

// refreshRecords extracts a corpus again when its records are missing or
// older than a document stored since, so that `clsx index --corpus` after a
// re-crawl indexes what the crawl brought rather than the previous records.
func refreshRecords(dir string, r *rules.Set, maxBytes int64, password string, s *streams) int {
	records := filepath.Join(dir, RecordsFile)
	newer, err := storedSince(dir, records)
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	if newer == 0 {
		return exitOK
	}
	if !s.quiet {
		if newer < 0 {
			fmt.Fprintf(s.err, "clsx: %s has no records yet: extracting it first\n", dir)
		} else {
			fmt.Fprintf(s.err, "clsx: %d stored documents are newer than %s: extracting them first\n", newer, records)
		}
	}
	if _, _, err := extractCorpus(dir, r, maxBytes, password, previousRecords(records), s); err != nil {
		fmt.Fprintln(s.err, "clsx: extract:", err)
		return exitPartial
	}
	return exitOK
}

// previousRecords reads the documents a records file holds that were read
// without error, by URL and SHA-256: what a new extraction of the corpus
// need not do again. A records file that cannot be read gives none (all is
// extracted again).
func previousRecords(path string) map[string]*extract.Document {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	prev := map[string]*extract.Document{}
	err = index.ReadRecords(f, func(d *extract.Document) error {
		if d.Error == nil && d.SHA256 != "" {
			prev[d.Source+"\x00"+d.SHA256] = d
		}
		return nil
	})
	if err != nil {
		return nil
	}
	return prev
}

// storedSince counts the documents of a corpus stored after its records
// file was written; -1 when there is no records file. A folder that is not a
// corpus but holds records (copied from one) is indexed as it is.
func storedSince(dir, records string) (int, error) {
	info, statErr := os.Stat(records)
	if statErr != nil && !errors.Is(statErr, os.ErrNotExist) {
		return 0, statErr
	}
	st, err := corpus.Open(dir)
	if err != nil {
		if statErr == nil {
			return 0, nil
		}
		return 0, fmt.Errorf("no records at %s, and %v: crawl a corpus (clsx crawl --corpus %s) or extract one, then index it", records, err, dir)
	}
	defer st.Close()
	if statErr != nil {
		return -1, nil
	}
	entries, err := st.Latest()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		if e.Stored() && e.Fetched.After(info.ModTime()) {
			n++
		}
	}
	return n, nil
}
