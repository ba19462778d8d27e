package corpus

// What text says about a contrat local de santé: text folded to plain
// lower-case ASCII words, and the patterns read in it, for a page (is it
// about a CLS?) and for a link (does it lead towards one?).

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// collapse trims s and turns its runs of white space into single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// fold lowers s, strips its accents and turns anything that is not a letter
// or a digit into a space, so "Contrat Local de Santé", "contrat-local-de-sante"
// and "CONTRAT_LOCAL_DE_SANTE" all read "contrat local de sante". ASCII, most
// of any French page, takes a fast path; other runes are decomposed one by one.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	emit := func(r rune) {
		switch {
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
			space = false
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case unicode.Is(unicode.Mn, r):
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
			space = false
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
			space = false
		case r < utf8.RuneSelf:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case r < rune(len(latinFold)):
			if f := latinFold[r]; f != "" {
				b.WriteString(f)
				space = false
			} else if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			for _, d := range norm.NFD.String(string(r)) {
				emit(d)
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// latinFold is fold's answer for the Latin-1 and Latin Extended runes, worked
// out once: "" for those that are not letters or digits.
var latinFold = func() (t [0x250]string) {
	for r := rune(0x80); r < 0x250; r++ {
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			switch {
			case d == 'œ' || d == 'Œ':
				b.WriteString("oe")
			case d == 'æ' || d == 'Æ':
				b.WriteString("ae")
			case unicode.IsLetter(d) || unicode.IsDigit(d):
				b.WriteRune(unicode.ToLower(d))
			}
		}
		t[r] = b.String()
	}
	return t
}()

// What makes a page about a CLS, and a link lead towards one, in folded text.
var (
	clsPhrase = regexp.MustCompile(`\bcontrats? loca(l|ux) de (la )?sante\b`)
	clsWord   = regexp.MustCompile(`\b(contrats? loca(l|ux) de (la )?sante|cls)\b`)
	healthCue = regexp.MustCompile(`\b(contrats? loca(l|ux) de (la )?sante|cls|sante)\b`)
)

// towardsCLS reports whether a link leads towards CLS content: its anchor
// text, its path and query, or the heading above it mention a contrat local
// de santé, a CLS or santé. The host is not read: every URL of
// www.xxx.ars.sante.fr would match.
func towardsCLS(l link) bool {
	if healthCue.MatchString(fold(l.Text)) || healthCue.MatchString(fold(l.Heading)) {
		return true
	}
	return healthCue.MatchString(fold(readablePathQuery(l.URL)))
}

// readablePathQuery is a URL's path and query, unescaped where they can be,
// as one text for the cue patterns to read.
func readablePathQuery(u *url.URL) string {
	p := u.EscapedPath()
	if dp, err := url.PathUnescape(p); err == nil {
		p = dp
	}
	q := u.RawQuery
	if dq, err := url.QueryUnescape(q); err == nil {
		q = dq
	}
	return p + " " + q
}
