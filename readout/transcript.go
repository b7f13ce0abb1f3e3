package readout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout-bot/readout/country"
)

// A transcript ("Remarks by Secretary Rubio and External Affairs Minister
// Jaishankar before their meeting") reports a meeting in its speakers'
// own words, each paragraph under a label in capitals: "SECRETARY RUBIO:
// …", "NATO SECRETARY GENERAL: …", "QUESTION: …". Its lead is a speech, not
// a sentence that says who met whom: the principals are the headline's
// ("Remarks by A and B before …") or the labels', and each turn is its
// speaker's, never a fact ("Rubio: We will talk about trade …").

// transcriptLabelRE reads a label in capitals opening a paragraph and
// what follows it: "SECRETARY RUBIO: Well, good morning", "PRIME MINISTER
// ALBANESE (via interpreter): Thank you".
var transcriptLabelRE = lazyRegexp(`^((?:\p{Lu}[\p{Lu}\d.'’-]*|OF|AND|of|and)(?: (?:\p{Lu}[\p{Lu}\d.'’-]*|OF|AND|of|and)){0,6})(?: \([^)]{1,60}\))?: +(\S.*)$`)

// speakerOffices are the words of a label that name an office; a label
// of a speaker holds one ("SECRETARY RUBIO", "THE PRESIDENT"); one without
// is a questioner's or the press's ("QUESTION", "MODERATOR").
var speakerOffices = setOf("PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "SECRETARY-GENERAL", "CHANCELLOR", "KING",
	"QUEEN", "PRINCE", "EMIR", "SULTAN", "SHEIKH", "AMBASSADOR", "TAOISEACH", "TÁNAISTE", "PREMIER", "COMMISSIONER",
	"CHAIR", "CHAIRMAN", "CHAIRPERSON", "CHAIRWOMAN", "DIRECTOR", "GOVERNOR", "SENATOR", "SPEAKER", "REPRESENTATIVE",
	"VICE-PRESIDENT", "PRESIDENT-ELECT", "ADVISOR", "ADVISER", "ENVOY", "MAJESTY", "HIGHNESS", "EXCELLENCY")

// labelOfficeWords are the other words of an office in a label: they are
// no part of the speaker's name ("EXTERNAL AFFAIRS MINISTER JAISHANKAR").
var labelOfficeWords = setOf("THE", "OF", "AND", "VICE", "DEPUTY", "FIRST", "FOREIGN", "EXTERNAL", "AFFAIRS", "STATE",
	"GENERAL", "CROWN", "HIGH", "MANAGING", "NATIONAL", "SECURITY", "DEFENCE", "DEFENSE", "TRADE", "FINANCE",
	"TREASURY", "HIS", "HER", "ROYAL", "H.E.", "MR.", "MS.", "MRS.", "DR.", "MR", "MS", "MRS", "DR", "SPECIAL",
	"EUROPEAN", "COUNCIL", "COMMISSION", "UNITED", "NATIONS", "INTERIOR", "HOME", "CABINET", "SENIOR", "CHIEF",
	"EXECUTIVE", "SECRETARY", "MINISTER", "PRESIDENT", "PRIME")

// transcript holds a page's speaker labels, in the order they first speak.
type transcript struct {
	labels []string
}

// transcriptOf reads the speakers of lines when at least two paragraphs
// open with a speaker's label; ok is false for a page that is no
// transcript (one dateline in capitals, "NOTE TO EDITORS:").
func transcriptOf(lines []string) (transcript, bool) {
	var t transcript
	turns := 0
	for _, l := range lines {
		label, _, ok := speakerLabel(l)
		if !ok {
			continue
		}
		turns++
		if !slices.Contains(t.labels, label) {
			t.labels = append(t.labels, label)
		}
	}
	return t, turns >= 2
}

// speakerLabel splits a line that opens with a speaker's label into the
// label (without an aside such as "(via interpreter)") and the words
// spoken.
func speakerLabel(l string) (label, said string, ok bool) {
	if len(l) < 6 || !isUpperByte(l[0]) && l[0] < utf8.RuneSelf {
		return "", "", false
	}
	i := strings.Index(l, ": ")
	if i < 2 || i > 90 {
		return "", "", false
	}
	m := transcriptLabelRE.FindStringSubmatch(l)
	if m == nil {
		return "", "", false
	}
	office := false
	for _, w := range strings.Fields(m[1]) {
		if speakerOffices[w] {
			office = true
			break
		}
	}
	if !office {
		return "", "", false
	}
	return m[1], m[2], true
}

// questionLabel reports whether l opens with the label of a question or
// of the press ("QUESTION:", "Q:", "JOURNALIST:"): no speaker's words.
func questionLabel(l string) bool {
	// "Q Mr. President, will you …": the White House's question, with
	// no colon.
	if strings.HasPrefix(l, "Q ") || strings.HasPrefix(l, "Q. ") {
		return true
	}
	i := strings.Index(l, ": ")
	if i < 1 || i > 40 {
		return false
	}
	m := transcriptLabelRE.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if speakerOffices[w] {
			return false
		}
	}
	return true
}

// asWritten gives a label's words as the page writes them elsewhere
// ("JAISHANKAR" → "Jaishankar", "NATO" stays), else with a capital only.
func asWritten(label string, texts ...string) string {
	ws := strings.Fields(label)
	for i, w := range ws {
		ws[i] = wordAsWritten(w, texts)
	}
	return strings.Join(ws, " ")
}

func wordAsWritten(w string, texts []string) string {
	switch w {
	case "OF", "AND", "THE":
		return strings.ToLower(w)
	}
	// ("NATO" stays as the page writes it elsewhere; "JAISHANKAR" is
	// "Jaishankar".)
	for _, t := range texts {
		for _, f := range strings.FieldsFunc(t, notLabelWordRune) {
			if strings.EqualFold(f, w) && (f != w || len(w) <= 5 && len(findOrgs(f)) > 0) {
				return f
			}
		}
	}
	lower := []rune(strings.ToLower(w))
	lower[0] = unicode.ToUpper(lower[0])
	// ("SECRETARY-GENERAL" is "Secretary-General".)
	for i := 1; i < len(lower); i++ {
		if lower[i-1] == '-' {
			lower[i] = unicode.ToUpper(lower[i])
		}
	}
	return string(lower)
}

// notLabelWordRune parts a text into the words a label's may be: letters,
// digits, stops, hyphens and apostrophes.
func notLabelWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-'’", r)
}

// remarksTitleLead writes a transcript's headline as a lead's sentence:
// "Remarks by Prime Minister Albanese and Prime Minister Luxon before
// their bilateral meeting" is "Prime Minister Albanese met with Prime
// Minister Luxon."; "" when it names no pair.
func remarksTitleLead(title string) string {
	rest, ok := cutAnyPrefix(title, "Remarks by ", "Remarks from ", "Joint Remarks by ", "Opening Remarks by ", "Transcript of Remarks by ")
	if !ok {
		return ""
	}
	for _, stop := range []string{" before ", " Before ", " after ", " After ", " ahead of ", " Ahead of ", " prior to ", " Prior to ", " following ", " at the ", " At the ", " in a ", " In a ", " at a ", " At a ", " during ", " During "} {
		if i := strings.Index(rest, stop); i > 0 {
			rest = rest[:i]
		}
	}
	rest = strings.TrimRight(rest, ", ")
	for _, sep := range []string{" with ", " and "} {
		if i := strings.Index(rest, sep); i > 0 {
			return rest[:i] + " met with " + rest[i+len(sep):] + "."
		}
	}
	return ""
}

// labelsLead writes a transcript's speakers as a lead's sentence: "Secretary
// Rubio met with External Affairs Minister Jaishankar."; "" for fewer
// than two.
func (t transcript) labelsLead(texts ...string) string {
	if len(t.labels) < 2 {
		return ""
	}
	var b strings.Builder
	for i, l := range t.labels[:min(len(t.labels), 4)] {
		switch {
		case i == 1:
			b.WriteString(" met with ")
		case i > 1:
			b.WriteString(" and ")
		}
		s := asWritten(l, texts...)
		// "THE PRESIDENT" opens the sentence as "The President".
		if i == 0 {
			s = upperFirst(s)
		}
		b.WriteString(s)
	}
	b.WriteString(".")
	return b.String()
}

// speakerName is the name a label gives its speaker, as the page writes
// it: "SECRETARY RUBIO" → "Rubio"; "" for a label of an office alone
// ("NATO SECRETARY GENERAL").
func speakerName(label string, texts ...string) string {
	ws := strings.Fields(label)
	k := len(ws)
	for k > 0 && !speakerOffices[ws[k-1]] && !labelOfficeWords[ws[k-1]] && len(findOrgs(ws[k-1])) == 0 {
		k--
	}
	if k == len(ws) {
		return ""
	}
	return asWritten(strings.Join(ws[k:], " "), texts...)
}

// spokenTurns writes each paragraph of text under a speaker's label as its
// speaker's sentences ("Rubio stated that we will talk about trade …"),
// which the summaries write "Rubio: We will talk about trade …", and
// drops the press's questions. Greetings and thanks stay, for the
// summaries to pass over.
func spokenTurns(text string, texts ...string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if questionLabel(l) {
			continue
		}
		label, said, ok := speakerLabel(l)
		if !ok {
			out = append(out, l)
			continue
		}
		name := speakerName(label, texts...)
		if name == "" {
			name = "The " + asWritten(strings.TrimPrefix(label, "THE "), texts...)
		}
		var b strings.Builder
		for _, s := range splitSentences(said) {
			if pleasantry(s) {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(name)
			b.WriteString(" stated that ")
			b.WriteString(lowerOpening(s))
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return strings.Join(out, "\n")
}

// pleasantryOpeners open the sentences of a transcript that greet, thank
// or welcome, which report nothing of the meeting.
var pleasantryOpeners = []string{"Good morning", "Good afternoon", "Good evening", "Thank you", "Thanks", "Hello",
	"Welcome", "It is a pleasure", "It's a pleasure", "It’s a pleasure", "It is great", "It's great", "It’s great",
	"It is good to", "It's good to", "It’s good to", "Always a pleasure", "Always good", "Great to", "A pleasure",
	"Pleasure", "I am delighted", "I'm delighted", "I’m delighted", "I am glad", "I'm glad", "I’m glad", "Delighted",
	"Nice to", "Let me start by thanking", "Let me begin by thanking", "Let me thank", "I want to thank",
	"I would like to thank", "I'd like to thank", "I’d like to thank", "Once again", "Ladies and gentlemen",
	"It's a great honor", "It’s a great honor", "It is a great honor", "It's a great honour", "It’s a great honour",
	"It is a great honour", "It's an honor", "It’s an honor", "It is an honor", "It's an honour", "It’s an honour",
	"It is an honour", "What an honor", "What an honour", "Great honor", "Great honour"}

// pleasantry reports whether a spoken sentence greets, thanks or welcomes
// ("Thank you, Anthony.", "Well, good morning, everyone.") or is too short
// to report anything ("Thank you all.").
func pleasantry(s string) bool {
	if len(strings.Fields(s)) < 5 {
		return true
	}
	s, _ = cutAnyPrefix(s, "Well, ", "And ", "So ", "Again, ", "First, ", "First of all, ")
	s = upperFirst(s)
	return hasAnyPrefix(s, pleasantryOpeners)
}

// pronounOpeners are the first words of a spoken sentence written after
// "stated that" in lower case.
var pronounOpeners = setOf("It", "It's", "We", "We'll", "We're", "We've", "This", "That", "These", "Those", "There",
	"Our", "Today", "Now", "And", "So", "But", "You", "Your", "They", "They're", "Their", "He", "She", "Let", "Let's",
	"Well,", "Yes,", "No,", "Of", "As", "In", "On", "At", "For", "With", "The", "A", "An", "My", "All", "Both", "Together")

// lowerOpening writes the first word of a spoken sentence in lower case
// when it is a pronoun or a word of grammar, not a name: "We will" → "we
// will", "Finland is" stays.
func lowerOpening(s string) string {
	w, _, _ := strings.Cut(s, " ")
	w = strings.ReplaceAll(w, "’", "'")
	if !pronounOpeners[w] {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// transcriptHeader takes into h the short lines before a transcript's
// first turn that are no sentence: its date, its place ("Washington,
// D.C.", "Queenstown, New Zealand"), which is where the remarks were
// made, and labels ("Transcript").
func transcriptHeader(h header, lines []string) header {
	for _, l := range h.titles {
		if p := placeLine(l); p != "" && h.city == "" {
			h.city = p
		}
		if len(l) <= 24 && h.start == "" {
			h.start = startLocal(l)
		}
	}
	for h.end < len(lines) {
		l := lines[h.end]
		if _, _, ok := speakerLabel(l); ok || questionLabel(l) || len(l) > 80 {
			break
		}
		if d, ok := parseDateLine(l); ok {
			h.dateOnce(d)
			h.end++
			continue
		}
		// "11:42 A.M. EDT": when the remarks began.
		if len(l) <= 24 && h.start == "" {
			if st := startLocal(l); st != "" {
				h.start = st
				h.end++
				continue
			}
		}
		p := placeLine(l)
		if p == "" && (endsSentence(l) || len(strings.Fields(l)) > 8) {
			break
		}
		if p != "" && h.city == "" {
			h.city = p
		}
		h.titles = append(h.titles, l)
		h.end++
	}
	return h
}

// placeLine reads a line that is a place alone: a capital ("Brussels"), or
// a city or venue with its country, its state or a capital ("Queenstown,
// New Zealand", "Washington, D.C.", "NATO Headquarters, Brussels"); ""
// for any other line.
func placeLine(l string) string {
	if country.Capital(l) != "" {
		return l
	}
	// "Oval Office", "Kantei", "Great Hall of the People": a room or a
	// building of up to five words alone.
	// ("Press Office", "Media Centre": an issuer, not a place.)
	if ws := strings.Fields(l); len(ws) >= 2 && len(ws) <= 5 && ws[0] != "The" && !issuerWords[ws[0]] && venueLineWords[ws[len(ws)-1]] || len(ws) >= 3 && len(ws) <= 5 && ws[len(ws)-2] == "the" && venueNoun(" "+l) {
		for _, w := range ws {
			if !isCapWord(w) && w != "of" && w != "the" {
				return ""
			}
		}
		return l
	}
	parts := strings.Split(l, ", ")
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	first := strings.Fields(parts[0])
	if len(first) == 0 || len(first) > 4 {
		return ""
	}
	for _, w := range first {
		if !isCapWord(w) && !isNameParticle(w) {
			return ""
		}
	}
	last := parts[len(parts)-1]
	if _, ok := countryName(last); ok || country.Capital(last) != "" || stateAbbrRE.MatchString(last) {
		return l
	}
	return ""
}

// venueLineWords end the name of a room or a building a transcript's
// header places the remarks in.
var venueLineWords = setOf("Office", "Room", "House", "Palace", "Hall", "Headquarters", "Residence", "Chancellery",
	"Centre", "Center", "Building", "Ministry")

// issuerWords open the name of an office that issues a page: "Press
// Office", "Media Centre".
var issuerWords = setOf("Press", "Media", "Communications", "Communication", "Information", "Public", "News")

// stateAbbrRE is a state's or district's abbreviation after a city:
// "D.C.", "NY", "Calif.".
var stateAbbrRE = lazyRegexp(`^(?:[A-Z]\.[A-Z]\.|[A-Z]{2}|[A-Z][a-z]{2,4}\.)$`)

// welcomePlaceRE reads where a speaker welcomes the other: "to welcome
// President Stubb to NATO Headquarters", "welcome you to Queenstown",
// "for hosting us here in Queenstown".
var welcomePlaceRE = lazyRegexp(`(?:\b[Ww]elcom(?:e|ing) (?:you|him|her|them|the [^.,;]{3,60}?|(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3})(?: back)?(?: here)? to|\bhere in(?: beautiful| sunny| historic)?) (?:the )?(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|de|du))*)`)

// spokenPlace reads in a transcript's turns where its speakers met: a
// city or a venue one welcomes the other to ("to welcome President Stubb
// to NATO Headquarters"), or is "here in"; "" when no turn says.
func spokenPlace(lines []string) string {
	for _, l := range lines {
		_, said, ok := speakerLabel(l)
		if !ok {
			continue
		}
		for _, m := range welcomePlaceRE.FindAllStringSubmatch(said, -1) {
			p, _, _ := strings.Cut(m[1], ". ")
			p = cleanPlace(p)
			if _, ok := countryName(p); ok || p == "" {
				continue
			}
			if country.Capital(p) != "" || cityName(p) || venueNoun(" "+p) {
				return p
			}
		}
	}
	return ""
}

// statementIntroRE finds the line that introduces a statement quoted
// after it: "X issued the following statement today after meeting with
// President Y in Buenos Aires:".
var statementIntroRE = lazyRegexp(`\b(?:issued|made|released|delivered|gave|published) the following (?:statement|remarks|message)\b`)

// statementIntro reports whether line introduces the statement that
// follows it, in its author's words.
func statementIntro(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(line), ":") && statementIntroRE.MatchString(line)
}

// withoutStatementIntro drops from text the line that introduces a
// statement quoted after it: the statement says what the meeting did,
// the post's header who met whom.
func withoutStatementIntro(text string) string {
	i := strings.IndexByte(text, '\n')
	if i < 0 || !statementIntro(text[:i]) {
		return text
	}
	return text[i+1:]
}

// speechThats are the frames of reported speech: "Wang Yi said that …".
var speechThats = []string{" said that ", " stated that ", " noted that ", " stressed that ", " emphasized that ",
	" emphasised that ", " pointed out that ", " added that ", " underlined that ", " underscored that "}

// speechVerbs mark a sentence that names its own speaker.
var speechVerbs = []string{" said", " stated", " noted", " stressed", " emphasized", " emphasised", " added", " pointed out",
	" agreed", " underlined", " underscored", " expressed", " welcomed", " hoped"}

// continuedSpeech gives the sentences that go on with a speaker's reported
// speech their speaker: in "Wang Yi said that China has been Brazil's
// largest trading partner … The two sides should strengthen the synergy
// …", the second is Wang Yi's words, not the two sides' commitment, and is
// written "Wang Yi said that the two sides should strengthen …" (which the
// summaries write "Wang Yi: The two sides should …"). Only a sentence of
// the same paragraph that names no speaker of its own and opens with the
// sides or a country and a verb of the present or a modal (sidesSpeak)
// goes on with the speech.
func continuedSpeech(text string) string {
	if !hasSpeechThat(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		// (Only a paragraph with a speaker's frame and a sentence after
		// it is read.)
		if !hasSpeechThat(l) || !sidesSentenceAfter(l) {
			continue
		}
		ss := splitSentences(l)
		speaker, changed := "", false
		for j, s := range ss {
			if who := speechSubject(s); who != "" {
				speaker = who
				continue
			}
			if speaker == "" || containsAny(s, speechVerbs...) || !sidesSpeak(s) {
				speaker = ""
				continue
			}
			ss[j] = speaker + " said that " + lowerOpening(s)
			changed = true
		}
		if changed {
			lines[i] = strings.Join(ss, " ")
		}
	}
	return strings.Join(lines, "\n")
}

// sidesSpeak reports whether s opens with the two sides or a country and
// a verb of the present or a modal, as a speaker's words do ("The two
// sides should …", "China and Brazil should continue …", "Brazil firmly
// adheres to …", "China is ready to …"); a sentence that tells what they
// did ("The two sides signed …") does not.
func sidesSpeak(s string) bool {
	rest, ok := cutAnyPrefix(s, "The two sides ", "Both sides ", "The two countries ", "Both countries ")
	if !ok {
		m, found := country.FirstMention(s, 0)
		if !found || m.Start != 0 {
			return false
		}
		rest = strings.TrimPrefix(s[m.End:], " ")
		// ("China and Brazil should …")
		if r, ok := strings.CutPrefix(rest, "and "); ok {
			if m, found := country.FirstMention(r, 0); found && m.Start == 0 {
				rest = strings.TrimPrefix(r[m.End:], " ")
			}
		}
	}
	w := nextWord(rest)
	for strings.HasSuffix(w, "ly") && len(w) > 3 {
		rest = strings.TrimPrefix(rest[len(w):], " ")
		w = nextWord(rest)
	}
	switch w {
	case "is", "are", "has", "have", "will", "should", "must", "can", "stands", "remains", "hopes", "looks":
		return true
	case "was", "were", "has been", "":
		return false
	}
	return isLowerWord(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// speechSubject is the speaker of a sentence that opens with his reported
// speech, one to four capitalized words before its frame ("Wang Yi said
// that …", "Minister Vieira stressed that …"); "" for any other sentence.
func speechSubject(s string) string {
	// (Four words and the frame fit in the sentence's first 100 bytes.)
	head := s[:min(len(s), 100)]
	if !strings.Contains(head, " that ") {
		return ""
	}
	for _, t := range speechThats {
		i := strings.Index(head, t)
		if i <= 0 {
			continue
		}
		ws := strings.Fields(s[:i])
		if len(ws) > 4 {
			return ""
		}
		for _, w := range ws {
			if !isCapWord(w) {
				return ""
			}
		}
		return s[:i]
	}
	return ""
}

// continuedSpeech is continuedSpeech(text), read once a parse for each
// text.
func (sp speakers) continuedSpeech(text string) string {
	if r, ok := sp.spoken[text]; ok {
		return r
	}
	r := continuedSpeech(text)
	if sp.spoken != nil {
		sp.spoken[text] = r
	}
	return r
}

// sidesSentenceAfter reports whether a sentence after the first of l opens
// with the two sides or a country (sidesSpeak's subjects): only then may a
// sentence of l go on with a speaker's words.
func sidesSentenceAfter(l string) bool {
	for from := 0; ; {
		i := strings.Index(l[from:], ". ")
		if i < 0 {
			return false
		}
		rest := l[from+i+2:]
		if hasAnyPrefix(rest, []string{"The two ", "Both "}) {
			return true
		}
		if m, ok := country.FirstMention(rest[:min(len(rest), 40)], 0); ok && m.Start == 0 {
			return true
		}
		from += i + 2
	}
}

// speechThatVerbs are the verbs of speechThats before their "that".
var speechThatVerbs = setOf("said", "stated", "noted", "stressed", "emphasized", "emphasised", "added", "underlined",
	"underscored")

// hasSpeechThat reports whether s holds one of speechThats: one scan for
// " that " and a look at the word before each.
func hasSpeechThat(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], " that ")
		if i < 0 {
			return false
		}
		before := s[:from+i]
		if speechThatVerbs[lastWord(before)] || strings.HasSuffix(before, " pointed out") {
			return true
		}
		from += i + len(" that ")
	}
}
