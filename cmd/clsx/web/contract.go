package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// contractView is the Fiche contrat.
type contractView struct {
	frame
	ID          string
	Territory   string
	Fields      []valueView
	Themes      []string
	Signatories []signatoryGroup
	Axes        []axisView
	Actions     []actionView // outside any axis
	Sources     []sourceView
	Conflicts   []conflictView
	NoText      bool // the index holds no sentence: values without evidence links
	API         string
	Compare     string // the comparison with the territory's other generation, if any
}

// valueView is a value and the link to the sentence it was read from ("" when
// the index holds none); Also links to the other documents that state it.
type valueView struct {
	Label, Value, Evidence string
	Also                   []string
}

// conflictView is a field the contract's documents disagree on: the value
// chosen and the others, each with the sentences stating it.
type conflictView struct {
	Field  string
	Values []valueView // the chosen first
}

type signatoryGroup struct {
	Kind  string
	Items []valueView
}

type axisView struct {
	Number, Title, Anchor, Evidence string
	Themes                          []string
	Objectives                      []valueView
	Actions                         []actionView
}

type actionView struct {
	Number, Title, Anchor, Evidence string
	Leads, Steps, Themes            []string
}

// validID reports whether an id may name a contract: ids are looked up,
// never used as paths, but one that no index can hold is refused early.
func validID(id string) bool {
	return id != "" && len(id) <= 300 && strings.IndexFunc(id, unsafeRune) < 0 && !strings.ContainsAny(id, "/\\")
}

// record finds the contract a request names, or answers that it cannot.
func (s *Server) record(w http.ResponseWriter, r *http.Request) (*index.Record, bool) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, "Identifiant invalide", "Un identifiant de contrat est attendu (la recherche les donne).")
		return nil, false
	}
	ix := s.index(w, r)
	if ix == nil {
		return nil, false
	}
	rec, err := ix.Contract(id)
	if err != nil {
		s.failIndex(w, r, err)
		return nil, false
	}
	if rec == nil {
		s.fail(w, r, http.StatusNotFound, "Contrat introuvable", "Aucun contrat « "+inert(id)+" » dans l'index.")
		return nil, false
	}
	return rec, true
}

func (s *Server) contractPage(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.record(w, r)
	if !ok {
		return
	}
	ev := func(sp extract.Span) string { return evidenceLink(rec, sp) }
	v := contractView{frame: frame{Title: deref(rec.Territory) + " — contrat", Nav: "search"}, ID: rec.ID,
		Territory: deref(rec.Territory), Themes: rec.Themes, NoText: len(rec.Sentences) == 0,
		API: "/api/contracts/" + url.PathEscape(rec.ID), Sources: s.sourcesOf(rec)}
	if v.Title == " — contrat" {
		v.Title = rec.ID
	}
	field := func(label, name, value string) {
		e := fieldEvidence(rec, name)
		v.Fields = append(v.Fields, valueView{Label: label, Value: value, Evidence: e, Also: alsoStated(rec, name, e)})
	}
	field("Territoire", "territory", deref(rec.Territory))
	field("Type de territoire", "territory_kind", labelOr(kindLabels, rec.TerritoryKind))
	field("Code officiel", "territory_code", deref(rec.TerritoryCode))
	field("Département", "departement", facetValueLabel("departement", deref(rec.Departement)))
	field("Région", "region", deref(rec.Region))
	field("Population", "population", number(rec.Population))
	field("Type de contrat", "kind", labelOr(kindLabels, rec.Kind))
	field("Génération", "generation", number(rec.Generation))
	field("Signé le", "signed", deref(rec.Signed))
	field("Début", "start_year", number(rec.StartYear))
	field("Fin", "end_year", number(rec.EndYear))
	field("Durée (ans)", "duration_years", number(rec.DurationYears))
	for _, k := range rules.OrgKinds {
		var g signatoryGroup
		for i, sg := range rec.Signatories {
			if sg.Kind == k {
				e := ev(sg.Evidence)
				g.Items = append(g.Items, valueView{Value: sg.Name, Evidence: e, Also: alsoStated(rec, fmt.Sprintf("signatories[%d]", i), e)})
			}
		}
		if len(g.Items) > 0 {
			g.Kind = labelOr(kindLabels, k)
			v.Signatories = append(v.Signatories, g)
		}
	}
	for i, a := range rec.Axes {
		n := a.Number
		if n == "" {
			n = itoa(i + 1)
		}
		av := axisView{Number: n, Title: a.Title, Anchor: "axe-" + n, Evidence: ev(a.Evidence), Themes: a.Themes}
		for _, o := range a.Objectives {
			av.Objectives = append(av.Objectives, valueView{Label: deref(o.Number), Value: o.Title, Evidence: ev(o.Evidence)})
		}
		for j, x := range a.Actions {
			av.Actions = append(av.Actions, actionOf(rec, x, n+"."+actionNumber(x, j)))
		}
		v.Axes = append(v.Axes, av)
	}
	for j, x := range rec.Actions {
		v.Actions = append(v.Actions, actionOf(rec, x, actionNumber(x, j)))
	}
	v.Conflicts = conflictsOf(rec)
	if ref := deref(rec.TerritoryCode); ref != "" || rec.Territory != nil {
		if ref == "" {
			ref = *rec.Territory
		}
		v.Compare = "/comparer?territoire=" + url.QueryEscape(ref)
	}
	s.render(w, "contract", http.StatusOK, v)
}

func actionNumber(x extract.Action, i int) string {
	if x.Number != nil && *x.Number != "" {
		return *x.Number
	}
	return itoa(i + 1)
}

func actionOf(rec *index.Record, x extract.Action, n string) actionView {
	return actionView{Number: n, Title: x.Title, Anchor: "action-" + n, Evidence: evidenceLink(rec, x.Evidence),
		Leads: x.Leads, Steps: x.Steps, Themes: x.Themes}
}

func fieldEvidence(rec *index.Record, name string) string {
	sp, ok := rec.FieldEvidence[name]
	if !ok {
		return ""
	}
	return evidenceLink(rec, sp)
}

// alsoStated links to the spans of the other documents that state a
// field's value ("start_year", "signatories[2]"), primary excepted.
func alsoStated(rec *index.Record, field, primary string) []string {
	var out []string
	for _, p := range rec.Provenance {
		if p.Field != field {
			continue
		}
		for _, sp := range p.Evidence {
			if l := evidenceLink(rec, sp); l != "" && l != primary {
				out = append(out, l)
			}
		}
	}
	return out
}

func conflictsOf(rec *index.Record) []conflictView {
	var out []conflictView
	for _, c := range rec.Conflicts {
		cv := conflictView{Field: labelOr(fieldLabels, c.Field)}
		for i, a := range append([]index.Alternative{c.Chosen}, c.Others...) {
			vv := valueView{Value: a.Value}
			if i == 0 {
				vv.Label = "retenue"
			}
			for _, sp := range a.Evidence {
				if l := evidenceLink(rec, sp); l != "" {
					vv.Also = append(vv.Also, l)
				}
			}
			cv.Values = append(cv.Values, vv)
		}
		out = append(out, cv)
	}
	return out
}
