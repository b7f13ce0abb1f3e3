package readout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
)

// firstPersonRE finds the publisher's minister writing as "I" at the start
// of a sentence or clause: "Today I spoke with …", "In Suva, I met …",
// "This week I travelled …". A day or week opening the sentence goes with
// the "I" (the post gives the date).
var firstPersonRE = lazyRegexp(`(^["“]?|[.!?]["”’]? ["“]?|\n["“]?|, | and )(?:(?:Today|Yesterday|This week|Last week|This morning|This afternoon|This evening|Earlier today|Tonight),? )?I ([a-z])`)

// weRE finds "We" opening a sentence of a first-person release: the
// minister and the counterpart ("We agreed to convene …").
var weRE = lazyRegexp(`(^|[.!?]["”’]? |\n)We ([a-z])`)

// ourAsideRE finds an apposition in the first person that ends a
// sentence: "…, our first call since he took up his role."
var ourAsideRE = lazyRegexp(`, (?:our|my) [^,.;:!?]*([.!?])`)

// namedFirstPerson writes a first-person release's "I" as the minister's
// compact name (me) in the sentences the summaries are chosen from:
// "Today I spoke with Indonesia's Foreign Minister Sugiono" is "Wong spoke
// with …"; "We" opening a sentence is the two ("They agreed …", which the
// summaries write "Both agreed …"), and an apposition of "our" or "my"
// ending a sentence goes ("…, our first call since he took up his
// role"). It leaves the text as it is when me is "" or no "I" opens a
// clause.
// speakerLabelRE reads a paragraph of a speaker's words under his name:
// `Kyriakos Mitsotakis: "Dear Chancellor, … I informed the Chancellor …"`.
var speakerLabelRE = lazyRegexp(`^((?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’-]+): ["“](.+?)["”]?$`)

// labeledQuotes writes each paragraph of text that is a speaker's words
// under his name as the speaker's own sentences: the label and the quotes
// go, and "I" is the speaker ("Mitsotakis informed the Chancellor …"), so
// that no sentence of it stands as a fact or as a stranger's "I".
func labeledQuotes(text string) string {
	if !strings.Contains(text, `: "`) && !strings.Contains(text, ": “") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if m := speakerLabelRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			lines[i] = namedFirstPerson(m[2], lastWord(m[1]))
		}
	}
	return strings.Join(lines, "\n")
}

func namedFirstPerson(text, me string) string {
	if me == "" || !strings.Contains(text, "I ") {
		return text
	}
	text = withNamedI(text, me)
	text = weRE.ReplaceAllString(text, "${1}They ${2}")
	// "Wong met with my Chilean counterpart, Rojas": the name alone
	// (the post's header gives the office and the country).
	if strings.Contains(text, "my ") {
		text = myCounterpartRE.ReplaceAllString(text, "${1}")
	}
	return ourAsideRE.ReplaceAllString(text, "${1}")
}

// myCounterpartRE finds "my counterpart" before the name it introduces:
// "my Chilean counterpart, X", "my colleague X".
var myCounterpartRE = lazyRegexp(`\bmy (?:new )?(?:\p{Lu}[\p{L}-]+ )?(?:counterpart|colleague),? (\p{Lu})`)

// pointsSubjectRE finds the subject a joint communiqué's lead leaves to
// its numbered points: "… The Presidents:", "The two Ministers:".
var pointsSubjectRE = lazyRegexp(`(?:^|[.!?] )(?:[A-Z][^,.:;]{0,40}, )?(?:The|the|Both|both) (?:two |three )?(?:[A-Z][\w-]* ){0,2}[A-Za-z][\w-]*s:\s*$`)

// pointsSubject reports whether the lead of a numbered readout ends with
// the subject of its points ("The Presidents:"), each point then opening
// with the verb ("Reaffirmed their commitment to …").
func pointsSubject(lead string, numbered bool) bool {
	return numbered && strings.HasSuffix(strings.TrimSpace(lead), ":") && pointsSubjectRE.MatchString(lead)
}

// withPointsSubject gives a point that opens with a verb of the past the
// two sides as its subject: "Reaffirmed their commitment to …" is "They
// reaffirmed their commitment to …", which the summaries write "Both
// reaffirmed …". A point that opens otherwise stays.
func withPointsSubject(text string) string {
	w := nextWord(text)
	if len(w) < 4 || !isUpperByte(w[0]) || !isLowerWord(w[1:]) || !strings.HasSuffix(w, "ed") && !pointVerbs[w] {
		return text
	}
	return "They " + lowerText(w[:1]) + text[1:]
}

// pointVerbs are verbs of the past that open a point without "-ed".
var pointVerbs = map[string]bool{"Held": true, "Took": true, "Met": true, "Made": true, "Underwent": true, "Saw": true, "Gave": true}

// ownFirst moves the publisher's own principal before the others when a
// guest opens the lead ("At the invitation of President X, the President
// of Y, Z, paid a State Visit"): the post's people line, and the two the
// summaries name, start with the publisher's side, as its other readouts
// do.
func ownFirst(ps []Participant, pub string) {
	first := -1
	for i, p := range ps {
		if p.Role != RolePrincipal {
			continue
		}
		if first < 0 {
			if p.Country == pub || pub == "" {
				return
			}
			first = i
			continue
		}
		if p.Country == pub {
			own := ps[i]
			copy(ps[first+1:i+1], ps[first:i])
			ps[first] = own
			return
		}
	}
}

// titleWithoutStyle is a title without the style that opens it: "His
// Excellency President of the Federal Republic of Nigeria" is "President
// of the Federal Republic of Nigeria". The style is the page's courtesy,
// not the office; a style alone stays.
func titleWithoutStyle(t string) string {
	for _, st := range titleStyles {
		if rest, ok := strings.CutPrefix(t, st); ok {
			// ("His Royal Highness the Crown Prince of Saudi Arabia".)
			if r, ok := strings.CutPrefix(rest, "the "); ok {
				rest = r
			}
			if rest != "" && isUpperByte(rest[0]) {
				t = rest
				break
			}
		}
	}
	// "the new Chancellor of Germany, X", "newly elected President of
	// Mexico X": the word of the moment goes, the office stays.
	// ("led by its Vice-President for Western and Central Africa, X":
	// the possessive is the sentence's, not the office's.)
	// ("her Armenian counterpart" is read as the subject's office later.)
	if rest, ok := cutAnyPrefix(t, "its ", "his ", "her ", "their "); ok && rest != "" && isUpperByte(rest[0]) && !containsText(rest, "counterpart") {
		t = rest
	}
	if rest, ok := cutAnyPrefix(t, "newly elected ", "newly-elected ", "newly appointed ", "new ", "visiting "); ok && rest != "" && isUpperByte(rest[0]) {
		t = rest
	}
	// "The Foreign Minister of Chile, X, and …": the article is no part
	// of the office; nor is a style written after it ("Minister of State
	// for External Affairs Shri X").
	if rest, ok := strings.CutPrefix(t, "The "); ok && rest != "" && isUpperByte(rest[0]) {
		t = rest
	}
	// ("The Minister of Foreign Affairs, Prince X": a prince's rank,
	// written after the office's comma.)
	if rest, ok := cutAnySuffix(t, " Shri", " Smt.", " Mr.", " Ms.", " Mrs.", " Dr.", " H.E.", " Mr", " Ms", " Dr",
		", Prince", ", Princess", ", Sheikh", ", Sheikha"); ok && rest != "" {
		t = rest
	}
	// "Nigerian Minister of Foreign Affairs Ambassador X": a former
	// envoy's rank, used as a style after another office.
	if rest, ok := cutAnySuffix(t, " Ambassador", " Amb.", " Professor", " Prof."); ok && strings.Count(rest, " ") >= 1 && headWordSeen(strings.Fields(rest)) {
		t = rest
	}
	return t
}

// titleStyles open a title as a courtesy.
var titleStyles = []string{"His Excellency ", "Her Excellency ", "H.E. ", "H. E. ", "HE ", "His Serene Highness ", "Her Serene Highness ",
	"His Royal Highness ", "Her Royal Highness ", "His Highness ", "Her Highness ", "His Majesty ", "Her Majesty ", "H.M. ", "H.R.H. ", "H.H. ",
	// (Without their stops: "HRH Crown Prince X".)
	"HRH ", "HM ", "HH ",
	// ("Rt. Hon. Prime Minister X", "Hon. Minister X": the
	// Commonwealth's styles before an office.)
	"Rt. Hon. ", "Rt Hon. ", "Rt Hon ", "Hon. ",
	// ("His Excellency President X received": the style's second word
	// alone, where the subject's words were read from "Excellency".)
	"Excellency "}

// countryOfAt is where " of <country>" ends a title: "Prime Minister of
// Canada" at its " of ", "Minister of Foreign Affairs of China" at its
// second; -1 when no "of" before a country's name ends it.
func countryOfAt(t string) int {
	for i := 0; i < len(t); {
		j := indexText(t[i:], " of ")
		if j < 0 {
			return -1
		}
		if isCountryName(t[i+j+4:]) {
			return i + j
		}
		i += j + 4
	}
	return -1
}

// clockTimeRE finds the hour and length of a meeting after its verb:
// "from 4:30 p.m.", "at 16:30", "at 2 p.m.", "for about 20 minutes", "for an
// hour".
var clockTimeRE = lazyRegexp(`,? (?:(?:from|at|starting at|beginning at) \d{1,2}(?:[:.]\d{2}(?: ?(?:a\.m\.|p\.m\.|am\b|pm\b|hours\b|hrs\b))?| ?(?:a\.m\.|p\.m\.|am\b|pm\b))(?: \((?:local time|[A-Z]{2,4})\))?|for (?:about |approximately |around |some |nearly |over )?(?:\d+|one|an|half an) (?:minutes|hours?)\b)`)

// dayRangeRE finds a range of days after the verb of a meeting or trip:
// "from 3 to 7 November 2024", "from March 3 to 7, 2024", "on March
// 24-25, 2025", "on 24–25 March".
var dayRangeRE = lazyRegexp(`,? (?:from|on) (?:\d{1,2}(?: ` + monthsRE + `)?(?: to | ?[-–] ?)\d{1,2} ` + monthsRE + `(?:,? \d{4})?|` +
	monthsRE + ` \d{1,2}(?:,? \d{4})?(?: to | through | ?[-–] ?)(?:` + monthsRE + ` )?\d{1,2}(?:,? \d{4})?)\b`)

// dayRangeStart returns where the first match of dayRangeRE in s may
// begin, -1 when none can: every match opens with " from " or " on "
// before a digit or a month's capital, after a comma or not. Most
// sentences with a hyphen ("Japan-Cambodia") are spared the
// expression's scan, and the others the scan of what comes before.
func dayRangeStart(s string) int {
	first := -1
	for _, w := range [...]string{" from ", " on "} {
		for i := 0; ; {
			j := indexText(s[i:], w)
			if j < 0 || first >= 0 && i+j >= first {
				break
			}
			at := i + j + len(w)
			if at < len(s) && (isDigit(s[at]) || strings.IndexByte("JFMASOND", s[at]) >= 0) {
				first = i + j
				break
			}
			i = at - 1 // the space after w may open the next one
		}
	}
	if first > 0 && s[first-1] == ',' {
		first--
	}
	return first
}

// monthsRE is the months' names, for dayRangeRE.
const monthsRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

// dropClockTime drops the hour and length of a meeting from the sentence
// that reports it, as dropMeetingTime drops its day: the post shows them
// ("Cho spoke by phone with Iwaya from 4:30 p.m. for 20 minutes." is
// "Cho spoke by phone with Iwaya."). Only after a verb of meeting.
func dropClockTime(s string) string {
	// "On the evening of February 18, Xi Jinping spoke with …": the part
	// of the day with the date.
	if rest, ok := strings.CutPrefix(s, "On the "); ok {
		for _, part := range []string{"morning of ", "afternoon of ", "evening of ", "night of "} {
			if r, ok := strings.CutPrefix(rest, part); ok {
				if n := dateAt(r); n > 0 && strings.HasPrefix(r[n:], ", ") {
					s = upperFirst(r[n+2:])
				}
				break
			}
		}
	}
	// "visited Brazil and Peru from 3 to 7 November 2024", "paid an
	// official visit to Singapore on March 24-25, 2025": a range of days.
	if hasDayRange(s) {
		// The expression is read from where its match may first begin.
		if at := dayRangeStart(s); at >= 0 {
			if m := dayRangeRE.FindStringIndex(s[at:]); m != nil {
				m[0], m[1] = m[0]+at, m[1]+at
				if dayVerbSet.in(s[:m[0]]+" ") || containsText(s[:m[0]], " visit to ") || containsText(s[:m[0]], " Visit to ") {
					s = s[:m[0]] + s[m[1]:]
				}
			}
		}
	}
	if !strings.Contains(s, " minutes") && !strings.Contains(s, " hour") && !hasClockTime(s) && !hasHalfDayHour(s) {
		return s
	}
	v := -1
	for _, mv := range dayVerbs {
		if i := indexText(s, mv); i >= 0 && (v < 0 || i < v) && (i == 0 || s[i-1] == ' ') {
			v = i
		}
	}
	if v < 0 || !clockTimeRE.MatchString(s[v:]) {
		return s
	}
	out := s[:v] + clockTimeRE.ReplaceAllString(s[v:], "")
	out = strings.ReplaceAll(out, " ,", ",")
	if !endsSentence(out) && endsSentence(s) {
		out += "."
	}
	return out
}

// inApposition returns where text writes the title t after the name and
// a comma, "Szijjártó, Minister of Foreign Affairs and Trade of Hungary",
// as text's own substring; "" when it does not.
func inApposition(text, name, t string) string {
	for i := 0; ; {
		j := indexText(text[i:], name)
		if j < 0 {
			return ""
		}
		k := i + j + len(name)
		if rest := text[k:]; strings.HasPrefix(rest, ", ") && strings.HasPrefix(rest[2:], t) {
			return text[i+j : k+2+len(t)]
		}
		i = k
	}
}

// titleBeforeName reports whether text writes the title t before a name
// ("Minister of Foreign Affairs of China Wang Yi", "…of China, Wang Yi"):
// t followed by a space or a comma and a capital letter.
func titleBeforeName(text, t string) bool {
	for i := 0; ; {
		j := indexText(text[i:], t)
		if j < 0 {
			return false
		}
		rest := strings.TrimPrefix(text[i+j+len(t):], ",")
		if len(rest) > 1 && rest[0] == ' ' && isUpperByte(rest[1]) {
			return true
		}
		i += j + len(t)
	}
}

// namedInitials writes the initials of an office of the publisher's side
// standing for its holder as the holder's name: "During the visit, EAM
// called on …" is "During the visit, Jaishankar called on …" (EAM:
// External Affairs Minister). Only initials before a word in lower case
// ("EAM called", "EAM's") go: "PM Modi" stays.
func (sp speakers) namedInitials(text string) string {
	if sp.ownTitle == "" || sp.ownName == "" {
		return text
	}
	// Initials open with the first letter of the office's first word
	// (initialsOf): the text is looked at from each of those letters
	// only, not byte by byte.
	first := strings.TrimLeft(sp.ownTitle, " ")
	if first == "" || !isUpperByte(first[0]) {
		return text
	}
	for i := 0; i < len(text); i++ {
		k := strings.IndexByte(text[i:], first[0])
		if k < 0 {
			break
		}
		i += k
		if i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
			continue
		}
		j := i
		for j < len(text) && isUpperByte(text[j]) {
			j++
		}
		if n := j - i; n < 2 || n > 4 || j+1 >= len(text) || !(text[j] == ' ' && 'a' <= text[j+1] && text[j+1] <= 'z' || text[j] == '\'' && text[j+1] == 's') {
			i = j
			continue
		}
		if initialsOf(text[i:j], sp.ownTitle) {
			text = text[:i] + sp.ownName + text[j:]
			j = i + len(sp.ownName)
		}
		i = j
	}
	return text
}

// initialsOf reports whether who is the initials of office's words:
// "EAM" of "External Affairs Minister".
func initialsOf(who, office string) bool {
	k := 0
	for i := 0; i < len(office); i++ {
		if i > 0 && office[i-1] != ' ' || office[i] == ' ' {
			continue
		}
		if k >= len(who) || office[i] != who[k] {
			return false
		}
		k++
	}
	return k == len(who)
}

// portfolioAt is the length of a foreign ministry's portfolio that opens
// s after the office "Minister": "for Foreign Affairs ", "of Foreign
// Affairs and Trade ", "of External Affairs "; 0 when none does.
func portfolioAt(s string) int {
	if !strings.HasPrefix(s, "for ") && !strings.HasPrefix(s, "of ") {
		return 0
	}
	for _, p := range portfolios {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// portfolios are the foreign ministries' portfolios portfolioAt knows,
// the longer first.
var portfolios = []string{"for Foreign Affairs and Trade ", "of Foreign Affairs and Trade ", "for Foreign Affairs ",
	"of Foreign Affairs ", "for External Affairs ", "of External Affairs "}

// portfolioWords is the number of words of a foreign ministry's portfolio
// that open run before a name ("Foreign Affairs Mauro Vieira",
// "Foreign Affairs and Trade Ana Rojas"): 0 when none does, or when no
// name follows.
func portfolioWords(run []string) int {
	if len(run) < 3 || run[1] != "Affairs" || run[0] != "Foreign" && run[0] != "External" {
		return 0
	}
	k := 2
	if len(run) > 4 && run[2] == "and" && run[3] == "Trade" {
		k = 4
	}
	if k >= len(run) || !isCapWord(run[k]) {
		return 0
	}
	return k
}

// lastIndex is the index of the last w in words, -1 when none is.
func lastIndex(words []string, w string) int {
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] == w {
			return i
		}
	}
	return -1
}

// countriesRoom is the room nameCounterpartCountries needs to write the
// country of a meeting's one counterpart when no summary names it, where a summary
// names the counterpart so that the country may follow: " of Canada".
func countriesRoom(secs []Section, used []string, sp speakers) int {
	// Meetings of two: a trip's or a group's several hosts leave the
	// room to the list and the key points, which name them.
	if len(sp.others) != 1 {
		return 0
	}
	n := 0
	for _, o := range sp.others {
		// Named, also inside a compound ("UK-Ireland", "Japan-U.S."): no
		// room is kept.
		if slices.ContainsFunc(used, func(u string) bool {
			return slices.ContainsFunc(o.spellings, func(w string) bool { return w != "" && containsText(u, w) })
		}) {
			continue
		}
		for i := range secs {
			if k := nameEnd(secs[i].Summary, o.short); k > 0 && runeCount(secs[i].Summary)+len(o.of) <= maxSummary {
				n += runeCount(o.of)
				break
			}
		}
	}
	return n
}

// capitalParticle writes a name's particle that opens a summary with a
// capital, as English does at the start of a sentence: "da Silva and
// Petro will …" is "Da Silva and Petro will …".
func capitalParticle(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' || !nameParticles[nextWord(s)] {
		return s
	}
	return upperFirst(s)
}

// withoutSecondSurname drops a Spanish-speaking country's principal's
// second family name when the text refers to the person by the first
// ("Claudia Sheinbaum Pardo" of "President Sheinbaum" is "Claudia
// Sheinbaum", as a reader writes it); a text that refers to "López
// Obrador" keeps both.
func withoutSecondSurname(name, country, text string) string {
	if !spanishNames[country] || strings.Count(name, " ") < 2 {
		return name
	}
	words := strings.Fields(name)
	first, second := words[len(words)-2], words[len(words)-1]
	if !isCapWord(first) || !isCapWord(second) || !referredAs(text, first) || referredAs(text, second) || strings.Contains(text, first+" "+second+" ") && referredAs(text, first+" "+second) {
		return name
	}
	return strings.Join(words[:len(words)-1], " ")
}

// referredAs reports whether text refers to a person by name after an
// office or a style ("President Sheinbaum", "Mr. Sheinbaum"), the name
// not followed by another capitalized word.
func referredAs(text, name string) bool {
	for i := 0; ; {
		j := indexText(text[i:], " "+name)
		if j < 0 {
			return false
		}
		k := i + j
		end := k + 1 + len(name)
		i = end
		if end < len(text) && (isNameByte(text[end]) || text[end] == ' ' && isCapWord(nextWord(text[end+1:]))) {
			continue
		}
		if referringTitles[lastWord(text[:k])] {
			return true
		}
	}
}

// referringTitles are the words before a name by which a text refers to
// a person.
var referringTitles = setOf("President", "Minister", "Secretary", "Chancellor", "Ambassador", "Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Mrs", "Dr.", "Senator", "Governor", "Mayor")

// spanishNames are the countries whose names may carry two family names,
// the first the one a reader uses.
var spanishNames = setOf("AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN", "MX", "NI", "PA", "PE", "PY", "SV", "UY", "VE")

// hasDayRange reports cheaply whether s may hold a range of days for
// dayRangeRE: a digit, " to " or a dash, and a digit.
func hasDayRange(s string) bool {
	for i := nextDigit(s, 0); i+2 < len(s); i = nextDigit(s, i+1) {
		if isDigit(s[i+1]) {
			continue
		}
		rest := s[i+1:]
		switch {
		case strings.HasPrefix(rest, " to "):
			rest = rest[4:]
		case strings.HasPrefix(rest, "-"):
			rest = rest[1:]
		case strings.HasPrefix(rest, "–"):
			rest = rest[len("–"):]
		default:
			continue
		}
		if rest != "" && isDigit(rest[0]) || len(rest) > 3 && isUpperByte(rest[0]) && strings.Contains(rest[:min(len(rest), 14)], " ") {
			return true
		}
	}
	return false
}

// hasHalfDayHour reports cheaply whether s may hold an hour without
// minutes for clockTimeRE: a digit before "a.m.", "p.m.", "am" or "pm"
// ("at 2 p.m.", "at 11 am").
func hasHalfDayHour(s string) bool {
	for i := nextDigit(s, 0); i+3 < len(s); i = nextDigit(s, i+1) {
		rest := strings.TrimPrefix(s[i+1:], " ")
		if strings.HasPrefix(rest, "a.m.") || strings.HasPrefix(rest, "p.m.") {
			return true
		}
		// ("at 11 am,": a word of its own.)
		if (strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "pm")) && (len(rest) == 2 || !isWordByte(rest[2])) {
			return true
		}
	}
	return false
}

// hasClockTime reports cheaply whether s may hold an hour for
// clockTimeRE: a digit, a colon or a point, and a digit.
func hasClockTime(s string) bool {
	// From each digit: a colon or a point after it, and a digit after that.
	for i := nextDigit(s, 0); i+2 < len(s); i = nextDigit(s, i+1) {
		if (s[i+1] == ':' || s[i+1] == '.') && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

// nameStyles are the courtesies a page writes before a name ("The Rt.
// Hon. Prime Minister Mr. K.P. Sharma Oli", "H.E. Mr. Li Qiang"), longest
// first; the summaries name the person without them.
var nameStyles = []string{"The Rt. Hon. ", "The Rt. ", "Rt. Hon. ", "The Right Honourable ", "H.E. Mr. ", "H.E. Ms. ",
	"H.E. Mrs. ", "H.E. Dr. ", "H.E. Eng. ", "H.E. ", "H. E. ", "the Rt Hon ", "The Rt Hon ", "Rt Hon ", "The Honourable ", "the Honourable ",
	"His Excellency ", "Her Excellency ", "His Highness ", "Her Highness ", "HE ", "HH ",
	// ("the President of the United Arab Emirates, Sheikh Mohamed bin Zayed,")
	"Sheikh ", "Sheikha ",
	// ("the President of India, Smt Droupadi Murmu": India's Mrs. and Mr.)
	"Shrimati ", "Smt. ", "Smt ", "Shri "}

// capsNameStyles are the styles after which a name in capitals is a
// person's family name ("Mr. Alassane OUATTARA").
var capsNameStyles = []string{"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "H.E. ", "Excellency ", "Madam ", "Madame ", "Mme "}

// capsNames writes the family names in capitals of the people a sentence
// names after a style with normal capitals: "the Ivorian Head of State,
// Mr. Alassane OUATTARA" is "… Mr. Alassane Ouattara" (the styles go
// later, dropNameStyles). Up to four words after the style are read, and
// an acronym of a body is left alone.
func capsNames(s string) string {
	if !hasCapsRun(s) || !containsAny(s, capsNameStyles...) {
		return s
	}
	for _, st := range capsNameStyles {
		for from := 0; ; {
			i := nextIndex(s, st, from)
			if i < 0 {
				break
			}
			from = i + len(st)
			at := from
			for n := 0; n < 4 && at < len(s); n++ {
				w := nextWord(s[at:])
				bare := strings.TrimRight(w, ",.;:)")
				if bare == "" || !isUpperByte(bare[0]) {
					break
				}
				if len(bare) >= 3 && isAcronym(bare) && len(findOrgs(bare)) == 0 && len(findCountries(bare)) == 0 {
					s = s[:at] + familyWord(bare) + s[at+len(bare):]
				}
				if bare != w {
					break
				}
				at += len(w) + 1
			}
		}
	}
	return s
}

// hasCapsRun reports whether s holds three capital letters in a row.
func hasCapsRun(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			if n++; n >= 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// dropNameStyles removes the styles of nameStyles where a capitalized
// word follows them: "The Rt. Oli held a bilateral meeting with H.E. Mr.
// Li Qiang" is "Oli held a bilateral meeting with Li Qiang". A style
// alone ("H.E. said") or before an office without a name ("The Rt. Hon.
// Prime Minister reiterated …") stays.
func dropNameStyles(s string) string {
	if !containsText(s, "Rt. ") && !containsText(s, "H.E. ") && !containsText(s, "H. E. ") && !containsText(s, "Right Honourable ") &&
		!containsText(s, "Rt Hon ") && !containsText(s, "Honourable ") && !containsText(s, "Excellency ") && !containsText(s, "Highness ") &&
		!containsText(s, "HE ") && !containsText(s, "HH ") && !containsText(s, "Smt") && !containsText(s, "Shri") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		for _, st := range nameStyles {
			rest, ok := strings.CutPrefix(s[i:], st)
			if !ok {
				continue
			}
			// The longest style that opens here decides.
			if rest != "" && (isUpperByte(rest[0]) || particleName(nextWord(rest))) && !titleVocab[nextWord(rest)] {
				b.WriteString(s[last:i])
				last = i + len(st)
				i = last - 1
			}
			break
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// dropBracketDate removes a day in brackets from a sentence that reports
// the meeting: "… in Brussels (11 March 2025)." is "… in Brussels.". The
// post shows the day.
func dropBracketDate(s string) string {
	i := indexText(s, " (")
	if i < 0 {
		return s
	}
	for ; i >= 0; i = nextIndex(s, " (", i+2) {
		rest := s[i+2:]
		if n := dateAt(rest); n > 0 && n < len(rest) && rest[n] == ')' {
			return s[:i] + rest[n+1:]
		}
	}
	return s
}

// nextIndex is the index of sub in s at or after from, or -1.
func nextIndex(s, sub string, from int) int {
	if from >= len(s) {
		return -1
	}
	if j := indexText(s[from:], sub); j >= 0 {
		return from + j
	}
	return -1
}

// dropDateline removes a dateline (leadDateline) that opens a summary or
// a sentence: "JAKARTA, 22 January 2025 – Kao met …" is "Kao met …",
// "Sakhir, Feb. 11 (BNA): The King received …" is "The King received
// …". The post shows the day and the place.
func dropDateline(s string) string {
	if end, _ := leadDateline(s); end > 0 && len(s)-end >= 20 && isUpperByte(s[end]) {
		return s[end:]
	}
	// "Muscat, 27 May (ONA) --- ", "La Paz, May 7, 2025 (Cancillería).- ":
	// a place, a date and an agency, closed by a long dash or ").-".
	// (Both hold a hyphen, which most sentences' heads have none of.)
	for _, d := range []string{" --- ", ").- "} {
		if strings.IndexByte(s[:min(len(s), 80)], '-') < 0 {
			break
		}
		if i := indexText(s[:min(len(s), 80)], d); i > 0 {
			head := s[:i]
			if containsText(head, ", ") && strings.ContainsAny(head, "0123456789") && isUpperByte(head[0]) {
				if rest := s[i+len(d):]; len(rest) >= 20 && isUpperByte(rest[0]) {
					return rest
				}
			}
		}
	}
	// "26.02.2025 - ", a day in figures; "Santo Domingo. - ", a city
	// alone closed by a full stop and a dash.
	if n := dottedDateAt(s); n > 0 || strings.IndexByte(s[:min(len(s), 40)], '-') > 0 || containsText(s[:min(len(s), 40)], " – ") {
		for _, d := range []string{" - ", " – ", ". - ", ".- "} {
			i := indexText(s[:min(len(s), 40)], d)
			// ("Casablanca – His Majesty … received … in Casablanca": a
			// city the sentence names as its place, or a capital, before
			// a dash.)
			if i > 0 && n == 0 && (d == " - " || d == " – ") && placeWordsOnly(s[:i]) &&
				(country.Capital(s[:i]) != "" || containsText(s[i:], " in "+s[:i])) {
				if rest := s[i+len(d):]; len(rest) >= 20 && opensUpper(rest) {
					return rest
				}
			}
			if i <= 0 || n > 0 && i != n || n == 0 && (d == " - " || d == " – " || !placeWordsOnly(s[:i])) {
				continue
			}
			// ("Santo Domingo. - Álvarez spoke …": a capital of two
			// bytes opens the sentence too.)
			if rest := s[i+len(d):]; len(rest) >= 20 && opensUpper(rest) {
				return rest
			}
		}
	}
	// "OTTAWA—", "WASHINGTON — ": a city in capitals closed by a long
	// dash, before a sentence's first word ("NATO—EU cooperation" is a
	// name).
	if i := strings.Index(s[:min(len(s), 40)], "—"); i >= 3 && capitalsOnly(strings.TrimRight(s[:i], " ")) {
		if rest := strings.TrimLeft(s[i+len("—"):], " "); len(rest) >= 20 && isUpperByte(rest[0]) && strings.ToUpper(nextWord(rest)) != nextWord(rest) {
			return rest
		}
	}
	// "Thursday 14 August 2025: ", the day alone.
	if n := dateAt(s); n > 0 && n < len(s) {
		for _, d := range []string{": ", " – ", " — ", " - "} {
			if rest, ok := strings.CutPrefix(s[n:], d); ok && len(rest) >= 20 && isUpperByte(rest[0]) {
				return rest
			}
		}
	}
	return s
}

// postNominalLetters are the letters a page writes after a name and a
// comma: honours, degrees, the bar and a seat ("Mitchell, KC, MP,"); see
// postNominals for the names' own reading.
var postNominalLetters = setOf("KC", "QC", "SC", "MP", "MLA", "MHA", "OBE", "CBE", "MBE", "KBE", "DBE", "CMG", "KCMG", "GCMG",
	"PhD", "Ph.D.", "OJ", "ON", "CD", "GCVO", "KCVO", "LVO")

// dropPostNominals drops the letters after a name (postNominalLetters),
// between commas ("Mitchell, KC, MP, met" is "Mitchell met") or in
// brackets ("Abiy (PhD)"): the post names the person above.
// dropSpacedPostNominals drops a post-nominal written after a name and a
// space, before a comma: "The Taoiseach, Micheál Martin T.D., today met"
// (summarised "Martin, Martin., met" before).
func dropSpacedPostNominals(s string) string {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], ',')
		if j < 0 {
			return s
		}
		k := i + j
		i = k + 1
		sp := strings.LastIndexByte(s[:k], ' ')
		if sp <= 0 || k-sp < 3 || !isNameByte(s[sp-1]) || !isUpperByte(s[sp+1]) || !spacedPostNominals[s[sp:k]] {
			continue
		}
		// ("SC MP,": the one before too.)
		s = s[:sp] + s[k:]
		i = sp
	}
}

// spacedPostNominals are postNominals as a set.
var spacedPostNominals = setOf(postNominals...)

func dropPostNominals(s string) string {
	if !containsText(s, "(PhD)") && !containsText(s, ", ") {
		return s
	}

	s = strings.ReplaceAll(s, " (PhD)", "")
	for i := 0; ; {
		j := indexText(s[i:], ", ")
		if j < 0 {
			return s
		}
		k := i + j
		i = k + 2
		if k == 0 || !isNameByte(s[k-1]) {
			continue
		}
		// The run of letters after the comma, each closed by a comma or
		// the sentence's stop.
		end := k
		for end < len(s) && strings.HasPrefix(s[end:], ", ") {
			w := nextWord(s[end+2:])
			bare := strings.TrimRight(w, ",.")
			if !postNominalLetters[bare] {
				break
			}
			end += 2 + len(bare)
		}
		if end == k || end < len(s) && s[end] != ',' && s[end] != '.' {
			continue
		}
		// "Doe, KC, MP, met": the comma that closed them goes too.
		if end < len(s) && s[end] == ',' {
			end++
		}
		s = s[:k] + s[end:]
		i = k
	}
}

// dottedDateAt is the length of a day written in figures with dots that
// opens s ("26.02.2025"), 0 when none does.
func dottedDateAt(s string) int {
	if len(s) < 10 || !isDigit(s[0]) || s[2] != '.' || s[5] != '.' {
		return 0
	}
	for _, k := range []int{0, 1, 3, 4, 6, 7, 8, 9} {
		if !isDigit(s[k]) {
			return 0
		}
	}
	return 10
}

// placeWordsOnly reports whether s is one to three capitalized words, as
// a city's name before a dateline's dash is ("Santo Domingo").
func placeWordsOnly(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !isCapWord(w) || strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return true
}

// capitalsOnly reports whether s is a place written in capitals: letters
// in upper case, with spaces, commas, full stops or hyphens between them
// ("OTTAWA", "PORT MORESBY", "ST. JOHN'S").
func capitalsOnly(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == ',' || r == '.' || r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 3
}

// opensUpper reports whether s opens with a capital letter, of one byte
// or more ("Álvarez").
func opensUpper(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < 0x80 {
		return isUpperByte(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// firstPersonKeep are the words after "I" that stay as they are after a
// name: the past, the modals, and adverbs before the verb ("I also
// thanked", which the next word decides).
var firstPersonKeep = setOf("was", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "had",
	"did", "met", "spoke", "held", "made", "took", "gave", "went", "told", "said", "paid", "led", "sent", "saw", "wrote",
	"began", "reaffirmed", "underlined", "underscored")

// firstPersonAdverbs stand between "I" and its verb.
var firstPersonAdverbs = setOf("also", "again", "then", "further", "once", "warmly", "strongly", "fully", "personally",
	"firmly", "sincerely", "deeply", "particularly", "especially", "today", "just", "still", "always")

// withNamedI writes each "I" firstPersonRE finds as me, the verb after it
// (past the adverbs) in the third person: "I thank Prime Minister X" is
// "Georgieva thanks Prime Minister X", "I am" is "Wong is", "I also
// thanked" stays; the past and the modals stay.
func withNamedI(text, me string) string {
	ms := firstPersonRE.FindAllStringSubmatchIndex(text, -1)
	if ms == nil {
		return text
	}
	var b strings.Builder
	from := 0
	for _, m := range ms {
		b.WriteString(text[from:m[3]])
		b.WriteString(me)
		b.WriteByte(' ')
		from = m[4] // the verb's first letter
		for {
			w := nextWord(text[from:])
			if !firstPersonAdverbs[w] {
				break
			}
			b.WriteString(text[from : from+len(w)+1])
			from += len(w) + 1
		}
		if w := nextWord(text[from:]); w != "" && isLowerWord(w) && !firstPersonKeep[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
			b.WriteString(thirdPersonOf(w))
			from += len(w)
		}
	}
	b.WriteString(text[from:])
	return b.String()
}

// thirdPersonOf is a verb's third person singular: "thank" → "thanks",
// "am" → "is", "have" → "has", "reach" → "reaches", "try" → "tries".
func thirdPersonOf(w string) string {
	switch w {
	case "am":
		return "is"
	case "have":
		return "has"
	case "do":
		return "does"
	case "go":
		return "goes"
	}
	switch {
	case strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"):
		return w + "es"
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
