package dataset

import (
	"encoding/json"
	"sort"
	"strconv"

	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
)

// Summary answers the questions a researcher quotes first: how many
// contracts, where, signed when, in force when, of which generation and
// kind, for how long, and how much of the population they cover.
type Summary struct {
	Contracts    int     `json:"contracts"`
	ByRegion     []Count `json:"by_region"`      // by name; unknown last
	BySignedYear []Count `json:"by_signed_year"` // by year; unknown last
	// InForce counts, for every year from the earliest start to the latest
	// end, the contracts whose period (start_year to end_year, both known)
	// holds it.
	InForce      []Count  `json:"in_force_by_year"`
	ByGeneration []Count  `json:"by_generation"`
	ByKind       []Count  `json:"by_kind"`
	Period       Period   `json:"period"`
	Coverage     Coverage `json:"coverage"`
}

// Count is how many contracts have one value ("" when unknown).
type Count struct {
	Value     string
	Contracts int
}

// MarshalJSON writes an unknown value as null, as the records do.
func (c Count) MarshalJSON() ([]byte, error) {
	var v *string
	if c.Value != "" {
		v = &c.Value
	}
	return json.Marshal(struct {
		Value     *string `json:"value"`
		Contracts int     `json:"contracts"`
	}{v, c.Contracts})
}

// Period is what is known of the contracts' periods: end_year − start_year
// ("2019-2024" is 5 years, as texts count it), over the contracts that
// give both.
type Period struct {
	Contracts   int      `json:"contracts"`    // with both years
	MedianYears *float64 `json:"median_years"` // null without any
	MinYears    *int     `json:"min_years"`
	MaxYears    *int     `json:"max_years"`
}

// Summarize computes the summary of every contract of the index, reading
// it a page at a time, with the coverage of the contracts in force in year.
func Summarize(ix *index.Index, year int) (*Summary, error) {
	t := newTally(year)
	if err := ix.EachContract(index.Request{}, func(r *index.Record) error { t.add(r); return nil }); err != nil {
		return nil, err
	}
	return t.summary(), nil
}

// tally counts contracts one at a time.
type tally struct {
	contracts                 int
	region, signed, gen, kind map[string]int
	inForce                   map[int]int
	lengths                   []int
	coverage                  *coverageTally
}

func newTally(year int) *tally {
	return &tally{region: map[string]int{}, signed: map[string]int{}, gen: map[string]int{}, kind: map[string]int{},
		inForce: map[int]int{}, coverage: newCoverageTally(year, newGeography())}
}

func (t *tally) add(r *index.Record) {
	c := &r.Contract
	t.contracts++
	t.region[deref(c.Region)]++
	if y, ok := signedYear(c.Signed).(int); ok {
		t.signed[strconv.Itoa(y)]++
	} else {
		t.signed[""]++
	}
	t.gen[intText(c.Generation)]++
	t.kind[c.Kind]++
	if c.StartYear != nil && c.EndYear != nil && *c.EndYear >= *c.StartYear {
		t.lengths = append(t.lengths, *c.EndYear-*c.StartYear)
		for y := *c.StartYear; y <= *c.EndYear; y++ {
			t.inForce[y]++
		}
	}
	t.coverage.add(c)
}

func (t *tally) summary() *Summary {
	return &Summary{Contracts: t.contracts, ByRegion: counts(t.region, false), BySignedYear: counts(t.signed, true),
		InForce: yearCounts(t.inForce), ByGeneration: counts(t.gen, true), ByKind: counts(t.kind, false),
		Period: period(t.lengths), Coverage: t.coverage.result()}
}

// counts lists a tally by value (numerically when numeric), unknown last.
func counts(m map[string]int, numeric bool) []Count {
	out := []Count{}
	for v, n := range m {
		out = append(out, Count{Value: v, Contracts: n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Value, out[j].Value
		if a == "" || b == "" {
			return b == "" && a != ""
		}
		if numeric {
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			return x < y
		}
		return rules.Fold(a) < rules.Fold(b) // "Île-de-France" among the I
	})
	return out
}

// yearCounts lists every year from the first to the last, a year of no
// contract in force included.
func yearCounts(m map[int]int) []Count {
	out := []Count{}
	first, last := 0, -1
	for y := range m {
		if first == 0 || y < first {
			first = y
		}
		last = max(last, y)
	}
	for y := first; y <= last; y++ {
		out = append(out, Count{Value: strconv.Itoa(y), Contracts: m[y]})
	}
	return out
}

func period(lengths []int) Period {
	p := Period{Contracts: len(lengths)}
	if len(lengths) == 0 {
		return p
	}
	sort.Ints(lengths)
	n := len(lengths)
	median := float64(lengths[n/2])
	if n%2 == 0 {
		median = float64(lengths[n/2-1]+lengths[n/2]) / 2
	}
	p.MedianYears, p.MinYears, p.MaxYears = &median, &lengths[0], &lengths[n-1]
	return p
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func intText(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}
