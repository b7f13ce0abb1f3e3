package readout

import "testing"

// A trip's readout names the traveller in its first sentence and the
// meeting by office ("the Vice President met with …"): the office is the
// person the text names with it.
func TestTravellerNamedByOffice(t *testing.T) {
	tests := []struct {
		name, title, body, office, want string
	}{
		{"Vice President", "Readout of the Vice President’s Trip to Chile, Peru, and Fiji",
			"From May 2 to 6, Vice President Jane Doe traveled to Chile, Peru, and Fiji. In Santiago, the Vice President met with President Ana Lopez to discuss lithium and trade.",
			"Vice President", "Jane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: "US"})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range r.Participants {
				if p.Country == "US" && p.Role == RolePrincipal {
					if p.Name != tt.want || p.Title != tt.office {
						t.Errorf("the traveller is %q (%q), want %q (%q)", p.Name, p.Title, tt.want, tt.office)
					}
					return
				}
			}
			t.Errorf("no principal of the United States: %+v", r.Participants)
		})
	}
}
