package web

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
)

// evidenceLink is the URL of the page that shows a span's sentence, or ""
// when the index holds no sentence for it.
func evidenceLink(rec *index.Record, sp extract.Span) string {
	if _, ok := rec.SentenceOf(sp); !ok {
		return ""
	}
	link := fmt.Sprintf("/contrats/%s/preuve?debut=%d&fin=%d", url.PathEscape(rec.ID), sp.Start, sp.End)
	if sp.Doc > 0 {
		link += fmt.Sprintf("&doc=%d", sp.Doc)
	}
	return link
}

// evidenceView is the Preuve page: what a span is evidence of, the sentence
// it is in with the span marked, the page of a PDF, and the source.
type evidenceView struct {
	frame
	ID, Territory string
	Of            []string // the values read from this span
	Sentence      []segment
	Page          int
	Sources       []sourceView // the document the sentence is in
}

func (s *Server) evidencePage(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.record(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	start, err1 := strconv.Atoi(q.Get("debut"))
	end, err2 := strconv.Atoi(q.Get("fin"))
	doc, err3 := 0, error(nil)
	if q.Get("doc") != "" {
		doc, err3 = strconv.Atoi(q.Get("doc"))
	}
	if err1 != nil || err2 != nil || err3 != nil || start < 0 || end <= start || doc < 0 || doc > len(rec.Documents) {
		s.fail(w, r, http.StatusBadRequest, "Preuve invalide", "debut et fin, deux positions dans le texte (et doc, le document), sont attendus.")
		return
	}
	sp := extract.Span{Start: start, End: end, Doc: doc}
	v := evidenceView{frame: frame{Title: "Preuve — " + deref(rec.Territory), Nav: "search"}, ID: rec.ID,
		Territory: deref(rec.Territory), Sources: []sourceView{s.sourceOf(rec.DocumentOf(sp))}}
	for _, e := range evidenceItems(rec) {
		if e.span.Start == start && e.span.End == end && e.span.Doc == doc {
			v.Of = append(v.Of, e.label)
			if e.span.Page > 0 {
				v.Page = e.span.Page
			}
		}
	}
	sent, found := rec.SentenceOf(sp)
	if len(v.Of) == 0 || !found {
		s.fail(w, r, http.StatusNotFound, "Preuve introuvable", "Aucune valeur de ce contrat n'a été lue à cet endroit du texte.")
		return
	}
	sort.Strings(v.Of) // the fields come from a map
	v.Sentence = segments(sent.Text, [][2]int{{start - sent.Start, end - sent.Start}})
	s.render(w, "evidence", http.StatusOK, v)
}

// evidenceItem is a value of a contract and the span it was read from.
type evidenceItem struct {
	label string
	span  extract.Span
}

// evidenceItems lists the contract's values with their spans, named as the
// contract page names them.
func evidenceItems(rec *index.Record) []evidenceItem {
	var out []evidenceItem
	for name, sp := range rec.FieldEvidence {
		out = append(out, evidenceItem{labelOr(fieldLabels, name), sp})
	}
	for _, sg := range rec.Signatories {
		out = append(out, evidenceItem{"Signataire : " + sg.Name, sg.Evidence})
	}
	for _, a := range rec.Axes {
		out = append(out, evidenceItem{"Axe " + a.Number + " : " + a.Title, a.Evidence})
		for _, o := range a.Objectives {
			out = append(out, evidenceItem{"Objectif : " + o.Title, o.Evidence})
		}
		for _, x := range a.Actions {
			out = append(out, evidenceItem{"Action : " + x.Title, x.Evidence})
		}
	}
	for _, x := range rec.Actions {
		out = append(out, evidenceItem{"Action : " + x.Title, x.Evidence})
	}
	// the same values as other documents state them, and the values they
	// disagree on
	for _, p := range rec.Provenance {
		for _, sp := range p.Evidence {
			out = append(out, evidenceItem{provenanceLabel(p.Field) + " : " + p.Value, sp})
		}
	}
	for _, c := range rec.Conflicts {
		for _, a := range append([]index.Alternative{c.Chosen}, c.Others...) {
			for _, sp := range a.Evidence {
				out = append(out, evidenceItem{labelOr(fieldLabels, c.Field) + " : " + a.Value, sp})
			}
		}
	}
	return out
}

// provenanceLabel names a provenance field: "start_year", "axes[0]"…
func provenanceLabel(field string) string {
	for prefix, label := range map[string]string{"signatories[": "Signataire", "axes[": "Axe", "actions[": "Action"} {
		if strings.HasPrefix(field, prefix) {
			return label
		}
	}
	return labelOr(fieldLabels, field)
}

var fieldLabels = map[string]string{
	"territory": "Territoire", "territory_kind": "Type de territoire", "territory_code": "Code officiel",
	"departement": "Département", "region": "Région", "population": "Population", "kind": "Type de contrat",
	"generation": "Génération", "signed": "Date de signature", "start_year": "Année de début",
	"end_year": "Année de fin", "duration_years": "Durée",
}
