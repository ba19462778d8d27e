package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/clsx/clsx/rules"
)

// FromText extracts the contracts of an already decoded text. source names
// the document in the record. It never fails: what it cannot read is left
// null.
func FromText(source, raw string, r *rules.Set) *Document {
	if r == nil {
		r = rules.Default()
	}
	return fromText(source, splitRunOnLabels(Normalize(raw)), nil, r)
}

// fromText extracts from normalised text. hints, when a reader gave the
// text's structure, say what each line is (see FromDocument).
func fromText(source, text string, hints []lineHint, r *rules.Set) *Document {
	l := lexiconFor(r)
	doc := &Document{Source: source, ContentType: "text/plain", Text: text, Contracts: []Contract{}, Warnings: []string{}}
	blocks := splitBlocks(text, r.Months)
	applyHints(blocks, hints)
	if len(blocks) == 0 {
		doc.Warnings = append(doc.Warnings, "no text")
		return doc
	}
	if blocks[0].Kind == Heading {
		t := blocks[0].Text
		doc.Title = &t
	}
	d := &docContext{blocks: blocks, dateline: l.findDateline(blocks)}
	for _, b := range blocks {
		if l.r.Cue("generation.previous").Match(b.fold.Text) {
			d.previous = true
			break
		}
	}
	var events []*event
	for bi, b := range blocks {
		if l.inFiche(d, bi) {
			continue // what a fiche action says is the action's, never a contract's event
		}
		for si, s := range b.sents {
			events = append(events, l.sentenceEvents(d, bi, si, s)...)
		}
	}
	builders, owner := assemble(events, len(blocks))
	outlines := l.structure(blocks, owner, len(builders))
	docTerritory, docKinds := l.documentTerritory(blocks)
	var docPlaces placeHints
	for _, b := range blocks {
		for _, p := range l.blockPlaces(b) {
			docPlaces.add(p)
		}
	}
	// contracts signed at once for listed territories, unless the text's
	// own reading already has one for the territory
	for _, w := range l.waveContracts(blocks) {
		if !hasTerritory(builders, w.territory.name) {
			builders = append(builders, w)
			outlines = append(outlines, outline{})
		}
	}
	ids := map[string]int{}
	for i, c := range builders {
		ct := l.finish(d, c, outlines[i], docTerritory, docKinds, docPlaces)
		// a contract needs a year, unless it is what the page is about, whose
		// territory is known: the only one ("la commune s'est engagée sur
		// trois ans"), or the first, named in the page's title or lead ("La
		// Ville a signé vendredi son deuxième CLS")
		if ct.Signed == nil && ct.StartYear == nil && ct.EndYear == nil &&
			!((c.undated || c.wave || len(builders) == 1 || i == 0 && c.inLead()) && ct.Territory != nil) {
			continue
		}
		ids[ct.ID]++
		if n := ids[ct.ID]; n > 1 {
			ct.ID += "-" + strconv.Itoa(n)
		}
		doc.Contracts = append(doc.Contracts, ct)
	}
	return doc
}

// documentTerritory is the territory the whole text speaks of: the name most
// often designated ("la Communauté de Communes X", "CLS de X", "pour X"),
// weighted by how surely each mention designates a territory. It also returns
// the kinds the text gives that name, and the kind its generic words suggest.
func (l *lexicon) documentTerritory(blocks []*Block) (*territoryMention, *territoryKinds) {
	type agg struct {
		first  territoryMention
		weight int
	}
	byKey := map[string]*agg{}
	var order []string
	kinds := &territoryKinds{byName: map[string]string{}}
	epci, commune := 0, 0
	generic := ""
	for _, b := range blocks {
		if l.leadStart.MatchString(b.fold.Text) {
			continue // "piloté par la Ville de Blois": who leads, not where
		}
		for _, t := range l.territoriesIn(b, 0, len(b.fold.Text)) {
			if t.kind == "departement" {
				continue
			}
			k := territoryKey(t.name)
			if k == "" {
				continue
			}
			if t.kind != "" && kinds.byName[k] == "" {
				kinds.byName[k] = t.kind
			}
			a, ok := byKey[k]
			if !ok {
				a = &agg{first: t}
				byKey[k] = a
				order = append(order, k)
			}
			a.weight += t.strength
			if t.strength > a.first.strength {
				a.first = t
			}
		}
		for _, sp := range l.r.Cue("territory.generic.epci").FindAll(b.fold.Text) {
			epci++
			// "la Communauté de Communes", named without its name
			if w, _ := b.Orig(sp[0], sp[1]); generic == "" && strings.HasPrefix(b.fold.Text[sp[0]:], "communaute ") {
				if _, _, named := captureName(b, sp[1]); !named {
					generic = w
				}
			}
		}
		commune += len(l.r.Cue("territory.generic.commune").FindAll(b.fold.Text))
	}
	switch {
	case epci > commune:
		kinds.generic, kinds.designation = "epci", generic
	case commune > epci:
		kinds.generic = "commune"
	}
	var best *agg
	second := 0
	for _, k := range order {
		a := byKey[k]
		switch {
		case best == nil || a.weight > best.weight:
			if best != nil {
				second = best.weight
			}
			best = a
		case a.weight > second:
			second = a.weight
		}
	}
	if best == nil || best.weight < 2 {
		return nil, kinds
	}
	t := best.first
	// a list of territories ("Rennes, Brest, Lorient et Vannes ont un CLS")
	// names no one territory the text is about
	t.tied = best.weight == second
	return &t, kinds
}

var slugSep = regexp.MustCompile(`[^a-z0-9]+`)

// epciByName: the name of an intercommunality that ends with its kind
// ("Lorient Agglomération", "Vichy Communauté", "Brest Métropole").
func epciByName(name string) bool {
	w := strings.Fields(rules.Fold(name))
	if len(w) < 2 {
		return false
	}
	return epciSuffix[w[len(w)-1]]
}

// signatories gathers the parties of a contract, once each. The territory's
// own collectivity is a party of its contract: where the text lists parties
// but not it, it is added as the text designates it; a bare territory name
// among the parties gets the designation the text uses for it ("la
// Communauté de Communes" + "Aunis Atlantique").
func (l *lexicon) signatories(c *builder, o outline, t *territoryMention, kinds *territoryKinds) []Signatory {
	all := append(append([]party{}, c.parties...), o.parties...)
	if len(all) == 0 {
		// no statement of who signed: those present sign for their
		// organisations (the guide's fallback)
		all = l.presentParties(c)
	}
	out := []Signatory{}
	seen := map[string]bool{}
	hasCollectivity := false
	var spans, lists []Span
	for _, p := range all {
		p = l.bareCollectivity(p, t, kinds)
		key := rules.Fold(p.name)
		if seen[key] || readAgain(p, spans) {
			continue
		}
		if k := l.namedBefore(p, out); k >= 0 && !l.distinctInList(p, out[k], lists[k]) {
			// the same organisation: keep its fuller name
			if l.fullerName(p.name, out[k].Name) {
				out[k].Name, out[k].Evidence = p.name, p.span
				if out[k].Kind == "other" {
					out[k].Kind = p.kind // "la CAB", spelled out
				}
			}
			hasCollectivity = hasCollectivity || out[k].Kind == "epci" || out[k].Kind == "commune"
			continue
		}
		seen[key] = true
		spans, lists = append(spans, p.span), append(lists, p.list)
		kind := p.kind
		name := p.name
		if t != nil && (kind == "other" || kind == "epci" || kind == "commune") && territoryKey(p.name) != "" && territoryKey(p.name) == territoryKey(t.name) {
			if kind == "other" {
				if k := kinds.of(t); k != "" {
					kind = k
				}
			}
			if rules.Fold(name) == rules.Fold(t.name) {
				name = l.designatedName(t, kinds)
			}
		}
		if kind == "epci" || kind == "commune" {
			hasCollectivity = true
		}
		if kind == "other" {
			kind = placeKind(name)
		}
		out = append(out, Signatory{Name: name, Kind: kind, Evidence: p.span})
	}
	if len(out) > 0 && !hasCollectivity && t != nil {
		if kind := kinds.of(t); kind == "epci" || kind == "commune" {
			name := l.designatedName(t, kinds)
			out = append([]Signatory{{Name: name, Kind: kind, Evidence: t.span}}, out...)
		}
	}
	return out
}

func capitalise(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	}
	return string(r)
}

func contractID(ct Contract) string {
	slug := "contrat"
	if ct.Territory != nil {
		slug = strings.Trim(slugSep.ReplaceAllString(rules.Fold(*ct.Territory), "-"), "-")
	}
	if ct.StartYear != nil {
		return fmt.Sprintf("%s-%d", slug, *ct.StartYear)
	}
	return slug
}

// contractSpan is the stretch of text the contract was read from.
func contractSpan(c *builder, ct Contract) Span {
	var spans []Span
	for _, e := range c.events {
		_, s := e.block.Orig(e.start, e.end)
		spans = append(spans, s)
	}
	spans = append(spans, ct.Spans()...)
	if len(spans) == 0 {
		return Span{}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := spans[0]
	for _, s := range spans[1:] {
		if s.End > out.End {
			out.End = s.End
		}
	}
	return out
}

// designatedName is the territory's collectivity as the text designates it:
// "commune de Millau", "Communauté de communes du Pays de Lunel", or the
// generic designation the text uses before the bare name.
func (l *lexicon) designatedName(t *territoryMention, kinds *territoryKinds) string {
	if t.designation != "" && t.designated != "" {
		return t.designated
	}
	if d := l.designationOf(t, kinds); d != "" && !strings.HasPrefix(rules.Fold(t.name), rules.Fold(d)) {
		return d + " " + t.name
	}
	return t.name
}

// designationOf is how the text designates the territory's collectivity:
// its own designation ("la commune d'Apt"), else the generic one the text
// uses for an intercommunality ("la Communauté de Communes").
func (l *lexicon) designationOf(t *territoryMention, kinds *territoryKinds) string {
	if t.designation != "" {
		return t.designation
	}
	if t.kind != "" {
		return "" // a name of a known kind, written bare ("Orly")
	}
	if kinds.byName[territoryKey(t.name)] == "" && kinds.generic == "epci" {
		return kinds.designation
	}
	return ""
}

// territoryKinds is what a document says of the kinds of its territories.
type territoryKinds struct {
	byName      map[string]string // territoryKey → kind its designation gives
	generic     string            // "epci" or "commune", from words like "intercommunal"
	designation string            // "la Communauté de Communes", written without a name
}

// of resolves a territory's kind: its own designation, a name that says
// it ("… Agglomération"), the designation of the same name elsewhere, then the
// document's generic words; "" when nothing says.
func (k *territoryKinds) of(t *territoryMention) string {
	switch {
	case t.kind != "":
		return t.kind
	case epciByName(t.name):
		return "epci"
	case k.byName[territoryKey(t.name)] != "":
		return k.byName[territoryKey(t.name)]
	}
	return k.generic
}

// hasTerritory reports whether one of the contracts has that territory.
func hasTerritory(cs []*builder, name string) bool {
	for _, c := range cs {
		if c.territory != nil && sameTerritory(c.territory.name, name) {
			return true
		}
	}
	return false
}
