package extract

import (
	"strings"
)

// docContext is what the analysis of one clause needs from the document.
type docContext struct {
	blocks   []*Block
	previous bool // the text speaks of a contract before a "first" one
}

// frameOf returns the date that frames block i: the block before it is only a
// date ("Avril 2025" over "Signature du deuxième contrat…", a timeline).
func (l *lexicon) frameOf(d *docContext, i int) (*DateMention, *Block) {
	if i == 0 {
		return nil, nil
	}
	pb := d.blocks[i-1]
	f := strings.TrimRight(pb.fold.Text, " :.-")
	ms := l.findDates(f)
	if len(ms) != 1 {
		return nil, nil
	}
	m := ms[0]
	before := strings.TrimSpace(f[:m.Start])
	if strings.TrimSpace(f[m.End:]) != "" || before != "" && before != "depuis" && before != "en" && before != "le" {
		return nil, nil
	}
	return &m, pb
}

// analyse reads the event of clause [cs, ce) of sentence sent, the si-th
// sentence of block bi.
func (l *lexicon) analyse(d *docContext, bi, si int, sent Sentence, cs, ce int) *event {
	b := d.blocks[bi]
	c := b.fold.Text[cs:ce]
	e := &event{block: b, start: cs, end: ce, kind: "cls"}
	refs := l.findRefs(c)
	periodCue := l.r.Cue("period.cue").Match(c)
	if len(refs) == 0 && !periodCue {
		return nil
	}
	if len(refs) > 0 {
		e.hasRef = true
		e.kind = refs[0].kind
		_, e.kindSpan = b.Orig(cs+refs[0].start, cs+refs[0].end)
		for _, r := range refs {
			if g, gs, ge := l.generationOf(c, r); g > 0 {
				if g == 1 && d.previous {
					continue // "premier" contradicted by a "précédente version"
				}
				e.gen = g
				_, e.genSpan = b.Orig(cs+gs, cs+ge)
				break
			}
		}
		e.renew = l.r.Cue("generation.renew").Match(c)
	}

	// dates of the clause that nothing marks as another thing's date
	var free []DateMention
	for _, m := range l.findDates(c) {
		abs := m
		abs.Start, abs.End = m.Start+cs, m.End+cs
		if l.dateRole(b.fold.Text, abs) == roleFree {
			free = append(free, m)
		}
	}
	for i := range free {
		if free[i].Kind == DatePeriod && e.period == nil {
			p := free[i]
			e.period = &p
			_, e.periodSpan = b.Orig(cs+p.Start, cs+p.End)
		}
	}
	if sp, ok := l.findDuration(c); ok {
		e.duration = sp[2]
		_, e.durSpan = b.Orig(cs+sp[0], cs+sp[1])
	}
	if !e.hasRef {
		if e.period == nil && e.duration == 0 {
			return nil
		}
		return e
	}

	// a date that frames the clause: opening the sentence, or a timeline line
	var frame *DateMention
	frameBlock := b
	fframe := 0
	if sentFree := l.findDates(sent.Folded()); len(sentFree) > 0 && cs == sent.Start && isFronted(sent.Folded(), sentFree[0]) && sentFree[0].Kind != DatePeriod {
		m := sentFree[0]
		frame, fframe = &m, sent.Start
	} else if si == 0 && cs == sent.Start {
		if m, pb := l.frameOf(d, bi); m != nil {
			frame, frameBlock = m, pb
		}
	}

	signing, signAt := l.r.Cue("signing").Find(c)
	endCue, endAt := l.r.Cue("end.cue").Find(c)
	startCue, startAt := l.r.Cue("start.cue").Find(c)

	// years written right after "jusqu'en", "depuis"
	for _, m := range free {
		if m.Kind == DatePeriod || !m.HasYear() {
			continue
		}
		if endAt && m.End > endCue[1] && m.Start >= endCue[0] && m.Start-endCue[1] <= 3 && e.endYear == 0 {
			e.endYear = m.Year
			_, e.endSpan = b.Orig(cs+endCue[0], cs+m.End)
		}
		if startAt && m.End > startCue[1] && m.Start >= startCue[0] && m.Start-startCue[1] <= 3 && e.startYear == 0 {
			e.startYear = m.Year
			_, e.startSpan = b.Orig(cs+startCue[0], cs+m.End)
		}
	}

	if signAt {
		// the date of the signature: in the signing clause, nearest the cue
		var best *DateMention
		bestDist := 1 << 30
		for i := range free {
			m := free[i]
			if m.Kind == DatePeriod || frame != nil && fframe == sent.Start && m.Start == frame.Start-(cs-sent.Start) {
				continue
			}
			if e.endYear > 0 && m.Year == e.endYear || e.startYear > 0 && m.Year == e.startYear && m.Kind == DateYear {
				continue
			}
			dist := m.Start - signing[1]
			if dist < 0 {
				dist = -dist + 40 // before the cue: a weaker link
			}
			if dist < bestDist {
				best, bestDist = &free[i], dist
			}
		}
		switch {
		case best != nil:
			m := *best
			if !m.HasYear() {
				m.Year = yearInContext(sent.Folded(), free)
			}
			e.signed = &m
			_, e.signedSpan = b.Orig(cs+m.Start, cs+m.End)
		case frame != nil:
			e.signed = frame
			if frameBlock == b {
				_, e.signedSpan = b.Orig(fframe+frame.Start, fframe+frame.End)
			} else {
				_, e.signedSpan = frameBlock.Orig(frame.Start, frame.End)
			}
		default:
			// "Depuis août 2019, les élus … Ainsi, un CLS a été signé …"
			if si > 0 {
				prev := b.sents[si-1]
				pf := prev.Folded()
				if ms := l.findDates(pf); len(ms) > 0 && isFronted(pf, ms[0]) && ms[0].HasYear() && ms[0].Kind != DatePeriod && len(l.findRefs(pf)) == 0 {
					m := ms[0]
					e.signed = &m
					_, e.signedSpan = b.Orig(prev.Start+m.Start, prev.Start+m.End)
				}
			}
		}
		if e.signed != nil && !e.signed.HasYear() {
			e.signed = nil // "le 25 janvier": no year, no date
		}
	} else if frame != nil && frame.HasYear() {
		var span Span
		if frameBlock == b {
			_, span = b.Orig(fframe+frame.Start, fframe+frame.End)
		} else {
			_, span = frameBlock.Orig(frame.Start, frame.End)
		}
		switch {
		case endAt && e.endYear == 0:
			e.endYear, e.endSpan = frame.Year, span
		case startAt && e.startYear == 0:
			e.startYear, e.startSpan = frame.Year, span
		}
	}

	e.parties = l.clauseParties(b, cs, ce)
	var ts []territoryMention
	for _, t := range l.territoriesIn(b, cs, ce) {
		if t.kind != "departement" {
			ts = append(ts, t)
		}
	}
	if len(ts) > 0 {
		best := ts[0]
		for _, t := range ts[1:] {
			if t.strength > best.strength || t.strength == best.strength && t.span.Start < best.span.Start {
				best = t
			}
		}
		e.territory = &best
	}
	return e
}

// yearInContext gives a month without a year ("en avril") the year its
// sentence states: the start of its period, or its only year.
func yearInContext(s string, free []DateMention) int {
	year := 0
	for _, m := range free {
		if m.Kind == DatePeriod {
			return m.Year
		}
		if m.HasYear() {
			if year != 0 && year != m.Year {
				return 0
			}
			year = m.Year
		}
	}
	return year
}

// findDuration returns [start, end, years] of "pour une durée de 3 ans",
// "d'une durée de cinq ans".
func (l *lexicon) findDuration(c string) ([3]int, bool) {
	if !strings.Contains(c, " ans") {
		return [3]int{}, false
	}
	for _, re := range []*regexpT{l.duration, l.durationAfter} {
		if m := re.FindStringSubmatchIndex(c); m != nil {
			n := l.number(c[m[4]:m[5]])
			if n >= 1 && n <= 15 {
				return [3]int{m[2], m[3], n}, true
			}
		}
	}
	return [3]int{}, false
}
