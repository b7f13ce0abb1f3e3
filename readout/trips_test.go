package readout

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestTripLeads checks the leads of trips and delegations: the leader of
// a delegation is its side's principal, the one inaugurated is the
// delegation's counterpart, a list of "Name, Title" subjects is one side,
// and the place of the trip's meeting is where the delegation went, not
// a date after it.
func TestTripLeads(t *testing.T) {
	tests := []struct {
		name, lead string
		principals []string // title|name, subjects first
		place      string
	}{
		{
			"led a delegation to a city, with a counterpart",
			"Deputy Foreign Minister Ana Lind led a Swedish delegation to Nairobi on May 3 for the second round of the trade dialogue with Kenyan Trade Secretary Peter Otieno.",
			[]string{"Deputy Foreign Minister|Ana Lind", "Kenyan Trade Secretary|Peter Otieno"},
			"Nairobi",
		},
		{
			"a delegation to an inauguration, after an opening phrase",
			"From June 1 – 3, Vice President Mara Holt traveled to Santiago, Chile as the Head of the Presidential Delegation to the inauguration of President Luis Vera.",
			[]string{"Vice President|Mara Holt", "President|Luis Vera"},
			"Santiago, Chile",
		},
		{
			"the delegation met, led by its first-named official",
			"On March 9, a senior delegation – led by Arctic Coordinator Ruth Berg, and Assistant Secretary Omar Diaz – visited Reykjavik, Iceland. The delegation met for an hour with Prime Minister Helga Sturludottir and members of her cabinet.",
			[]string{"Arctic Coordinator|Ruth Berg", "Prime Minister|Helga Sturludottir"},
			"Reykjavik, Iceland",
		},
		{
			"the trip's country, not the date after it",
			"Senior Advisor Dr. Paul Marsh visited Norway April 4-6 to consult with Norwegian officials on energy. Dr. Marsh met with Prime Minister Eva Lunde and Minister of Finance Jonas Dahl.",
			[]string{"|Marsh", "Prime Minister|Eva Lunde"},
			"Norway",
		},
		{
			"two subjects named first, each with a title",
			"On Monday, Rita Vance, National Economic Advisor, and Sam Ortiz, Senior Advisor to the President, met with state treasurers to discuss infrastructure investments.",
			[]string{"National Economic Advisor|Rita Vance", "Senior Advisor to the President|Sam Ortiz"},
			"",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := parseLead(tt.lead, "", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))
			var got []string
			for _, p := range f.principals {
				got = append(got, p.title+"|"+p.name)
			}
			if len(got) < len(tt.principals) || !slices.Equal(got[:len(tt.principals)], tt.principals) {
				t.Errorf("principals %q, want %q first", got, tt.principals)
			}
			if f.meeting.Location != tt.place {
				t.Errorf("place %q, want %q", f.meeting.Location, tt.place)
			}
		})
	}
}

// TestTripPlaceIsNoCallsPlace checks that a call reported after a trip is
// not placed at the trip's stop.
func TestTripPlaceIsNoCallsPlace(t *testing.T) {
	lead := "Secretary Jane Roe traveled to Lima, Peru last week. Today Secretary Roe spoke by phone with Foreign Minister Carlos Ruiz of Ecuador."
	f := parseLead(lead, "", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))
	if f.meeting.Location != "" {
		t.Errorf("place %q for a call, want none", f.meeting.Location)
	}
	if !slices.ContainsFunc(f.principals, func(p person) bool { return strings.HasSuffix(p.name, "Ruiz") }) {
		t.Errorf("principals %+v, want Carlos Ruiz", f.principals)
	}
}

// TestDelegationFrameIndex checks that delegationFrame, which findFrame
// tries only on text with "delegation", is that expression's index.
func TestDelegationFrameIndex(t *testing.T) {
	if !strings.Contains(frameREs[delegationFrame].String(), "delegation") {
		t.Errorf("frameREs[%d] = %s, want the delegation's frame", delegationFrame, frameREs[delegationFrame].String())
	}
}
