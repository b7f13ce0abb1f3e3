package readout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasMarkers reports whether any line opens with a section marker.
func hasMarkers(lines []string) bool {
	for i := range lines {
		if _, ok := markerAt(lines, i); ok {
			return true
		}
	}
	return false
}

// markerAt is parseMarker of lines[i], except that an item of a list is
// no marker: a dash line that is no sentence next to another such line
// ("- Professor Jane Doe of X Law School" / "- Dana Roe, Counsel to the
// President") has no text under it, so it is one of a list of names, of
// attendees as a rule, and neither a heading nor a section.
func markerAt(lines []string, i int) (marker, bool) {
	m, ok := parseMarker(lines[i])
	if !ok || !isListItem(m) {
		return m, ok
	}
	// "“Iceland and Canada share the North …”" / "— Jane Roe": a dash
	// line under a quotation names who said it; it heads nothing.
	if i > 0 && lines[i][0] != '-' && hasAnySuffix(strings.TrimSpace(lines[i-1]), "”", "\"") {
		return marker{}, false
	}
	// "- Highlights" over "- Nearly 5.7 million …": a label heads the
	// list.
	if labelHeading(m.rest) {
		return m, ok
	}
	// "- Jane Roe, Minister of Foreign Affairs" ending the page signs
	// the statement above it (signatureOf): no heading.
	if i == len(lines)-1 {
		if _, _, sig := nameAndOffice(m.rest); sig {
			return marker{}, false
		}
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j >= 0 && j < len(lines) {
			if n, ok := parseMarker(lines[j]); ok && isListItem(n) {
				return marker{}, false
			}
		}
	}
	return m, ok
}

// isListItem reports whether m is a dash line that ends no sentence (a
// comma or semicolon may close a list's item).
func isListItem(m marker) bool {
	return m.kind == markDash && !m.sub && !endsSentence(strings.TrimRight(m.rest, ",; "))
}

// marker is a section marker at the start of a line.
type marker struct {
	kind int    // markL1, markL2 or markDash
	num  string // "2", "(1)" is stored as "1"; "" for dashes
	rest string // the text after the marker
	// sub marks a heading of the second level, "-- Overview" (a page's
	// <h3> under its <h2>s, a Markdown "###" under its "##"s).
	sub bool
	// top is the first level's number of a dotted one, "1" of "1.2".
	top string
}

// cutDotted reads a number of two levels that opens l, "1.2 Rail links"
// or "1.2. The two sides …", before a capital: top is "1", num "2".
// ("1.5 billion" has no capital after it.)
func cutDotted(l string) (top, num, rest string, ok bool) {
	digits := func(s string) int {
		k := 0
		for k < len(s) && k < 3 && isDigit(s[k]) {
			k++
		}
		return k
	}
	a := digits(l)
	if a == 0 || a > 2 || a+1 >= len(l) || l[a] != '.' {
		return "", "", "", false
	}
	b := digits(l[a+1:])
	if b == 0 || b > 2 {
		return "", "", "", false
	}
	end := a + 1 + b
	if end < len(l) && l[end] == '.' {
		end++
	}
	if end >= len(l) || l[end] != ' ' {
		return "", "", "", false
	}
	rest = strings.TrimLeft(l[end:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return "", "", "", false
	}
	return l[:a], l[a+1 : a+1+b], rest, true
}

const (
	markL1 = iota + 1
	markL2
	markDash
)

// parseMarker recognizes "1. Outset", "1 Beginning", "(1) Heading",
// "(1)Heading", "- Outline" and "- (1) …".
func parseMarker(l string) (marker, bool) {
	// Every marker opens with a bracket, a digit or a dash: a cheap test
	// before the expressions.
	if l == "" || l[0] != '(' && !isDigit(l[0]) && l[0] < utf8.RuneSelf && l[0] != '-' && !('a' <= l[0] && l[0] <= 'z') {
		return marker{}, false
	}
	// "a) Maritime cooperation", "(b) Defence": a heading lettered under
	// a numbered one ("1. Political and Security Cooperation").
	if num, rest, ok := cutLetter(l); ok {
		return marker{kind: markL2, num: num, rest: rest}, true
	}
	if 'a' <= l[0] && l[0] <= 'z' {
		return marker{}, false
	}
	if m := l2Marker.FindStringSubmatch(l); m != nil {
		return marker{kind: markL2, num: m[1], rest: m[2]}, true
	}
	// "1) Political relations": a heading numbered as translated pages
	// number them (a numbered paragraph so written stays a line).
	if num, rest, ok := cutParenNumber(l); ok {
		return marker{kind: markL1, num: num, rest: rest}, true
	}
	// "1.1 Rail links": a second level numbered under its first.
	if top, num, rest, ok := cutDotted(l); ok {
		// ("2.0 Economic relations": the first level, written as a
		// decimal.)
		if num == "0" {
			return marker{kind: markL1, num: top, rest: rest}, true
		}
		return marker{kind: markL2, num: num, rest: rest, top: top}, true
	}
	if m := l1Marker.FindStringSubmatch(l); m != nil {
		rest := m[2]
		// "1 Beginning" needs a capital after the space; "10 March 2022"
		// and "3 billion yen …" are not headings.
		if !strings.HasPrefix(l[len(m[1]):], ".") {
			r, _ := utf8.DecodeRuneInString(rest)
			if !unicode.IsUpper(r) || !isHeading(rest) || isDateLine(l) {
				return marker{}, false
			}
			if _, ok := months[lowerText(nextWord(rest))]; ok {
				return marker{}, false
			}
		} else if r, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(r) {
			return marker{}, false // "1.5 billion"
		}
		return marker{kind: markL1, num: m[1], rest: rest}, true
	}
	if rest, ok := strings.CutPrefix(l, "-- "); ok && rest != "" {
		// ("-- A. Border management": lettered under a Roman part.)
		if num, r, ok := cutEnumerator(rest); ok && len(num) == 1 && num != "I" && num != "V" && num != "X" && isHeading(r) {
			return marker{kind: markDash, num: num, rest: r, sub: true}, true
		}
		if isHeading(rest) {
			return marker{kind: markDash, rest: rest, sub: true}, true
		}
	}
	if m := dashMarker.FindStringSubmatch(l); m != nil {
		// "--SPA", "—END—": an agency's sign-off is no heading.
		if hasAnyPrefix(m[1], dashes) {
			return marker{}, false
		}
		if inner, ok := parseMarker(m[1]); ok && inner.kind == markL2 {
			return inner, true
		}
		// "- II. Regional affairs": a heading numbered in Roman
		// numerals or letters keeps its number apart from its text.
		if num, rest, ok := cutEnumerator(m[1]); ok && isHeading(rest) {
			return marker{kind: markDash, num: num, rest: rest}, true
		}
		return marker{kind: markDash, rest: m[1]}, true
	}
	return marker{}, false
}

// cutParenNumber cuts "1) " from a heading's text, "1) Political
// relations": one or two digits, a closing bracket, a space, then a
// heading's text (not a sentence, a date or an amount).
func cutParenNumber(l string) (num, rest string, ok bool) {
	k := 0
	for k < len(l) && k < 2 && isDigit(l[k]) {
		k++
	}
	if k == 0 || k+2 >= len(l) || l[k] != ')' || l[k+1] != ' ' {
		return "", "", false
	}
	rest = strings.TrimLeft(l[k+2:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || !isHeading(rest) || endsSentence(rest) || isDateLine(rest) {
		return "", "", false
	}
	return l[:k], rest, true
}

// cutEnumerator cuts the Roman numeral or the capital letter that numbers
// a heading ("II. Regional affairs", "B) Trade") from its text.
func cutEnumerator(s string) (num, rest string, ok bool) {
	k := 0
	for k < len(s) && k < 5 && strings.IndexByte("IVX", s[k]) >= 0 {
		k++
	}
	if k == 0 && len(s) > 0 && 'A' <= s[0] && s[0] <= 'Z' {
		k = 1
	}
	if k == 0 || k+2 >= len(s) || s[k] != '.' && s[k] != ')' || s[k+1] != ' ' {
		return "", "", false
	}
	rest = strings.TrimSpace(s[k+2:])
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return "", "", false
	}
	return s[:k], rest, true
}

// isHeading reports whether the text after a marker is a heading rather
// than the opening of a paragraph.
func isHeading(s string) bool {
	if s == "" {
		return true
	}
	if len(s) > 90 || strings.Count(s, " ") > 12 {
		return longMeetingHeading(s)
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "etc.") {
		return false
	}
	// "The two ministers agreed to:" opens a list: a sentence's start.
	if strings.HasSuffix(s, ":") && strings.Count(s, " ") >= 3 {
		return false
	}
	return !containsText(s, ". ")
}

// ownHeading reports whether t, a page's heading line without a marker
// (an HTML heading, a bold paragraph, a Markdown heading), is a heading
// of the readout's text: short, no sentence, no date, not numbered ("1.
// Opening remarks" keeps its own marker), not a lead-in ending with a
// colon.
func ownHeading(t string) bool {
	// ("II. Regional affairs": numbered in Roman numerals or letters.)
	if _, rest, ok := cutEnumerator(t); ok {
		t = rest
	}
	return t != "" && (len(t) <= 90 || longMeetingHeading(t)) && !startsBlock(t) && isHeading(t) && !isDateLine(t) && !strings.HasSuffix(t, ":")
}

// maxSections bounds the sections of one readout; further markers are
// kept as paragraphs of the last section.
const maxSections = 200

// buildSections groups body lines into sections. Lines before the first
// marker form an unnumbered section; a body without markers is one section.
func buildSections(lines []string) []Section {
	var secs []Section
	var paras [][]string // paragraphs of each section
	l1 := ""             // number of the current top-level section
	open := func(s Section, text string) {
		secs = append(secs, s)
		var p []string
		if text != "" {
			p = append(p, text)
		}
		paras = append(paras, p)
	}
	for i, l := range lines {
		m, ok := markerAt(lines, i)
		if len(secs) >= maxSections {
			ok = false
		}
		if !ok {
			if len(secs) == 0 {
				open(Section{Level: 1}, "")
			}
			paras[len(paras)-1] = append(paras[len(paras)-1], l)
			continue
		}
		// A numbered paragraph has no heading: none is made up for it
		// ("At the outset, …" is not an "Outset" section).
		heading, text := m.rest, ""
		if !isHeading(m.rest) {
			heading, text = "", m.rest
		}
		switch m.kind {
		case markL1:
			l1 = m.num
			open(Section{Number: m.num, Heading: heading, Level: 1}, text)
		case markL2:
			if m.top != "" {
				// ("1.2 Rail links" keeps both its numbers.)
				if l1 == "" {
					l1 = m.top
				}
				open(Section{Number: m.top + "." + m.num, Heading: heading, Level: 2}, text)
			} else if l1 != "" {
				open(Section{Number: l1 + ".(" + m.num + ")", Heading: heading, Level: 2}, text)
			} else {
				open(Section{Number: "(" + m.num + ")", Heading: heading, Level: 1}, text)
			}
		case markDash:
			if text == "" {
				// "- Outline": an unnumbered heading; "-- Overview",
				// one of the second level.
				level := 1
				if m.sub {
					level = 2
				}
				l1 = ""
				// ("- Warsaw:", a heading with a colon.)
				open(Section{Heading: strings.TrimSuffix(heading, ":"), Level: level}, "")
				continue
			}
			// A dash bullet is a paragraph of the current section.
			if n := len(secs); n > 0 {
				paras[n-1] = append(paras[n-1], text)
				continue
			}
			l1 = ""
			open(Section{Heading: heading, Level: 1}, text)
		}
	}
	// A page cut off after "5. The two ministers" ends with what reads as
	// a heading but is the start of a paragraph: a last section with
	// nothing under it, among numbered paragraphs none of which has a
	// heading.
	if n := len(secs); n > 1 && secs[n-1].Heading != "" && len(paras[n-1]) == 0 && !endsSentence(secs[n-1].Heading) {
		headed := false
		for _, sec := range secs[:n-1] {
			headed = headed || sec.Heading != "" && sec.Level == secs[n-1].Level
		}
		if !headed {
			paras[n-1] = []string{secs[n-1].Heading}
			secs[n-1].Heading = ""
		}
	}
	listItemsAsText(secs, paras)
	for i := range secs {
		secs[i].Text = strings.Join(paras[i], "\n")
	}
	return secs
}

// listItemsAsText reads a numbered list as numbered paragraphs, not
// headings: "1. Strengthening political dialogue" / "2. Expanding trade
// …" with nothing under either are a list's items (the points of "agreed
// on the following:"), where "1. Outset" over its paragraph is a heading.
// A run of two or more numbered sections of one level, each with a
// heading and nothing under it but the last, loses its headings to its
// text.
func listItemsAsText(secs []Section, paras [][]string) {
	for i := 0; i < len(secs); {
		j := i
		for j < len(secs) && secs[j].Number != "" && secs[j].Heading != "" && secs[j].Level == secs[i].Level &&
			len(paras[j]) == 0 {
			j++
		}
		// The run's last item may have the text after the list under it.
		last := j
		if j < len(secs) && j > i && secs[j].Number != "" && secs[j].Heading != "" && secs[j].Level == secs[i].Level {
			last = j + 1
		}
		if j-i >= 2 {
			for k := i; k < last; k++ {
				paras[k] = append([]string{secs[k].Heading}, paras[k]...)
				secs[k].Heading = ""
			}
		}
		i = max(last, i+1)
	}
}

// plainHeadings marks as headings ("- Trade and investment") the lines a
// page sets between its paragraphs with no mark of their own: the
// headings of an HTML page written in plain, italic or underlined
// paragraphs, of a Markdown page in "_emphasis_", of a feed's text.
// Such a line is short, ends no sentence, and stands between two
// paragraphs that do, the lead's first among them; a page has two or
// more of them, and no markers of its own. A date, a place, a
// signature, a photo's caption and a bar of links are none.
func plainHeadings(lines []string) {
	romanHeadings(lines)
	if len(lines) < 5 {
		return
	}
	var heads, labels []int
	contact := contactLines(lines)
	for i := 1; i+1 < len(lines); i++ {
		if labelHeading(lines[i]) && (endsSentence(lines[i-1]) || contact[i-1]) {
			labels = append(labels, i)
		}
		if plainHeading(lines, i) || topicHeading(lines, i) {
			heads = append(heads, i)
			i++ // (the next line is a paragraph)
		}
	}
	// ("Highlights" over a list, "About the IDB" over a body's
	// boilerplate: a label is a heading alone.)
	if len(heads) < 2 {
		heads = labels
	}
	// (A page whose markers number its paragraphs or bullet them, with
	// no heading among them, has its headings in plain lines: a joint
	// statement's "Political Dialogue" over "2. The leaders agreed …".)
	if len(heads) == 0 || hasHeadingMarkers(lines) {
		return
	}

	// (What comes before the first heading is the lead's paragraphs: a
	// line of furniture among them leaves the page as it is.)
	for i, l := range lines[:heads[0]] {
		if !endsSentence(l) && !contact[i] {
			return
		}
	}
	for _, i := range heads {
		// ("Energy cooperation:" heads its paragraph without the colon.)
		lines[i] = "- " + strings.TrimSuffix(lines[i], ":")
	}
}

// romanHeadings marks as headings ("- II. Trade and investment") the
// lines of a page numbered in Roman numerals that run I, II, III … with
// a heading's text, between or over numbered paragraphs ("I. Political
// and Strategic Partnership" / "3. The two leaders reviewed …"): a joint
// statement's parts. A run must reach II; "I. Ivanov" alone is a name.
func romanHeadings(lines []string) {
	var at []int
	for i, l := range lines {
		if l == "" || strings.IndexByte("IVX", l[0]) < 0 {
			continue
		}
		num, rest, ok := cutEnumerator(l)
		if !ok || num == "" || strings.Trim(num, "IVX") != "" || !ownHeading(rest) || endsSentence(rest) {
			continue
		}
		if romanValue(num) != len(at)+1 {
			continue
		}
		if _, _, sig := nameAndOffice(rest); sig {
			continue
		}
		at = append(at, i)
	}
	if len(at) < 2 {
		return
	}
	for _, i := range at {
		lines[i] = "- " + lines[i]
	}
	letteredHeadings(lines, at)
}

// letteredHeadings marks as headings of the second level ("-- A. Border
// management") the lines lettered A, B, C … with a heading's text under
// each of a statement's Roman parts (at): a run must reach B.
func letteredHeadings(lines []string, at []int) {
	for k, from := range at {
		to := len(lines)
		if k+1 < len(at) {
			to = at[k+1]
		}
		var run []int
		for i := from + 1; i < to; i++ {
			num, rest, ok := cutEnumerator(lines[i])
			if !ok || len(num) != 1 || num[0] != byte('A'+len(run)) || !ownHeading(rest) || endsSentence(rest) ||
				i+1 >= len(lines) || !endsSentence(lines[i+1]) {
				continue
			}
			if _, _, sig := nameAndOffice(rest); sig {
				continue
			}
			run = append(run, i)
		}
		if len(run) < 2 {
			continue
		}
		for _, i := range run {
			lines[i] = "-- " + lines[i]
		}
	}
}

// cutLetter cuts "a) " or "(a) " from a heading lettered under a numbered
// one, "a) Maritime cooperation": a small letter, a closing bracket, a
// space, then a heading's text (not a sentence).
func cutLetter(l string) (num, rest string, ok bool) {
	s := l
	open := strings.HasPrefix(s, "(")
	if open {
		s = s[1:]
	}
	if len(s) < 4 || s[0] < 'a' || s[0] > 'z' || s[1] != ')' || s[2] != ' ' {
		return "", "", false
	}
	rest = strings.TrimLeft(s[3:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || !isHeading(rest) || endsSentence(rest) || isDateLine(rest) {
		return "", "", false
	}
	return s[:1], rest, true
}

// romanValue is the value of a Roman numeral of I, V and X; 0 for one
// written otherwise.
func romanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n > 39 {
		return 0
	}
	return n
}

// topicHeading reports whether lines[i] is a heading that a plain line
// ends with a colon or a question mark (plainHeading takes neither, as
// both end sentences): a topic of a word or four, "Energy cooperation:",
// over its paragraph, or a question that a section answers, "What did
// the ministers discuss?". A lead-in to a list ("The two sides agreed
// on the following:") or to a quotation ("The Minister said:") is none.
func topicHeading(lines []string, i int) bool {
	l, prev, next := lines[i], lines[i-1], lines[i+1]
	if len(l) < 4 || len(l) > 80 || !endsSentence(prev) || !endsSentence(next) || len(next) < 40 || len(prev) < 40 ||
		strings.ContainsAny(l, "|()[]\"“”,;") || startsBlock(next) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(l); !unicode.IsUpper(r) {
		return false
	}
	ws := strings.Fields(l)
	switch l[len(l)-1] {
	case ':':
		k := l[:len(l)-1]
		if len(ws) > 4 || !ownHeading(k) || topicLeadIns[lowerText(ws[0])] || topicLeadIns[lowerText(strings.TrimSuffix(ws[len(ws)-1], ":"))] {
			return false
		}
		if _, ok := parseMarker(k); ok || isDateLine(k) {
			return false
		}
		if _, _, named := nameAndOffice(k); named {
			return false
		}
		// "Aleksandr Lukashenko:" over what he said: a transcript's
		// speaker comes back, or is named in the text; a topic does
		// neither.
		capped := len(ws) >= 2
		for _, w := range ws {
			capped = capped && isCapWord(w)
		}
		for j, o := range lines {
			if j != i && (o == l || capped && strings.Contains(o, k)) {
				return false
			}
		}
		return true
	case '?':
		return len(ws) >= 2 && len(ws) <= 10 && questionWords[ws[0]] && !containsText(l, ". ")
	}
	return false
}

// topicLeadIns are the first and last words of a line ending with a colon
// that opens a list or a quotation rather than heading a topic.
var topicLeadIns = setOf("the", "they", "he", "she", "we", "it", "both", "this", "these", "during", "in", "on", "at",
	"said", "stated", "added", "noted", "agreed", "following", "include", "includes", "included", "are", "were", "was",
	"is", "as", "follows", "including", "participants", "attendees", "contact", "note", "source", "photo", "tags")

// questionWords open a question that heads a section.
var questionWords = setOf("What", "Why", "How", "Who", "Where", "When", "Which", "Is", "Are", "Does", "Do", "Did",
	"Can", "Will", "Should")

// contactLines marks the lines of a press office's contacts at a page's
// foot: a line that asks the reader to contact it ("For more
// information, please contact:", "Media contact:") and the short lines
// of a name, an office and a town after it, up to a paragraph or a
// label ("About the East African Community Secretariat").
func contactLines(lines []string) map[int]bool {
	var marked map[int]bool
	for i, l := range lines {
		if len(l) > 80 || !hasAnySuffix(lowerText(l), "contact:", "contacts:") {
			continue
		}
		if marked == nil {
			marked = map[int]bool{}
		}
		marked[i] = true
		for j := i + 1; j < len(lines) && j <= i+6; j++ {
			if len(lines[j]) > 60 || endsSentence(lines[j]) || labelHeading(lines[j]) {
				break
			}
			marked[j] = true
		}
	}
	return marked
}

// plainHeading reports whether lines[i] is a heading without a mark of
// its own (plainHeadings).
func plainHeading(lines []string, i int) bool {
	l, prev, next := lines[i], lines[i-1], lines[i+1]
	if len(l) < 3 || len(l) > 80 || endsSentence(l) || !endsSentence(prev) || !endsSentence(next) || len(next) < 40 ||
		len(prev) < 40 || strings.HasSuffix(l, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) || strings.Count(l, " ") > 9 || strings.ContainsAny(l, "|()[]\"“”") || !ownHeading(l) {
		return false
	}
	if _, ok := parseMarker(l); ok {
		return false
	}
	// "12 May 2025"; "Jane Roe, Minister …": a signature; "President
	// X and Prime Minister Y at State House": a caption names two with
	// their titles. (A place alone, "Kyiv", heads what was done there.)
	if isDateLine(l) {
		return false
	}
	if _, _, ok := nameAndOffice(l); ok {
		return false
	}
	named := 0
	ws := strings.Fields(l)
	for i, w := range ws {
		if i+1 < len(ws) && titleVocab[w] && isCapWord(ws[i+1]) && !titleVocab[ws[i+1]] {
			named++
		}
		if captionVerbs[lowerText(w)] {
			return false
		}
	}
	if named >= 2 {
		return false
	}
	switch lowerText(nextWord(l)) {
	case "tags", "tag", "share", "photo", "photos", "related", "print", "source", "read", "see", "keywords", "topics", "ends":
		return false
	}
	return true
}

// labelHeadingRE is a heading that labels a block of its own kind rather
// than a part of the meeting: "Highlights" over a list of key points,
// "About the IDB", "Notes to editors", "Editor's note", "Background"
// and "Quick facts" over the publisher's boilerplate.
var labelHeadingRE = lazyRegexp(`^(?:Highlights|Key (?:points|messages|facts|takeaways)|At a glance|In brief|Notes? (?:to|for) [Ee]ditors?|Editor['’]s notes?|Background|(?:Quick|Fast) facts|About (?:the )?\p{Lu}[\p{L}\d&'’.-]*(?: (?:of |the |for |and )?\p{Lu}[\p{L}\d&'’.-]*){0,5})$`)

// labelHeading reports whether l is such a label (labelHeadingRE).
func labelHeading(l string) bool {
	if len(l) > 60 || (!strings.HasPrefix(l, "About ") && !strings.HasPrefix(l, "Highlights") && !strings.HasPrefix(l, "Key ") &&
		!strings.HasPrefix(l, "At a") && !strings.HasPrefix(l, "In brief") && !strings.HasPrefix(l, "Note") &&
		!strings.HasPrefix(l, "Editor") && !strings.HasPrefix(l, "Background") && !strings.HasPrefix(l, "Quick") &&
		!strings.HasPrefix(l, "Fast")) {
		return false
	}
	return labelHeadingRE.MatchString(l)
}

// captionVerbs are the words of a photo's caption, which says what those
// in it do: "Minister X greets Minister Y".
var captionVerbs = setOf("greets", "welcomes", "speaks", "speaking", "shakes", "shaking", "pictured", "poses", "posing",
	"(left)", "(right)", "left,", "right,")
