package readout

import (
	"strconv"
	"strings"

	"github.com/readout-bot/readout/country"
)

// Anniversaries written out in words rather than as "Nth anniversary of":
// "the one-year anniversary of", "the 70th year since", "marks 30 years
// since", "marks 85 years of", "exactly one year ago", "a year ago today", "the
// sesquicentennial of". A plain "five years
// after the summit" or "two years ago" is not an anniversary.
var (
	numberWord  = `(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|eighty|ninety|hundred|one hundred)`
	yearAnnivRE = lazyRegexp(`(?i)\b(` + numberWord + `)[- ]years?[- ]anniversary of (?:the )?`)
	yearSinceRE = lazyRegexp(`(?i)\b(?:(\d{1,3})(?:st|nd|rd|th)|(` + strings.Join(ordinalWords, "|") + `)) year since (?:the )?`)
	// ("it was exactly 75 years since Australia and Indonesia
	// established diplomatic relations")
	yearsSince = lazyRegexp(`(?i)\b(?:marks?|marking|marked|been|is|was|will be) (?:exactly |precisely |now |just )?(` + numberWord + `) years since (?:the )?`)
	// "35 years have passed since the signing of the Treaty".
	yearsPassedRE = lazyRegexp(`(?i)\b(` + numberWord + `) years (?:have|has|had|will have) (?:passed|elapsed|gone by) since (?:the )?`)
	// "This year marks 85 years of diplomatic relations", "will
	// celebrate 30 years of partnership": the verb of a day marked.
	yearsOfRE   = lazyRegexp(`(?i)\b(?:marks?|marking|marked|celebrates?|celebrating|celebrated|commemorates?|commemorating|commemorated) (` + numberWord + `) years of (?:the )?`)
	centenaryRE = lazyRegexp(`(?i)\b(bi|sesqui)?centen(?:ary|nial) of (?:the )?`)
	yearsAgoRE  = lazyRegexp(`(?i)\b(exactly |precisely )?(` + numberWord + `) years? ago( today| this year)?\b,?`)
	// "marks six decades of diplomatic relations", "celebrate half a
	// century of diplomatic relations": a span in decades or centuries.
	decadesOfRE = lazyRegexp(`(?i)\b(?:marks?|marking|marked|celebrates?|celebrating|celebrated|commemorates?|commemorating|commemorated) ` +
		`(?:(two|three|four|five|six|seven|eight|nine|ten) decades|(half a century|a quarter(?: of a|-)? ?century|a century)) of (?:the )?`)
)

// jubileeRE reads a jubilee named by its metal or stone, of what it is
// the jubilee of: "the golden jubilee of their diplomatic relations".
var jubileeRE = lazyRegexp(`(?i)\b(silver|ruby|golden|diamond|platinum) jubilee of (?:the |their |its |our )?`)

// jubilees are the ordinals the names of jubilees stand for.
var jubilees = map[string]int{"silver": 25, "ruby": 40, "golden": 50, "diamond": 60, "platinum": 70}

var cardinalWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90,
	"hundred": 100, "one hundred": 100}

// cardinal reads "70", "seventy" or "a".
func cardinal(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return cardinalWords[lowerText(s)]
}

// writtenAnniversary is an anniversary written out: its ordinal and the
// subject it is of.
type writtenAnniversary struct {
	at, ordinal int
	subject     string
}

// writtenAnniversaries finds the anniversaries a sentence writes out.
func writtenAnniversaries(s string) []writtenAnniversary {
	var out []writtenAnniversary
	add := func(at, ord int, subject string) {
		subject = strings.TrimSpace(strings.TrimRight(subject, ".,;: "))
		if ord > 0 && ord <= 200 && subject != "" {
			out = append(out, writtenAnniversary{at: at, ordinal: ord, subject: subject})
		}
	}
	// "the centenary of the Lomé railway", "the bicentennial of
	// independence", "the sesquicentennial of the settlement".
	if containsText(s, "enten") {
		for _, m := range centenaryRE.FindAllStringSubmatchIndex(s, -1) {
			ord := 100
			if m[2] >= 0 {
				ord = 200
				if m[3]-m[2] > 2 {
					ord = 150
				}
			}
			add(m[0], ord, anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
		}
	}
	if containsText(s, " decades of ") || containsText(s, "entury of ") {
		for _, m := range decadesOfRE.FindAllStringSubmatchIndex(s, -1) {
			var ord int
			switch w := lowerText(s[max(m[2], m[4]):max(m[3], m[5])]); {
			case m[2] >= 0:
				ord = 10 * cardinalWords[w]
			case strings.HasPrefix(w, "half"):
				ord = 50
			case strings.HasPrefix(w, "a quarter"):
				ord = 25
			default:
				ord = 100
			}
			add(m[0], ord, anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
		}
	}
	// "the golden jubilee of their diplomatic relations": a jubilee
	// named by its metal or stone, of the ties between two sides (a
	// reign's or a hall's is left alone).
	if containsText(s, "ubilee") {
		for _, m := range jubileeRE.FindAllStringSubmatchIndex(s, -1) {
			subject := anniversarySubject(s[m[1]:min(len(s), m[1]+300)])
			if containsAny(lowerText(subject), "relations", "ties", "partnership", "friendship") {
				add(m[0], jubilees[lowerText(s[m[2]:m[3]])], subject)
			}
		}
	}
	if !containsText(s, "year") && !containsText(s, "Year") {
		return out
	}
	// Each expression runs only when the words it needs are there.
	lower := asciiLower(s)
	if !containsText(lower, "nniversary") && !containsText(lower, "since") && !containsText(lower, " ago") && !containsText(lower, " years of ") {
		return out
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
			ord = wordOrdinals[lowerText(s[m[4]:m[5]])]
		}
		// "now in the seventh year since its entry into force": a year
		// under way, not the day it began.
		if strings.HasSuffix(lower[:m[0]], "in the ") {
			continue
		}
		add(m[0], ord, anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
	}
	for _, m := range matchesIf(containsText(lower, " years since"), yearsSince, s) {
		add(m[0], cardinal(s[m[2]:m[3]]), anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
	}
	for _, m := range matchesIf(containsText(lower, " since") && (containsText(lower, " passed ") || containsText(lower, " elapsed ") || containsText(lower, " gone by ")), yearsPassedRE, s) {
		add(m[0], cardinal(s[m[2]:m[3]]), anniversarySubject(s[m[1]:min(len(s), m[1]+300)]))
	}
	for _, m := range matchesIf(containsText(lower, " years of "), yearsOfRE, s) {
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

// possessiveAnniversaries finds an anniversary its subject owns rather
// than follows "of": "ECOWAS's 50th anniversary", "ASEAN marks its 58th
// anniversary", "congratulated ASEAN on its 58th anniversary", and "the
// regional body, as it marks its 50th anniversary" (the body named in the
// sentence or the one before it, prev). An owner that is not found, or
// one a pronoun leaves unsure ("the company celebrated its tenth
// anniversary"), gives none.
func possessiveAnniversaries(s, prev string) []writtenAnniversary {
	lower := asciiLower(s)
	var out []writtenAnniversary
	for i := 0; ; {
		k := indexText(lower[i:], " anniversar")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len(" anniversar")
		// ("its 68th anniversary of independence": the "of" form's.)
		if strings.HasPrefix(lower[at:], " anniversary of ") {
			continue
		}
		ord, start := ordinalEndingAt(lower, at+1, 41)
		if ord == 0 {
			continue
		}
		if owner := annivOwner(strings.TrimRight(s[:start], " "), prev); owner != "" && ord <= 200 {
			out = append(out, writtenAnniversary{at: start, ordinal: ord, subject: owner})
		}
	}
}

// ownerVerbs mark an anniversary their subject owns: "X marks its …".
var ownerVerbs = []string{"marks", "marked", "is marking", "will mark", "celebrates", "celebrated", "is celebrating",
	"will celebrate", "commemorates", "commemorated", "marking", "celebrating"}

// collectiveNouns stand for a body named before them: "the regional
// body", "the bloc", "the Alliance".
var collectiveNouns = []string{"body", "bloc", "organisation", "organization", "community", "Community", "alliance",
	"Alliance", "union", "Union", "association", "Association", "grouping", "forum", "Forum"}

// annivOwner is the owner of the ordinal that ends before: "ECOWAS's",
// "ASEAN marks its", "congratulated ASEAN on its", "the regional body as
// it marks its"; "" when none is sure.
func annivOwner(before, prev string) string {
	w := lastWord(before)
	if name, ok := cutAnySuffix(w, "'s", "’s"); ok {
		if isAcronym(name) || len(findOrgs(name)) > 0 || len(findCountries(name)) > 0 {
			return name
		}
		return ""
	}
	if w != "its" && w != "their" {
		return ""
	}
	rest := strings.TrimRight(before[:len(before)-len(w)], " ")
	// "congratulated ASEAN on its …".
	if r, ok := strings.CutSuffix(rest, " on"); ok {
		return ownerAtEnd(r)
	}
	for _, v := range ownerVerbs {
		r, ok := strings.CutSuffix(rest, " "+v)
		if !ok {
			continue
		}
		// "… the regional body as it marks its …".
		if r == "it" || strings.HasSuffix(r, " it") || r == "they" || strings.HasSuffix(r, " they") {
			for _, n := range collectiveNouns {
				if findWord(r, n, "", "", false) {
					if o := lastOwnerOrg(r); o != "" {
						return o
					}
					return lastOwnerOrg(prev)
				}
			}
			return ""
		}
		return ownerAtEnd(r)
	}
	return ""
}

// ownerAtEnd is the body or country that ends s ("… ASEAN"), or "".
func ownerAtEnd(s string) string {
	for _, o := range country.FindOrgMentions(s) {
		if o.End == len(s) {
			return o.Text
		}
	}
	for _, c := range findCountryMentions(s) {
		if c.End == len(s) {
			return c.Text
		}
	}
	return ""
}

// lastOwnerOrg is the last body s names, as s writes it, or "".
func lastOwnerOrg(s string) string {
	ms := country.FindOrgMentions(s)
	if len(ms) == 0 {
		return ""
	}
	return ms[len(ms)-1].Text
}

// cutAnySuffix is strings.CutSuffix with the first of suffixes that s
// ends with.
func cutAnySuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if rest, ok := strings.CutSuffix(s, x); ok {
			return rest, true
		}
	}
	return s, false
}
