package readout

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestMarkers compares the hand-read markers with the expressions they
// replace, on random lines of the characters the expressions read and on
// every line of the fixtures, the seed and the shared corpus (when
// present).
func TestMarkers(t *testing.T) {
	exprs := []struct {
		m  markerRE
		re *regexp.Regexp
	}{
		{l1Marker, regexp.MustCompile(`^(\d{1,2})(?:\.\s*|\s+)(\S.*)$`)},
		{l2Marker, regexp.MustCompile(`^[(（](\d{1,2})[)）]\s*(.*)$`)},
		{dashMarker, regexp.MustCompile(`^[-‐–—•・]\s*(\S.*)$`)},
	}
	lines := []string{"", "1", "1.", "1. ", "1. x", "12 A", "123. x", "1.5 billion", "(1)", "(1) ", "(12)x", "(123) x", "（3）　x",
		"- x", "-", "- ", "— x\ny", "• \n x", "・x", "1.\nx", "1.\n", "(1)\n\nx", "(1) x\n"}
	parts := []string{"1", "2", "12", "123", ".", "(", "（", ")", "）", " ", "\t", "\n", "\r", "\f", "\v", "a", "A", "-", "‐",
		"–", "—", "•", "・", "\xff", "é", "\u3000"}
	rng := rand.New(rand.NewPCG(21, 21))
	for range 60000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	for _, src := range sampleFiles(t, sampleGlobs...) {
		lines = append(lines, strings.Split(src, "\n")...)
	}
	matched := 0
	for _, l := range lines {
		for k, e := range exprs {
			want := e.re.FindStringSubmatch(l)
			if got := e.m.FindStringSubmatch(l); !slices.Equal(got, want) {
				t.Errorf("marker %d: FindStringSubmatch(%q) = %q, want %q", k, l, got, want)
			}
			if got := e.m.MatchString(l); got != (want != nil) {
				t.Errorf("marker %d: MatchString(%q) = %v, want %v", k, l, got, want != nil)
			}
			if want != nil {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d matches in %d lines, want at least 1,000", matched, len(lines))
	}
}
