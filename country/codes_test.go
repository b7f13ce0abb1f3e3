package country

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAppendCodesLastCode checks AppendCodes, LastCode and AppendMentions
// against Codes and Find, which they shortcut, over the finder's own cases, the fixture, the
// shared seed and corpus when present, and each of their lines.
func TestAppendCodesLastCode(t *testing.T) {
	texts := []string{"", "Japan", "the U.S.", "US$50 million", "Japan and Japan, then Cambodia and Japan",
		"the Republic of\nKorea", "South China Sea"}
	if b, err := os.ReadFile("testdata/japan-vietnam-foreign-ministers.txt"); err == nil {
		texts = append(texts, string(b))
	} else {
		t.Fatal(err)
	}
	shared, _ := filepath.Glob("../../shared/corpus/*/*.md")
	more, _ := filepath.Glob("../../shared/corpus/world/*/*.md")
	shared = append(append(shared, more...), seedPath)
	for _, f := range shared {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range slices.Clone(texts) {
		texts = append(texts, strings.Split(text, "\n")...)
	}
	for _, text := range texts {
		ms := Find(text)
		if got, want := AppendCodes(nil, text), Codes(ms); !slices.Equal(got, want) {
			t.Errorf("AppendCodes(nil, %.60q) = %q, want %q", text, got, want)
		}
		if got := AppendMentions([]Mention{{Code: "XX"}}, text); len(got) != len(ms)+1 || got[0].Code != "XX" || !slices.Equal(got[1:], ms) {
			t.Errorf("AppendMentions(%.60q) = %v, want %v after the first", text, got, ms)
		}
		want := ""
		if len(ms) > 0 {
			want = ms[len(ms)-1].Code
		}
		if got := LastCode(text); got != want {
			t.Errorf("LastCode(%.60q) = %q, want %q", text, got, want)
		}
	}
	if got, want := AppendCodes([]string{"KH", "FR"}, "Japan and Cambodia"), []string{"KH", "FR", "JP"}; !slices.Equal(got, want) {
		t.Errorf("AppendCodes onto a list = %q, want %q", got, want)
	}
}
