package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func BenchmarkParse(b *testing.B) {
	doc := readSeed(b)
	b.SetBytes(int64(len(doc.Body)))
	b.ReportAllocs()
	// The first parse compiles the package's expressions (lazyRegexp); the
	// benchmark measures the parses after it, as a running daemon makes.
	if _, err := Parse(doc); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// largeInputs are synthetic 1 MiB bodies that stress the parser's loops
// and regular expressions: long runs of markers, abbreviations, amounts,
// nested HTML and one endless line.
func largeInputs(tb testing.TB) map[string]string {
	tb.Helper()
	const size = 1 << 20
	fill := func(unit string) string {
		return strings.Repeat(unit, size/len(unit)+1)[:size]
	}
	seed := ""
	if b, err := os.ReadFile(seedPath); err == nil {
		seed = string(b)
	} else if b, err := os.ReadFile(filepath.Join("testdata", "mofa-beginning.txt")); err == nil {
		seed = string(b)
	} else {
		tb.Fatal(err)
	}
	return map[string]string{
		"repeated readout": fill(seed + "\n"),
		"one line":         fill("Mr. A. B. C. U.S. p.m. 150 million yen to the fund of the 30th anniversary of the "),
		"markers":          fill("(1)\n1.\n- \n1 A\n"),
		"nested html":      fill("<div><ol><li><p>1. x"),
		"wrapped text":     fill("the leaders agreed to continue the close cooperation on a wide range\n"),
		"dots":             fill(". "),
	}
}

func BenchmarkParseLarge(b *testing.B) {
	for name, body := range largeInputs(b) {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := Parse(Document{Body: body}); err != nil && err != ErrEmpty {
					b.Fatal(err)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, fx := range fixtures {
		if b, err := os.ReadFile(filepath.Join("testdata", fx.file)); err == nil {
			f.Add(fx.doc.Title, string(b))
		}
	}
	f.Add("Japan-Cambodia Relations", "1. Outset\n(1)\n- Outline\n150 million yen. 50thyear of")
	f.Add("", "<ol><li><ol><li>(1)</li></ol></li></ol>")
	f.Fuzz(func(t *testing.T, title, body string) {
		r, err := Parse(Document{Title: title, Body: body})
		if err != nil {
			if err != ErrEmpty {
				t.Fatalf("Parse: %v", err)
			}
			return
		}
		for _, s := range r.Sections {
			if len(s.Summary) > maxSummary {
				t.Errorf("summary of %d bytes, want <= %d", len(s.Summary), maxSummary)
			}
			if s.Level != 1 && s.Level != 2 {
				t.Errorf("section level %d, want 1 or 2", s.Level)
			}
		}
		if len(r.KeyPoints) > maxKeyPoints {
			t.Errorf("%d key points, want <= %d", len(r.KeyPoints), maxKeyPoints)
		}
		if utf8.ValidString(body) && !utf8.ValidString(r.Body) {
			t.Errorf("valid input gave invalid UTF-8 body")
		}
	})
}
