package readout

import (
	"regexp"
	"strings"
	"testing"
)

// wordAltsCases are the texts after every digit of the samples (as
// scanMoney reads them, 40 bytes, and lower-cased as it reads them for a
// scale word), and each word of alts alone, with and without a space
// before it, at a text's end, before other bytes, cut short and with each
// of its bytes changed.
func wordAltsCases(t *testing.T, alts wordAlts) []string {
	t.Helper()
	var cases []string
	for _, line := range speed14Cases(t) {
		for i := 0; i < len(line); i++ {
			if isDigit(line[i]) || line[i] == ' ' {
				w := line[i+1 : min(len(line), i+41)]
				cases = append(cases, w, lowerText(w))
			}
		}
	}
	after := []string{"", " ", ".", ",", "s", "S", "_", "0", "é", "\xff", "-", " of", "s of"}
	for _, a := range alts {
		for _, before := range []string{"", " ", "  ", "\t", "x", "x "} {
			for _, b := range after {
				cases = append(cases, before+a+b, before+lowerText(a)+b, before+strings.ToUpper(a)+b, before+a[:len(a)-1]+b)
			}
			for k := range len(a) {
				for _, c := range []byte{a[k] ^ 0x20, a[k] + 1, ' ', '.'} {
					changed := a[:k] + string(c) + a[k+1:]
					cases = append(cases, before+changed, before+changed+" x")
				}
			}
		}
	}
	return cases
}

// TestWordAlts checks each wordAlts against the expression it replaced,
// submatch 0 and 1, on every case.
func TestWordAlts(t *testing.T) {
	for _, tc := range []struct {
		alts wordAlts
		re   string
	}{
		{multiplierWords, `^ ?(million|billion|trillion|thousand|bn|mn|m|k)\b`},
		{suffixWords, `^ ?(Australian dollars|Canadian dollars|New Zealand dollars|Hong Kong dollars|Singapore dollars|U\.S\. dollars|US dollars|dollars|yen|euros?|pounds sterling|pounds|yuan|renminbi|won|rupees|Swiss francs|USD|JPY|EUR|GBP|AUD|CAD|CNY|KRW|INR)\b`},
		{pledgeSuffixWords, `^ ?(Eastern Caribbean dollars|CFA francs|Danish kroner|Norwegian kroner|Swedish kronor|Icelandic kronur|kronor|rand|naira|ringgit|rupiah|baht|dirhams|riyals|kwacha|tenge|taka|DKK|SEK|NOK|ISK|XAF|XOF|ZAR|AED|QAR|KES|NGN|IDR|MYR|THB|MWK)\b`},
	} {
		re := regexp.MustCompile(tc.re)
		found := 0
		for _, s := range wordAltsCases(t, tc.alts) {
			var want []string
			if m := re.FindStringSubmatch(s); m != nil {
				want = m
				found++
			}
			whole, word, ok := tc.alts.match(s)
			var got []string
			if ok {
				got = []string{whole, word}
			}
			if strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
				t.Errorf("%s on %q: got %q, want %q", tc.re, s, got, want)
			}
		}
		if found < len(tc.alts) {
			t.Errorf("%s: only %d matches in the cases", tc.re, found)
		}
	}
}

func TestNewWordAltsPanics(t *testing.T) {
	for _, bad := range []string{"", " yen", "yen ", "$"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("newWordAlts(%q) did not panic", bad)
				}
			}()
			newWordAlts(bad)
		}()
	}
}

// TestVisitGates checks dropOccasionVisit and dropVisitClause against
// the rules they gate, on every sample sentence and on asides that each
// rule drops, with the gate's phrase at the text's end, cut short and with
// a byte changed.
func TestVisitGates(t *testing.T) {
	parties := map[string]bool{"JP": true, "KH": true}
	asides := []string{
		"X met Y, on the occasion of his official visit to the country.",
		"X met Y, during her working visit to Japan.",
		"X met Y, as part of his official visit to Cambodia.",
		"X met Y, on the occasion of their state visit to Japan.",
		"X met Y, who is on an official visit to Japan.",
		"X met Y, who is visiting the country, and they talked.",
		"X met Y, who arrived on an official visit.",
		"X met Y, who arrived in Tokyo on a working visit.",
		"X met Y, who is currently visiting Cambodia.",
	}
	var cases []string
	for _, a := range asides {
		cases = append(cases, a)
		for _, gate := range []string{"visit to ", "visit"} {
			k := strings.Index(a, gate)
			if k < 0 {
				continue
			}
			cases = append(cases, a[:k+len(gate)], a[:k+len(gate)-1], a[:k+len(gate)-1]+"."+a[k+len(gate):])
			for j := k; j < k+len(gate); j++ {
				cases = append(cases, a[:j]+string(a[j]^0x20)+a[j+1:], a[:j]+"x"+a[j+1:])
			}
		}
	}
	cases = append(speed14Cases(t), cases...)
	dropped := 0
	for _, s := range cases {
		if got, want := dropOccasionVisit(s, parties), dropOccasionVisitRead(s, parties); got != want {
			t.Errorf("dropOccasionVisit(%q) = %q, the rule gives %q", s, got, want)
		} else if got != s {
			dropped++
		}
		if got, want := dropVisitClause(s, parties), dropVisitClauseRead(s, parties); got != want {
			t.Errorf("dropVisitClause(%q) = %q, the rule gives %q", s, got, want)
		} else if got != s {
			dropped++
		}
	}
	if dropped < len(asides) {
		t.Errorf("only %d asides dropped of the cases, want at least %d", dropped, len(asides))
	}
}

// TestMayMoney checks that what the cache remembers of findMoney gives
// mayHoldMoney, for sentences it has read and those it has not.
func TestMayMoney(t *testing.T) {
	c := newSentCache(8)
	cases := speed14Cases(t, "about 5", "half a billion dollars", "a million", "no money here", "", "1", "illion")
	for i, s := range cases {
		if i%2 == 0 {
			c.findMoney(s)
		}
		if got, want := c.mayMoney(s), mayHoldMoney(s); got != want {
			t.Errorf("mayMoney(%q) = %v, mayHoldMoney %v", s, got, want)
		}
	}
	var nilCache *sentCache
	if !nilCache.mayMoney("5 yen") || nilCache.mayMoney("yen") {
		t.Error("a nil cache's mayMoney is not mayHoldMoney")
	}
}

// TestCurrencyPrefixLastBytes checks scanMoney's test of the byte before
// an amount: each currency written before an amount is read, with a
// space or none, at a text's start and after words; cut short or with its
// last byte changed it is not.
func TestCurrencyPrefixLastBytes(t *testing.T) {
	for _, p := range pledgePrefixes {
		for _, text := range []string{p + "5 million", "Japan gives " + p + " 5 million.", "(" + p + "5)"} {
			ms := scanMoney(text, true)
			if len(ms) != 1 || ms[0].currency == "" {
				t.Errorf("scanMoney(%q) = %v, want one amount", text, ms)
			}
		}
		for _, q := range []string{p[:len(p)-1], p[:len(p)-1] + "q"} {
			text := "Japan gives " + q + "5 widgets."
			if _, ok := pledgeCurrencyCodes[lowerText(q)]; ok {
				continue
			}
			if _, ok := currencyCodes[lowerText(q)]; ok {
				continue
			}
			if ms := scanMoney(text, true); len(ms) != 0 {
				t.Errorf("scanMoney(%q) = %v, want none", text, ms)
			}
		}
	}
}

// TestUncoveredAfter checks uncoveredAfter against uncoveredOf of the
// two texts joined, for mentions at either text's end, cut short, with a
// byte changed, written with a curly apostrophe or a no-break space, and
// one holding a line break that straddles the two.
func TestUncoveredAfter(t *testing.T) {
	words := []string{"food security", "security", "Japan", "de Gaulle’s Appel", "no\u00a0break", "line\nbreak", "x"}
	var ms []mention
	for _, w := range words {
		for _, v := range []string{w, w[:len(w)-1], w[:len(w)-1] + "q", strings.ToUpper(w[:1]) + w[1:]} {
			ms = append(ms, mention{text: v, fold: foldMention(v)})
		}
	}
	texts := []string{"", "x", "line", "They discussed food security", "de Gaulle's Appel and Japan", "no break", "no\u00a0break", "Security."}
	mores := []string{"x", "break and Japan", "security", "the de Gaulle’s Appel", "Line", "japan"}
	checked := 0
	for _, text := range texts {
		for _, more := range mores {
			all := make([]*mention, len(ms))
			for i := range ms {
				all[i] = &ms[i]
			}
			want := uncoveredOf(all, text+"\n"+more)
			got := uncoveredAfter(uncoveredOf(all, text), text, more)
			if len(got) != len(want) {
				t.Errorf("%q, %q: %d uncovered, want %d", text, more, len(got), len(want))
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%q, %q: uncovered %d is %q, want %q", text, more, i, got[i].text, want[i].text)
				}
			}
			checked += len(ms) - len(want)
		}
	}
	if checked == 0 {
		t.Error("no mention was covered in any case")
	}
}
