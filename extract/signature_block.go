package extract

import (
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// maxSignatureWords bounds a signature line: "Pour la Communauté de
// communes du Pays de Lunel, le Président," is short; a sentence opening on
// "Pour" is not one.
const maxSignatureWords = 16

// signatureParty reads the signature block of a formal contract: a line
// "Pour l'Agence Régionale de Santé Occitanie," or "Pour la Commune de
// Millau, le Maire" names a party. A line that goes on as a sentence ("Pour
// les agences régionales de santé, le dispositif permet…") names none.
func (l *lexicon) signatureParty(b *Block) (party, bool) {
	f := b.fold.Text
	if !strings.HasPrefix(f, "pour ") || strings.ContainsAny(f, ":;") || len(strings.Fields(f)) > maxSignatureWords {
		return party{}, false
	}
	end := len(f)
	if i := strings.Index(f, ","); i >= 0 {
		// what follows the comma is the signer's title, if anything
		rest := strings.TrimSpace(f[i+1:])
		if rest != "" && !l.r.Cue("party.role").Match(firstWords(rest, 3)) {
			return party{}, false
		}
		end = i
	}
	text, span := b.Orig(len("pour "), end)
	name := strings.TrimSpace(text)
	if name == "" || !unicode.IsLower([]rune(name)[0]) && !unicode.IsUpper([]rune(name)[0]) {
		return party{}, false
	}
	if !l.orgKindAtStart(leadingArticle.ReplaceAllString(rules.Fold(name), "")) {
		return party{}, false
	}
	return l.cleanParty(segment{text: name, span: span})
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}
