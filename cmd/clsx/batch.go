package main

import (
	"fmt"
	"io"
	"os"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// batch extracts documents one after another: a document that fails is
// said on stderr and counted, the others still extract; each document's
// warnings are said on stderr (unless --quiet), whatever the format of the
// data on stdout.
type batch struct {
	rules    *rules.Set
	maxBytes int64
	s        *streams
	failed   int
	warnings int
	prog     *progress // the live line, while all runs
	password string    // tried on encrypted PDFs after the empty one
}

// extract reads and extracts one path; - is standard input. A document
// that fails gives its error and its record (extract.Failed).
func (b *batch) extract(path string) (*extract.Document, error) {
	if path != "-" {
		return extractFile(path, b.rules, b.maxBytes, b.password)
	}
	data, err := io.ReadAll(io.LimitReader(b.s.in, b.maxBytes+1))
	if err != nil {
		err = fmt.Errorf("standard input: %w", err)
		return extract.Failed("-", nil, err), err
	}
	if int64(len(data)) > b.maxBytes {
		err := fmt.Errorf("standard input: %w (limit %d bytes)", extract.ErrTooLarge, b.maxBytes)
		return extract.Failed("-", nil, err), err
	}
	doc, err := extract.FromBytes("-", data, extract.Options{Rules: b.rules, MaxBytes: b.maxBytes, ReadPDF: isolatedPDFReader(b.password)})
	if err != nil {
		return extract.Failed("-", data, err), err
	}
	return doc, nil
}

// all extracts every path, in order, with a live line on a terminal. A
// document that fails is said on stderr and listed with its error.
func (b *batch) all(paths []string) []*extract.Document {
	sizes, total := fileSizes(paths)
	b.prog = startProgress(b.s, "extract", len(paths), total)
	defer func() { b.prog.end(); b.prog = nil }()
	var docs []*extract.Document
	for i, p := range paths {
		doc, err := b.extract(p)
		b.prog.add(sizes[i])
		if err != nil {
			b.fail(err)
		} else {
			b.warn(doc)
		}
		docs = append(docs, doc)
	}
	return docs
}

// fileSizes is the size of each path (0 for standard input or a missing
// file) and their sum.
func fileSizes(paths []string) ([]int64, int64) {
	sizes := make([]int64, len(paths))
	var total int64
	for i, p := range paths {
		if info, err := os.Stat(p); p != "-" && err == nil {
			sizes[i] = info.Size()
			total += sizes[i]
		}
	}
	return sizes, total
}

// fail says why a document failed and counts it.
func (b *batch) fail(err error) {
	b.failed++
	b.prog.say(b.s.err, "clsx: "+termSafe(err.Error()))
}

// warn says a document's warnings on stderr and counts them.
func (b *batch) warn(doc *extract.Document) {
	b.warnings += len(doc.Warnings)
	if b.s.quiet {
		return
	}
	for _, w := range doc.Warnings {
		b.prog.say(b.s.err, fmt.Sprintf("clsx: %s: warning: %s", termSafe(doc.Source), termSafe(w)))
	}
}

// summary is the line said at the end: documents read, contracts,
// warnings, failures.
func (b *batch) summary(docs []*extract.Document) string {
	read, contracts := 0, 0
	for _, d := range docs {
		if d.Error == nil {
			read++
		}
		contracts += len(d.Contracts)
	}
	return fmt.Sprintf("clsx: %d documents extracted: %d contracts, %d warnings, %d failed",
		read, contracts, b.warnings, b.failed)
}
