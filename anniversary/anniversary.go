// Package anniversary holds the facts behind anniversary reminders and the
// date math that turns them into messages.
//
// A Fact says that two parties (countries by ISO 3166-1 alpha-2 code, or
// organisations such as "ASEAN") have had some relationship, for example
// "diplomatic relations", since a date known to a day, a month or a year.
// Builtin returns a table of such facts compiled from public sources, each
// row citing the page that states its date. Occurrences lists the
// anniversaries falling in a range of days, Due picks the reminders a channel
// should get on a given day, and Reminder.Text renders one as a sentence.
// Merge folds a fact learned from a readout into a stored one without ever
// degrading a more precise date.
//
// The package is pure: no I/O, no clock, no dependency on other packages of
// the module. Country names are resolved by a function the caller passes in.
package anniversary

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
)

// Precision tells how much of a Date is known.
type Precision int

// Precisions, from the most to the least precise. The zero value is not a
// valid precision.
const (
	Day Precision = iota + 1
	Month
	Year
)

// String returns "day", "month" or "year".
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// finer reports whether p is more precise than q.
func (p Precision) finer(q Precision) bool { return p < q }

// Date is a calendar date whose Month and Day may be unknown (zero),
// depending on the Precision that goes with it.
type Date struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// Format renders d at precision p: "1953-01-09", "1953-01" or "1953".
func (d Date) Format(p Precision) string {
	switch p {
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// ErrInvalidDate is returned (wrapped) for dates that do not parse or do not
// exist, such as "1953-02-30".
var ErrInvalidDate = errors.New("invalid date")

// ParseDate parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" and returns the date with
// its precision. Months and days that do not exist are rejected; 29 February
// is accepted only in leap years.
func ParseDate(s string) (Date, Precision, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || parts[0] == "" {
		return Date{}, 0, fmt.Errorf("anniversary: parse date %q: %w", s, ErrInvalidDate)
	}
	widths := []int{4, 2, 2}
	nums := make([]int, len(parts))
	for i, part := range parts {
		if len(part) != widths[i] {
			return Date{}, 0, fmt.Errorf("anniversary: parse date %q: %w", s, ErrInvalidDate)
		}
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 || strings.ContainsAny(part, "+-") {
			return Date{}, 0, fmt.Errorf("anniversary: parse date %q: %w", s, ErrInvalidDate)
		}
		nums[i] = n
	}
	var d Date
	p := Year
	d.Year = nums[0]
	if len(nums) > 1 {
		d.Month, p = nums[1], Month
	}
	if len(nums) > 2 {
		d.Day, p = nums[2], Day
	}
	if err := d.validate(p); err != nil {
		return Date{}, 0, fmt.Errorf("anniversary: parse date %q: %w", s, err)
	}
	return d, p, nil
}

// validate checks that d is a real date at precision p and that the fields
// finer than p are zero.
func (d Date) validate(p Precision) error {
	if d.Year < 1 || d.Year > 9999 {
		return fmt.Errorf("year %d out of range: %w", d.Year, ErrInvalidDate)
	}
	switch p {
	case Year:
		if d.Month != 0 || d.Day != 0 {
			return fmt.Errorf("year precision with month or day set: %w", ErrInvalidDate)
		}
	case Month:
		if d.Month < 1 || d.Month > 12 {
			return fmt.Errorf("month %d out of range: %w", d.Month, ErrInvalidDate)
		}
		if d.Day != 0 {
			return fmt.Errorf("month precision with day set: %w", ErrInvalidDate)
		}
	case Day:
		if d.Month < 1 || d.Month > 12 {
			return fmt.Errorf("month %d out of range: %w", d.Month, ErrInvalidDate)
		}
		if d.Day < 1 || d.Day > daysIn(d.Year, time.Month(d.Month)) {
			return fmt.Errorf("day %d out of range for %04d-%02d: %w", d.Day, d.Year, d.Month, ErrInvalidDate)
		}
	default:
		return fmt.Errorf("unknown precision %d: %w", int(p), ErrInvalidDate)
	}
	return nil
}

// agrees reports whether a and b can describe the same day, comparing them
// only as far as the coarser of their precisions.
func agrees(a Date, pa Precision, b Date, pb Precision) bool {
	coarse := max(pa, pb)
	if a.Year != b.Year {
		return false
	}
	if coarse <= Month && a.Month != b.Month {
		return false
	}
	if coarse == Day && a.Day != b.Day {
		return false
	}
	return true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Fact is one relationship whose anniversaries are worth a reminder.
type Fact struct {
	// Parties are one or two codes, sorted: ISO 3166-1 alpha-2 country
	// codes ("JP") and/or organisation codes ("ASEAN", "EU").
	Parties []string `json:"parties"`
	// Subject names the relationship: "diplomatic relations",
	// "friendship and cooperation", "treaty of amity and commerce".
	Subject string `json:"subject"`
	// Since is the date the anniversaries count from, as far as Precision
	// says it is known.
	Since     Date      `json:"since"`
	Precision Precision `json:"precision"`
	// Source tells where the date comes from: an http(s) URL,
	// "readout:<id>" or "user:<slack user id>".
	Source string `json:"source"`
	// Note is optional free text, such as "interrupted in 1975".
	Note string `json:"note,omitempty"`
}

// Key identifies a fact across sources: the sorted, upper-cased parties
// joined with "-", a slash, and the lower-cased subject, as in
// "JP-KH/diplomatic relations".
func (f Fact) Key() string {
	parties := normParties(f.Parties)
	return strings.Join(parties, "-") + "/" + normSubject(f.Subject)
}

// Normalize returns f with its parties trimmed, upper-cased and sorted
// (in a new slice), the spaces in its subject collapsed, and its source and
// note trimmed.
func (f Fact) Normalize() Fact {
	f.Parties = normParties(f.Parties)
	f.Subject = strings.Join(strings.Fields(f.Subject), " ")
	f.Source = strings.TrimSpace(f.Source)
	f.Note = strings.TrimSpace(f.Note)
	return f
}

func normParties(in []string) []string {
	out := make([]string, len(in))
	for i, p := range in {
		out[i] = strings.ToUpper(strings.TrimSpace(p))
	}
	slices.Sort(out)
	return out
}

func normSubject(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Validate reports the first problem with f: parties that are not 1 or 2
// distinct valid codes in sorted order, an empty subject, a date that does
// not exist at its precision, or an unrecognised source.
func (f Fact) Validate() error {
	if len(f.Parties) < 1 || len(f.Parties) > 2 {
		return fmt.Errorf("anniversary: fact %s: want 1 or 2 parties, got %d", f.Key(), len(f.Parties))
	}
	for _, p := range f.Parties {
		if !IsCountryCode(p) && !IsOrg(p) {
			return fmt.Errorf("anniversary: fact %s: party %q is neither an ISO alpha-2 code nor a known organisation", f.Key(), p)
		}
	}
	if len(f.Parties) == 2 && f.Parties[0] >= f.Parties[1] {
		return fmt.Errorf("anniversary: fact %s: parties must be distinct and sorted, got %v", f.Key(), f.Parties)
	}
	if strings.TrimSpace(f.Subject) == "" {
		return fmt.Errorf("anniversary: fact %s: empty subject", f.Key())
	}
	if err := f.Since.validate(f.Precision); err != nil {
		return fmt.Errorf("anniversary: fact %s: %w", f.Key(), err)
	}
	if !validSource(f.Source) {
		return fmt.Errorf("anniversary: fact %s: source %q is not an http(s) URL, readout:<id> or user:<id>", f.Key(), f.Source)
	}
	return nil
}

func validSource(s string) bool {
	for _, prefix := range []string{"https://", "http://", "readout:", "user:"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			return rest != "" && !strings.ContainsAny(rest, " \t\n")
		}
	}
	return false
}

// orgs are the organisation codes a Fact may name as a party.
var orgs = map[string]bool{
	"ASEAN": true, "EU": true, "UN": true, "NATO": true, "APEC": true,
	"G7": true, "G20": true, "AFU": true, "OAS": true, "QUAD": true,
	"MEKONG": true, "PIF": true, "SAARC": true, "GCC": true,
}

// IsOrg reports whether code is an organisation code a Fact may name:
// "ASEAN", "EU", "UN", "NATO", "APEC", "G7", "G20", "AFU" (the African
// Union; "AU" is Australia), "OAS", "QUAD",
// "MEKONG", "PIF", "SAARC" or "GCC".
func IsOrg(code string) bool { return orgs[code] }

// IsCountryCode reports whether code has the form of an ISO 3166-1 alpha-2
// code: two upper-case ASCII letters. It does not check the code is assigned.
func IsCountryCode(code string) bool {
	return len(code) == 2 && 'A' <= code[0] && code[0] <= 'Z' && 'A' <= code[1] && code[1] <= 'Z'
}

// Ordinal returns how many years year is after the fact's start: the 70 in
// "70th anniversary". It is zero or negative for years not after the start.
func (f Fact) Ordinal(year int) int { return year - f.Since.Year }

// IsMilestone reports whether the ordinal-th anniversary is a milestone: the
// 1st and every multiple of 5.
func IsMilestone(ordinal int) bool {
	return ordinal == 1 || (ordinal > 0 && ordinal%5 == 0)
}

// Ordinal renders n with its English suffix: "1st", "2nd", "3rd", "11th",
// "70th", "101st", "111th" (readout.Ordinal).
func Ordinal(n int) string { return readout.Ordinal(n) }

// Involving returns the facts that name code as a party, in their order.
func Involving(facts []Fact, code string) []Fact {
	code = strings.ToUpper(strings.TrimSpace(code))
	var out []Fact
	for _, f := range facts {
		if slices.Contains(f.Parties, code) {
			out = append(out, f)
		}
	}
	return out
}
