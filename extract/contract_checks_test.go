package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// This file holds the checks the tests of contracts share: what a test
// wants of a contract (want), and how a document is checked against it.

// describeContracts prints the contracts of a document, one a line, for
// failure messages.
func describeContracts(doc *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d contract(s)", len(doc.Contracts))
	for _, c := range doc.Contracts {
		fmt.Fprintf(&b, "\n  territory=%s kind=%s/%s region=%s gen=%s signed=%s start=%s end=%s dur=%s parties=%d axes=%d",
			strOrNil(c.Territory), c.TerritoryKind, c.Kind, strOrNil(c.Region), intOrNil(c.Generation), strOrNil(c.Signed),
			intOrNil(c.StartYear), intOrNil(c.EndYear), intOrNil(c.DurationYears), len(c.Signatories), len(c.Axes))
		for _, s := range c.Signatories {
			fmt.Fprintf(&b, "\n    party %q (%s)", s.Name, s.Kind)
		}
	}
	return b.String()
}

func strOrNil(s *string) string {
	if s == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *s)
}

func intOrNil(i *int) string {
	if i == nil {
		return "null"
	}
	return fmt.Sprint(*i)
}

// checkString checks an optional string field; want "" means null.
func checkString(t *testing.T, field string, got *string, want string) {
	t.Helper()
	switch {
	case want == "" && got != nil:
		t.Errorf("%s = %q, want null", field, *got)
	case want != "" && got == nil:
		t.Errorf("%s = null, want %q", field, want)
	case want != "" && *got != want:
		t.Errorf("%s = %q, want %q", field, *got, want)
	}
}

// checkInt checks an optional int field; want 0 means null.
func checkInt(t *testing.T, field string, got *int, want int) {
	t.Helper()
	switch {
	case want == 0 && got != nil:
		t.Errorf("%s = %d, want null", field, *got)
	case want != 0 && got == nil:
		t.Errorf("%s = null, want %d", field, want)
	case want != 0 && *got != want:
		t.Errorf("%s = %d, want %d", field, *got, want)
	}
}

// want is what a test expects of one contract. Every field is checked:
// "" and 0 mean null (territory_kind "" means "other", kind "" means "cls").
// The territory is compared the way the scorer does, by its proper words
// ("Pays de Brocéliande" and "Brocéliande" are the same territory).
type want struct {
	territory, tkind, region, kind string
	gen                            int
	signed                         string
	start, end, dur                int
}

func checkContract(t *testing.T, ct Contract, w want) {
	t.Helper()
	switch {
	case ct.Territory == nil:
		t.Errorf("territory = null, want %q", w.territory)
	case territoryKey(*ct.Territory) != territoryKey(w.territory):
		t.Errorf("territory = %q, want %q", *ct.Territory, w.territory)
	}
	checkTerritoryKind(t, ct, w.tkind)
	checkRegion(t, ct, w.region)
	k := w.kind
	if k == "" {
		k = "cls"
	}
	if ct.Kind != k {
		t.Errorf("kind = %q, want %q", ct.Kind, k)
	}
	checkInt(t, "generation", ct.Generation, w.gen)
	checkString(t, "signed", ct.Signed, w.signed)
	checkInt(t, "start_year", ct.StartYear, w.start)
	checkInt(t, "end_year", ct.EndYear, w.end)
	checkInt(t, "duration_years", ct.DurationYears, w.dur)
}

// checkTerritoryKind: a case that gives no kind ("" or "other") accepts
// "other" or the kind of the place the official geography resolves the
// territory to (a bare name the text gives no kind), never another.
func checkTerritoryKind(t *testing.T, ct Contract, want string) {
	t.Helper()
	if want == "" {
		want = "other"
	}
	if ct.TerritoryKind == want {
		return
	}
	if want == "other" && ct.Territory != nil {
		if p, ok := rules.OfficialGeography().Resolve(*ct.Territory, rules.Where{}); ok && p.Kind == ct.TerritoryKind {
			return
		}
	}
	t.Errorf("territory_kind = %q, want %q", ct.TerritoryKind, want)
}

// checkRegion: a case that names no région accepts null or the région the
// official geography gives the contract's territory (what the guide asks
// for when the text says none), never another.
func checkRegion(t *testing.T, ct Contract, want string) {
	t.Helper()
	if want != "" || ct.Region == nil {
		checkString(t, "region", ct.Region, want)
		return
	}
	if ct.Territory != nil {
		if p, ok := rules.OfficialGeography().Resolve(*ct.Territory, rules.Where{Kind: ct.TerritoryKind}); ok && p.Region == *ct.Region {
			return
		}
	}
	t.Errorf("region = %q: not the text's, nor its territory's", *ct.Region)
}

func checkDocument(t *testing.T, text string, ws ...want) *Document {
	t.Helper()
	doc := FromText("test", text, nil)
	if len(doc.Contracts) != len(ws) {
		t.Fatalf("want %d contract(s), got %s", len(ws), describeContracts(doc))
	}
	for i, w := range ws {
		ct := doc.Contracts[i]
		t.Run(fmt.Sprintf("contract %d", i+1), func(t *testing.T) {
			checkContract(t, ct, w)
		})
	}
	return doc
}

// checkParties checks the names of a contract's signatories, in order.
func checkParties(t *testing.T, ct Contract, names ...string) {
	t.Helper()
	var got []string
	for _, s := range ct.Signatories {
		got = append(got, s.Name)
	}
	if strings.Join(got, " | ") != strings.Join(names, " | ") {
		t.Errorf("signatories of %s:\n got %q\nwant %q", strOrNil(ct.Territory), got, names)
	}
}
