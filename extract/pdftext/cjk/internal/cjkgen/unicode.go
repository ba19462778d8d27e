package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// readCID2Code reads the CID → Unicode map of a collection from the
// Unicode columns of its cid2code.txt: the UTF-32 one first (every
// collection has it), then the UCS-2 one, then the other Uni… columns.
// The UTF-32 CMaps send a character to one glyph (‘ to the proportional
// quote); the older UCS-2 ones also reach the full-width glyphs, and the
// -HW ones the half-width digits and letters that a font may show.
func readCID2Code(path string) ([]rune, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var columns []int // in order of preference
	var out []rune
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if cols[0] == "CID" {
			columns = unicodeColumns(cols)
			if len(columns) == 0 {
				return nil, fmt.Errorf("%s: no Unicode column", path)
			}
			continue
		}
		cid, err := strconv.Atoi(cols[0])
		if err != nil || cid < 0 || cid > 1<<17 {
			return nil, fmt.Errorf("%s: bad CID %q", path, cols[0])
		}
		for len(out) <= cid {
			out = append(out, 0)
		}
		for _, c := range columns {
			if c < len(cols) && out[cid] == 0 {
				out[cid] = pick(cols[c])
			}
		}
	}
	return out, sc.Err()
}

func unicodeColumns(header []string) []int {
	var utf32, ucs2, other []int
	for i, c := range header {
		switch {
		case !strings.HasPrefix(c, "Uni"):
		case strings.HasSuffix(c, "-UTF32"):
			utf32 = append(utf32, i)
		case strings.HasSuffix(c, "-UCS2"):
			ucs2 = append(ucs2, i)
		default:
			other = append(other, i)
		}
	}
	return append(append(utf32, ucs2...), other...)
}

// pick chooses the text of a CID among the code points that map to it.
// Several share a glyph: U+0020 and U+00A0, a unified ideograph and its
// compatibility twin, a radical and its ideograph, an em space and the
// ideographic space, a letter and its combining or modifier form, a
// vertical presentation form and the character a vertical CMap reaches it
// by (marked v). The one a reader wants is the ordinary character, so the
// others give way when there is one; else the first listed is taken.
func pick(cell string) rune {
	if cell == "*" || cell == "" {
		return 0
	}
	var first, best rune
	for _, c := range strings.Split(cell, ",") {
		v, err := strconv.ParseUint(strings.TrimSuffix(c, "v"), 16, 32)
		if err != nil || v == 0 || v > 0x10ffff {
			continue
		}
		r := rune(v)
		if first == 0 {
			first = r
		}
		if best == 0 && !secondary(r) {
			best = r
		}
	}
	if best != 0 {
		return best
	}
	return first
}

func secondary(r rune) bool {
	switch {
	case r == 0xa0, r == 0xad, r == 0x3164: // no-break space, soft hyphen, Hangul filler
		return true
	case r >= 0x2b0 && r <= 0x36f: // modifier letters, combining marks
		return true
	case r >= 0x2000 && r <= 0x2011: // typographic spaces, hyphens
		return true
	case r >= 0x2e80 && r <= 0x2fdf: // CJK and Kangxi radicals
		return true
	case r >= 0xe000 && r <= 0xf8ff: // private use
		return true
	case r >= 0xfe10 && r <= 0xfe1f, r >= 0xfe30 && r <= 0xfe4f: // vertical forms
		return true
	case r >= 0xf900 && r <= 0xfaff, r >= 0x2f800 && r <= 0x2fa1f: // compatibility ideographs
		return true
	}
	return false
}
