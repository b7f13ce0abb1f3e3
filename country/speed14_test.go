package country

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestNextInteresting checks nextInteresting, eight bytes at a time,
// against the byte-by-byte skip on random strings of ASCII around the
// capitals and of bytes beyond it, from every offset.
func TestNextInteresting(t *testing.T) {
	slow := func(text string, i int) int {
		for i < len(text) && !interesting[text[i]] {
			i++
		}
		return i
	}
	parts := []string{"a", "z", "@", "A", "Z", "[", "`", " ", "é", "\x80", "\xff", "\x7f", "abcdefgh", "Japan", "\x00"}
	rng := rand.New(rand.NewPCG(14, 14))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			if got, want := nextInteresting(s, i), slow(s, i); got != want {
				t.Fatalf("nextInteresting(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
