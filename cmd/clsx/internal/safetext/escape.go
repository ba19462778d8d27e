package safetext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Unsafe reports whether r must not reach a reader as it is: C0 and C1
// controls, DEL, the bidirectional marks, embeddings, overrides and
// isolates, and the line and paragraph separators.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// Escape is s with every unsafe character written as \xHH (ASCII) or
// \uHHHH, and every byte of invalid UTF-8 as \xHH. With layout, line breaks
// and tabs are the text's layout and stay.
func Escape(s string, layout bool) string {
	if Safe(s, layout) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case layout && (r == '\n' || r == '\t'), !Unsafe(r):
			b.WriteString(s[i : i+n])
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// Safe reports whether s is valid UTF-8 without an unsafe character; with
// layout, line breaks and tabs are not unsafe.
func Safe(s string, layout bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || Unsafe(r) && !(layout && (r == '\n' || r == '\t')) {
			return false
		}
		i += n
	}
	return true
}
