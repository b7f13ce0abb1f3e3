package readout

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestIndexTextStaleRarest checks that indexText finds what strings.Index
// finds whatever rarestSeen holds for the phrase: the offset its entry
// gives may be any within the phrase (a phrase since freed, another made
// where it was), or past its end.
func TestIndexTextStaleRarest(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed absent: %v", err)
	}
	texts := append([]string{string(b)}, splitSentences(string(b))...)
	rng := rand.New(rand.NewPCG(19, 19))
	for _, s := range texts {
		words := strings.Fields(s)
		for i, w := range words {
			subs := []string{w, " " + w + " "}
			if i > 0 {
				subs = append(subs, words[i-1]+" "+w)
			}
			// A phrase that is not there, with a byte rarer than its
			// others.
			subs = append(subs, w+" Zq")
			for _, sub := range subs {
				if len(sub) < 2 {
					continue
				}
				p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(sub))))
				key := p<<8 | uint64(len(sub))
				e := &rarestSeen[(p^p>>9)%uint64(len(rarestSeen))]
				for _, k := range []int{0, len(sub) - 1, rng.IntN(len(sub)), len(sub), 0xFF} {
					e.Store(key<<8 | uint64(k&0xFF))
					if got, want := indexText(s, sub), strings.Index(s, sub); got != want {
						t.Fatalf("indexText(%q, %q) with offset %d remembered = %d, want %d", s, sub, k, got, want)
					}
				}
			}
		}
	}
}
