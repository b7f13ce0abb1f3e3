package bot

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Japan-Cambodia Summit Meeting", "Japan-Cambodia Summit Meeting"},
		{"control characters", "a & b < c > d", "a &amp; b &lt; c &gt; d"},
		{"special mention", "<!channel> hello", "&lt;!channel&gt; hello"},
		{"user mention", "ping <@U123>", "ping &lt;@U123&gt;"},
		{"link", "<https://evil.example|bank>", "&lt;https://evil.example|bank&gt;"},
		{"already escaped stays visible", "&lt;!here&gt;", "&amp;lt;!here&amp;gt;"},
		{"here", "@here now", "@\u200dhere now"},
		{"channel upper case", "@CHANNEL", "@\u200dCHANNEL"},
		{"everyone", "tell @everyone", "tell @\u200deveryone"},
		{"ordinary at", "contact info@mofa.go.jp", "contact info@mofa.go.jp"},
		{"at end", "a@", "a@"},
		{"CRLF", "one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"controls dropped", "bell\a null\x00 tab\tok", "bell null tab\tok"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"non-ASCII kept", "Phnom Penh — ¥150 million, 日本", "Phnom Penh — ¥150 million, 日本"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("%s: Escape(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// liveMention matches text that Slack would read as a mention, a broadcast
// or a link.
var liveMention = regexp.MustCompile(`(?i)[<>]|@(here|channel|everyone)`)

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"<!channel>", "@here", "a&b", "<@U1|x>", "@\u200dhere", "\xff@everyone", "&lt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Escape(s)
		if liveMention.MatchString(e) {
			t.Errorf("Escape(%q) = %q: still live", s, e)
		}
		if !utf8.ValidString(e) {
			t.Errorf("Escape(%q) = %q: invalid UTF-8", s, e)
		}
		if utf8.ValidString(s) && !strings.ContainsAny(s, "\r\u200d") && !hasControl(s) {
			if got := strings.ReplaceAll(unescape(e), zwj, ""); got != s {
				t.Errorf("unescape(Escape(%q)) = %q, want the input back", s, got)
			}
		}
		for _, max := range []int{0, 1, 2, 5, 40} {
			if got, want := prefixFitting(s, max), prefixFittingRuneByRune(s, max); got != want {
				t.Errorf("prefixFitting(%q, %d) = %d, rune by rune %d", s, max, got, want)
			}
			got, cut := fit(s, max)
			if n := utf8.RuneCountInString(got); n > max {
				t.Errorf("fit(%q, %d) = %q: %d characters", s, max, got, n)
			}
			if cut != (got != e) {
				t.Errorf("fit(%q, %d) = %q, cut %v: wrong cut flag", s, max, got, cut)
			}
			if liveMention.MatchString(got) {
				t.Errorf("fit(%q, %d) = %q: live", s, max, got)
			}
		}
	})
}

// prefixFittingRuneByRune is prefixFitting without its ASCII fast path:
// escapedCost for every rune.
func prefixFittingRuneByRune(raw string, max int) int {
	cost := 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[i:])
		c := escapedCost(r, raw[i+size:])
		if cost+c > max {
			return i
		}
		cost += c
		i += size
	}
	return len(raw)
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
			return true
		}
	}
	return false
}

func TestFit(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
		cut  bool
	}{
		{"short", 10, "short", false},
		{"exactly ten", 11, "exactly ten", false},
		{"Japan will help the port become a hub", 20, "Japan will help the…", true},
		{"Japan will help, the port", 17, "Japan will help…", true},
		{"a & b & c & d", 10, "a &amp; b…", true},
		{"x&y", 4, "x…", true},
		{"Supercalifragilistic", 8, "Superca…", true},
		{"abc", 1, "…", true},
		{"abc", 0, "", true},
	}
	for _, tt := range tests {
		got, cut := fit(tt.in, tt.max)
		if got != tt.want || cut != tt.cut {
			t.Errorf("fit(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.cut)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://www.mofa.go.jp/page.html", "https://www.mofa.go.jp/page.html", true},
		{"  http://example.gov/a?b=c&d=e  ", "http://example.gov/a?b=c&d=e", true},
		{"HTTPS://Example.gov/", "https://Example.gov/", true},
		{"javascript:alert(1)", "", false},
		{"mailto:press@example.gov", "", false},
		{"/relative/path", "", false},
		{"//example.gov/x", "", false},
		{"https://user:pass@example.gov/", "", false},
		{"https://example.gov/a b", "", false},
		{"https://example.gov/\n", "https://example.gov/", true},
		{"https://example.gov/\x00", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := safeURL(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("safeURL(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLink(t *testing.T) {
	tests := []struct {
		url, label, want string
	}{
		{"https://www.mofa.go.jp/files/js.pdf", "Joint Statement (PDF)", "<https://www.mofa.go.jp/files/js.pdf|Joint Statement (PDF)>"},
		{"https://x.example/a?b=1&c=<2>|3", "A & B", "<https://x.example/a?b=1&amp;c=%3C2%3E%7C3|A &amp; B>"},
		{"javascript:alert(1)", "<!channel>", "&lt;!channel&gt;"},
		{"", "Joint Statement", "Joint Statement"},
	}
	for _, tt := range tests {
		if got := link(tt.url, tt.label); got != tt.want {
			t.Errorf("link(%q, %q) = %q, want %q", tt.url, tt.label, got, tt.want)
		}
	}
}

func ExampleEscape() {
	fmt.Printf("%q\n", Escape("<!channel> Q&A with @here <https://evil.example|bank>"))
	// Output: "&lt;!channel&gt; Q&amp;A with @\u200dhere &lt;https://evil.example|bank&gt;"
}
