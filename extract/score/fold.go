package score

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold is clsscore.py's fold():
//
//	s = unicodedata.normalize("NFKD", s or "")
//	s = "".join(c for c in s if not unicodedata.combining(c))
//	s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").lower()
//	s = s.replace("-", " ")
//	return re.sub(r"\s+", " ", s).strip()
//
// Every comparison of the scorer goes through it, so each step keeps Python's
// Unicode meaning: combining is the canonical combining class, lower() is
// Python's (with its final sigma), \s and strip() are Python's whitespace.
func fold(s string) string {
	s = norm.NFKD.String(s)
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if combiningClass(r) != 0 {
			continue
		}
		switch r {
		case '\u2019', '\u2018':
			r = '\''
		case '\u00a0':
			r = ' '
		}
		rs = append(rs, r)
	}
	rs = pyLower(rs)
	var b strings.Builder
	b.Grow(len(rs))
	space := false
	for _, r := range rs {
		if r == '-' {
			r = ' '
		}
		if pyIsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// foldAny is fold(v) on a JSON value: `s or ""` turns every false value into
// "", and unicodedata.normalize raises on any other non-string.
func foldAny(v any) string {
	if !pyTruthy(v) {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		raise("TypeError: normalize() argument 2 must be str, not %s", typeName(v))
	}
	return fold(s)
}

// combiningClass is unicodedata.combining(r).
func combiningClass(r rune) uint8 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return norm.NFD.Properties(buf[:n]).CCC()
}

// pyIsSpace is Python's str.isspace() for one character, which is what \s,
// str.split() and str.strip() use on str. It differs from unicode.IsSpace:
// U+001C..U+001F are spaces for Python.
func pyIsSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r >= 0x1c && r <= 0x20:
		return true
	case r < 0x80:
		return false
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// pyIsWord is the \w of Python's str patterns: str.isalnum() or '_'.
func pyIsWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// pyStripSpace is str.strip() without argument.
func pyStripSpace(s string) string {
	return strings.TrimFunc(s, pyIsSpace)
}

// pyStripChars is str.strip(chars).
func pyStripChars(s, chars string) string {
	return strings.Trim(s, chars)
}

// pyLower is Python's str.lower(): the full lowercase mapping, which differs
// from per-rune unicode.ToLower for U+0130 (İ → i̇) and for capital sigma,
// lowered to final ς at the end of a word.
func pyLower(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch r {
		case 0x130:
			out = append(out, 'i', 0x307)
		case 0x3a3:
			if finalSigma(rs, i) {
				out = append(out, 0x3c2)
			} else {
				out = append(out, 0x3c3)
			}
		default:
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// finalSigma is CPython's handle_capital_sigma: Σ is final when a cased
// letter precedes it and none follows it, case-ignorable characters skipped.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

// cased is the Unicode Cased property.
func cased(r rune) bool {
	return unicode.IsLower(r) || unicode.IsUpper(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// caseIgnorable is the Unicode Case_Ignorable property: Mn, Me, Cf, Lm, Sk
// and the Word_Break classes MidLetter, MidNumLet and Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case 0x27, 0x2e, 0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024,
		0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
