package extract

// builder accumulates the events of one contract.
type builder struct {
	kind       string
	kindSpan   Span
	gen        int
	genSpan    Span
	genGuessed bool // see event
	signed     *DateMention
	signedSpan Span
	// signedByDateline: signed is the page's dateline (see event)
	signedByDateline bool
	period           *DateMention
	periodSpan       Span
	start, end       int
	startSpan        Span
	endSpan          Span
	duration         int
	durSpan          Span
	territory        *territoryMention
	parties          []party
	events           []*event
	blocks           []int // blocks whose structure belongs to this contract
	// undated: the document's subject, made of mentions no clause dates
	undated bool
	// wave: one of the contracts a sentence signs at once for listed
	// territories (waves.go)
	wave bool
}

func (c *builder) signedYear() int {
	if c.signed != nil {
		return c.signed.Year
	}
	return 0
}

func (c *builder) years() (start, end int) {
	start, end = c.start, c.end
	if c.period != nil {
		start, end = c.period.Year, c.period.EndYear
	}
	return
}

// compatible reports whether event e can be about contract c: nothing they
// both state disagrees (generation, kind, territory, signature year, period).
func compatible(c *builder, e *event) bool {
	if e.gen > 0 && c.gen > 0 && e.gen != c.gen {
		return false
	}
	if e.hasRef && e.kind != c.kind {
		return false
	}
	if e.territory != nil && c.territory != nil && e.territory.strength >= 3 && c.territory.strength >= 3 &&
		!sameTerritory(e.territory.name, c.territory.name) {
		return false
	}
	es, ee := e.years()
	cs, ce := c.years()
	sy, cy := e.signedYear(), c.signedYear()
	switch {
	case sy > 0 && cy > 0 && sy != cy,
		es > 0 && cs > 0 && es != cs,
		ee > 0 && ce > 0 && ee != ce,
		sy > 0 && cs > 0 && (sy < cs-1 || ce > 0 && sy > ce),
		cy > 0 && es > 0 && (cy < es-1 || ee > 0 && cy > ee),
		es > 0 && ce > 0 && es > ce,
		ee > 0 && cs > 0 && ee < cs,
		ee > 0 && cy > 0 && ee < cy,
		ce > 0 && sy > 0 && ce < sy:
		return false
	}
	return true
}

// merge adds what event e states to contract c (what c already knows wins).
func (c *builder) merge(e *event) {
	c.events = append(c.events, e)
	if c.gen == 0 && e.gen > 0 {
		c.gen, c.genSpan, c.genGuessed = e.gen, e.genSpan, e.genGuessed || e.genByRenewal
	}
	if c.kindSpan == (Span{}) && e.hasRef {
		c.kind, c.kindSpan = e.kind, e.kindSpan
	}
	if e.signed != nil && (c.signed == nil || c.signed.Year == e.signed.Year &&
		(e.signed.Kind < c.signed.Kind && !(c.signedByDateline && e.signedByDateline) || c.signedByDateline && !e.signedByDateline ||
			// two readings of the dateline (a headline's day, the body's
			// "mardi"): what both make certain
			c.signedByDateline && e.signedByDateline && e.signed.Kind > c.signed.Kind)) {
		c.signed, c.signedSpan, c.signedByDateline = e.signed, e.signedSpan, e.signedByDateline
	}
	if c.period == nil && e.period != nil {
		c.period, c.periodSpan = e.period, e.periodSpan
	}
	if c.start == 0 && e.startYear > 0 {
		c.start, c.startSpan = e.startYear, e.startSpan
	}
	if c.end == 0 && e.endYear > 0 {
		c.end, c.endSpan = e.endYear, e.endSpan
	}
	if c.duration == 0 && e.duration > 0 {
		c.duration, c.durSpan = e.duration, e.durSpan
	}
	if e.territory != nil && (c.territory == nil || e.territory.strength > c.territory.strength) {
		c.territory = e.territory
	}
	c.parties = append(c.parties, e.parties...)
}

// assemble turns the events of a document, in text order, into contracts.
// A dated event about no known contract opens a new one; an undated one
// ("la signature du 2ème CLS") only adds to a contract it fits. blockOwner
// gets, for every block, the contract its structure (axes, actions, lists of
// parties) belongs to: the contract of the last dated event before it.
func assemble(events []*event, nblocks int) (contracts []*builder, blockOwner []int) {
	blockOwner = make([]int, nblocks)
	a := &assembly{current: -1}
	ei := 0
	for bi := 0; bi < nblocks; bi++ {
		for ; ei < len(events) && events[ei].block.Index == bi; ei++ {
			a.add(events[ei])
		}
		blockOwner[bi] = a.current
	}
	a.addSubject()
	contracts = a.contracts
	settleGenerations(contracts)
	shareTerritory(contracts)
	// blocks before the first contract belong to the first one
	for i := range blockOwner {
		if blockOwner[i] < 0 && len(contracts) > 0 {
			blockOwner[i] = 0
		}
	}
	return contracts, blockOwner
}

// assembly is what assemble knows as it reads the events in text order.
type assembly struct {
	contracts []*builder
	// current is the contract the text is about at this point (the one of
	// the last dated event, see add), or -1 before the first
	current int
	// pending: undated mentions of a contract that fits none opened yet;
	// unowned: events without a contract reference before the first contract
	pending, unowned []*event
}

// maxGen is the highest generation of the contracts opened so far, 1 when
// there are some and none has a figure, 0 when there are none.
func (a *assembly) maxGen() int {
	g := 0
	for _, c := range a.contracts {
		if c.gen > g {
			g = c.gen
		}
	}
	if g == 0 && len(a.contracts) > 0 {
		g = 1
	}
	return g
}

// add gives event e to the contract it is about, opens a contract with it,
// or keeps it for later, and moves the current contract.
func (a *assembly) add(e *event) {
	a.guessGeneration(e)
	if !e.hasRef {
		// "Le calendrier de mise en œuvre : 2019-2024": the current contract's
		if a.current >= 0 && compatible(a.contracts[a.current], e) {
			a.contracts[a.current].merge(e)
		} else if a.current < 0 {
			a.unowned = append(a.unowned, e) // may be the page's undated contract's
		}
		return
	}
	target := a.target(e)
	switch {
	case target >= 0:
		a.contracts[target].merge(e)
	case e.dated():
		a.contracts, a.pending = openContract(a.contracts, a.pending, e)
		target = len(a.contracts) - 1
	case len(a.contracts) == 0 || len(a.pending) > 0:
		a.pending = append(a.pending, e)
	}
	// "Ce nouveau contrat fait suite au premier CLS signé en 2017": a
	// passing mention of an earlier contract in a paragraph does not
	// make what follows its structure
	back := a.current >= 0 && target >= 0 && target != a.current && (e.earlier || a.contracts[target].gen > 0 &&
		a.contracts[a.current].gen > a.contracts[target].gen && e.block.Kind == Paragraph)
	if target >= 0 && e.dated() && !back {
		a.current = target
	}
}

// guessGeneration gives a renewal that states no figure the generation the
// contracts before it imply.
func (a *assembly) guessGeneration(e *event) {
	if e.renew && !e.renewWish && e.gen == 0 && !e.dated() && len(a.contracts) == 1 && a.contracts[0].gen == 0 {
		// "Ce renouvellement du contrat permet…" of the one contract
		// the text dates: it is a renewal, the second
		e.gen, e.genGuessed = 2, true
	} else if e.renew && e.gen == 0 && len(a.contracts) > 0 {
		e.gen, e.genByRenewal = a.maxGen()+1, true
	} else if (e.renewed || e.renew) && e.gen == 0 && len(a.contracts) == 0 {
		// "Ce renouvellement du contrat…": the territory had a
		// contract before; the second, when no figure says otherwise
		e.gen, e.genGuessed = 2, true
	}
}

// target is the contract event e, which names a contract, is about, or -1:
// the last of its generation it fits, else the current one, else the last
// it fits when it states no generation.
func (a *assembly) target(e *event) int {
	if e.gen > 0 {
		for i := len(a.contracts) - 1; i >= 0; i-- {
			if a.contracts[i].gen == e.gen && compatible(a.contracts[i], e) {
				return i
			}
		}
	}
	// a renewal is not the contract it renews
	if a.current >= 0 && compatible(a.contracts[a.current], e) && (e.gen == 0 || a.contracts[a.current].gen == 0 && !e.genByRenewal) {
		return a.current
	}
	if e.gen == 0 {
		for i := len(a.contracts) - 1; i >= 0; i-- {
			if compatible(a.contracts[i], e) {
				return i
			}
		}
	}
	return -1
}

// addSubject makes the document's subject contract when no clause dates
// one. A page about one contract that no clause dates ("la ville a signé ce
// jeudi son contrat local de santé") still describes it: its undated
// mentions make the document's subject contract, which the document's
// territory completes (finish). Mentions that disagree with the first one
// stay out.
func (a *assembly) addSubject() {
	if len(a.contracts) != 0 || len(a.pending) == 0 {
		return
	}
	subject := &builder{kind: a.pending[0].kind, undated: true}
	for _, p := range a.pending {
		if compatible(subject, p) {
			subject.merge(p)
		}
	}
	// "D'une durée de 5 ans, il vise…": what the text says of it
	// without naming it
	for _, e := range a.unowned {
		if e.block.Index >= a.pending[0].block.Index && compatible(subject, e) {
			subject.merge(e)
		}
	}
	a.contracts = append(a.contracts, subject)
}

// year is when the contract began: its signature, else its first year.
func (c *builder) year() int {
	if y := c.signedYear(); y > 0 {
		return y
	}
	start, _ := c.years()
	return start
}

// settleGenerations corrects the generations the order of contracts gave
// once all of them are known. A renewal guessed the second is later than a
// second the text names ("renouvelle son CLS" after "un premier en 2012,
// puis un second en 2022"): it follows the last one the text numbers. A
// dated contract without a figure before a second one, and no first, is the
// first ("le CLS signé en 2012 … le second CLS, 2018-2022").
func settleGenerations(contracts []*builder) {
	stated := map[int]int{} // generation the text states → its year
	maxStated := 0
	for _, c := range contracts {
		if c.gen > 0 && !c.genGuessed {
			stated[c.gen] = c.year()
			if c.gen > maxStated {
				maxStated = c.gen
			}
		}
	}
	for _, c := range contracts {
		if y, ok := stated[c.gen]; ok && c.genGuessed && y > 0 && c.year() > y {
			c.gen = maxStated + 1
		}
	}
	first, second := 0, -1
	for i, c := range contracts {
		switch c.gen {
		case 1:
			first++
		case 2:
			second = i
		}
	}
	if first > 0 || second < 0 || contracts[second].year() == 0 {
		return
	}
	var cand *builder
	for _, c := range contracts {
		if c.gen == 0 && !c.undated && c.year() > 0 && c.year() < contracts[second].year() && sameContractTerritory(c, contracts[second]) {
			if cand != nil {
				return // two contracts before the second: which is the first?
			}
			cand = c
		}
	}
	if cand != nil {
		cand.gen, cand.genGuessed = 1, true
	}
}

// sameContractTerritory: nothing says the two contracts are of different
// territories.
func sameContractTerritory(a, b *builder) bool {
	return a.territory == nil || b.territory == nil || a.territory.strength < 3 || b.territory.strength < 3 ||
		sameTerritory(a.territory.name, b.territory.name)
}

// shareTerritory gives a numbered contract that names no territory ("dont
// les deux premiers ont été signés en 2012 et en 2015") the territory of the
// other contracts of the text, when they all have the same: generations are
// one territory's sequence.
func shareTerritory(contracts []*builder) {
	var donor *territoryMention
	for _, c := range contracts {
		switch {
		case c.territory == nil:
		case donor == nil:
			donor = c.territory
		case !sameTerritory(donor.name, c.territory.name):
			return
		case c.territory.strength > donor.strength:
			donor = c.territory
		}
	}
	if donor == nil {
		return
	}
	for _, c := range contracts {
		if c.territory == nil && c.gen > 0 {
			c.territory = donor
		}
	}
}

// openContract opens a contract with dated event e. Undated mentions before
// it ("Le CLS 2 de …" as a title) join it when they fit it; the others wait
// for a later one. A passing mention of an earlier contract takes nothing
// the text said before of the current one.
func openContract(contracts []*builder, pending []*event, e *event) ([]*builder, []*event) {
	probe := &builder{kind: e.kind}
	probe.merge(e)
	nb := &builder{kind: e.kind}
	var rest []*event
	for _, p := range pending {
		if !e.earlier && compatible(probe, p) {
			nb.merge(p)
		} else {
			rest = append(rest, p)
		}
	}
	nb.merge(e)
	return append(contracts, nb), rest
}

// leadBlocks: a page's title and lead, where it says what it is about.
const leadBlocks = 3

// inLead reports whether the contract is first named in the page's title or
// lead.
func (c *builder) inLead() bool {
	return len(c.events) > 0 && c.events[0].block.Index < leadBlocks
}
