package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrickyInsertsNoPanic parses every readout of testdata with phrases
// that broke Parse once inserted where they did ("X will travel to Riyadh
// next week to meet with Y", "X, and  met Y") and a few like them: none
// may panic. (A throwaway run of 73 phrases at six places over 558 files
// found those two; this keeps the kinds.)
func TestTrickyInsertsNoPanic(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every readout of testdata several times")
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.md"))
	if len(files) == 0 {
		t.Skip("no readouts in testdata")
	}
	inserts := []string{" next week", ", and ", " ahead of the summit to be held in Paris", "  ", " (local time)", ", where they met President Ann Lee,"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		body := string(b)
		for _, ins := range inserts {
			for _, at := range []int{strings.Index(body, " met "), strings.Index(body, " to ")} {
				if at < 0 {
					continue
				}
				doc := body[:at] + ins + body[at:]
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s with %q at %d: panic %v", f, ins, at, r)
						}
					}()
					if _, err := Parse(Document{Title: "Meeting", Body: doc, PublisherCountry: "JP"}); err != nil && err != ErrEmpty {
						t.Errorf("%s: %v", f, err)
					}
				}()
			}
		}
	}
}
