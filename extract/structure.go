package extract

import (
	"github.com/clsx/clsx/rules"
	"strconv"
	"strings"
)

// outline is the structure found under one contract: its axes (with their
// objectives and actions), the actions that belong to no axis, and the
// parties of headed or announced lists.
type outline struct {
	axes    []Axis
	actions []Action
	parties []party
}

// structure reads axes, objectives, actions, steps and leads, and the lists of
// parties, from the blocks; owner[i] is the contract block i belongs to.
//
// What it recognises, in order of precedence:
//   - "AXE 1 : …", "Axe stratégique 2 – …", "EN TRANSVERSALITE : …": an axis;
//   - "Objectif 1.1 : …": an objective of the current axis;
//   - "Action 3 : …", "Fiche action n°12 : …": an action;
//   - a numbered item ("12 - …", "3. …") under an action: a step; under an
//     axis: an action;
//   - "piloté par …": the leads of the current action;
//   - a line announcing axes ("Il comporte 4 axes stratégiques :") followed
//     by list items: one axis per item;
//   - a line announcing parties ("… avec :", "Les partenaires") followed by
//     list items: one party per item.
//
// Anything else closes the current action; a heading or paragraph closes the
// current axis too.
func (l *lexicon) structure(blocks []*Block, owner []int, n int) []outline {
	out := make([]outline, n)
	var axis *Axis
	var action *Action
	axisOwner := -1
	closeAll := func() { axis, action = nil, nil }
	for i, b := range blocks {
		// text before the first contract is about the page's first contract
		if o := max(owner[i], 0); n > 0 {
			out[o].parties = append(out[o].parties, l.contextParties(b)...)
		}
	}
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		o := owner[i]
		if o < 0 {
			continue
		}
		if axis != nil && axisOwner != o {
			closeAll()
		}
		f := b.fold.Text
		// "AXE 1 : …"
		if m := l.axisLine.FindStringSubmatchIndex(f); m != nil && b.Kind != ListItem || m != nil && b.Kind == ListItem && !l.isIntroItem(blocks, i) {
			title, span := b.Orig(m[4], len(f))
			num := strings.ToUpper(f[m[2]:m[3]])
			if v, ok := romanValue(f[m[2]:m[3]]); ok {
				num = strconv.Itoa(v)
			}
			if strings.TrimSpace(title) == "" && i+1 < len(blocks) {
				// the title is on the next line
				i++
				title, span = blocks[i].Orig(0, len(blocks[i].fold.Text))
			}
			out[o].axes = append(out[o].axes, Axis{Number: num, Title: cleanTitle(title), Evidence: span})
			axis, action, axisOwner = &out[o].axes[len(out[o].axes)-1], nil, o
			continue
		}
		if m := l.transversalLine.FindStringSubmatchIndex(f); m != nil && !l.isIntroItem(blocks, i) {
			title, span := b.Orig(m[2], len(f))
			out[o].axes = append(out[o].axes, Axis{Number: strconv.Itoa(len(out[o].axes) + 1), Title: cleanTitle(title), Evidence: span})
			axis, action, axisOwner = &out[o].axes[len(out[o].axes)-1], nil, o
			continue
		}
		if m := l.objectiveLine.FindStringSubmatchIndex(f); m != nil && axis != nil {
			title, span := b.Orig(m[4], len(f))
			if strings.TrimSpace(title) == "" && i+1 < len(blocks) && blocks[i+1].Kind != ListItem && owner[i+1] == o {
				i++
				title, span = blocks[i].Orig(0, len(blocks[i].fold.Text))
			}
			obj := Objective{Title: cleanTitle(title), Evidence: span}
			if m[2] >= 0 {
				num := f[m[2]:m[3]]
				obj.Number = &num
			}
			axis.Objectives = append(axis.Objectives, obj)
			action = nil
			continue
		}
		if m := l.actionLine.FindStringSubmatchIndex(f); m != nil {
			title, span := b.Orig(m[4], len(f))
			if strings.TrimSpace(title) == "" && i+1 < len(blocks) && blocks[i+1].Kind != ListItem && owner[i+1] == o {
				// "Action 1" alone (a table's first cell, a heading): the
				// title is the next line
				i++
				title, span = blocks[i].Orig(0, len(blocks[i].fold.Text))
			}
			act := l.newAction(title, span)
			if m[2] >= 0 {
				num := f[m[2]:m[3]]
				act.Number = &num
			}
			action = l.addAction(&out[o], axis, act)
			continue
		}
		if b.Kind == ListItem && b.Number != "" && (action != nil || axis != nil) && isDigits(b.Number) {
			text, span := b.Orig(0, len(f))
			if action != nil && (axis == nil || !sameNumbering(action, b.Number)) {
				action.Steps = append(action.Steps, cleanTitle(text))
				continue
			}
			act := l.newAction(text, span)
			num := b.Number
			act.Number = &num
			action = l.addAction(&out[o], axis, act)
			continue
		}
		if m := l.leadStart.FindStringSubmatchIndex(f); m != nil && action != nil {
			text, span := b.Orig(m[2], len(f))
			action.Leads = append(action.Leads, l.leadNames(text, span.Start)...)
			continue
		}
		// axes announced and listed in one sentence
		if axes := l.inlineAxes(b, i == len(blocks)-1); len(axes) > 0 && len(out[o].axes) == 0 {
			out[o].axes = append(out[o].axes, axes...)
			closeAll()
			continue
		}
		// a list of parties announced by the previous line (before axes: "…
		// autour de 4 axes. Les partenaires signataires sont :" lists parties)
		if items := l.partyItems(blocks, i); len(items) > 0 && (l.announcesParties(b) || l.continuesParties(blocks, i)) {
			out[o].parties = append(out[o].parties, l.listParties(items)...)
			closeAll()
			i += len(items)
			continue
		}
		// a list of axes announced by the previous line
		if items := listAfter(blocks, i); len(items) > 0 && l.announcesAxes(f) {
			for k, it := range items {
				title, span := it.Orig(0, len(it.fold.Text))
				num := strconv.Itoa(k + 1)
				if it.Number != "" && isDigits(it.Number) {
					num = it.Number
				}
				out[o].axes = append(out[o].axes, Axis{Number: num, Title: cleanTitle(title), Evidence: span})
			}
			closeAll()
			i += len(items)
			continue
		}
		if b.Kind != ListItem || action == nil {
			if b.Kind != ListItem {
				closeAll()
			}
			action = nil
		}
	}
	return out
}

func (l *lexicon) newAction(title string, span Span) Action {
	act := Action{Evidence: span}
	// "… (piloté par X)" or "… – piloté par X": the lead is not part of the title
	f := rules.FoldMap(title)
	if sp, ok := l.r.Cue("lead").Find(f.Text); ok && sp[0] > 0 {
		r := []rune(title)
		cut := f.RuneOffset(sp[0])
		lead := strings.Trim(string(r[cut:]), " ()–-")
		lf := rules.FoldMap(lead)
		if m := l.leadStart.FindStringSubmatchIndex(lf.Text); m != nil {
			act.Leads = l.leadNames(string([]rune(lead)[lf.RuneOffset(m[2]):]), span.Start)
		}
		title = strings.TrimRight(string(r[:cut]), " (–-,")
	}
	act.Title = cleanTitle(title)
	return act
}

func (l *lexicon) addAction(o *outline, axis *Axis, act Action) *Action {
	if axis != nil {
		axis.Actions = append(axis.Actions, act)
		return &axis.Actions[len(axis.Actions)-1]
	}
	o.actions = append(o.actions, act)
	return &o.actions[len(o.actions)-1]
}

// leadNames splits "la Ville de Blois (service des sports) et le CIAS" into names.
func (l *lexicon) leadNames(text string, base int) []string {
	var out []string
	for _, seg := range l.splitEnumeration(strings.TrimRight(text, " ."), Span{Start: base}) {
		name := strings.TrimSpace(leadingArticle.ReplaceAllString(seg.text, ""))
		name = strings.TrimRight(name, " .,;")
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// sameNumbering: under an axis whose actions are numbered 1, 2, 3…, the next
// number continues the actions rather than listing steps of the last one.
func sameNumbering(action *Action, num string) bool {
	if action.Number == nil {
		return false
	}
	a, err1 := strconv.Atoi(*action.Number)
	n, err2 := strconv.Atoi(num)
	return err1 == nil && err2 == nil && n == a+1 && len(action.Steps) == 0
}

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
	return l.r.Cue("axis.intro").Match(f) && !l.r.Cue("axis.exclude").Match(f) && !l.r.Cue("axis.example").Match(f)
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
