package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuickSets checks that each quickSet answers as its map, for the
// map's own words and for every word of the fixtures, as written and with
// their punctuation trimmed.
func TestQuickSets(t *testing.T) {
	sets := map[string]*quickSet{
		"topicHeads": topicHeadSet, "titleVocab": titleVocabSet, "commonCaps": commonCapSet,
		"nameStyleAbbrevs": nameStyleAbbrevSet, "particles": particleSet, "headWords": headWordSet,
	}
	words := []string{"", "a", "of", "the", "The", "security", "Security", "von", "Prime", "Minister", "Dr", "Dr.", "é", "ab\xff"}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "styles", "*.txt"))
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			words = append(words, w, trimWordPunct(w))
		}
	}
	for name, q := range sets {
		for w := range q.words {
			if !q.has(w) {
				t.Errorf("%s: has(%q) = false, the map holds it", name, w)
			}
		}
		for _, w := range words {
			if q.has(w) != q.words[w] {
				t.Errorf("%s: has(%q) = %v, the map says %v", name, w, q.has(w), q.words[w])
			}
		}
	}
	if !particleSet.has("von") || !particleSet.has("es") || particleSet.has("Von") {
		t.Error("particleSet is not nameParticles and placeParticles")
	}
}
