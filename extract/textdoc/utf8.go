package textdoc

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text that is UTF-8 but for a few stray bytes (a Windows-1252 character
// pasted into a UTF-8 file, a byte a transfer damaged) is common; read whole
// as Windows-1252, every accent of the rest would be garbled. So a stray
// byte is read as Windows-1252 where it stands and the rest kept, and only
// bytes that are mostly not UTF-8 are read whole as Windows-1252.

// DecodeUTF8 reads data as UTF-8, each byte that is not part of valid UTF-8
// read as the Windows-1252 character it would be. invalid counts those
// bytes. mostly reports whether the bytes are mostly UTF-8: more valid
// multi-byte characters than invalid bytes (ASCII counts for neither: it
// reads the same in both). When mostly is false the caller reads the whole
// as Windows-1252 instead (where a pair of Latin-1 bytes that happens to be
// valid UTF-8 is read as the two characters it is).
func DecodeUTF8(data []byte) (text string, invalid int, mostly bool) {
	multi := 0
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
			b.WriteRune(windows1252(data[i]))
		default:
			if n > 1 {
				multi++
			}
			b.Write(data[i : i+n])
		}
		i += n
	}
	return b.String(), invalid, invalid == 0 || multi > invalid
}

// RepairWarning says how many stray bytes DecodeUTF8 read as Windows-1252.
func RepairWarning(invalid int) string {
	s := "s"
	if invalid == 1 {
		s = ""
	}
	return fmt.Sprintf("%d byte%s not valid UTF-8 in UTF-8 text: each read as Windows-1252 where it stands", invalid, s)
}

// windows1252 is the character a byte of 0x80 or more stands for in
// Windows-1252 (U+FFFD for the five bytes it leaves undefined, as
// golang.org/x/text/encoding/charmap reads them).
func windows1252(c byte) rune {
	if c < 0x80 || c >= 0xa0 {
		return rune(c)
	}
	return cp1252High[c-0x80]
}

var cp1252High = [32]rune{
	0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
	0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
}
