package readout

import (
	"strings"
	"testing"
)

// TestFirstFrameStarts checks firstFrameStarts against firstIndexEach for
// each frame with starts, on every sample line and edge cases.
func TestFirstFrameStarts(t *testing.T) {
	n := 0
	for _, s := range speed14Cases(t, "", "h", "he", "held", "xheld", "had a", "in a ", "shall ", "to meet with",
		strings.Repeat("x", 100)+"at his "+strings.Repeat("a", 70)) {
		first := firstFrameStarts(s)
		for i, starts := range frameStarts {
			if starts == nil || i == modalFrame {
				continue
			}
			want := firstIndexEach(s, starts, len(s))
			if want >= 0 {
				n++
			}
			if first[i] != want {
				t.Fatalf("firstFrameStarts(%.60q)[%d] = %d, want %d", s, i, first[i], want)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d frames' starts found", n)
	}
}

// TestFindMoneyNeedsDigitOrIllion checks that findMoney finds nothing
// where mayHoldMoney says no (the cache's findMoney asks it first), on
// every sample line and every tail of the lines with an amount.
func TestFindMoneyNeedsDigitOrIllion(t *testing.T) {
	n := 0
	for _, s := range speed14Cases(t, "half a billion dollars", "two million euros", "USD 5 million", "ten thousand dollars") {
		if len(findMoney(s)) == 0 {
			continue
		}
		n++
		for k := range s {
			if ms := findMoney(s[k:]); len(ms) > 0 && !mayHoldMoney(s[k:]) {
				t.Fatalf("findMoney(%.80q) = %v, but mayHoldMoney says no", s[k:], ms)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d lines with an amount", n)
	}
}
