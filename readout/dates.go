package readout

import (
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

const monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`

var (
	// "March 20, 2022", "March 20 2022", "March 20" (year optional).
	mdyRE = lazyRegexp(`\b` + monthPat + ` (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b`)
	// "20 March 2022", "20th March", "the 20th of March" (year optional).
	dmyRE = lazyRegexp(`\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? ` + monthPat + `(?:,? (\d{4}))?\b`)
	isoRE = lazyRegexp(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dotRE = lazyRegexp(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	// "01/06/2025": day first, as South Asia's, Britain's and Africa's
	// ministries write it, unless the second number is no month's
	// ("06/21/2025").
	slashRE = lazyRegexp(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)

	dateLineRE = lazyRegexp(`(?i)^(?:published:?\s+|updated:?\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(.+?)(?:\s*[-–]\s*press release|\s*\|\s*(?:release|press release|news release|news|readout|statement|article))?(?:,?\s*(?:[-–|]\s*|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|hrs|h))?)?$`)
)

// dateMatch is a date found in text.
type dateMatch struct {
	start, end int
	month      time.Month
	day, year  int // year is 0 when the text gives none
}

// findDate returns the first date in s, with or without a year.
func findDate(s string) (dateMatch, bool) {
	var best dateMatch
	found := false
	consider := func(d dateMatch) {
		if d.day < 1 || d.day > 31 || d.month < 1 || d.month > 12 {
			return
		}
		if !found || d.start < best.start {
			best, found = d, true
		}
	}
	// Each expression runs only when a cheap test says it may match.
	if hasMonthName(s) {
		if m := mdyRE.FindStringSubmatchIndex(s); m != nil {
			consider(dateMatch{start: m[0], end: m[1], month: months[lowerText(s[m[2]:m[3]])],
				day: atoi(s[m[4]:m[5]]), year: atoiIdx(s, m[6], m[7])})
		}
		if mayBeDayMonth(s) {
			if m := dmyRE.FindStringSubmatchIndex(s); m != nil {
				d := dateMatch{start: m[0], end: m[1], month: months[lowerText(s[m[4]:m[5]])],
					day: atoi(s[m[2]:m[3]]), year: atoiIdx(s, m[6], m[7])}
				// "from 3 to 7 November 2024": a range starts on its
				// first day.
				if first, at := rangeFirstDay(s[:m[2]]); first > 0 && first < d.day {
					d.day, d.start = first, at
				}
				consider(d)
			}
		}
	}
	if hasDigitsAround(s, '-') {
		if m := isoRE.FindStringSubmatchIndex(s); m != nil {
			consider(dateMatch{start: m[0], end: m[1], month: time.Month(atoi(s[m[4]:m[5]])),
				day: atoi(s[m[6]:m[7]]), year: atoi(s[m[2]:m[3]])})
		}
	}
	if hasDigitsAround(s, '.') {
		if m := dotRE.FindStringSubmatchIndex(s); m != nil {
			consider(dateMatch{start: m[0], end: m[1], month: time.Month(atoi(s[m[4]:m[5]])),
				day: atoi(s[m[2]:m[3]]), year: atoi(s[m[6]:m[7]])})
		}
	}
	if hasDigitsAround(s, '/') {
		if m := slashRE.FindStringSubmatchIndex(s); m != nil {
			d, mo := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
			if mo > 12 && d <= 12 {
				d, mo = mo, d
			}
			consider(dateMatch{start: m[0], end: m[1], month: time.Month(mo), day: d, year: atoi(s[m[6]:m[7]])})
		}
	}
	return best, found
}

// hasDigitsAround reports whether s holds sep between two digits, as every
// ISO ("2022-03-20") or dotted ("20.3.2022") date does.
func hasDigitsAround(s string, sep byte) bool {
	for i := 1; i+1 < len(s); {
		j := strings.IndexByte(s[i:len(s)-1], sep)
		if j < 0 {
			return false
		}
		k := i + j
		if isDigit(s[k-1]) && isDigit(s[k+1]) {
			return true
		}
		i = k + 1
	}
	return false
}

var monthStems = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// hasMonthName is a cheap test before the month-name date expressions.
func hasMonthName(s string) bool {
	for _, m := range monthStems {
		if containsText(s, m) {
			return true
		}
	}
	return false
}

// mayBeDayMonth is a cheap test before dmyRE: whether a number of one
// or two digits, with or without "st", "nd", "rd" or "th", stands before
// a space and a capital that may begin a month ("20 March", "20th Mar").
func mayBeDayMonth(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		j := i + 1
		if j < len(s) && isDigit(s[j]) {
			j++
		}
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasPrefix(s[j:], suf) {
				j += len(suf)
				if strings.HasPrefix(s[j:], " of ") {
					j += len(" of")
				}
				break
			}
		}
		if j+1 < len(s) && s[j] == ' ' && strings.IndexByte("JFMASOND", s[j+1]) >= 0 {
			return true
		}
	}
	return false
}

// isDateLine reports whether a whole line is a date ("March 20, 2022",
// "Monday, November 5, 2012", "Published 11 October 2021").
func isDateLine(l string) bool {
	_, ok := parseDateLine(l)
	return ok
}

// parseDateLine parses a line that is only a date, with a year.
func parseDateLine(l string) (time.Time, bool) {
	// A date of the line has a year, which findDate reads from digits:
	// a line without one is none, and costs no expression.
	if len(l) > 60 || !strings.ContainsAny(l, "0123456789") {
		return time.Time{}, false
	}
	m := dateLineRE.FindStringSubmatch(l)
	if m == nil {
		return time.Time{}, false
	}
	d, ok := findDate(m[1])
	if !ok || d.year == 0 || d.start != 0 || d.end != len(m[1]) {
		return time.Time{}, false
	}
	return d.time(), true
}

// time returns the date at midnight UTC.
func (d dateMatch) time() time.Time {
	return time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC)
}

// resolveYear fills a missing year from a reference date: the most recent
// such day on or before ref plus a few days' grace.
func (d dateMatch) resolveYear(ref time.Time) (dateMatch, bool) {
	return d.resolveYearAhead(ref, 7)
}

// resolveYearAhead fills a missing year from a reference date: the most
// recent such day on or before ref plus ahead days. A meeting already held
// takes a day's grace (a publisher's date may lag the meeting's time zone);
// one the text says will happen takes a short look-ahead.
func (d dateMatch) resolveYearAhead(ref time.Time, ahead int) (dateMatch, bool) {
	if d.year != 0 {
		return d, true
	}
	if ref.IsZero() {
		return d, false
	}
	limit := ref.AddDate(0, 0, ahead)
	d.year = limit.Year()
	if d.time().After(limit) {
		d.year--
	}
	return d, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func atoiIdx(s string, i, j int) int {
	if i < 0 {
		return 0
	}
	return atoi(s[i:j])
}

// rangeFirstDay reads the first day of a range that before ends with,
// "3 to ", "3-", "3–": the day and where it starts, or 0.
func rangeFirstDay(before string) (int, int) {
	for _, sep := range []string{" to ", "-", "–", " – ", " and ", " & "} {
		head, ok := strings.CutSuffix(before, sep)
		if !ok {
			continue
		}
		i := len(head)
		for i > 0 && isDigit(head[i-1]) {
			i--
		}
		if n := len(head) - i; n == 0 || n > 2 || i > 0 && isWordByte(head[i-1]) {
			return 0, 0
		}
		return atoi(head[i:]), i
	}
	return 0, 0
}
