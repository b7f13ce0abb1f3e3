package readout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSplitSentencesRawStops checks splitSentencesRaw, which steps from one
// full stop, '!' or '?' to the next, against the byte-by-byte loop it
// replaces (splitSentencesRawByByte), on every line of the fixtures, the
// seed and the shared corpus (when present) and on random texts of the
// characters the loop looks at.
func TestSplitSentencesRawStops(t *testing.T) {
	var texts []string
	for _, src := range fixtureSources(t) {
		texts = append(texts, strings.Split(src, "\n")...)
	}
	parts := []string{"a", "Mr", "U.S", "p.m", "Sen", "Hun", " ", "  ", ".", "!", "?", "\"", "'", ")", "(", "]", "”", "’", "“", "A", "1", "Feb", "\xe2", "é"}
	rng := rand.New(rand.NewPCG(12, 12))
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := splitSentencesRaw(s), splitSentencesRawByByte(s); !slices.Equal(got, want) {
			t.Errorf("splitSentencesRaw(%q) = %q, want %q", s, got, want)
		}
	}
}

func splitSentencesRawByByte(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
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
