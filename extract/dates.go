package extract

import (
	"fmt"
	"regexp"
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
	for _, m := range findAll(l.fullDate, s) {
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
	for _, m := range findAll(l.numericDate, s) {
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[8]:m[9]])
		if validDay(day, mo) {
			add(DateMention{Start: m[2], End: m[3], Kind: DateDay, Year: y, Month: mo, Day: day})
		}
	}
	// "le 12/07/23": a two-digit year is of this century
	for _, m := range findAll(l.shortDate, s) {
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[8]:m[9]])
		if validDay(day, mo) {
			add(DateMention{Start: m[2], End: m[3], Kind: DateDay, Year: 2000 + y, Month: mo, Day: day})
		}
	}
	for _, m := range findAll(l.monthYear, s) {
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		add(DateMention{Start: m[2], End: m[3], Kind: DateMonth, Year: y, Month: l.r.Months[s[m[4]:m[5]]]})
	}
	for _, m := range findAll(l.period, s) {
		y1, _ := strconv.Atoi(s[m[4]:m[5]])
		y2, _ := strconv.Atoi(s[m[6]:m[7]])
		if y2 > y1 && y2-y1 <= 15 {
			add(DateMention{Start: m[2], End: m[3], Kind: DatePeriod, Year: y1, EndYear: y2})
		}
	}
	for _, m := range findAll(l.qualifiedYear, s) {
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		q := s[m[4]:m[5]]
		if q == "en" || q == "au cours de" {
			q = ""
		}
		add(DateMention{Start: m[2], End: m[3], Kind: DateYear, Year: y, Qualifier: q})
	}
	for _, m := range findAll(l.plainYear, s) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		add(DateMention{Start: m[2], End: m[3], Kind: DateYear, Year: y})
	}
	for _, m := range findAll(l.dayMonth, s) {
		day := 1
		if d := s[m[4]:m[5]]; d != "1er" {
			day, _ = strconv.Atoi(d)
		}
		mo := l.r.Months[s[m[6]:m[7]]]
		if validDay(day, mo) {
			add(DateMention{Start: m[2], End: m[3], Kind: DateDayNoYear, Month: mo, Day: day})
		}
	}
	for _, m := range findAll(l.monthOnly, s) {
		add(DateMention{Start: m[2], End: m[3], Kind: DateMonthNoYear, Month: l.r.Months[s[m[4]:m[5]]]})
	}
	return dropOverlaps(append(all, spannedPeriods(s, dropOverlaps(all))...))
}

// spannedPeriods reads "du 1er janvier 2020 au 31 décembre 2024" and "de
// janvier 2020 à décembre 2024" as periods: two dated mentions joined by
// "au" or "à", the first after "du" or "de".
func spannedPeriods(s string, ms []DateMention) []DateMention {
	var out []DateMention
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if !a.HasYear() || !b.HasYear() || a.Kind == DatePeriod || b.Kind == DatePeriod || b.Year <= a.Year || b.Year-a.Year > 15 {
			continue
		}
		if between := strings.TrimSpace(s[a.End:b.Start]); between != "au" && between != "a" {
			continue
		}
		before := strings.TrimRight(s[:a.Start], " ")
		if !strings.HasSuffix(before, " du") && !strings.HasSuffix(before, " de") && before != "du" && before != "de" {
			continue
		}
		out = append(out, DateMention{Start: a.Start, End: b.End, Kind: DatePeriod, Year: a.Year, EndYear: b.Year})
	}
	return out
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

// daysIn is the longest a month can be (29 for February: the year may be a leap year).
var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDay(day, month int) bool {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn[month]
}

// findAll is FindAllStringSubmatchIndex for the date expressions, whose
// matches include the character before and after the mention: the next
// search starts at the end of the mention itself (group 1), so "2019/2035"
// or "2024-2019" give both years.
func findAll(re *regexp.Regexp, s string) [][]int {
	var out [][]int
	pos := 0
	for pos < len(s) {
		m := re.FindStringSubmatchIndex(s[pos:])
		if m == nil {
			break
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += pos
			}
		}
		out = append(out, m)
		next := m[3]
		if next <= pos {
			next = pos + 1
		}
		pos = next
	}
	return out
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

// datesIn returns the date mentions of block b's folded range [fs, fe), with
// offsets from fs, as findDates(b.Folded()[fs:fe]) would: the block's dates
// are read once, since its clauses, its sentences and the document's
// framing all ask for them.
func (l *lexicon) datesIn(b *Block, fs, fe int) []DateMention {
	if !b.datesDone {
		b.dates, b.datesDone = l.findDates(b.fold.Text), true
	}
	var out []DateMention
	for _, m := range b.dates {
		if m.Start >= fs && m.End <= fe {
			m.Start, m.End = m.Start-fs, m.End-fs
			out = append(out, m)
		}
	}
	return out
}
