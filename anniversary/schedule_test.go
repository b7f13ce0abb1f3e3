package anniversary_test

import (
	"fmt"
	"testing"
	"time"
	_ "time/tzdata" // the tests need the same zone rules on every machine

	"github.com/readout-bot/readout/anniversary"
)

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load location %s: %v", name, err)
	}
	return loc
}

// fact builds a valid test fact from "JP-KH" style parties and a date string.
func fact(t testing.TB, parties, subject, since string) anniversary.Fact {
	t.Helper()
	d, p, err := anniversary.ParseDate(since)
	if err != nil {
		t.Fatalf("fact %s: %v", parties, err)
	}
	var ps []string
	for i, j := 0, 0; j <= len(parties); j++ {
		if j == len(parties) || parties[j] == '-' {
			ps = append(ps, parties[i:j])
			i = j + 1
		}
	}
	f := anniversary.Fact{Parties: ps, Subject: subject, Since: d, Precision: p, Source: "https://example.org/" + parties}.Normalize()
	if err := f.Validate(); err != nil {
		t.Fatalf("fact %s: %v", parties, err)
	}
	return f
}

func day(loc *time.Location, y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// describe renders occurrences compactly for comparisons.
func describe(occs []anniversary.Occurrence, loc *time.Location) []string {
	var out []string
	for _, o := range occs {
		out = append(out, fmt.Sprintf("%s %s #%d ms=%v", o.Date.In(loc).Format("2006-01-02T15:04"), o.Fact.Key(), o.Ordinal, o.Milestone))
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestOccurrencesAcrossYearBoundary(t *testing.T) {
	tokyo := mustLoad(t, "Asia/Tokyo")
	facts := []anniversary.Fact{
		fact(t, "JP-KH", "diplomatic relations", "1953"),       // year: 1 January
		fact(t, "CN-US", "diplomatic relations", "1979-01-01"), // day
		fact(t, "ID-US", "diplomatic relations", "1949-12-28"), // day, before the range
		fact(t, "GB-VN", "diplomatic relations", "1950-12-31"), // day, in the range
		fact(t, "ASEAN-KR", "dialogue relations", "1989-11"),   // month: 1 November, outside
		fact(t, "JP-LA", "diplomatic relations", "1955-01"),    // month: 1 January
		fact(t, "DE-FR", "friendship treaty", "2024-01-02"),    // starts in the range: no anniversary yet
		fact(t, "IT-JP", "diplomatic relations", "1866-01-05"), // the last day, included
		fact(t, "ES-JP", "diplomatic relations", "1868-01-06"), // just after the range
	}
	from := time.Date(2023, 12, 29, 0, 0, 0, 0, tokyo)
	to := time.Date(2024, 1, 5, 23, 59, 0, 0, tokyo)
	got := describe(anniversary.Occurrences(facts, from, to, tokyo), tokyo)
	want := []string{
		"2023-12-31T00:00 GB-VN/diplomatic relations #73 ms=false",
		"2024-01-01T00:00 CN-US/diplomatic relations #45 ms=true",
		"2024-01-01T00:00 JP-KH/diplomatic relations #71 ms=false",
		"2024-01-01T00:00 JP-LA/diplomatic relations #69 ms=false",
		"2024-01-05T00:00 IT-JP/diplomatic relations #158 ms=false",
	}
	if !equal(got, want) {
		t.Errorf("Occurrences =\n%q\nwant\n%q", got, want)
	}
	if occs := anniversary.Occurrences(facts, to, from, tokyo); occs != nil {
		t.Errorf("Occurrences with to before from = %v, want nil", describe(occs, tokyo))
	}
}

func TestOccurrencesReadsTheRangeInLoc(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	facts := []anniversary.Fact{fact(t, "CN-US", "diplomatic relations", "1979-01-01")}
	// 2024-01-01T03:00Z is still 31 December in New York.
	from := time.Date(2024, 1, 1, 3, 0, 0, 0, time.UTC)
	to := from
	if got := anniversary.Occurrences(facts, from, to, ny); len(got) != 0 {
		t.Errorf("Occurrences on 31 December in New York = %v, want none", describe(got, ny))
	}
	if got := anniversary.Occurrences(facts, from, to, time.UTC); len(got) != 1 {
		t.Errorf("Occurrences on 1 January UTC = %v, want one", describe(got, time.UTC))
	}
	if got := anniversary.Occurrences(facts, from, to, nil); len(got) != 1 {
		t.Errorf("Occurrences with nil loc = %v, want UTC and one occurrence", describe(got, time.UTC))
	}
}

func TestLeapDay(t *testing.T) {
	f := fact(t, "JP-XX", "test relations", "1940-02-29")
	tests := []struct {
		year int
		want string
	}{
		{2023, "2023-02-28T00:00 JP-XX/test relations #83 ms=false"},
		{2024, "2024-02-29T00:00 JP-XX/test relations #84 ms=false"},
		{2040, "2040-02-29T00:00 JP-XX/test relations #100 ms=true"},
		{2100, "2100-02-28T00:00 JP-XX/test relations #160 ms=true"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.year), func(t *testing.T) {
			got := describe(anniversary.Occurrences([]anniversary.Fact{f}, day(time.UTC, tt.year, 1, 1), day(time.UTC, tt.year, 12, 31), time.UTC), time.UTC)
			if !equal(got, []string{tt.want}) {
				t.Errorf("Occurrences in %d = %q, want %q", tt.year, got, tt.want)
			}
		})
	}
	// Walking February and March 2023 day by day, the reminder comes once,
	// on the 28th.
	var hits []string
	for d := day(time.UTC, 2023, 2, 1); d.Before(day(time.UTC, 2023, 4, 1)); d = d.AddDate(0, 0, 1) {
		for _, r := range anniversary.Due([]anniversary.Fact{f}, d, time.UTC, []int{0}, false) {
			hits = append(hits, d.Format("01-02")+fmt.Sprintf(" #%d", r.Occurrence.Ordinal))
		}
	}
	if !equal(hits, []string{"02-28 #83"}) {
		t.Errorf("reminders in Feb-Mar 2023 = %q, want [02-28 #83]", hits)
	}
}

func TestDaylightSaving(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	facts := []anniversary.Fact{
		fact(t, "US-AA", "test relations", "1950-03-09"),
		fact(t, "US-BB", "test relations", "1950-03-10"), // clocks go forward at 02:00
		fact(t, "US-CC", "test relations", "1950-03-11"),
		fact(t, "US-DD", "test relations", "1950-11-03"), // clocks go back at 02:00
		fact(t, "US-EE", "test relations", "1950-11-04"),
	}
	occs := anniversary.Occurrences(facts, day(ny, 2024, 3, 1), day(ny, 2024, 11, 30), ny)
	got := describe(occs, ny)
	want := []string{
		"2024-03-09T00:00 AA-US/test relations #74 ms=false",
		"2024-03-10T00:00 BB-US/test relations #74 ms=false",
		"2024-03-11T00:00 CC-US/test relations #74 ms=false",
		"2024-11-03T00:00 DD-US/test relations #74 ms=false",
		"2024-11-04T00:00 EE-US/test relations #74 ms=false",
	}
	if !equal(got, want) {
		t.Fatalf("Occurrences =\n%q\nwant\n%q", got, want)
	}
	if d := occs[2].Date.Sub(occs[1].Date); d != 23*time.Hour {
		t.Errorf("10 March to 11 March lasts %v, want 23h", d)
	}
	if d := occs[4].Date.Sub(occs[3].Date); d != 25*time.Hour {
		t.Errorf("3 November to 4 November lasts %v, want 25h", d)
	}
	for _, o := range occs {
		if o.Date.Location() != ny {
			t.Errorf("%s: Date location %v, want America/New_York", o.Fact.Key(), o.Date.Location())
		}
	}

	// The day of "today" is read in the channel's zone, whatever zone the
	// caller's instant carries.
	tests := []struct {
		name  string
		today time.Time
		want  string
	}{
		{"23:30 EST on 9 March", time.Date(2024, 3, 10, 4, 30, 0, 0, time.UTC), "AA-US/test relations"},
		{"00:30 EST on 10 March", time.Date(2024, 3, 10, 5, 30, 0, 0, time.UTC), "BB-US/test relations"},
		{"23:30 EDT on 10 March", time.Date(2024, 3, 11, 3, 30, 0, 0, time.UTC), "BB-US/test relations"},
		{"00:30 EDT on 11 March", time.Date(2024, 3, 11, 4, 30, 0, 0, time.UTC), "CC-US/test relations"},
		{"01:30 EST on 3 November (second time)", time.Date(2024, 11, 3, 6, 30, 0, 0, time.UTC), "DD-US/test relations"},
		{"23:30 EST on 3 November", time.Date(2024, 11, 4, 4, 30, 0, 0, time.UTC), "DD-US/test relations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := anniversary.Due(facts, tt.today, ny, []int{0}, true)
			if len(rs) != 1 || rs[0].Occurrence.Fact.Key() != tt.want {
				t.Errorf("Due = %v, want only %s", rs, tt.want)
			}
		})
	}

	// A 60-day walk across the March change, one civil day at a time,
	// fires each offset exactly once.
	var hits []string
	for d := day(ny, 2024, 2, 1); d.Before(day(ny, 2024, 4, 1)); d = d.AddDate(0, 0, 1) {
		for _, r := range anniversary.Due(facts[1:2], d, ny, []int{30, 7, 1, 0}, true) {
			hits = append(hits, fmt.Sprintf("%s/%d", d.Format("01-02"), r.OffsetDays))
		}
	}
	if want := []string{"02-09/30", "03-03/7", "03-09/1", "03-10/0"}; !equal(hits, want) {
		t.Errorf("walk across DST = %q, want %q", hits, want)
	}
}

// In Santiago the clocks jump from 24:00 on Saturday 2 September 2023 to
// 01:00 on Sunday: that Sunday has no midnight.
func TestSkippedMidnight(t *testing.T) {
	scl := mustLoad(t, "America/Santiago")
	f := fact(t, "CL-JP", "test relations", "1950-09-03")
	occs := anniversary.Occurrences([]anniversary.Fact{f}, day(time.UTC, 2023, 9, 1), day(time.UTC, 2023, 9, 5), scl)
	if len(occs) != 1 {
		t.Fatalf("Occurrences = %v, want one", describe(occs, scl))
	}
	got := occs[0].Date
	if y, m, d := got.Date(); y != 2023 || m != time.September || d != 3 {
		t.Errorf("Date = %v, want a time on 3 September 2023", got)
	}
	if prev := got.Add(-time.Nanosecond); prev.Day() != 2 {
		t.Errorf("Date = %v is not the first instant of the day (a nanosecond earlier is %v)", got, prev)
	}
	rs := anniversary.Due([]anniversary.Fact{f}, time.Date(2023, 9, 3, 12, 0, 0, 0, scl), scl, []int{0}, false)
	if len(rs) != 1 {
		t.Errorf("Due on 3 September = %v, want one reminder", rs)
	}
}

func TestDueOffsets(t *testing.T) {
	tokyo := mustLoad(t, "Asia/Tokyo")
	milestone := fact(t, "JP-KH", "diplomatic relations", "1953-01-09") // 75th in 2028
	plain := fact(t, "JP-KH", "friendship treaty", "1954-01-09")        // 74th in 2028
	first := fact(t, "JP-KH", "cultural agreement", "2027-01-09")       // 1st in 2028
	tests := []struct {
		name      string
		f         anniversary.Fact
		offsets   []int
		everyYear bool
		want      []string
	}{
		{"milestone fires at each offset", milestone, []int{30, 7, 0}, false, []string{"2027-12-10/30#75", "2028-01-02/7#75", "2028-01-09/0#75"}},
		{"other years only on the day", plain, []int{30, 7, 0}, false, []string{"2028-01-09/0#74"}},
		{"other years at every offset when configured", plain, []int{30, 7, 0}, true, []string{"2027-12-10/30#74", "2028-01-02/7#74", "2028-01-09/0#74"}},
		{"the 1st is a milestone", first, []int{30, 7, 0}, false, []string{"2027-12-10/30#1", "2028-01-02/7#1", "2028-01-09/0#1"}},
		{"offsets deduplicated, negatives ignored", milestone, []int{7, 7, -3, 0}, false, []string{"2028-01-02/7#75", "2028-01-09/0#75"}},
		{"no offset 0, no reminder for other years", plain, []int{30, 7}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			start := day(tokyo, 2027, 11, 30)
			for i := range 60 {
				d := start.AddDate(0, 0, i)
				for _, r := range anniversary.Due([]anniversary.Fact{tt.f}, d, tokyo, tt.offsets, tt.everyYear) {
					want := d.AddDate(0, 0, r.OffsetDays)
					if !r.Occurrence.Date.Equal(want) {
						t.Errorf("on %s: reminder for %s, %d days ahead, is dated %v", d.Format(time.DateOnly), r.Occurrence.Fact.Key(), r.OffsetDays, r.Occurrence.Date)
					}
					got = append(got, fmt.Sprintf("%s/%d#%d", d.Format(time.DateOnly), r.OffsetDays, r.Occurrence.Ordinal))
				}
			}
			if !equal(got, tt.want) {
				t.Errorf("60-day walk = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDueCoarsePrecision(t *testing.T) {
	facts := []anniversary.Fact{
		fact(t, "JP-KH", "diplomatic relations", "1953"), // 70th in 2023, 71st in 2024
		fact(t, "ID-JP", "diplomatic relations", "1958-04"),
	}
	var got []string
	for d := day(time.UTC, 2022, 12, 1); d.Before(day(time.UTC, 2024, 1, 2)); d = d.AddDate(0, 0, 1) {
		for _, r := range anniversary.Due(facts, d, time.UTC, []int{30, 7, 0}, false) {
			got = append(got, fmt.Sprintf("%s %s/%d#%d", d.Format(time.DateOnly), r.Occurrence.Fact.Key(), r.OffsetDays, r.Occurrence.Ordinal))
		}
	}
	want := []string{
		"2023-01-01 JP-KH/diplomatic relations/0#70",
		"2023-04-01 ID-JP/diplomatic relations/0#65",
		"2024-01-01 JP-KH/diplomatic relations/0#71",
	}
	if !equal(got, want) {
		t.Errorf("reminders = %q, want %q", got, want)
	}
}

func TestDueSorted(t *testing.T) {
	facts := []anniversary.Fact{
		fact(t, "KR-US", "diplomatic relations", "1883-05-20"),
		fact(t, "JP-US", "test relations", "1950-05-20"),
		fact(t, "BN-JP", "test relations", "1950-05-13"),
		fact(t, "AA-JP", "test relations", "1950-05-13"),
	}
	rs := anniversary.Due(facts, day(time.UTC, 2025, 5, 13), time.UTC, []int{7, 0}, true)
	var got []string
	for _, r := range rs {
		got = append(got, fmt.Sprintf("%d %s", r.OffsetDays, r.Occurrence.Fact.Key()))
	}
	want := []string{"0 AA-JP/test relations", "0 BN-JP/test relations", "7 JP-US/test relations", "7 KR-US/diplomatic relations"}
	if !equal(got, want) {
		t.Errorf("Due order = %q, want %q", got, want)
	}
}

func TestDueSkipsInvalidFacts(t *testing.T) {
	bad := anniversary.Fact{Parties: []string{"JP"}, Subject: "x", Since: anniversary.Date{Year: 1950, Month: 2, Day: 30}, Precision: anniversary.Day}
	if rs := anniversary.Due([]anniversary.Fact{bad}, day(time.UTC, 2025, 3, 2), time.UTC, []int{0}, true); len(rs) != 0 {
		t.Errorf("Due with an impossible date = %v, want none", rs)
	}
	if occs := anniversary.Occurrences([]anniversary.Fact{bad}, day(time.UTC, 2025, 1, 1), day(time.UTC, 2025, 12, 31), time.UTC); len(occs) != 0 {
		t.Errorf("Occurrences with an impossible date = %v, want none", occs)
	}
}
