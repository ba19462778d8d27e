package pdftext

import (
	"bytes"
	"regexp"
)

// The start of a file as poppler forgives it: a header after some junk
// (within the first KB, PDF 32000 annex H), or lost altogether.

// headerWindow is how far into a file its %PDF- header is looked for.
const headerWindow = 1024

// reHeaderless is the start of a file whose header was lost: comments,
// then a numbered object.
var reHeaderless = regexp.MustCompile(`^(?:\s*%[^\r\n]*[\r\n]+)*\s*\d+\s+\d+\s+obj\b`)

// Is reports whether data is a PDF as poppler takes one: a %PDF- header
// within its first KB, or no header but numbered objects from the start.
func Is(data []byte) bool {
	head := data[:min(len(data), headerWindow)]
	return bytes.Contains(head, []byte("%PDF-")) || reHeaderless.Match(head)
}

// headerless is data without a header but a PDF body: a header put in
// front, and a warning. The offsets shift, so the cross-reference table,
// if any, is rebuilt.
func headerless(data []byte) ([]byte, string, bool) {
	if !reHeaderless.Match(data[:min(len(data), headerWindow)]) {
		return nil, "", false
	}
	return append([]byte("%PDF-1.7\n"), data...), "no %PDF header: read as a PDF from its objects", true
}
