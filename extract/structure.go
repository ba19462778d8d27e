package extract

import (
	"strconv"
	"strings"

	"github.com/clsx/clsx/rules"
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
// A fiche action's fields ("Partenaires : …", "Objectif : …", any row of
// its table) belong to it: they keep the action and its axis open, and an
// unnumbered objective among them is the fiche's own, not an objective of
// the plan. Anything else closes the current action; a heading or paragraph
// interrupts the current axis too: numbered items no longer land in it, but
// an objective or action label line that continues its numbering reopens it
// (see continuesAxis), as plans write an objective's introduction, its
// fiches, then the next objective.
func (l *lexicon) structure(blocks []*Block, owner []int, n int) []outline {
	out := make([]outline, n)
	var axis *Axis
	var action *Action
	axisOwner := -1
	// fields: the open action has had fields (a lead, a "Label : …" line, a
	// table row): it is a fiche, whose next lines are more fields.
	fields := false
	// the axis a paragraph or heading interrupted: its index in
	// out[suspendedOwner].axes, or -1
	suspended, suspendedOwner := -1, -1
	closeAll := func() { axis, action = nil, nil }
	suspend := func() {
		if axis != nil {
			// the open axis is always its owner's last: axes are only added
			// by the branches that open them, or after closeAll
			suspended, suspendedOwner = len(out[axisOwner].axes)-1, axisOwner
		}
		closeAll()
	}
	// reopen returns the interrupted axis of owner o if plan line b, numbered
	// num, continues it; prior gives the numbers of b's kind under it.
	reopen := func(o int, num string, b *Block, prior func(*Axis) []string) *Axis {
		if suspended < 0 || suspendedOwner != o {
			return nil
		}
		ax := &out[o].axes[suspended]
		// a table's row is no heading of the plan, even short ("Action |
		// Pilote | Calendrier" heads a summary table)
		heading := b.Kind == Heading && !b.row
		if !continuesAxis(ax, num, prior(ax), heading) {
			if num != "" {
				// a numbering that does not continue the plan's starts
				// something else ("Fiche action n°1" of an annex): the
				// plan is over
				suspended = -1
			}
			return nil
		}
		axisOwner = o
		return ax
	}
	for i, b := range blocks {
		// text before the first contract is about the page's first contract
		if o := max(owner[i], 0); n > 0 {
			var prev *Block
			if i > 0 {
				prev = blocks[i-1]
			}
			out[o].parties = append(out[o].parties, l.contextPartiesAfter(b, prev)...)
			if p, ok := l.signatureParty(b); ok {
				out[o].parties = append(out[o].parties, p)
			}
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
			axis, action, axisOwner, suspended = &out[o].axes[len(out[o].axes)-1], nil, o, -1
			continue
		}
		if m := l.transversalLine.FindStringSubmatchIndex(f); m != nil && !l.isIntroItem(blocks, i) {
			title, span := b.Orig(m[2], len(f))
			out[o].axes = append(out[o].axes, Axis{Number: strconv.Itoa(len(out[o].axes) + 1), Title: cleanTitle(title), Evidence: span})
			axis, action, axisOwner, suspended = &out[o].axes[len(out[o].axes)-1], nil, o, -1
			continue
		}
		if m := l.objectiveLine.FindStringSubmatchIndex(f); m != nil {
			num := ""
			if m[2] >= 0 {
				num = f[m[2]:m[3]]
			}
			// "Objectif : …" in a fiche's table, or among its fields (lines
			// without a blank between), is what the action aims at; a
			// numbered objective, or one standing apart after the fiche, or
			// followed by the next action, is the plan's
			if num == "" && action != nil && (b.row || !b.BlankBefore && (fields || l.fieldNext(blocks, i))) {
				continue
			}
			if axis == nil {
				axis = reopen(o, num, b, objectiveNumbers)
			}
			if axis != nil {
				title, span := b.Orig(m[4], len(f))
				if strings.TrimSpace(title) == "" && i+1 < len(blocks) && blocks[i+1].Kind != ListItem && owner[i+1] == o {
					i++
					title, span = blocks[i].Orig(0, len(blocks[i].fold.Text))
				}
				obj := Objective{Title: cleanTitle(title), Evidence: span}
				if num != "" {
					obj.Number = &num
				}
				axis.Objectives = append(axis.Objectives, obj)
				action = nil
				continue
			}
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
			num := ""
			if m[2] >= 0 {
				num = f[m[2]:m[3]]
				act.Number = &num
			}
			if axis == nil {
				axis = reopen(o, num, b, actionNumbers)
			}
			action, fields = l.addAction(&out[o], axis, act), false
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
			action, fields = l.addAction(&out[o], axis, act), false
			continue
		}
		if m := l.leadStart.FindStringSubmatchIndex(f); m != nil && action != nil {
			text, span := b.Orig(m[2], len(f))
			action.Leads = append(action.Leads, l.leadNames(text, span.Start)...)
			fields = true
			continue
		}
		// axes stated one by one by their rank
		if axes := l.ordinalAxes(b, i == len(blocks)-1); len(axes) > 0 {
			out[o].axes = mergeOrdinalAxes(out[o].axes, axes)
			closeAll()
			continue
		}
		// axes announced and listed in one sentence
		if axes := l.inlineAxes(b, i == len(blocks)-1); len(axes) > 0 && len(out[o].axes) == 0 {
			out[o].axes = append(out[o].axes, axes...)
			closeAll()
			continue
		}
		// "Les signataires sont :" over one paragraph that enumerates them
		if ps := l.announcedEnumeration(blocks, i); len(ps) > 0 {
			out[o].parties = append(out[o].parties, ps...)
			suspend()
			i++
			continue
		}
		// a list of parties announced by the previous line (before axes: "…
		// autour de 4 axes. Les partenaires signataires sont :" lists parties)
		if items := l.partyItems(blocks, i); len(items) > 0 && (l.announcesParties(b) || l.continuesParties(blocks, i)) {
			out[o].parties = append(out[o].parties, l.listParties(items)...)
			suspend()
			i += len(items)
			continue
		}
		// a list of axes announced by the previous line
		if items := l.axisItems(blocks, i, len(out[o].axes) > 0); len(items) > 0 {
			for _, it := range items {
				if it.Kind != ListItem && len(out[o].axes) > 0 && items[0].Kind == ListItem {
					// a line under an axis bullet: one of its objectives
					ax := &out[o].axes[len(out[o].axes)-1]
					title, span := it.Orig(0, len(it.fold.Text))
					ax.Objectives = append(ax.Objectives, Objective{Title: cleanTitle(title), Evidence: span})
					continue
				}
				num, title, span := l.axisItemTitle(it)
				if num == "" {
					num = strconv.Itoa(len(out[o].axes) + 1) // after axes already read
				}
				if it.Number != "" && isDigits(it.Number) {
					num = it.Number
				}
				out[o].axes = append(out[o].axes, Axis{Number: num, Title: cleanTitle(title), Evidence: span})
			}
			// a new set of axes: the plan before it is over
			closeAll()
			suspended = -1
			i += len(items)
			continue
		}
		// a list of actions announced by the previous line
		if items := l.actionItems(blocks, i); len(items) > 0 {
			l.addAnnouncedActions(&out[o], items)
			closeAll()
			i += len(items)
			continue
		}
		// a fiche's fields: "Partenaires : …", "Calendrier : …", its table's rows
		if action != nil && (b.row || fieldLine.MatchString(f)) {
			fields = true
			continue
		}
		if b.Kind != ListItem || action == nil {
			if b.Kind != ListItem {
				suspend()
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
