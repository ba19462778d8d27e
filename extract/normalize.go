package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the text every extractor reads and every evidence span
// points into. It is deterministic, so offsets are stable across runs:
//   - Unicode NFC; CR and CRLF as LF; zero-width characters and soft hyphens removed;
//   - typographic apostrophes as "'", typographic quotes and guillemets as '"';
//   - non-breaking, thin and other spaces as a plain space, runs of spaces as one;
//   - a bullet (• ▪ ◦ ● ‣ – — - *) at the start of a line as "- ";
//   - words glued by a lost line break split again ("Avril 2025Signature",
//     "03/12/2019Le CLS", "SocialeHoraires") and "Nom(Sigle" spaced;
//   - a bullet alone on its line joined to the line that follows;
//   - blank lines kept (they separate blocks), runs of them as one.
func Normalize(raw string) string {
	s := norm.NFC.String(raw)
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	s = charReplacer.Replace(s)
	s = guillemetOpen.ReplaceAllString(s, `"`)
	s = guillemetClose.ReplaceAllString(s, `"`)
	s = splitGlued(s)

	var out strings.Builder
	out.Grow(len(s))
	lines := strings.Split(s, "\n")
	blank := true // no blank line at the very start
	pendingBullet := false
	for _, line := range lines {
		line = strings.Join(strings.FieldsFunc(line, isSpace), " ")
		if line == "" {
			if !blank && !pendingBullet {
				out.WriteByte('\n')
				blank = true
			}
			continue
		}
		if rest, ok := cutBullet(line); ok {
			if rest == "" {
				pendingBullet = true
				continue
			}
			line = "- " + rest
		} else if pendingBullet {
			line = "- " + line
		}
		pendingBullet = false
		out.WriteString(line)
		out.WriteByte('\n')
		blank = false
	}
	return strings.TrimRight(out.String(), "\n")
}

var charReplacer = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u2032", "'", "\u00b4", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`,
	"\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u2007", " ", "\u200a", " ",
	"\u2002", " ", "\u2003", " ", "\u2004", " ", "\u2005", " ", "\u2006", " ", "\u2008", " ",
	"\u3000", " ", "\t", " ", "\f", "\n", "\v", "\n", "\u2028", "\n", "\u2029", "\n\n",
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "",
)

var (
	guillemetOpen  = regexp.MustCompile(`«[ \x{00a0}\x{202f}]*`)
	guillemetClose = regexp.MustCompile(`[ \x{00a0}\x{202f}]*»`)
)

func isSpace(r rune) bool { return r == ' ' || unicode.IsSpace(r) && r != '\n' }

// cutBullet recognises a bullet at the start of a line.
func cutBullet(line string) (rest string, ok bool) {
	for _, b := range []string{"•", "▪", "◦", "●", "‣", "⁃", "■", "□", "–", "—", "-", "*", "→", "✓"} {
		if strings.HasPrefix(line, b) {
			rest = strings.TrimSpace(line[len(b):])
			// "-12 %" or "--" is not a bullet; "- texte" and "-texte" are.
			if rest != "" && (rest[0] >= '0' && rest[0] <= '9' && !strings.HasPrefix(line[len(b):], " ")) {
				return "", false
			}
			if b == "*" && strings.HasPrefix(rest, "*") {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
}
