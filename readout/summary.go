package readout

import (
	"regexp"
	"sort"
	"strings"
)

// Summary limits.
const (
	maxSummary   = 300 // characters (bytes) of one section summary
	maxKeyPoints = 5
)

var (
	responseRE = regexp.MustCompile(`^(?:In response|In reply|Responding)\b`) // what isResponse tests

	frameRE = regexp.MustCompile(`^(?:(?:In response|In reply|In closing|Furthermore|Moreover|Additionally|Also),? )?` +
		`((?:The two \w+|Both \w+|[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|of|the)){0,6})` +
		` (?:also |further |then |again |firmly |strongly )?` +
		`(?:stated|said|noted|explained|emphasized|emphasised|stressed|underscored|underlined|pointed out|mentioned|indicated|added|remarked|conveyed|expressed (?:his|her|their) (?:view|hope|expectation|intention|belief|recognition))` +
		`(?: that)?,? `)
	partOfRE     = regexp.MustCompile(`^(?:as (?:a )?part of|in terms of|with regard to|regarding)\b[^,]{0,120}, `)
	desireToRE   = regexp.MustCompile(`\bexpressed (?:his|her) (?:desire|wish|intention) to\b`)
	desireToPlRE = regexp.MustCompile(`\bexpressed their (?:desire|wish|intention) to\b`)
	pluralSubjRE = regexp.MustCompile(`^(?:[Tt]hey|[Tt]he two|[Bb]oth|[Tt]he leaders|[Tt]he sides|[Tt]he ministers)\b`)
)

// shortenFrame drops a reporting frame from a sentence: "Prime Minister
// Kishida stated that Japan would provide support" becomes "Japan will
// provide support"; "X stated he would …" keeps X: "X will …".
func shortenFrame(s string) string {
	if !hasFrameVerb(s) {
		return compactAcronyms(s)
	}
	if m := frameRE.FindStringSubmatchIndex(s); m != nil {
		subj := s[m[2]:m[3]]
		rest := s[m[1]:]
		if hasAnyPrefix(rest, partOfStarts) {
			rest = partOfRE.ReplaceAllString(rest, "")
		}
		if !isPronoun(subj) {
			// No non-ASCII letter lower-cases to one of these prefixes,
			// so ASCII case folding suffices.
			for _, p := range []string{"he ", "she ", "they "} {
				if hasPrefixFold(rest, p) {
					rest = subj + " " + rest[len(p):]
					break
				}
			}
		}
		rest = presentTense(rest)
		s = upperFirst(rest)
	}
	// "X spoke of Y and stated that Z" keeps Z.
	if hasMidFrame(s) {
		if m := midFrameRE.FindStringIndex(s); m != nil && m[0] < len(s)/2 {
			s = presentTense(upperFirst(s[m[1]:]))
		}
	}
	if strings.Contains(s, "expressed h") {
		s = desireToRE.ReplaceAllString(s, "wants to")
	}
	if strings.Contains(s, "expressed their ") {
		s = desireToPlRE.ReplaceAllString(s, "want to")
	}
	return compactAcronyms(s)
}

var frameVerbs = []string{" stated", " said", " noted", " explained", " emphasi", " stressed", " underscored",
	" underlined", " pointed out", " mentioned", " indicated", " added", " remarked", " conveyed", " expressed"}

// hasFrameVerb is a cheap test before frameRE and midFrameRE.
func hasFrameVerb(s string) bool {
	for _, v := range frameVerbs {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// presentTense undoes the backshift of reported speech in its first verb:
// "would like to" becomes "wants to" (or "want to"), "would" becomes "will".
func presentTense(s string) string {
	want := "wants to"
	if pluralSubjRE.MatchString(s) {
		want = "want to"
	}
	if i := indexWord(s, "would like to"); i >= 0 {
		return s[:i] + want + s[i+len("would like to"):]
	}
	if i := indexWord(s, "would"); i >= 0 {
		return s[:i] + "will" + s[i+len("would"):]
	}
	return s
}

// indexWord returns the offset of the first w in s that stands between
// ASCII word boundaries, as the expression `\bw\b` finds it, or -1. w must
// begin and end with a word character.
func indexWord(s, w string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return -1
		}
		k := i + j
		if (k == 0 || !isWordByte(s[k-1])) && (k+len(w) == len(s) || !isWordByte(s[k+len(w)])) {
			return k
		}
		i = k + 1
	}
}

// isWordByte reports whether c is an ASCII word character, as `\b` sees it.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// partOfStarts are the openings one of which every match of partOfRE has.
var partOfStarts = []string{"as ", "in terms of", "with regard to", "regarding"}

var midFrameRE = regexp.MustCompile(`\band (?:also )?(?:stated|said|noted|explained) that `)

// midFrames are the literals one of which every match of midFrameRE holds.
var midFrames = []string{"and stated that ", "and said that ", "and noted that ", "and explained that ",
	"and also stated that ", "and also said that ", "and also noted that ", "and also explained that "}

// hasMidFrame is a cheap test before midFrameRE.
func hasMidFrame(s string) bool {
	return strings.Contains(s, " that ") && containsAny(s, midFrames...)
}

// compactAcronyms replaces a long name followed by its acronym with the
// acronym: "Ayeyarwady-Chao Phraya-Mekong Economic Cooperation Strategy
// (ACMECS) Development Fund" becomes "ACMECS Development Fund".
func compactAcronyms(s string) string {
	if !hasAcronymParen(s) {
		return s
	}
	return acronymRE.ReplaceAllStringFunc(s, func(m string) string {
		i := strings.LastIndexByte(m, '(')
		if i < 40 {
			return m
		}
		return strings.Trim(m[i:], "()")
	})
}

// hasAcronymParen is a cheap test before acronymRE: whether s holds a
// space followed by an acronym in brackets, "(ASEAN)".
func hasAcronymParen(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return false
		}
		k := i + j
		i = k + 1
		if k == 0 || !isRESpace(s[k-1]) {
			continue
		}
		n := 0
		for k+1+n < len(s) && n < 12 && isAcronymByte(s[k+1+n], n) {
			n++
		}
		if n >= 2 && k+1+n < len(s) && s[k+1+n] == ')' {
			return true
		}
	}
}

// isAcronymByte reports whether c can be the nth character of an acronym
// as acronymRE reads it: a capital, then capitals, digits or "&".
func isAcronymByte(c byte, n int) bool {
	if 'A' <= c && c <= 'Z' {
		return true
	}
	return n > 0 && ('0' <= c && c <= '9' || c == '&')
}

// isRESpace reports whether c is in the class `\s` of regular expressions.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we":
		return true
	}
	return false
}

// scoredSentence is a candidate for a summary or key point.
type scoredSentence struct {
	text  string
	pos   int
	score int
}

// features are what scoring needs to know about a sentence.
type features struct {
	money, anniversary, agreement, strong, courtesy, response bool
}

// wordClass classifies a lower-case word: agreement words ("agreed",
// "confirmed", "will"), of which some are strong ("agreed", "signed"), and
// courtesy words ("thanked", "congratulated").
func wordClass(w string) (agreement, strong, courtesy bool) {
	switch w {
	case "agreed", "concurred", "consented", "signed", "reaffirmed", "decided":
		return true, true, false
	case "confirmed", "committed", "affirmed", "announced", "launched", "will":
		return true, false, false
	case "gratitude", "thanked", "thanks", "condolences", "hospitality":
		return false, false, true
	}
	return false, false, strings.HasPrefix(w, "congratulat")
}

// sentenceFeatures computes a sentence's features with one pass over its
// words and cheap checks before any regular expression.
func sentenceFeatures(s string) features {
	return sentenceFeaturesWith(s, nil)
}

// sentenceFeaturesWith is sentenceFeatures with results remembered in c.
func sentenceFeaturesWith(s string, c *sentCache) features {
	var f features
	f.money = strings.ContainsAny(s, "0123456789") && len(c.findMoney(s)) > 0
	f.anniversary = len(c.anniversaryOrdinals(s)) > 0
	// Words are runs of ASCII letters, compared in lower case. No word
	// wordClass knows is longer than 16 letters, so a longer word is cut
	// (which keeps its "congratulat" prefix).
	var buf [16]byte
	for i := 0; i < len(s); {
		for i < len(s) && !isLetter(s[i]) {
			i++
		}
		j, n := i, 0
		for j < len(s) && isLetter(s[j]) {
			if n < len(buf) {
				buf[n] = lowerByte(s[j])
				n++
			}
			j++
		}
		i = j
		if n == 0 {
			continue
		}
		agreement, strong, courtesy := wordClass(string(buf[:n]))
		f.agreement = f.agreement || agreement
		f.strong = f.strong || strong
		f.courtesy = f.courtesy || courtesy
	}
	if containsFold(s, "joint statement") {
		f.agreement, f.strong = true, true
	}
	if containsFold(s, "warm welcome") {
		f.courtesy = true
	}
	f.response = isResponse(s)
	return f
}

// responseStarts are the openings responseRE matches.
var responseStarts = []string{"In response", "In reply", "Responding"}

// isResponse is responseRE.MatchString(s) without the expression.
func isResponse(s string) bool {
	for _, p := range responseStarts {
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !isWordByte(s[len(p)])) {
			return true
		}
	}
	return false
}

// analyzed is a section's text split into sentences, with their features.
type analyzed struct {
	sents []string
	feats []features
}

func analyze(text string, c *sentCache) analyzed {
	a := analyzed{sents: sectionSentences(text, c)}
	a.feats = make([]features, len(a.sents))
	for i, s := range a.sents {
		a.feats[i] = sentenceFeaturesWith(s, c)
	}
	return a
}

// sectionSentences splits a section's text into sentences in order.
func sectionSentences(text string, c *sentCache) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		out = append(out, c.splitSentences(p)...)
	}
	return out
}

// summarize chooses one sentence of text (two when the first is short),
// extractively and deterministically, and shortens it to maxSummary.
func summarize(text string) string {
	return summarizeAnalyzed(analyze(text, nil), nil)
}

func summarizeAnalyzed(a analyzed, c *sentCache) string {
	sents := a.sents
	if len(sents) == 0 {
		return ""
	}
	cands := make([]scoredSentence, len(sents))
	for i, s := range sents {
		f := a.feats[i]
		score := 0
		if i == 0 {
			score += 3
		}
		if f.money {
			score += 3
		}
		if f.anniversary {
			score += 2
		}
		if f.agreement {
			score += 2
		}
		if f.courtesy {
			score -= 2
		}
		if f.response {
			score--
		}
		if len(s) > maxSummary {
			score--
		}
		cands[i] = scoredSentence{text: s, pos: i, score: score}
	}
	order := append([]scoredSentence(nil), cands...)
	sort.SliceStable(order, func(a, b int) bool { return order[a].score > order[b].score })
	first := c.shortenFrame(order[0].text)
	if len(first) >= 80 || len(order) < 2 {
		return truncateWords(first, maxSummary)
	}
	second := c.shortenFrame(order[1].text)
	if len(first)+1+len(second) > 200 {
		return truncateWords(first, maxSummary)
	}
	if order[1].pos < order[0].pos {
		first, second = second, first
	}
	return first + " " + second
}

// keyPoints picks up to maxKeyPoints sentences of the whole readout that
// carry amounts, anniversaries or agreements, in document order.
func keyPoints(secs []analyzed, sc *sentCache) []string {
	var cands []scoredSentence
	pos := 0
	for _, a := range secs {
		for i, s := range a.sents {
			f := a.feats[i]
			score := 0
			if f.money {
				score += 3
			}
			if f.anniversary {
				score += 3
			}
			if f.strong {
				score += 3
			}
			if f.agreement {
				score++
			}
			if f.courtesy {
				score--
			}
			if score >= 2 {
				cands = append(cands, scoredSentence{text: s, pos: pos, score: score})
			}
			pos++
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	if len(cands) > maxKeyPoints {
		cands = cands[:maxKeyPoints]
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].pos < cands[b].pos })
	out := []string{}
	for _, cand := range cands {
		out = append(out, truncateWords(sc.shortenFrame(cand.text), maxSummary))
	}
	return out
}
