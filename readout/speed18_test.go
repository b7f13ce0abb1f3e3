package readout

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The tests that the digit scans of session 16 (nextDigit) answer as the
// byte-by-byte loops they replace, and trimPunct as strings.TrimRight.

func hasDayRangeByByte(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !isDigit(s[i]) || isDigit(s[i+1]) {
			continue
		}
		rest := s[i+1:]
		switch {
		case strings.HasPrefix(rest, " to "):
			rest = rest[4:]
		case strings.HasPrefix(rest, "-"):
			rest = rest[1:]
		case strings.HasPrefix(rest, "–"):
			rest = rest[len("–"):]
		default:
			continue
		}
		if rest != "" && isDigit(rest[0]) || len(rest) > 3 && isUpperByte(rest[0]) && strings.Contains(rest[:min(len(rest), 14)], " ") {
			return true
		}
	}
	return false
}

func hasClockTimeByByte(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == ':' || s[i] == '.') && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func nextDigitByByte(s string, i int) int {
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return len(s)
}

// digitSamples are the fixtures' lines and random strings of digits,
// separators, letters and multi-byte characters.
func digitSamples(t *testing.T) []string {
	var out []string
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	styles, _ := filepath.Glob(filepath.Join("testdata", "styles", "*.txt"))
	for _, f := range append(files, styles...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Split(string(b), "\n")...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"1", "12", "3", ":", ".", "-", "–", " to ", " ", "a", "March", "p.m.", "é", "\xff", "0", "9", "/"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestDigitScans(t *testing.T) {
	for _, s := range digitSamples(t) {
		for i := 0; i <= len(s); i++ {
			if g, w := nextDigit(s, i), nextDigitByByte(s, i); g != w {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, g, w)
			}
		}
		if g, w := hasDayRange(s), hasDayRangeByByte(s); g != w {
			t.Errorf("hasDayRange(%q) = %v, want %v", s, g, w)
		}
		if g, w := hasClockTime(s), hasClockTimeByByte(s); g != w {
			t.Errorf("hasClockTime(%q) = %v, want %v", s, g, w)
		}
	}
}

func TestTrimPunct(t *testing.T) {
	for _, s := range append(digitSamples(t), "", ".", "a.,;:", ",,", "U.S.", "é;", ";x") {
		for _, w := range append(strings.Fields(s), s) {
			if g, want := trimPunct(w), strings.TrimRight(w, ",.;:"); g != want {
				t.Errorf("trimPunct(%q) = %q, want %q", w, g, want)
			}
		}
	}
}
