package readout

import (
	"os"
	"path/filepath"
	"slices"
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
		got, start := headingAndText(body, &at, c.heading, c.text)
		if want := c.heading + "\n" + c.text; got != want {
			t.Errorf("headingAndText(%q, %q) = %q, want %q", c.heading, c.text, got, want)
		}
		if start >= 0 && body[start:start+len(got)] != got || start < 0 && c.fromBody {
			t.Errorf("headingAndText(%q, %q) gives offset %d", c.heading, c.text, start)
		}
		if moved := at != before; moved != c.fromBody {
			t.Errorf("headingAndText(%q, %q) moved from %d to %d, want a move %v", c.heading, c.text, before, at, c.fromBody)
		}
	}
}

// TestSectionCountries checks that a section's countries, read from the
// body's scan, are those a scan of the section itself finds, and the
// body's those of findCountries: on the sections of every readout of the
// fixtures, the seed and the shared corpus (when present), and on names
// that run across a section's ends.
func TestSectionCountries(t *testing.T) {
	body := "Lead on Japan.\n1. Talks with the Republic of\nKorea\nand Cambodia.\n2. Trade\nThe UK and the US$ deal, Viet\nNam."
	c := newSentCache(4)
	at := 0
	for _, s := range []struct{ heading, text string }{
		{"Talks with the Republic of", "Korea\nand Cambodia."}, {"Trade", "The UK and the US$ deal, Viet"}, {"Nam.", ""},
	} {
		if got, want := c.sectionCountries(body, &at, s.heading, s.text), findCountries(s.heading+"\n"+s.text); !slices.Equal(got, want) {
			t.Errorf("sectionCountries(%q, %q) = %q, want %q", s.heading, s.text, got, want)
		}
	}
	if got, want := c.bodyCountries(body), findCountries(body); !slices.Equal(got, want) {
		t.Errorf("bodyCountries = %q, want %q", got, want)
	}

	var docs []Document
	for _, fx := range fixtures {
		b, err := os.ReadFile(filepath.Join("testdata", fx.file))
		if err != nil {
			t.Fatal(err)
		}
		d := fx.doc
		d.Body = string(b)
		docs = append(docs, d)
	}
	world, _ := filepath.Glob(filepath.Join(worldDir, "*", "*.md"))
	wh, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	for _, f := range append(world, wh...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := ParseMarkdown(b); err == nil {
			docs = append(docs, d)
		}
	}
	if b, err := os.ReadFile(seedPath); err == nil {
		docs = append(docs, Document{Body: string(b)})
	}
	found := 0
	for _, d := range docs {
		r, err := Parse(d)
		if err != nil {
			continue
		}
		c, at := newSentCache(16), 0
		for _, s := range r.Sections {
			before := at
			if got, want := c.sectionCountries(r.Body, &at, s.Heading, s.Text), findCountries(s.Heading+"\n"+s.Text); !slices.Equal(got, want) {
				t.Errorf("%.40q: section %q: countries %q, want %q", d.Title, s.Heading, got, want)
			}
			if at != before {
				found++
			}
		}
		if got, want := c.bodyCountries(r.Body), findCountries(r.Body); !slices.Equal(got, want) {
			t.Errorf("%.40q: bodyCountries = %q, want %q", d.Title, got, want)
		}
	}
	if found < 20 {
		t.Errorf("only %d sections found in their bodies, want at least 20", found)
	}
}
