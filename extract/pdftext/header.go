package pdftext

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// The start of a file and its streams, as poppler forgives them: a header
// after some junk (within the first KB, PDF 32000 annex H), a header lost
// altogether, and a stream whose /Length is wrong.

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

var reStreamLength = regexp.MustCompile(`/Length\s+(\d+)(\s*(?:/[^>]*)?>>\s*stream(?:\r\n|\n|\r))`)

// fixStreamLengths corrects, in place, a stream's direct /Length that does
// not end at its endstream, when the true length has no more digits than
// the written one (the number is padded with spaces, so no offset moves).
// poppler reads such streams to their endstream; the parser would cut
// them, and a content stream cut mid-string shows nothing. Files whose
// lengths are right are returned as they are; n counts the streams fixed.
func fixStreamLengths(data []byte) (_ []byte, n int) {
	out := data
	for _, m := range reStreamLength.FindAllSubmatchIndex(data, -1) {
		declared, err := strconv.Atoi(string(data[m[2]:m[3]]))
		start := m[1]
		if err != nil || declared < 0 {
			continue
		}
		if end := start + declared; end <= len(data) && endsStream(data[end:]) {
			continue
		}
		i := bytes.Index(data[start:], []byte("endstream"))
		if i < 0 {
			continue
		}
		actual := i
		for actual > 0 && (data[start+actual-1] == '\n' || data[start+actual-1] == '\r') {
			actual--
		}
		digits := strconv.Itoa(actual)
		width := m[3] - m[2]
		if len(digits) > width {
			continue
		}
		if n == 0 {
			out = append([]byte(nil), data...)
		}
		copy(out[m[2]:m[3]], fmt.Sprintf("%-*s", width, digits))
		n++
	}
	return out, n
}

// endsStream tells whether b starts with endstream, after an end of line.
func endsStream(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b[:min(len(b), 16)], "\r\n \t"), []byte("endstream"))
}
