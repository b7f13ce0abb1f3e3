package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout-bot/readout/internal/testmain"
)

// mayBeFurniture guards furnitureLine in ExtractHTML and cleanLines, so
// it must be true for every line furnitureLine matches: the edge cases
// of each alternative, and every line of our fixtures and, when present,
// the White House corpus.
func TestMayBeFurnitureCoversFurnitureLine(t *testing.T) {
	edges := []string{
		"Back to top", "BACK TO Press Releases", "Page top", "To the top of the page", "Related Links:",
		"Open a New Window", "Share", "Share this page:", "Tweet", "Print this page", "Facebook",
		"X", "LINE", "Email", "LinkedIn", "WhatsApp", "###", "######", `\###`, `\#####`, "---",
		"--------", "***", "Updates to this page", "Is this page useful? Yes No", "Press release",
		"For Immediate Release", "The White House", "Briefing Room", "Statements and Releases",
		"Office of the Spokesperson", "Readout", "Contents", "Keywords:", "Tags", "Published 14 March 2023",
		"From: Prime Minister's Office", "Archives (2021)", "This was published under the 2019 government",
		"(Photo) Leaders at the summit", "Photo of the two leaders", "Leaders meet (PHOTO: Cabinet Public Affairs)",
		"The leaders (source: MOFA) 2", "A handshake (Courtesy : Embassy)", "Home > News", "Home›Diplomacy",
		"Top » Press", "As stated by the spokesperson:", "The following is attributable to the Spokesperson:",
	}
	for _, l := range edges {
		if !furnitureLine.MatchString(l) {
			t.Errorf("edge case %q is not furniture: the list is stale", l)
		}
	}
	var lines []string
	var files []string
	for _, g := range []string{"testdata/*.txt", "testdata/*.html", "../../shared/corpus/whitehouse/*.md"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(b), "\n") {
			lines = append(lines, normalizeSpace(l))
		}
	}
	// The comparison is of pure functions: under -race, every edge case
	// and 1,000 of the other lines (testmain.Sample); .ci/run runs them all
	// without -race.
	lines = append(edges, testmain.Sample(lines, 1000)...)
	matched := 0
	for _, l := range lines {
		if furnitureLine.MatchString(l) {
			matched++
			if !mayBeFurniture(l) {
				t.Errorf("furnitureLine matches %q, mayBeFurniture says it cannot", l)
			}
		}
	}
	t.Logf("%d lines, %d furniture", len(lines), matched)
}
