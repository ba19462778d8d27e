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

// Summarize computes the summary of the records, with the coverage of the
// contracts in force in year.
func Summarize(recs []*index.Record, year int) *Summary {
	s := &Summary{Contracts: len(recs)}
	region, signed, gen, kind := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	inForce := map[int]int{}
	var lengths []int
	for _, r := range recs {
		c := &r.Contract
		region[deref(c.Region)]++
		if y, ok := signedYear(c.Signed).(int); ok {
			signed[strconv.Itoa(y)]++
		} else {
			signed[""]++
		}
		gen[intText(c.Generation)]++
		kind[c.Kind]++
		if c.StartYear != nil && c.EndYear != nil && *c.EndYear >= *c.StartYear {
			lengths = append(lengths, *c.EndYear-*c.StartYear)
			for y := *c.StartYear; y <= *c.EndYear; y++ {
				inForce[y]++
			}
		}
	}
	s.ByRegion, s.BySignedYear = counts(region, false), counts(signed, true)
	s.ByGeneration, s.ByKind = counts(gen, true), counts(kind, false)
	s.InForce = yearCounts(inForce)
	s.Period = period(lengths)
	s.Coverage = coverage(recs, year, newGeography())
	return s
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
