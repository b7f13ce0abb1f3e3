package readout

import (
	"strings"
	"testing"
)

// TestAsciiLower checks asciiLower against the copy-and-lower it replaces.
func TestAsciiLower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "AB", "aBc", "the 50th", "The 50TH Anniversary", "ÉtÉ Z", "zZ", "Z", "@[`{"} {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(s); got != string(b) {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, b)
		}
	}
}

// TestJoinLinesAfter checks joinLinesAfter against the concatenation it
// replaces.
func TestJoinLinesAfter(t *testing.T) {
	for _, c := range []struct {
		head  string
		lines []string
	}{
		{"", nil}, {"Title", nil}, {"", []string{"a"}}, {"Title", []string{"a", "", "b"}}, {"T", []string{""}},
	} {
		if got, want := joinLinesAfter(c.head, c.lines), c.head+"\n"+strings.Join(c.lines, "\n"); got != want {
			t.Errorf("joinLinesAfter(%q, %q) = %q, want %q", c.head, c.lines, got, want)
		}
	}
}

// TestHeadingAndText checks that headingAndText gives heading+"\n"+text,
// from the body where it stands there in order, and moves past it.
func TestHeadingAndText(t *testing.T) {
	body := "Lead text.\n1. Outset\nFirst text.\n2. Trade\nSecond text.\nOutset\nnot this"
	at := 0
	for _, c := range []struct {
		heading, text string
		fromBody      bool
	}{
		{"Outset", "First text.", true},
		{"Trade", "Second text.", true},
		{"Outset", "First text.", false}, // before at: not found again
		{"", "not this", true},
		{"Missing", "x", false},
	} {
		before := at
		got := headingAndText(body, &at, c.heading, c.text)
		if want := c.heading + "\n" + c.text; got != want {
			t.Errorf("headingAndText(%q, %q) = %q, want %q", c.heading, c.text, got, want)
		}
		if moved := at != before; moved != c.fromBody {
			t.Errorf("headingAndText(%q, %q) moved from %d to %d, want a move %v", c.heading, c.text, before, at, c.fromBody)
		}
	}
}
