package readout

import "testing"

// TestShortReadoutPluralSubjects: the two principals named by their
// offices together ("The two heads of government", "The counterparts")
// are "Both", as "The two leaders" are, so that a sentence of theirs
// competes for the summary with the pair's names.
func TestShortReadoutPluralSubjects(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The two heads of government discussed the coming summit in Oslo and the trade talks in Lagos.",
			"Both discussed the coming summit in Oslo and the trade talks in Lagos."},
		{"The two heads of state agreed to deepen cooperation on fisheries.",
			"Both will deepen cooperation on fisheries."},
		{"The counterparts exchanged views on the situation in the Balkans.",
			"Both discussed the situation in the Balkans."},
		// Not the two sides: a state's own heads stay.
		{"The heads of delegation signed the minutes.", "The heads of delegation signed the minutes."},
	} {
		if got := shortenFrame(c.in); got != c.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
