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
	responseRE = regexp.MustCompile(`^(?:In response|In reply|Responding)\b`)

	frameRE = regexp.MustCompile(`^(?:(?:In response|In reply|In closing|Furthermore|Moreover|Additionally|Also),? )?` +
		`((?:The two \w+|Both \w+|[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|of|the)){0,6})` +
		` (?:also |further |then |again |firmly |strongly )?` +
		`(?:stated|said|noted|explained|emphasized|emphasised|stressed|underscored|underlined|pointed out|mentioned|indicated|added|remarked|conveyed|expressed (?:his|her|their) (?:view|hope|expectation|intention|belief|recognition))` +
		`(?: that)?,? `)
	partOfRE     = regexp.MustCompile(`^(?:as (?:a )?part of|in terms of|with regard to|regarding)\b[^,]{0,120}, `)
	wouldLikeRE  = regexp.MustCompile(`\bwould like to\b`)
	wouldRE      = regexp.MustCompile(`\bwould\b`)
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
		rest = partOfRE.ReplaceAllString(rest, "")
		lower := strings.ToLower(rest)
		if !isPronoun(subj) {
			for _, p := range []string{"he ", "she ", "they "} {
				if strings.HasPrefix(lower, p) {
					rest = subj + " " + rest[len(p):]
					break
				}
			}
		}
		rest = presentTense(rest)
		s = upperFirst(rest)
	}
	// "X spoke of Y and stated that Z" keeps Z.
	if m := midFrameRE.FindStringIndex(s); m != nil && m[0] < len(s)/2 {
		s = presentTense(upperFirst(s[m[1]:]))
	}
	if strings.Contains(s, "expressed") {
		s = desireToRE.ReplaceAllString(s, "wants to")
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
	if loc := wouldLikeRE.FindStringIndex(s); loc != nil {
		return s[:loc[0]] + want + s[loc[1]:]
	}
	if loc := wouldRE.FindStringIndex(s); loc != nil {
		return s[:loc[0]] + "will" + s[loc[1]:]
	}
	return s
}

var midFrameRE = regexp.MustCompile(`\band (?:also )?(?:stated|said|noted|explained) that `)

// compactAcronyms replaces a long name followed by its acronym with the
// acronym: "Ayeyarwady-Chao Phraya-Mekong Economic Cooperation Strategy
// (ACMECS) Development Fund" becomes "ACMECS Development Fund".
func compactAcronyms(s string) string {
	if !strings.Contains(s, " (") {
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

var (
	agreementWords = setOf("agreed", "concurred", "consented", "confirmed", "decided", "signed", "committed",
		"reaffirmed", "affirmed", "announced", "launched", "will")
	strongWords   = setOf("agreed", "concurred", "consented", "signed", "reaffirmed", "decided")
	courtesyWords = setOf("gratitude", "thanked", "thanks", "condolences", "hospitality")
)

// sentenceFeatures computes a sentence's features with one pass over its
// words and cheap checks before any regular expression.
func sentenceFeatures(s string) features {
	lower := asciiLower(s)
	var f features
	f.money = hasMoney(s)
	f.anniversary = mayBeAnniversary(s) && len(findOrdinals(s)) > 0
	for i := 0; i < len(lower); {
		for i < len(lower) && (lower[i] < 'a' || lower[i] > 'z') {
			i++
		}
		j := i
		for j < len(lower) && lower[j] >= 'a' && lower[j] <= 'z' {
			j++
		}
		w := lower[i:j]
		i = j
		switch {
		case agreementWords[w]:
			f.agreement = true
			f.strong = f.strong || strongWords[w]
		case courtesyWords[w] || strings.HasPrefix(w, "congratulat"):
			f.courtesy = true
		}
	}
	if strings.Contains(lower, "joint statement") {
		f.agreement, f.strong = true, true
	}
	if strings.Contains(lower, "warm welcome") {
		f.courtesy = true
	}
	f.response = responseRE.MatchString(s)
	return f
}

// analyzed is a section's text split into sentences, with their features.
type analyzed struct {
	sents []string
	feats []features
}

func analyze(text string) analyzed {
	a := analyzed{sents: sectionSentences(text)}
	a.feats = make([]features, len(a.sents))
	for i, s := range a.sents {
		a.feats[i] = sentenceFeatures(s)
	}
	return a
}

// sectionSentences splits a section's text into sentences in order.
func sectionSentences(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		out = append(out, splitSentences(p)...)
	}
	return out
}

// summarize chooses one sentence of text (two when the first is short),
// extractively and deterministically, and shortens it to maxSummary.
func summarize(text string) string {
	return summarizeAnalyzed(analyze(text))
}

func summarizeAnalyzed(a analyzed) string {
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
	first := shortenFrame(order[0].text)
	if len(first) >= 80 || len(order) < 2 {
		return truncateWords(first, maxSummary)
	}
	second := shortenFrame(order[1].text)
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
func keyPoints(secs []analyzed) []string {
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
	for _, c := range cands {
		out = append(out, truncateWords(shortenFrame(c.text), maxSummary))
	}
	return out
}
