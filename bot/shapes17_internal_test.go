package bot

import (
	"slices"
	"testing"

	"github.com/readout-bot/readout/readout"
)

// TestShapes17QuestionHeading: a section headed by a question runs into
// its summary without a colon; other headings keep theirs.
func TestShapes17QuestionHeading(t *testing.T) {
	tests := []struct {
		heading, summary, want string
	}{
		{"What was agreed?", "The ministers agreed on a new air services agreement.", "What was agreed? The ministers agreed on a new air services agreement."},
		{"Energy cooperation", "The two sides welcomed the first export of power.", "Energy cooperation: The two sides welcomed the first export of power."},
	}
	for _, tt := range tests {
		if got := sectionLine(tt.heading, tt.summary, "", 300).plain; got != tt.want {
			t.Errorf("sectionLine(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}

// TestShapes17PartHeadings: numbered paragraphs under a part's heading
// with no text of its own ("Our region" / "3. …" / "4. …") are that
// part's; those before any heading, and those after a heading with text,
// stand alone.
func TestShapes17PartHeadings(t *testing.T) {
	secs := []readout.Section{
		{Number: "1", Level: 1, Text: "The ministers met in Valletta."},
		{Heading: "Maritime affairs", Level: 1},
		{Number: "2", Level: 1, Text: "They agreed on port investment."},
		{Number: "3", Level: 1, Text: "They agreed on fisheries."},
		{Heading: "Energy", Level: 1, Text: "They discussed a cable."},
		{Number: "4", Level: 1, Text: "They will meet again."},
	}
	var got []string
	for _, g := range groupSections(secs) {
		s := "-"
		if g.top != nil {
			s = g.top.Number + g.top.Heading
		}
		for _, sub := range g.subs {
			s += "/" + sub.Number
		}
		got = append(got, s)
	}
	want := []string{"1", "Maritime affairs/2/3", "Energy", "4"}
	if !slices.Equal(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
}
