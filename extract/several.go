package extract

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/clsx/clsx/rules"
)

// One sentence often tells a territory's contracts one after the other: "le
// deuxième contrat a été signé en 2013, le troisième renouvelé en 2019",
// "signé en 2015 puis renouvelé en 2020", "le CLS (dont les deux premiers
// ont été signés en 2012 et en 2015)". Each contract gets its own clause, so
// that its dates do not leak onto a neighbour, and a clause that names its
// contract only by an ordinal ("le troisième", "d'un second") is read as a
// mention of a contract of the kind the sentence names before it.

// severalPatterns are the expressions of this file, built once per rule set
// from its ordinals and numbers.
type severalPatterns struct {
	// elliptic: a determiner and an ordinal standing for the contract noun
	// the sentence gave before ("le troisième a été renouvelé", "d'un
	// second en 2022", "sa première version date de 2019")
	elliptic *regexp.Regexp
	// listed: "les deux premiers", "dont les trois précédents": earlier
	// contracts counted together, each with its own date after
	listed *regexp.Regexp
	// renewal: "puis renouvelé", "et reconduit": the same contract's next
	// generation, in the same clause
	renewal *regexp.Regexp
	// renewTimes: "renouvelé une première fois": the renewal's own rank
	renewTimes *regexp.Regexp
	// previous: "du précédent contrat", "l'ancien CLS": a contract before
	// the one the sentence is about
	previous *regexp.Regexp
}

var (
	severalMu    sync.Mutex
	severalCache = map[*rules.Set]*severalPatterns{}
)

func (l *lexicon) several() *severalPatterns {
	severalMu.Lock()
	defer severalMu.Unlock()
	if p := severalCache[l.r]; p != nil {
		return p
	}
	ord := `(` + alternation(keys(l.r.Ordinals)) + `)`
	num := `(\d|` + alternation(keys(l.r.Numbers)) + `)`
	const b = `(?:^|[^a-z0-9])`
	// what may follow the ordinal when it stands for the noun: a verb, a
	// date, a relative pronoun; never a noun ("le deuxième axe")
	const verbish = `(?:\s+(?:a|ont|est|fut|en|le|qui|date|datant|signe|signee|conclu|conclue|adopte|adoptee|renouvele|renouvelee|reconduit|reconduite|etabli|etablie|mis|mise|lance|lancee)(?:$|[^a-z0-9])|\s*,|\s*\(|\s*$)`
	p := &severalPatterns{
		elliptic: regexp.MustCompile(b + `((?:le|la|un|une|d'un|d'une|du|de\s+la|son|sa)\s+` + ord + `(?:\s+(?:version|generation))?)` + verbish),
		listed:   regexp.MustCompile(b + `((?:les|ses|leurs)\s+` + num + `\s+(?:premiers|premieres|precedents|precedentes)(?:\s+(?:cls|contrats))?)(?:$|[^a-z0-9])`),
		renewal: regexp.MustCompile(`\s(?:puis|et)\s+(?:a\s+ete\s+|fut\s+|est\s+|ont\s+ete\s+)?` +
			`(?:renouvele|renouvelee|reconduit|reconduite)(?:$|[^a-z0-9])`),
		previous:   regexp.MustCompile(b + `((?:du|le|au|un|d'un|son|de\s+son|l'|de\s+l')\s*(?:precedent|ancien)\s+(?:contrat|cls))` + `(?:$|[^a-z0-9])`),
		renewTimes: regexp.MustCompile(b + `(?:renouvele|renouvelee|reconduit|reconduite)\s+(?:une|pour\s+la)\s+` + ord + `\s+fois` + `(?:$|[^a-z0-9])`),
	}
	severalCache[l.r] = p
	return p
}

// ellipticAt returns the generation an elliptic ordinal opening clause c
// states ("le troisième a été renouvelé…", "puis d'un second en 2022"), with
// its folded span in c, or 0.
func (l *lexicon) ellipticAt(c string) (gen, start, end int) {
	c = strings.TrimLeft(c, " ,")
	off := 0
	for _, w := range []string{"si ", "puis ", "et ", "dont ", "alors que "} {
		if strings.HasPrefix(c, w) {
			off = len(w)
			break
		}
	}
	m := l.several().elliptic.FindStringSubmatchIndex(c[off:])
	if m == nil || m[2] != 0 {
		return 0, 0, 0
	}
	return l.r.Ordinals[c[off+m[4]:off+m[5]]], off + m[2], off + m[3]
}

// renewalAt reports whether clause c opens on the renewal of the contract
// the clause before it spoke of ("puis renouvelé en 2020").
func (l *lexicon) renewalAt(c string) bool {
	m := l.several().renewal.FindStringIndex(" " + strings.TrimLeft(c, " ,"))
	return m != nil && m[0] == 0
}

// renewalRank reads "renouvelé une première fois en 2014": the first renewal
// makes the second contract.
func (l *lexicon) renewalRank(c string) (gen, start, end int) {
	m := l.several().renewTimes.FindStringSubmatchIndex(c)
	if m == nil {
		return 0, 0, 0
	}
	if g := l.r.Ordinals[c[m[2]:m[3]]]; g > 0 {
		return g + 1, m[0], m[1]
	}
	return 0, 0, 0
}

// subClauses cuts clause [cs, ce) of block b where it passes from one
// contract to another: before each ordinal after the first when they state
// different generations, before "puis renouvelé" when both sides hold a
// date, and around a parenthesis that counts earlier contracts ("(dont les
// deux premiers ont été signés en 2012 et en 2015)").
func (l *lexicon) subClauses(b *Block, cs, ce int) [][2]int {
	c := b.fold.Text[cs:ce]
	if !strings.ContainsAny(c, "0123456789") {
		return [][2]int{{cs, ce}} // no date, no figure: nothing to tell apart
	}
	p := l.several()
	cuts := map[int]bool{}
	listedCuts(p, c, cuts)
	l.generationCuts(p, b, cs, ce, cuts)
	// "signé en 2015 puis renouvelé en 2020"
	for _, m := range p.renewal.FindAllStringIndex(c, -1) {
		if len(l.datesIn(b, cs, cs+m[0])) > 0 && len(l.datesIn(b, cs+m[0], ce)) > 0 {
			cuts[m[0]+1] = true
		}
	}
	if len(cuts) == 0 {
		return [][2]int{{cs, ce}}
	}
	return cutClause(c, cs, ce, cuts)
}

// listedCuts marks, in cuts, the bounds of a parenthesis that counts
// earlier contracts ("(dont les deux premiers …)"): what it dates is theirs.
func listedCuts(p *severalPatterns, c string, cuts map[int]bool) {
	// each expression needs its words: "premiers", "precedent", "puis"…
	hasListed := strings.Contains(c, "premi") || strings.Contains(c, "preceden")
	for _, m := range findAllIf(hasListed, p.listed, c) {
		open := strings.LastIndexByte(c[:m[0]], '(')
		if open < 0 || strings.IndexByte(c[open:m[0]], ')') >= 0 {
			continue
		}
		if close := strings.IndexByte(c[m[0]:], ')'); close >= 0 {
			cuts[open], cuts[m[0]+close+1] = true, true
		} else {
			cuts[open] = true
		}
	}
}

// generationCuts marks, in cuts, where clause [cs, ce) of b passes from one
// generation's contract to another's: before an ordinal (or "le précédent")
// that differs from the one before it, when each side holds a date of its
// own.
func (l *lexicon) generationCuts(p *severalPatterns, b *Block, cs, ce int, cuts map[int]bool) {
	c := b.fold.Text[cs:ce]
	// where a contract is named, and its generation: 0 without a figure,
	// -1 for an earlier one without a figure
	type anchor struct{ at, gen int }
	var anchors []anchor
	for _, r := range l.blockRefs(b, cs, ce) {
		g, gs, _ := l.generationOf(c, r)
		if g == 0 {
			anchors = append(anchors, anchor{r.start, 0}) // cut only from a previous one
		}
		if g > 0 {
			// the cut goes before the ordinal: "le 2ème CLS"
			at := r.start
			if gs < at {
				at = strings.LastIndexByte(c[:gs], ' ') + 1
			}
			anchors = append(anchors, anchor{at, g})
		}
	}
	for _, m := range p.elliptic.FindAllStringSubmatchIndex(c, -1) {
		anchors = append(anchors, anchor{m[2], l.r.Ordinals[c[m[4]:m[5]]]})
	}
	for _, m := range findAllSubIf(strings.Contains(c, "preceden") || strings.Contains(c, "ancien"), p.previous, c) {
		anchors = append(anchors, anchor{m[2], -1}) // no figure, but another contract
	}
	sort.Slice(anchors, func(i, j int) bool { return anchors[i].at < anchors[j].at })
	for i := 1; i < len(anchors); i++ {
		a, prev := anchors[i], anchors[i-1]
		if a.gen*prev.gen == 0 && a.gen+prev.gen >= 0 {
			continue // a contract without a figure is cut only from a previous one
		}
		if a.gen != prev.gen && a.at > prev.at+2 && len(l.datesIn(b, cs+prev.at, cs+a.at)) > 0 && len(l.datesIn(b, cs+a.at, ce)) > 0 {
			cuts[a.at] = true
		}
	}
}

// cutClause cuts clause c, at cs in its block and ending at ce, at the
// offsets of cuts (relative to c) inside it, leaving out pieces of blanks
// alone.
func cutClause(c string, cs, ce int, cuts map[int]bool) [][2]int {
	at := make([]int, 0, len(cuts))
	for k := range cuts {
		if k > 0 && k < len(c) {
			at = append(at, k)
		}
	}
	sort.Ints(at)
	var out [][2]int
	from := 0
	for _, k := range at {
		if strings.TrimSpace(c[from:k]) != "" {
			out = append(out, [2]int{cs + from, cs + k})
		}
		from = k
	}
	if strings.TrimSpace(c[from:]) != "" {
		out = append(out, [2]int{cs + from, ce})
	}
	return out
}

// listedEvents reads clause [cs, ce) of block b as earlier contracts counted
// together, each with its date in order: "dont les deux premiers ont été
// signés en 2012 et en 2015" gives the first (2012) and the second (2015).
// The count must match the dates, or it says nothing.
func (l *lexicon) listedEvents(b *Block, cs, ce int, kind string) []*event {
	c := b.fold.Text[cs:ce]
	m := l.several().listed.FindStringSubmatchIndex(c)
	if m == nil {
		return nil
	}
	n := l.number(c[m[4]:m[5]])
	var years []DateMention
	for _, d := range l.datesIn(b, cs+m[3], ce) {
		if d.HasYear() && d.Kind != DatePeriod {
			d.Start, d.End = d.Start+m[3], d.End+m[3]
			years = append(years, d)
		}
	}
	if n < 2 || n != len(years) {
		return nil
	}
	signing := l.r.Cue("signing").Match(c)
	first := strings.Contains(c[m[2]:m[3]], "premier")
	var out []*event
	for i, y := range years {
		y := y
		e := &event{block: b, start: cs, end: ce, hasRef: true, kind: kind, earlier: true}
		_, e.kindSpan = b.Orig(cs+m[2], cs+m[3])
		if first {
			e.gen, e.genSpan = i+1, e.kindSpan
		}
		_, span := b.Orig(cs+y.Start, cs+y.End)
		if signing {
			e.signed, e.signedSpan = &y, span
		} else {
			e.startYear, e.startSpan = y.Year, span
		}
		out = append(out, e)
	}
	return out
}

// sentenceEvents reads the events of sentence si of block bi, clause by
// clause. A clause that opens on an ordinal standing for a contract, or on
// "puis renouvelé", speaks of a contract of the kind the clause before named;
// it inherits that clause's signing when it has no verb of its own ("la
// signature d'un premier CLS, puis d'un second en 2022").
func (l *lexicon) sentenceEvents(d *docContext, bi, si int, s Sentence) []*event {
	var out []*event
	var last *event
	lastSigning := false
	for _, c := range clauses(s) {
		for _, sc := range l.subClauses(s.Block, c[0], c[1]) {
			if last != nil {
				if listed := l.listedEvents(s.Block, sc[0], sc[1], last.kind); listed != nil {
					out = append(out, listed...)
					continue
				}
			}
			d.ellipsis = nil
			if last != nil {
				d.ellipsis = &ellipsis{kind: last.kind, signing: lastSigning}
			}
			e := l.analyse(d, bi, si, s, sc[0], sc[1])
			d.ellipsis = nil
			if e == nil {
				continue
			}
			if e.hasRef {
				if l.several().previous.MatchString(s.Block.fold.Text[sc[0]:sc[1]]) && len(l.findRefs(s.Block.fold.Text[sc[0]:sc[1]])) == 1 {
					e.earlier = true // "… du précédent contrat signé en 2012"
				}
				if e.elliptic && e.renew && last != nil && e.gen == 0 && last.dated() && e.dated() {
					// "signé en 2015 puis renouvelé en 2020": the renewal
					// follows the contract the clause before dated
					if last.gen == 0 {
						last.gen, last.genGuessed = 1, true
					}
					e.gen, e.genGuessed = last.gen+1, true
				}
				last = e
				lastSigning = l.r.Cue("signing").Match(s.Block.fold.Text[sc[0]:sc[1]])
			}
			out = append(out, e)
		}
	}
	return out
}

// ellipsis is what a clause that names its contract only by an ordinal
// takes from the clause before it.
type ellipsis struct {
	kind    string
	signing bool
}

// readRefs reads what the contract references of clause c state: the
// contract's kind, its generation, whether it is a renewal.
func (l *lexicon) readRefs(d *docContext, e *event, c string, refs []contractRef) {
	b, cs := e.block, e.start
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
	if g, gs, ge := l.renewalRank(c); e.gen == 0 && g > 0 {
		// "ce contrat, renouvelé une première fois en 2014"
		e.gen = g
		_, e.genSpan = b.Orig(cs+gs, cs+ge)
	}
	l.readRenewal(e, c)
}

// readRenewal: "sera renouvelé", "en cours de renouvellement" are a renewal
// to come and say nothing of the contract's own generation.
func (l *lexicon) readRenewal(e *event, c string) {
	e.renew = l.r.Cue("generation.renew").Match(c) && !l.r.Cue("generation.prospect").Match(c)
	e.renewWish = l.r.Cue("generation.wish").Match(c)
}

// readEllipsis reads a clause that names its contract only by an ordinal or
// a renewal, after a clause of the same sentence that named it (see
// sentenceEvents): "le troisième a été renouvelé en 2019".
func (l *lexicon) readEllipsis(d *docContext, e *event, c string) {
	if d.ellipsis == nil {
		return
	}
	b, cs := e.block, e.start
	if g, gs, ge := l.ellipticAt(c); g > 0 {
		e.hasRef, e.elliptic, e.kind, e.gen = true, true, d.ellipsis.kind, g
		_, e.genSpan = b.Orig(cs+gs, cs+ge)
		e.kindSpan = e.genSpan
		e.inheritsSigning = d.ellipsis.signing
		e.ellipsisSpan = [2]int{gs, ge}
	} else if l.renewalAt(c) {
		e.hasRef, e.elliptic, e.kind = true, true, d.ellipsis.kind
	}
	if e.hasRef {
		l.readRenewal(e, c)
	}
}

// findAllIf runs re on s only when cond says it may match.
func findAllIf(cond bool, re *regexp.Regexp, s string) [][]int {
	if !cond {
		return nil
	}
	return re.FindAllStringIndex(s, -1)
}

// findAllSubIf is findAllIf with submatches.
func findAllSubIf(cond bool, re *regexp.Regexp, s string) [][]int {
	if !cond {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}
