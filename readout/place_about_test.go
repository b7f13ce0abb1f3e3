package readout

import "testing"

// A place inside the talks' subject ("about … in West Africa") is not
// where they met, and a place never ends in a connector ("West Africa,
// and").
func TestPlaceNotInSubject(t *testing.T) {
	tests := []struct{ lead, want string }{
		{"The Adviser met today with the Minister of Ruritania about border security, efforts to curb smuggling in East Asia, and the importance of good governance.", ""},
		{"The Adviser met today in Lisbon with the Minister of Ruritania about border security in East Asia.", "Lisbon"},
		{"The Adviser met the Minister of Ruritania at the Palace of Nations, and the two discussed trade.", "Palace of Nations"},
	}
	for _, tt := range tests {
		verb := indexText(tt.lead, " met ")
		if got := placeOf(tt.lead, verb); got != tt.want {
			t.Errorf("placeOf(%q) = %q, want %q", tt.lead, got, tt.want)
		}
	}
}
