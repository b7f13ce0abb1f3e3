package readout

import "strings"

// unnamedHead is the part of unnamedRE before the office: the start of
// the text, or a word that may stand before an office ("the", "UK",
// "British") and the spaces after it.
const unnamedHead = `(?:^|\b(?:[Tt]he|UK|US|U\.S\.|British|French|Japanese|German|our)\s+)`

// unnamedHeadWords are the words of unnamedHead.
var unnamedHeadWords = []string{"The", "the", "UK", "US", "U.S.", "British", "French", "Japanese", "German", "our"}

var (
	// unnamedAtStartRE is unnamedRE anchored at the text's start.
	unnamedAtStartRE = lazyRegexp(`^(?:` + unnamedRE.String() + `)`)
	// unnamedAfterWordRE is unnamedRE from one of unnamedHeadWords on,
	// where the text has been cut before that word.
	unnamedAfterWordRE = lazyRegexp(`^\b(?:[Tt]he|UK|US|U\.S\.|British|French|Japanese|German|our)\s+` +
		strings.TrimPrefix(unnamedRE.String(), unnamedHead))
)

// findUnnamed is unnamedRE.FindStringSubmatch(s). unnamedRE is looked for
// from every position of s, and at each it tried ten words, about 250
// instructions a byte; a match can only start at the text's start or at
// one of unnamedHeadWords after a byte that is not of a word (its "\b"),
// so the expression is tried at those places only, anchored there, in
// their order. TestFindUnnamed compares the two.
func findUnnamed(s string) []string {
	if !strings.HasPrefix(unnamedRE.String(), unnamedHead) {
		return unnamedRE.FindStringSubmatch(s) // the expression changed
	}
	if m := unnamedAtStartRE.FindStringSubmatch(s); m != nil {
		return m
	}
	for p := 1; p < len(s); p++ {
		if isWordByte(s[p-1]) || !hasAnyPrefix(s[p:], unnamedHeadWords) {
			continue
		}
		if m := unnamedAfterWordRE.FindStringSubmatch(s[p:]); m != nil {
			return m
		}
	}
	return nil
}
