package readout

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
)

// Meeting kinds, most specific first; the first rule that matches wins.
// Every match of a rule holds one of its lits in some ASCII case.
var kindRules = []struct {
	re   *lazyRE
	lits []string
	kind string
}{
	{lazyRegexp(`(?i)\bcourtesy call\b`), []string{"courtesy call"}, "courtesy call"},
	{lazyRegexp(`(?i)\b(?:tele)?phone (?:talks?|calls?|conversations?|meetings?)\b|\bteleconference\b`), []string{"phone ", "teleconference"}, "telephone talk"},
	{lazyRegexp(`(?i)\bvideo[ -]?(?:conference|call|meeting|teleconference)s?\b|\bvirtual (?:meeting|summit)\b|\bvideoconference\b|\b(?:met|meet|meets) virtually\b`), []string{"video", "virtual"}, "video conference"},
	{lazyRegexp(`(?i)\bforeign ministers?[’']?s?[’']? (?:meeting|talks?|dialogue)\b`), []string{"foreign minister"}, "foreign ministers' meeting"},
	{lazyRegexp(`(?i)\bsummit\b`), []string{"summit"}, "summit meeting"},
	{lazyRegexp(`(?i)^joint (?:statement|declaration|communiqu[ée])\b`), []string{"joint "}, "joint statement"},
	// ("talked on the phone with", "by telephone")
	{callKindRE, []string{"call", "spoke", "speaks", "phone"}, "call"},
	{lazyRegexp(`(?i)\bmeetings?\b|\bmet\b|\bmeets\b|\btalks\b`), []string{"meet", "met", "talks"}, "meeting"},
}

// callKindRE is the rule of a call among kindRules.
var callKindRE = lazyRegexp(`(?i)\bcalls?\b|\bspoke\b|\bspeaks\b|\bspoken\b|\b(?:on|over) the (?:tele)?phone\b|\bby (?:tele)?phone\b`)

// meetingKind classifies a title or lead sentence; "" when nothing matches.
func meetingKind(s string) string {
	// `(?i)` also folds "ſ" to "s" and "K" (Kelvin) to "k": text with
	// either skips the cheap tests.
	exotic := containsText(s, "ſ") || containsText(s, "\u212a")
	for _, r := range kindRules {
		if (exotic || containsAnyFold(s, r.lits)) && r.re.MatchString(s) {
			if r.kind == "call" && (onlyCallsOn(s) || spokeOnlyToPress(s, r.re)) {
				// "Foreign Minister calls on the Chief Adviser": a
				// visit in person, no call.
				continue
			}
			return r.kind
		}
	}
	return ""
}

// onlyCallsOn reports whether every "call" of s is one paid on someone
// ("calls on", "called on", "call on") or an appeal ("… meets Libya's
// Prime Minister, calls for safe pathways", "called upon") and s has no
// other word of a call.
func onlyCallsOn(s string) bool {
	if containsAnyFold(s, []string{"spoke", "speaks", "spoken", "phone"}) {
		return false
	}
	n := 0
	for i := 0; i+4 <= len(s); i++ {
		if s[i] != 'c' && s[i] != 'C' || !hasPrefixFold(s[i+1:], "all") || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(s[i+4:], "ed"), "s")
		// ("held a call for an hour": a call's noun before "for" is one.)
		verb := len(rest) < len(s)-i-4
		if !strings.HasPrefix(rest, " on ") && !(verb && hasAnyPrefix(rest, []string{" for ", " upon "})) {
			return false
		}
		n++
	}
	return n > 0
}

// containsAnyFold reports whether s contains one of subs (lower-case
// ASCII), ignoring the case of ASCII letters.
func containsAnyFold(s string, subs []string) bool {
	for _, sub := range subs {
		if containsFold(s, sub) {
			return true
		}
	}
	return false
}

var (
	// (The last choices are a time written with a dot before a word that
	// makes it one: "at 10.30 hours", "10.00 local time", "10.00 WIB";
	// and one without the dot before "hrs" or "hours".)
	timeRE = lazyRegexp(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(\d{1,2}):(\d{2})\b|\b(noon|midday)\b|` +
		`\b(\d{1,2})\.(\d{2})\s*(?:hours|hrs|local time|(?-i:[A-Z]{2,5}))\b|` +
		// "at 1030 hrs": South Asia's 24-hour time without a stop; "at
		// 1500H": the Philippines' and others' military time.
		`\b([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hours|hrs)|H)\b|` +
		// "at 18h30": France's and others' 24-hour time.
		`\b([01]?\d|2[0-3])h([0-5]\d)\b`)
	durRE = lazyRegexp(`(?i)\b(?:for|lasting|of)\s+(?:approximately|about|around|some|roughly|nearly|over|almost|just over|more than|a little over)?\s*` +
		`(?:(\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s+(?:and a half\s+)?hours?(\s+and\s+a\s+half)?(?:\s+and\s+(\d+)\s+minutes?)?|(\d+)\s+minutes?)\b`)
	halfHourRE = lazyRegexp(`(?i)\band a half\b`)
	attendRE   = lazyRegexp(`(?i)\b(?:attended|accompanied|were present|was present|joined|also present)\b`)

	followOnRE = lazyRegexp(`(?i)\bjoint (?:statement|declaration|communiqu[ée]|press (?:conference|announcement|statement|encounter)|press)\b|` +
		`\bsigning ceremony(?: (?:of|for) (?:the )?exchange of notes)?\b|\bexchange of notes\b|` +
		`\b(?:working |official |state )?(?:dinner|lunch|luncheon|banquet|breakfast)\b|\bpress conference\b|\b(?:welcome|guard of honou?r) ceremony\b`)
)

var numberWords = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// laterStart reads the start a later sentence of the lead, or the
// paragraph after it, gives the meeting when the lead's main sentence
// gives none: "During the meeting, which took place
// at 11:00 a.m. in the Hall of the Americas, …". Only a sentence that
// names the meeting, talks or call before "took place at", "began at" or
// "started at" is read.
func laterStart(rest []string, lead string) string {
	// (rest holds the lead itself, unless the page is numbered.)
	if len(rest) > 0 && rest[0] == lead {
		rest = rest[1:]
	}
	if lead == "" {
		return ""
	}
	// ("X held talks in Moscow with Y. The talks began at 11:00.": the
	// lead's own later sentence, then the next paragraph's.)
	for i, l := range [2]string{lead, ""} {
		if i == 1 {
			if len(rest) == 0 {
				break
			}
			l = rest[0]
		}
		k := firstIndex(l, startCues)
		if k < 0 || !strings.ContainsAny(l[k:], "0123456789") {
			continue
		}
		for _, s := range splitSentences(l) {
			// ("The video conference, which began at 8:00 a.m. …", "The
			// audience started at …".)
			if k := firstIndex(s, startCues); k > 0 && containsAny(s[:k], "meeting", "talks", "call", "conversation", "conference", "audience", "consultations") {
				return cmp.Or(startLocal(s[k:]), bareHourStart(s[k:]))
			}
		}
	}
	return ""
}

// bareHourRE reads an hour written alone after a start cue, as offices
// that write the hour of the day without minutes do: "The meeting began
// at 11 in the President's office", "the talks started at 16, and …".
// What follows is a word of place, time or sequence, or the clause's end,
// never a unit ("at 11 percent", "at 11 million").
var bareHourRE = lazyRegexp(`^ (?:took place|began|started|commenced) at ([01]?\d|2[0-3])(?:[,;.]|\s+(?:in|at|and|with|on|o'clock)\b)`)

// bareHourStart is the start bareHourRE reads at the opening of s, one of
// startCues and what follows it; "" for an hour before 7, which a page
// may mean in the afternoon.
func bareHourStart(s string) string {
	m := bareHourRE.FindStringSubmatch(s)
	if m == nil || atoi(m[1]) < 7 {
		return ""
	}
	return fmt.Sprintf("%02d:00", atoi(m[1]))
}

// fieldTimeRE reads a header's "Time:" field that holds a 24-hour time
// written with a dot or a colon and nothing after it: "Time: 11.30".
var fieldTimeRE = lazyRegexp(`^Time: ([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*(?:hrs|h|hours))?\.?$`)

// fieldStart reads the start a header's field gives: "Date and time:
// Monday, 24 February 2025, 15:00–16:10", "Time: 11.30".
func fieldStart(fl string) string {
	if st := startLocal(fl); st != "" {
		return st
	}
	if m := fieldTimeRE.FindStringSubmatch(fl); m != nil {
		return fmt.Sprintf("%02d:%s", atoi(m[1]), m[2])
	}
	return ""
}

// arrivalStart reads the start of a visit's meeting from the guest's
// arrival, which the lead's next sentence gives when its main sentence
// gives no hour: "… received Prime Minister X at the Merdeka Palace on
// Monday. Upon his arrival at around 10.00 WIB, Prime Minister X was
// welcomed with an official ceremony."
func arrivalStart(sents []string, main string) string {
	k := slices.Index(sents, main)
	if k < 0 || k+1 >= len(sents) {
		return ""
	}
	s := sents[k+1]
	head := s[:min(len(s), 30)]
	if !strings.HasPrefix(head, "Upon ") && !strings.HasPrefix(head, "On ") || !containsText(head, " arrival") {
		return ""
	}
	return startLocal(s)
}

// talks takes the place and day of a visit's talks from s, the
// sentence that reports them, whose verb ends at k.
func (f *leadFacts) talks(s string, k int, titleDate string, ref time.Time) {
	if p := placeOf(s, k); p != "" {
		f.meeting.Location = p
	}
	if _, ok := findDate(s); ok {
		f.meeting.Date = meetingDate(s, k, titleDate, ref)
	}
}

// talksNext reads the talks of a visit whose lead ends with the visit
// from the first sentence of the next paragraph, when it reports them:
// "X paid an official visit to Sri Lanka from 2 to 4 March 2025 …" and
// then "The two Ministers held bilateral discussions at the Ministry of
// Foreign Affairs in Colombo on 3 March 2025." body holds the page's
// paragraphs from the lead's on (or before it).
func (f *leadFacts) talksNext(body []string, lead string) {
	if f.visitRef.IsZero() && f.visitDay == "" {
		return
	}
	i := slices.Index(body, lead)
	if i < 0 || i+1 >= len(body) {
		return
	}
	next := body[i+1]
	s := next[:min(len(next), 400)]
	if !opensTalks(s) {
		return
	}
	if sents := splitSentences(s); len(sents) > 0 {
		if k := talksVerb(sents[0]); k > 0 {
			f.talks(sents[0], k, f.visitDay, f.visitRef)
		}
	}
}

// tripFirstDay dates the meeting of a lead that states no day by the
// first day of the trip the paragraph before it reports: "Minister X
// travelled to West Africa from 8 to 11 April." and then "In Accra, the
// Foreign Minister met President Y …": the trip's first meeting is on
// its first day. body holds the page's paragraphs; ref is the
// publication date.
func (f *leadFacts) tripFirstDay(body []string, lead string, ref time.Time) {
	i := slices.Index(body, lead)
	if i < 1 || ref.IsZero() {
		return
	}
	prev := body[i-1]
	if len(prev) > 400 || !containsAny(prev, tripVerbs...) || !containsText(prev, " from ") {
		return
	}
	// The lead's own day, written or relative, is the meeting's.
	if _, ok := findDate(lead); ok || ownDay(lead) {
		return
	}
	d, ok := findDate(prev)
	if !ok {
		return
	}
	if d, ok := d.resolveYear(ref); ok {
		f.meeting.Date = d.time().Format(time.DateOnly)
	}
}

// laterDay dates the meeting of a lead that states no day by the first
// of the next paragraphs that reports it with a relative day: "X and Y
// met in London." then "A spokesperson said:" and "The Foreign Secretary
// and Foreign Minister Y had a warm and productive meeting in London
// yesterday." body holds the page's paragraphs; ref is the publication
// date, against which the day is read.
func (f *leadFacts) laterDay(body []string, lead string, ref time.Time) {
	i := slices.Index(body, lead)
	if i < 0 || ref.IsZero() {
		return
	}
	if _, ok := findDate(lead); ok || ownDay(lead) {
		return
	}
	for _, p := range body[i+1 : min(len(body), i+3)] {
		for _, s := range splitSentences(p[:min(len(p), 400)]) {
			if !containsAny(s, " meeting ", " met ", " talks ") || !ownDay(s) {
				continue
			}
			if _, ok := findDate(s); ok {
				continue
			}
			f.meeting.Date = meetingDate(s, len(s), "", ref)
			return
		}
	}
}

// ownDay reports whether s dates its meeting by a relative day or a
// weekday ("yesterday", "this morning", "on Monday").
func ownDay(s string) bool {
	lower := lowerText(s)
	for _, r := range relativeDays {
		if containsText(lower, r.word) {
			return true
		}
	}
	for name := range weekdays {
		if containsText(s, name) {
			return true
		}
	}
	return false
}

// talksAfter returns the sentence after main when it reports the talks
// of both sides ("The two Ministers held talks at …", "Both leaders met
// …"), and where its verb ends; k is 0 when it does not.
func talksAfter(sents []string, main string) (s string, k int) {
	i := slices.Index(sents, main)
	if i < 0 || i+1 >= len(sents) {
		return "", 0
	}
	s = sents[i+1]
	if !opensTalks(s) {
		return "", 0
	}
	if k := talksVerb(s); k > 0 {
		return s, k
	}
	return "", 0
}

// opensTalks reports whether s opens as the talks of a visit do: "The
// two …", "Both …", or either after a fronted phrase ("During the visit,
// the two leaders …", "On 13 September, both Ministers …").
func opensTalks(s string) bool {
	if strings.HasPrefix(s, "The two ") || strings.HasPrefix(s, "Both ") {
		return true
	}
	k := strings.Index(s[:min(len(s), 60)], ", ")
	return k > 0 && (strings.HasPrefix(s[k+2:], "the two ") || strings.HasPrefix(s[k+2:], "both "))
}

// talksWords end the noun of a verb of talks: "held delegation-level
// talks", "held a restricted meeting".
var talksWords = []string{"talks", "discussions", "meeting", "consultations"}

// talksVerb returns where the verb of talks ends in the opening of s
// ("The two Ministers held bilateral discussions …"), or 0: "held" and
// its noun within three words ("held wide-ranging delegation-level
// talks"), or "met".
func talksVerb(s string) int {
	head := s[:min(len(s), 90)]
	if j := indexText(head, " held "); j > 0 {
		at := j + len(" held ")
		for n := 0; n < 4 && at < len(s); n++ {
			w := s[at:]
			if e := strings.IndexByte(w, ' '); e >= 0 {
				w = w[:e]
			}
			if bare := strings.TrimRight(w, ",.;"); slices.Contains(talksWords, bare) {
				return at + len(bare)
			}
			at += len(w) + 1
		}
	}
	if j := indexText(s[:min(len(s), 60)], " met "); j > 0 {
		return j + len(" met ")
	}
	return 0
}

// startCues open the start of a meeting reported after its lead.
var startCues = []string{" took place at ", " began at ", " started at ", " commenced at "}

// startLocal returns the first clock time in s as HH:MM (24-hour).
func startLocal(s string) string {
	// Every match holds a digit, "noon" or "midday".
	if !strings.ContainsAny(s, "0123456789") && !containsFold(s, "noon") && !containsFold(s, "midday") {
		return ""
	}
	// A time the text marks as another zone's ("2:43 a.m. on July 30,
	// Japan time", "9:40 p.m. JST") is not the local one.
	var m []string
	mAfter := "" // the text after the chosen time
	for from, n := 0, 0; from < len(s) && n < 4; n++ {
		loc := findTime(s[from:])
		if loc == nil {
			break
		}
		cand := make([]string, len(loc)/2)
		for k := range cand {
			if loc[2*k] >= 0 {
				cand[k] = s[from+loc[2*k] : from+loc[2*k+1]]
			}
		}
		end := from + loc[1]
		after := s[end:min(len(s), end+30)]
		if i := strings.IndexAny(after, "();"); i >= 0 {
			after = after[:i]
		}
		if m == nil {
			m, mAfter = cand, after
		}
		// ("10.00 GMT": the zone may end the match.)
		if !otherZone(after) && !otherZone(cand[0]) {
			m, mAfter = cand, after
			break
		}
		from = end
	}
	if m == nil {
		return dottedStart(s)
	}
	var h, mi int
	switch {
	case m[6] != "":
		h = 12
	case m[3] != "":
		h, mi = atoi(m[1]), atoi(m[2])
		pm := strings.HasPrefix(lowerText(m[3]), "p")
		switch {
		case h > 12:
			// "17:50 p.m.": a 24-hour time with a stray suffix.
		case h == 12 && pm:
		case h == 12:
			h = 0
		case pm:
			h += 12
		}
	case m[4] != "":
		h, mi = atoi(m[4]), atoi(m[5])
	case m[9] != "":
		h, mi = atoi(m[9]), atoi(m[10])
	case m[11] != "":
		h, mi = atoi(m[11]), atoi(m[12])
	default:
		h, mi = atoi(m[7]), atoi(m[8])
	}
	// "at 3:00 in the afternoon": a 12-hour time with its half of the
	// day in words.
	if h >= 1 && h < 12 && m[3] == "" && hasAnyPrefix(mAfter, []string{" in the afternoon", " in the evening", " at night"}) {
		h += 12
	}
	if h > 23 || mi > 59 {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", h, mi)
}

// dottedAtRE reads a 24-hour time with a dot after "at", as European
// offices write it with no word after: "received X today at 11.00", "at
// 15.30, the talks began". What follows is no unit of a number ("at
// 3.50 percent", "at 11.00 million").
var dottedAtRE = lazyRegexp(`\bat ([01]?\d|2[0-3])\.([0-5]\d)(?:[.;)]?\s*$|[,;)] |\. +\p{Lu}| +(?:and|in|on|with|at|the|local|\())`)

// dottedStart is the start dottedAtRE reads in s, or "".
func dottedStart(s string) string {
	if !strings.Contains(s, "at ") || !strings.Contains(s, ".") {
		return ""
	}
	m := dottedAtRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return fmt.Sprintf("%02d:%s", atoi(m[1]), m[2])
}

// otherZone reports whether text next to a time names the publisher's
// home zone rather than the local one: "JST", "Japan time", "Tokyo time".
func otherZone(s string) bool {
	return containsAny(s, "JST", "Japan time", "Japan Time", "Tokyo time", "GMT", "BST", "EST", "EDT")
}

// relativeDays are words that date a meeting against the publication
// date.
var relativeDays = []struct {
	word string
	days int
}{{"day before yesterday", -2}, {"yesterday", -1}, {"last night", -1}, {"earlier today", 0}, {"today", 0}, {"this morning", 0},
	{"this afternoon", 0}, {"this evening", 0}, {"tonight", 0}}

var weekdays = map[string]time.Weekday{"Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday,
	"Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday, "Sunday": time.Sunday}

// meetingDate dates the meeting of a lead's main sentence, whose verb
// frame starts at verb: a date that
// opens it ("On March 20, …") or stands before its verb; else a relative
// day against ref ("yesterday", "this afternoon", "on Monday"); else any
// date in it, the title's date, or ref itself.
func meetingDate(main string, verb int, titleDate string, ref time.Time) string {
	d, hasDate := findDate(main)
	// "… held a telephone conversation this Thursday with Y to prepare
	// the Summit, which Honduras will host on April 9": a day after the
	// verb in what is still to come is another event's.
	if hasDate && verb >= 0 && d.start > verb && containsAny(main[verb:d.start], futureMarkersInClause...) {
		hasDate = false
	}
	// A day without a year ("on Feb. 9") is the latest such day on or
	// before publication, or a few weeks ahead for a meeting to come.
	ahead := 1
	if containsAny(main, " will ", " plans to ", " is to ", " are to ", " next ", " upcoming ") {
		ahead = 31
	}
	// "Following the President's call with Prime Minister X on April 24,
	// Y met today with …": the date of an earlier event in a fronted
	// clause gives way to the main clause's own day.
	if hasDate && d.start < verb && hasAnyPrefix(main, frontedEarlier) && ownDay(main[d.start:min(len(main), verb+12)]) {
		hasDate = false
	}
	if hasDate && d.start < verb {
		if d, ok := d.resolveYearAhead(ref, ahead); ok {
			return d.time().Format(time.DateOnly)
		}
	}
	// "today (Monday 3 March)", "this evening (Sunday 9 March)": a day
	// in brackets says which day the relative one is.
	if hasDate {
		if open := strings.LastIndexByte(main[:d.start], '('); open >= 0 && d.start-open <= 12 && !strings.Contains(main[open:d.start], ")") {
			if d, ok := d.resolveYearAhead(ref, ahead); ok {
				return d.time().Format(time.DateOnly)
			}
		}
	}
	// "this afternoon, 11 June 2025": the day after a comma says which
	// day the relative one is, as one in brackets does.
	if hasDate {
		before := lowerText(strings.TrimSuffix(main[:d.start], ", "))
		for _, r := range relativeDays {
			if len(before) < d.start && strings.HasSuffix(before, " "+r.word) {
				if d, ok := d.resolveYearAhead(ref, ahead); ok {
					return d.time().Format(time.DateOnly)
				}
			}
		}
	}
	if !ref.IsZero() {
		lower := lowerText(main)
		for _, r := range relativeDays {
			if i := indexText(lower, r.word); i >= 0 && (i == 0 || !isWordByte(lower[i-1])) {
				return ref.AddDate(0, 0, r.days).Format(time.DateOnly)
			}
		}
		if !hasDate {
			// "on Wednesday (14/5)", "this Tuesday (8)": the day of the
			// month (and the month) in brackets after the weekday, as
			// Indonesia's and Brazil's pages write it.
			if t, ok := weekdayBracketDate(main, ref); ok {
				return t.Format(time.DateOnly)
			}
			if day := namedWeekday(main, ref); day != "" {
				return day
			}
		}
	}
	if hasDate {
		if d, ok := d.resolveYearAhead(ref, ahead); ok {
			return d.time().Format(time.DateOnly)
		}
	}
	// "on the 17th (local time)": a day of the month alone is the latest
	// such day on or before publication.
	if day := bareOrdinalDay(main); day > 0 && !ref.IsZero() {
		t := time.Date(ref.Year(), ref.Month(), day, 0, 0, 0, 0, time.UTC)
		if day > ref.Day()+1 {
			t = time.Date(ref.Year(), ref.Month()-1, day, 0, 0, 0, 0, time.UTC)
		}
		if t.Day() == day {
			return t.Format(time.DateOnly)
		}
	}
	if titleDate != "" {
		return titleDate
	}
	if !ref.IsZero() {
		return ref.Format(time.DateOnly)
	}
	return ""
}

// weekdayBracketDate reads a weekday followed by the day of the month in
// brackets, with or without the month: "Wednesday (14/5)", "Tuesday (8)".
// The date is the latest such day on or before ref (a few days ahead
// allowed), and must fall on that weekday.
func weekdayBracketDate(main string, ref time.Time) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	for from := 0; ; {
		i := strings.Index(main[from:], "day (")
		if i < 0 {
			return time.Time{}, false
		}
		i += from
		from = i + len("day (")
		j := strings.LastIndexByte(main[:i], ' ') + 1
		wd, ok := weekdays[main[j:i+len("day")]]
		if !ok {
			continue
		}
		inner, _, ok := strings.Cut(main[from:min(len(main), from+6)], ")")
		if !ok {
			continue
		}
		dayText, monthText, withMonth := strings.Cut(inner, "/")
		day, err := strconv.Atoi(dayText)
		if err != nil || day < 1 || day > 31 {
			continue
		}
		month := int(ref.Month())
		if withMonth {
			if month, err = strconv.Atoi(monthText); err != nil || month < 1 || month > 12 {
				continue
			}
		}
		t := time.Date(ref.Year(), time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.After(ref.AddDate(0, 0, 7)) {
			if withMonth {
				t = t.AddDate(-1, 0, 0)
			} else {
				t = time.Date(ref.Year(), ref.Month()-1, day, 0, 0, 0, 0, time.UTC)
			}
		}
		if t.Day() == day && t.Weekday() == wd {
			return t, true
		}
	}
}

// namedWeekday dates the weekday main names ("on Monday", "this
// Tuesday", "last Friday", "next Thursday") against ref: the latest such
// day, or the coming one for a meeting still to come; of two, the first
// named is the meeting's ("met on Monday and will visit Luanda on
// Tuesday"). It is "" when main names none.
func namedWeekday(main string, ref time.Time) string {
	at, day := -1, ""
	for name, wd := range weekdays {
		i := indexText(main, name)
		if i < 0 || at >= 0 && i > at {
			continue
		}
		last := containsText(main, "last "+name) || containsText(main, "Last "+name) || containsText(main, "past "+name)
		// "held this Tuesday a videoconference": the latest such day,
		// as "on Tuesday".
		this := containsText(main, "this "+name) || containsText(main, "This "+name)
		next := containsText(main, "next "+name) || containsText(main, "Next "+name)
		if !containsText(main, "on "+name) && !containsText(main, "On "+name) && !last && !this && !next {
			continue
		}
		at = i
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		if last && back == 0 {
			back = 7 // "last Monday" on a Monday
		}
		if !last && (next || futureBefore(main, i)) {
			// "will on Thursday host", "next Thursday": the coming such
			// day.
			back = -((int(wd) - int(ref.Weekday()) + 7) % 7)
		}
		day = ref.AddDate(0, 0, -back).Format(time.DateOnly)
	}
	return day
}

// futureBefore reports whether an auxiliary of the future stands in the
// clause of main that ends at i: "will on Thursday host", "will host …
// on Thursday".
func futureBefore(main string, i int) bool {
	clause := main[:i]
	if k := strings.LastIndexAny(clause, ";."); k >= 0 {
		clause = clause[k+1:]
	}
	if k := strings.LastIndex(clause, " and "); k >= 0 {
		clause = clause[k:]
	}
	return containsAny(clause, " will ", " will,", " shall ", " is to ", " are to ", " is scheduled to ", " is expected to ")
}

// futureMarkersInClause mark what follows them as still to come.
var futureMarkersInClause = []string{" will ", " to be held", " next ", " upcoming ", " scheduled ", " is to ", " are to "}

// durationMinutes reads "for approximately 2 hours and 10 minutes".
func durationMinutes(s string) int {
	// Every match holds "hour" or "minute".
	if !containsFold(s, "hour") && !containsFold(s, "minute") {
		return spanMinutes(s)
	}
	m := findDuration(s)
	if m == nil {
		return 0
	}
	if m[4] != "" {
		return atoi(m[4])
	}
	h, ok := numberWords[lowerText(m[1])]
	if !ok {
		h, _ = strconv.ParseFloat(m[1], 64)
	}
	mins := int(h * 60)
	if m[2] != "" || halfHourRE.MatchString(m[0]) {
		mins += 30
	}
	return mins + atoi(m[3])
}

// spanMinutes is the length of a meeting written as its start and end:
// "from 2:30 p.m. to 3:15 p.m." gives 45; 0 when s gives none.
func spanMinutes(s string) int {
	i := indexText(s, "from ")
	if i < 0 {
		return 0
	}
	j := indexText(s[i:], " to ")
	if j < 0 || j > 30 {
		return 0
	}
	from, to := startLocal(s[i:i+j]), startLocal(s[i+j:min(len(s), i+j+24)])
	if from == "" || to == "" {
		return 0
	}
	d := clockMinutes(to) - clockMinutes(from)
	if d > 720 {
		d -= 720 // "from 2:30 to 3:15 p.m.": the first time's half of the day is the second's
	}
	if d <= 0 || d > 600 {
		return 0
	}
	return d
}

// clockMinutes is the minutes since midnight of "HH:MM".
func clockMinutes(hm string) int {
	return atoi(hm[:2])*60 + atoi(hm[3:])
}

// Titles and honorifics.
var (
	// (Agencies' abbreviations of offices, "PM", "FM", "DPM": "Lao
	// Deputy PM, FM Thongsavanh Phomvihane".)
	titleVocab = setOf("PM", "FM", "DPM", "Prime", "Minister", "President", "Vice", "Deputy", "Chief", "Cabinet", "Secretary",
		"Councillor", "Councilor",
		"Canciller", "Chanceler",

		"National", "Security", "Advisor", "Adviser", "Foreign", "Defense", "Defence", "State", "General",
		"Chancellor", "King", "Queen", "Crown", "Prince", "Princess", "Emperor", "Sultan", "Amir", "Emir",
		// Kiribati's President, "Beretitenti Taneti Maamau".
		"Beretitenti",
		"Taoiseach", "Tánaiste", "Premier", "Chairman", "Chairwoman", "Chair", "Governor", "Ambassador", "Special", "Envoy",
		"Senior", "Principal", "Parliamentary", "Director", "Commander", "Speaker", "Leader", "Affairs", "Relations",
		"Counsellor", "Counselor", "Counsel", "Federal", "Minister-President", "Secretary-General", "Director-General", "Vice-Minister",
		"Vice-President", "Acting", "Assistant", "Executive", "Managing", "Coordinator", "Administrator", "Spokesperson",
		"Presidential", "Delegate", "Staff", "Rapporteur", "Under", "Undersecretary", "Under-Secretary", "High", "Representative", "Commissioner", "Majesty", "Highness", "Royal",
		"Grand", "Duke", "First", "Lady", "Mayor", "Senator", "Congressman", "Congresswoman", "Elect",
		"President-elect", "Premier-elect", "Home", "Finance", "Trade", "Economy", "Economic", "Minister-Counsellor",
		// Offices written as their initials before a name ("HR/VP
		// Kallas", "EAM Dr. S. Jaishankar", "VP Sara Duterte", "SG
		// Rutte", "DPM/FM Ishaq Dar", "CS Mudavadi"): read as offices,
		// never as a name's words.
		"EAM", "VP", "SG", "UNSG", "DSG", "SRSG", "HR/VP", "HRVP", "DPM/FM", "PM/FM", "NSA", "MoS", "CS",
		// An envoy's offices: "Ambassador Extraordinary and
		// Plenipotentiary", "Permanent Representative", "Chargé
		// d'Affaires".
		"Extraordinary", "Plenipotentiary", "Permanent", "Chargé", "d'Affaires", "d’Affaires")
	headWords = setOf("Minister", "President", "Chancellor", "King", "Queen", "Emperor", "Prince", "Princess", "Sultan", "Beretitenti",
		"Amir", "Emir", "Taoiseach", "Tánaiste", "Premier", "Secretary", "Undersecretary", "Under-Secretary", "Rapporteur", "Chairman", "Chairwoman", "Chair", "Governor",
		"Ambassador", "Advisor", "Adviser", "Director", "Envoy", "Speaker", "Leader", "Commander",
		"Secretary-General", "Director-General", "Vice-Minister", "Counsellor", "Counsel", "Coordinator", "Administrator", "Representative",
		// Switzerland's ministers ("Federal Councillor X").
		"Councillor", "Councilor",
		"Commissioner", "Mayor", "Minister-President", "President-elect", "Spokesperson", "Head", "Assistant",
		// Latin America's foreign ministers, "Canciller X".
		"Canciller", "Chanceler",
		// Offices written as their initials (see titleVocab).
		"EAM", "VP", "SG", "UNSG", "DSG", "SRSG", "HR/VP", "HRVP", "DPM/FM", "PM/FM", "NSA", "MoS", "CS")
	headOfGovernment = lazyRegexp(`\b(?:Prime Minister|President|Chancellor|King|Queen|Emperor|Sultan|Amir|Emir|Taoiseach|Premier|General Secretary|State Counsellor)\b`)
	honorifics       = []string{
		"Samdech Akka Moha Sena Padei Techo", "Samdech Moha Borvor Thipadei", "Samdech Moha Bovor Thipadei", "Samdech Thipadei", "Samdech Techo", "Samdech", "Thipadei",
		"His Excellency", "Her Excellency", "His Majesty", "Her Majesty", "His Royal Highness", "Her Royal Highness",
		"His Highness", "Her Highness", "H.E.", "H.E", "Mr.", "Ms.", "Mrs.", "Dr.", "Hon.", "the Honorable",
		"The Honorable", "the Honourable", "The Honourable", "Honorable", "Mr", "Ms", "Mrs", "Dr",
		// A rank before the name: "Gen. Mark A. Milley", "Adm. Jane Roe".
		"Gen.", "Adm.", "Lt. Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Brig.", "Cmdr.", "Sgt.",
		// India's "Shri" and "Smt.", Malaysia's and Brunei's titles of
		// honour and "Haji" ("Dato' Seri Utama Haji Mohamad bin Haji
		// Hasan", "Tan Sri Dato' …"): styles before the name, never part
		// of it as the page's own reader writes it.
		// ("YAB Dato' Seri Anwar Ibrahim", "YB Tuan X": Malaysia's
		// forms of address in capitals, and its "Tuan" and "Puan".)
		"YAB", "YB", "YBhg.", "YBhg", "YAM", "Tuan", "Puan",
		// ("Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz": a prince's
		// style before them.)
		"Tengku", "Tunku", "Datuk Seri Utama", "Datin Paduka", "Datin", "Toh Puan",
		"Shri", "Shrimati", "Smt.", "Dato' Seri Utama", "Dato’ Seri Utama", "Dato' Seri", "Dato’ Seri",
		"Dato' Sri", "Dato’ Sri", "Datuk Seri", "Tan Sri", "Dato'", "Dato’", "Datuk", "Tun", "Haji", "Hajjah",
		// The Gulf's "Sheikh", an academic's or an engineer's style
		// ("Chief Adviser Professor Muhammad Yunus", "H.E. Eng. Abdullahi
		// Warsame").
		"Sheikh", "Sheikha", "Shaikh", "Professor", "Prof.", "Eng.",
		// West Africa's pilgrims' styles: "Alhaji Ahmed Bello".
		"Alhaji", "Alhaja", "Hajia",
		// An ambassador's style before a minister's name ("Amb. Olivier
		// Nduhungirehe"), and the styles of descent Iran's and Oman's
		// pages write before a name ("Seyed Abbas Araghchi", "Sayyid
		// Badr Albusaidi"), which their readers leave out.
		"Amb.", "Seyed", "Seyyed", "Sayyid",
		// Styles and ranks a reader leaves out too: "H. E. Ms. …" spaced,
		// an engineer's "Engr.", "Sir"/"Dame", "Mme", "Excellency",
		// "Ambassador" and "General" before a guest's name.
		"H. E.", "Engr.", "Sir", "Dame", "Excellency", "Ambassador", "General",
		// The Gulf's abbreviations of "His Highness" and "His Royal Highness".
		"H.H.", "H.R.H.", "HRH", "Prince", "Princess",
		// The Holy See's and Samoa's styles.
		"His Serene Highness", "Her Serene Highness", "His Eminence", "Her Eminence", "Cardinal", "Archbishop", "Monsignor", "Msgr.", "Lau Afioga", "Afioga", "Susuga",
		// Myanmar's "U" and "Daw" (Mr., Ms.), Jamaica's "the Most Hon.".
		"U", "Daw", "the Most Hon.", "The Most Hon.", "Most Hon.",
		// The Commonwealth's "the Hon." and "the Rt Hon" after an
		// office's comma ("Minister for …, the Hon. Pat Conroy MP"), and
		// the French "Madame" and "Mme" of West Africa's pages.
		"the Hon.", "The Hon.", "the Rt Hon", "The Rt Hon", "Rt Hon", "the Rt. Hon.", "The Rt. Hon.", "Rt. Hon.",
		"the Right Honourable", "The Right Honourable", "Right Honourable", "Madame", "Madam", "Mme", "Mme.",
		"Honourable", "the Hon", "The Hon",
		// "Rt Hon." with a stop, as the Pacific's pages write it; India's
		// "Shri" and "Smt" (Mr., Mrs.).
		"the Rt Hon.", "The Rt Hon.", "Rt Hon.", "Shri", "Smt", "Smt.", "Shrimati", "Sushri",
		// Afghanistan's and South Asia's religious scholars' style
		// ("Mawlawi Amir Khan Muttaqi").
		"Mawlawi", "Mawlavi", "Maulvi", "Moulvi",
		// Southern Africa's advocates ("President Advocate Duma Boko").
		"Advocate", "Adv.",
		// The Caribbean's appointed senators: "Senator the Hon. X".
		"Senator the Hon.", "Senator the Honourable",
		// South Asia's "Hon'ble" ("called on Hon'ble Foreign Minister").
		"Hon'ble", "Hon’ble",
		// The Gulf's "HE" and "HH" without their stops.
		"HE", "HH",
		// Ranks written out before a name, as officers who lead states
		// and ministries are styled ("his Burkinabè counterpart, Captain
		// Ibrahim Traoré", "Senior General Min Aung Hlaing"); a reader
		// leaves them out, as "General". (The longer first.)
		"Senior General", "Field Marshal", "Air Chief Marshal", "Air Marshal", "Lieutenant General", "Lieutenant Colonel",
		"Major General", "Brigadier General", "Vice Admiral", "Rear Admiral", "Admiral", "Colonel", "Captain",
		"Lieutenant", "Major", "Brigadier", "Marshal", "Commodore",
		// Australia's senators in the Ministry, without the stop:
		// "Senator the Hon Penny Wong".
		"Senator the Hon",
	}
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stripHonorifics removes honorifics and styles before a name:
// "Samdech Akka Moha Sena Padei Techo Hun Sen" gives "Hun Sen".
func stripHonorifics(name string) string {
	for changed := true; changed && name != ""; {
		changed = false
		// Only the honorifics that begin with the name's first byte can
		// open it (in their order in honorifics).
		for _, h := range honorificsByByte[name[0]] {
			if hasPrefixSpace(name, h) {
				// ("Puan Maharani": Malaysia's "Puan" before one word
				// alone is Indonesia's given name.)
				if (h == "Puan" || h == "Tuan") && !strings.Contains(strings.TrimSpace(name[len(h):]), " ") {
					continue
				}
				name = strings.TrimSpace(name[len(h):])
				changed = true
				break
			}
		}
	}
	return strings.TrimRight(name, ",")
}

// honorificsByByte holds honorifics by their first byte.
var honorificsByByte = func() (m [256][]string) {
	for _, h := range honorifics {
		m[h[0]] = append(m[h[0]], h)
	}
	return m
}()

// person is a participant as read from text, before the country is resolved.
type person struct {
	name, title, countryText string
	end                      int  // offset just past the person in the text
	subject                  bool // the lead's grammatical subject (the host side)
	unnamed                  bool // named by office only: "The Prime Minister"
	// firstPerson marks the publisher's minister writing as "I" ("Today
	// I spoke with …"), named by the page's byline.
	firstPerson bool
	// sameSide marks a person listed after another of the same side:
	// "Jane Doe, Economic Advisor, and John Roe, Senior Advisor, met …".
	sameSide bool
	// host marks the one a visitor "was received by": the subject of a
	// sentence in the passive, whose side is not the publisher's for
	// being the subject.
	host bool
	// counterpart marks one named only as someone's counterpart: "her
	// Estonian counterpart".
	counterpart bool
}

// postNominalCommas join a post-nominal (postNominals) set off by commas
// to its name ("the Hon. Grace Banda, MP, Minister for …", "Ms. Jane Roe,
// TD, …", "Mr. X, PhD, …"), so that it is read with the name, not as a
// name of its own.
var postNominalCommas = func() *strings.Replacer {
	var pairs []string
	for _, p := range postNominals {
		// ("General X, NI (M), Chief of Army Staff": an award in
		// brackets, which the name read back would stop at, goes.)
		if strings.HasSuffix(p, " (M)") {
			pairs = append(pairs, ","+p+",", ",")
			continue
		}
		pairs = append(pairs, ","+p+",", p+",")
	}
	return strings.NewReplacer(pairs...)
}()

// mayHoldPostNominal reports whether s may hold one of postNominalCommas'
// strings: each is ", ", a capital or "(", at most six bytes more and ","
// (TestMayHoldPostNominal checks postNominals so).
func mayHoldPostNominal(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0 && i+3 < len(s); {
		if c := s[i+2]; s[i+1] == ' ' && ('A' <= c && c <= 'Z' || c == '(') && strings.IndexByte(s[i+3:min(len(s), i+10)], ',') >= 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// joinPostNominals joins every post-nominal set off by commas to its
// name, a chain of them too ("Hon. X, SC, MP, Minister …" is "Hon. X SC
// MP, Minister …"): each pass of the replacer joins every other one.
func joinPostNominals(s string) string {
	if !mayHoldPostNominal(s) {
		return s // the replacer would look every byte up for nothing
	}
	for range 4 {
		t := postNominalCommas.Replace(s)
		if t == s {
			break
		}
		s = t
	}
	return s
}

// notNames are capitalized words that open a sentence, not a name.
var notNames = setOf("Today", "Yesterday", "Tonight", "Earlier", "Later", "Also", "Then", "However",
	"Meanwhile", "Separately", "Additionally", "Furthermore", "Moreover", "This", "On", "In", "At", "After")

// nameFirstPersons reads "Name, Title" participants (the MOFA style): at each
// ", " followed by a title, the capitalized words before it are the name.
func nameFirstPersons(s string) []person {
	var out []person
	for i := 0; i < len(s); {
		j := indexText(s[i:], ", ")
		if j < 0 {
			break
		}
		pos := i + j
		i = pos + 2
		// ("Ram Nath Kovind, former President of India": the title says
		// it is a former one.)
		former := ""
		if strings.HasPrefix(s[i:], "former ") {
			former = "former "
		}
		title, n := readTitleAfterName(s[i+len(former):])
		if title == "" {
			continue
		}
		title, n = former+title, n+len(former)
		raw := readNameBackward(s[:pos])
		name := stripHonorifics(afterLastHonorific(raw))
		// "Senator Penny Wong, Minister …", "led by United States Senator
		// Roger Wicker, Chairman of …": "Senator" alone is an office's
		// word; before a name of two words or more, it and the words
		// before it are no name's. "Senator the Hon Penny Wong": the name
		// read back stops at "the", which leaves "Hon", a style.
		if i := strings.LastIndex(name, "Senator "); i >= 0 && strings.Count(name[i+len("Senator "):], " ") >= 1 {
			name = name[i+len("Senator "):]
		}
		if rest, ok := strings.CutPrefix(name, "Hon "); ok && strings.Count(rest, " ") >= 1 {
			name = rest
		}
		// "Dato' Sri Amir Hamzah", "Dr. Sultan Al Jaber": after a style,
		// a title's word that is also a given name opens the name.
		styled := name != raw && givenTitleWords[nextWord(name)]
		// "Joseph R. Biden, Jr., President …": the suffix stays with
		// the name before it.
		if nameSuffixes[name] && strings.HasSuffix(s[:pos], name) {
			before := strings.TrimSuffix(strings.TrimRight(s[:pos-len(name)], " "), ",")
			if prev := stripHonorifics(afterLastHonorific(readNameBackward(before))); prev != "" {
				name = prev + ", " + name
			}
		}
		// "H.E. Mr. Lavrov, Sergey Viktorovich, Minister …": the family
		// name before the comma.
		if m := invertedNameRE.FindStringSubmatch(s[:pos-len(name)]); m != nil {
			name += " " + m[1]
		}
		if name == "" || titleVocab[nextWord(name)] && !styled || notNames[name] || !nameOpensPerson(s[:pos], name) {
			continue
		}
		// "Prak Sokhonn, Deputy Prime Minister, Minister of Foreign
		// Affairs …": offices listed after one another are one title.
		for {
			rest := s[i+n:]
			k := len(rest) - len(strings.TrimPrefix(strings.TrimPrefix(rest, ","), " "))
			if k == 0 || !strings.HasSuffix(s[:i+n+k], ", ") {
				break
			}
			more, m := readTitleAfterName(rest[k:])
			if more == "" {
				// "Badr Abdelatty, Minister of Foreign Affairs,
				// Emigration and Egyptian Expatriates of the Arab
				// Republic of Egypt": the ministry's other portfolios.
				if more, m = portfolioListAt(rest[k:]); more == "" {
					break
				}
			}
			title += ", " + more
			n += k + m
		}
		out = append(out, person{name: name, title: title, countryText: title, end: i + n})
		i += n
	}
	return out
}

// lowerOffices are offices a news agency writes in lower case after a
// name's comma, the longer first.
var lowerOffices = []string{"deputy prime minister", "general secretary", "prime minister", "foreign minister", "defence minister",
	"defense minister", "vice president", "vice-president", "secretary-general", "secretary general", "director-general",
	"director general", "crown prince", "special envoy", "president", "premier", "chancellor", "minister", "secretary",
	"chairman", "chairwoman", "speaker", "ambassador", "envoy", "king", "queen", "emir"}

// lowerOfficeAfterName reads an office written in lower case that opens
// s, up to the comma that ends it: "the British prime minister,",
// "Japan's foreign minister,", "secretary of the Security Council of the
// Russian Federation,". It returns it without its article, and the
// length read; "" when s opens none or no comma ends it.
func lowerOfficeAfterName(s string) (string, int) {
	start := 0
	if strings.HasPrefix(s, "the ") {
		start = len("the ")
	}
	if w := nextWord(s[start:]); possessiveCountry(w) || countryAdjective(w) {
		start += len(w) + 1
	}
	if !hasAnyPrefix(s[start:], lowerOffices) {
		return "", 0
	}
	end := strings.IndexAny(s, ",;")
	if end < 0 || end > 200 || strings.Contains(s[:end], ". ") {
		return "", 0
	}
	return strings.TrimPrefix(s[:end], "the "), end
}

// portfolioListAt reads a list of a ministry's portfolios that opens s
// ("Emigration and Egyptian Expatriates of the Arab Republic of Egypt, at
// …"), with the country after it; it ends at a comma, a stop or the end.
// It returns the list and its length, or "" when s opens none.
func portfolioListAt(s string) (string, int) {
	i, n := 0, 0
	for {
		k := portfolioPhrase(s[i:])
		if k == 0 {
			return "", 0
		}
		i += k
		n++
		sep := ""
		for _, p := range []string{", and ", " and ", " & "} {
			if strings.HasPrefix(s[i:], p) {
				sep = p
				break
			}
		}
		if sep == "" {
			break
		}
		i += len(sep)
	}
	// " of the Arab Republic of Egypt": the country, up to the comma.
	if strings.HasPrefix(s[i:], " of ") {
		end := i + strings.IndexAny(s[i:]+",", ",;.")
		if c := countryOf(s[i:end]); c == "" {
			return "", 0
		}
		i = end
	}
	if i < len(s) && s[i] != ',' && s[i] != '.' && s[i] != ';' {
		return "", 0
	}
	return s[:i], i
}

// givenTitleWords are titles' words that are given names too ("Amir
// Hamzah", "Sultan Al Jaber", "Emir Kusturica").
var givenTitleWords = setOf("Amir", "Emir", "Sultan")

// nameOpensPerson reports whether name, which ends left, can open a
// "Name, Title" person: not the end of an introductory phrase ("Within
// the framework of the Mekong-Japan Cooperation, …", "in Vientiane, …",
// "on 12 July, …").
func nameOpensPerson(left, name string) bool {
	words := strings.Fields(name)
	last := trimPunct(words[len(words)-1])
	if _, ok := months[lowerText(last)]; ok || institutionWords[last] {
		return false
	}
	if len(words) == 1 && len(findCountries(name)) > 0 {
		return false
	}
	var buf [64]string
	before := fieldsInto(buf[:0], strings.TrimSuffix(left, name))
	if len(before) == 0 {
		return true
	}
	switch before[len(before)-1] {
	case "of":
		// "under the leadership of X, Title": one who leads.
		return len(before) > 1 && leadershipNouns[before[len(before)-2]]
	case "in", "on", "at", "the", "during", "within", "under", "since", "for", "after", "before", "near", "into":
		return false
	}
	return true
}

// leadershipNouns are the nouns before "of" and a person who leads or
// takes part: "under the leadership of X, …".
var leadershipNouns = setOf("leadership", "chairmanship", "co-chairmanship", "presidency", "participation", "guidance")

// nameSuffixes are written after a name, often after a comma.
var nameSuffixes = setOf("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")

// invertedNameRE finds a family name written before the given names and a
// comma after an honorific: "H.E. Mr. Lavrov, ".
var invertedNameRE = lazyRegexp(`(?:Mr\.|Ms\.|Mrs\.|H\.E\.|Dr\.) ([A-Z][\p{L}'’-]+), $`)

// afterLastHonorific drops what precedes the last honorific of a run of
// capitalized words: header lines joined to a lead ("… Strategic
// Dialogue Mr. Taro Kono") end at the name's honorific.
func afterLastHonorific(name string) string {
	best := -1
	for _, h := range []string{"Mr. ", "Ms. ", "Mrs. ", "H.E. ", "Dr. ", "Mr ", "Ms "} {
		if i := strings.LastIndex(name, h); i > best {
			best = i
		}
	}
	if best > 0 {
		return name[best:]
	}
	return name
}

// adviserOfficeWords are words of an office after its holder's name besides
// titleVocab's: the portfolio an adviser's office names ("Asta
// Skaisgiryte, Chief Foreign Policy Advisor, and …"). (They stay out of
// titleVocab, which also ends the names of bodies: "Museum of Science and
// Industry".)
var adviserOfficeWords = setOf("Policy", "Political", "Diplomatic", "Strategic", "Communications", "Intelligence", "External",
	"Legal", "Protocol", "Economic", "Military", "Head", "Energy", "Climate",
	// The body or country an office after a name opens with ("Amos
	// Hochstein, U.S. Senior Advisor for Energy Security", "X, European
	// Commission Director General for Energy").
	"U.S", "US", "UN", "EU", "European", "Commission", "Council")

// readTitleAfterName reads a title such as "Prime Minister of the Kingdom of
// Cambodia" at the start of s; n is its length in bytes.
func readTitleAfterName(s string) (title string, n int) {
	// "Keir Starmer, the British prime minister,", "Kim Jong Un, general
	// secretary of the Workers' Party of Korea …,": a news agency's
	// office in lower case.
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		if t, n := lowerOfficeAfterName(s); t != "" {
			return t, n
		}
	}
	// "Al Nahyan, the UAE Minister of Foreign Affairs,": the article
	// before an office its country opens.
	if rest, ok := strings.CutPrefix(s, "the "); ok {
		if w := nextWord(rest); countryAdjective(w) && titleVocab[nextWord(rest[len(w)+1:])] {
			if t, n := readTitleAfterName(rest); t != "" {
				return t, n + len("the ")
			}
		}
		return "", 0
	}
	if s == "" || !isCapWord(s) && !strings.HasPrefix(s, "newly appointed ") {
		return "", 0
	}
	var buf [64]string
	words := fieldsInto(buf[:0], s[:min(len(s), 200)])
	end, head, connector := 0, false, false
	// "H.E. Mr. X, newly appointed Ambassador of Japan to Mongolia": the
	// words of a new office are the title's.
	skip := 0
	if len(words) > 2 && words[0] == "newly" && words[1] == "appointed" {
		skip, end = 2, 2
	}
	for i, w := range words[skip:] {
		i += skip
		bare := trimPunct(w)
		switch {
		case w == "of" || w == "for" || w == "and" || w == "the" || w == "to" || head && inBody(words, i):
			if !head {
				return "", 0
			}
			connector = true
		case !connector && (slashedTitle(bare) || adviserOfficeWords[bare] || i == skip && (possessiveCountry(bare) || bare == "Member" ||
			// ("Fidan, Turkish Foreign Minister,": a demonym.)
			bare == w && countryAdjective(bare))):
			// ("High Representative/Vice-President": offices joined by
			// a slash, each a head's word. "Member of the Political
			// Bureau of the CPC Central Committee and Foreign Minister":
			// a member's office, the offices after it the holder's.)
			// ("Chief of Army Staff", "Chief of Defence Staff": an armed
			// force's head, "Chief" before "of" only.)
			head = head || headWords[bare] || slashedHead(bare) || bare == "Member" || bare == "Chief" && i+1 < len(words) && words[i+1] == "of"
		case connector && (isCapWord(w) || elidedCap(w)):
		default:
			return finishTitleAfterName(words[:end], head)
		}
		end++
		// (A comma or a stop ends the title; the stops of "U.S." do
		// not.)
		if bare != w && strings.Count(w, ".") < 2 {
			break
		}
	}
	return finishTitleAfterName(words[:end], head)
}

// inBody reports whether words[i] is "in" or "at" before the body an
// office belongs to: "Minister of State at the Ministry of Foreign
// Affairs of Qatar", "Minister of Foreign Affairs in the Government of
// National Unity of the State of Libya".
// "Prime Minister of Cambodia at the Office of the Prime Minister" is
// a title and a venue: "at" a body only after a word of titles ("of
// State"), "in" only a government.
func inBody(words []string, i int) bool {
	if (words[i] != "in" && words[i] != "at") || i+2 >= len(words) || words[i+1] != "the" {
		return false
	}
	body := trimPunct(words[i+2])
	return words[i] == "in" && body == "Government" || i > 0 && titleVocab[words[i-1]] && bodyWords[body]
}

// bodyWords name the bodies an office may be held in.
var bodyWords = setOf("Government", "Ministry", "Office", "Department", "Cabinet")

func finishTitleAfterName(words []string, head bool) (string, int) {
	for len(words) > 0 {
		last := words[len(words)-1]
		if last != "of" && last != "for" && last != "and" && last != "the" {
			break
		}
		words = words[:len(words)-1]
	}
	if !head || len(words) == 0 {
		return "", 0
	}
	t := strings.Join(words, " ")
	n := len(t)
	return trimPunct(t), n
}

// readNameBackward reads the capitalized words (and name connectors such
// as "bin", "al") that end left.
func readNameBackward(left string) string {
	var buf [64]string
	words := fieldsInto(buf[:0], left[max(0, len(left)-200):])
	start := len(words)
	for start > 0 && len(words)-start < 10 {
		w := words[start-1]
		// ("Asaad Hassan al-Shaibani, Minister …": a family name that
		// opens with its particle.)
		if !isCapWord(w) && !isNameConnector(w) && !particleName(strings.TrimRight(w, ",")) || strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ")") {
			break
		}
		start--
	}
	for start < len(words) && isNameConnector(words[start]) {
		start++
	}
	// "Lord Collins of Highbury": a peer's title names its place.
	if start >= 3 && len(words)-start == 1 && words[start-1] == "of" && isCapWord(words[start-2]) && peerStyles[words[start-3]] {
		start -= 3
	}
	return strings.Join(words[start:], " ")
}

// peerStyles open the title of a member of the House of Lords.
var peerStyles = setOf("Lord", "Baroness", "Lady", "Viscount", "Earl")

// titleFirstPersons reads "Title Name of Country" participants (the US/UK style)
// from the start of s, continuing through lists joined by commas and "and".
// With first set, it reads one person only.
func titleFirstPersons(s string, first bool) []person {
	// "People's Republic of China Foreign Minister Wang Yi": a country's
	// name of several words before the title belongs to the title.
	// Only the first mention matters, and only where it opens s: the scan
	// stops past "the ".
	if m, ok := country.FirstMention(s, len("the ")); ok && (m.Start == 0 || m.Start == 4 && strings.HasPrefix(s, "the ")) {
		end := m.End
		if rest := s[end:]; strings.HasPrefix(rest, " (") {
			if k := indexText(rest, ")"); k > 0 && k < 12 {
				end += k + 1
			}
		}
		prefix := strings.TrimPrefix(s[:end], "the ")
		if containsText(prefix, " ") {
			ps := titleFirstPersons(s[end:], first)
			if len(ps) > 0 {
				ps[0].title = prefix + " " + ps[0].title
				ps[0].countryText = prefix + " " + ps[0].countryText
			}
			return ps
		}
	}
	var buf [64]string
	words := fieldsInto(buf[:0], s)
	var out []person
	i := 0
	for i < len(words) {
		p, next, ok := readTitleFirstPerson(words, i)
		if !ok {
			break
		}
		out = append(out, p)
		i = next
		if first || i >= len(words) {
			break
		}
		comma := strings.HasSuffix(words[i-1], ",")
		if words[i] == "and" {
			i++
		} else if !comma {
			break
		}
	}
	return out
}

// readTitleFirstPerson reads one "Title Name [of Country]" starting at words[i].
func readTitleFirstPerson(words []string, i int) (person, int, bool) {
	if i < len(words) && (words[i] == "the" || words[i] == "The") {
		i++
	}
	titleStart := i
	j := i
	for j < len(words) && j-i < 2 && isCapWord(words[j]) && !titleVocab[trimPunct(words[j])] && !strings.HasSuffix(words[j], ",") {
		j++
	}
	if j >= len(words) || !titleVocab[trimPunct(words[j])] {
		return person{}, i, false
	}
	i = j
	for i < len(words) {
		w := words[i]
		// "Saudi Foreign Minister Prince Faisal bin Farhan": after an
		// office, "Prince" is how the holder is called, not a crown
		// prince's office.
		if (w == "Prince" || w == "Princess") && i > titleStart && words[i-1] != "Crown" && headWords[trimPunct(words[i-1])] {
			break
		}
		if slashedTitle(trimPunct(w)) {
			i++
			// "Deputy Prime Minister, Minister of Foreign Affairs Bui
			// Thanh Son": offices listed one after another.
			if strings.HasSuffix(w, ",") && !(i < len(words) && headWords[trimPunct(words[i])] && !strings.HasSuffix(words[i], ",")) {
				break
			}
			continue
		}
		// "High Representative for Foreign Affairs and Security Policy
		// Kaja Kallas", "…Security Policy/Vice-President": "Policy" after
		// "Security" or "Foreign" is the portfolio's.
		if i > titleStart && (words[i-1] == "Security" || words[i-1] == "Foreign") {
			if p, rest, _ := strings.Cut(trimPunct(w), "/"); p == "Policy" && (rest == "" || titleVocab[rest]) {
				i++
				if strings.HasSuffix(w, ",") {
					break
				}
				continue
			}
		}
		// "Federal Minister for Economic Cooperation and Development
		// Reem Alabali Radovan": a portfolio's nouns after the office's
		// "for" or "of" are the title's ("Cooperation" was read as her
		// name).
		if i > titleStart && (portfolioNouns[trimPunct(w)] || w == "and" && i+1 < len(words) && portfolioNouns[trimPunct(words[i+1])]) &&
			!strings.HasSuffix(words[i-1], ",") && (slices.Contains(words[titleStart:i], "for") || slices.Contains(words[titleStart:i], "of")) {
			i++
			if strings.HasSuffix(w, ",") {
				break
			}
			continue
		}
		// "Prime Minister and Crown Prince Mohammed bin Salman": offices
		// joined by "and" are one title.
		if (w == "of" || w == "for" || w == "and") && i+1 < len(words) && titleVocab[trimPunct(words[i+1])] {
			i++
			continue
		}
		// "Assistant to the President for National Security Affairs":
		// an office held to another.
		if w == "to" && i+2 < len(words) && words[i+1] == "the" && titleVocab[trimPunct(words[i+2])] {
			i += 2
			continue
		}
		break
	}
	// ("met with FM Wang Yi of China": initials of an office head it
	// before a name.)
	if !headWordSeen(words[titleStart:i]) && !initialsHead(words[titleStart:i]) {
		return person{}, i, false
	}
	title := trimPunct(strings.Join(words[titleStart:i], " "))
	// Styles before the name are not counted among its words: "Dato'
	// Seri Utama Haji Mohamad bin Haji Hasan" is a name of four.
	i += honorificWords(words[i:])
	nameStart := i
	// ("Minister van Klaveren": a particle may open the name.)
	// ("President el-Sisi of Egypt": a particle joined to its capital
	// may open the name alone.)
	// ("Mohammed bin Salman bin Abdulaziz Al Saud": a name of descent
	// runs to eight words.)
	for i < len(words) && (i-nameStart < 6 || i-nameStart < 8 && slices.Contains(words[nameStart:i], "bin")) && (isCapWord(words[i]) || particleName(words[i]) || (i > nameStart || i+1 < len(words) && isCapWord(words[i+1])) && isNameConnector(words[i])) {
		w := words[i]
		i++
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			break
		}
	}
	if i < len(words) && (strings.HasPrefix(words[i], "Jr.") || strings.HasPrefix(words[i], "Sr.")) {
		i++
	}
	name := strings.TrimRight(strings.Join(words[nameStart:i], " "), ",;:")
	if !strings.HasSuffix(name, "Jr.") && !strings.HasSuffix(name, "Sr.") {
		name = strings.TrimRight(name, ".")
	}
	name = stripHonorifics(name)
	if name == "" {
		return person{}, i, false
	}
	p := person{name: name, title: title, countryText: title}
	if i+1 < len(words) && words[i] == "of" && !strings.HasSuffix(words[i-1], ",") {
		k := i + 1
		// ("of Trinidad and Tobago": "and" inside a country's name.)
		for k < len(words) && k-i < 7 && (isCapWord(words[k]) || elidedCap(words[k]) || words[k] == "the" || words[k] == "of" ||
			words[k] == "and" && k+1 < len(words) && isCountryName(strings.Join(words[i+1:k], " ")+" and "+trimPunct(words[k+1]))) {
			w := words[k]
			k++
			if strings.ContainsAny(w[len(w)-1:], ",.;") {
				break
			}
		}
		country := trimPunct(strings.Join(words[i+1:k], " "))
		p.countryText = title + " of " + country
		p.title = title + " of " + country
		i = k
	}
	return p, i, true
}

// slashedHead reports whether w is offices joined by a slash one of
// which is a head's word ("Representative/Vice-President").
func slashedHead(w string) bool {
	a, b, ok := strings.Cut(w, "/")
	return ok && (headWords[a] || headWords[b])
}

// initialsHead reports whether ws holds the initials of a head of
// government's or a foreign minister's office ("PM", "FM", "DPM"), which
// head an office before a name, not after one ("Deputy PM, FM X").
func initialsHead(ws []string) bool {
	for _, w := range ws {
		if w == "PM" || w == "FM" || w == "DPM" {
			return true
		}
	}
	return false
}

// honorificWords returns how many of the words at the start of ws are
// honorifics and styles ("H.E. Mr.", "Shri", "Dato' Seri").
func honorificWords(ws []string) int {
	n := 0
	for changed := true; changed && n < len(ws); {
		changed = false
		// Only the honorifics whose first word opens the rest can.
		for _, h := range honorificFields[ws[n]] {
			if n+len(h) < len(ws) && slices.Equal(ws[n:n+len(h)], h) {
				n += len(h)
				changed = true
				break
			}
		}
	}
	return n
}

// honorificFields holds the words of each of honorifics by its first
// word, in their order in honorifics.
var honorificFields = func() map[string][][]string {
	out := map[string][][]string{}
	for _, h := range honorifics {
		f := strings.Fields(h)
		out[f[0]] = append(out[f[0]], f)
	}
	return out
}()

func headWordSeen(ws []string) bool {
	for _, w := range ws {
		if w = trimPunct(w); headWordSet.has(w) || slashedHead(w) {
			return true
		}
	}
	return false
}

// headWordSet is headWords for headWordSeen, which asks it about each
// word of a run of capitalized words.
var headWordSet = quickSetOf(headWords)

func isCapWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	// ("ʻAisake", "ʻOkusitino": Tonga's and Hawaii's ʻokina before the
	// capital.)
	if r == 'ʻ' {
		r, _ = utf8.DecodeRuneInString(w[n:])
	}
	return unicode.IsUpper(r)
}

// possessiveCountry reports whether w is a country's name in the
// possessive ("Hungary's"), as an office after a name may open: "X,
// Hungary's Minister of Foreign Affairs".
func possessiveCountry(w string) bool {
	for _, p := range []string{"'s", "’s"} {
		if c, ok := strings.CutSuffix(w, p); ok {
			return isCountryName(c)
		}
	}
	return false
}

// elidedCap reports whether w is a capitalized word after an elided
// "de" ("d'Ivoire" of "Côte d'Ivoire", "d’Azur"), which a name's words go
// on through.
func elidedCap(w string) bool {
	for _, p := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return isCapWord(rest)
		}
	}
	return false
}

// countryAdjective reports whether w gives a country before an office: a
// demonym ("Turkish", isDemonym) or a short form in capitals ("UAE").
func countryAdjective(w string) bool {
	if isDemonym(w) {
		return true
	}
	if len(w) > 4 || w != strings.ToUpper(w) || !isCapWord(w) {
		return false
	}
	_, ok := country.Lookup(w)
	return ok
}

// particleName reports whether w is a family name opened by an Arabic
// article in lower case: "al-Sharaa", "el-Sisi", "ash-Shaibani".
func particleName(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-", "ar-"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return isCapWord(rest)
		}
	}
	return false
}

func isNameConnector(w string) bool {
	switch w {
	case "bin", "binti", "al", "el", "de", "da", "van", "von", "der", "du", "dos", "la", "le",
		// ("Alois von und zu Liechtenstein", "Ulisses Correia e Silva".)
		"zu", "und", "e":
		return true
	}
	return false
}

func trimPunct(w string) string {
	// (strings.TrimRight(w, ",.;:"), without making the set of the four.)
	for n := len(w); n > 0; n-- {
		switch w[n-1] {
		case ',', '.', ';', ':':
			continue
		}
		return w[:n]
	}
	return ""
}

// leadFacts are the facts of a lead paragraph.
type leadFacts struct {
	meeting Meeting
	// trip is the country the lead's subject traveled to ("traveled to
	// Haiti"), "" for none.
	trip         string
	principals   []person
	attendees    []person
	sides        []string // countries of a group of counterparts not named one by one
	followOn     []string
	kindFromLead string
	// visitRef is the day a visit's lead is read against, when its talks
	// are left to the next paragraph (talksNext); zero otherwise.
	visitRef time.Time
	visitDay string // the title's date, for talksNext
}

// parseLead reads the meeting facts from a lead paragraph. ref (the
// publication date) resolves a date without a year, "today", "yesterday"
// and "on Monday"; titleDate is the date a title gives ("PM call with
// Chancellor Merkel: 13 December"), used when the lead gives none.
func parseLead(lead, titleDate string, ref time.Time) leadFacts {
	var f leadFacts
	sents := splitSentences(lead)
	main := ""
	var mainLoc []int // findFrame(main), found once
	ownMain := ""
	for _, s := range sents {
		if loc := findFrame(s); loc != nil {
			main, mainLoc, ownMain = s, loc, s
			// ("X welcomed to Canberra Y": the place after the guest.)
			// ("X paid a visit to Eritrea and met with Y": the meeting
			// after the visit.)
			if r := cmp.Or(welcomedToFrame(s), visitThenMeeting(s, loc)); r != "" {
				if loc := findFrame(r); loc != nil {
					main, mainLoc = r, loc
				}
			}
			break
		}
	}
	// "'Indonesia is a key partner …,' said Foreign Minister X after
	// meeting Indonesian Foreign Minister Y in Oslo yesterday": a lead
	// that opens with its principal's words names the meeting after
	// them; "During her meeting with Y, X discussed …" and "X's meeting
	// with Y focused on …" name it before the subject (rewrittenFrame).
	if main == "" {
		for _, s := range sents {
			if r := rewrittenFrame(s); r != "" {
				main = r
				break
			}
		}
	}
	// own is the lead's sentence main is, or is rewritten from.
	own := cmp.Or(ownMain, main)
	if main == "" {
		for _, s := range sents {
			if r := visitUnderway(s); r != "" {
				main, own = r, s
				break
			}
		}
	}
	// "Prime Minister X attended the ASEAN-Japan Commemorative Summit":
	// a multilateral event, whose only named side is the subject.
	var event []int
	if main == "" {
		for _, s := range sents {
			if event = attendedEventRE.FindStringIndex(s); event != nil {
				main = s
				break
			}
		}
	}
	// ("Belmopan, Belize. August 22, 2025. The Minister …, X, and the
	// Secretary …, Y, co-chaired …": the first sentence of two sides
	// joined before a verb of theirs, past a dateline's.)
	if main == "" {
		for _, s := range sents {
			if i := firstIndex(s, pairVerbs); i > 0 && containsText(s[:i], " and ") {
				main = s
				break
			}
		}
	}
	// "Montevideo, June 10, 2025. Foreign Minister X met …", "Belmopan,
	// Belize. August 22, 2025. The Minister …": a dateline written as
	// sentences of its own, whose day the lead's days are read against.
	nd, dlDay := datelineSentences(sents)
	if main == "" && len(sents) > nd {
		main = sents[nd]
	}

	// Date: "On March 20", "today", "yesterday"; else the reference date.
	verb, placeFrom := len(main), 0
	if mainLoc == nil && main != "" {
		// (A lead rewritten from a quotation or a fronted meeting.)
		mainLoc = findFrame(main)
	}
	if loc := mainLoc; loc != nil {
		verb, placeFrom = loc[0], loc[0]
		f.sides = groupSides(main[loc[1]:])
	} else if event != nil {
		verb, placeFrom = event[0], event[0]
	} else if i := firstIndex(main, pairVerbs); i > 0 && containsText(main[:i], " and ") {
		// "X and Y discussed … during a meeting in Beijing": two sides
		// joined before their verb; the place is read after it (from
		// the verb, "discussed" would end what a place is read in).
		placeFrom = i + 1 + strings.IndexByte(main[i+1:]+" ", ' ')
	}
	// "Vientiane, 18 July 2025 – X held talks yesterday with …",
	// "26.02.2025 - X received Y … on Tuesday, 25 February": the
	// dateline's day is the page's, against which the lead's own day is
	// read.
	dayRef := ref // the day the lead's days are read against
	if n, day, ok := datelineDay(main, verb, ref); ok {
		f.meeting.Date = meetingDate(main[n:], verb-n, titleDate, day)
		dayRef = day
	} else if nd > 0 && slices.Index(sents, main) >= nd {
		f.meeting.Date = meetingDate(main, verb, titleDate, dlDay)
		dayRef = dlDay
	} else {
		f.meeting.Date = meetingDate(main, verb, titleDate, ref)
	}
	f.meeting.StartLocal = startLocal(main)
	if f.meeting.StartLocal == "" {
		f.meeting.StartLocal = arrivalStart(sents, main)
	}
	f.meeting.DurationMinutes = durationMinutes(main)

	// "the Hon. Anthony Albanese, MP, Prime Minister of …": the
	// post-nominal belongs to the name.
	people := joinPostNominals(main)
	// "The President …, His Excellency Joseph Nyuma Boakai, Sr.,
	// received …": the suffix after the name's comma goes, as the
	// office's words would take it for a name's.
	if strings.Contains(people, ", Sr.,") {
		people = strings.ReplaceAll(people, ", Sr.,", ",")
	}
	// "This morning, in the Apostolic Palace, the Pope …": opening
	// phrases of time and place are no part of the subject's title.
	people = dropLeadOpeners(people)
	// "the Holy Father Leo XIV": the Holy See's pages name the Pope so.
	if i := strings.Index(people, "Holy Father "); i >= 0 {
		people = people[:i] + "Pope " + people[i+len("Holy Father "):]
	}
	// "Beijing, 21 April 2025 - Foreign Minister …": a dateline opens
	// the lead, no part of the subject.
	// ("Baghdad – Deputy Minister …", "HANOI (VNA) – …")
	if end, _ := leadDateline(people); end > 0 {
		people = people[end:]
	}
	// "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana)
	// Secretary-General …": a dateline in brackets.
	if strings.HasPrefix(people, "(") {
		if j := strings.Index(people, ") "); j > 0 && j < 120 && isCapWord(nextWord(people[j+2:])) {
			people = people[j+2:]
		}
	}
	people, portfolios := dropPortfolios(spaceInitials(people))
	// "Vladimir Putin, who is in Kazakhstan on a state visit, held talks
	// with …": the clause between the subject and its verb is neither.
	if i := indexText(people, ", who "); i > 0 {
		// Only when the verb follows it.
		if m := whoClauseRE.FindStringIndex(people[i:]); m != nil && startsWithFrame(people[i+m[1]:]) {
			people = people[:i] + " " + people[i+m[1]:]
		}
	}
	if event != nil {
		subj := subjectPersons(main[:event[0]])
		for i := range subj {
			subj[i].subject = true
		}
		f.principals = subj
		// "attended the Trilateral Foreign Ministers' Meeting with
		// Minister X of Japan and Minister Y of China": those it was
		// attended with are the counterparts.
		if rest, ok := strings.CutPrefix(main[event[1]:], " with "); ok {
			rest = rest[:officeChunkEnd(rest, eventWithStops)]
			ps, _ := counterpartPersons(rest)
			if len(ps) == 1 {
				ps = andPersons(rest, ps)
			}
			for _, p := range ps {
				if p.name != "" && p.title != "" && !p.unnamed {
					f.principals = append(f.principals, p)
				}
			}
		}
		f.kindFromLead = meetingKind(main[event[0]:event[1]])
		f.meeting.Location = placeOf(main, placeFrom)
	} else if subj, counter, _, kind := leadParticipants(people, frameOf(people, main, mainLoc)); subj != nil || counter != nil || pronounSubject(people) {
		f.kindFromLead = kind
		// "Federal Foreign Minister X travelled to Warsaw on Monday. In
		// the Polish capital, he held talks with …": "he" is the one the
		// sentence before opens with.
		// (The nearest sentence before that opens with one named
		// person: "He was accompanied by X and Y" names two.)
		if len(subj) == 0 && pronounSubject(people) {
			for j := slices.Index(sents, main) - 1; j >= 0; j-- {
				if ps := sentenceSubject(sents[j]); len(ps) == 1 && ps[0].name != "" {
					ps[0].subject = true
					f.principals = append(f.principals, ps[0])
					break
				}
			}
		}
		f.principals = append(append(f.principals, subj...), counter...)
		restoreOffices(f.principals, portfolios)
		f.meeting.Location = placeOf(main, placeFrom)
	} else {
		f.kindFromLead = meetingKind(main)
		if placeFrom > 0 {
			// "Both meetings were held at the Pentagon": a meeting's
			// frame whose sides are named elsewhere still says where.
			f.meeting.Location = placeOf(main, placeFrom)
		} else if k := heldAt(main); k > 0 {
			// "The 12th Session of the Joint Commission … was held at
			// the Mulungushi International Conference Centre in Lusaka
			// from 22nd to 25th July": a session reported in the passive
			// is placed after its verb.
			f.meeting.Location = placeOf(main, k)
		} else if m := marginsRE.FindStringSubmatchIndex(main); m != nil && multiMeetingRE.MatchString(main) {
			// "On the margins of the OSCE Ministerial Council in
			// Vienna, Minister X held several bilateral meetings": each
			// was held in the event's city, when the lead names it.
			f.meeting.Location = eventCity(main[m[3]:])
		}
	}

	// "X paid a State Visit to Brazil. In Brasília, the two Presidents
	// held a private meeting at the Planalto Palace": the visit's meeting
	// is placed by the lead's next sentence that reports one.
	// Every match of visitFrameRE holds "isit to" ("visit to", "Visit
	// to"): a lead without it is spared the expression's scan.
	if f.meeting.Location != "" && containsText(main, "isit to") && visitFrameRE.MatchString(main) {
		seen := false
		for _, s := range sents {
			if s == main {
				seen = true
				continue
			}
			if loc := findFrame(s); seen && loc != nil {
				if p := placeOf(s, loc[0]); p != "" {
					f.meeting.Location = p
				}
				break
			}
		}
	}

	// "X met with Y. The meeting took place at the Ministry of Foreign
	// Affairs in Ljubljana.": a later sentence of the lead that places
	// the meeting itself.
	// "The 25th EU-China summit was held in Beijing on 24 July 2025.
	// President Costa … met with President Xi …": one before the main
	// sentence that reports the meeting held places and dates it, when
	// the main sentence does neither.
	// ("… Minister of Singapore, who is visiting Japan. The meeting was
	// held at the Iikura Guest House.": the venue says more than the
	// country of the visit.)
	_, countryOnly := countryName(f.meeting.Location)
	if f.meeting.Location == "" || countryOnly {
		_, dated := findDate(main)
		for _, s := range sents {
			k := heldAt(s)
			if s == own || k <= 0 || !hasAnyPrefix(s, placedMeetings) && (countryOnly || !heldMeeting(s, k)) {
				continue
			}
			p := placeOf(s, k)
			if p == "" && countryOnly {
				break
			}
			f.meeting.Location = p
			if _, ok := findDate(s); ok && !dated {
				f.meeting.Date = meetingDate(s, k, titleDate, dayRef)
			}
			break
		}
	}

	// "… paid an official visit to Cyprus on 23-24 April 2025. The two
	// Ministers held talks at the Ministry of Foreign Affairs in Nicosia
	// on Thursday, 24 April.": the talks of a visit of several days are
	// dated and placed by the next sentence, when it reports them.
	if containsText(main, "isit to") && visitFrameRE.MatchString(main) {
		if s, k := talksAfter(sents, own); k > 0 {
			f.talks(s, k, titleDate, dayRef)
		} else if own == sents[len(sents)-1] {
			f.visitRef, f.visitDay = dayRef, titleDate
		}
	}

	// "X took part in the 79th session of the UN General Assembly in New
	// York, where on 25–26 September he held a number of bilateral
	// meetings": the event's city, before the clause of the meetings.
	if f.meeting.Location == "" && verb > 0 && verb < len(main) && !isCall(f.kindFromLead) {
		if w := strings.LastIndex(main[:verb], ", where "); w > 0 {
			if i := strings.LastIndex(main[:w], " in "); i > 0 && w-i <= 40 {
				f.meeting.Location = placeOf("They met"+main[i:w]+".", len("They met"))
			}
		}
	}
	// "Switzerland will step up its support … This was the main message
	// of Federal Councillor X at his meeting with Y, Director General of
	// …, at the Vienna International Centre on 11 March.": a lead whose
	// meeting is a noun places it after the noun's counterpart.
	if f.meeting.Location == "" && !isCall(f.kindFromLead) {
		for _, s := range sents {
			k := firstIndex(s, nounMeetings)
			if k < 0 {
				continue
			}
			if p := placeOf(s, k); p != "" {
				f.meeting.Location = p
			}
			break
		}
	}
	// "'…', Minister X said at a press conference in Budapest on
	// Tuesday, following talks with Y": the press conference after the
	// talks is where they were held.
	if f.meeting.Location == "" && !isCall(f.kindFromLead) {
		for _, s := range sents {
			i := indexText(s, " press conference in ")
			if i < 0 {
				continue
			}
			j := firstIndex(s[i:], talksThen)
			if j < 0 {
				continue
			}
			f.meeting.Location = placeOf("They met"+s[i+len(" press conference"):i+j]+".", len("They met"))
			break
		}
	}
	// "The Minister …, X, on Tuesday in Abuja held bilateral talks with
	// …": the day and the city between the subject and its verb.
	if f.meeting.Location == "" && verb > 0 && verb < len(main) && !isCall(f.kindFromLead) {
		if m := dayCityBeforeVerbRE.FindStringSubmatch(main[max(0, verb-60):verb]); m != nil {
			if _, isCountry := countryName(m[1]); country.Capital(m[1]) != "" || isCountry {
				f.meeting.Location = m[1]
			}
		}
	}
	// "This was the first in-person meeting of the group, taking place on
	// the margins of the Ukraine Recovery Conference in London": a later
	// sentence of the lead that says where the meeting was.
	if f.meeting.Location == "" && !isCall(f.kindFromLead) {
		for _, s := range sents {
			if !strings.HasPrefix(s, "This was the ") || !containsAny(s[:min(len(s), 80)], " meeting", " talks") {
				continue
			}
			if j := firstIndex(s, []string{", taking place ", ", held ", " held in ", " held at "}); j > 0 {
				f.meeting.Location = placeOf(s, j+1)
			}
			break
		}
	}
	// "At the State House in Budapest, X received …": the venue opens
	// the sentence, before its subject.
	// ("In the Czech capital, he …" is the trip's city, read elsewhere.)
	if f.meeting.Location == "" && verb > 0 && strings.HasPrefix(main, "At the ") {
		if k := strings.Index(main, ", "); k > 0 && k < verb && k < 80 {
			f.meeting.Location = placeOf("It met "+lowerText(main[:1])+main[1:k]+".", 3)
		}
	}
	// "X met Y, who is in Latvia on a working visit. The ministers met
	// at the Ministry of Defence in Riga …": where the lead gives a
	// country only (or nothing), the next sentence's meeting of the two
	// places it.
	if _, isCountry := countryName(f.meeting.Location); (f.meeting.Location == "" || isCountry) && !isCall(f.meeting.Kind) {
		for i, s := range sents {
			if s != main || i+1 >= len(sents) {
				continue
			}
			next := sents[i+1]
			// ("… in Riga and afterwards visited …": the meeting's clause.)
			next = next[:chunkEnd(next, []string{" and afterwards", " and then ", " and later", ", after which", " afterwards", " before ", "; "})]
			if pluralSubjRE.MatchString(next) {
				if k := indexText(next, " met "); k > 0 && k < 40 {
					if p := placeOf(next, k); p != "" {
						f.meeting.Location = p
					}
				}
			}
			break
		}
	}
	// "Joining President X on the call were President Y of France, …":
	// a lead that names the call's sides by who joined whom, with no
	// verb of meeting; the one joined comes first.
	if len(f.principals) == 0 && strings.HasPrefix(main, "Joining ") {
		ps := laterJoined([]string{main}, nil)
		for _, p := range ps {
			if p.subject {
				f.principals = append(f.principals, p)
			}
		}
		for _, p := range ps {
			if !p.subject {
				f.principals = append(f.principals, p)
			}
		}
	}
	tripLead(&f, sents, main, verb)
	for _, s := range sents {
		if containsAny(s, "visited", "traveled to", "travelled to", "arrived in") {
			if m := tripPlaceRE.FindStringSubmatch(s); m != nil {
				f.trip = countryOf(m[1])
				break
			}
		}
	}

	for _, s := range sents {
		if s == main {
			continue
		}
		lower := lowerText(s)
		if containsAny(lower, "attend", "accompan", "present", "joined") && attendRE.MatchString(s) {
			f.attendees = append(f.attendees, attendeesOf(s)...)
		}
		if containsAny(s, " joined ", "oining ", "articipating", "ttending ") {
			for _, p := range joinedLeaders(s) {
				if !slices.ContainsFunc(f.principals, func(q person) bool { return lastWord(q.name) == lastWord(p.name) }) {
					f.principals = append(f.principals, p)
				}
			}
		}
		if !containsAny(lower, "joint", "signing", "notes", "dinner", "lunch", "banquet", "breakfast", "press", "ceremony") {
			continue
		}
		for _, m := range findFollowOns(s) {
			m = lowerText(m)
			if !contains(f.followOn, m) {
				f.followOn = append(f.followOn, m)
			}
		}
	}
	// "received this Monday at the Presidential Palace Piotr Nowak": a
	// place never runs on into a principal.
	f.meeting.Location = cutPrincipals(f.meeting.Location, f.principals)
	return f
}

// cutPrincipals ends a place before the first principal's name in it,
// and refuses what is left when it is no place ("the Ministry").
func cutPrincipals(place string, ps []person) string {
	if place == "" {
		return ""
	}
	for _, p := range ps {
		if p.name == "" {
			continue
		}
		if i := strings.Index(place, p.name); i > 0 {
			place = cleanPlace(place[:i])
		}
	}
	return place
}

// datelineSentences returns how many of a lead's first sentences are a
// dateline written as sentences ("Montevideo, June 10, 2025.",
// "Belmopan, Belize." and "August 22, 2025."), and its day; 0 when they
// are none. The dateline opens with a place and a comma, is short, and
// ends with a date with its year.
func datelineSentences(sents []string) (int, time.Time) {
	if len(sents) < 2 || !isUpperByte(sents[0][0]) {
		return 0, time.Time{}
	}
	k := strings.Index(sents[0], ", ")
	if k <= 0 || k > 30 {
		return 0, time.Time{}
	}
	for n := 1; n <= 2 && n < len(sents); n++ {
		head := strings.Join(sents[:n], " ")
		if len(head) > 60 {
			break
		}
		last := sents[n-1]
		d, ok := findDate(last)
		opens := d.start <= 2 || n == 1 && d.start == k+2
		if !ok || d.year == 0 || !opens || !strings.HasSuffix(last, ".") || len(last)-d.end > 2 {
			continue
		}
		return n, d.time()
	}
	return 0, time.Time{}
}

// nounMeetings report a meeting as a noun with its counterpart: "at his
// meeting with X", "during her talks with X".
var nounMeetings = []string{" his meeting with ", " her meeting with ", " their meeting with ", " his talks with ",
	" her talks with ", " their talks with "}

// dayCityBeforeVerbRE reads a day and a city that end the words before a
// lead's verb: ", on Tuesday in Abuja ", " yesterday in Nairobi ".
var dayCityBeforeVerbRE = lazyRegexp(`(?:\bon \p{Lu}\p{Ll}+day|\btoday|\byesterday|\bon \d{1,2} \p{Lu}\p{Ll}+|\bon \p{Lu}\p{Ll}+ \d{1,2}),? in (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),? ?$`)

// bareOrdinalDay returns the day of "on the 17th" that names no month,
// followed by the sentence's end, a bracket, a comma or a place ("on the
// 9th in Suva"); 0 when there is none. ("on the 30th anniversary", "on
// the 5th floor" are none.)
func bareOrdinalDay(s string) int {
	for from := 0; ; {
		i := indexText(s[from:], "on the ")
		if i < 0 {
			return 0
		}
		at := from + i + len("on the ")
		from = at
		j := at
		for j < len(s) && j-at < 2 && isDigit(s[j]) {
			j++
		}
		if j == at || j+2 > len(s) {
			continue
		}
		if suf := s[j : j+2]; suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
			continue
		}
		rest := s[j+2:]
		if rest == "" || hasAnyPrefix(rest, []string{" (", ",", ".", ";", " in ", " at "}) {
			if d := atoi(s[at:j]); d >= 1 && d <= 31 {
				return d
			}
		}
	}
}

// frontedEarlier open a clause on an earlier event before a lead's main
// clause.
var frontedEarlier = []string{"Following ", "After ", "Further to ", "Building on "}

// talksThen follow a press conference that was given after the talks.
var talksThen = []string{" following talks with ", " following his talks with ", " following her talks with ",
	" after talks with ", " after his talks with ", " after her talks with ", " following a meeting with ",
	" after a meeting with ", " after meeting ", " following the talks ", " after the talks "}

// datelineDay reads the day of a dateline that opens main before its
// verb: a city's ("Vientiane, 18 July 2025 – ") or a date alone, with its
// year, before a dash ("26.02.2025 - "). n is where the lead goes on. A
// city's dateline without a year ("LONDON, 16 January – ") is the latest
// such day on or before ref, the publication date.
func datelineDay(main string, verb int, ref time.Time) (n int, day time.Time, ok bool) {
	// (A city's dateline has a digit after its first comma: a cheap
	// test before the expression.)
	// ("La Paz, May 7, 2025 (Cancillería).- ": or a month's capital.)
	// ("BANJUL, The Gambia, 12 May 2025 – ": or after the second, the
	// country's name between the city and the day.)
	k := strings.Index(main, ", ")
	// (Not when the month follows the city: "Pyongyang, June 18 (KCNA) --
	// Kim Jong Un, …".)
	if k > 0 && k <= 32 && k+2 < len(main) && !isDigit(main[k+2]) && !opensMonthDay(main[k+2:]) {
		if j := strings.Index(main[k+2:min(len(main), k+36)], ", "); j > 0 {
			k += 2 + j
		}
	}
	if k > 0 && k <= 64 && k+2 < len(main) && (isDigit(main[k+2]) || hasMonthName(main[k+2:min(len(main), k+12)])) {
		if m := datelineRE.FindStringIndex(main); m != nil && m[1] <= verb {
			n = m[1]
		}
	}
	if n == 0 {
		if i := strings.Index(main, " - "); i > 0 && i <= 12 {
			n = i + 3
		} else if i := strings.Index(main, " – "); i > 0 && i <= 12 {
			n = i + len(" – ")
		} else if i := strings.Index(main, " — "); i > 0 && i <= 20 {
			// ("11 July 2025 — Secretary X met …")
			n = i + len(" — ")
		} else {
			return 0, time.Time{}, false
		}
	}
	d, found := findDate(main[:n])
	if !found || n > verb {
		return 0, time.Time{}, false
	}
	if d.year == 0 {
		var resolved bool
		if d, resolved = d.resolveYear(ref); !resolved || ref.IsZero() || !datelineRE.MatchString(main) {
			return 0, time.Time{}, false
		}
	}
	return n, d.time(), true
}

// opensMonthDay reports whether s opens with a month and a day ("June
// 18").
func opensMonthDay(s string) bool {
	s = s[:min(len(s), 24)]
	if !hasMonthName(s) {
		return false
	}
	m := mdyRE.FindStringIndex(s)
	return m != nil && m[0] == 0
}

// datelineRE reads a dateline that opens a lead: "Beijing, 21 April 2025
// - ", "Jakarta/Beijing, 21 April 2025 – ", with the agency's name after
// the date and the month first as ministries write them: "Luanda, 13 May
// 2025 (MIREX) - ", "La Paz, May 7, 2025 (Cancillería).- "; with the
// country after the city ("BANJUL, The Gambia, 12 May 2025 – ") and a
// colon for the dash ("Djibouti, 3 June 2025 (IGAD): "); a comma before
// the year ("Arusha, Tanzania, 14th March, 2025: ") and two hyphens for
// the dash, as news agencies write it ("Pyongyang, June 18 (KCNA) -- ").
var datelineRE = lazyRegexp(`^\p{Lu}[\p{L}'’ -]{1,30}(?:/\p{Lu}[\p{L}'’ -]{1,30})?(?:, \p{Lu}[\p{L}'’ -]{1,30})?, (?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?:,? \d{4})?|[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?)(?: \([^()]{1,30}\))?(?:\.? ?(?:--|[-–—]) |: )`)

// whoClauseRE reads a clause on the subject between commas: ", who is in
// Kazakhstan on a state visit, ".
var whoClauseRE = lazyRegexp(`^, who (?:is|was|are|were) [^,;.]{1,80}, `)

// startsWithFrame reports whether a verb frame opens s.
func startsWithFrame(s string) bool {
	loc := findFrame(s)
	return loc != nil && loc[0] == 0
}

// sentenceSubject reads the person who opens a sentence before its verb
// of travel or office ("On September 30–October 1, Assistant Secretary of
// State … Brian A. Nichols traveled to Haiti …"), or the title-first
// persons of the sentence.
func sentenceSubject(s string) []person {
	s = dropLeadOpeners(s)
	if i := firstIndex(s, subjectVerbs); i > 0 {
		if ps := subjectPersons(s[:i]); len(ps) == 1 {
			return ps
		}
	}
	return titleFirstPersons(s, true)
}

// subjectVerbs end the subject of a sentence that reports a trip.
var subjectVerbs = []string{" traveled ", " travelled ", " visited ", " arrived ", " led ", " headed ", " is on ", " was on ", " paid ", " made "}

// frameOf is findFrame(people), reusing loc, main's frame, when people is
// main unchanged.
func frameOf(people, main string, loc []int) []int {
	if people == main && loc != nil {
		return loc
	}
	return findFrame(people)
}

// pronounSubject reports whether the subject of main's first frame is
// "he" or "she".
func pronounSubject(main string) bool {
	loc := findFrame(main)
	if loc == nil {
		return false
	}
	left := strings.TrimSpace(main[:loc[0]])
	// ("As part of …, the delegation met with …": the delegation is its
	// leader's.)
	left = strings.TrimSuffix(strings.TrimSuffix(left, " also"), " then")
	return left == "He" || left == "She" || strings.HasSuffix(left, " he") || strings.HasSuffix(left, " she") ||
		left == "The delegation" || strings.HasSuffix(left, " the delegation") || left == "The U.S. delegation" || strings.HasSuffix(left, " the U.S. delegation")
}

// heldMeeting reports whether s opens by naming a meeting that it then
// says was held, heldAt(s) being k: "The 25th EU-China summit was held in Beijing …", "The
// EU-Canada summit took place in Brussels …".
func heldMeeting(s string, k int) bool {
	if !strings.HasPrefix(s, "The ") {
		return false
	}
	subject := s[:k]
	return !containsText(subject, ",") && containsAny(subject, " summit ", " Summit ", " meeting ", " Meeting ", " talks ", " Talks ",
		" consultations ", " Consultations ", " dialogue ", " Dialogue ", " session ", " Session ")
}

// placedMeetings open a sentence that places the meeting a lead reports.
var placedMeetings = []string{"The meeting ", "The talks ", "The bilateral meeting ", "The consultations ", "The discussions ", "The meeting, "}

// visitUnderway rewrites a lead's sentence that reports a visit under way
// ("X is on a State Visit to India from 12 to 14 September") as one paid
// ("X is paying a State Visit to …"), which visitFrameRE reads; "" when s
// reports none. (Only a lead with no other frame is read so: "X is on an
// official visit to Y. On Tuesday, he held talks with Z" is Z's meeting.)
func visitUnderway(s string) string {
	for _, v := range [][2]string{{" is on a", " is paying a"}, {" was on a", " paid a"}} {
		i := strings.Index(s, v[0])
		if i < 0 {
			continue
		}
		r := s[:i] + v[1] + s[i+len(v[0]):]
		if visitFrameRE.MatchString(r) {
			return r
		}
	}
	return ""
}

// visitFrameRE finds a visit's frame ("paid an official visit to").
var visitFrameRE = frameREs[visitFrame]

// tripPlaceRE reads where a trip went: "visited Honiara, Solomon
// Islands", "traveled to Ramallah".
var tripPlaceRE = lazyRegexp(`\b(?:visited|traveled to|travelled to|arrived in) (` + placeName + `)`)

// leaderStops end the first of the officials who lead a delegation.
var leaderStops = []string{", ", " – ", " — ", " - ", " and ", ";", ". "}

// tripLead completes the facts of a trip's lead, whose first sentence
// says where a delegation went and who led it, and whose main sentence
// says whom "the delegation" met: the leader is the subject ("a U.S.
// delegation – led by Jane Doe – visited …"), and the trip's stop is the
// place of a meeting the main sentence does not place.
func tripLead(f *leadFacts, sents []string, main string, verb int) {
	// before are the lead's sentences up to the main one.
	before := sents
	delegation := containsText(main[:min(verb, len(main))], "delegation")
	trip := delegation
	for k, s := range sents {
		trip = trip || containsAny(s, tripVerbs...)
		if s == main {
			before = sents[:k+1]
			break
		}
	}
	if !trip {
		return
	}
	if delegation && !slices.ContainsFunc(f.principals, func(p person) bool { return p.subject }) {
		for _, s := range before {
			i := indexText(s, "led by ")
			if i < 0 {
				continue
			}
			rest := s[i+len("led by "):]
			if p := loosePerson(rest[:chunkEnd(rest, leaderStops)]); p.name != "" {
				p.subject = true
				f.principals = append([]person{p}, f.principals...)
			}
			break
		}
	}
	switch f.kindFromLead {
	case "meeting", "":
	default:
		return
	}
	if f.meeting.Location != "" {
		return
	}
	for _, s := range before {
		if m := tripPlaceRE.FindStringSubmatch(s); m != nil {
			f.meeting.Location = cleanPlace(m[1])
			return
		}
	}
}

// attendedEventRE finds a lead's report that its subject attended an
// event: "attended the ASEAN-Japan Commemorative Summit", "took part in
// the G20 Foreign Ministers' Meeting".
var attendedEventRE = lazyRegexp(`\b(?:attended|attends|participated in|took part in)\s+(?:the |a |an )?(?:[\p{L}\d'’-]+ ){0,8}?` +
	`(?:Summit|Meeting|Meetings|Conference|Forum|Session|Ceremony|Dialogue|Assembly|Council|Gathering)\b`)

// eventWithStops end the list of those an event was attended with.
var eventWithStops = []string{";", ", as well as ", ", including ", " to ", " for ", " on ", " in ", " during ", " at ", ". "}

// followOnAnchored is followOnRE anchored at the start of the text.
var followOnAnchored = lazyRegexp(`^(?:` + followOnRE.String() + `)`)

// findFollowOns returns what followOnRE.FindAllString(s, -1) returns. Every
// match opens with `\b` and a letter of "bdegjlopsw" in either case, so the
// anchored expression is tried only at the starts of words opening with
// one: at such an offset `\b` holds both in s and at the start of the
// rest. Text with "ſ" (which folds to "s" and so can open a match right
// after a word character) takes the unanchored search.
func findFollowOns(s string) []string {
	if containsText(s, "ſ") {
		return followOnRE.FindAllString(s, -1)
	}
	var out []string
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) || i+1 >= len(s) || !followOnOpens(s[i]|0x20, s[i+1]|0x20) {
			continue
		}
		// A match is at most about 50 letters of at most 3 bytes
		// (the Kelvin sign folds to "k"): the expression reads no further
		// than followOnWindow bytes, and a shorter input saves the
		// matcher clearing a bit per instruction for each byte of the
		// rest of s.
		m := followOnAnchored.FindString(s[i:min(len(s), i+followOnWindow)])
		if m == "" {
			continue
		}
		out = append(out, m)
		i += len(m) - 1
	}
	return out
}

// followOnWindow bounds the bytes findFollowOns gives the anchored
// expression; TestFindFollowOns checks that no match comes near it.
const followOnWindow = 200

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if containsText(s, sub) {
			return true
		}
	}
	return false
}

// lastTitleFirst finds the subject of a US/UK-style lead: the last title and
// name before the verb ("Today, President Joseph R. Biden, Jr.").
func lastTitleFirst(left string) []person {
	words := strings.Fields(left)
	for i := len(words) - 1; i >= 0; i-- {
		// ("Deputy Prime Minister/Foreign Minister X": offices joined by
		// a slash are one title.)
		if !titleVocab[trimPunct(words[i])] || i > 0 && slashedTitle(trimPunct(words[i-1])) {
			continue
		}
		// "Minister of State, Minister of Foreign Affairs, Mr. X": a word
		// of an office after its "of" ("State", "Foreign") opens none;
		// the office opens at its head.
		if i >= 2 && (words[i-1] == "of" || words[i-1] == "for") && titleVocab[trimPunct(words[i-2])] {
			continue
		}
		start := i
		if i > 0 && isCapWord(words[i-1]) && !strings.HasSuffix(words[i-1], ",") && words[i-1] != "The" && words[i-1] != "Today" {
			start = i - 1
			// "European Council President X", "Philippine Navy Chief
			// Y": a body's name after its country's word.
			if i >= 2 && !strings.HasSuffix(words[i-2], ",") && (words[i-2] == "European" || isCapWord(words[i-2]) && countryOf(words[i-2]) != "") {
				start = i - 2
			}
			// "United States Secretary of State Mike Pompeo": a
			// country's name of several words before the office is
			// part of the title ("States Secretary of State" otherwise).
			for k := max(0, i-4); k < i-1; k++ {
				if _, ok := countryName(strings.Join(words[k:i], " ")); ok && isCapWord(words[k]) && words[k] != "The" {
					start = k
					break
				}
			}
		}
		// "Assistant to the President for …": the office is held to
		// another, and opens before it.
		if i >= 3 && words[i-1] == "the" && words[i-2] == "to" && titleVocab[trimPunct(words[i-3])] {
			start = i - 3
		}
		if ps := titleFirstPersons(strings.Join(words[start:], " "), true); len(ps) > 0 {
			return ps[:1]
		}
	}
	return nil
}

var attendeeTitleFirstRE = lazyRegexp(`((?:Deputy |Vice |Chief |State |Parliamentary |Senior |Special |Principal )*(?:Chief Cabinet Secretary|Cabinet Secretary|Minister|Secretary|Advisor|Adviser|Ambassador|Director|Vice-Minister|Envoy|Counsellor)(?: (?:for|of) [A-Z][\p{L}]*(?: [A-Z][\p{L}]*)*)?) ((?:Mr\.|Ms\.|Dr\.)?\s?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)`)

// attendeeTitleFirstAnchored is attendeeTitleFirstRE anchored at the start of the text.
var attendeeTitleFirstAnchored = lazyRegexp(`^(?:` + attendeeTitleFirstRE.String() + `)`)

// attendeeTitleFirstStarts are the words one of which every match of attendeeTitleFirstRE
// opens with.
var attendeeTitleFirstStarts = []string{"Deputy ", "Vice ", "Chief ", "State ", "Parliamentary ", "Senior ", "Special ",
	"Principal ", "Cabinet Secretary", "Minister", "Secretary", "Advisor", "Adviser", "Ambassador", "Director",
	"Vice-Minister", "Envoy", "Counsellor"}

// findTitleFirstAttendees returns what attendeeTitleFirstRE.FindAllStringSubmatch(s, -1)
// returns. attendeeTitleFirstRE has no assertions, so a match at i depends on s[i:]
// only; trying the anchored expression where one of attendeeTitleFirstStarts
// begins is much faster than the unanchored search.
func findTitleFirstAttendees(s string) [][]string {
	var out [][]string
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("ACDEMPSV", rune(s[i])) || !hasAnyPrefix(s[i:], attendeeTitleFirstStarts) {
			continue
		}
		m := attendeeTitleFirstAnchored.FindStringSubmatch(s[i:])
		if m == nil {
			continue
		}
		out = append(out, m)
		i += len(m[0]) - 1
	}
	return out
}

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// attendeesOf reads the people in an "X and others attended" sentence.
func attendeesOf(s string) []person {
	var out []person
	if ps := nameFirstPersons(s); len(ps) > 0 {
		return ps
	}
	for _, m := range findTitleFirstAttendees(s) {
		name := stripHonorifics(m[2])
		if titleVocab[nextWord(name)] {
			continue
		}
		out = append(out, person{name: name, title: m[1], countryText: m[1]})
	}
	return out
}

// leadOpeners open a phrase of time or place before a lead's subject.
var leadOpeners = []string{"This morning, ", "This afternoon, ", "This evening, ", "Today, ", "Yesterday, ", "Earlier today, ",
	"Earlier this week, ", "Last week, ", "Last night, "}

// placeOpenerRE is a place that opens a sentence, with its country or a
// day after it: "In Budapest, ", "In Kasane, Botswana, ", "In New Delhi on
// Tuesday, ", before the subject's capital or "the".
var placeOpenerRE = lazyRegexp(`^In (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})(?:, (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?))?(?: (?:on|this) \p{Lu}\p{Ll}+| today| yesterday)?, ()(?:\p{Lu}|the )`)

// dateOpenerRE is a date that opens a sentence ("On April 3, 2025 ",
// "On Monday, 3 March 2025, "), before a capital.
var dateOpenerRE = lazyRegexp(`^On (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?)(?:[–-](?:\p{Lu}\p{Ll}+ )?\d{1,2}(?: \p{Lu}\p{Ll}+)?)?(?:,? \d{4})?,? ()\p{Lu}`)

// dropLeadOpeners removes a phrase of time that opens s with the phrase
// of place after it ("This morning, in the Apostolic Palace, the Pope
// …" gives "the Pope …"), when a capital or "the" follows.
func dropLeadOpeners(s string) string {
	// "On April 3, 2025 Minister of Foreign Affairs of Belarus X held
	// …": a date opens the sentence, with no comma after it.
	if strings.HasPrefix(s, "On ") {
		if m := dateOpenerRE.FindStringSubmatchIndex(s[:min(len(s), 48)]); m != nil {
			return s[m[2]:]
		}
	}
	// "In Budapest, Minister …", "In New Delhi on Tuesday, …": a place
	// (and day) opens the sentence.
	if strings.HasPrefix(s, "In ") {
		if m := placeOpenerRE.FindStringSubmatchIndex(s[:min(len(s), 72)]); m != nil {
			return s[m[6]:]
		}
	}
	for _, o := range leadOpeners {
		rest, ok := strings.CutPrefix(s, o)
		if !ok {
			continue
		}
		// "in the Apostolic Palace, ", "at the Ministry, ": only with
		// one (a White House page's "Today, the White House …" keeps
		// its reading).
		if !hasAnyPrefix(rest, []string{"in ", "at "}) {
			return s
		}
		i := strings.Index(rest, ", ")
		if i < 0 || i >= 60 {
			return s
		}
		rest = rest[i+2:]
		if w := nextWord(rest); isCapWord(w) || w == "the" {
			return rest
		}
		return s
	}
	return s
}

// quotedFrameRE reads a lead that opens with a quotation and names its
// meeting after the speaker: "'…,' said X after meeting Y in Oslo", "“…”,
// X said following his talks with Y", "'…,' X said at the end of the
// meeting with Y", "“….” So said X after meeting Y" (the last, split from
// its quotation, on its own).
// Where and to whom it was said may come before the meeting: "X said at a
// press conference in Budapest on Tuesday, following talks with Y", "X
// told journalists after his talks with Y".
var quotedFrameRE = lazyRegexp(`^(?:[‘'“"«„].{8,}?[,.!?]?[’'”"»“](?:,? | So | Thus )|So |Thus )(?:said (.{3,120}?)|(.{3,120}?) (?:said|told (?:journalists|reporters|the press|the media)))` +
	`(?:,? (?:at|in|on|to) [^‘'“"«„”]{3,80}?|,? today)?,? (?:after|following|at the end of|ahead of|before|during|upon|on) ` +
	`(?:(?:his|her|their|the|a|today's|yesterday's) )?(?:(?:bilateral|official|working|telephone|phone) )?(?:meeting|talks|call|conversation)(?: with)? (.+)$`)

// rewrittenFrame rewrites a lead that names its meeting in no verb frame
// as "X met with Y …": one that opens with a quotation (quotedFrame),
// with the meeting (frontedFrame) or with its subject's possessive
// (possessiveFrame); "" for any other.
func rewrittenFrame(s string) string {
	if r := quotedFrame(s); r != "" {
		return r
	}
	if r := invitedVisit(s); r != "" {
		return r
	}
	if r := frontedFrame(s); r != "" {
		return r
	}
	if r := afterMeetingFrame(s); r != "" {
		return r
	}
	return possessiveFrame(s)
}

// afterMeetingRE reads "Speaking after meeting the Foreign Minister of
// Peru, X, in Lima, Minister Y said …", "After meeting X, Y told …".
var afterMeetingRE = lazyRegexp(`^(?:Speaking (?:after|following)|After|Following) (?:meeting(?: with)?|talks with|speaking (?:with|to)|his meeting with|her meeting with) (.{5,200}), ((?:[Tt]he )?\p{Lu}[^,]{2,80}?) (?:said|told|stressed|noted|welcomed|\p{Ll}+ed)\b(.*)$`)

// afterMeetingFrame rewrites "Speaking after meeting Y, X said …" as "X
// met with Y …", or returns "".
func afterMeetingFrame(s string) string {
	if !hasAnyPrefix(s, []string{"Speaking after ", "Speaking following ", "After meeting ", "After talks ", "After speaking ", "After his ", "After her ",
		"Following meeting ", "Following talks ", "Following his ", "Following her "}) {
		return ""
	}
	m := afterMeetingRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[2] + " met with " + m[1] + "." + m[3]
}

// invitedVisit rewrites "At the invitation of Prime Minister X, Prime
// Minister Y visited Wellington" as "… Y paid a visit to Wellington",
// which the visit's frame reads with its host; "" for any other. Only
// after an invitation: "X visited Y" alone names no host.
func invitedVisit(s string) string {
	if !hasAnyPrefix(s, invitationOpeners) {
		return ""
	}
	for _, v := range []string{" visited ", " is visiting ", " travelled to ", " traveled to "} {
		if i := indexText(s, v); i > 0 {
			return s[:i] + " paid a visit to " + s[i+len(v):]
		}
	}
	return ""
}

// welcomedToFrame rewrites "X welcomed to Canberra Foreign Minister Y of
// New Zealand." as "X welcomed Foreign Minister Y of New Zealand in
// Canberra.", the place after its guest, where the frame and the place
// are read from; "" for any other. The place is a capital or a country
// of one to three words.
func welcomedToFrame(s string) string {
	i := firstIndex(s, []string{" welcomed to ", " welcomes to "})
	if i < 0 {
		return ""
	}
	verb := s[i : i+len(" welcomed")]
	rest := s[i+len(" welcomed to "):]
	ws := strings.Fields(rest[:min(len(rest), 60)])
	for n := min(3, len(ws)-1); n >= 1; n-- {
		place := strings.Join(ws[:n], " ")
		if !isCapWord(place) || !isCapWord(ws[n]) && !guestOpeners[ws[n]] {
			continue
		}
		if _, ok := countryName(place); !ok && country.Capital(place) == "" {
			continue
		}
		guest := rest[len(place)+1:]
		return s[:i] + verb + " " + placedBeforeStop(guest, place)
	}
	return ""
}

// visitThenMeetingRE reads what follows a visit's frame when a meeting
// follows the visit: the place visited, then "and met with …", "and held
// a meeting … with …", ", where he met …".
var visitThenMeetingRE = lazyRegexp(`^((?:the )?\p{Lu}[\p{L}'’-]*(?:,? \p{Lu}[\p{L}'’-]*){0,3})(?: (?:on|from) [^,]{3,30}?)?(?:,? and |, where (?:he|she|they) )(?:also )?((?:met|held|had|conducted)\b.*)$`)

// visitThenMeeting rewrites "X paid a working visit to Eritrea and held a
// meeting this morning with Y at Denden Guest House." as "X held a meeting
// this morning with Y at Denden Guest House." (with " in Eritrea" at its
// end when the meeting names no place): the visit's frame (loc, the
// earliest frame of s) names no one, the meeting after it does. "" for
// any other sentence.
func visitThenMeeting(s string, loc []int) string {
	if len(loc) < 2 || !containsText(s[loc[0]:loc[1]], "isit") || !visitFrameRE.MatchString(s[loc[0]:loc[1]]) {
		return ""
	}
	m := visitThenMeetingRE.FindStringSubmatch(s[loc[1]:])
	if m == nil {
		return ""
	}
	place := strings.TrimPrefix(m[1], "the ")
	if _, ok := countryName(place); !ok && country.Capital(place) == "" {
		return ""
	}
	meeting := m[2]
	if !containsText(meeting, " in ") && !containsText(meeting, " at ") {
		meeting = placedBeforeStop(meeting, m[1])
	}
	return s[:loc[0]] + meeting
}

// placedBeforeStop returns s with " in " and place before the stop of its
// first sentence: "X met Y." gives "X met Y in Canberra.".
func placedBeforeStop(s, place string) string {
	end := fullStop(s)
	if end == len(s) && strings.HasSuffix(s, ".") {
		end--
	}
	return s[:end] + " in " + place + s[end:]
}

// guestOpeners open a guest named by office: "welcomed to Delhi the
// Foreign Minister of …", "his counterpart".
var guestOpeners = setOf("the", "his", "her", "their")

// invitationOpeners open a lead with the host who invited its subject.
var invitationOpeners = []string{"At the invitation of ", "On the invitation of ", "Upon the invitation of "}

// rewrittenFrameIn is rewrittenFrame of the first sentence of line that
// has one: the line's own start, or a sentence within it that opens with
// its meeting ("… González. During their meeting with President
// Abinader, Senior Advisor Perez reiterated …").
func rewrittenFrameIn(line string) string {
	if r := rewrittenFrame(line); r != "" {
		return r
	}
	for _, p := range midFrontedOpeners {
		for from := 0; ; {
			i := indexText(line[from:], p)
			if i < 0 {
				break
			}
			from += i + 2
			if r := frontedFrame(line[from:]); r != "" {
				return r
			}
		}
	}
	return ""
}

// frontedFrameRE reads "During her meeting with Y, X discussed …", "In
// his telephone conversation with Y, X stressed …", "Following talks
// with Y in Z, X said …".
var frontedFrameRE = lazyRegexp(`^(?:During|In|At|Following|After) (?:(?:his|her|their|the|a) )?(?:[a-z-]+ ){0,2}(?:meeting|talks|call|conversation|discussions|consultations) with (.{5,160}), ((?:[Tt]he )?\p{Lu}[^,]{2,80}?) (?:\p{Ll}+ed|said|spoke|took|gave|made|underscored)\b(.*)$`)

// frontedOpeners open a sentence that names its meeting before its
// subject (frontedFrameRE); midFrontedOpeners are the same after the
// stop of a sentence before it.
var (
	frontedOpeners    = []string{"During ", "In ", "At ", "Following ", "After "}
	midFrontedOpeners = func() []string {
		out := make([]string, len(frontedOpeners))
		for i, o := range frontedOpeners {
			out[i] = ". " + o
		}
		return out
	}()
)

// frontedFrame rewrites "During her meeting with Y, X discussed …" as
// "X met with Y …", or returns "".
func frontedFrame(s string) string {
	if !hasAnyPrefix(s, frontedOpeners) || !containsText(s, " with ") {
		return ""
	}
	m := frontedFrameRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[2] + " met with " + m[1] + "." + m[3]
}

// possessiveFrameRE reads "Foreign Minister X's meeting with Y focused on
// …".
var possessiveFrameRE = lazyRegexp(`^((?:[Tt]he )?\p{Lu}[^,.]{2,80}?)['’]s (?:[a-zA-Z-]+ ){0,2}(?:[Mm]eeting|[Tt]alks|[Cc]all|[Cc]onversation) [Ww]ith (.+)$`)

// possessiveFrame rewrites "X's meeting with Y focused on …" as "X met
// with Y focused on …" (the counterpart's phrase ends at its verb), or
// returns "".
func possessiveFrame(s string) string {
	if !containsText(s, "s meeting with") && !containsText(s, "s talks with") && !containsText(s, "s call with") && !containsText(s, "s conversation with") &&
		!containsText(s, " Meeting with") && !containsText(s, " Call with") && !containsText(s, " Talks with") {
		return ""
	}
	m := possessiveFrameRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	obj := m[2]
	if k := possessiveVerbRE.FindStringIndex(obj); k != nil {
		obj = strings.TrimRight(obj[:k[0]], ",") + "."
	}
	return m[1] + " met with " + obj
}

// possessiveVerbRE finds the verb after the counterpart of "X's meeting
// with Y focused on …".
var possessiveVerbRE = lazyRegexp(`,? (?:focused|focussed|centred|centered|covered|addressed|concentrated|dealt|touched|was|were|took|included|revolved|lasted|provided|offered|served)\b`)

// quotedFrame rewrites such a lead as the sentence its reading expects,
// "X met with Y in Oslo", or returns "".
func quotedFrame(s string) string {
	if s == "" || !strings.ContainsAny(s[:min(len(s), 4)], "‘'“\"«„") && !strings.HasPrefix(s, "So said ") && !strings.HasPrefix(s, "Thus said ") ||
		!containsText(s, " said") && !containsText(s, " told ") {
		return ""
	}
	m := quotedFrameRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return cmp.Or(m[1], m[2]) + " met with " + m[3]
}
