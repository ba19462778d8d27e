package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// csvRows reads a table of a comma export as maps, one per row.
func csvRows(t *testing.T, dir, table string) []map[string]string {
	t.Helper()
	rows := readCSVFile(t, filepath.Join(dir, table+".csv"), ',')
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func opt(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func optInt(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

// communePopulation is the population of a territory's code, computed
// here from the geography: a commune's, or the sum of an EPCI's members'.
func communePopulation(t *testing.T, code string) string {
	geo := rules.OfficialGeography()
	p, ok := geo.ByCode(code)
	if !ok {
		t.Fatalf("code %s not in the geography", code)
	}
	if p.Kind == "commune" {
		return strconv.Itoa(p.Population)
	}
	sum := 0
	for _, m := range p.Members {
		c, _ := geo.ByCode(m)
		sum += c.Population
	}
	return strconv.Itoa(sum)
}

// Every contract and every value of it, every action with its leads, every
// signatory, axis, objective and theme: read back from the CSV files and
// compared with the index's records.
func testExportCSVIsIndex(t *testing.T, dir string, recs []*index.Record) {
	contracts := csvRows(t, dir, "contracts")
	if len(contracts) != len(recs) {
		t.Fatalf("%d contract rows, %d contracts in the index", len(contracts), len(recs))
	}
	want := map[string][]string{}
	for i, r := range recs {
		checkContractRow(t, contracts[i], r)
		wantItemRows(r, want)
		if len(r.Documents) == 0 {
			t.Errorf("%s lists no document", r.ID)
		}
	}
	compareTable(t, dir, "sources", want["sources"], "contract_id", "document_index", "source", "url", "title")
	compareTable(t, dir, "signatories", want["signatories"], "contract_id", "signatory_index", "name", "kind")
	compareTable(t, dir, "axes", want["axes"], "contract_id", "axis_index", "number", "title", "themes")
	compareTable(t, dir, "objectives", want["objectives"], "contract_id", "axis_index", "objective_index", "number", "title")
	compareTable(t, dir, "conflicts", want["conflicts"], "contract_id", "field", "value_index", "value", "chosen")
	compareTable(t, dir, "actions", want["actions"], "contract_id", "action_index", "axis_index", "number", "title", "leads")
	// every theme of a contract has its row (items may add some the
	// contract's list lacks: the themes test of the dataset package)
	got := map[string]bool{}
	for _, r := range csvRows(t, dir, "themes") {
		got[r["contract_id"]+"/"+r["theme"]] = true
	}
	for _, w := range want["themes"] {
		if !got[w] {
			t.Errorf("themes: no row %s", w)
		}
	}
	if len(want["actions"]) == 0 || len(want["signatories"]) == 0 || len(want["objectives"]) == 0 {
		t.Errorf("%d actions, %d signatories, %d objectives: nothing to compare", len(want["actions"]), len(want["signatories"]), len(want["objectives"]))
	}
}

// checkContractRow compares a row of the contracts table with the record.
func checkContractRow(t *testing.T, got map[string]string, r *index.Record) {
	t.Helper()
	actions := len(r.Actions)
	for _, a := range r.Axes {
		actions += len(a.Actions)
	}
	want := map[string]string{"contract_id": r.ID, "territory": opt(r.Territory), "territory_kind": r.TerritoryKind,
		"territory_code": opt(r.TerritoryCode), "departement": opt(r.Departement), "region": opt(r.Region), "kind": r.Kind,
		"generation": optInt(r.Generation), "signed": opt(r.Signed), "start_year": optInt(r.StartYear),
		"end_year": optInt(r.EndYear), "duration_years": optInt(r.DurationYears),
		"signatory_count": strconv.Itoa(len(r.Signatories)), "axis_count": strconv.Itoa(len(r.Axes)),
		"action_count": strconv.Itoa(actions), "source_urls": strings.Join(documentURLs(r), " | ")}
	if r.TerritoryCode != nil {
		want["population"] = communePopulation(t, *r.TerritoryCode)
	}
	if r.Signed != nil {
		want["signed_year"] = (*r.Signed)[:4]
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s = %q, index has %q", r.ID, k, got[k], v)
		}
	}
}

// wantItemRows adds to want, table by table, the rows a record's items
// make, cut to the columns testExportCSVIsIndex compares.
func wantItemRows(r *index.Record, want map[string][]string) {
	add := func(table, format string, a ...any) { want[table] = append(want[table], fmt.Sprintf(format, a...)) }
	for j, d := range r.Documents {
		add("sources", "%s/%d/%s/%s/%s", r.ID, j+1, d.Source, opt(d.URL), opt(d.Title))
	}
	for _, c := range r.Conflicts {
		for j, alt := range append([]index.Alternative{c.Chosen}, c.Others...) {
			add("conflicts", "%s/%s/%d/%s/%v", r.ID, c.Field, j+1, alt.Value, j == 0)
		}
	}
	for j, s := range r.Signatories {
		add("signatories", "%s/%d/%s/%s", r.ID, j+1, s.Name, s.Kind)
	}
	for _, th := range r.Themes {
		add("themes", "%s/%s", r.ID, th)
	}
	n := 0
	for j, a := range r.Axes {
		add("axes", "%s/%d/%s/%s/%s", r.ID, j+1, a.Number, a.Title, strings.Join(a.Themes, " | "))
		for k, o := range a.Objectives {
			add("objectives", "%s/%d/%d/%s/%s", r.ID, j+1, k+1, opt(o.Number), o.Title)
		}
		for _, x := range a.Actions {
			n++
			add("actions", "%s/%d/%d/%s/%s/%s", r.ID, n, j+1, opt(x.Number), x.Title, strings.Join(x.Leads, " | "))
		}
	}
	for _, x := range r.Actions {
		n++
		add("actions", "%s/%d//%s/%s/%s", r.ID, n, opt(x.Number), x.Title, strings.Join(x.Leads, " | "))
	}
}

// documentURLs are the addresses of a contract's documents, each once.
func documentURLs(r *index.Record) []string {
	var out []string
	for _, d := range r.Documents {
		if d.URL != nil && !slices.Contains(out, *d.URL) {
			out = append(out, *d.URL)
		}
	}
	return out
}

// The demo's corpus, crawled from the sample site, has contracts merged
// from a page, a signed PDF and an annex: each of their documents is a row
// of the sources table, and the whole export is the index.
func TestExportDemo(t *testing.T) {
	keep := t.TempDir()
	if _, stderr, code := runCLI(t, "demo", "--keep", keep, "--format", "json"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	ix := filepath.Join(keep, "index")
	recs := indexContracts(t, ix)
	out := filepath.Join(t.TempDir(), "demo")
	export(t, ix, out, "--format", "csv")
	testExportCSVIsIndex(t, out, recs)
	for _, problem := range validateDataPackage(t, out) {
		t.Error(problem)
	}
	perContract := map[string]int{}
	for _, r := range csvRows(t, out, "sources") {
		perContract[r["contract_id"]]++
		if !strings.HasPrefix(r["url"], "http://") {
			t.Errorf("source %s has no address", r["source"])
		}
	}
	if perContract["aunis-atlantique-2025"] < 3 {
		t.Errorf("aunis-atlantique-2025 read from %d documents, want its page, PDF and annex", perContract["aunis-atlantique-2025"])
	}
}

// compareTable compares a table's rows, cut to some columns joined by "/",
// with what the index says, in order.
func compareTable(t *testing.T, dir, table string, want []string, cols ...string) {
	t.Helper()
	var got []string
	for _, r := range csvRows(t, dir, table) {
		var parts []string
		for _, c := range cols {
			parts = append(parts, r[c])
		}
		got = append(got, strings.Join(parts, "/"))
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: %d rows, index gives %d", table, len(got), len(want))
		for i := range max(len(got), len(want)) {
			if i >= len(got) || i >= len(want) || got[i] != want[i] {
				g, w := "", ""
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				t.Errorf("%s row %d:\n got  %q\n want %q", table, i+1, g, w)
				break
			}
		}
	}
}
