package readout

import "testing"

// A country's name of several words before an office is part of the
// title: "United States Secretary of State", never "States Secretary of
// State".
func TestTitleKeepsLongCountryName(t *testing.T) {
	tests := []struct{ lead, name, title string }{
		{"United States Secretary of State Dana Reyes spoke by phone today with Foreign Minister Ilse Berg of Norway.", "Dana Reyes", "United States Secretary of State"},
		{"South Korean Foreign Minister Min Park met Foreign Minister Ilse Berg of Norway in Oslo.", "Min Park", "South Korean Foreign Minister"},
		{"Saudi Arabia Minister of State Omar Hadi spoke with Foreign Minister Ilse Berg of Norway.", "Omar Hadi", "Saudi Arabia Minister of State"},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Title: "Call", Body: tt.lead})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range r.Participants {
			if p.Name == tt.name {
				found = true
				if p.Title != tt.title {
					t.Errorf("%q: title %q, want %q", tt.lead, p.Title, tt.title)
				}
			}
		}
		if !found {
			t.Errorf("%q: no participant %q in %+v", tt.lead, tt.name, r.Participants)
		}
	}
}
