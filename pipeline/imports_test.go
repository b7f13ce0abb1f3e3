package pipeline_test

import (
	"go/build"
	"slices"
	"testing"
)

// The pipeline speaks to feeds and storage through its own interfaces and
// types only; the adapters package converts.
func TestPipelineImportsNeitherFeedsNorStorage(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, banned := range []string{"github.com/readout-bot/readout/feeds", "github.com/readout-bot/readout/storage"} {
		if slices.Contains(pkg.Imports, banned) {
			t.Errorf("pipeline imports %s", banned)
		}
	}
}
