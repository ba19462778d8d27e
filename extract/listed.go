package extract

import (
	"strings"
	"unicode"
)

// Running text lists parties after a colon or a dash: "rejoint les six
// autres signataires : l'ARS, la Préfecture…", "avec l'appui de partenaires
// institutionnels – Préfecture de la Marne, Région Grand Est, …", "Ce
// dernier vise à coordonner les acteurs de la santé : l'ARS, la CPAM, le
// CHU…".

// minListed is how many organisations of a known kind a list after a colon
// must name, when no word before it says they are partners: fewer, and the
// list is more likely examples of something else.
const minListed = 3

// listedParties reads the lists of parties of sentence s of block b; about
// says whether the sentence (or the one before) names the contract.
func (l *lexicon) listedParties(b *Block, s Sentence, about bool) []party {
	c := b.fold.Text[s.Start:s.End]
	var out []party
	done := -1
	for _, sp := range l.r.Cue("party.listed").FindAll(c) {
		from, ok := l.listMark(b, s.Start+sp[1], s.End)
		// "Partenaires : …" opening a block is a field of an action sheet
		if !ok || s.Start+sp[0] == 0 && !about {
			continue
		}
		// "signataires" says what the list is; "partenaires" needs the contract
		if !about && !strings.Contains(c[sp[0]:sp[1]], "signataires") {
			continue
		}
		out = append(out, l.parties(b, from, s.End, true)...)
		done = from
	}
	if !about || done >= 0 {
		return out
	}
	// a colon before a list of organisations, whatever names them
	k := strings.IndexByte(c, ':')
	if k < 0 {
		return out
	}
	ps := l.parties(b, s.Start+k+1, s.End, true)
	known := 0
	for _, p := range ps {
		if p.kind != "other" {
			known++
		}
	}
	text, span := b.Orig(s.Start+k+1, s.End)
	if known >= minListed && 3*known >= 2*len(l.splitEnumeration(text, span)) {
		out = append(out, ps...)
	}
	return out
}

// listMark returns the folded offset after a colon or a dash that opens a
// list at folded offset at of block b (spaces before it allowed), or false.
func (l *lexicon) listMark(b *Block, at, end int) (int, bool) {
	text, _ := b.Orig(at, end)
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	if t == "" {
		return 0, false
	}
	r := []rune(t)[0]
	if r != ':' && r != '–' && r != '—' && !(r == '-' && len(t) > 1 && t[1] == ' ') {
		return 0, false
	}
	// offsets in folded text: skip the same spaces and the one mark
	f := b.fold.Text[at:end]
	i := len(f) - len(strings.TrimLeft(f, " "))
	if i < len(f) && (f[i] == ':' || f[i] == '-') {
		i++
	}
	return at + i, true
}
