package bot_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/readout-bot/readout/internal/testmain"
	"github.com/readout-bot/readout/readout"
)

// corpusReadout is a readout of ../shared/corpus as the parser reads it.
type corpusReadout struct {
	file string
	r    *readout.Readout
	err  error // the parse failed (ParseMarkdown and Parse are tested in readout/)
}

// corpusSets are the corpora the render tests read: the White House's
// and the world's.
var corpusSets = []string{"../../shared/corpus/whitehouse/*.md", "../../shared/corpus/world/*/*.md"}

// corpusReadouts returns the readouts of the corpus set glob, parsed once
// for all the tests that render them (which only read them); none when
// ../shared is absent. Rendering is pure: under -race a sample of 20 files
// of each set is parsed (testmain.Sample), and .ci/run runs this package
// without -race over every file.
func corpusReadouts(t *testing.T, glob string) []corpusReadout {
	t.Helper()
	all, err := corpusOnce()
	if err != nil {
		t.Fatal(err)
	}
	return all[glob]
}

var corpusOnce = sync.OnceValues(func() (map[string][]corpusReadout, error) {
	all := map[string][]corpusReadout{}
	for _, g := range corpusSets {
		files, err := filepath.Glob(g)
		if err != nil {
			return nil, err
		}
		for _, f := range testmain.Sample(files, 20) {
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			c := corpusReadout{file: f}
			doc, err := readout.ParseMarkdown(src)
			if err != nil {
				c.err = fmt.Errorf("readout.ParseMarkdown fails (tested in readout/): %s: %w", f, err)
			} else if c.r, err = readout.Parse(doc); err != nil {
				c.err = fmt.Errorf("readout.Parse fails (tested in readout/): %s: %w", f, err)
			}
			all[g] = append(all[g], c)
		}
	}
	return all, nil
})
