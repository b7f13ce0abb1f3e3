package anniversary

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Text renders r as one line of a reminder message, resolving party codes
// with name (codes are shown as they are when name is nil or returns ""),
// and saying what the date is and where it comes from:
//
//	In 30 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: mofa.go.jp)
//	Tomorrow: …   Today: …   In 7 days: …
//	This month: 65 years of diplomatic relations between Indonesia and Japan (established April 1958, source: …)
//	This year: 70 years of diplomatic relations between Japan and Cambodia (established 1953, source: a readout)
//
// Subjects that name a treaty, agreement or communiqué read "signed"
// instead of "established", re-established relations "re-established".
// The source is a web page's host, "a readout" or "added in Slack".
func (r Reminder) Text(name func(code string) string) string {
	occ := r.Occurrence
	body := occ.phrase(name, sourceLabel(occ.Fact.Source))
	switch occ.Fact.Precision {
	case Year:
		return "This year: " + body
	case Month:
		return "This month: " + body
	}
	switch r.OffsetDays {
	case 0:
		return "Today: " + body
	case 1:
		return "Tomorrow: " + body
	}
	return fmt.Sprintf("In %d days: %s", r.OffsetDays, body)
}

// Phrase is the occurrence without when it falls or its source: "70 years
// of diplomatic relations between Cambodia and China (established 19 July
// 1958)".
func (o Occurrence) Phrase(name func(code string) string) string { return o.phrase(name, "") }

func (o Occurrence) phrase(name func(string) string, source string) string {
	f := o.Fact
	years := "years"
	if o.Ordinal == 1 {
		years = "year"
	}
	since := verb(f.Subject) + " " + sinceText(f)
	if source != "" {
		since += ", source: " + source
	}
	return fmt.Sprintf("%d %s of %s (%s)", o.Ordinal, years, subjectPhrase(f, name), since)
}

// subjectPhrase is "diplomatic relations between Japan and Cambodia" for
// two parties and "Japan's <subject>" for one.
func subjectPhrase(f Fact, name func(string) string) string {
	names := partyNames(f, name)
	subject := strings.Join(strings.Fields(f.Subject), " ")
	if len(names) == 1 {
		return names[0] + "'s " + subject
	}
	return subject + " between " + strings.Join(names, " and ")
}

// partyNames resolves a fact's party codes with name, keeping a code name
// does not know (or every code, when name is nil).
func partyNames(f Fact, name func(string) string) []string {
	names := make([]string, len(f.Parties))
	for i, code := range f.Parties {
		names[i] = code
		if name != nil {
			if n := name(code); n != "" {
				names[i] = n
			}
		}
	}
	return names
}

func verb(subject string) string {
	s := strings.ToLower(subject)
	if strings.HasPrefix(s, "re-established") {
		return "re-established"
	}
	for _, w := range []string{"treaty", "agreement", "communiqué", "communique", "declaration", "accord"} {
		if strings.Contains(s, w) {
			return "signed"
		}
	}
	return "established"
}

func sinceText(f Fact) string {
	switch f.Precision {
	case Year:
		return fmt.Sprintf("%d", f.Since.Year)
	case Month:
		return fmt.Sprintf("%s %d", time.Month(f.Since.Month), f.Since.Year)
	}
	return fmt.Sprintf("%d %s %d", f.Since.Day, time.Month(f.Since.Month), f.Since.Year)
}

// sourceLabel names a fact's source in a sentence: a web page by its host,
// a readout or a user's addition as such.
func sourceLabel(src string) string {
	switch {
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		return pageHost(src)
	case strings.HasPrefix(src, "readout:"):
		return "a readout"
	case strings.HasPrefix(src, "user:"):
		return "added in Slack"
	}
	return ""
}

// pageHost is the host of a web page's address without "www.", or "" when
// src is not an http(s) address with a host.
func pageHost(src string) string {
	if !strings.HasPrefix(src, "http://") && !strings.HasPrefix(src, "https://") {
		return ""
	}
	u, err := url.Parse(src)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// Describe is the fact in a few words: "Japan–Cambodia diplomatic
// relations, established 9 January 1953".
func (f Fact) Describe(name func(code string) string) string {
	names := partyNames(f, name)
	subject := strings.Join(strings.Fields(f.Subject), " ")
	who := strings.Join(names, "–") + " " + subject
	if len(names) == 1 {
		who = names[0] + "'s " + subject
	}
	return who + ", " + verb(f.Subject) + " " + sinceText(f)
}
