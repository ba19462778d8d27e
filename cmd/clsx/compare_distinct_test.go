package main

import (
	"strings"
	"testing"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
)

// TestDistinctContracts: one contract published as a page, its PDF and an
// annex is one contract for compare, represented by its richest record.
func TestDistinctContracts(t *testing.T) {
	year := func(y int) *int { return &y }
	signed := func(s string) *string { return &s }
	rec := func(id string, start *int, sig *string, axes int) *index.Record {
		r := &index.Record{Contract: extract.Contract{ID: id, StartYear: start, Signed: sig}}
		for range axes {
			r.Axes = append(r.Axes, extract.Axis{})
		}
		return r
	}
	cases := []struct {
		name string
		recs []*index.Record
		want string
	}{
		{"two generations", []*index.Record{rec("a-2020", year(2020), nil, 3), rec("a-2025", year(2025), nil, 4)}, "a-2020 a-2025"},
		{"one contract, three documents", []*index.Record{rec("a-2025", year(2025), nil, 0), rec("a-2025-2", year(2025), nil, 5), rec("a-2025-3", year(2025), nil, 2)}, "a-2025-2"},
		{"page, PDF and annex of the second", []*index.Record{rec("a-2020", year(2020), nil, 3), rec("a-2025", year(2025), nil, 1), rec("a-2025-2", year(2025), nil, 6)}, "a-2020 a-2025-2"},
		{"signature year when no start", []*index.Record{rec("x", nil, signed("2014-06"), 1), rec("y", nil, signed("2014-11-02"), 2)}, "y"},
		{"nothing dated stays apart", []*index.Record{rec("p", nil, nil, 1), rec("q", nil, nil, 1)}, "p q"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, r := range distinctContracts(c.recs) {
				got = append(got, r.ID)
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("got %v, want %s", got, c.want)
			}
		})
	}
}
