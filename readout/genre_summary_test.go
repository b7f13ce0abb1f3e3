package readout

import (
	"strings"
	"testing"
)

// A minister's own release in the first person: its "I" is the minister
// in the summaries, "We" the two, and an aside of "our" goes (sentences
// of our own).
func TestGenreFirstPersonSummaries(t *testing.T) {
	for _, tt := range []struct{ in, me, want string }{
		{"Today I spoke with Chile's Foreign Minister Pablo Vera, our first call this year.", "Roe",
			"Roe spoke with Chile's Foreign Minister Pablo Vera."},
		{"This week I travelled to Chile and Peru.\nIn Santiago, I met President Ana Rojas.", "Roe",
			"Roe travelled to Chile and Peru.\nIn Santiago, Roe met President Ana Rojas."},
		{"I thanked Minister Vera. We agreed to meet again in Lima.", "Roe",
			"Roe thanked Minister Vera. They agreed to meet again in Lima."},
		{"Vera said that I and my team were welcome, and I accepted.", "Roe",
			"Vera said that I and my team were welcome, and Roe accepted."},
		// No first-person release: the text stays.
		{"Today I spoke with Pablo Vera.", "", "Today I spoke with Pablo Vera."},
		// "I" that is no subject stays: "World War I", "Phase I".
		{"They marked the end of World War I in Paris.", "Roe", "They marked the end of World War I in Paris."},
	} {
		if got := namedFirstPerson(tt.in, tt.me); got != tt.want {
			t.Errorf("namedFirstPerson(%q, %q) = %q, want %q", tt.in, tt.me, got, tt.want)
		}
	}
	r, err := Parse(Document{Title: "Call with Chilean Foreign Minister", PublisherCountry: "AU",
		Body: "Senator the Hon Jane Roe Minister for Foreign Affairs\nCall with Chilean Foreign Minister\n9 May 2025\n" +
			"Today I spoke with Chile's Foreign Minister Pablo Vera, our first call since he took office.\n" +
			"We discussed copper, lithium and the Pacific Alliance.\nWe agreed to hold the next round of talks in Canberra."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Sections {
		if strings.HasPrefix(s.Summary, "I ") || strings.Contains(s.Summary, " I ") || strings.Contains(s.Summary, "our first") {
			t.Errorf("summary %q keeps the first person", s.Summary)
		}
	}
	if len(r.Sections) == 0 || !strings.HasPrefix(r.Sections[0].Summary, "Roe ") {
		t.Errorf("sections %+v: want a summary opening with the minister's name", r.Sections)
	}
}
