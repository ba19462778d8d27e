package extract

import (
	"strings"
	"time"
)

// A news page is published under a dateline ("Publié le 12/05/2023", a date
// alone on a line under the title). Dates without a year in its text ("le 5
// juin dernier", "mardi soir") are read against it, as the annotation guide
// asks: what the dateline makes certain, and no more.

// maxDatelineBlock: a dateline stands near the top of a page.
const maxDatelineBlock = 8

// dateline is the date the document is published under, or nil.
type dateline struct {
	date  DateMention
	block *Block
}

// span is where the dateline is written.
func (d *dateline) span() Span {
	_, s := d.block.Orig(d.date.Start, d.date.End)
	return s
}

// findDateline looks for a line near the top that is a date and nothing
// else, or a publication date ("Publié le …", "Date de publication : …"); a
// date of update ("Mis à jour le …") is not when the page was written.
func (l *lexicon) findDateline(blocks []*Block) *dateline {
	for i, b := range blocks {
		if i >= maxDatelineBlock {
			break
		}
		f := strings.TrimSpace(b.fold.Text)
		if f == "" || len(f) > 120 {
			continue
		}
		pub, ok := l.r.Cue("dateline.label").Find(f)
		if ok && pub[0] != 0 {
			ok = false
		}
		if !ok && l.r.Cue("date.publication").Match(f) {
			continue // "Mis à jour le 24/05/2018"
		}
		from := 0
		if ok {
			from = pub[1]
		}
		ms := l.findDates(f[from:])
		if len(ms) == 0 {
			continue
		}
		m := ms[0]
		if !m.HasYear() || m.Kind != DateDay && m.Kind != DateMonth {
			continue
		}
		rest := strings.Trim(f[from+m.End:], " .,-–")
		if !ok && (len(ms) > 1 || rest != "" || !onlyWeekdayBefore(f[from:from+m.Start])) {
			continue
		}
		m.Start, m.End = from+m.Start, from+m.End
		return &dateline{date: m, block: b}
	}
	return nil
}

// onlyWeekdayBefore: nothing but a weekday or "le" before a dateline's date.
func onlyWeekdayBefore(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "le", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", ":":
		default:
			return false
		}
	}
	return true
}

// yearFromDateline gives a day or month without a year the dateline's
// year: the same year when it falls before the dateline, the year before
// when it falls after ("le 5 novembre dernier" under a dateline of March),
// unless the clause speaks of what is to come ("signera le 25 septembre").
func (l *lexicon) yearFromDateline(d *dateline, m DateMention, clause string) int {
	if d == nil || m.Month == 0 {
		return 0
	}
	if m.Month < d.date.Month || m.Month == d.date.Month && (m.Day == 0 || d.date.Kind != DateDay || m.Day <= d.date.Day) {
		return d.date.Year
	}
	if l.r.Cue("date.future").Match(clause) {
		return d.date.Year
	}
	return d.date.Year - 1
}

// relativeSignature dates a signature the clause only places relative to
// the dateline ("ce jeudi", "mardi soir", "aujourd'hui", "récemment"): the
// dateline's month when the clause names a day of its week, its year for
// vaguer words; nil when the clause has no such word.
func (l *lexicon) relativeSignature(d *dateline, clause string) *DateMention {
	if d == nil {
		return nil
	}
	if l.r.Cue("date.relative.day").Match(clause) {
		m := DateMention{Kind: DateMonth, Year: d.date.Year, Month: d.date.Month}
		if d.date.Kind == DateDay && d.date.Day < 7 {
			m.Kind, m.Month = DateYear, 0 // early in a month: last week may be the month before
		}
		return &m
	}
	if l.r.Cue("date.relative.recent").Match(clause) && d.date.Month > 2 {
		return &DateMention{Kind: DateYear, Year: d.date.Year}
	}
	return nil
}

// yearOfUndated gives the signature's day or month without a year ("le 5
// juin", "lundi 3 décembre") the year the clause states for it, else the
// dateline's. A period ("pour la période 2019-2023") or a year a start or
// end cue took ("à partir de janvier 2020") is not the signature's. A
// weekday written with the day must agree with the year found.
func (l *lexicon) yearOfUndated(d *docContext, e *event, m DateMention, c string, free []DateMention) int {
	// "ce jeudi 11 décembre" and, elsewhere, "Jeudi 11 décembre 2025": one
	// day, told twice
	if y := l.sameDayElsewhere(d, m); y > 0 {
		return y
	}
	year := 0
	for _, f := range free {
		if f.Kind == DatePeriod || !f.HasYear() || f.Year == e.startYear || f.Year == e.endYear {
			continue
		}
		if year != 0 && year != f.Year {
			year = 0
			break
		}
		year = f.Year
	}
	if year == 0 {
		year = l.yearFromDateline(d.dateline, m, c)
	}
	if wd, ok := weekdayBefore(c[:m.Start]); ok && year > 0 && m.Day > 0 &&
		time.Date(year, time.Month(m.Month), m.Day, 12, 0, 0, 0, time.UTC).Weekday() != wd {
		return 0 // "lundi 3 décembre" is no Monday that year
	}
	return year
}

var weekdays = map[string]time.Weekday{"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday}

// weekdayBefore returns the weekday written right before a date ("lundi 3
// décembre", "ce mercredi 30 octobre").
func weekdayBefore(s string) (time.Weekday, bool) {
	w := strings.Fields(s)
	if len(w) == 0 {
		return 0, false
	}
	wd, ok := weekdays[w[len(w)-1]]
	return wd, ok
}

// sameDayElsewhere is the year of the one full date of the document that
// has the day and month of m, or 0 when none or several years do.
func (l *lexicon) sameDayElsewhere(d *docContext, m DateMention) int {
	if m.Day == 0 || m.Month == 0 {
		return 0
	}
	year := 0
	for _, b := range d.blocks {
		for _, o := range l.datesIn(b, 0, len(b.fold.Text)) {
			if o.Kind != DateDay || o.Day != m.Day || o.Month != m.Month {
				continue
			}
			if year != 0 && year != o.Year {
				return 0
			}
			year = o.Year
		}
	}
	return year
}
