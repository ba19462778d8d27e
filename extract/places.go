package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// placeHints are the régions and départements a stretch of text names.
type placeHints struct {
	regions []string // official names, as found (explicit mentions)
	depts   []*rules.Departement
	at      map[string]Span // where each official name was first found: its evidence
}

// placeHit is one mention of a région (region set) or a département.
type placeHit struct {
	region string
	dept   *rules.Departement
	span   Span
}

// add counts a mention, and notes where each name was first found.
func (h *placeHints) add(p placeHit) {
	name := p.region
	if p.dept != nil {
		h.depts = append(h.depts, p.dept)
		name = p.dept.Name
	} else {
		h.regions = append(h.regions, p.region)
	}
	if h.at == nil {
		h.at = map[string]Span{}
	}
	if _, ok := h.at[name]; !ok {
		h.at[name] = p.span
	}
}

// blockPlaces are the places block b names, read once for the document and
// for the contracts whose clauses it holds.
func (l *lexicon) blockPlaces(b *Block) []placeHit {
	if !b.placesDone {
		b.places, b.placesDone = l.placeHits(b.Text, Span{Start: b.RuneStart, Page: b.Page}), true
	}
	return b.places
}

// places adds the places original text s names to into.
func (l *lexicon) places(s string, base Span, into *placeHints) {
	for _, p := range l.placeHits(s, base) {
		into.add(p)
	}
}

// span is the evidence of a région or département name, if it was named.
func (h placeHints) span(name string) Span { return h.at[name] }

var deptNumber = regexp.MustCompile(`(?:^|[^a-z0-9])([a-z]+)\s+(\d{2,3}|2a|2b)(?:$|[^0-9a-z%])`)

// placeHits finds région and département names in original text s. A name must
// be written with a capital ("la réunion" is a meeting, "Nord" in "CPTS Aunis
// Nord" is no département: a département needs "de", "du", "des"… before it).
//
// base is where s stands in the document (its evidence): the names' spans
// are recorded from it.
func (l *lexicon) placeHits(s string, base Span) []placeHit {
	var out []placeHit
	fm := rules.FoldMap(s)
	f := fm.Text
	rs := []rune(s)
	span := func(from, to int) Span {
		return Span{Start: base.Start + fm.RuneOffset(from), End: base.Start + fm.RuneOffset(to), Page: base.Page}
	}
	capital := func(fb int) bool {
		i := fm.RuneOffset(fb)
		return i < len(rs) && unicode.IsUpper(rs[i])
	}
	regions := l.r.Geo.FindRegions(f)
	for _, sp := range regions {
		// "des Pays de la Loire": a name of several words is no common noun
		if !capital(sp[0]) || !regionContext(f[:sp[0]]) && len(strings.Fields(f[sp[0]:sp[1]])) < 3 {
			continue
		}
		if name, ok := l.r.Geo.RegionByName(f[sp[0]:sp[1]]); ok {
			out = append(out, placeHit{region: name, span: span(sp[0], sp[1])})
		}
	}
	for _, sp := range l.r.Geo.FindDepartements(f) {
		// "Loire" of "Pays de la Loire" is no département
		if !capital(sp[0]) || inSpans(sp[0], regions) {
			continue
		}
		before := f[:sp[0]]
		ok := false
		for _, p := range []string{"de ", "du ", "des ", "de la ", "de l'", "d'", "en ", "dans le ", "dans l'", "dans la ", "dans les "} {
			if strings.HasSuffix(before, p) {
				ok = true
				break
			}
		}
		if !ok || continuesName(rs, fm.RuneOffset(sp[1])) || l.inPlaceName(before) {
			continue
		}
		if d, found := l.r.Geo.DepartementByName(f[sp[0]:sp[1]]); found {
			out = append(out, placeHit{dept: d, span: span(sp[0], sp[1])})
		}
	}
	if strings.ContainsAny(f, "0123456789") {
		for _, m := range deptNumber.FindAllStringSubmatchIndex(f, -1) {
			word := f[m[2]:m[3]]
			if sp, ok := l.r.Cue("departement.number").Find(word); !ok || sp[0] != 0 || sp[1] != len(word) {
				continue
			}
			if d, found := l.r.Geo.DepartementByCode(f[m[4]:m[5]]); found {
				out = append(out, placeHit{dept: d, span: span(m[2], m[5])}) // "CPAM 41"
			}
		}
	}
	return out
}

// regionContext reports whether the folded text before a capitalised
// région name lets it be one: not the first word of a sentence or line, where
// every word has a capital ("Réunion de lancement"), and not after a word
// that makes it a common noun ("lors d'une Réunion publique").
func regionContext(before string) bool {
	b := strings.TrimRight(before, " ")
	if b == "" || strings.ContainsAny(b[len(b)-1:], ".!?:;-\n") {
		return false
	}
	words := strings.Fields(b)
	switch w := words[len(words)-1]; w {
	case "une", "d'une", "cette", "chaque", "les", "des", "ces", "nos", "vos", "leur", "leurs", "prochaine", "premiere", "derniere", "nouvelle":
		return false
	}
	return !strings.HasSuffix(b, "d'une")
}

// continuesName reports whether a capitalised word follows rune i: the
// département's name is then the start of a longer proper name ("de Vienne
// Condrieu Agglomération", "du Var Provence Verte" are no départements).
func continuesName(rs []rune, i int) bool {
	if i+1 >= len(rs) || rs[i] != ' ' {
		return false
	}
	return unicode.IsUpper(rs[i+1])
}

// resolve picks the région and département: a région named wins; else the
// région of the départements named, when they agree.
func (h placeHints) resolve() (region string, dept *rules.Departement) {
	if len(h.regions) > 0 {
		region = majority(h.regions)
	}
	// the département named more often than all the others together
	codes := map[string]int{}
	for _, d := range h.depts {
		codes[d.Code]++
	}
	for _, d := range h.depts {
		if 2*codes[d.Code] > len(h.depts) {
			dept = d
			break
		}
	}
	if region == "" && len(h.depts) > 0 {
		var regs []string
		for _, d := range h.depts {
			regs = append(regs, d.Region)
		}
		region = majority(regs)
	}
	if dept != nil && region != "" && dept.Region != region {
		dept = nil
	}
	return region, dept
}

// majority returns the most frequent value, the first one on ties.
func majority(vals []string) string {
	count := map[string]int{}
	best := ""
	for _, v := range vals {
		count[v]++
		if best == "" || count[v] > count[best] {
			best = v
		}
	}
	return best
}

// inPlaceName reports whether the words before a département's name make it
// part of a territory's name: "Paris – Vallée de la Marne", "Portes de
// l'Isère", "Coteaux de la Loire" name no département.
func (l *lexicon) inPlaceName(before string) bool {
	w := strings.Fields(before)
	// drop the linking words: "vallee de la", "portes de l'"
	for len(w) > 0 && (nameConnectors[w[len(w)-1]] || strings.HasSuffix(w[len(w)-1], "'")) {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	return wholeMatch(l.r.Cue("place.name.head").FindAll(last), last)
}
