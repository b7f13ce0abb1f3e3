package country

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFirstMention checks FirstMention against Find's first mention on
// every line of the shared corpus and the seed (when present) and of the
// test data, read from each word of the line's start on, for several
// offsets.
func TestFirstMention(t *testing.T) {
	var files []string
	for _, g := range []string{"../../shared/corpus/whitehouse/*.md", "../../shared/corpus/world/*/*.md", "../../shared/seed/*.txt", "testdata/*"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	lines := []string{"the United States Secretary", "the United States", "The Japan", "Japan", "South China Sea and China",
		"the South China Sea", "thé Japan", "US$150 million from the US", "McJapan Japan", "the  Japan", ""}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	n := 0
	for _, line := range lines {
		for k := 0; k < min(len(line), 160); k++ {
			if k > 0 && line[k-1] != ' ' {
				continue
			}
			s := line[k:]
			ms := Find(s)
			for _, last := range []int{0, 4, 12, 60} {
				m, ok := FirstMention(s, last)
				want := len(ms) > 0 && ms[0].Start <= last
				if ok != want || ok && m != ms[0] {
					t.Fatalf("FirstMention(%.60q, %d) = %+v, %v; Find's first %v", s, last, m, ok, ms)
				}
				if ok {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no line opens with a country")
	}
}
