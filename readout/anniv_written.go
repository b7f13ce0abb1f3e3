package readout

import (
	"strconv"
	"strings"
)

// Anniversaries written out in words rather than as "Nth anniversary of":
// "the one-year anniversary of", "the 70th year since", "marks 30 years
// since", "exactly one year ago", "a year ago today". A plain "five years
// after the summit" or "two years ago" is not an anniversary.
var (
	numberWord  = `(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|eighty|ninety|hundred|one hundred)`
	yearAnnivRE = lazyRegexp(`(?i)\b(` + numberWord + `)[- ]years?[- ]anniversary of (?:the )?`)
	yearSinceRE = lazyRegexp(`(?i)\b(?:(\d{1,3})(?:st|nd|rd|th)|(` + strings.Join(ordinalWords, "|") + `)) year since (?:the )?`)
	yearsSince  = lazyRegexp(`(?i)\b(?:marks?|marking|marked|been|is|was|will be) (` + numberWord + `) years since (?:the )?`)
	yearsAgoRE  = lazyRegexp(`(?i)\b(exactly |precisely )?(` + numberWord + `) years? ago( today)?\b,?`)
)

var cardinalWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90,
	"hundred": 100, "one hundred": 100}

// cardinal reads "70", "seventy" or "a".
func cardinal(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return cardinalWords[strings.ToLower(s)]
}

// writtenAnniversary is an anniversary written out: its ordinal and the
// subject it is of.
type writtenAnniversary struct {
	at, ordinal int
	subject     string
}

// writtenAnniversaries finds the anniversaries a sentence writes out.
func writtenAnniversaries(s string) []writtenAnniversary {
	if !containsText(s, "year") && !containsText(s, "Year") {
		return nil
	}
	var out []writtenAnniversary
	add := func(at, ord int, subject string) {
		subject = strings.TrimSpace(strings.TrimRight(subject, ".,;: "))
		if ord > 0 && ord <= 200 && subject != "" {
			out = append(out, writtenAnniversary{at: at, ordinal: ord, subject: subject})
		}
	}
	// Each expression runs only when the words it needs are there.
	lower := asciiLower(s)
	if !containsText(lower, "nniversary") && !containsText(lower, "since") && !containsText(lower, " ago") {
		return nil
	}
	hasAnniv := containsText(lower, "year anniversary") || containsText(lower, "year-anniversary") || containsText(lower, "years anniversary")
	for _, m := range matchesIf(hasAnniv, yearAnnivRE, s) {
		add(m[0], cardinal(s[m[2]:m[3]]), anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
	}
	for _, m := range matchesIf(containsText(lower, " year since"), yearSinceRE, s) {
		ord := 0
		if m[2] >= 0 {
			ord = atoi(s[m[2]:m[3]])
		} else {
			ord = wordOrdinals[strings.ToLower(s[m[4]:m[5]])]
		}
		add(m[0], ord, anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
	}
	for _, m := range matchesIf(containsText(lower, " years since"), yearsSince, s) {
		add(m[0], cardinal(s[m[2]:m[3]]), anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
	}
	for _, m := range matchesIf(containsText(lower, " ago"), yearsAgoRE, s) {
		// Only "exactly a year ago" or "a year ago today" mark the day.
		if m[2] < 0 && m[6] < 0 {
			continue
		}
		ord := cardinal(s[m[4]:m[5]])
		before := strings.TrimSpace(s[:m[0]])
		after := strings.TrimSpace(s[m[1]:])
		subject := ""
		switch {
		case before == "" || strings.HasSuffix(before, ","):
			// "Exactly one year ago, Russia launched …"
			subject = after
		default:
			// "… the invasion, which began a year ago today."
			subject = before
			for _, cut := range []string{", which", " which", ", that", " that", " began", " started", " took place", " happened"} {
				if i := strings.LastIndex(subject, cut); i > 0 {
					subject = subject[:i]
				}
			}
			if i := strings.LastIndex(subject, ", "); i >= 0 && i+2 < len(subject) {
				subject = subject[i+2:]
			}
		}
		if len(subject) > 120 {
			subject = anniversarySubject(subject)
		}
		add(m[0], ord, subject)
	}
	return out
}

// matchesIf returns re's submatch indexes in s when ok, else none.
func matchesIf(ok bool, re *lazyRE, s string) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}
