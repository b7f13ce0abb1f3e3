package anniversary

import (
	"fmt"
	"strings"
	"time"
)

// Text renders r as one line of a reminder message, resolving party codes
// with name (codes are shown as they are when name is nil or returns "").
//
//	In 30 days: 75th anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)
//	Tomorrow: …   Today: …   In 7 days: …
//	This month marks the 65th anniversary of Indonesia–Japan diplomatic relations (established April 1958)
//	This year marks the 70th anniversary of Japan–Cambodia diplomatic relations (established 1953)
//
// Subjects that name a treaty, agreement or communiqué read "signed" instead
// of "established".
func (r Reminder) Text(name func(code string) string) string {
	occ := r.Occurrence
	f := occ.Fact
	body := fmt.Sprintf("%s anniversary of %s (%s %s)",
		Ordinal(occ.Ordinal), subjectPhrase(f, name), verb(f.Subject), sinceText(f))
	switch f.Precision {
	case Year:
		return "This year marks the " + body
	case Month:
		return "This month marks the " + body
	}
	switch r.OffsetDays {
	case 0:
		return "Today: " + body
	case 1:
		return "Tomorrow: " + body
	}
	return fmt.Sprintf("In %d days: %s", r.OffsetDays, body)
}

// subjectPhrase is "Japan–Cambodia diplomatic relations" for two parties and
// "Japan's <subject>" for one.
func subjectPhrase(f Fact, name func(string) string) string {
	names := make([]string, len(f.Parties))
	for i, code := range f.Parties {
		names[i] = code
		if name != nil {
			if n := name(code); n != "" {
				names[i] = n
			}
		}
	}
	subject := strings.Join(strings.Fields(f.Subject), " ")
	if len(names) == 1 {
		return names[0] + "'s " + subject
	}
	return strings.Join(names, "–") + " " + subject
}

func verb(subject string) string {
	s := strings.ToLower(subject)
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
