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
