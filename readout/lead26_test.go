package readout

import (
	"slices"
	"testing"
)

// TestSeveralMeetingsPage: on a page of several meetings, a section
// headed by the office of the one met names him with his country's
// demonym ("With Finnish Foreign Minister X, the minister discussed …"),
// and the event's city that the paragraph before the first meeting names
// is where they were held.
func TestSeveralMeetingsPage(t *testing.T) {
	r := parseDoc18(t, "PL", "Foreign Minister's meetings on the margins of the OSCE Ministerial Council",
		"On the margins of the OSCE Ministerial Council in Vienna, Minister Radosław Sikorski held several bilateral meetings.",
		"Meeting with the Foreign Minister of Moldova",
		"Minister Sikorski met the Deputy Prime Minister and Minister of Foreign Affairs of Moldova, Mihai Popșoi. They discussed energy security.",
		"Meeting with the Foreign Minister of Finland",
		"With Finnish Foreign Minister Elina Valtonen, the minister discussed the OSCE chairmanship and support for Ukraine.",
		"Meeting with the Foreign Minister of Kazakhstan",
		"Minister Sikorski and Kazakh Foreign Minister Murat Nurtleu discussed transport links between Europe and Central Asia.")
	want := []string{"Radosław Sikorski|PL", "Mihai Popșoi|MD", "Elina Valtonen|FI", "Murat Nurtleu|KZ"}
	if got := principalsOf(r); !slices.Equal(got, want) {
		t.Errorf("principals %q, want %q", got, want)
	}
	if r.Meeting.Location != "Vienna" {
		t.Errorf("place %q, want Vienna", r.Meeting.Location)
	}
	// The lead that opens with the event names its city too.
	r = parseLead1(t, "PL", "On the margins of the OSCE Ministerial Council in Vienna, Minister Radosław Sikorski held several bilateral meetings.")
	if r.Meeting.Location != "Vienna" {
		t.Errorf("place %q, want Vienna", r.Meeting.Location)
	}
}
