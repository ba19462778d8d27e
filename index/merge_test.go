package index

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"testing"

	"github.com/clsx/clsx/extract"
)

// reading is a contract as one document gives it, for the merge tests.
type reading struct {
	doc, contentType string
	id, territory    string
	code             string
	generation       int
	signed           string
	start, end       int
	signatories      []string
	actions          []string
	themes           []string
}

func (r reading) document() *extract.Document {
	c := extract.Contract{ID: r.id, Kind: "cls", TerritoryKind: "epci", Themes: r.themes,
		FieldEvidence: map[string]extract.Span{}, Signatories: []extract.Signatory{}, Axes: []extract.Axis{}, Actions: []extract.Action{}}
	pos := 0
	span := func() extract.Span { pos += 10; return extract.Span{Start: pos, End: pos + 5} }
	str := func(field, v string) *string {
		if v == "" {
			return nil
		}
		c.FieldEvidence[field] = span()
		return &v
	}
	num := func(field string, v int) *int {
		if v == 0 {
			return nil
		}
		c.FieldEvidence[field] = span()
		return &v
	}
	c.Territory = str("territory", r.territory)
	c.TerritoryCode = str("territory_code", r.code)
	c.Generation = num("generation", r.generation)
	c.Signed = str("signed", r.signed)
	c.StartYear = num("start_year", r.start)
	c.EndYear = num("end_year", r.end)
	for _, s := range r.signatories {
		c.Signatories = append(c.Signatories, extract.Signatory{Name: s, Kind: "other", Evidence: span()})
	}
	for _, a := range r.actions {
		c.Actions = append(c.Actions, extract.Action{Title: a, Leads: []string{}, Steps: []string{}, Themes: []string{}, Evidence: span()})
	}
	url := "https://example.fr/" + r.doc
	return &extract.Document{Source: r.doc, URL: &url, ContentType: r.contentType, Contracts: []extract.Contract{c}}
}

// merged runs the merge on the readings' documents.
func merged(rs ...reading) []*Record {
	var docs []*sourceDoc
	byDoc := map[string]*sourceDoc{}
	for _, r := range rs {
		d := r.document()
		if prev, ok := byDoc[r.doc]; ok { // several contracts of one document
			prev.Contracts = append(prev.Contracts, newSourceDoc(d).Contracts...)
			continue
		}
		byDoc[r.doc] = newSourceDoc(d)
		docs = append(docs, byDoc[r.doc])
	}
	return mergeDocuments(docs)
}

const (
	html = "text/html; charset=utf-8"
	pdf  = "application/pdf"
)

var parties = []string{"Communauté de communes Aunis Atlantique", "ARS Nouvelle-Aquitaine", "Préfecture de la Charente-Maritime"}

func TestMergeOneContractPublishedThrice(t *testing.T) {
	recs := merged(
		reading{doc: "actualite.html", contentType: html, id: "aunis-atlantique-2025", territory: "Aunis Atlantique", code: "200041499",
			generation: 2, signed: "2025-04", start: 2025, end: 2029, signatories: parties[:2], themes: []string{"sante_mentale"}},
		reading{doc: "cls-signe.pdf", contentType: pdf, id: "aunis-atlantique-2025", territory: "Aunis Atlantique", code: "200041499",
			signed: "2025-04-17", start: 2025, end: 2029, signatories: parties, themes: []string{"acces_soins"}},
		reading{doc: "annexe-plan-action.pdf", contentType: pdf, id: "aunis-atlantique-2025", territory: "Aunis Atlantique", code: "200041499",
			start: 2025, actions: []string{"Relancer le conseil local en santé mentale", "Soutenir l'exercice coordonné"}},
	)
	if len(recs) != 1 {
		t.Fatalf("%d contracts, want 1: %v", len(recs), ids(recs))
	}
	r := recs[0]
	if r.ID != "aunis-atlantique-2025" || r.Source != "cls-signe.pdf" || len(r.Documents) != 3 {
		t.Errorf("id %q, primary %q, %d documents", r.ID, r.Source, len(r.Documents))
	}
	if *r.Signed != "2025-04-17" || *r.Generation != 2 || *r.EndYear != 2029 {
		t.Errorf("signed %v generation %v end %v", *r.Signed, *r.Generation, *r.EndYear)
	}
	if len(r.Signatories) != 3 || len(r.Actions) != 2 {
		t.Errorf("%d signatories (want the signed PDF's 3), %d actions (the annex's 2)", len(r.Signatories), len(r.Actions))
	}
	if !reflect.DeepEqual(r.Themes, []string{"acces_soins", "sante_mentale"}) {
		t.Errorf("themes %v, want the union", r.Themes)
	}
	// every value points into the document it was read from
	if g := r.FieldEvidence["generation"]; r.Documents[g.Doc].Source != "actualite.html" {
		t.Errorf("generation's evidence is in %s", r.Documents[g.Doc].Source)
	}
	if a := r.Actions[0].Evidence; r.Documents[a.Doc].Source != "annexe-plan-action.pdf" {
		t.Errorf("an action's evidence is in %s", r.Documents[a.Doc].Source)
	}
	// agreeing documents confirm each other, each with its span
	if p := provenanceOf(r, "start_year"); len(p.Evidence) != 3 || p.Value != "2025" {
		t.Errorf("start_year provenance %+v", p)
	}
	if p := provenanceOf(r, "signatories[0]"); len(p.Evidence) != 2 {
		t.Errorf("first signatory confirmed by %d documents, want 2: %+v", len(p.Evidence), p)
	}
	if len(r.Conflicts) != 0 {
		t.Errorf("conflicts where the documents agree (2025-04 is 2025-04-17 less precise): %+v", r.Conflicts)
	}
}

func TestMergeKeepsGenerationsApart(t *testing.T) {
	cases := []struct {
		name     string
		readings []reading
		want     [][]string // documents of each contract
	}{
		{"two generations, each published twice", []reading{
			{doc: "page.html", contentType: html, id: "t-2019", territory: "Terres", generation: 1, start: 2019, end: 2022},
			{doc: "cls1.pdf", contentType: pdf, id: "t-2019", territory: "Terres", start: 2019, end: 2022},
			{doc: "page.html", contentType: html, id: "t-2023", territory: "Terres", generation: 2, start: 2023, end: 2027},
			{doc: "cls2.pdf", contentType: pdf, id: "t-2023", territory: "Terres", signed: "2022-12-08"},
		}, [][]string{{"cls1.pdf", "page.html"}, {"cls2.pdf", "page.html"}}},
		{"generations named, no years", []reading{
			{doc: "a.html", contentType: html, id: "t", territory: "Terres", generation: 1},
			{doc: "b.html", contentType: html, id: "t", territory: "Terres", generation: 2},
		}, [][]string{{"a.html"}, {"b.html"}}},
		{"an undated annex with two contracts it could belong to stays apart", []reading{
			{doc: "cls1.pdf", contentType: pdf, id: "t-2014", territory: "Terres", start: 2014},
			{doc: "cls2.pdf", contentType: pdf, id: "t-2020", territory: "Terres", start: 2020},
			{doc: "annexe.pdf", contentType: pdf, id: "t", territory: "Terres"},
		}, [][]string{{"cls1.pdf"}, {"cls2.pdf"}, {"annexe.pdf"}}},
		{"an undated annex joins the territory's only contract", []reading{
			{doc: "cls.pdf", contentType: pdf, id: "t-2020", territory: "Terres", start: 2020},
			{doc: "annexe.pdf", contentType: pdf, id: "t", territory: "Terres"},
		}, [][]string{{"cls.pdf", "annexe.pdf"}}},
		{"signed the year before its period starts", []reading{
			{doc: "news.html", contentType: html, id: "t-2022", territory: "Terres", signed: "2022-12"},
			{doc: "cls.pdf", contentType: pdf, id: "t-2023", territory: "Terres", start: 2023, end: 2027},
		}, [][]string{{"cls.pdf", "news.html"}}},
		{"two contracts of one document are two", []reading{
			{doc: "ars.html", contentType: html, id: "m-2010", territory: "Marseille"},
			{doc: "ars.html", contentType: html, id: "m-2015", territory: "Marseille"},
		}, [][]string{{"ars.html"}, {"ars.html"}}},
		{"same name, other territories", []reading{
			{doc: "a.html", contentType: html, id: "saint-denis-2020", territory: "Saint-Denis", code: "93066", start: 2020},
			{doc: "b.html", contentType: html, id: "saint-denis-2020", territory: "Saint-Denis", code: "97411", start: 2020},
		}, [][]string{{"a.html"}, {"b.html"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, r := range merged(tc.readings...) {
				var docs []string
				for _, d := range r.Documents {
					docs = append(docs, d.Source)
				}
				got = append(got, docs)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("contracts by document:\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestMergeKeepsConflicts(t *testing.T) {
	recs := merged(
		reading{doc: "page.html", contentType: html, id: "agen-2019", territory: "Agen", start: 2019, end: 2023},
		reading{doc: "cls.pdf", contentType: pdf, id: "agen-2019", territory: "Agen", start: 2019, end: 2024},
		reading{doc: "bilan.html", contentType: html, id: "agen-2019", territory: "Agen", start: 2019, end: 2024},
	)
	if len(recs) != 1 {
		t.Fatalf("%d contracts", len(recs))
	}
	r := recs[0]
	if *r.EndYear != 2024 {
		t.Errorf("end year %d, want 2024 (two documents of three)", *r.EndYear)
	}
	if len(r.Conflicts) != 1 {
		t.Fatalf("conflicts %+v", r.Conflicts)
	}
	c := r.Conflicts[0]
	if c.Field != "end_year" || c.Chosen.Value != "2024" || len(c.Chosen.Evidence) != 2 || len(c.Others) != 1 || c.Others[0].Value != "2023" ||
		r.Documents[c.Others[0].Evidence[0].Doc].Source != "page.html" {
		t.Errorf("conflict %+v", c)
	}
	// a tie goes to the signed document
	recs = merged(
		reading{doc: "page.html", contentType: html, id: "agen-2019", territory: "Agen", start: 2019, end: 2023},
		reading{doc: "cls.pdf", contentType: pdf, id: "agen-2019", territory: "Agen", start: 2019, end: 2024},
	)
	if *recs[0].EndYear != 2024 || len(recs[0].Conflicts) != 1 {
		t.Errorf("tie: end %d, conflicts %+v", *recs[0].EndYear, recs[0].Conflicts)
	}
}

// The same documents, given in any order, make the same records with the
// same ids.
func TestMergeIsStable(t *testing.T) {
	rs := []reading{
		{doc: "a.html", contentType: html, id: "agen-2019", territory: "Agen", start: 2019},
		{doc: "b.pdf", contentType: pdf, id: "agen-2019", territory: "Agen", start: 2019, end: 2024},
		{doc: "c.html", contentType: html, id: "agen-2019", territory: "Agglomération d'Agen", code: "200096956", start: 2019},
		{doc: "d.html", contentType: html, id: "agen-2025", territory: "Agen", start: 2025},
		{doc: "e.html", contentType: html, id: "apt-2014", territory: "Apt", start: 2014},
	}
	want, _ := json.Marshal(merged(rs...))
	for i := 0; i < 20; i++ {
		rand.New(rand.NewSource(int64(i))).Shuffle(len(rs), func(a, b int) { rs[a], rs[b] = rs[b], rs[a] })
		if got, _ := json.Marshal(merged(rs...)); string(got) != string(want) {
			t.Fatalf("order %d gives other records:\n%s\n%s", i, got, want)
		}
	}
	if got := ids(merged(rs...)); !reflect.DeepEqual(got, []string{"agen-2019", "agen-2019-2", "agen-2025", "apt-2014"}) {
		t.Errorf("ids %v", got)
	}
}

func ids(recs []*Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.ID)
	}
	return out
}

func provenanceOf(r *Record, field string) Provenance {
	for _, p := range r.Provenance {
		if p.Field == field {
			return p
		}
	}
	return Provenance{}
}
