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
//
// Each kind of line has a reader of its own (lineReaders, tried in the
// order above); structureReader holds what they share: the open axis and
// action, the interrupted axis.
func (l *lexicon) structure(blocks []*Block, owner []int, n int) []outline {
	s := &structureReader{l: l, blocks: blocks, owner: owner, out: make([]outline, n),
		axisOwner: -1, suspended: -1, suspendedOwner: -1}
	s.contextParties()
	for i := 0; i < len(blocks); i++ {
		o := owner[i]
		if o < 0 {
			continue
		}
		if s.axis != nil && s.axisOwner != o {
			s.closeAll()
		}
		i = s.line(i)
	}
	return s.out
}

// structureReader is structure's pass over a page's blocks: the outlines it
// fills, one per contract, and where in a plan it stands.
type structureReader struct {
	l      *lexicon
	blocks []*Block
	owner  []int // owner[i]: the contract block i belongs to, -1 for none
	out    []outline
	// the open axis and action, nil when none; axisOwner is the contract
	// the axis is of
	axis      *Axis
	action    *Action
	axisOwner int
	// fields: the open action has had fields (a lead, a "Label : …" line, a
	// table row): it is a fiche, whose next lines are more fields.
	fields bool
	// the axis a paragraph or heading interrupted: its index in
	// out[suspendedOwner].axes, or -1
	suspended, suspendedOwner int
}

// contextParties adds the parties that signature lines and sentences
// around the blocks name. Text before the first contract is about the
// page's first contract.
func (s *structureReader) contextParties() {
	if len(s.out) == 0 {
		return
	}
	for i, b := range s.blocks {
		o := max(s.owner[i], 0)
		var prev *Block
		if i > 0 {
			prev = s.blocks[i-1]
		}
		s.out[o].parties = append(s.out[o].parties, s.l.contextPartiesAfter(b, prev)...)
		if p, ok := s.l.signatureParty(b); ok {
			s.out[o].parties = append(s.out[o].parties, p)
		}
	}
}

func (s *structureReader) closeAll() { s.axis, s.action = nil, nil }

// suspend closes the open axis and action, keeping the axis to reopen
// (see reopen).
func (s *structureReader) suspend() {
	if s.axis != nil {
		// the open axis is always its owner's last: axes are only added
		// by the readers that open them, or after closeAll
		s.suspended, s.suspendedOwner = len(s.out[s.axisOwner].axes)-1, s.axisOwner
	}
	s.closeAll()
}

// reopen returns the interrupted axis of owner o if plan line b, numbered
// num, continues it; prior gives the numbers of b's kind under it.
func (s *structureReader) reopen(o int, num string, b *Block, prior func(*Axis) []string) *Axis {
	if s.suspended < 0 || s.suspendedOwner != o {
		return nil
	}
	ax := &s.out[o].axes[s.suspended]
	// a table's row is no heading of the plan, even short ("Action |
	// Pilote | Calendrier" heads a summary table)
	heading := b.Kind == Heading && !b.row
	if !continuesAxis(ax, num, prior(ax), heading) {
		if num != "" {
			// a numbering that does not continue the plan's starts
			// something else ("Fiche action n°1" of an annex): the
			// plan is over
			s.suspended = -1
		}
		return nil
	}
	s.axisOwner = o
	return ax
}

// at returns block i, its contract and its folded text.
func (s *structureReader) at(i int) (*Block, int, string) {
	b := s.blocks[i]
	return b, s.owner[i], b.fold.Text
}

// lineReaders read one kind of line each, in the order of precedence
// structure documents. Each returns the index of the last block it took
// (a title on the next line, a list's items), or ok=false when block i is
// not of its kind.
var lineReaders = []func(s *structureReader, i int) (last int, ok bool){
	(*structureReader).axisHead,
	(*structureReader).transversalHead,
	(*structureReader).objective,
	(*structureReader).actionHead,
	(*structureReader).numberedItem,
	(*structureReader).lead,
	(*structureReader).ordinalAxes,
	(*structureReader).inlineAxes,
	(*structureReader).announcedEnumeration,
	(*structureReader).partyList,
	(*structureReader).axisList,
	(*structureReader).actionList,
	(*structureReader).ficheField,
}

// line reads block i and returns the index of the last block it took.
func (s *structureReader) line(i int) int {
	for _, read := range lineReaders {
		if last, ok := read(s, i); ok {
			return last
		}
	}
	// anything else closes the current action; a heading or paragraph
	// interrupts the current axis too
	if b := s.blocks[i]; b.Kind != ListItem || s.action == nil {
		if b.Kind != ListItem {
			s.suspend()
		}
		s.action = nil
	}
	return i
}

// openAxis adds axis ax to contract o and makes it the open one.
func (s *structureReader) openAxis(o int, ax Axis) {
	s.out[o].axes = append(s.out[o].axes, ax)
	s.axis, s.action, s.axisOwner, s.suspended = &s.out[o].axes[len(s.out[o].axes)-1], nil, o, -1
}

// titleBelow: a label line without a title of its own ("Action 1" alone, a
// table's first cell, a heading) has it on the next line, when that line is
// of the same contract and no list item. It returns the last block taken.
func (s *structureReader) titleBelow(i int, title string, span Span) (int, string, Span) {
	if strings.TrimSpace(title) == "" && i+1 < len(s.blocks) && s.blocks[i+1].Kind != ListItem && s.owner[i+1] == s.owner[i] {
		i++
		title, span = s.blocks[i].Orig(0, len(s.blocks[i].fold.Text))
	}
	return i, title, span
}

// axisHead reads "AXE 1 : …" (not as the item of a list of axes that a line
// announces: axisList reads those).
func (s *structureReader) axisHead(i int) (int, bool) {
	b, o, f := s.at(i)
	m := s.l.axisLine.FindStringSubmatchIndex(f)
	if m == nil || b.Kind == ListItem && s.l.isIntroItem(s.blocks, i) {
		return i, false
	}
	title, span := b.Orig(m[4], len(f))
	num := strings.ToUpper(f[m[2]:m[3]])
	if v, ok := romanValue(f[m[2]:m[3]]); ok {
		num = strconv.Itoa(v)
	}
	if strings.TrimSpace(title) == "" && i+1 < len(s.blocks) {
		// the title is on the next line
		i++
		title, span = s.blocks[i].Orig(0, len(s.blocks[i].fold.Text))
	}
	s.openAxis(o, Axis{Number: num, Title: cleanTitle(title), Evidence: span})
	return i, true
}

// transversalHead reads "EN TRANSVERSALITE : …", an axis numbered after
// the axes before it.
func (s *structureReader) transversalHead(i int) (int, bool) {
	b, o, f := s.at(i)
	m := s.l.transversalLine.FindStringSubmatchIndex(f)
	if m == nil || s.l.isIntroItem(s.blocks, i) {
		return i, false
	}
	title, span := b.Orig(m[2], len(f))
	s.openAxis(o, Axis{Number: strconv.Itoa(len(s.out[o].axes) + 1), Title: cleanTitle(title), Evidence: span})
	return i, true
}

// objective reads "Objectif 1.1 : …" as an objective of the open axis, or
// of the interrupted one it continues; an objective among a fiche's fields
// is the fiche's own and is passed over. With no axis to add it to, the
// line is not taken and the readers after try it.
func (s *structureReader) objective(i int) (int, bool) {
	b, o, f := s.at(i)
	m := s.l.objectiveLine.FindStringSubmatchIndex(f)
	if m == nil {
		return i, false
	}
	num := ""
	if m[2] >= 0 {
		num = f[m[2]:m[3]]
	}
	// "Objectif : …" in a fiche's table, or among its fields (lines
	// without a blank between), is what the action aims at; a
	// numbered objective, or one standing apart after the fiche, or
	// followed by the next action, is the plan's
	if num == "" && s.action != nil && (b.row || !b.BlankBefore && (s.fields || s.l.fieldNext(s.blocks, i))) {
		return i, true
	}
	if s.axis == nil {
		s.axis = s.reopen(o, num, b, objectiveNumbers)
	}
	if s.axis == nil {
		return i, false
	}
	title, span := b.Orig(m[4], len(f))
	i, title, span = s.titleBelow(i, title, span)
	obj := Objective{Title: cleanTitle(title), Evidence: span}
	if num != "" {
		obj.Number = &num
	}
	s.axis.Objectives = append(s.axis.Objectives, obj)
	s.action = nil
	return i, true
}

// actionHead reads "Action 3 : …", "Fiche action n°12 : …": an action of
// the open axis, of the interrupted one it continues, or of no axis.
func (s *structureReader) actionHead(i int) (int, bool) {
	b, o, f := s.at(i)
	m := s.l.actionLine.FindStringSubmatchIndex(f)
	if m == nil {
		return i, false
	}
	title, span := b.Orig(m[4], len(f))
	i, title, span = s.titleBelow(i, title, span)
	act := s.l.newAction(title, span)
	num := ""
	if m[2] >= 0 {
		num = f[m[2]:m[3]]
		act.Number = &num
	}
	if s.axis == nil {
		s.axis = s.reopen(o, num, b, actionNumbers)
	}
	s.action, s.fields = s.l.addAction(&s.out[o], s.axis, act), false
	return i, true
}

// numberedItem reads a numbered item ("12 - …", "3. …"): under an action, a
// step, unless it continues the numbering of the axis's actions; under an
// axis, an action.
func (s *structureReader) numberedItem(i int) (int, bool) {
	b, o, f := s.at(i)
	if b.Kind != ListItem || b.Number == "" || s.action == nil && s.axis == nil || !isDigits(b.Number) {
		return i, false
	}
	text, span := b.Orig(0, len(f))
	if s.action != nil && (s.axis == nil || !sameNumbering(s.action, b.Number)) {
		s.action.Steps = append(s.action.Steps, cleanTitle(text))
		return i, true
	}
	act := s.l.newAction(text, span)
	num := b.Number
	act.Number = &num
	s.action, s.fields = s.l.addAction(&s.out[o], s.axis, act), false
	return i, true
}

// lead reads "piloté par …" as the leads of the open action, a field of
// its fiche.
func (s *structureReader) lead(i int) (int, bool) {
	b, _, f := s.at(i)
	m := s.l.leadStart.FindStringSubmatchIndex(f)
	if m == nil || s.action == nil {
		return i, false
	}
	text, span := b.Orig(m[2], len(f))
	s.action.Leads = append(s.action.Leads, s.l.leadNames(text, span.Start)...)
	s.fields = true
	return i, true
}

// ordinalAxes reads axes stated one by one by their rank.
func (s *structureReader) ordinalAxes(i int) (int, bool) {
	b, o, _ := s.at(i)
	axes := s.l.ordinalAxes(b, i == len(s.blocks)-1)
	if len(axes) == 0 {
		return i, false
	}
	s.out[o].axes = mergeOrdinalAxes(s.out[o].axes, axes)
	s.closeAll()
	return i, true
}

// inlineAxes reads axes announced and listed in one sentence, when the
// contract has none yet.
func (s *structureReader) inlineAxes(i int) (int, bool) {
	b, o, _ := s.at(i)
	axes := s.l.inlineAxes(b, i == len(s.blocks)-1)
	if len(axes) == 0 || len(s.out[o].axes) != 0 {
		return i, false
	}
	s.out[o].axes = append(s.out[o].axes, axes...)
	s.closeAll()
	return i, true
}

// announcedEnumeration reads "Les signataires sont :" over one paragraph
// that enumerates them.
func (s *structureReader) announcedEnumeration(i int) (int, bool) {
	_, o, _ := s.at(i)
	ps := s.l.announcedEnumeration(s.blocks, i)
	if len(ps) == 0 {
		return i, false
	}
	s.out[o].parties = append(s.out[o].parties, ps...)
	s.suspend()
	return i + 1, true
}

// partyList reads a list of parties announced by the previous line (before
// axes: "… autour de 4 axes. Les partenaires signataires sont :" lists
// parties).
func (s *structureReader) partyList(i int) (int, bool) {
	b, o, _ := s.at(i)
	items := s.l.partyItems(s.blocks, i)
	if len(items) == 0 || !(s.l.announcesParties(b) || s.l.continuesParties(s.blocks, i)) {
		return i, false
	}
	s.out[o].parties = append(s.out[o].parties, s.l.listParties(items)...)
	s.suspend()
	return i + len(items), true
}

// axisList reads a list of axes announced by the previous line: a new set
// of axes, after which the plan before it is over.
func (s *structureReader) axisList(i int) (int, bool) {
	_, o, _ := s.at(i)
	items := s.l.axisItems(s.blocks, i, len(s.out[o].axes) > 0)
	if len(items) == 0 {
		return i, false
	}
	for _, it := range items {
		if it.Kind != ListItem && len(s.out[o].axes) > 0 && items[0].Kind == ListItem {
			// a line under an axis bullet: one of its objectives
			ax := &s.out[o].axes[len(s.out[o].axes)-1]
			title, span := it.Orig(0, len(it.fold.Text))
			ax.Objectives = append(ax.Objectives, Objective{Title: cleanTitle(title), Evidence: span})
			continue
		}
		num, title, span := s.l.axisItemTitle(it)
		if num == "" {
			num = strconv.Itoa(len(s.out[o].axes) + 1) // after axes already read
		}
		if it.Number != "" && isDigits(it.Number) {
			num = it.Number
		}
		s.out[o].axes = append(s.out[o].axes, Axis{Number: num, Title: cleanTitle(title), Evidence: span})
	}
	s.closeAll()
	s.suspended = -1
	return i + len(items), true
}

// actionList reads a list of actions announced by the previous line.
func (s *structureReader) actionList(i int) (int, bool) {
	_, o, _ := s.at(i)
	items := s.l.actionItems(s.blocks, i)
	if len(items) == 0 {
		return i, false
	}
	s.l.addAnnouncedActions(&s.out[o], items)
	s.closeAll()
	return i + len(items), true
}

// ficheField reads a fiche's fields ("Partenaires : …", "Calendrier : …",
// its table's rows): they keep the action, and its axis, open.
func (s *structureReader) ficheField(i int) (int, bool) {
	b, _, f := s.at(i)
	if s.action == nil || !(b.row || fieldLine.MatchString(f)) {
		return i, false
	}
	s.fields = true
	return i, true
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
