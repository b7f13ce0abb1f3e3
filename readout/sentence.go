package readout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that never ends a sentence when a
// capitalized word follows ("Mr. Kishida", "Lt. Gen. Hun Manet", "No. 10").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "nos": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cmdr": true, "adm": true,
	"sgt": true, "gov": true, "sen": true, "rep": true, "hon": true, "prof": true, "sr": true,
	"jr": true, "rev": true, "amb": true, "pres": true, "vs": true, "v": true, "mt": true, "ft": true,
	"art": true, "para": true, "vol": true, "fig": true, "approx": true, "dept": true,
	// An engineer's style and Bangladesh's "Md." (Mohammad): "H.E. Eng.
	// Abdullahi Warsame", "Foreign Adviser Md. Touhid Hossain".
	"eng": true, "md": true, "engr": true,
	// "The Rt. Hon. Prime Minister": the Right Honourable.
	"rt": true,
	// The Philippines' "Ma." (Maria): "Secretary Ma. Theresa P. Lazaro".
	"ma": true,
}

// monthAbbrevs are the months' abbreviations written with a period
// ("Feb. 9"): before a number the period never ends a sentence.
var monthAbbrevs = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// sentenceStarters are words that begin a new sentence even after a dotted
// abbreviation such as "U.S." or "p.m.".
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "They": true, "It": true, "We": true, "I": true,
	"This": true, "These": true, "Both": true, "In": true, "On": true, "At": true, "As": true,
	"Prime": true, "President": true, "Secretary": true, "Minister": true, "Foreign": true,
	"An": true, "A": true, "After": true, "During": true,
	"Following": true, "Today": true, "Yesterday": true, "Their": true, "His": true, "Her": true,
}

// countryInitials are countries' dotted initials, without the last stop.
var countryInitials = setOf("U.S", "U.K", "U.A.E", "R.O.K", "P.R.C", "D.P.R.K", "E.U", "U.N")

// officeStarters are the sentenceStarters that open an office.
var officeStarters = setOf("Prime", "President", "Secretary", "Minister", "Foreign")

// initialsNounAfter are the words after which a country's initials are a
// noun ("in the U.S.", "to the U.K.").
var initialsNounAfter = setOf("the", "in", "to", "from", "of", "into", "across", "within", "throughout")

// maxSentence is the longest sentence splitSentences returns; longer runs
// without a sentence end are cut at a space, which keeps every later
// per-sentence step bounded.
const maxSentence = 1000

// splitSentences splits a paragraph into sentences. It runs in linear time.
func splitSentences(p string) []string {
	var out []string
	for _, s := range splitSentencesRaw(p) {
		for len(s) > maxSentence {
			cut := strings.LastIndexByte(s[:maxSentence], ' ')
			if cut < maxSentence/2 {
				cut = maxSentence
				for cut > 0 && !utf8.RuneStart(s[cut]) {
					cut--
				}
				if cut == 0 { // not UTF-8: cut bytes
					cut = maxSentence
				}
			}
			out = append(out, strings.TrimSpace(s[:cut]))
			s = strings.TrimSpace(s[cut:])
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func splitSentencesRaw(p string) []string {
	var out []string
	start := 0
	// The next '!' and '?' at or after i, -1 when there is none: a
	// paragraph rarely holds them, so the search steps from one full stop
	// to the next.
	excl, quest := -2, -2
	for i := 0; i < len(p); i++ {
		if excl != -1 && excl < i {
			excl = indexByteFrom(p, i, '!')
		}
		if quest != -1 && quest < i {
			quest = indexByteFrom(p, i, '?')
		}
		stop := indexByteFrom(p, i, '.')
		for _, k := range [2]int{excl, quest} {
			if k >= 0 && (stop < 0 || k < stop) {
				stop = k
			}
		}
		if stop < 0 {
			break
		}
		i = stop
		c := p[i]
		// Include closing quotes and brackets in the sentence.
		end := i + 1
		for end < len(p) && strings.IndexByte(`"')]`, p[end]) >= 0 {
			end++
		}
		for end < len(p) {
			r, n := utf8.DecodeRuneInString(p[end:])
			if r != '”' && r != '’' {
				break
			}
			end += n
		}
		if end >= len(p) || p[end] != ' ' {
			continue
		}
		next := end + 1
		for next < len(p) && p[next] == ' ' {
			next++
		}
		if next >= len(p) {
			continue
		}
		if !opensSentence(p[next:]) {
			continue
		}
		// "(local time. 2:43 a.m. on July 30, Japan time.)": no sentence
		// ends inside brackets.
		if strings.Count(p[start:i], "(") > strings.Count(p[start:i], ")") {
			continue
		}
		if c == '.' && end == i+1 && !periodEnds(p[start:i], nextWord(p[next:])) {
			continue
		}
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start = next
		i = next - 1
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// indexByteFrom is the index of the first c in s at or after i, or -1.
func indexByteFrom(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// opensSentence reports whether text can begin a sentence: with a
// capital, a figure, a quotation mark or a bracket, or with a name whose
// particle is written in lower case ("… money laundering. de la Fuente
// stressed …", as a summary writes "Foreign Secretary de la Fuente" once
// his office has gone).
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'(`, r) || opensWithParticle(s)
}

// opensWithParticle reports whether s opens with a family name's particles in
// lower case and then a capitalized word: "de la Fuente", "van der
// Bellen", "al-Shaibani".
func opensWithParticle(s string) bool {
	if len(s) < 4 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for n := 0; n < 3; n++ {
		w := nextWord(s)
		if p, rest, ok := strings.Cut(w, "-"); ok && (p == "al" || p == "el") {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
		if !nameParticles[w] || len(w) == len(s) {
			return false
		}
		s = s[len(w)+1:]
		if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// nextWord returns the first space-delimited word of s.
func nextWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// periodEnds decides whether the period after before ends a sentence when
// the next word is next.
func periodEnds(before, next string) bool {
	j := len(before)
	for j > 0 && before[j-1] != ' ' && before[j-1] != '(' {
		j--
	}
	word := before[j:]
	if word == "" {
		return true
	}
	if abbreviations[lowerText(word)] {
		// "Hun Sen." ends a name, where "Sen. Schumer" is a title; "Gen."
		// after an office ("Chairman of the Joint Chiefs of Staff Gen.
		// Mark A. Milley") is the title before a name.
		if prev := lastWord(strings.TrimRight(before[:j], " ")); word == "Sen" && isCapWord(prev) && !strings.HasSuffix(prev, ".") {
			return true
		}
		return false
	}
	// "on Feb. 9", "Sept. 30, 2024": a month's abbreviation before a day.
	if monthAbbrevs[word] && next != "" && isDigit(next[0]) {
		return false
	}
	// A single capital letter is an initial: "Joseph R. Biden".
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return false
	}
	// Dotted abbreviations ("U.S.", "U.K.", "p.m.", "e.g.") end a sentence
	// only before a word that usually starts one.
	if containsText(word, ".") {
		// "Japan-U.S. Foreign Ministers": a compound adjective.
		if containsText(word, "-") {
			return false
		}
		// "met with U.S. Secretary of State Marco Rubio": a country's
		// initials before an office are its adjective; after a word that
		// makes them a noun ("in the U.S. President X then …") they may
		// end a sentence.
		if countryInitials[word] && officeStarters[next] && !initialsNounAfter[lastWord(strings.TrimRight(before[:j], " "))] {
			return false
		}
		return sentenceStarters[next]
	}
	return true
}
