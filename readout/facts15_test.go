package readout

import (
	"slices"
	"testing"
)

// TestPostUnits: what a post of a readout of one section may name, by
// which the sentences tried as its summary are weighed: the principals
// and sides, the mentions and every item of a list of topics, the
// genre's matters or not ("labour mobility", "seasonal work").
func TestPostUnits(t *testing.T) {
	sents := []string{
		"Tane hosted Whipps of Palau at the State House in Suva.",
		"The two leaders held talks on ocean mapping, labour mobility, seasonal work and tuna stocks.",
		"Whipps thanked Fiji for hosting the Forum Economic Ministers Meeting.",
	}
	sp := speakers{cover: coverage{keys: [][]string{{"Tane"}, {"Whipps"}, {"Palau", "Palauan"}}}}
	units := postUnits(sents, sp)
	var flat []string
	for _, u := range units {
		flat = append(flat, u[0])
	}
	for _, w := range []string{"Whipps", "Palau", "ocean mapping", "labour mobility", "seasonal work", "tuna stocks"} {
		if !slices.Contains(flat, w) {
			t.Errorf("postUnits: %q not among %q", w, flat)
		}
	}
	meeting := coveredBy(units, "Tane hosted Whipps of Palau.", []string{"Also: Suva, Fiji."})
	topics := coveredBy(units, "Tane and Whipps of Palau held talks on ocean mapping, labour mobility, seasonal work and tuna stocks.", nil)
	if topics < meeting+2 {
		t.Errorf("coveredBy: the post of the topics names %d, the post of the meeting %d", topics, meeting)
	}
	if got := listTopics(sents[1]); !slices.Equal(got, []string{"ocean mapping", "labour mobility", "seasonal work", "tuna stocks"}) {
		t.Errorf("listTopics = %q", got)
	}
}

// TestPlainSummary: a sentence tried as the summary of a readout of one
// section must read on its own.
func TestPlainSummary(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Tane and Whipps held talks on ocean governance and labour mobility.", true},
		{"It followed stops in Hawaii, where the delegation met senior officials.", false},
		{"\"The security of Europe and of the Pacific cannot be separated.", false},
		{"Together we want a stronger Europe,\" said the Minister after the meeting.", false},
		{"Lithuanian: Moldova's success is a success for the region.", false},
		{"Suva, 3 March 2025.", false},
		{"This was the first visit by a minister in a decade.", false},
		{"So: Tajani after meeting the Minister of Investment at the Business Forum.", false},
		{"Tane and Whipps: Their officials will meet again in June.", true},
	} {
		if got := plainSummary(c.in); got != c.want {
			t.Errorf("plainSummary(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestStylesWithoutStops: the styles written without full stops ("the
// Rt Hon", "the Honourable", "His Excellency") go from a summary as
// "The Rt. Hon." does.
func TestStylesWithoutStops(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Secretary-General, the Rt Hon Sample, welcomed the Honourable Doe to London.",
			"The Secretary-General, Sample, welcomed Doe to London."},
		{"The Honourable Roe spoke with His Excellency Doe of Peru.", "Roe spoke with Doe of Peru."},
		// Before an office, not a name, they stay.
		{"Roe met His Excellency the Ambassador of Peru.", "Roe met His Excellency the Ambassador of Peru."},
	} {
		if got := dropNameStyles(c.in); got != c.want {
			t.Errorf("dropNameStyles(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestCloseList: a list that a cut left open is closed with "and".
func TestCloseList(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Roe and Doe held talks on border security, labour mobility", "Roe and Doe held talks on border security and labour mobility"},
		{"Roe and Doe discussed trade, fisheries, tourism", "Roe and Doe discussed trade, fisheries and tourism"},
		// Names, a clause, or a list already closed stay.
		{"Roe met Doe, Poe", "Roe met Doe, Poe"},
		{"Roe met Doe in Lima, where they signed a plan", "Roe met Doe in Lima, where they signed a plan"},
		{"Roe discussed trade and fisheries, tourism", "Roe discussed trade and fisheries, tourism"},
	} {
		if got := closeList(c.in); got != c.want {
			t.Errorf("closeList(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestBothOfficials: "Both officials agreed …" is "Both will …", whose
// "Both" the principals' names replace, not "Roe and Doe officials".
func TestBothOfficials(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Both officials agreed to hold the next meeting of the Joint Commission in Lima.", "Both will hold the next meeting of the Joint Commission in Lima."},
		{"Both Ministers discussed the situation in the region.", "Both discussed the situation in the region."},
		{"Both countries share a long history.", "Both countries share a long history."},
	} {
		if got := shortenFrame(c.in); got != c.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
