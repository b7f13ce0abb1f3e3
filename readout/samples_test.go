package readout

import (
	"os"
	"path/filepath"
	"testing"
)

// Sample texts that tests of a hand-written matcher run on, beside their
// own edge cases: the fixtures' and style files' text, and the shared
// corpus and seed when ../shared is present.
var (
	// sampleGlobs are the fixtures, the style files, the corpus and the seed.
	sampleGlobs = []string{"testdata/*.txt", "testdata/*.html", "testdata/styles/*.txt", worldDir + "/*/*.md", corpusDir + "/*.md", seedPath}
	// sampleGlobsNoHTML are sampleGlobs but for the HTML fixtures.
	sampleGlobsNoHTML = []string{"testdata/*.txt", "testdata/styles/*.txt", worldDir + "/*/*.md", corpusDir + "/*.md", seedPath}
)

// sampleFiles returns the text of every file the globs match, in order. A
// glob of ../shared matches nothing when it is absent.
func sampleFiles(t testing.TB, globs ...string) []string {
	t.Helper()
	var out []string
	for _, g := range globs {
		m, _ := filepath.Glob(g)
		for _, f := range m {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	return out
}

// fixtureSources returns the text of every fixture of the parse tests,
// then of the corpus and the seed (when ../shared is present).
func fixtureSources(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, fx := range fixtures {
		out = append(out, sampleFiles(t, filepath.Join("testdata", fx.file))...)
	}
	return append(out, sampleFiles(t, filepath.Join(worldDir, "*", "*.md"), filepath.Join(corpusDir, "*.md"), seedPath)...)
}
