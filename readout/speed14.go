package readout

import "strings"

// openerPhrases are the linking phrases of openerRE but its "At the …"
// ones (openerAt), each a whole opener before its comma.
var openerPhrases = setOf(append(meetingOpeners(), "In response", "In response to this", "In response to that", "In reply",
	"In addition", "Additionally", "Furthermore", "Moreover", "Also", "Then", "Meanwhile", "In this regard",
	"In this context", "To conclude", "Finally", "In closing")...)

// meetingOpeners are "During the meeting", "In the call", "At the talks"
// and the like: openerRE's "(?:During|In|At) the (?:meeting|call|…)".
func meetingOpeners() []string {
	var out []string
	for _, p := range []string{"During the ", "In the ", "At the "} {
		for _, w := range []string{"meeting", "call", "talk", "talks", "conversation", "discussion", "discussions",
			"telephone call", "telephone conversation"} {
			out = append(out, p+w)
		}
	}
	return out
}

// openerEnd is the end of openerRE's match in s, -1 for none, without the
// expression: no opener holds a comma, so the match's comma is the first
// of s, and what stands before it is an opener or not.
func openerEnd(s string) int {
	c := strings.IndexByte(s, ',')
	if c < 0 || !openerPhrases[s[:c]] && !openerAt(s[:c]) {
		return -1
	}
	end := c + 1
	for end < len(s) && isPerlSpace(s[end]) {
		end++
	}
	if end == c+1 {
		return -1 // `\s+` needs one
	}
	return end
}

// openerAt reports whether s is "At the outset", "beginning", "start" or
// "onset", alone or followed by " of " and 1 to 40 characters.
func openerAt(s string) bool {
	rest, ok := strings.CutPrefix(s, "At the ")
	if !ok {
		return false
	}
	for _, w := range []string{"outset", "beginning", "start", "onset"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			if r == "" {
				return true
			}
			r, ok = strings.CutPrefix(r, " of ")
			n := runeCount(r)
			return ok && n >= 1 && n <= 40
		}
	}
	return false
}

// isPerlSpace reports whether c is a space as `\s` sees it.
func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// discussedAtRE is discussedRE at the start of the text.
var discussedAtRE = lazyRegexp(`^(?:` + discussedRE.String() + `)`)

// replaceDiscussed is discussedRE.ReplaceAllString(s, "discussed"), the
// expression tried only where "had " or "exchanged " starts a word, as
// every match does, instead of from every position of s.
func replaceDiscussed(s string) string {
	var b strings.Builder
	last := 0 // the end of the last match
	for i := last; i < len(s); {
		j := nextDiscussedCue(s[i:])
		if j < 0 {
			break
		}
		i += j
		if i > 0 && isWordByte(s[i-1]) {
			i++
			continue
		}
		m := discussedAtRE.FindStringIndex(s[i:])
		if m == nil {
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString("discussed")
		i += m[1]
		last = i
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nextDiscussedCue is the offset of the first "had " or "exchanged " in
// s, or -1.
func nextDiscussedCue(s string) int {
	i, j := indexText(s, "had "), indexText(s, "exchanged ")
	if i < 0 || j >= 0 && j < i {
		return j
	}
	return i
}

// firstIndexUpTo returns the offset of the first of subs in s, or -1 when
// none starts at or before limit. Once one is found, the others are looked
// for only before it.
func firstIndexUpTo(s string, subs []string, limit int) int {
	best := -1
	for _, sub := range subs {
		end := len(s)
		if limit < len(s) {
			end = min(end, limit+len(sub))
		}
		if best >= 0 {
			end = min(end, best-1+len(sub))
		}
		if end < len(sub) {
			continue
		}
		if i := indexText(s[:end], sub); i >= 0 {
			best = i
		}
	}
	return best
}

// timeAtRE and durAtRE are timeRE and durRE at the start of the text.
var (
	timeAtRE = lazyRegexp(`^(?:` + timeRE.String() + `)`)
	durAtRE  = lazyRegexp(`^(?:` + durRE.String() + `)`)
)

// findTime is timeRE.FindStringSubmatchIndex(s), the expression tried only
// where a match can start: a word that starts with a digit (a clock time)
// or with "n" or "m" in either case ("noon", "midday").
func findTime(s string) []int {
	for p := 0; p < len(s); p++ {
		switch c := s[p]; {
		case '0' <= c && c <= '9', c == 'n', c == 'N', c == 'm', c == 'M':
		default:
			continue
		}
		if p > 0 && isWordByte(s[p-1]) {
			continue
		}
		if loc := timeAtRE.FindStringSubmatchIndex(s[p:]); loc != nil {
			return shiftIndexes(loc, p)
		}
	}
	return nil
}

// findDuration is durRE.FindStringSubmatch(s), the expression tried only
// where a match can start: the word "for" or "of" in any case before a
// space, or a word that starts with "l" or "L" ("lasting", in any case).
func findDuration(s string) []string {
	for p := 0; p < len(s); p++ {
		n := 0 // the bytes of "for" or "of"
		switch s[p] {
		case 'f', 'F':
			n = 3
			if !hasPrefixFoldASCII(s[p:], "for") {
				continue
			}
		case 'o', 'O':
			n = 2
			if !hasPrefixFoldASCII(s[p:], "of") {
				continue
			}
		case 'l', 'L':
		default:
			continue
		}
		if p > 0 && isWordByte(s[p-1]) || n > 0 && (p+n >= len(s) || !isPerlSpace(s[p+n])) {
			continue
		}
		if loc := durAtRE.FindStringSubmatchIndex(s[p:]); loc != nil {
			m := make([]string, len(loc)/2)
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = s[p+loc[2*k] : p+loc[2*k+1]]
				}
			}
			return m
		}
	}
	return nil
}

// hasPrefixFoldASCII reports whether s begins with prefix, ASCII letters
// in either case; prefix is lower case.
func hasPrefixFoldASCII(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c := s[i]; c != prefix[i] && c|0x20 != prefix[i] {
			return false
		}
	}
	return true
}

// shiftIndexes adds p to each index of loc that is not -1.
func shiftIndexes(loc []int, p int) []int {
	for k := range loc {
		if loc[k] >= 0 {
			loc[k] += p
		}
	}
	return loc
}

// followOnOpens reports whether a word whose first two bytes are a and b,
// with 0x20 set, may open a match of followOnRE: "joint", "signing",
// "exchange", "working", "welcome", "official", "state", "dinner",
// "lunch", "banquet", "breakfast", "press", "guard". (A text with "ſ",
// which folds to "s", is read by the unanchored expression.)
func followOnOpens(a, b byte) bool {
	switch a {
	case 'j':
		return b == 'o'
	case 's':
		return b == 'i' || b == 't'
	case 'e':
		return b == 'x'
	case 'w':
		return b == 'o' || b == 'e'
	case 'o':
		return b == 'f'
	case 'd':
		return b == 'i'
	case 'l':
		return b == 'u'
	case 'b':
		return b == 'a' || b == 'r'
	case 'p':
		return b == 'r'
	case 'g':
		return b == 'u'
	}
	return false
}
