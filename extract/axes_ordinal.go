package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// ordinalAxis reads a sentence that states one axis by its rank: "Le premier
// axe est de renforcer l'accès aux soins.", "Deuxième axe : la
// prévention.", "Le troisième axe vise à soutenir les aidants." The rank is
// the axis's number; what follows the verb is its title.
func (l *lexicon) ordinalAxes(b *Block, last bool) []Axis {
	var out []Axis
	for si, s := range b.sents {
		if text, _ := s.Orig(); last && si == len(b.sents)-1 && !endsSentence(text) {
			break // "Le second axe est la p": cut by the end of an excerpt
		}
		f := s.Folded()
		m := l.ordinalAxisLine.FindStringSubmatchIndex(f)
		if m == nil {
			continue
		}
		n := l.r.Ordinals[f[m[2]:m[3]]]
		if n == 0 {
			continue
		}
		end := len(f)
		title, span := b.Orig(s.Start+m[4], s.Start+end)
		title = cleanTitle(title)
		if title == "" {
			continue
		}
		out = append(out, Axis{Number: strconv.Itoa(n), Title: title, Evidence: span})
	}
	return out
}

// ordinalAxisPattern builds the expression of ordinalAxes: an ordinal, an
// axis word, then a colon or a copula ("est de", "vise à", "porte sur").
func ordinalAxisPattern(ord string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:le |la |un |une )?` + ord + `\s+(?:axe|priorite|orientation)(?:\s+(?:strategique|prioritaire|du (?:cls|contrat)))?` +
		`\s*(?::|,|est\s+(?:de|d'|la|le|l'|celui de|celle de)|consiste\s+a|vise\s+a|porte\s+sur|concerne|s'attache\s+a|a\s+pour\s+objectif\s+de)\s*(\S.*)$`)
}

// mergeOrdinalAxes adds the axes stated by rank that the contract does not
// have yet (by number).
func mergeOrdinalAxes(have []Axis, found []Axis) []Axis {
	for _, a := range found {
		dup := false
		for _, h := range have {
			if h.Number == a.Number || strings.EqualFold(h.Title, a.Title) {
				dup = true
				break
			}
		}
		if !dup {
			have = append(have, a)
		}
	}
	return have
}
