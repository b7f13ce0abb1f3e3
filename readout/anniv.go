package readout

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordOrdinals are the ordinals written in words, first to ninety-ninth
// ("the eighteenth anniversary", "the twenty-second anniversary") and
// the hundredth.
var wordOrdinals = func() map[string]int {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	m := map[string]int{"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "hundredth": 100, "one hundredth": 100}
	for i, u := range units {
		m[u] = i + 1
	}
	tens := []string{"twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"}
	for i, t := range tens {
		n := 10 * (i + 2)
		m[t+"ieth"] = n
		for j, u := range units {
			m[t+"y-"+u] = n + j + 1
		}
	}
	return m
}()

// ordinalBeforeRE reads the ordinal that ends a short window before
// "anniversary"/"year": "30th ", "50th", "seventieth ". An ordinal of an
// event ("10th Mekong-Japan Summit") does not match, because the word
// after the ordinal must be "anniversary" or "year". findOrdinals uses
// ordinalBefore, which computes the same by hand (see scan_test.go).
var (
	ordinalBeforeRE = lazyRegexp(`(?:^|[^a-z0-9-])(?:(\d{1,3})\s*(?:st|nd|rd|th)\s*|(` + strings.Join(ordinalWords, "|") + `)\s+)$`)
	ofAfterRE       = lazyRegexp(`^\s+of\s+(?:the\s+)?`)
)

// annivMatch is an "Nth anniversary of" found in a sentence.
type annivMatch struct {
	start, end int // the ordinal's start; just past "of (the)"
	ordinal    int
}

// findOrdinals finds "Nth anniversary of" and "Nth year of" in s by
// searching for the keyword and checking short windows around it.
func findOrdinals(s string) []annivMatch {
	lower := asciiLower(s)
	var out []annivMatch
	for i := 0; i < len(lower); {
		a := indexText(lower[i:], "anniversary")
		y := indexText(lower[i:], "year")
		k, kw := a, "anniversary"
		if k < 0 || y >= 0 && y < k {
			k, kw = y, "year"
		}
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(kw)
		if i >= len(lower) || !isRESpace(lower[i]) {
			continue // ofAfterRE needs a space first
		}
		after := ofAfterRE.FindString(lower[i:min(len(lower), i+20)])
		// ("the 30th anniversary year of the Strategic Partnership")
		if after == "" && kw == "anniversary" && strings.HasPrefix(lower[i:], " year") {
			if of := ofAfterRE.FindString(lower[i+len(" year") : min(len(lower), i+25)]); of != "" {
				after = " year" + of
			}
		}
		if after == "" {
			continue
		}
		ord, start := ordinalEndingAt(lower, at, 30)
		if ord > 0 {
			out = append(out, annivMatch{start: start, end: i + len(after), ordinal: ord})
		}
	}
	return out
}

// ordinalEndingAt reads the ordinal that ends lower (a lower-cased text)
// right before at, after a space ("the 70th anniversary", "its fiftieth
// anniversary"), looking back at most window bytes: its value and where
// it starts, or 0 when none stands there.
func ordinalEndingAt(lower string, at, window int) (ord, start int) {
	from := max(0, at-window)
	m := ordinalBefore(lower[from:at])
	if m == nil {
		return 0, 0
	}
	if m[2] >= 0 {
		return atoi(lower[from+m[2] : from+m[3]]), from + m[2]
	}
	return wordOrdinals[lower[from+m[4]:from+m[5]]], from + m[4]
}

// ordinalWords are the alternatives of ordinalBeforeRE's second group,
// longest first: of two that end alike ("one hundredth", "hundredth") the
// expression prefers the one that starts first.
var ordinalWords = func() []string {
	var ws []string
	for w := range wordOrdinals {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return ws
}()

// ordinalBefore returns what ordinalBeforeRE.FindStringSubmatchIndex(w)
// returns, from m[2] on (m[0] and m[1] are not set), reading backwards
// from the end of w: the expression tried every offset of w.
func ordinalBefore(w string) []int {
	e := len(w)
	for e > 0 && isRESpace(w[e-1]) {
		e--
	}
	if e < 2 {
		return nil
	}
	// A digit or letter, or "-", may not precede the ordinal.
	boundary := func(a int) bool {
		return a == 0 || !('a' <= w[a-1] && w[a-1] <= 'z' || isDigit(w[a-1]) || w[a-1] == '-')
	}
	switch w[e-2 : e] {
	case "st", "nd", "rd", "th":
	default:
		return nil
	}
	// "30th", "30 th ": one to three digits, spaces, the suffix, spaces.
	b := e - 2
	for b > 0 && isRESpace(w[b-1]) {
		b--
	}
	a := b
	for a > 0 && isDigit(w[a-1]) {
		a--
	}
	if a < b {
		if b-a <= 3 && boundary(a) {
			return []int{-1, -1, a, b, -1, -1}
		}
		return nil
	}
	// "seventieth ": a word, then at least one space.
	if e == len(w) {
		return nil
	}
	for _, o := range ordinalWords {
		if a := e - len(o); a >= 0 && w[a:e] == o && boundary(a) {
			return []int{-1, -1, -1, -1, a, e}
		}
	}
	return nil
}

// yearPhraseRE, subjectStop and yearWordRE define what yearPhrases,
// isSubjectStop and isYearWord compute by hand (see scan_test.go).
var (
	// yearPhraseRE matches lower-cased text.
	yearPhraseRE = lazyRegexp(`\b(this|next|last) year\b|\b(?:in|of|for|by) ((?:19|20)\d\d)\b|\b((?:19|20)\d\d) (?:marks|will mark|is|was)\b`)
	pairTailRE   = lazyRegexp(`\s+(?:between|with)\s+.+$`)
	subjectStop  = lazyRegexp(`(?i)^(?:which|that|as|while|when|where|who|whose)$`)
	yearWordRE   = lazyRegexp(`^(?:(?:19|20)\d\d|this|next|last|year)\b`)
)

// dropPairTail is pairTailRE's replacement with "": an anniversary's
// subject without its " between …" or " with …" ("diplomatic relations
// between Japan and Cambodia" gives "diplomatic relations"). A subject on
// one line, as all are, is read by hand: the first run of spaces before
// "between" or "with", a space and at least one more character.
func dropPairTail(s string) string {
	if strings.IndexByte(s, '\n') >= 0 {
		return pairTailRE.ReplaceAllString(s, "")
	}
	for i := 0; i < len(s); {
		if !isRESpace(s[i]) {
			i++
			continue
		}
		q := i
		for q < len(s) && isRESpace(s[q]) {
			q++
		}
		for _, kw := range []string{"between", "with"} {
			if r := q + len(kw); strings.HasPrefix(s[q:], kw) && r < len(s) && isRESpace(s[r]) && len(s)-r >= 2 {
				return s[:i]
			}
		}
		i = q
	}
	return s
}

// anniversariesOf is findAnniversaries with results remembered in c.
func anniversariesOf(sentences []string, pubYear int, order []string, c *sentCache) []Anniversary {
	out := []Anniversary{}
	seen := map[string]bool{}
	prev := ""
	for _, s := range sentences {
		ords := c.anniversaryOrdinals(s)
		written := writtenAnniversaries(s)
		// ("nniversar": "Anniversary" and "anniversary" alike.)
		if containsText(s, "nniversar") {
			written = append(written, possessiveAnniversaries(s, prev)...)
		}
		prev = s
		if len(ords) == 0 && len(written) == 0 {
			continue
		}
		years := yearPhrases(asciiLower(s))
		for _, w := range written {
			key := strconv.Itoa(w.ordinal) + "|" + lowerText(w.subject)
			if seen[key] || len(out) == maxFound {
				continue
			}
			seen[key] = true
			out = append(out, Anniversary{
				Ordinal:   w.ordinal,
				Subject:   dropPairTail(w.subject),
				Countries: orderCodes(findCountries(w.subject), order),
				Orgs:      findOrgs(w.subject),
				Year:      anniversaryYear(s, years, w.at, -1, w.ordinal, pubYear),
				Text:      s,
			})
		}
		for _, m := range ords {
			if len(out) == maxFound {
				return out
			}
			ord := m.ordinal
			full := anniversarySubject(s[m.end:min(len(s), m.end+300)])
			if ord <= 0 || full == "" {
				continue
			}
			subject := dropPairTail(full)
			// Where the subject ends in the sentence: a year phrase
			// right after it is the anniversary's own ("of ASEAN-Canada
			// Dialogue Relations in 2027").
			subjEnd := -1
			if strings.HasPrefix(s[m.end:], full) {
				subjEnd = m.end + len(full)
			}
			key := strconv.Itoa(ord) + "|" + lowerText(subject)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Anniversary{
				Ordinal:   ord,
				Subject:   subject,
				Countries: orderCodes(findCountries(full), order),
				Orgs:      findOrgs(full),
				Year:      anniversaryYear(s, years, m.start, subjEnd, ord, pubYear),
				Text:      s,
			})
		}
	}
	return out
}

// yearPhrases returns what yearPhraseRE.FindAllStringSubmatchIndex(lower,
// -1) returns, scanning by hand: the expression, run on every sentence
// with an anniversary, was among the slowest steps of Parse.
func yearPhrases(lower string) [][]int {
	var out [][]int
	for p := 0; p < len(lower); p++ {
		if p > 0 && isWordByte(lower[p-1]) || !isWordByte(lower[p]) {
			continue // not at the start of a word
		}
		if m := yearPhraseAt(lower, p); m != nil {
			out = append(out, m)
			p = m[1] - 1
		}
	}
	return out
}

// yearPhraseAt matches yearPhraseRE at the start of a word at p.
func yearPhraseAt(s string, p int) []int {
	wordEnd := func(e int) bool { return e == len(s) || !isWordByte(s[e]) }
	year := func(i int) bool {
		return i+4 <= len(s) && (s[i:i+2] == "19" || s[i:i+2] == "20") && isDigit(s[i+2]) && isDigit(s[i+3])
	}
	rest := s[p:]
	// \b(this|next|last) year\b
	if len(rest) >= 9 && rest[4:9] == " year" && wordEnd(p+9) {
		switch rest[:4] {
		case "this", "next", "last":
			return []int{p, p + 9, p, p + 4, -1, -1, -1, -1}
		}
	}
	// \b(?:in|of|for|by) ((?:19|20)\d\d)\b
	for _, w := range []string{"in ", "of ", "for ", "by "} {
		if strings.HasPrefix(rest, w) {
			y := p + len(w)
			if year(y) && wordEnd(y+4) {
				return []int{p, y + 4, -1, -1, y, y + 4, -1, -1}
			}
			break
		}
	}
	// \b((?:19|20)\d\d) (?:marks|will mark|is|was)\b
	if year(p) && p+5 <= len(s) && s[p+4] == ' ' {
		for _, w := range []string{"marks", "will mark", "is", "was"} {
			if e := p + 5 + len(w); strings.HasPrefix(s[p+5:], w) && wordEnd(e) {
				return []int{p, e, -1, -1, -1, -1, p, p + 4}
			}
		}
	}
	return nil
}

// anniversarySubject reads the subject after "anniversary of": words up
// to a clause boundary, keeping "Friendship and Cooperation" but stopping
// at "and upgrade" or ", the recent …".
func anniversarySubject(s string) string {
	end := len(s)
	if i := strings.IndexAny(s, ",;:"); i >= 0 {
		end = i
	}
	var buf [64]string
	words := fieldsInto(buf[:0], s[:end])
	var kept []string
	for i, w := range words {
		bare := strings.TrimRight(w, ".")
		if i > 0 && isSubjectStop(bare) {
			break
		}
		if i > 0 && i+1 < len(words) && isYearWord(words[i+1]) &&
			(bare == "in" || bare == "this" || bare == "next" || bare == "last" || bare == "on") {
			break
		}
		if i > 0 && isYearWord(w) && i+1 < len(words) && strings.HasPrefix(words[i+1], "year") {
			break
		}
		// "of self-government on 4 August": the day of the celebration
		// is no part of the subject.
		if i > 0 && bare == "on" && i+1 < len(words) && (isDigit(words[i+1][0]) || months[lowerText(strings.TrimRight(words[i+1], ".,"))] != 0) {
			break
		}
		if bare == "and" && i+1 < len(words) {
			r, _ := utf8.DecodeRuneInString(words[i+1])
			if unicode.IsLower(r) && words[i+1] != "the" {
				break
			}
		}
		kept = append(kept, w)
		if strings.HasSuffix(w, ".") && !strings.HasSuffix(w, ".S.") && !strings.HasSuffix(w, ".K.") {
			break
		}
		if len(kept) >= 20 {
			break
		}
	}
	return strings.TrimRight(strings.Join(kept, " "), ".")
}

// subjectStops are the words at which subjectStop stops a subject.
var subjectStops = []string{"which", "that", "as", "while", "when", "where", "who", "whose"}

// isSubjectStop is subjectStop.MatchString(w) without the expression:
// strings.EqualFold folds case as `(?i)` does ("ſ" matches "s").
func isSubjectStop(w string) bool {
	if len(w) > 12 {
		return false
	}
	for _, s := range subjectStops {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// isYearWord is yearWordRE.MatchString(w) without the expression.
func isYearWord(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch {
	case (w[:2] == "19" || w[:2] == "20") && isDigit(w[2]) && isDigit(w[3]):
	case w[:4] == "this" || w[:4] == "next" || w[:4] == "last" || w[:4] == "year":
	default:
		return false
	}
	return len(w) == 4 || !isWordByte(w[4])
}

// anniversaryYear resolves the year phrase (of phrases, the matches of
// yearPhraseRE in s) nearest to the anniversary of ordinal at offset at
// in sentence s; without one, the anniversary falls in pubYear. A year
// ordinal years before pubYear is the year of what is marked. A phrase
// that opens right after the anniversary's subject, which ends at
// subjEnd (-1 when not known), is its own, however near another is:
// "support for the Chairmanship in 2025 and the 50th anniversary of the
// Dialogue Relations in 2027" falls in 2027.
func anniversaryYear(s string, phrases [][]int, at, subjEnd, ordinal, pubYear int) int {
	best, bestDist := 0, -1
	for _, m := range phrases {
		y := 0
		switch {
		case m[2] >= 0:
			if pubYear == 0 {
				continue
			}
			switch asciiLower(s[m[2]:m[3]]) {
			case "this":
				y = pubYear
			case "next":
				y = pubYear + 1
			case "last":
				y = pubYear - 1
			}
		case m[4] >= 0:
			y, _ = strconv.Atoi(s[m[4]:m[5]])
			// "the 25th anniversary of the Joint Commission, which
			// was set up in 2000": the year of what is marked, whose
			// anniversary falls this year.
			if pubYear != 0 && y < pubYear-1 && y+ordinal >= pubYear-1 && y+ordinal <= pubYear+1 {
				y += ordinal
			}
		case m[6] >= 0:
			y, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		d := m[0] - at
		if d < 0 {
			d = -d
		}
		if subjEnd >= 0 && m[0] == subjEnd+1 {
			return y
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = y, d
		}
	}
	if bestDist < 0 {
		return pubYear
	}
	return best
}

// orderCodes puts codes in the order of order (the parties) first, then
// the rest in their original order.
func orderCodes(codes, order []string) []string {
	out := make([]string, 0, len(codes))
	for _, o := range order {
		for _, c := range codes {
			if c == o {
				out = append(out, c)
				break
			}
		}
	}
	for _, c := range codes {
		if !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
