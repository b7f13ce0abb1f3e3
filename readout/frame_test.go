package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestMatchFrame checks matchFrame against frameRE, which it replaces, on
// frames put together from the expression's parts and near misses, and on
// every sentence of the fixtures, the seed and the shared corpus (when
// present), whole and as shortenFrame cuts them.
func TestMatchFrame(t *testing.T) {
	var texts []string
	for _, o := range []string{"", "In response, ", "In response ", "In response,", "In reply,  ", "Also, ", "Moreover,"} {
		for _, subj := range []string{"The two leaders", "The two", "The two leaders’", "Both sides", "Both", "Prime Minister Kishida",
			"President Biden of the United States", "Mr. O’Brien", "O'Neill-Smith Jr.", "the minister", "A B C D E F G",
			"A B C D E F G H", "Kishida,", "Kishida offer", "Kishida then", "Also", "2 A", "É"} {
			for _, adv := range []string{"", "then ", "firmly also "} {
				for _, verb := range []string{"stated", "pointed out", "pointed", "expressed", "expressed his view", "expressed her hope that",
					"expressed its view", "emphasised", "saids"} {
					for _, tail := range []string{" that ", " that that, ", ", ", " ", " thatcher ", "", " that,x", "x "} {
						texts = append(texts, o+subj+" "+adv+verb+tail+"Japan will help.")
						texts = append(texts, o+subj+" "+adv+verb+tail)
					}
				}
			}
		}
	}
	for _, src := range fixtureSources(t) {
		for _, l := range strings.Split(src, "\n") {
			for _, s := range splitSentences(l) {
				texts = append(texts, s)
				// The sentence from its second and third words on.
				for i, k := 0, 0; i < len(s) && k < 2; i++ {
					if s[i] == ' ' {
						texts = append(texts, s[i+1:])
						k++
					}
				}
			}
		}
	}
	for _, s := range slices.Clone(texts) {
		if v := firstFrameVerb(s); v >= 0 {
			texts = append(texts, s[:min(len(s), v+frameEnd)])
		}
	}
	matches := 0
	for _, s := range texts {
		got, want := matchFrame(s), frameRE.FindStringSubmatchIndex(s)
		if !slices.Equal(got, want) {
			t.Errorf("matchFrame(%q) = %v, want %v", s, got, want)
		}
		if want != nil {
			matches++
		}
	}
	if matches < 1000 {
		t.Errorf("only %d of %d texts hold a frame, want at least 1,000", matches, len(texts))
	}
	t.Logf("%d texts, %d frames", len(texts), matches)
}
