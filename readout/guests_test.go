package readout

import (
	"strings"
	"testing"
)

// A leader who joins at the end is a principal whom no summary names:
// the list of mentions names him as it names anyone else, where it left
// the principals to the post's header.
func TestListNamesLeaderNoSummaryNames(t *testing.T) {
	body := "National Security Advisor Jane Doe spoke today with Chilean Foreign Minister Ana Lopez to discuss copper supply chains and the energy transition. " +
		"The two officials reviewed progress on critical minerals and port security. " +
		"They also discussed migration in the Americas and the situation in Venezuela. " +
		"Doe reaffirmed the commitment of the United States to work with Chile against transnational crime and welcomed its leadership in the Pacific Alliance. " +
		"Chilean President Luis Vidal joined the call at the conclusion."
	r, err := Parse(Document{Title: "Readout of National Security Advisor Jane Doe’s Call with Foreign Minister Ana Lopez of Chile", Body: body, PublisherCountry: "US"})
	if err != nil {
		t.Fatal(err)
	}
	var vidal bool
	for _, p := range r.Participants {
		vidal = vidal || p.Role == RolePrincipal && strings.Contains(p.Name, "Vidal")
	}
	if !vidal {
		t.Fatalf("Vidal is no principal: %+v", r.Participants)
	}
	var summaries []string
	for _, s := range r.Sections {
		summaries = append(summaries, s.Summary)
	}
	if got := strings.Join(summaries, "\n"); strings.Contains(got, "Vidal") {
		t.Fatalf("a summary names Vidal already: %q", got)
	}
	list := ""
	if n := len(r.KeyPoints); n > 0 {
		list = r.KeyPoints[n-1]
	}
	if !strings.HasPrefix(list, mentionsLabel) || !strings.Contains(list, "Vidal") {
		t.Errorf("the list does not name Vidal: %q (key points %q)", list, r.KeyPoints)
	}
	// The principals the summaries name stay out of the list.
	if strings.Contains(list, "Lopez") || strings.Contains(list, "Doe") {
		t.Errorf("the list names a principal the summary names: %q", list)
	}
}

// "President Luis Vidal of Chile" names Vidal: a name between an office
// and "of" and a country is the person's; before a body's name it does
// not tell where the name ends.
func TestMentionsTitledNameOfCountry(t *testing.T) {
	tests := []struct {
		sents []string
		want  string
	}{
		{[]string{"President Luis Vidal of Chile joined the call at the conclusion."}, "Also: Luis Vidal."},
		{[]string{"They thanked Prime Minister Tom Roe of Fiji and Foreign Minister Ana Lopez of Chile."}, "Also: Tom Roe, Ana Lopez."},
		// Of a body, not a country: where the name ends is not told.
		{[]string{"They met President Luis Vidal of the Andean Development Bank in Lima."}, "Also: Lima."},
	}
	for _, tt := range tests {
		if got := mentionsLine(mentionsOf(tt.sents, speakers{}), "", 200); got != tt.want {
			t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sents, got, tt.want)
		}
	}
}
