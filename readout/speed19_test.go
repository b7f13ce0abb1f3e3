package readout

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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

// dropStylesBeforeAll is dropStylesBefore as it was before nameTitlesBy:
// every style tried before each place of the name.
func dropStylesBeforeAll(text, short string) string {
	for i := 0; ; {
		j := strings.Index(text[i:], short)
		if j < 0 {
			break
		}
		k := i + j
		i = k + len(short)
		for _, w := range royalWords {
			if strings.HasSuffix(text[:k], w) {
				k -= len(w)
				break
			}
		}
		for again := k > 0 && text[k-1] == ' '; again; {
			again = false
			for _, h := range nameTitles {
				if strings.HasSuffix(text[:k], h) && (k == len(h) || text[k-len(h)-1] == ' ' || text[k-len(h)-1] == '\n') {
					text = text[:k-len(h)] + text[k:]
					i -= len(h)
					k -= len(h)
					again = true
					break
				}
			}
		}
	}
	return text
}

// TestDropStylesBeforeByLastByte checks dropStylesBefore, which tries
// only the styles whose byte before their space is the text's, against
// trying them all, for every word of the fixtures and of texts made of
// the styles themselves.
func TestDropStylesBeforeByLastByte(t *testing.T) {
	var texts []string
	for _, fx := range fixtures {
		if b, err := os.ReadFile(filepath.Join("testdata", fx.file)); err == nil {
			texts = append(texts, string(b))
		}
	}
	rng := rand.New(rand.NewPCG(19, 7))
	for range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(nameTitles[rng.IntN(len(nameTitles))])
		}
		texts = append(texts, b.String()+"Roe met "+b.String()+"Roe and Doe.", "Roe "+b.String()+"Roe")
	}
	for _, text := range texts {
		seen := map[string]bool{}
		for _, w := range strings.Fields(text) {
			w = trimWordPunct(w)
			if w == "" || seen[w] {
				continue
			}
			seen[w] = true
			if got, want := dropStylesBefore(text, w), dropStylesBeforeAll(text, w); got != want {
				t.Fatalf("dropStylesBefore(%.80q…, %q) = %.200q, want %.200q", text, w, got, want)
			}
		}
	}
}

// TestAndsAndTos checks andsAndTos against the byte loop it replaces in
// fitSentence, over the sentences of the seed and the fixtures and texts
// made to end with or repeat the words.
func TestAndsAndTos(t *testing.T) {
	texts := []string{"", " to ", "a to ", "a to b", " and ", " and and and to to ", "x and", "to and to", " to  to "}
	if b, err := os.ReadFile(seedPath); err == nil {
		texts = append(texts, splitSentences(string(b))...)
	}
	for _, fx := range fixtures {
		if b, err := os.ReadFile(filepath.Join("testdata", fx.file)); err == nil {
			texts = append(texts, splitSentences(string(b))...)
		}
	}
	for _, s := range texts {
		var ands, tos []int
		for i := 0; i+4 < len(s); i++ {
			if s[i] != ' ' {
				continue
			}
			if strings.HasPrefix(s[i:], " and ") {
				ands = append(ands, i)
			} else if strings.HasPrefix(s[i:], " to ") {
				tos = append(tos, i)
			}
		}
		if a, o := andsAndTos(s, nil, nil); !slices.Equal(a, ands) || !slices.Equal(o, tos) {
			t.Fatalf("andsAndTos(%q) = %v, %v, want %v, %v", s, a, o, ands, tos)
		}
	}
}
