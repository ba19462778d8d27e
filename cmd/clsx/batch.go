package main

import (
	"fmt"
	"io"

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
}

// extract reads and extracts one path; - is standard input.
func (b *batch) extract(path string) (*extract.Document, error) {
	if path != "-" {
		return extractFile(path, b.rules, b.maxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(b.s.in, b.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	if int64(len(data)) > b.maxBytes {
		return nil, fmt.Errorf("standard input: %w (limit %d bytes)", extract.ErrTooLarge, b.maxBytes)
	}
	return extract.FromBytes("-", data, extract.Options{Rules: b.rules, MaxBytes: b.maxBytes, ReadPDF: isolatedPDFReader()})
}

// all extracts every path, in order.
func (b *batch) all(paths []string) []*extract.Document {
	var docs []*extract.Document
	for _, p := range paths {
		doc, err := b.extract(p)
		if err != nil {
			fmt.Fprintln(b.s.err, "clsx:", termSafe(err.Error()))
			b.failed++
			continue
		}
		b.warn(doc)
		docs = append(docs, doc)
	}
	return docs
}

// warn says a document's warnings on stderr and counts them.
func (b *batch) warn(doc *extract.Document) {
	b.warnings += len(doc.Warnings)
	if b.s.quiet {
		return
	}
	for _, w := range doc.Warnings {
		fmt.Fprintf(b.s.err, "clsx: %s: warning: %s\n", termSafe(doc.Source), termSafe(w))
	}
}

// summary is the line said at the end: documents, contracts, warnings,
// failures.
func (b *batch) summary(docs []*extract.Document) string {
	contracts := 0
	for _, d := range docs {
		contracts += len(d.Contracts)
	}
	return fmt.Sprintf("clsx: %d documents extracted: %d contracts, %d warnings, %d failed",
		len(docs), contracts, b.warnings, b.failed)
}
