package readout

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestAsciiLower checks asciiLower against the copy-and-lower it replaces.
func TestAsciiLower(t *testing.T) {
	cases := []string{"", "a", "A", "AB", "aBc", "the 50th", "The 50TH Anniversary", "ÉtÉ Z", "zZ", "Z", "@[`{"}
	// Every byte at every offset of an eight-byte window, after a capital
	// and without one, beside bytes from 0x80.
	for c := range 256 {
		for off := range 9 {
			for _, pad := range []string{"x", "\xff", "Q"} {
				cases = append(cases, strings.Repeat(pad, off)+string([]byte{byte(c)})+strings.Repeat(pad, 16-off))
			}
		}
	}
	for _, s := range cases {
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
	// Without ../shared only the fixtures are read (6 sections found).
	want := 20
	if len(world) == 0 {
		want = 5
	}
	if found < want {
		t.Errorf("only %d sections found in their bodies, want at least %d", found, want)
	}
}

// furnitureLineWhole is furnitureLine as one expression, as it was before
// it was cut in two halves for the backtracker.
const furnitureLineWhole = `(?i)^(?:back to\b.*|page top|to the top(?: of (?:the )?page)?|related links?:?|open a new window|share(?: this(?: page)?)?:?|tweet|print(?: this page)?|facebook|twitter|x|line|email|linkedin|whatsapp|\\?#{3,}|-{3,}|\*{3}|updates to this page.*|is this page useful\?.*|press releases?|for immediate release|the white house|briefing room|statements and releases|office of the (?:vice president|press secretary|spokesperson)|readout|contents|keywords:?|tags:?|published:?\s+\d{1,2} \w+ \d{4}|from:\s.*|archives(?: \(.*\))?|this (?:was published under|is historical material).*|\(photo\).*|photo of\b.*|.*\((?:photo|source|courtesy)\s*:[^)]*\)\s*\d*$|(?:home|top) ?[>›»].*|the (?:below|following) is attributable to .*:|as stated by .*:)$`

// TestFurnitureLineHalves checks that furnitureLine's two halves match
// the lines the whole expression matches: the edge cases of each
// alternative (as TestMayBeFurnitureCoversFurnitureLine lists them, and
// with text around them), and every line of the fixtures, the seed and
// the shared corpus (when present).
func TestFurnitureLineHalves(t *testing.T) {
	whole := regexp.MustCompile(furnitureLineWhole)
	lines := []string{"", "x", "X", "line", "LINE ", "back to", "Back to top", "backto", "page top", "to the top of page",
		"Share this page:", "share:", "###", `\###`, "##", "---", "***", "****", "Published 14 March 2023", "published:  1 May 2020",
		"From: x", "Archives (2021)", "archives", "(Photo) x", "photo of the leaders", "a (photo: x) 12", "a (source : y)",
		"Home > News", "top›x", "Home»", "the below is attributable to x:", "as stated by y:", "readout", "Readouts",
		"office of the press secretary", "The White House", "Is this page useful? No", "updates to this page 2", "\u212Aeywords:"}
	for _, src := range sampleFiles(t, sampleGlobs...) {
		for _, l := range strings.Split(src, "\n") {
			lines = append(lines, l, normalizeSpace(l))
		}
	}
	matched := 0
	for _, l := range lines {
		want := whole.MatchString(l)
		if got := furnitureLine.MatchString(l); got != want {
			t.Errorf("furnitureLine.MatchString(%q) = %v, want %v", l, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 30 {
		t.Errorf("only %d of %d lines are furniture, want at least 30", matched, len(lines))
	}
}
