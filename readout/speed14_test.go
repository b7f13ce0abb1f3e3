package readout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// speed14Cases are every line and sentence of the samples and the genre
// fixtures, and extra, for the equivalence tests of speed14.go.
func speed14Cases(t *testing.T, extra ...string) []string {
	t.Helper()
	var cases []string
	for _, text := range sampleFiles(t, append(sampleGlobs, "testdata/genre/*.md", "testdata/genre2/*.md", "testdata/genre3/*.md")...) {
		for _, line := range strings.Split(text, "\n") {
			cases = append(cases, line)
			for _, s := range splitSentences(line) {
				cases = append(cases, s, dropOpener(s))
			}
		}
	}
	return append(cases, extra...)
}

// TestOpenerEnd checks openerEnd against openerRE.
func TestOpenerEnd(t *testing.T) {
	n := 0
	for _, s := range speed14Cases(t, "In response, X", "In response,", "In response, ", "In response to this,\tX", "In response to these, X",
		"At the outset, X", "At the outset of the meeting, X", "At the outset of , X", "At the outset of "+strings.Repeat("é", 40)+", X",
		"At the outset of "+strings.Repeat("é", 41)+", X", "At the start of\xff, X", "At the startling, X", "At the onset of it,\n\f\r X",
		"Also,X", "Also ,X", "Also", ",", "", "During the talk, X", "During the talks , X", "Then, \v X", "To conclude, ") {
		want := -1
		if m := openerRE.FindStringIndex(s); m != nil {
			want = m[1]
			n++
		}
		if got := openerEnd(s); got != want {
			t.Errorf("openerEnd(%.80q) = %d, openerRE ends at %d", s, got, want)
		}
	}
	if n < 20 {
		t.Errorf("only %d cases hold an opener", n)
	}
}

// TestReplaceDiscussed checks replaceDiscussed against discussedRE.
func TestReplaceDiscussed(t *testing.T) {
	n := 0
	for _, s := range speed14Cases(t, "had talks on X and exchanged views on Y", "Xhad talks on Y", "had talks on", "had talks onward",
		"had had talks on X", "they had a frank exchange of views regarding Y; exchanged their views about Z", "exchanged views on", "") {
		want := discussedRE.ReplaceAllString(s, "discussed")
		if want != s {
			n++
		}
		if got := replaceDiscussed(s); got != want {
			t.Errorf("replaceDiscussed(%.80q) = %.80q, want %.80q", s, got, want)
		}
	}
	if n < 10 {
		t.Errorf("only %d cases hold a discussion", n)
	}
}

// firstIndexEach is firstIndexUpTo as first written: every sub looked for
// in the whole text.
func firstIndexEach(s string, subs []string, limit int) int {
	best := -1
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best > limit {
		return -1
	}
	return best
}

// TestFirstIndexUpTo checks firstIndexUpTo against firstIndexEach on
// every sample line, for the word lists of the package and every limit
// around their matches.
func TestFirstIndexUpTo(t *testing.T) {
	lists := append(slices.Clone(frameStarts), futureMarkers, tripVerbs, []string{"a", "ab", "b", "ba", "aa"}, nil, []string{""})
	for _, s := range speed14Cases(t, "", "a", "ab", "ba", "aab", "bbbbbba", strings.Repeat("x", 100)+"ab"+strings.Repeat("a", 70)) {
		for _, subs := range lists {
			want := firstIndexEach(s, subs, len(s))
			for _, limit := range []int{len(s), len(s) + 5, 0, want - 1, want, want + 1, want + 3, len(s) / 2} {
				if limit < 0 {
					continue
				}
				if got, want := firstIndexUpTo(s, subs, limit), firstIndexEach(s, subs, limit); got != want {
					t.Fatalf("firstIndexUpTo(%.60q, %q, %d) = %d, want %d", s, subs, limit, got, want)
				}
			}
		}
	}
}

// TestFindTimeDuration checks findTime and findDuration against timeRE and
// durRE on every sample line and edge cases.
func TestFindTimeDuration(t *testing.T) {
	nt, nd := 0, 0
	for _, s := range speed14Cases(t, "at 5:35 p.m.", "x5:35 pm", "5 PM", "from 10.30 AM to noon", "at Noon", "midday", "xnoon", "12:30",
		"for 2 hours", "For approximately 2 hours and 10 minutes", "lasting 40 minutes", "LASTING one HOUR", "laſting 2 hours",
		"of\t90 minutes", "of90 minutes", "for", "of", "form 2 hours", "a meeting of about an hour and a half", "offer 3 hours", "") {
		want := timeRE.FindStringSubmatchIndex(s)
		if want != nil {
			nt++
		}
		if got := findTime(s); !slices.Equal(got, want) {
			t.Errorf("findTime(%.80q) = %v, want %v", s, got, want)
		}
		wantD := durRE.FindStringSubmatch(s)
		if wantD != nil {
			nd++
		}
		if got := findDuration(s); !slices.Equal(got, wantD) {
			t.Errorf("findDuration(%.80q) = %q, want %q", s, got, wantD)
		}
	}
	if nt < 20 || nd < 10 {
		t.Errorf("only %d cases hold a time, %d a duration", nt, nd)
	}
}

// TestMayBeAttachment checks that every line attachmentRE matches passes
// mayBeAttachment, on the samples and labels of every shape.
func TestMayBeAttachment(t *testing.T) {
	n := 0
	for _, s := range speed14Cases(t, "Joint Statement (PDF)", "Joint Statement (PDF) ", "Joint Statement (PDF)\t\r\n", "Annex [Word]",
		"Annex （PDF）", "Annex (PDF) [123KB]", "Annex (PDF) 1.5 MB", "Annex (pdf)1.5mib", "Annex (PDF) [12 \u212ab]", "Annex (xlsx) 3 Gb ",
		"Annex (PDF) [1.5 MB", "Annex (docx", "ab (doc)", "a (doc)") {
		if attachmentRE.MatchString(s) {
			n++
			if !mayBeAttachment(s) {
				t.Errorf("mayBeAttachment(%q) = false; attachmentRE matches it", s)
			}
		}
	}
	if n < 8 {
		t.Errorf("only %d attachments", n)
	}
}

// TestFindFollowOnsSamples checks findFollowOns against followOnRE on every
// sample line and sentence, in its case and in upper case.
func TestFindFollowOnsSamples(t *testing.T) {
	n := 0
	for _, s := range speed14Cases(t, "JOINT STATEMENT", "a Working Dinner", "State Banquet", "guard of honor ceremony", "xjoint statement", "j", "") {
		for _, s := range []string{s, strings.ToUpper(s)} {
			want := followOnRE.FindAllString(s, -1)
			n += len(want)
			if got := findFollowOns(s); !slices.Equal(got, want) {
				t.Errorf("findFollowOns(%.80q) = %q, want %q", s, got, want)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d follow-ons", n)
	}
}

// TestParseDateLineDigits checks that a line without a digit, on which
// parseDateLine no longer runs dateLineRE, gives no date by the expression
// and findDate either.
func TestParseDateLineDigits(t *testing.T) {
	for _, l := range speed14Cases(t, "Published: Monday, March twentieth", "Updated March", "") {
		if len(l) > 60 || strings.ContainsAny(l, "0123456789") {
			continue
		}
		if m := dateLineRE.FindStringSubmatch(l); m != nil {
			if d, ok := findDate(m[1]); ok && d.year != 0 {
				t.Errorf("%q gives the year %d", l, d.year)
			}
		}
	}
}

// mayHoldMoneyByByte is mayHoldMoney as first written, a byte at a time.
func mayHoldMoneyByByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' || c == 'l' && strings.HasPrefix(s[i:], "llion") {
			return true
		}
	}
	return false
}

// TestMayHoldMoney checks mayHoldMoney, eight bytes at a time, against the
// byte-by-byte test on every sample line and sentence and on random
// strings of digits, "l", "llion", letters, bytes next to the digits and
// bytes beyond ASCII.
func TestMayHoldMoney(t *testing.T) {
	cases := speed14Cases(t, "", "1", "million", "abcdefgh", "abcdefg1", "abcdefghllion", "/:;@`{", "é1", "\xff\x80llion")
	parts := []string{"a", "l", "llion", "lli", "0", "9", "/", ":", " ", "é", "\xb0", "\xff", "abcdefgh", "L", "\x2f", "\x3a", "\x6b", "\x6d"}
	rng := rand.New(rand.NewPCG(14, 14))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		for k := 0; k < 8 && k <= len(s); k++ {
			if got, want := mayHoldMoney(s[k:]), mayHoldMoneyByByte(s[k:]); got != want {
				t.Fatalf("mayHoldMoney(%.80q) = %v, want %v", s[k:], got, want)
			}
		}
	}
}
