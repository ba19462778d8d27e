package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// DateKind says how precise a date mention is.
type DateKind int

const (
	DateDay         DateKind = iota // 3 décembre 2019, 03/12/2019
	DateMonth                       // juin 2015
	DateYear                        // 2015, début 2015, fin 2014
	DateDayNoYear                   // 25 janvier
	DateMonthNoYear                 // en avril
	DatePeriod                      // 2019-2024, 2023/2027
)

// DateMention is a date or period found in folded text, with byte offsets.
type DateMention struct {
	Start, End  int
	Kind        DateKind
	Year, Month int
	Day         int
	EndYear     int    // for periods
	Qualifier   string // "debut", "fin", "mi", … for years
}

// String is the date as the output writes it: YYYY, YYYY-MM or YYYY-MM-DD.
func (d DateMention) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Kind == DateDay || d.Kind == DateDayNoYear && d.Year > 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Kind == DateMonth || d.Kind == DateMonthNoYear && d.Year > 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d", d.Year)
}

// HasYear reports whether the mention gives a year.
func (d DateMention) HasYear() bool { return d.Year > 0 }

// findDates returns the date and period mentions of folded text s, leftmost
// first, without overlaps (the longest mention wins where two overlap).
func (l *lexicon) findDates(s string) []DateMention {
	if !strings.ContainsAny(s, "0123456789") && !l.mayHaveMonth(s) {
		return nil
	}
	var all []DateMention
	add := func(m DateMention) {
		if m.Year != 0 && (m.Year < 1950 || m.Year > 2100) {
			return
		}
		all = append(all, m)
	}
	for _, m := range l.fullDate.FindAllStringSubmatchIndex(s, -1) {
		day := 1
		if d := s[m[4]:m[5]]; d != "1er" {
			day, _ = strconv.Atoi(d)
		}
		mo := l.r.Months[s[m[6]:m[7]]]
		y, _ := strconv.Atoi(s[m[8]:m[9]])
		if validDay(day, mo) {
			add(DateMention{Start: m[2], End: m[3], Kind: DateDay, Year: y, Month: mo, Day: day})
		}
	}
	for _, m := range l.numericDate.FindAllStringSubmatchIndex(s, -1) {
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[8]:m[9]])
		if validDay(day, mo) {
			add(DateMention{Start: m[2], End: m[3], Kind: DateDay, Year: y, Month: mo, Day: day})
		}
	}
	for _, m := range l.monthYear.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		add(DateMention{Start: m[2], End: m[3], Kind: DateMonth, Year: y, Month: l.r.Months[s[m[4]:m[5]]]})
	}
	for _, m := range l.period.FindAllStringSubmatchIndex(s, -1) {
		y1, _ := strconv.Atoi(s[m[4]:m[5]])
		y2, _ := strconv.Atoi(s[m[6]:m[7]])
		if y2 > y1 && y2-y1 <= 15 {
			add(DateMention{Start: m[2], End: m[3], Kind: DatePeriod, Year: y1, EndYear: y2})
		}
	}
	for _, m := range l.qualifiedYear.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		q := s[m[4]:m[5]]
		if q == "en" || q == "au cours de" {
			q = ""
		}
		add(DateMention{Start: m[2], End: m[3], Kind: DateYear, Year: y, Qualifier: q})
	}
	for _, m := range l.plainYear.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		add(DateMention{Start: m[2], End: m[3], Kind: DateYear, Year: y})
	}
	for _, m := range l.dayMonth.FindAllStringSubmatchIndex(s, -1) {
		day := 1
		if d := s[m[4]:m[5]]; d != "1er" {
			day, _ = strconv.Atoi(d)
		}
		mo := l.r.Months[s[m[6]:m[7]]]
		if validDay(day, mo) {
			add(DateMention{Start: m[2], End: m[3], Kind: DateDayNoYear, Month: mo, Day: day})
		}
	}
	for _, m := range l.monthOnly.FindAllStringSubmatchIndex(s, -1) {
		add(DateMention{Start: m[2], End: m[3], Kind: DateMonthNoYear, Month: l.r.Months[s[m[4]:m[5]]]})
	}
	return dropOverlaps(all)
}

// mayHaveMonth is a cheap filter before the month regular expressions.
func (l *lexicon) mayHaveMonth(s string) bool {
	for w := range l.r.Months {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func validDay(day, month int) bool {
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// dropOverlaps keeps, among overlapping mentions, the longest (then the first).
func dropOverlaps(all []DateMention) []DateMention {
	sort.SliceStable(all, func(i, j int) bool {
		li, lj := all[i].End-all[i].Start, all[j].End-all[j].Start
		if li != lj {
			return li > lj
		}
		return all[i].Start < all[j].Start
	})
	var kept []DateMention
	for _, m := range all {
		overlap := false
		for _, k := range kept {
			if m.Start < k.End && k.Start < m.End {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}
