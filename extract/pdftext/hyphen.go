package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Joining lines, and the hyphen at a line's end.
//
// A line ending in a hyphen is either a word cut by hyphenation
// ("promo-⏎tion": drop the hyphen) or a compound broken at its own hyphen
// ("Lot-⏎et-Garonne", "médico-⏎social", "2025-⏎2029": keep it, no space).
// LibreOffice and Word without automatic hyphenation only ever break at
// real hyphens; InDesign and Word with it cut words anywhere. The rule,
// first match wins:
//
//  1. a soft hyphen (U+00AD) is hyphenation: drop it;
//  2. a hyphen not after a letter or digit is a dash: keep, with a space;
//  3. a digit before, or a digit or an upper-case letter after (unless the
//     word is in capitals: HABI-⏎TANTS), is a compound or a range
//     (Charente-⏎Maritime, Ré-⏎Aunis, 2025-⏎2029): keep;
//  4. the document itself decides where it can: the hyphenated form seen
//     elsewhere in it keeps the hyphen, the joined form drops it;
//  5. a continuation that holds a hyphen and starts with a word, a short
//     one or after a capital (Lot-⏎et-Garonne, not chirur-⏎gien-dentiste),
//     or a known compound
//     element before (médico, non, demi, …; "co" before a consonant and a
//     long word: co-construction) or after (à, dire, être, delà): keep;
//  6. the part after the hyphen is a word the document uses on its own
//     (fiches-⏎actions, temps-⏎forts): keep — hyphenation leaves
//     fragments (tion, ment, naires) that are not words;
//  7. otherwise it is hyphenation: drop the hyphen.

// vocab is the set of words the document uses, lower-case, with the
// hyphenated ones also kept whole.
type vocab struct {
	words map[string]bool
}

func newVocab(pages []pageLines) *vocab {
	v := &vocab{words: map[string]bool{}}
	prevCut := false
	addLine := func(s *seg) {
		fields := strings.Fields(s.text)
		cut := prevCut
		prevCut = strings.HasSuffix(s.text, "-")
		for i, f := range fields {
			if i == 0 && cut {
				continue // may be the fragment of a cut word
			}
			w := strings.ToLower(trimWord(f))
			if w == "" {
				continue
			}
			if i == len(fields)-1 && strings.HasSuffix(f, "-") {
				continue // the cut word itself says nothing
			}
			v.words[w] = true
			if strings.Contains(w, "-") {
				for p := range strings.SplitSeq(w, "-") {
					if p != "" {
						v.words[p] = true
					}
				}
			}
		}
	}
	eachLine(pages, addLine)
	return v
}

// trimWord strips the punctuation around a word, keeping inner hyphens and
// apostrophes, and an elided article ("l’", "d'") before it.
func trimWord(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if i := strings.IndexAny(s, "'’"); i >= 0 && i <= 3 {
		s = s[i+utf8.RuneLen([]rune(s[i:])[0]):]
	}
	return s
}

// join joins lines into one text, mending line-end hyphens.
func (v *vocab) join(lines []*seg) string {
	var b strings.Builder
	for i, l := range lines {
		if i == 0 {
			b.WriteString(l.text)
			continue
		}
		cur := b.String()
		sep, cut := v.sep(cur, l.text)
		if cut > 0 {
			cur = cur[:len(cur)-cut]
			b.Reset()
			b.WriteString(cur)
		}
		b.WriteString(sep)
		b.WriteString(l.text)
	}
	return b.String()
}

// compoundFirst are first elements that, before a line-end hyphen, make a
// compound far more often than a hyphenation point: only those that do not
// start common words (not "inter", "co", "pro", "auto": intercommunalité,
// coordination, professionnel, autonomie are cut there).
var compoundFirst = map[string]bool{
	"médico": true, "medico": true, "non": true, "vice": true, "demi": true,
	"après": true, "hors": true, "quasi": true, "rendez": true, "peut": true,
	"c'est": true, "vis": true, "celui": true, "celle": true, "ceux": true,
	"physico": true, "franco": true, "nord": true, "sud": true, "ouest": true,
	"centre": true, "saint": true, "sainte": true, "ciné": true,
}

var compoundSecond = map[string]bool{
	"à": true, "dire": true, "être": true, "delà": true, "dessus": true, "dessous": true,
	"même": true, "mêmes": true, "ci": true, "là": true, "clés": true, "clé": true, "t": true,
	"il": true, "elle": true, "on": true, "ils": true, "elles": true, "vous": true, "nous": true,
}

// sep returns what goes between a text and the next line, and how many
// bytes to cut from the end of the text (a dropped hyphen).
func (v *vocab) sep(prev, next string) (string, int) {
	if prev == "" || next == "" {
		return " ", 0
	}
	last, size := utf8.DecodeLastRuneInString(prev)
	if last != '-' && last != '\u00ad' && last != '‐' {
		return " ", 0
	}
	if last == '\u00ad' {
		return "", size // rule 1
	}
	before := prev[:len(prev)-size]
	b, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(b) && !unicode.IsDigit(b) {
		return " ", 0 // rule 2
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsDigit(b) || unicode.IsDigit(first) || unicode.IsUpper(first) && !unicode.IsUpper(b) {
		return "", 0 // rule 3 (an upper-case word cut, HABI-⏎TANTS, goes on)
	}
	if !unicode.IsLetter(first) {
		return " ", 0
	}
	// The cut word: its last hyphen-free part before, first token after.
	head := before
	if i := strings.LastIndexFunc(head, unicode.IsSpace); i >= 0 {
		head = head[i+1:]
	}
	whole := strings.ToLower(trimWord(head))
	part := whole
	if i := strings.LastIndexByte(part, '-'); i >= 0 {
		part = part[i+1:]
	}
	tail := next
	if i := strings.IndexFunc(tail, unicode.IsSpace); i >= 0 {
		tail = tail[:i]
	}
	tailWord := strings.ToLower(trimWord(tail))
	tailFirst := tailWord
	if i := strings.IndexByte(tailFirst, '-'); i >= 0 {
		tailFirst = tailFirst[:i]
	}
	if v != nil && tailFirst != "" {
		if v.words[whole+"-"+tailFirst] || v.words[part+"-"+tailFirst] {
			return "", 0 // rule 4: hyphenated form seen
		}
		if v.words[whole+tailFirst] || v.words[part+tailFirst] {
			return "", size // rule 4: joined form seen
		}
	}
	headFirst, _ := utf8.DecodeRuneInString(trimWord(head))
	chain := strings.Contains(tailWord, "-") && (v == nil || v.words[tailFirst] || unicode.IsUpper(headFirst) || utf8.RuneCountInString(tailFirst) <= 3)
	if chain || compoundFirst[part] || compoundSecond[tailFirst] {
		return "", 0 // rule 5
	}
	if part == "co" && utf8.RuneCountInString(tailFirst) >= 6 && !strings.ContainsRune("aeiouyhàâéèêëîïôöûü", first) {
		return "", 0 // rule 5: co-construction, co-financement (not co-⏎ordination)
	}
	if v != nil && utf8.RuneCountInString(tailFirst) >= 3 && v.words[tailFirst] && utf8.RuneCountInString(part) >= 2 {
		return "", 0 // rule 6
	}
	return "", size // rule 7
}
