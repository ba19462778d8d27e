package extract

import (
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// bareTerritories finds the places a text names without designating them
// ("Vaulx-en-Velin se mobilise", "à Quimperlé", "Lorient Agglomération"):
// capitalised names that the official geography knows as a commune or an
// intercommunality. The geography finds the names; it does not choose
// between homonyms (resolveGeography does, later, with the text's context).
// Names inside a designation are left to designations, which knows their
// kind. A bare name is weak evidence (strength 1): a text's designated
// territory, when it has one, outweighs it.
func (l *lexicon) bareTerritories(b *Block, fs, fe int, skip []territoryMention) []territoryMention {
	if !b.bareDone {
		// once per block: clauses and the whole document read the same names
		b.bare, b.bareDone = l.scanBareNames(b), true
	}
	lo, hi := b.RuneStart+b.fold.RuneOffset(fs), b.RuneStart+b.fold.RuneOffset(fe)
	var out []territoryMention
	for _, m := range b.bare {
		if m.span.Start >= lo && m.span.End <= hi && !insideMention(m.span.Start, skip) {
			out = append(out, m)
		}
	}
	return out
}

// scanBareNames reads every bare place name of block b, outside the
// designations that name places with their kind.
func (l *lexicon) scanBareNames(b *Block) []territoryMention {
	f := b.fold.Text
	skip := l.blockDesignations(b, 0, len(f))
	var out []territoryMention
	geo := rules.OfficialGeography()
	// "Centre-Val de Loire", "Pays de la Loire": a région's words are no commune
	regions := l.r.Geo.FindRegions(f)
	for i := 0; i < len(f); i++ {
		if i > 0 && !strings.ContainsRune(" '(\"/", rune(f[i-1])) || !isWordByte(f[i]) || inSpans(i, regions) {
			continue
		}
		r := b.fold.RuneOffset(i)
		if r >= len(b.runes) || !unicode.IsUpper(b.runes[r]) || r > 0 && (b.runes[r-1] == '-' || unicode.IsLetter(b.runes[r-1])) ||
			afterProperWord(b.runes, r) || insideMention(b.RuneStart+r, skip) || insideMention(b.RuneStart+r, out) {
			continue
		}
		name, span, ok := captureName(b, i)
		if !ok {
			continue
		}
		name, span = l.placePrefix(geo, name, span)
		if name == "" || l.isDesignated(b, i) {
			continue // "la Ville", "la Métropole": a designation, though communes bear the name
		}
		m := territoryMention{name: name, span: span, strength: 1}
		// "Quimperlé communauté", "Vierzon agglo": the name and the word
		// after it that makes it an intercommunality
		if r := span.End - b.RuneStart; r+1 < len(b.runes) && b.runes[r] == ' ' {
			if w := firstWord(rules.Fold(string(b.runes[r+1 : min(len(b.runes), r+16)]))); epciSuffix[w] {
				m.span.End = span.End + 1 + len([]rune(w))
				m.name = string(b.runes[span.Start-b.RuneStart : m.span.End-b.RuneStart])
				m.kind = "epci"
			}
		}
		out = append(out, m)
	}
	return out
}

// placePrefix is the longest run of words at the start of a captured name
// that the geography bears ("Saint-Malo" of "Saint-Malo Agglomération
// Santé"), or "" when none does. A plain word followed by another capitalised
// word is no place ("Pia Imbs", "Marie Durand" are people, though Pia and
// Marie are communes): only a compound name ("Vaulx-en-Velin", "Le Mans")
// is kept as a prefix.
func (l *lexicon) placePrefix(geo *rules.Official, name string, span Span) (string, Span) {
	words := strings.Fields(name)
	// place names have few words ("Saint-Laurent-du-Maroni", "Le Mans",
	// "Val d'Europe Agglomération"): longer prefixes are not tried
	for n := min(len(words), maxPlaceWords); n > 0; n-- {
		cand := strings.Join(words[:n], " ")
		if n < len(words) && n == 1 && !strings.Contains(cand, "-") || nameConnectors[strings.ToLower(words[n-1])] {
			continue
		}
		if l.placeName(geo, cand) {
			return cand, Span{Start: span.Start, End: span.Start + len([]rune(cand)), Page: span.Page}
		}
	}
	return "", Span{}
}

// maxPlaceWords bounds the words of a bare place name.
const maxPlaceWords = 6

// placeName: a name the geography bears, that looks like a proper name: not
// a month, a région, an organisation, nor a word of one letter or two.
func (l *lexicon) placeName(geo *rules.Official, name string) bool {
	if len([]rune(name)) < 3 {
		return false
	}
	// the map look-up first: most capitalised words are no place
	if c, e := geo.Bears(name); !c && !e && !epciByName(name) {
		return false
	}
	if _, ok := l.r.Geo.DepartementByName(rules.Fold(name)); ok {
		return false // a département is found as one (places), with its own kind
	}
	return !l.notAPlace(name)
}

// epciSuffix: the words after a place name that make it an
// intercommunality's name (epciByName reads the same words).
var epciSuffix = map[string]bool{"agglomeration": true, "agglo": true, "communaute": true, "metropole": true}

func inSpans(i int, spans [][2]int) bool {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

func insideMention(r int, ms []territoryMention) bool {
	for _, m := range ms {
		if r >= m.span.Start && r < m.span.End {
			return true
		}
	}
	return false
}

// afterProperWord reports whether the word before rune r is a capitalised
// word of three letters or more: "Marie" of "Hélène Marie" is the end of a
// person's name, not the commune of Marie.
func afterProperWord(rs []rune, r int) bool {
	i := r - 1
	for i >= 0 && rs[i] == ' ' {
		i--
	}
	end := i + 1
	for i >= 0 && (unicode.IsLetter(rs[i]) || rs[i] == '-') {
		i--
	}
	w := rs[i+1 : end]
	return len(w) >= 3 && unicode.IsUpper(w[0])
}
