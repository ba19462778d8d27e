package index

import (
	"sort"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract"
)

// mergeCluster makes one record of the readings of one contract. Each field
// is taken from the documents that state it: the value most of them give
// (agreeing documents confirm each other), ties going to the better
// document — a signed document (PDF, Word, OpenDocument) over a web page,
// then the one that states more. Signatories and the axes and actions come
// whole from the best document that lists them: two lists of one contract
// are two readings of the same list, not two halves. Themes are the union.
func mergeCluster(cl []member) *Record {
	sort.SliceStable(cl, func(i, j int) bool { return betterReading(cl[i], cl[j]) })
	readings := make([]extract.Contract, len(cl))
	r := &Record{}
	for i, m := range cl {
		readings[i] = withDoc(m.c.Contract, i)
		r.Documents = append(r.Documents, DocumentRef{Source: m.doc.Source, URL: m.doc.URL, Title: m.doc.Title,
			ContentType: m.doc.ContentType, SHA256: m.doc.SHA256, ContractID: m.c.ID})
		for _, s := range m.c.Sentences {
			s.Doc = i
			r.Sentences = append(r.Sentences, s)
		}
	}
	r.Contract = readings[0]
	r.Source, r.URL, r.DocumentTitle = cl[0].doc.Source, cl[0].doc.URL, cl[0].doc.Title
	if len(cl) == 1 {
		return r
	}
	r.FieldEvidence = map[string]extract.Span{}
	for k, v := range readings[0].FieldEvidence {
		r.FieldEvidence[k] = v
	}
	for _, f := range scalarFields {
		r.mergeScalar(f, readings)
	}
	r.mergeLists(readings)
	r.Themes = unionThemes(readings)
	return r
}

// betterReading orders a contract's readings, the best first.
func betterReading(a, b member) bool {
	ra, rb := documentRank(a.doc.ContentType), documentRank(b.doc.ContentType)
	if ra != rb {
		return ra > rb
	}
	sa, sb := stated(&a.c.Contract), stated(&b.c.Contract)
	if sa != sb {
		return sa > sb
	}
	return a.doc.Key < b.doc.Key
}

// documentRank prefers the signed document to what is written about it.
func documentRank(contentType string) int {
	t := strings.ToLower(contentType)
	for _, signed := range []string{"pdf", "msword", "wordprocessingml", "opendocument"} {
		if strings.Contains(t, signed) {
			return 1
		}
	}
	return 0
}

// stated measures what a reading says: first the fields it states (the
// signed contract dates and names its parties; an annex lists actions),
// then whether it lists parties, axes and actions.
func stated(c *extract.Contract) int {
	n := 0
	for _, f := range scalarFields {
		if _, ok := f.get(c); ok {
			n += 4
		}
	}
	for _, l := range []int{len(c.Signatories), len(c.Axes), c.ActionCount()} {
		if l > 0 {
			n++
		}
	}
	return n
}

// scalarField is a field of a contract holding one value.
type scalarField struct {
	name string // the JSON name, also its key in FieldEvidence
	get  func(*extract.Contract) (string, bool)
	set  func(dst, src *extract.Contract)
}

func stringField(name string, p func(*extract.Contract) **string) scalarField {
	return scalarField{name: name,
		get: func(c *extract.Contract) (string, bool) {
			if v := *p(c); v != nil && *v != "" {
				return *v, true
			}
			return "", false
		},
		set: func(dst, src *extract.Contract) { *p(dst) = *p(src) }}
}

func intField(name string, p func(*extract.Contract) **int) scalarField {
	return scalarField{name: name,
		get: func(c *extract.Contract) (string, bool) {
			if v := *p(c); v != nil {
				return strconv.Itoa(*v), true
			}
			return "", false
		},
		set: func(dst, src *extract.Contract) { *p(dst) = *p(src) }}
}

func plainField(name string, p func(*extract.Contract) *string, unset string) scalarField {
	return scalarField{name: name,
		get: func(c *extract.Contract) (string, bool) {
			v := *p(c)
			return v, v != "" && v != unset
		},
		set: func(dst, src *extract.Contract) { *p(dst) = *p(src) }}
}

var scalarFields = []scalarField{
	stringField("territory", func(c *extract.Contract) **string { return &c.Territory }),
	plainField("territory_kind", func(c *extract.Contract) *string { return &c.TerritoryKind }, "other"),
	stringField("territory_code", func(c *extract.Contract) **string { return &c.TerritoryCode }),
	stringField("departement", func(c *extract.Contract) **string { return &c.Departement }),
	stringField("region", func(c *extract.Contract) **string { return &c.Region }),
	intField("population", func(c *extract.Contract) **int { return &c.Population }),
	plainField("kind", func(c *extract.Contract) *string { return &c.Kind }, ""),
	intField("generation", func(c *extract.Contract) **int { return &c.Generation }),
	stringField("signed", func(c *extract.Contract) **string { return &c.Signed }),
	intField("start_year", func(c *extract.Contract) **int { return &c.StartYear }),
	intField("end_year", func(c *extract.Contract) **int { return &c.EndYear }),
	intField("duration_years", func(c *extract.Contract) **int { return &c.DurationYears }),
}

// valueAgrees tells whether two values of a field say the same thing: a
// signature date "2025-04" and "2025-04-17" do, the second more precisely.
func valueAgrees(field, a, b string) bool {
	if field == "signed" {
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	return a == b
}

// mergeScalar chooses a field's value among the readings, which come best
// first: the value most readings agree with, the more precise of agreeing
// values, the better reading's on a tie. Agreement is kept as provenance,
// disagreement as a conflict.
func (r *Record) mergeScalar(f scalarField, readings []extract.Contract) {
	type opinion struct {
		value   string
		reading int // the reading whose value it is
		spans   []extract.Span
	}
	var ops []*opinion
	for i := range readings {
		v, ok := f.get(&readings[i])
		if !ok {
			continue
		}
		span, hasSpan := readings[i].FieldEvidence[f.name]
		var found *opinion
		for _, o := range ops {
			if valueAgrees(f.name, o.value, v) {
				found = o
				break
			}
		}
		if found == nil {
			found = &opinion{value: v, reading: i}
			ops = append(ops, found)
		} else if len(v) > len(found.value) {
			found.value, found.reading = v, i
		}
		if hasSpan {
			found.spans = append(found.spans, span)
		}
	}
	if len(ops) == 0 {
		return
	}
	best := ops[0]
	for _, o := range ops[1:] {
		if len(o.spans) > len(best.spans) {
			best = o
		}
	}
	f.set(&r.Contract, &readings[best.reading])
	if s, ok := readings[best.reading].FieldEvidence[f.name]; ok {
		r.FieldEvidence[f.name] = s
	} else {
		delete(r.FieldEvidence, f.name)
	}
	if len(best.spans) > 1 {
		r.Provenance = append(r.Provenance, Provenance{Field: f.name, Value: best.value, Evidence: best.spans})
	}
	if len(ops) > 1 {
		c := Conflict{Field: f.name, Chosen: Alternative{Value: best.value, Evidence: best.spans}}
		for _, o := range ops {
			if o != best {
				c.Others = append(c.Others, Alternative{Value: o.value, Evidence: o.spans})
			}
		}
		r.Conflicts = append(r.Conflicts, c)
	}
}

// mergeLists takes the signatories, and the axes with their actions, from
// one reading each — the best that lists nearly as many as the longest list
// (a signed PDF whose list a news page lengthens by one misreading keeps its
// list; a two-party summary table does not replace a page naming nine) — and
// records which other readings confirm each item. Actions outside any axis
// come with the axes when that reading has actions; else from the reading
// that lists them (an annex of fiches actions beside a contract that gives
// only its axes).
func (r *Record) mergeLists(readings []extract.Contract) {
	if i := fullest(readings, func(c *extract.Contract) int { return len(c.Signatories) }); i >= 0 {
		r.Signatories = readings[i].Signatories
		for k, s := range r.Signatories {
			r.confirm("signatories["+strconv.Itoa(k)+"]", s.Name, s.Evidence, readings, i, signatoryNames)
		}
	}
	structured := fullest(readings, func(c *extract.Contract) int { return len(c.Axes) })
	r.Axes = []extract.Axis{}
	if structured >= 0 {
		r.Axes = readings[structured].Axes
		for k, a := range r.Axes {
			r.confirm("axes["+strconv.Itoa(k)+"]", a.Title, a.Evidence, readings, structured, axisTitles)
		}
	}
	actions := structured
	if structured < 0 || readings[structured].ActionCount() == 0 {
		actions = fullest(readings, func(c *extract.Contract) int { return len(c.Actions) })
	}
	r.Actions = []extract.Action{}
	if actions >= 0 {
		r.Actions = readings[actions].Actions
		for k, x := range r.Actions {
			r.confirm("actions["+strconv.Itoa(k)+"]", x.Title, x.Evidence, readings, actions, actionTitles)
		}
	}
}

// fullest returns the first reading (they come best first) whose list is at
// least four fifths of the longest, or -1 when none lists anything.
func fullest(readings []extract.Contract, size func(*extract.Contract) int) int {
	longest := 0
	for i := range readings {
		longest = max(longest, size(&readings[i]))
	}
	if longest == 0 {
		return -1
	}
	for i := range readings {
		if n := size(&readings[i]); n*5 >= longest*4 {
			return i
		}
	}
	return -1
}

// confirm records the other readings that state a list item too.
func (r *Record) confirm(field, value string, own extract.Span, readings []extract.Contract, from int,
	items func(*extract.Contract) map[string]extract.Span) {
	key := foldValue(value)
	spans := []extract.Span{own}
	for i := range readings {
		if i == from {
			continue
		}
		if s, ok := items(&readings[i])[key]; ok {
			spans = append(spans, s)
		}
	}
	if len(spans) > 1 {
		r.Provenance = append(r.Provenance, Provenance{Field: field, Value: value, Evidence: spans})
	}
}

func signatoryNames(c *extract.Contract) map[string]extract.Span {
	m := map[string]extract.Span{}
	for _, s := range c.Signatories {
		m[foldValue(s.Name)] = s.Evidence
	}
	return m
}

func axisTitles(c *extract.Contract) map[string]extract.Span {
	m := map[string]extract.Span{}
	for _, a := range c.Axes {
		m[foldValue(a.Title)] = a.Evidence
	}
	return m
}

func actionTitles(c *extract.Contract) map[string]extract.Span {
	m := map[string]extract.Span{}
	for _, x := range c.Actions {
		m[foldValue(x.Title)] = x.Evidence
	}
	for _, a := range c.Axes {
		for _, x := range a.Actions {
			m[foldValue(x.Title)] = x.Evidence
		}
	}
	return m
}

// unionThemes is every theme a reading gives, in the order the best reading
// gives them, then the others'.
func unionThemes(readings []extract.Contract) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, c := range readings {
		for _, t := range c.Themes {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}
