package listing

import (
	"errors"
	"fmt"
	"regexp"
	"time"
)

// dateForm is a family of date spellings: a pattern that finds one in
// running text, and the Go layouts that read what it found, most likely
// first.
type dateForm struct {
	re      *regexp.Regexp
	layouts []string
}

const monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`

// dateForms are tried in order; the first that both matches and parses
// wins. Numeric day-first forms come before month-first ones: most
// ministries outside the United States write the day first.
var dateForms = []dateForm{
	{regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?`),
		[]string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04"}},
	{regexp.MustCompile(`\b\d{4}-\d{1,2}-\d{1,2}\b`), []string{"2006-01-02", "2006-1-2"}},
	{regexp.MustCompile(`(?i)\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+` + monthRE + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`),
		[]string{"Monday, January 2, 2006", "Monday, January 2 2006", "Mon, Jan 2, 2006"}},
	{regexp.MustCompile(`(?i)\b` + monthRE + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`),
		[]string{"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006"}},
	{regexp.MustCompile(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+` + monthRE + `,?\s+\d{4}\b`),
		[]string{"2 January 2006", "2 January, 2006", "2 Jan 2006", "2 Jan, 2006"}},
	{regexp.MustCompile(`\b\d{4}/\d{1,2}/\d{1,2}\b`), []string{"2006/01/02", "2006/1/2"}},
	{regexp.MustCompile(`\b\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\b\.?`), []string{"2006.01.02", "2006.1.2", "2006. 1. 2.", "2006. 1. 2", "2006.01.02."}},
	{regexp.MustCompile(`\d{4}年\s*\d{1,2}月\s*\d{1,2}日`), []string{"2006年1月2日"}},
	{regexp.MustCompile(`\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b`), []string{"02.01.2006", "2.1.2006", "02/01/2006", "2/1/2006", "02-01-2006", "01/02/2006", "1/2/2006"}},
}

var (
	ordinalRE = regexp.MustCompile(`(?i)(\d)(st|nd|rd|th)\b`)
	septRE    = regexp.MustCompile(`(?i)\bSept\b`)
	abbrDotRE = regexp.MustCompile(`(?i)\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.`)
)

// normalizeDate makes a found date parseable: ordinals, "Sept" and the
// dot after an abbreviated month dropped, spaces collapsed.
func normalizeDate(s string) string {
	s = ordinalRE.ReplaceAllString(s, "$1")
	s = septRE.ReplaceAllString(s, "Sep")
	s = abbrDotRE.ReplaceAllString(s, "$1")
	return Clean(s)
}

// ErrNoDate is returned by ParseDate when the text holds no date it reads.
var ErrNoDate = errors.New("no date")

// ParseDate finds a date in text ("Press release – 30 March 2026", "2026-03-30",
// "March 30, 2026") and reads it with layout, or with the common layouts
// when layout is "". A date without a zone is taken as UTC.
func ParseDate(text, layout string) (time.Time, error) {
	t, _, err := findDate(text, layout)
	return t, err
}

// FindDate is ParseDate without a layout that also says which layout read
// the date, so that a proposed listing spec can record it.
func FindDate(text string) (time.Time, string, bool) {
	t, l, err := findDate(text, "")
	return t, l, err == nil
}

func findDate(text, layout string) (time.Time, string, error) {
	text = Clean(text)
	if text == "" {
		return time.Time{}, "", ErrNoDate
	}
	if layout != "" {
		if t, err := time.Parse(layout, text); err == nil {
			return t, layout, nil
		}
		if t, err := time.Parse(layout, normalizeDate(text)); err == nil {
			return t, layout, nil
		}
	}
	for _, f := range dateForms {
		for _, m := range f.re.FindAllString(text, 3) {
			cand := normalizeDate(m)
			layouts := f.layouts
			if layout != "" {
				layouts = []string{layout}
			}
			for _, l := range layouts {
				if t, err := time.Parse(l, cand); err == nil {
					return t, l, nil
				}
				if t, err := time.Parse(l, m); err == nil {
					return t, l, nil
				}
			}
		}
	}
	if layout != "" {
		return time.Time{}, "", fmt.Errorf("%w: %q does not read as %q", ErrNoDate, text, layout)
	}
	return time.Time{}, "", fmt.Errorf("%w in %q", ErrNoDate, shorten(text, 60))
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// hasDate reports whether text contains something that reads as a date.
func hasDate(text string) bool {
	_, _, ok := FindDate(text)
	return ok
}
