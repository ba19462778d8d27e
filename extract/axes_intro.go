package extract

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// axisIntro is a phrase that announces the contract's axes: "Le CLS
// s'articule autour de quatre axes stratégiques", "les 3 priorités
// suivantes", "Ses principaux objectifs".
type axisIntro struct {
	start, end int  // the axis words, in the folded text read
	count      int  // the number announced, 0 when none
	weak       bool // announced by weaker words ("priorités", "objectifs")
}

// findAxisIntro reads the axis announcement of folded text f (a sentence, or
// the line before a list), judging it on the phrase up to upto (where the
// list starts; len(f) for a line that announces a list below it).
//
//   - Axis words (cues axis.intro: "axes", "orientations stratégiques") are
//     enough; weaker ones (axis.intro.weak: "priorités", "thématiques",
//     "objectifs communs") need the sentence to say they are the contract's:
//     it names the contract, counts them, or opens on "il"/"ses".
//   - An exclusion word (axis.exclude: "enjeux", the PRS) counts only before
//     the axis words: "les enjeux du territoire sont …" announces no axes,
//     "cinq axes répondant aux enjeux locaux" does.
//   - Examples in narrative and what a contract may cover in general
//     (axis.example) announce nothing, unless a count says the list is
//     whole.
func (l *lexicon) findAxisIntro(f string, upto int) (axisIntro, bool) {
	head := f[:upto]
	// the first axis words announce: "Deux priorités transversales
	// viennent appuyer ces axes :" counts two priorities
	sp, ok := l.r.Cue("axis.intro").Find(head)
	weak := false
	if w, wok := l.r.Cue("axis.intro.weak").Find(head); wok && (!ok || w[0] < sp[0]) {
		sp, ok, weak = w, true, true
	}
	if !ok {
		return axisIntro{}, false
	}
	if ex, bad := l.r.Cue("axis.exclude").Find(head); bad && ex[0] < sp[1] {
		return axisIntro{}, false
	}
	in := axisIntro{start: sp[0], end: sp[1], count: l.countBefore(f, sp[0]), weak: weak}
	// "quatre grands axes tels que a, b, c et d": the count says the list
	// is whole, whatever the word before it
	if in.count == 0 && l.r.Cue("axis.example").Match(head) {
		return axisIntro{}, false
	}
	if weak && in.count == 0 && !l.ownedIntro(head, sp) {
		return axisIntro{}, false // priorities, orientations… of whom? not said
	}
	return in, true
}

// ownedIntro reports whether an intro of weaker words says whose they are:
// the contract is named, or is the subject ("Porté par l'ARS, il rassemble
// les acteurs autour d'objectifs communs :"), or owns them ("ses
// priorités"), or the list is announced as following ("les priorités
// suivantes :").
func (l *lexicon) ownedIntro(head string, sp [2]int) bool {
	if len(l.findRefs(head)) > 0 || l.r.Cue("axis.anaphor").Match(firstWord(head)) ||
		l.r.Cue("axis.anaphor").Match(lastWord(head[:sp[0]])) {
		return true
	}
	for _, w := range strings.Fields(head[:sp[0]]) {
		if w == "il" || w == "elle" {
			return true
		}
	}
	return strings.HasPrefix(strings.TrimLeft(head[sp[1]:], " "), "suivant")
}

func lastWord(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// maxAxisItemWords bounds a paragraph read as one announced axis when the
// announcement gives no count: longer, it is prose about the axes.
const maxAxisItemWords = 30

// maxCountedAxisItemWords bounds it when a count says how many follow.
const maxCountedAxisItemWords = 120

// axisItems returns the blocks that list the axes block i announces ("Il
// comporte 4 axes stratégiques :"): its list items, or else the paragraphs
// below it, as many as it counts, or while they are short lines. A contract
// whose axes are already known takes no list announced by weaker words
// ("Deux objectifs majeurs :" after its four "AXE" lines).
func (l *lexicon) axisItems(blocks []*Block, i int, haveAxes bool) []*Block {
	f := strings.TrimSpace(blocks[i].fold.Text)
	if !strings.HasSuffix(f, ":") && blocks[i].Kind != Heading {
		return nil
	}
	if i := strings.LastIndex(strings.TrimRight(f, " :"), ". "); i >= 0 {
		f = f[i+2:]
	}
	intro, ok := l.findAxisIntro(f, len(f))
	if !ok || haveAxes && intro.weak && !l.r.Cue("axis.intro").Match(f) {
		return nil // "Deux objectifs majeurs :"; but "… viennent appuyer ces axes :" adds to them
	}
	if groups := axisGroups(blocks, i); len(groups) > 0 {
		return groups
	}
	if items := listAfter(blocks, i); len(items) > 0 {
		return headedItems(items)
	}
	heading := blocks[i].Kind == Heading && !strings.HasSuffix(f, ":")
	if heading && intro.weak {
		return nil // "Nos priorités" over prose: too weak to read lines as axes
	}
	limit := maxAxisItemWords
	if intro.count > 0 {
		limit = maxCountedAxisItemWords
	}
	var items []*Block
	for j := i + 1; j < len(blocks) && (intro.count == 0 || len(items) < intro.count); j++ {
		b := blocks[j]
		if b.Kind != Paragraph || len(strings.Fields(b.Text)) > limit || strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
			break
		}
		items = append(items, b)
	}
	if len(items) < 2 || intro.count > 0 && len(items) != intro.count {
		return nil
	}
	return items
}

// axisItemTitle is an announced axis's number, when the item gives one, and
// title: the first sentence of its item ("Promouvoir la santé des jeunes. Il s'agit de …" is titled with the
// first sentence; what follows explains it).
func (l *lexicon) axisItemTitle(it *Block) (num, title string, span Span) {
	if m := l.axisLine.FindStringSubmatchIndex(it.fold.Text); m != nil {
		// "Axe 1 « Développer … »" announced in a list: its label is no title
		num = strings.ToUpper(it.fold.Text[m[2]:m[3]])
		if v, ok := romanValue(it.fold.Text[m[2]:m[3]]); ok {
			num = strconv.Itoa(v)
		}
		title, span = it.Orig(m[4], len(it.fold.Text))
		return num, title, span
	}
	end := len(it.fold.Text)
	if len(it.sents) > 1 {
		end = it.sents[0].End
	} else if i := sentenceBreak(it.Text); i > 0 {
		end = i
	}
	title, span = it.Orig(0, end)
	return "", title, span
}

// sentenceBreak is where a second sentence starts in s (a full stop after a
// lower-case letter, a space, a capital), as an offset of the folded text
// (the fold of the prefix), or -1. List items are not cut into sentences
// by the block reader, which keeps "1. Objectif. Détail" whole.
func sentenceBreak(s string) int {
	rs := []rune(s)
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] == '.' && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) && unicode.IsLower(rs[i-1]) {
			return len(rules.Fold(string(rs[:i])))
		}
	}
	return -1
}

// maxObjectiveWords bounds a line read as an objective under an axis bullet.
const maxObjectiveWords = 30

// axisGroups reads a list of axes whose items each head lines of their own
// ("• Prévention" / "Promouvoir la santé des jeunes" / "Promouvoir la
// santé au travail" / "• Parcours de santé" / …): it returns the items and
// their lines, in order, when block i is followed by at least two items,
// each with at least one short line under it, and nothing else.
func axisGroups(blocks []*Block, i int) []*Block {
	var out []*Block
	items := 0
	j := i + 1
	for j < len(blocks) && blocks[j].Kind == ListItem && blocks[j].Number == "" {
		k := j + 1
		// a short line under the bullet: read as a paragraph or, having no
		// full stop, as a heading
		// (a blank line may follow the bullet, not part its lines)
		for k < len(blocks) && blocks[k].Kind != ListItem && len(blocks[k].sents) <= 1 && (k == j+1 || !blocks[k].BlankBefore) &&
			len(strings.Fields(blocks[k].Text)) <= maxObjectiveWords && !strings.HasSuffix(strings.TrimSpace(blocks[k].Text), ":") {
			k++
		}
		if k == j+1 {
			break
		}
		out = append(out, blocks[j:k]...)
		items++
		j = k
	}
	if items < 2 {
		return nil
	}
	return out
}

// headedItems keeps, of a flat list whose items are set out at one level,
// the items that end with a colon when there are any: they head the items
// after them ("Promouvoir la santé des jeunes, à chaque âge :" / "dès la
// grossesse" / "au collège"), which are their parts, not axes.
func headedItems(items []*Block) []*Block {
	var heads []*Block
	for _, it := range items {
		if strings.HasSuffix(strings.TrimSpace(it.Text), ":") {
			heads = append(heads, it)
		}
	}
	if len(heads) == 0 || len(heads) == len(items) {
		return items
	}
	return heads
}
