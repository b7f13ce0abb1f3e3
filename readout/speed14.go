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
