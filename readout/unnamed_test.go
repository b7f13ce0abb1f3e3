package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestFindUnnamed compares findUnnamed with unnamedRE, which it looks for
// at fewer places, on offices put together with the words before and
// after them and on every line of the fixtures, the seed and the shared
// corpus (when present), whole and from each comma on.
func TestFindUnnamed(t *testing.T) {
	if !strings.HasPrefix(unnamedRE.String(), unnamedHead) {
		t.Fatalf("unnamedRE no longer opens with unnamedHead: findUnnamed runs it whole")
	}
	var texts []string
	for _, before := range []string{"", "x ", "Then the", ", the", "_the", "xthe", "The", "THE", "UK ", "U.S.", "our", "four", "é", "Japanese", "the  ", "the\t"} {
		for _, office := range []string{"Prime Minister", "PM", "Secretary", "Secretary of State", "Foreign Minister", "Minister", "President", "Vice President", "Chancellor", "prime minister"} {
			for _, after := range []string{"", ",", " , ", " of Japan", " of the United Kingdom", " of A B C D E", " of japan", " Kishida", ", and", "  "} {
				texts = append(texts, before+" "+office+after, before+office+after, "the "+before+" "+office+after)
			}
		}
	}
	for _, src := range sampleFiles(t, sampleGlobsNoHTML...) {
		for _, l := range strings.Split(src, "\n") {
			if len(l) > 400 {
				l = l[:400]
			}
			texts = append(texts, l)
			for i := 0; i < len(l); i++ {
				if l[i] == ',' {
					texts = append(texts, l[i:], l[:i])
				}
			}
		}
	}
	matches := 0
	for _, s := range texts {
		got, want := findUnnamed(s), unnamedRE.FindStringSubmatch(s)
		if !slices.Equal(got, want) {
			t.Errorf("findUnnamed(%q) = %q, want %q", s, got, want)
		}
		if want != nil {
			matches++
		}
	}
	if matches < 200 {
		t.Errorf("only %d of %d texts name an office at their end, want at least 200", matches, len(texts))
	}
	t.Logf("%d texts, %d matches", len(texts), matches)
}
