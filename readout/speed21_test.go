package readout

import (
	"strings"
	"testing"
)

// TestContainsFoldPhrases checks containsFold, which steps from the
// phrase's rarest byte, against strings.Contains of the lower-cased text:
// the package's phrases (the frames' words, the meeting kinds' words, the
// captions of page furniture), phrases that open with a space or a
// hyphen, and every window of some sample lines, in the sample lines and
// in their capitals.
func TestContainsFoldPhrases(t *testing.T) {
	subs := []string{" at the request of ", " farewell to ", "swearing-in", "tion", "noon", "midday", "hour", "minute",
		"spokesperson", "between", "chaired by", "-", " ", "q", "e e", "x", "zz"}
	for _, lits := range frameLits {
		subs = append(subs, lits...)
	}
	for _, r := range kindRules {
		subs = append(subs, r.lits...)
	}
	subs = append(subs, furnitureCaptions...)
	texts := []string{"", "A", "At The Request Of", "bid FAREWELL TO the", "Swearing-In", "SWEARING-IN ceremony", "x  at the request of ", "qQ", "E E"}
	for _, l := range scanInputs(t) {
		texts = append(texts, l, strings.ToUpper(l))
		if len(l) > 40 && len(texts)%20 == 0 {
			for i := 0; i+8 <= 40; i += 8 {
				subs = append(subs, asciiLower(l[i:i+8]))
			}
		}
	}
	lowers := make([]string, len(texts))
	for i, s := range texts {
		lowers[i] = asciiLower(s)
	}
	for _, sub := range subs {
		if sub == "" || sub != asciiLower(sub) {
			continue
		}
		for i, s := range texts {
			if got, want := containsFold(s, sub), strings.Contains(lowers[i], sub); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
