package web

import (
	"fmt"

	"github.com/clsx/clsx/cmd/clsx/internal/safetext"
)

// Crawled text is anyone's. html/template escapes it for its context; what
// it leaves are characters that are harmless to HTML but not to a reader:
// control characters and the bidirectional overrides that reorder what a
// page shows. inert writes those as visible escapes (\x1b, \u202e), as clsx
// does on a terminal.

// unsafeRune tells the characters an id or a reference may not hold.
func unsafeRune(r rune) bool { return safetext.Unsafe(r) }

// inert is s with every unsafe character, and every byte of invalid UTF-8,
// written as an escape; line breaks and tabs stay.
func inert(s string) string { return safetext.Escape(s, true) }

// segment is a stretch of text, marked (a query's match, an evidence span)
// or not. Templates write marked ones in <mark>, each escaped on its own:
// highlighting never builds HTML from crawled text.
type segment struct {
	Text string
	Mark bool
}

// segments splits text at rune ranges (sorted, end exclusive); ranges out
// of order or out of the text are passed over.
func segments(text string, marks [][2]int) []segment {
	rs := []rune(text)
	var out []segment
	pos := 0
	for _, m := range marks {
		if m[0] < pos || m[1] > len(rs) || m[0] >= m[1] {
			continue
		}
		if m[0] > pos {
			out = append(out, segment{Text: inert(string(rs[pos:m[0]]))})
		}
		out = append(out, segment{Text: inert(string(rs[m[0]:m[1]])), Mark: true})
		pos = m[1]
	}
	if pos < len(rs) || len(out) == 0 {
		out = append(out, segment{Text: inert(string(rs[pos:]))})
	}
	return out
}

// deref is a pointer's string, or "".
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// number is a pointer's number as text, or "".
func number(n *int) string {
	if n == nil {
		return ""
	}
	return fmt.Sprint(*n)
}
