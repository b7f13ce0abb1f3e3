package readout

import (
	"math/rand/v2"
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

// TestDropPossessives checks dropPossessives against the Replacer it
// stands for, on every sample line and on random strings of the two
// forms' parts.
func TestDropPossessives(t *testing.T) {
	cases := []string{"", "s ", "'s ", "’s ", "X's Y’s Z", "'s 's ", "’s’s s ", "\x99s ", "\x80\x99s "}
	cases = append(cases, scanInputs(t)...)
	parts := []string{"a", " ", "s", "s ", "'", "’", "‘", "\x99", "\xe2\x80", "'s", "’s "}
	rng := rand.New(rand.NewPCG(21, 21))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := dropPossessives(s), possessive.Replace(s); got != want {
			t.Fatalf("dropPossessives(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerText checks lowerText against strings.ToLower on every sample
// line and on random strings of capitals, letters and bytes beyond ASCII
// at every offset of the eight-byte window.
func TestLowerText(t *testing.T) {
	cases := append([]string{"", "A", "Z", "@[`{", "É", "ÉTÉ", "İ", "\xff", "K"}, scanInputs(t)...)
	parts := []string{"a", "A", "Z", "z", " ", "É", "é", "İ", "K", "ſ", "\xff", "\x80", "@", "[", "ABCDEFGH"}
	rng := rand.New(rand.NewPCG(21, 1))
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMayHoldPostNominal checks the form mayHoldPostNominal takes each of
// postNominals to have, and that the replacer leaves every text it turns
// away as it is: the sample lines and random text of commas, spaces,
// capitals and post-nominals.
func TestMayHoldPostNominal(t *testing.T) {
	for _, p := range postNominals {
		if len(p) < 2 || p[0] != ' ' || !('A' <= p[1] && p[1] <= 'Z' || p[1] == '(') || len(p) > 8 {
			t.Errorf("post-nominal %q: not a space, a capital or \"(\" and at most six bytes more", p)
		}
	}
	cases := append([]string{"", ",", ", MP,", "X, GCMG, Y", "X, (MP), Y", "X, M.P., Y", "X,MP,", ", PhD,"}, scanInputs(t)...)
	parts := append([]string{",", " ", ", ", "a", "M", "("}, postNominals...)
	rng := rand.New(rand.NewPCG(21, 3))
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	n := 0
	for _, s := range cases {
		if mayHoldPostNominal(s) {
			continue
		}
		n++
		if got := postNominalCommas.Replace(s); got != s {
			t.Fatalf("mayHoldPostNominal(%q) = false, the replacer gives %q", s, got)
		}
	}
	if n == 0 {
		t.Error("no text turned away")
	}
}
