package extract

// This file reads the date of a signature a clause states (analyse): in
// the clause, above it, in the sentence before, or the page's dateline.

// readSignature reads the date of the signature the clause states (cue at
// signing): in the clause, nearest the cue; else the framing date; else a
// date fronting the sentence before; else the page's dateline. A date
// without a year is none.
func (l *lexicon) readSignature(cl *clause, e *event, free []DateMention, fr clauseFrame, signing [2]int) {
	b, cs := cl.b, cl.cs
	switch best := l.nearestSigningDate(cl, e, free, fr, signing); {
	case best != nil:
		m := *best
		if !m.HasYear() {
			m.Year = l.yearOfUndated(cl.d, e, m, cl.c, free)
		}
		e.signed = &m
		_, e.signedSpan = b.Orig(cs+m.Start, cs+m.End)
	case fr.date != nil:
		e.signed = fr.date
		e.signedSpan = fr.span(b)
	default:
		l.signedBefore(cl, e)
	}
	if e.signed == nil && cl.d.dateline != nil {
		l.signedByDateline(cl, e, free)
	}
	if e.signed != nil && !e.signed.HasYear() {
		e.signed = nil // "le 25 janvier": no year, no date
	}
	e.renewed = e.signed != nil && l.r.Cue("generation.renew").Match(cl.c[signing[0]:signing[1]])
}

// nearestSigningDate is the free date of the clause nearest the signing
// cue, one after it preferred; not a period, not the framing date, not the
// year the clause ends or starts in.
func (l *lexicon) nearestSigningDate(cl *clause, e *event, free []DateMention, fr clauseFrame, signing [2]int) *DateMention {
	frame, sent := fr.date, cl.sent
	var best *DateMention
	bestDist := 1 << 30
	for i := range free {
		m := free[i]
		if m.Kind == DatePeriod || frame != nil && fr.at == sent.Start && m.Start == frame.Start-(cl.cs-sent.Start) {
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
	return best
}

// signedBefore: "Depuis août 2019, les élus … Ainsi, un CLS a été signé …":
// a dated sentence that names no contract dates the signature the next one
// states.
func (l *lexicon) signedBefore(cl *clause, e *event) {
	if cl.si == 0 {
		return
	}
	b := cl.b
	prev := b.sents[cl.si-1]
	pf := prev.Folded()
	if ms := l.datesIn(b, prev.Start, prev.End); len(ms) > 0 && isFronted(pf, ms[0]) && ms[0].HasYear() && ms[0].Kind != DatePeriod && len(l.findRefs(pf)) == 0 {
		m := ms[0]
		e.signed = &m
		_, e.signedSpan = b.Orig(prev.Start+m.Start, prev.Start+m.End)
	}
}

// signedByDateline dates a signature the text does not date by the page's
// dateline, when the text says it is that day's news.
func (l *lexicon) signedByDateline(cl *clause, e *event, free []DateMention) {
	d := cl.d
	switch rel := l.relativeSignature(d.dateline, cl.sent.Folded()); {
	case rel != nil:
		// "Mardi soir, la ville a signé…" under its dateline
		e.signed, e.signedSpan, e.signedByDateline = rel, d.dateline.span(), true
	case cl.bi <= 1 && cl.b.Kind == Heading && len(free) == 0:
		// "Signature du contrat local de santé de …" as the page's
		// title: the page reports the day it was signed
		m := d.dateline.date
		e.signed, e.signedSpan, e.signedByDateline = &m, d.dateline.span(), true
	}
}
