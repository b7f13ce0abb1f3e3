package anniversary

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Occurrence is one anniversary falling on a date.
type Occurrence struct {
	Fact    Fact
	Ordinal int // 70 for the 70th anniversary
	// Date is the start of the day in the location asked for: local
	// midnight, or the first instant of the day where a time-zone change
	// skips midnight. A day-precision fact falls on its month and day (29
	// February on 28 February in other years), a month-precision one on the
	// 1st of its month and a year-precision one on 1 January.
	Date      time.Time
	Milestone bool
}

// Reminder is an occurrence to announce OffsetDays days ahead of it
// (0: on the day).
type Reminder struct {
	Occurrence Occurrence
	OffsetDays int
}

// CivilDay is a calendar day, independent of any time zone.
type CivilDay struct {
	Y int
	M time.Month
	D int
}

// DayOf is the calendar day of t in loc.
func DayOf(t time.Time, loc *time.Location) CivilDay {
	y, m, d := t.In(loc).Date()
	return CivilDay{y, m, d}
}

// AddDays moves c by n days on the calendar. Noon UTC keeps the arithmetic
// clear of any daylight-saving change.
func (c CivilDay) AddDays(n int) CivilDay {
	y, m, d := time.Date(c.Y, c.M, c.D+n, 12, 0, 0, 0, time.UTC).Date()
	return CivilDay{y, m, d}
}

// Compare orders days: -1, 0 or +1.
func (c CivilDay) Compare(o CivilDay) int {
	return cmp.Or(cmp.Compare(c.Y, o.Y), cmp.Compare(c.M, o.M), cmp.Compare(c.D, o.D))
}

// Before reports whether c is earlier than o.
func (c CivilDay) Before(o CivilDay) bool { return c.Compare(o) < 0 }

// Noon is midday of c in loc, an instant safely inside the day.
func (c CivilDay) Noon(loc *time.Location) time.Time {
	return time.Date(c.Y, c.M, c.D, 12, 0, 0, 0, loc)
}

// DaysUntil counts the calendar days from c to o.
func (c CivilDay) DaysUntil(o CivilDay) int {
	a := time.Date(c.Y, c.M, c.D, 12, 0, 0, 0, time.UTC)
	b := time.Date(o.Y, o.M, o.D, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Round(24*time.Hour) / (24 * time.Hour))
}

// String is c as YYYY-MM-DD.
func (c CivilDay) String() string { return fmt.Sprintf("%04d-%02d-%02d", c.Y, c.M, c.D) }

func (c CivilDay) start(loc *time.Location) time.Time {
	for h := range 4 {
		t := time.Date(c.Y, c.M, c.D, h, 0, 0, 0, loc)
		if y, m, d := t.Date(); y == c.Y && m == c.M && d == c.D {
			return t
		}
	}
	return time.Date(c.Y, c.M, c.D, 12, 0, 0, 0, loc)
}

// dayIn returns the day on which f's anniversary falls in year y.
func (f Fact) dayIn(y int) CivilDay {
	switch f.Precision {
	case Year:
		return CivilDay{y, time.January, 1}
	case Month:
		return CivilDay{y, time.Month(f.Since.Month), 1}
	}
	m, d := time.Month(f.Since.Month), f.Since.Day
	if m == time.February && d == 29 && !isLeap(y) {
		d = 28
	}
	return CivilDay{y, m, d}
}

func (f Fact) occurrence(y int, loc *time.Location) Occurrence {
	n := f.Ordinal(y)
	return Occurrence{Fact: f, Ordinal: n, Date: f.dayIn(y).start(loc), Milestone: IsMilestone(n)}
}

// usable reports whether f's date can be scheduled.
func (f Fact) usable() bool { return f.Since.validate(f.Precision) == nil }

// Occurrences lists the anniversaries (1st and later) of facts that fall on
// the days from the day of from to the day of to, both included, as calendars
// read in loc (UTC when loc is nil). They are sorted by date, then key.
// Facts whose date does not exist at its precision are skipped.
func Occurrences(facts []Fact, from, to time.Time, loc *time.Location) []Occurrence {
	if loc == nil {
		loc = time.UTC
	}
	first, last := DayOf(from, loc), DayOf(to, loc)
	if last.Compare(first) < 0 {
		return nil
	}
	type keyed struct {
		occ Occurrence
		day CivilDay
		key string
	}
	var found []keyed
	for y := first.Y; y <= last.Y; y++ {
		for _, f := range facts {
			if !f.usable() || f.Ordinal(y) < 1 {
				continue
			}
			if day := f.dayIn(y); day.Compare(first) >= 0 && day.Compare(last) <= 0 {
				found = append(found, keyed{f.occurrence(y, loc), day, f.Key()})
			}
		}
	}
	slices.SortStableFunc(found, func(a, b keyed) int {
		return cmp.Or(a.day.Compare(b.day), cmp.Compare(a.key, b.key))
	})
	if len(found) == 0 {
		return nil
	}
	out := make([]Occurrence, len(found))
	for i, k := range found {
		out[i] = k.occ
	}
	return out
}

// Due returns the reminders to send on the day of today, as read in loc (UTC
// when loc is nil), for reminders offsets days ahead of each anniversary.
//
// Day-precision facts: milestones (see IsMilestone) are reminded at every
// offset; other anniversaries only at offset 0, or at every offset when
// everyYear is set. Month- and year-precision facts get exactly one reminder,
// with OffsetDays 0, on the first day of their month or of their year.
// Negative and repeated offsets are ignored. Reminders are sorted by offset,
// then key.
func Due(facts []Fact, today time.Time, loc *time.Location, offsets []int, everyYear bool) []Reminder {
	if loc == nil {
		loc = time.UTC
	}
	day := DayOf(today, loc)
	var out []Reminder
	for _, off := range uniqueOffsets(offsets) {
		target := day.AddDays(off)
		for _, f := range facts {
			if f.Precision != Day || !f.usable() || f.Ordinal(target.Y) < 1 || f.dayIn(target.Y) != target {
				continue
			}
			occ := f.occurrence(target.Y, loc)
			if off != 0 && !occ.Milestone && !everyYear {
				continue
			}
			out = append(out, Reminder{Occurrence: occ, OffsetDays: off})
		}
	}
	for _, f := range facts {
		if (f.Precision != Month && f.Precision != Year) || !f.usable() || f.Ordinal(day.Y) < 1 {
			continue
		}
		if f.dayIn(day.Y) == day {
			out = append(out, Reminder{Occurrence: f.occurrence(day.Y, loc), OffsetDays: 0})
		}
	}
	slices.SortStableFunc(out, func(a, b Reminder) int {
		return cmp.Or(cmp.Compare(a.OffsetDays, b.OffsetDays), cmp.Compare(a.Occurrence.Fact.Key(), b.Occurrence.Fact.Key()))
	})
	return out
}

func uniqueOffsets(offsets []int) []int {
	var out []int
	for _, o := range offsets {
		if o >= 0 && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	slices.Sort(out)
	return out
}
