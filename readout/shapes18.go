package readout

import (
	"strings"
	"time"

	"github.com/readout-bot/readout/country"
	"unicode"
	"unicode/utf8"
)

// Run-in headings: a paragraph that opens with its topic, "Trade: The
// two ministers welcomed …" or, in bold, "**Migration.** The two
// ministers agreed …", is a heading over its paragraph when the page has
// two or more such paragraphs with different topics. A label that comes
// back ("Question:", "Minister X:") or names a person is a transcript's
// speaker; a field ("Date:", "Venue:") or a lead-in ("Note:", "Photo:")
// heads nothing.

// runInFields are labels of fields and furniture, never a topic.
var runInFields = setOf("date", "time", "venue", "location", "place", "subject", "source", "photo", "photos", "note",
	"notes", "tags", "tag", "contact", "contacts", "from", "to", "by", "update", "updated", "q", "a", "question",
	"answer", "read", "see", "share", "print", "published", "credit", "caption", "keywords", "ends", "end")

// runInTitles are the words of a speaker's label, "Minister Peters:",
// "Moderator:" (titleVocab holds portfolios too: "Trade" is a topic).
var runInTitles = setOf("Minister", "President", "Secretary", "Secretary-General", "Prime", "Chancellor", "Ambassador",
	"Sheikh", "King", "Queen", "Prince", "Princess", "Deputy", "Vice", "Chair", "Chairman", "Chairperson", "Director",
	"Director-General", "Governor", "Commissioner", "Senator", "Spokesperson", "Spokesman", "Moderator", "Speaker",
	"Host", "Premier", "Councillor", "Envoy", "Representative", "Emir", "Crown", "Sultan", "Mayor", "Leader", "Reporter",
	"Journalist", "Participant", "Audience", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.")

// runInLabel reports whether label, the text before a run-in's colon or
// full stop, is a topic: a heading's words (one to six, no comma), not a
// date, a field, a title or a person's name.
func runInLabel(label string) bool {
	if len(label) < 3 || len(label) > 60 || strings.ContainsAny(label, ",;()[]\"“”|/") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return false
	}
	ws := strings.Fields(label)
	if len(ws) > 6 || !ownHeading(label) || isDateLine(label) {
		return false
	}
	if runInFields[lowerText(ws[0])] || topicLeadIns[lowerText(ws[0])] || topicLeadIns[lowerText(ws[len(ws)-1])] {
		return false
	}
	for _, w := range ws {
		// ("PRIME MINISTER ALBANESE:", in capitals.)
		if c := upperFirst(lowerText(w)); runInTitles[w] || runInTitles[c] || nameHonorifics[w] || nameHonorifics[c] {
			return false
		}
	}
	if _, ok := parseMarker(label); ok {
		return false
	}
	return true
}

// runInSet keeps the run-ins of a page that head its topics: two or more,
// none repeated, none a name the page uses for a person (a speaker, "Peters:",
// where the text says "Winston Peters"). labels[i] is "" for a line with
// none.
func runInSet(lines []string, labels []string) bool {
	seen := map[string]bool{}
	n := 0
	for _, l := range labels {
		if l == "" {
			continue
		}
		if seen[l] {
			return false
		}
		seen[l] = true
		n++
	}
	if n < 2 {
		return false
	}
	for i, l := range labels {
		if l == "" {
			continue
		}
		for j, o := range lines {
			if j == i {
				continue
			}
			// ("Winston Peters" elsewhere: "Peters:" is a speaker.)
			for k := strings.Index(o, l); k >= 0; {
				before := strings.TrimRight(o[:k], " ")
				end := k + len(l)
				if k > 0 && before != "" && len(before) < k && isCapWord(lastWord(before)) && !titleVocab[lastWord(before)] &&
					(end == len(o) || !isLetterByte(o[end])) && strings.Count(l, " ") == 0 {
					return false
				}
				nk := strings.Index(o[k+1:], l)
				if nk < 0 {
					break
				}
				k += 1 + nk
			}
		}
	}
	return true
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// colonRunIn cuts "Trade: The two ministers …" into its topic and its
// paragraph; ok is false for a line that is no such run-in.
func colonRunIn(l string) (label, rest string, ok bool) {
	k := strings.Index(l, ": ")
	if k < 3 || k > 60 || !endsSentence(l) {
		return "", "", false
	}
	label, rest = l[:k], strings.TrimSpace(l[k+2:])
	if len(rest) < 40 || !isCapWord(rest) || !runInLabel(label) {
		return "", "", false
	}
	return label, rest, true
}

// splitRunIns writes each run-in topic of lines as a heading line of its
// own ("- Trade") over its paragraph, when runInSet keeps them. A topic
// before the page's first sentence (a header's "Summary: …") is none.
func splitRunIns(lines []string) []string {
	var labels []string
	begun := false
	found := false
	first := -1 // the first run-in after the text has begun
	for i, l := range lines {
		label := ""
		// (One before the text begins counts for the repeats: a
		// transcript's first speaker.)
		if lb, _, ok := colonRunIn(l); ok {
			label, found = lb, true
			if begun && first < 0 {
				first = i
			}
		}
		labels = append(labels, label)
		begun = begun || endsSentence(l) && len(l) >= 40
	}
	if !found || first < 0 || !runInSet(lines, labels) {
		return lines
	}
	for i := range labels[:first] {
		labels[i] = ""
	}
	out := make([]string, 0, len(lines)+len(labels))
	for i, l := range lines {
		if labels[i] == "" {
			out = append(out, l)
			continue
		}
		_, rest, _ := colonRunIn(l)
		out = append(out, "- "+labels[i], rest)
	}
	return out
}

// boldRunIn cuts a Markdown paragraph opening in bold, "**Migration.**
// The two …" (or "**Migration**: The two …"), into its bold topic and
// its text.
func boldRunIn(t string) (label, rest string, ok bool) {
	if !strings.HasPrefix(t, "**") {
		return "", "", false
	}
	k := strings.Index(t[2:], "**")
	if k < 0 {
		return "", "", false
	}
	label, rest = strings.TrimSpace(t[2:2+k]), t[2+k+2:]
	rest = strings.TrimLeft(rest, ".: ")
	if strings.HasPrefix(t[2+k+2:], " ") && !strings.HasSuffix(label, ".") && !strings.HasSuffix(label, ":") {
		// ("**Migration** The two …": a run-in marks its end.)
		return "", "", false
	}
	label = strings.TrimRight(label, ".:")
	if len(rest) < 40 || !isCapWord(rest) || !endsSentence(rest) || strings.Contains(rest, "**") || !runInLabel(label) {
		return "", "", false
	}
	return label, rest, true
}

// boldRunIns returns the lines of md (by index) that open with a bold
// run-in topic that heads its paragraph (runInSet).
func boldRunIns(lines []string) map[int]string {
	labels := make([]string, len(lines))
	trimmed := make([]string, len(lines))
	found := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		trimmed[i] = t
		if label, _, ok := boldRunIn(t); ok {
			labels[i], found = label, true
		}
	}
	if !found || !runInSet(trimmed, labels) {
		return nil
	}
	out := map[int]string{}
	for i, l := range labels {
		if l != "" {
			out[i] = l
		}
	}
	return out
}

// longMeetingRE reads the heading of a section that reports one of a
// page's meetings, long with its guest's styles and office:
// "Secretary-General's meeting with H.E. Mr. Abiy Ahmed Ali, Prime
// Minister of the Federal Democratic Republic of Ethiopia".
var longMeetingRE = lazyRegexp(`^(?:\p{Lu}[\p{L}'’-]* ){0,3}(?:[Bb]ilateral )?(?:[Mm]eeting|[Tt]alks|[Cc]all|[Tt]elephone call|[Cc]onversation|[Aa]udience) with \S.{4,170}$`)

// longMeetingHeading reports whether s is such a heading (longMeetingRE):
// no sentence, no clause after a semicolon.
func longMeetingHeading(s string) bool {
	return len(s) <= 200 && strings.Contains(s, " with ") && !endsSentence(s) && !strings.ContainsAny(s, ";") &&
		longMeetingRE.MatchString(s)
}

// boldMeetings reports whether md has two or more lines wholly in bold
// that head a meeting each (longMeetingHeading): a page of several
// meetings, whose first heading may stand before any text.
func boldMeetings(lines []string) bool {
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && longMeetingHeading(t[2:len(t)-2]) {
			n++
		}
	}
	return n >= 2
}

// meetingHeadings counts the sections whose heading names the meeting the
// section reports (meetingHeadingRE).
func meetingHeadings(secs []Section) int {
	n := 0
	for _, sec := range secs {
		if meetingHeadingOf(sec.Heading) != nil {
			n++
		}
	}
	return n
}

// multiSubject reads the subject of the lead of a page of several
// meetings, "On the margins of …, Minister X held several bilateral
// meetings.": the publisher's principal, who held them all.
func multiSubject(lead, pub string) (person, bool) {
	s := lead
	if ss := splitSentences(lead); len(ss) > 0 {
		s = ss[0]
	}
	ps := sentenceSubject(s)
	if len(ps) == 0 {
		if k := strings.Index(s, ", "); k > 0 && k < 160 {
			ps = sentenceSubject(s[k+2:])
		}
	}
	if len(ps) != 1 || ps[0].name == "" || ps[0].unnamed {
		return person{}, false
	}
	if c := personCountry(ps[0]); c != "" && c != pub {
		return person{}, false
	}
	return ps[0], true
}

// firstFullName returns the first name of two to four capitalized words
// in text that is neither an office's, a country's nor one of have's: the
// holder of the office a section's heading names ("With Mauro Vieira, the
// minister discussed …" under "Meeting with the Foreign Minister of
// Brazil").
func firstFullName(text string, have []Participant) string {
	var run []string
	flush := func() string {
		defer func() { run = run[:0] }()
		for len(run) > 0 && isNameConnector(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		if len(run) < 2 || len(run) > 4 {
			return ""
		}
		name := strings.Join(run, " ")
		if len(country.Find(name)) > 0 || len(findOrgs(name)) > 0 {
			return ""
		}
		for _, q := range have {
			if sameFamily(q.Name, name) {
				return ""
			}
		}
		return name
	}
	for _, w := range strings.Fields(text) {
		core := strings.TrimRight(w, ",.;:)'’")
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		if core != "" && isCapWord(core) && !titleVocab[core] && !runInTitles[core] && !nameHonorifics[core] &&
			!sentenceOpeners[core] && !strings.ContainsAny(core, "0123456789-") ||
			len(run) > 0 && core == w && isNameConnector(core) {
			// ("Alberto van Klaveren": a particle inside the name.)
			run = append(run, core)
		} else if n := flush(); n != "" {
			return n
		}
		if core != w && len(run) > 0 {
			if n := flush(); n != "" {
				return n
			}
		}
	}
	return flush()
}

// sentenceOpeners are capitalized words that open a sentence, not a name.
var sentenceOpeners = setOf("The", "With", "In", "On", "At", "During", "After", "Before", "Both", "They", "He", "She",
	"His", "Her", "Their", "This", "That", "These", "A", "An", "As", "For", "From", "To", "And", "But", "Also")

// headingSide is the side a meeting's heading names: a country ("the
// Foreign Minister of Brazil") or a body ("Chairperson of the African
// Union Commission").
func headingSide(h string) string {
	if c := countryOf(h); c != "" {
		return c
	}
	if os := findOrgs(h); len(os) == 1 {
		return os[0]
	}
	return ""
}

// isMarkerAt reports whether lines[i] opens with a section marker.
func isMarkerAt(lines []string, i int) bool {
	_, ok := markerAt(lines, i)
	return ok
}

// firstSentenceOf is the first sentence of text's first line.
func firstSentenceOf(text string) string {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	if ss := splitSentences(text); len(ss) > 0 {
		return ss[0]
	}
	return text
}

// dateCityLine reads a header's line of a date, a capital and the
// publisher set off by dashes: "July 10, 2025 - Ottawa, Ontario - Global
// Affairs Canada".
func dateCityLine(l string) (d time.Time, city string, ok bool) {
	if len(l) > 120 || !strings.Contains(l, " - ") {
		return d, "", false
	}
	parts := strings.Split(l, " - ")
	if len(parts) < 2 || len(parts) > 3 {
		return d, "", false
	}
	d, ok = parseDateLine(parts[0])
	if !ok {
		return d, "", false
	}
	city, _, _ = strings.Cut(parts[1], ", ")
	if country.Capital(city) == "" {
		return d, "", false
	}
	return d, city, true
}

// pressSpokeRE is a speech to the press, "spoke to the media before their
// bilateral meeting": no call.
var pressSpokeRE = lazyRegexp(`(?i)\b(?:spoke|speak|speaks|spoken) (?:to|with|before) (?:the )?(?:media|press|reporters|journalists|news media)\b`)

// spokeOnlyToPress reports whether every word of a call in s (call, the
// kind's rule) is one of a speech to the press (pressSpokeRE).
func spokeOnlyToPress(s string, call *lazyRE) bool {
	if !containsFold(s, "spok") && !containsFold(s, "speak") {
		return false
	}
	t := pressSpokeRE.ReplaceAllString(s, "")
	return t != s && !call.MatchString(t)
}

// eventOfName reports whether loc names an event by its head and what it
// is of, "38th Ordinary Session of the Assembly of the African Union",
// and no place ("in …").
func eventOfName(loc string) bool {
	head, _, ok := strings.Cut(loc, " of ")
	return ok && eventWords[lastWord(head)] && !containsText(loc, " in ")
}

// hasHeadingMarkers reports whether a line of lines opens with a marker
// that heads a section ("1. Political relations", "- Outline"), rather
// than one that numbers or bullets a paragraph ("2. The leaders agreed
// …", "- The two sides welcomed …").
func hasHeadingMarkers(lines []string) bool {
	for i := range lines {
		if m, ok := markerAt(lines, i); ok && isHeading(m.rest) {
			return true
		}
	}
	return false
}

// futureInSentence reports whether the sentence of l that holds offset at
// says, before it, that what it places is to come ("… whose Ministerial
// Council will be held in Valletta in December"): the venue of a future
// event, not the meeting's.
func futureInSentence(l string, at int) bool {
	start := 0
	for _, d := range []string{". ", "! ", "? "} {
		if k := strings.LastIndex(l[:at], d); k >= 0 && k+len(d) > start {
			start = k + len(d)
		}
	}
	return futureAt(l[start:at]) >= 0
}

// twoSides reports whether ps holds named principals of two or more
// countries or bodies.
func twoSides(ps []person) bool {
	seen := ""
	for _, p := range ps {
		if p.name == "" || p.unnamed {
			continue
		}
		c := personCountry(p)
		if c == "" {
			continue
		}
		if seen != "" && c != seen {
			return true
		}
		seen = c
	}
	return false
}
