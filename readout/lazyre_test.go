package readout

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every expression of the package compiles, and parsing a readout makes
// none: lazyRegexp is for package-level expressions only, since each one it
// makes stays in lazyREs.
func TestRegexpsCompile(t *testing.T) {
	n := len(lazyREs)
	if n < 50 {
		t.Fatalf("only %d expressions registered: are the package's regexps made with lazyRegexp?", n)
	}
	for _, l := range lazyREs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("expression %q: %v", l.src, r)
				}
			}()
			l.get()
		}()
	}
	for _, f := range fixtures {
		loadFixture(t, f.file, f.doc)
	}
	if len(lazyREs) != n {
		t.Errorf("parsing made %d expressions; make them at package level", len(lazyREs)-n)
	}
}

// TestFirstBytes checks firstBytes on expressions of each kind: a text
// it says cannot match must not match.
func TestFirstBytes(t *testing.T) {
	tests := []struct {
		src      string
		anchored bool     // firstBytes is not nil
		misses   []string // texts it rules out
		may      []string // texts it must not rule out (each matches)
	}{
		{src: `^(?:They|The two)\b`, anchored: true, misses: []string{"", "the two", "A"}, may: []string{"They met", "The two"}},
		{src: `(?i)^k`, anchored: true, misses: []string{"x"}, may: []string{"k", "K", "\u212a"}},
		{src: `^\p{L}`, anchored: true, misses: []string{"1", " a"}, may: []string{"a", "é"}},
		{src: `^.`, anchored: true, misses: []string{""}, may: []string{"\xff", "a"}},
		{src: `^[^a]`, anchored: true, misses: []string{"a"}, may: []string{"b", "\xc3\xa9"}},
		{src: `^[(（](\d)`, anchored: true, misses: []string{"1"}, may: []string{"(1", "（1"}},
		{src: `^\s*of`, anchored: true, misses: []string{"x of"}, may: []string{"of", "  of"}},
		{src: `^a?`, anchored: false, may: []string{"", "b"}},
		{src: `^$`, anchored: false, may: []string{""}},
		{src: `(?m)^a`, anchored: false, may: []string{"b\na"}},
		{src: `a|^b`, anchored: false, may: []string{"xa"}},
		{src: `\bof\b`, anchored: false, may: []string{"a of b"}},
	}
	for _, tt := range tests {
		first := firstBytes(tt.src)
		if (first != nil) != tt.anchored {
			t.Errorf("firstBytes(%q) = %v, want a set %v", tt.src, first, tt.anchored)
		}
		c := &compiledRE{re: regexp.MustCompile(tt.src), first: first}
		for _, s := range tt.misses {
			if !c.misses(s) {
				t.Errorf("%q: %q not ruled out", tt.src, s)
			}
		}
		for _, s := range tt.may {
			if c.misses(s) || !c.re.MatchString(s) {
				t.Errorf("%q: %q ruled out or not a match", tt.src, s)
			}
		}
	}
}

// TestLastLiteral checks lastLiteral on expressions of each kind: a text
// that does not end with the literal must not match.
func TestLastLiteral(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`(?:Mr\.|Dr\.) ([A-Z]\w+), $`, ", "},
		{`^(.+?)\s+Relations$`, "Relations"},
		{`(?i)said:$`, ""},
		{`(?m)a$`, ""},
		{`a|b$`, ""},
		{`\s*[(（](?:Summary)[)）]$`, ""},
		{`ab`, ""},
		{`x$`, "x"},
	} {
		if got := lastLiteral(tt.src); got != tt.want {
			t.Errorf("lastLiteral(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
	c := &compiledRE{re: regexp.MustCompile(`(?:Mr\.|Dr\.) ([A-Z]\w+), $`), suffix: ", "}
	for s, match := range map[string]bool{"H.E. Mr. Lavrov, ": true, "Mr. Lavrov,": false, "Mr. Lavrov, Sergey": false} {
		if c.misses(s) == match || c.re.MatchString(s) != match {
			t.Errorf("%q: misses %v, matches %v, want a match %v", s, c.misses(s), c.re.MatchString(s), match)
		}
	}
}

// TestLazyREMisses checks, for every expression of the package, that no
// text it rules out by its first byte holds a match: the seed's and the
// fixtures' lines and sentences, their tails from each space, and each
// with every byte put before it.
func TestLazyREMisses(t *testing.T) {
	texts := []string{""}
	add := func(s string) {
		texts = append(texts, s)
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' {
				texts = append(texts, s[i+1:])
			}
		}
	}
	sources := []string{}
	if b, err := os.ReadFile(seedPath); err == nil {
		sources = append(sources, string(b))
	}
	for _, fx := range fixtures {
		b, err := os.ReadFile(filepath.Join("testdata", fx.file))
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, string(b))
	}
	for _, src := range sources {
		for _, l := range strings.Split(src, "\n") {
			add(l)
			for _, s := range splitSentences(l) {
				add(s)
			}
		}
	}
	for b := 0; b < 256; b++ {
		texts = append(texts, string([]byte{byte(b)})+"1) Japan", string([]byte{byte(b)})+"of the")
	}
	checked := 0
	for _, l := range lazyREs {
		c := l.compiled()
		if c.first == nil && c.suffix == "" {
			continue
		}
		checked++
		for _, s := range texts {
			if c.misses(s) && c.re.FindStringIndex(s) != nil {
				t.Errorf("%q rules out %q, which it matches", l.src, s)
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d expressions anchored at the start, want at least 10", checked)
	}
}
