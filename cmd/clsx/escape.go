package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text read from documents and gold files is anyone's: an ESC, a CSI (U+009B)
// or a bidirectional override in a title would move the cursor, recolour or
// reorder what a terminal shows. Such characters are written as escapes
// instead, never raw.

// unsafeRune reports whether r must not reach a terminal as it is: C0 and C1
// controls, DEL, the bidirectional embeddings, overrides and isolates, and
// the line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// termSafe is s with every unsafe character written as \xHH (ASCII) or
// \uHHHH, and every byte of invalid UTF-8 as \xHH. The escapes make the
// text harmless and show what was there; they are not meant to be reversed.
func termSafe(s string) string {
	if isTermSafe(s, false) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r) && r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// textSafe is termSafe for running text printed line by line (show): its
// line breaks and tabs are layout and stay; every other control is escaped.
func textSafe(s string) string {
	if isTermSafe(s, true) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		cells := strings.Split(l, "\t")
		for j, c := range cells {
			cells[j] = termSafe(c)
		}
		lines[i] = strings.Join(cells, "\t")
	}
	return strings.Join(lines, "\n")
}

// isTermSafe reports whether s holds no unsafe character; with layout,
// line breaks and tabs are not unsafe.
func isTermSafe(s string, layout bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unsafeRune(r) && !(layout && (r == '\n' || r == '\t')) {
			return false
		}
		i += n
	}
	return true
}

// jsonTermSafe escapes, as \u00HH or \uHHHH, the unsafe characters that
// encoding/json leaves raw (DEL, C1 controls, bidirectional controls). In
// encoder output they can only stand inside strings, where the escape
// denotes the same character: the JSON keeps its value.
// Encoder output is valid UTF-8, and its newlines are layout.
func jsonTermSafe(data []byte) []byte {
	var b bytes.Buffer
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r != '\n' && unsafeRune(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(data[i : i+n])
		}
		i += n
	}
	return b.Bytes()
}
