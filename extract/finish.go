package extract

// This file turns an assembled contract (builder) into its record
// (Contract): empty lists where nothing was found, values with their
// evidence, the territory, years and places resolved.

// finish turns an assembled contract into its record.
func (l *lexicon) finish(d *docContext, c *builder, o outline, docTerritory *territoryMention, kinds *territoryKinds, docPlaces placeHints) Contract {
	ct := emptyRecord(c, o)
	setEvidence(&ct, "kind", c.kindSpan)
	t := contractTerritory(c, docTerritory)
	if t != nil {
		name := capitalise(t.name)
		ct.Territory = &name
		setEvidence(&ct, "territory", t.span)
		if k := kinds.of(t); k != "" {
			ct.TerritoryKind = k
		}
	}
	if c.gen > 0 {
		g := c.gen
		ct.Generation = &g
		setEvidence(&ct, "generation", c.genSpan)
	}
	if c.signed != nil {
		s := c.signed.String()
		ct.Signed = &s
		setEvidence(&ct, "signed", c.signedSpan)
	}
	setYears(&ct, c)
	ct.Signatories = cutOff(l.signatories(c, o, t, kinds), d.blocks)
	l.setPlaces(&ct, c, docPlaces)
	resolveGeography(&ct)
	ct.Themes = l.tagThemes(ct.Axes, ct.Actions)
	ct.ID = contractID(ct)
	ct.Evidence = contractSpan(c, ct)
	return ct
}

// emptyRecord starts contract c's record with its outline. Lists are empty,
// never nil: the output contract writes [] for "none found", null only for
// unknown values.
func emptyRecord(c *builder, o outline) Contract {
	ct := Contract{Kind: c.kind, TerritoryKind: "other", Signatories: []Signatory{}, Axes: o.axes, Actions: o.actions,
		FieldEvidence: map[string]Span{}}
	if ct.Axes == nil {
		ct.Axes = []Axis{}
	}
	if ct.Actions == nil {
		ct.Actions = []Action{}
	}
	for i := range ct.Axes {
		if ct.Axes[i].Objectives == nil {
			ct.Axes[i].Objectives = []Objective{}
		}
		if ct.Axes[i].Actions == nil {
			ct.Axes[i].Actions = []Action{}
		}
		for j := range ct.Axes[i].Actions {
			fillAction(&ct.Axes[i].Actions[j])
		}
	}
	for j := range ct.Actions {
		fillAction(&ct.Actions[j])
	}
	return ct
}

// setEvidence records the span a field was read from; a zero span is no
// evidence and is left out.
func setEvidence(ct *Contract, field string, s Span) {
	if s != (Span{}) {
		ct.FieldEvidence[field] = s
	}
}

// contractTerritory is the territory of contract c: its own, else the
// document's. The document's subject contract, which no clause dates, takes
// only a territory the text designates, and none from a list of them.
func contractTerritory(c *builder, docTerritory *territoryMention) *territoryMention {
	t := c.territory
	if c.undated && t != nil && t.strength < 3 {
		t = nil // an undated contract needs its territory designated
	}
	if t == nil && !(c.undated && docTerritory != nil && docTerritory.tied) {
		t = docTerritory
	}
	return t
}

// setYears sets the contract's duration and its first and last years, with
// their evidence: a stated period first, else the years stated one by one;
// the signature's year starts a contract that states no start, and a
// duration gives the end a start lacks.
func setYears(ct *Contract, c *builder) {
	start, end := c.years()
	startSpan, endSpan := c.startSpan, c.endSpan
	if c.period != nil {
		startSpan, endSpan = c.periodSpan, c.periodSpan
		if c.end > 0 && c.end != end {
			end, endSpan = c.period.EndYear, c.periodSpan
		}
	}
	if start == 0 && c.signed != nil {
		start, startSpan = c.signed.Year, c.signedSpan
	}
	if c.duration > 0 {
		d := c.duration
		ct.DurationYears = &d
		setEvidence(ct, "duration_years", c.durSpan)
	}
	if end == 0 && start > 0 && c.duration > 0 {
		end, endSpan = start+c.duration, c.durSpan
	}
	if start > 0 {
		ct.StartYear = &start
		setEvidence(ct, "start_year", startSpan)
	}
	if end > 0 {
		ct.EndYear = &end
		setEvidence(ct, "end_year", endSpan)
	}
}

// setPlaces sets the contract's region and département: the contract's own
// words first (its clauses, its signatories' names), then the document's.
func (l *lexicon) setPlaces(ct *Contract, c *builder, docPlaces placeHints) {
	var own placeHints
	for _, e := range c.events {
		_, span := e.block.Orig(e.start, e.end)
		for _, p := range l.blockPlaces(e.block) {
			if p.span.Start >= span.Start && p.span.End <= span.End {
				own.add(p)
			}
		}
	}
	for _, s := range ct.Signatories {
		l.places(s.Name, s.Evidence, &own)
	}
	region, dept := own.resolve()
	dregion, ddept := docPlaces.resolve()
	if region == "" {
		region = dregion
	}
	if dept == nil && ddept != nil && ddept.Region == region {
		dept = ddept
	}
	if region != "" {
		ct.Region = &region
		setEvidence(ct, "region", own.span(region))
		setEvidence(ct, "region", docPlaces.span(region))
	}
	if dept != nil {
		code := dept.Code
		ct.Departement = &code
		setEvidence(ct, "departement", own.span(dept.Name))
		setEvidence(ct, "departement", docPlaces.span(dept.Name))
	}
}

// fillAction gives an action empty lists of leads and steps where none were
// found (see emptyRecord).
func fillAction(a *Action) {
	if a.Leads == nil {
		a.Leads = []string{}
	}
	if a.Steps == nil {
		a.Steps = []string{}
	}
}
