package extract

import (
	"regexp"
	"strings"
)

// docContext is what the analysis of one clause needs from the document.
type docContext struct {
	blocks   []*Block
	dateline *dateline // the date the page is published under, or nil
	previous bool      // the text speaks of a contract before a "first" one
	// ellipsis: what the clause being read may take from the clause before
	// it in its sentence (sentenceEvents), or nil
	ellipsis *ellipsis
}

// frameOf returns the date that frames block i: the block before it is only a
// date ("Avril 2025" over "Signature du deuxième contrat…", a timeline).
func (l *lexicon) frameOf(d *docContext, i int) (*DateMention, *Block) {
	if i == 0 {
		return nil, nil
	}
	pb := d.blocks[i-1]
	f := strings.TrimRight(pb.fold.Text, " :.-")
	ms := l.datesIn(pb, 0, len(f))
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
	cl := &clause{d: d, b: b, bi: bi, si: si, sent: sent, cs: cs, ce: ce, c: b.fold.Text[cs:ce]}
	e := &event{block: b, start: cs, end: ce, kind: "cls"}
	refs, ok := l.clauseSubject(cl, e)
	if !ok {
		return nil
	}
	// dates of the clause that nothing marks as another thing's date (read
	// here, not in a helper, so that the list stays on the stack)
	var free []DateMention
	for _, m := range l.datesIn(b, cs, ce) {
		abs := m
		abs.Start, abs.End = m.Start+cs, m.End+cs
		if l.dateRole(b.fold.Text, abs) == roleFree {
			free = append(free, m)
		}
	}
	l.clauseTerms(cl, e, free)
	if !e.hasRef {
		// a period or duration alone: the contract it belongs to is the
		// current one (assemble)
		if e.period == nil && e.duration == 0 {
			return nil
		}
		return e
	}
	fr := l.clauseFrame(cl)
	c := cl.c
	signing, signAt := l.r.Cue("signing").Find(c)
	if !signAt && e.inheritsSigning {
		// "la signature d'un premier CLS, puis d'un second en 2022"
		signing, signAt = e.ellipsisSpan, true
	}
	if signAt && l.r.Cue("generation.renew").Match(c[signing[0]:signing[1]]) && l.r.Cue("generation.prospect").Match(c) {
		signAt = false // "il sera renouvelé en 2024": no signature yet
	}
	_, endAt := l.r.Cue("end.cue").Find(c)
	_, startAt := l.r.Cue("start.cue").Find(c)
	l.cueYears(cl, e, free)
	if e.startYear == 0 {
		l.startByVerb(e, c, free, refs)
	}
	if signAt {
		l.readSignature(cl, e, free, fr, signing)
	} else if fr.date != nil && fr.date.HasYear() {
		// a framing date without a signature: the start or end it bounds
		span := fr.span(b)
		switch {
		case endAt && e.endYear == 0:
			e.endYear, e.endSpan = fr.date.Year, span
		case startAt && e.startYear == 0:
			e.startYear, e.startSpan = fr.date.Year, span
		}
	}
	e.parties = l.clauseParties(b, cs, ce)
	e.territory = l.clauseTerritory(b, cs, ce)
	return e
}

// clause is what analyse reads: sentence si of block bi (sent), from folded
// offset cs to ce of the block, with the document around it.
type clause struct {
	d      *docContext
	b      *Block
	bi, si int
	sent   Sentence
	cs, ce int
	c      string // the clause's folded text, b.fold.Text[cs:ce]
}

// clauseSubject finds the contract clause cl speaks of: the references it
// makes (read into e), else a contract a pronoun, a closing formula or the
// title above stands for, else one an ordinal's ellipsis names. ok is false
// when the clause speaks of no contract and has no period cue: it is no
// event.
func (l *lexicon) clauseSubject(cl *clause, e *event) (refs []contractRef, ok bool) {
	c := cl.c
	refs = l.blockRefs(cl.b, cl.cs, cl.ce)
	periodCue := l.r.Cue("period.cue").Match(c)
	anaphor := ""
	if len(refs) == 0 && cl.cs == cl.sent.Start {
		anaphor = l.antecedent(cl.d, cl.bi, cl.si, c)
		if sp, ok := l.r.Cue("signing.closing").Find(c); anaphor == "" && ok && sp[0] == 0 {
			// "Fait à Marans, le 17 avril 2025": the closing formula signs
			// the document itself, the contract it is
			anaphor = "cls"
		}
		if anaphor == "" && cl.si == 0 {
			anaphor = l.titleAbove(cl.d, cl.bi, c)
		}
	}
	if len(refs) == 0 && anaphor == "" {
		l.readEllipsis(cl.d, e, c)
	}
	if len(refs) == 0 && !periodCue && anaphor == "" && !e.hasRef {
		return nil, false
	}
	if anaphor != "" {
		// "Il s'étend jusqu'en 2024": the contract the previous sentence names
		e.hasRef, e.kind = true, anaphor
	}
	if len(refs) > 0 {
		l.readRefs(cl.d, e, c, refs)
	}
	return refs, true
}

// clauseTerms reads the clause's period (the first among its free dates,
// clause offsets) and its duration into e.
func (l *lexicon) clauseTerms(cl *clause, e *event, free []DateMention) {
	b, cs := cl.b, cl.cs
	for i := range free {
		if free[i].Kind == DatePeriod && e.period == nil {
			p := free[i]
			e.period = &p
			_, e.periodSpan = b.Orig(cs+p.Start, cs+p.End)
		}
	}
	if sp, ok := l.findDuration(cl.c); ok {
		e.duration = sp[2]
		_, e.durSpan = b.Orig(cs+sp[0], cs+sp[1])
	}
}

// clauseFrame is a date that frames a clause: one opening its sentence, or
// a timeline's date line above its block.
type clauseFrame struct {
	date  *DateMention // nil when none
	block *Block       // the block the date is in
	// at: where the date's offsets start in the folded text of the
	// clause's block when the date opens the sentence (the sentence's
	// start), 0 otherwise
	at int
}

// span is the frame's evidence; b is the clause's block.
func (f clauseFrame) span(b *Block) Span {
	var span Span
	if f.block == b {
		_, span = b.Orig(f.at+f.date.Start, f.at+f.date.End)
	} else {
		_, span = f.block.Orig(f.date.Start, f.date.End)
	}
	return span
}

// clauseFrame returns the date that frames clause cl, if any: a fronted
// date of its sentence (not a period), else, for a block's first clause,
// the date line above the block.
func (l *lexicon) clauseFrame(cl *clause) clauseFrame {
	fr := clauseFrame{block: cl.b}
	sent := cl.sent
	if sentFree := l.sentenceDates(sent, cl.cs); len(sentFree) > 0 && isFronted(sent.Folded(), sentFree[0]) && sentFree[0].Kind != DatePeriod {
		m := sentFree[0]
		fr.date, fr.at = &m, sent.Start
	} else if cl.si == 0 && cl.cs == sent.Start {
		if m, pb := l.frameOf(cl.d, cl.bi); m != nil {
			fr.date, fr.block = m, pb
		}
	}
	return fr
}

// cueYears reads the years written right after "jusqu'en", "depuis", "à
// compter de" into e's end and start.
func (l *lexicon) cueYears(cl *clause, e *event, free []DateMention) {
	c, b, cs := cl.c, cl.b, cl.cs
	ends, starts := l.r.Cue("end.cue").FindAll(c), l.r.Cue("start.cue").FindAll(c)
	for _, m := range free {
		if m.Kind == DatePeriod || !m.HasYear() {
			continue
		}
		for _, cue := range ends {
			if m.End > cue[1] && m.Start >= cue[0] && cueNear(c, cue[1], m.Start) && e.endYear == 0 {
				e.endYear = m.Year
				_, e.endSpan = b.Orig(cs+cue[0], cs+m.End)
			}
		}
		for _, cue := range starts {
			if m.End > cue[1] && m.Start >= cue[0] && cueNear(c, cue[1], m.Start) && e.startYear == 0 {
				e.startYear = m.Year
				_, e.startSpan = b.Orig(cs+cue[0], cs+m.End)
			}
		}
	}
}

// clauseTerritory is the strongest territory of the clause, the first of
// the strongest; a département only when it is the contract's.
func (l *lexicon) clauseTerritory(b *Block, cs, ce int) *territoryMention {
	var ts []territoryMention
	for _, t := range l.territoriesIn(b, cs, ce) {
		if t.kind != "departement" || t.ofContract {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	best := ts[0]
	for _, t := range ts[1:] {
		if t.strength > best.strength || t.strength == best.strength && t.span.Start < best.span.Start {
			best = t
		}
	}
	return &best
}

// verbNear is how close a verb that starts a contract ("adopté", "mis en
// place") and the contract noun must stand for the verb to be the contract's.
const verbNear = 40

// startByVerb reads "a adopté, en 2012, son premier CLS", "le CLS, mis en
// place en 2019", "en s'engageant en 2012 dans la démarche de CLS": the year
// right after the verb starts the contract when a contract noun stands just
// before the verb or just after the date; "s'engage en 2007 dans la démarche
// de l'atelier santé ville" starts something else.
func (l *lexicon) startByVerb(e *event, c string, free []DateMention, refs []contractRef) {
	for _, cue := range l.r.Cue("start.verb").FindAll(c) {
		for _, m := range free {
			if m.Kind == DatePeriod || !m.HasYear() || m.Start < cue[1] || !cueNear(c, cue[1], m.Start) {
				continue
			}
			for _, r := range refs {
				if r.end <= cue[0] && cue[0]-r.end <= verbNear || r.start >= m.End && r.start-m.End <= verbNear {
					e.startYear = m.Year
					_, e.startSpan = e.block.Orig(e.start+cue[0], e.start+m.End)
					return
				}
			}
		}
	}
}

// antecedent returns the kind of the contract a clause opening with "Il" or
// "Celui-ci" speaks of: the last contract the previous sentence names (in
// the block, or the previous block when the clause opens its block), or "".
// inFiche tells whether block bi is a field of a "fiche action" ("Calendrier :
// de 2023 à 2027", "Contexte : …"): a field label line next to another one.
// What a fiche says is the action's, never a contract's event.
func (l *lexicon) inFiche(d *docContext, bi int) bool {
	if !l.isFicheFieldCached(d.blocks[bi]) {
		return false
	}
	return bi > 0 && l.isFicheFieldCached(d.blocks[bi-1]) || bi+1 < len(d.blocks) && l.isFicheFieldCached(d.blocks[bi+1])
}

func (l *lexicon) isFicheField(b *Block) bool {
	f := b.fold.Text
	sp, ok := l.r.Cue("fiche.field").Find(f)
	if !ok || sp[0] != 0 {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(f[sp[1]:], " "), ":")
}

// maxTitleLineWords bounds the lines of a title written over several lines.
const maxTitleLineWords = 12

// titleAbove reads a title set over several lines ("CONTRAT LOCAL DE SANTÉ" /
// "AUNIS ATLANTIQUE" / "2025 – 2029"): a short line c that holds a period
// and no sentence belongs to the contract a short line just above names.
func (l *lexicon) titleAbove(d *docContext, bi int, c string) string {
	b := d.blocks[bi]
	if len(b.sents) != 1 || len(strings.Fields(b.fold.Text)) > maxTitleLineWords/2 || strings.ContainsAny(b.fold.Text, ".;:") {
		return ""
	}
	period := false
	for _, m := range l.findDates(c) {
		period = period || m.Kind == DatePeriod
	}
	if !period {
		return ""
	}
	for j := bi - 1; j >= 0 && j >= bi-3; j-- {
		f := d.blocks[j].fold.Text
		if len(strings.Fields(f)) > maxTitleLineWords || strings.HasSuffix(strings.TrimSpace(f), ".") {
			return ""
		}
		if refs := l.findRefs(f); len(refs) > 0 {
			return refs[len(refs)-1].kind
		}
	}
	return ""
}

func (l *lexicon) antecedent(d *docContext, bi, si int, c string) string {
	if l.isDateLabel(c) || l.isPartyLabel(c) {
		// "Date de signature : 15/09/2021" under "Contrat local de santé de …"
		for j := bi - 1; j >= 0 && j >= bi-4; j-- {
			f := d.blocks[j].fold.Text
			if refs := l.findRefs(f); len(refs) > 0 {
				return refs[len(refs)-1].kind
			}
			if !strings.Contains(f, ":") {
				return ""
			}
		}
		return ""
	}
	plural := strings.HasPrefix(c, "ils ") || strings.HasPrefix(c, "elles ")
	if !strings.HasPrefix(c, "il ") && !strings.HasPrefix(c, "celui ci ") && !plural {
		return ""
	}
	var prev string
	switch {
	case si > 0:
		prev = d.blocks[bi].sents[si-1].Folded()
	case bi > 0 && len(d.blocks[bi-1].sents) > 0:
		pb := d.blocks[bi-1]
		prev = pb.sents[len(pb.sents)-1].Folded()
	default:
		return ""
	}
	refs := l.findRefs(prev)
	if len(refs) == 0 {
		if plural && contractParts.MatchString(prev) {
			// "7 axes et 77 actions ont été définis. Ils seront déployés
			// au cours des 5 prochaines années": the contract's own parts
			return "cls"
		}
		return ""
	}
	return refs[len(refs)-1].kind
}

// contractParts: the parts of a contract a plural pronoun can stand for.
var contractParts = regexp.MustCompile(`(?:^|[^a-z])(?:axes|actions|fiches actions|fiches action|objectifs)(?:$|[^a-z])`)

// isDateLabel reports whether clause c is a "label : value" line whose
// short label speaks of a signature or a period ("Date de signature :
// 15/09/2021", "Période : 2021-2025").
func (l *lexicon) isDateLabel(c string) bool {
	i := strings.Index(c, ":")
	if i <= 0 || i > 40 || len(l.findDates(c[i+1:])) == 0 {
		return false
	}
	label := c[:i]
	return len(l.findDates(label)) == 0 && (l.r.Cue("signing").Match(label) || l.r.Cue("period.cue").Match(label) ||
		l.r.Cue("start.cue").Match(label) || l.r.Cue("end.cue").Match(label))
}

// cueNear reports whether a date at start follows a start or end cue ending
// at cueEnd closely: "jusqu'en 2024", "depuis 2023", "entré en vigueur le
// 1er janvier 2020".
func cueNear(c string, cueEnd, start int) bool {
	if start <= cueEnd {
		return true
	}
	// "a adopté, en 2012, son premier CLS": the date set off by commas
	switch strings.Trim(c[cueEnd:start], " ,") {
	case "", "le", "en", "du", "de", "d'", "au", "a", "fin", "debut":
		return true
	}
	return false
}

// isPartyLabel reports whether clause c is a "Signataires : l'ARS, …" line.
func (l *lexicon) isPartyLabel(c string) bool {
	i := strings.Index(c, ":")
	if i <= 0 || i > 40 || strings.TrimSpace(c[i+1:]) == "" {
		return false
	}
	label := strings.TrimSpace(c[:i])
	sp, ok := l.r.Cue("party.heading").Find(label)
	return ok && sp[0] == 0 && sp[1] == len(label)
}

// findDuration returns [start, end, years] of "pour une durée de 3 ans",
// "d'une durée de cinq ans".
func (l *lexicon) findDuration(c string) ([3]int, bool) {
	if !strings.Contains(c, " ans") && !strings.Contains(c, " annees") {
		return [3]int{}, false
	}
	for _, re := range []*regexp.Regexp{l.duration, l.durationAfter} {
		if m := re.FindStringSubmatchIndex(c); m != nil {
			n := l.number(c[m[4]:m[5]])
			if n >= 1 && n <= 15 {
				return [3]int{m[2], m[3], n}, true
			}
		}
	}
	return [3]int{}, false
}

// sentenceDates are the dates of sentence sent that may frame clause cs:
// the sentence's, when no contract is named before the clause.
func (l *lexicon) sentenceDates(sent Sentence, cs int) []DateMention {
	// "Jeudi 18 décembre 2014, X, maire de Y, et Z ont apposé leurs
	// signatures au bas du CLS": the date frames the clauses after it, until
	// one names a contract
	if cs != sent.Start && len(l.blockRefs(sent.Block, sent.Start, cs)) > 0 {
		return nil
	}
	return l.datesIn(sent.Block, sent.Start, sent.End)
}
