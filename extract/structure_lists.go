package extract

import (
	"strings"
)

// listAfter returns the list items that follow block i (blank lines allowed
// before the first), if block i announces them (ends with ":" or is a heading).
func listAfter(blocks []*Block, i int) []*Block {
	b := blocks[i]
	t := strings.TrimSpace(b.Text)
	if !strings.HasSuffix(t, ":") && b.Kind != Heading {
		return nil
	}
	var items []*Block
	for j := i + 1; j < len(blocks) && blocks[j].Kind == ListItem; j++ {
		items = append(items, blocks[j])
	}
	return items
}

// isIntroItem reports whether list item i belongs to a list announced as axes.
func (l *lexicon) isIntroItem(blocks []*Block, i int) bool {
	if blocks[i].Kind != ListItem {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if blocks[j].Kind != ListItem {
			return l.announcesAxes(blocks[j].fold.Text) && len(listAfter(blocks, j)) > 0
		}
	}
	return false
}

func (l *lexicon) announcesAxes(f string) bool {
	// the last sentence of the line announces the list
	if i := strings.LastIndex(strings.TrimRight(f, " :"), ". "); i >= 0 {
		f = f[i+2:]
	}
	_, ok := l.findAxisIntro(f, len(f))
	return ok
}

func (l *lexicon) announcesParties(b *Block) bool {
	f := strings.TrimSpace(b.fold.Text)
	if b.Kind == Heading && !strings.HasSuffix(f, ":") {
		sp, ok := l.r.Cue("party.heading").Find(f)
		return ok && sp[0] == 0 && sp[1] >= len(f)-1
	}
	// "Entre d'une part," opens the parties of a formal contract
	if g := strings.TrimSpace(strings.TrimRight(f, ":, ")); g == "entre d'une part" || g == "entre" || strings.HasSuffix(g, " entre d'une part") {
		return true
	}
	if !strings.HasSuffix(f, ":") {
		return false
	}
	f = strings.TrimSpace(strings.TrimSuffix(f, ":"))
	if l.announcesInLastSentence(b) {
		return true
	}
	// "Les partenaires signataires sont :"
	if sp, ok := l.r.Cue("party.context").Find(f); ok && sp[1] == len(f) {
		return true
	}
	for _, sp := range l.r.Cue("party.intro").FindAll(f) {
		if sp[1] == len(f) {
			return true
		}
	}
	// "Les signataires du CLS :", "Ont signé ce contrat :", "… a été signé le
	// 4 avril 2022 par :"
	if sp, ok := l.r.Cue("party.heading").Find(f); ok && sp[0] == 0 && sp[1] == len(f) {
		return true
	}
	if sp, ok := l.r.Cue("signing.verb").Find(f); ok && sp[0] == 0 {
		return true
	}
	return strings.HasSuffix(f, " par") && l.r.Cue("signing").Match(f)
}

// continuesParties reports whether block i is the "ET :" of an "ENTRE : …
// ET : …" list of parties: the second list continues the first.
func (l *lexicon) continuesParties(blocks []*Block, i int) bool {
	f := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(blocks[i].fold.Text), ":, "))
	if f != "et" && f != "d'une part" && f != "d'autre part" && f != "et d'autre part" {
		return false
	}
	j := i - 1
	for j >= 0 && (blocks[j].Kind == ListItem || l.namesOneOrganisation(blocks[j])) {
		j--
	}
	return j >= 0 && j < i-1 && l.announcesParties(blocks[j])
}

// partyItems returns the blocks after block i that list parties: list items,
// or else paragraphs that each name one organisation — how a formal contract
// sets them out ("ENTRE :" / "La Communauté de Communes X, représentée par
// son Président," / "ET :" / "L'Agence Régionale de Santé…,"), and how a PDF
// or a page without list markup renders a list.
func (l *lexicon) partyItems(blocks []*Block, i int) []*Block {
	if items := listAfter(blocks, i); len(items) > 0 {
		return items
	}
	t := strings.TrimSpace(blocks[i].Text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ",") && blocks[i].Kind != Heading {
		return nil
	}
	var items []*Block
	for j := i + 1; j < len(blocks) && l.namesOneOrganisation(blocks[j]); j++ {
		items = append(items, blocks[j])
	}
	return items
}

// maxPartyWords bounds a paragraph read as one organisation's name (with
// "représentée par son Président"): longer, it is a sentence about them.
const maxPartyWords = 25

// namesOneOrganisation: a short paragraph or heading, three sentences at
// most, that names one organisation (see oneOrganisation).
func (l *lexicon) namesOneOrganisation(b *Block) bool {
	// "Représenté par le Préfet de l'Yonne, M. X": a title's abbreviation
	// may cut the sentence
	if len(strings.Fields(b.Text)) > maxPartyWords || len(b.sents) > 3 {
		return false
	}
	return l.oneOrganisation(b)
}

// cleanTitle: titles are copied as written, without bullets and the trailing
// ";" or "." of list items.
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "-–•:. ")
	s = strings.TrimRight(s, " ;,.:")
	// a title quoted whole: « Développer la prévention »
	for _, q := range [][2]string{{"«", "»"}, {"“", "”"}, {`"`, `"`}} {
		if strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) && len(s) > len(q[0])+len(q[1]) &&
			!strings.Contains(s[len(q[0]):len(s)-len(q[1])], q[0]) {
			s = strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return s
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func romanValue(s string) (int, bool) {
	vals := map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
	v, ok := vals[s]
	return v, ok
}

// announcedEnumeration reads the parties of the paragraph after block i when
// block i announces parties with a colon ("Les signataires du contrat sont
// :") and that paragraph enumerates them in one sentence ("A et B, l'ARS,
// la Préfecture, …"); nil otherwise.
func (l *lexicon) announcedEnumeration(blocks []*Block, i int) []party {
	if i+1 >= len(blocks) || !strings.HasSuffix(strings.TrimSpace(blocks[i].fold.Text), ":") || !l.announcesParties(blocks[i]) {
		return nil
	}
	next := blocks[i+1]
	if next.Kind == ListItem || len(next.sents) > 1 {
		return nil
	}
	ps := l.parties(next, 0, len(next.fold.Text), true)
	if len(ps) < 2 {
		return nil // a sentence, not a list
	}
	if last := ps[len(ps)-1]; i+2 == len(blocks) && !endsSentence(next.Text) && last.span.End >= next.RuneStart+len(next.runes) {
		ps = ps[:len(ps)-1] // "…, l'Enseignement Catholiq": cut by the end of an excerpt
	}
	return ps
}
