package readout

import "strings"

// openerPhrases are the linking phrases of openerRE but its "At the …"
// ones (openerAt), each a whole opener before its comma.
var openerPhrases = setOf("In response", "In response to this", "In response to that", "In reply",
	"During the meeting", "During the call", "During the talk", "During the talks", "During the conversation",
	"In addition", "Additionally", "Furthermore", "Moreover", "Also", "Then", "Meanwhile", "In this regard",
	"In this context", "To conclude", "Finally", "In closing")

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
