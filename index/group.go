package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/search"
)

// grouper gathers hits into rows.
type grouper struct {
	hl        *highlighter // nil: nothing to mark
	by        string
	limit     int
	groups    []*Group
	byKey     map[string]*Group
	contracts map[*Group]map[string]bool
}

func newGrouper(by string, limit int) *grouper {
	return &grouper{by: by, limit: limit, byKey: map[string]*Group{}, contracts: map[*Group]map[string]bool{}}
}

func (g *grouper) full() bool { return len(g.groups) >= g.limit }

// contractOf reads the contract id from a document id (documents.go).
func contractOf(docID string) string {
	rest := docID[strings.IndexByte(docID, '/')+1:]
	if docID[0] == 'c' {
		return rest
	}
	if i := strings.LastIndexByte(rest, '/'); i >= 0 {
		rest = rest[:i]
	}
	if docID[0] == 'x' {
		if i := strings.LastIndexByte(rest, '/'); i >= 0 {
			rest = rest[:i]
		}
	}
	return rest
}

func (g *grouper) key(h *search.DocumentMatch) string {
	switch g.by {
	case "territory":
		s, _ := h.Fields[fMeta].(string)
		return parseMeta(s).TerritoryKey
	case "contract":
		return contractOf(h.ID)
	}
	return h.ID
}

// add puts a hit in its row, opening a row while there is room.
func (g *grouper) add(h *search.DocumentMatch) {
	key := g.key(h)
	gr, ok := g.byKey[key]
	if !ok {
		if g.full() {
			return
		}
		gr = &Group{key: key, Contracts: []ContractRef{}, Matches: []Match{}, Score: h.Score}
		g.byKey[key] = gr
		g.groups = append(g.groups, gr)
		g.contracts[gr] = map[string]bool{}
	}
	g.put(gr, h)
}

// attach puts a hit in its row if the row exists.
func (g *grouper) attach(h *search.DocumentMatch) {
	if gr, ok := g.byKey[g.key(h)]; ok {
		g.put(gr, h)
	}
}

func (g *grouper) put(gr *Group, h *search.DocumentMatch) {
	f := func(name string) string {
		s, _ := h.Fields[name].(string)
		return s
	}
	id := contractOf(h.ID)
	if !g.contracts[gr][id] {
		g.contracts[gr][id] = true
		gr.Contracts = append(gr.Contracts, ContractRef{ID: id})
	}
	if len(gr.Matches) == maxMatches {
		gr.MoreMatches++
		return
	}
	mt := parseMeta(f(fMeta))
	m := Match{Type: mt.Type, Contract: id, Number: mt.Number, Axis: mt.Axis, Score: h.Score,
		Title: Text{Text: f(fTitle), Marks: g.hl.marks(f(fTitle))}}
	// what it lists, where the query matched there too: a title that has
	// "santé" but whose objective has "santé mentale" shows that objective
	if line, lm := g.hl.bodyLine(f(fBody)); line != "" {
		m.Context = &Text{Text: line, Marks: lm}
	}
	gr.Matches = append(gr.Matches, m)
}

// maxMatches bounds the matches a row lists (the best first); the others
// are counted.
const maxMatches = 10
