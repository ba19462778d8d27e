package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/clsx/clsx/cmd/clsx/internal/safetext"
)

// Text read from documents and gold files is anyone's: what would act on a
// terminal is written as escapes instead, never raw (internal/safetext).

func unsafeRune(r rune) bool { return safetext.Unsafe(r) }

// termSafe is s with every unsafe character, line breaks and tabs
// included, written as an escape: for a table cell or one line.
func termSafe(s string) string { return safetext.Escape(s, false) }

// textSafe is termSafe for running text printed line by line (show): its
// line breaks and tabs are layout and stay; every other control is escaped.
func textSafe(s string) string { return safetext.Escape(s, true) }

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
