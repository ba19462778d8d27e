package extract

import "strings"

// actionItems returns the list items that block i announces as actions
// ("Deux actions phares :", "Les fiches actions retenues :"): the actions of
// the axis they are written under, or of the contract. A list of examples
// ("parmi lesquelles", "notamment") announces none, nor a line about an
// action plan in general.
func (l *lexicon) actionItems(blocks []*Block, i int) []*Block {
	f := strings.TrimSpace(blocks[i].fold.Text)
	if !strings.HasSuffix(f, ":") {
		return nil
	}
	if k := strings.LastIndex(strings.TrimRight(f, " :"), ". "); k >= 0 {
		f = f[k+2:] // the last sentence announces
	}
	sp, ok := l.r.Cue("action.intro").Find(f)
	// "certaines actions seront renforcées, telles que :" sets out a list:
	// examples only when the line goes on after them ("notamment le …")
	if !ok || l.r.Cue("action.intro.exclude").Match(f[:sp[1]]) ||
		l.r.Cue("axis.example").Match(f) && !l.r.Cue("action.list.intro").Match(f) {
		return nil
	}
	// "les actions ont vocation à offrir :" lists what they aim at
	if wordForm(lastWord(strings.TrimRight(f, " :"))) == "inf" {
		return nil
	}
	items := listAfter(blocks, i)
	// the list ends where its markers change ("- …" items, then "2. …",
	// the next axis)
	for k := 1; k < len(items); k++ {
		if (items[k].Number == "") != (items[0].Number == "") {
			return items[:k]
		}
	}
	return items
}

// addAnnouncedActions adds the announced action items to the contract's
// last axis, or to the contract when it has none.
func (l *lexicon) addAnnouncedActions(o *outline, items []*Block) {
	var axis *Axis
	if len(o.axes) > 0 {
		axis = &o.axes[len(o.axes)-1]
	}
	for _, it := range items {
		title, span := actionItemTitle(it)
		act := l.newAction(title, span)
		if it.Number != "" && isDigits(it.Number) {
			num := it.Number
			act.Number = &num
		}
		l.addAction(o, axis, act)
	}
}

// actionItemTitle: an announced action "Nom : description" is titled with
// its name ("Allo Santé : une plateforme téléphonique pour …"); an item
// without a short name before a colon is titled whole.
func actionItemTitle(it *Block) (string, Span) {
	f := it.fold.Text
	if i := strings.Index(f, " : "); i > 0 && len(strings.Fields(f[:i])) <= maxNameWords {
		return it.Orig(0, i)
	}
	return it.Orig(0, len(f))
}

// maxNameWords bounds the name of an action before its description.
const maxNameWords = 8
