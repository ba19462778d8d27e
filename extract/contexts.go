package extract

import (
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// clauseParties finds the parties a signing clause names: the subject of
// "ont signé", the list after "signé par", "entre" or "avec", or after a
// colon ending "partenaires :".
func (l *lexicon) clauseParties(b *Block, cs, ce int) []party {
	c := b.fold.Text[cs:ce]
	var out []party
	// "… en associant de nombreux partenaires : l'ARS, la CPAM 41, …"
	for _, sp := range l.r.Cue("party.intro").FindAll(c) {
		rest := c[sp[1]:]
		if strings.HasPrefix(strings.TrimLeft(rest, " "), ":") {
			from := cs + sp[1] + strings.Index(rest, ":") + 1
			if strings.TrimSpace(b.fold.Text[from:ce]) != "" {
				out = append(out, l.parties(b, from, ce, true)...)
			}
		}
	}
	if !l.r.Cue("signing").Match(c) {
		return out
	}
	if sp, ok := l.r.Cue("signing.verb").Find(c); ok {
		out = append(out, l.parties(b, cs, cs+sp[0], false)...)
	}
	// "signé le 28 juin 2019 par la Préfecture, l'ARS et le Grand Chalon"
	for _, sp := range l.r.Cue("signing").FindAll(c) {
		i := strings.Index(c[sp[1]:], " par ")
		if i < 0 || i > 40 {
			continue
		}
		from := cs + sp[1] + i + len(" par ")
		out = append(out, l.parties(b, from, ce, true)...)
		break
	}
	for _, kw := range []string{" entre ", " avec "} {
		i := strings.Index(c, kw)
		if i < 0 {
			continue
		}
		from := cs + i + len(kw)
		// "la communauté de communes Entre Beauce et Perche": a capital
		// makes the word part of a name
		if w, _ := b.Orig(cs+i+1, cs+i+2); w != "" && unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		rest := strings.TrimSpace(b.fold.Text[from:ce])
		if rest == "" || rest == ":" {
			continue // the list follows in the next blocks
		}
		out = append(out, l.parties(b, from, ce, true)...)
	}
	return out
}

// contextParties finds the parties any sentence of a block names, signing
// or not: after a party context ("porté conjointement par", "co-piloté par",
// "aux côtés de", "ses 12 signataires, dont", "les représentants de") and as
// the subject of a verb that only parties have ("renouvellent", "se sont
// engagés", "officialise").
//
// A dated signing clause ("a signé un CLS, en 2012, avec différents
// partenaires comme l'ARS…") gives its parties to the contract it dates,
// which need not be the one its block is about: what its own reading finds
// is left to it.
func (l *lexicon) contextParties(b *Block) []party { return l.contextPartiesAfter(b, nil) }

// contextPartiesAfter is contextParties of block b written after block prev
// (nil for none): a paragraph opening on "Il est porté par…" speaks of the
// contract the paragraph before ends on.
func (l *lexicon) contextPartiesAfter(b, prev *Block) []party {
	var out []party
	for si, s := range b.sents {
		ps := l.sentenceContextParties(b, prev, si, s)
		if len(ps) == 0 {
			continue
		}
		var clause []party
		for _, cl := range clauses(s) {
			if c := b.fold.Text[cl[0]:cl[1]]; l.r.Cue("signing").Match(c) && len(l.findDates(c)) > 0 {
				clause = append(clause, l.clauseParties(b, cl[0], cl[1])...)
			}
		}
		for _, p := range ps {
			if !overlapsAny(p.span, clause) {
				out = append(out, p)
			}
		}
	}
	return out
}

func overlapsAny(sp Span, ps []party) bool {
	for _, p := range ps {
		if p.span.Page == sp.Page && p.span.Start < sp.End && sp.Start < p.span.End {
			return true
		}
	}
	return false
}

// maxVerbToContract bounds how far after a verb of parties the contract must
// be named: "ont renouvelé leur engagement en faveur de la santé du
// territoire avec la signature du second CLS" is about it; a contract named at
// the end of a long sentence is not what the verb is about.
const maxVerbToContract = 120

// sentenceContextParties: the parties contexts name in sentence si of block b.
func (l *lexicon) sentenceContextParties(b, prev *Block, si int, s Sentence) []party {
	var out []party
	c := b.fold.Text[s.Start:s.End]
	// "Le PRS porté par l'ARS": a context speaks of the contract the
	// sentence (or, through "il", the one before) names
	about := len(l.blockRefs(b, s.Start, s.End)) > 0 || si > 0 && len(l.blockRefs(b, b.sents[si-1].Start, b.sents[si-1].End)) > 0
	if !about && si == 0 && prev != nil && len(prev.sents) > 0 && (l.r.Cue("axis.anaphor").Match(firstWord(c)) || participleOpening(sentenceText(s))) {
		last := prev.sents[len(prev.sents)-1]
		about = len(l.blockRefs(prev, last.Start, last.End)) > 0
	}
	if about || strings.Contains(c, "signataires") {
		// a sentence about no contract may still announce its signatories
		out = append(out, l.listedParties(b, s, about)...)
	}
	if about {
		out = append(out, l.formalEntreParties(b, s)...)
	}
	// organisations joined to each other: specific enough to be read in a
	// paragraph about the contract, or right after one
	if (strings.Contains(c, "associ") || strings.Contains(c, "rejoi")) &&
		(about || len(l.blockRefs(b, 0, len(b.fold.Text))) > 0 || si == 0 && prev != nil && len(prev.sents) > 0 &&
			len(l.blockRefs(prev, prev.sents[len(prev.sents)-1].Start, prev.sents[len(prev.sents)-1].End)) > 0) {
		out = append(out, l.partnershipParties(b, s)...)
	}
	if !about {
		return out // contexts and subjects speak of the contract only
	}
	ctx := l.r.Cue("party.context").FindAll(c)
	var subj [][2]int
	if len(l.blockRefs(b, s.Start, s.End)) > 0 {
		// a subject needs the contract named after its verb, in the sentence
		subj = l.r.Cue("party.subject").FindAll(c)
	}
	for k, sp := range ctx {
		if l.r.Cue("contract.other").Match(c[max(0, sp[0]-60):sp[0]]) ||
			l.r.Cue("party.context.not").Match(c[max(0, sp[0]-25):sp[0]]) {
			continue
		}
		// an enumeration ends where the next context or verb starts
		end := len(c)
		if k+1 < len(ctx) {
			end = ctx[k+1][0]
		}
		for _, v := range subj {
			if v[0] > sp[1] && v[0] < end {
				end = v[0]
			}
		}
		out = append(out, l.parties(b, s.Start+sp[1], s.Start+end, true)...)
	}
	for _, sp := range subj {
		if len(ctx) > 0 && ctx[0][0] < sp[0] {
			break // the context before the verb has read its subject
		}
		// "X et Y ont signé le CLS", not "les acteurs s'engagent à…"
		if len(l.findRefs(c[sp[1]:min(len(c), sp[1]+maxVerbToContract)])) == 0 {
			continue
		}
		start := 0
		// the subject starts after the last clause separator before the verb
		if k := strings.LastIndexAny(c[:sp[0]], ";:"); k >= 0 {
			start = k + 1
		}
		if sp[0] > start {
			out = append(out, l.parties(b, s.Start+start, s.Start+sp[0], false)...)
		}
		break
	}
	return out
}

// readAgain: a party read from text already read as another party (a
// sentence both a signing clause and a party context). Rebuilt names share
// their enumeration item's span, so only a span that differs yet overlaps
// is the same text read twice.
func readAgain(p party, seen []Span) bool {
	for _, s := range seen {
		if s != p.span && s.Page == p.span.Page && s.Start < p.span.End && p.span.Start < s.End {
			return true
		}
	}
	return false
}

// formalEntreParties reads the parties a contract's own preamble lists after
// "Entre", as a transcript gives it on one line: "Contrat local de santé de
// X Entre Le Préfet de Y Le Directeur Général de l'ARS Le Maire de X
// Préambule …". Only a capitalised "Entre", or an "entre" followed by a
// capitalised article and an organisation or a title, opens such a list
// ("l'articulation entre le PCAET et le PLU" does not).
func (l *lexicon) formalEntreParties(b *Block, s Sentence) []party {
	f := b.fold.Text
	for i := strings.Index(f[s.Start:s.End], "entre "); i >= 0; {
		at := s.Start + i
		r := b.fold.RuneOffset(at)
		next := b.runes[min(len(b.runes), r+len("entre ")):]
		// "Communauté de Communes Entre Beauce et Perche": a name's word
		capital := r < len(b.runes) && b.runes[r] == 'E' && (r == 0 || b.runes[r-1] == ' ') && !afterProperWord(b.runes, r) &&
			!l.designationBefore(f[:at])
		// what follows must open on an organisation or a title, after
		// its article: "Entre Le Préfet …", "Entre : L'Agence …"
		rest := rules.Fold(strings.TrimLeft(string(next[:min(len(next), 80)]), " :"))
		opens := l.capitalisedArticleOrg(next) || l.orgKindAtStart(leadingArticle.ReplaceAllString(rest, ""))
		if (capital || l.capitalisedArticleOrg(next)) && opens && (at == 0 || !isWordByte(f[at-1])) {
			from := at + len("entre ")
			end := s.End
			if sp, ok := l.r.Cue("party.preamble.end").Find(f[from:s.End]); ok {
				end = from + sp[0]
			}
			return l.parties(b, from, end, true)
		}
		j := strings.Index(f[at+1:s.End], "entre ")
		if j < 0 {
			break
		}
		i = at + 1 + j - s.Start
	}
	return nil
}

// designationBefore reports whether folded text before ends with a
// territory's designation ("la communauté de communes"): what follows is
// the territory's name.
func (l *lexicon) designationBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	tail := b[max(0, len(b)-40):]
	for _, k := range l.r.Territories {
		for pos := 0; pos < len(tail); {
			sp, ok := k.Find(tail[pos:])
			if !ok {
				break
			}
			if pos+sp[1] == len(tail) {
				return true
			}
			pos += max(sp[1], 1)
		}
	}
	return false
}

// partnershipParties reads a sentence that joins organisations to each
// other about the contract: "A, B et C se sont associés à l'ARS et à la
// Ville pour signer le contrat", "La CAF rejoint l'ARS et la commune". The
// subject and the organisations joined are parties, when what follows the
// verb opens on an organisation.
func (l *lexicon) partnershipParties(b *Block, s Sentence) []party {
	c := b.fold.Text[s.Start:s.End]
	sp, ok := l.r.Cue("party.partnership").Find(c)
	if !ok {
		return nil
	}
	rest := strings.TrimLeft(c[sp[1]:], " ")
	for _, p := range []string{"a l'", "a la ", "au ", "aux ", "a "} {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			break
		}
	}
	if !l.orgKindAtStart(leadingArticle.ReplaceAllString(rest, "")) {
		return nil
	}
	out := l.parties(b, s.Start, s.Start+sp[0], false)
	return append(out, l.parties(b, s.Start+sp[1], s.End, true)...)
}

// participleOpening: a sentence that opens on a past participle
// ("Co-construit avec …, le CLS …", "Signé le …, il …", "Élaborée par …")
// describes the subject it leads to, the contract of the paragraph before.
func participleOpening(orig string) bool {
	words := strings.Fields(orig)
	if len(words) == 0 { // a sentence of spaces alone
		return false
	}
	w := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(words[0], "Co-"), "co-"))
	for _, suf := range []string{"é", "ée", "és", "ées", "uit", "uite", "uits", "uites"} {
		if strings.HasSuffix(w, suf) && len([]rune(w)) > len([]rune(suf))+2 {
			return true
		}
	}
	return false
}

func sentenceText(s Sentence) string {
	t, _ := s.Orig()
	return t
}

// presentParties reads the organisations of the people present at a
// contract's signature ("en présence du président du Pays Midi-Quercy et
// du directeur de l'ARS") in the clauses that sign it: who was present is no
// party, unless the text says nothing else of who signed.
func (l *lexicon) presentParties(c *builder) []party {
	var out []party
	for _, e := range c.events {
		for _, s := range e.block.sents {
			if e.start < s.Start || e.start >= s.End {
				continue
			}
			// the sentence, not the clause: "… signature du CLS, en présence
			// du président X et du directeur Y"
			sp, ok := l.r.Cue("party.present").Find(s.Folded())
			if ok {
				out = append(out, l.parties(e.block, s.Start+sp[1], s.End, false)...)
			}
		}
	}
	return out
}
