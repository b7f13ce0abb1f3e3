package readout

import "testing"

// TestCountryTitlesLongTitles checks that a counterpart whose long title
// opens with a demonym ("German Chancellery Foreign and Security Policy
// Advisor X", "French Diplomatic Counselor to the President X") is written
// "X of <country>", as a short one is, and that a title ending with "and"
// before another office is not read past it.
func TestCountryTitlesLongTitles(t *testing.T) {
	text := "National Security Advisor Jane Roe met with Dutch Diplomatic Counselor to the Prime Minister Pieter Smit, Norwegian Cabinet Foreign and Security Policy Advisor Kari Lund, and the Polish Government and President Adam Nowak."
	ps := []Participant{
		{Name: "Jane Roe", Title: "National Security Advisor", Country: "US", Role: RolePrincipal},
		{Name: "Pieter Smit", Title: "Dutch Diplomatic Counselor to the Prime Minister", Country: "NL", Role: RolePrincipal},
		{Name: "Kari Lund", Title: "Norwegian Cabinet Foreign and Security Policy Advisor", Country: "NO", Role: RolePrincipal},
		{Name: "Adam Nowak", Title: "President", Country: "PL", Role: RolePrincipal},
	}
	sp := newSpeakers(ps, []string{"US", "NL", "NO", "PL"}, "US", text)
	got := compactTitles(sp.countryTitles(sp.shortenNames(text)))
	want := "Roe met with Smit of the Netherlands, Lund of Norway, and the Polish Government and Nowak."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCompactTitlesKeepsLongerTitle checks that an office ending a longer
// title ("Counselor to the President X") is not dropped alone, which left
// "Counselor to the X".
func TestCompactTitlesKeepsLongerTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"She met Senior Counselor to the President Ana Ruiz.", "She met Senior Counselor to the President Ana Ruiz."},
		{"He met Head of the Office of the Prime Minister Tomas Berg.", "He met Head of the Office of the Prime Minister Tomas Berg."},
		{"He met Prime Minister Tomas Berg.", "He met Tomas Berg."},
	} {
		if got := compactTitles(tt.in); got != tt.want {
			t.Errorf("compactTitles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHighlightedThatIsAFrame checks that "X highlighted that …" reports
// X's words, as "X noted that …" does, with the speaker kept.
func TestHighlightedThatIsAFrame(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"President Moe highlighted that Norway has provided $3 billion to the reconstruction fund.",
			"Moe: Norway has provided $3 billion to the reconstruction fund."},
		{"President Moe highlighted the importance of the reconstruction fund.",
			"Moe highlighted the importance of the reconstruction fund."},
	} {
		if got := shortenFrame(tt.in); got != tt.want {
			t.Errorf("shortenFrame(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestApposedOfficeWrittenLonger checks that a principal's office in
// apposition goes also when the text writes it longer than the office
// read, up to its comma, and stays when what follows it is no office.
func TestApposedOfficeWrittenLonger(t *testing.T) {
	ps := []Participant{
		{Name: "Ana Ruiz", Title: "National Economic Advisor", Country: "US", Role: RolePrincipal},
		{Name: "Tom Vega", Title: "Senior Advisor", Country: "US", Role: RolePrincipal},
	}
	for _, tt := range []struct{ in, want string }{
		{"Ana Ruiz, National Economic Advisor, and Tom Vega, Senior Advisor to the President and Director of the Office of Public Engagement, met with mayors.",
			"Ruiz and Vega met with mayors."},
		{"Tom Vega, Senior Advisor, met with mayors.", "Vega met with mayors."},
		// Not an office: the text goes on in lower case.
		{"Tom Vega, Senior Advisor since last year, met with mayors.", "Vega, Senior Advisor since last year, met with mayors."},
	} {
		sp := newSpeakers(ps, []string{"US"}, "US", tt.in)
		if got := sp.shortenNames(tt.in); got != tt.want {
			t.Errorf("shortenNames(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestWithoutSidesPair checks that " between <side> and <side>" goes
// from a summary when the two are the meeting's sides, and stays when
// one is not, or when the phrase goes on after them.
func TestWithoutSidesPair(t *testing.T) {
	sides := map[string]bool{"CL": true, "PE": true}
	for _, tt := range []struct{ in, want string }{
		{"Soto and Ruiz will strengthen the defence cooperation between Chile and Peru.", "Soto and Ruiz will strengthen the defence cooperation."},
		{"Soto hailed the friendship between Peru and Chile, and thanked Ruiz.", "Soto hailed the friendship, and thanked Ruiz."},
		{"Soto and Ruiz discussed the ties between the Republic of Chile and Peru.", "Soto and Ruiz discussed the ties."},
		// Another country: the pair says something.
		{"Soto and Ruiz discussed the border between Chile and Bolivia.", "Soto and Ruiz discussed the border between Chile and Bolivia."},
		// A phrase of the verb after the pair stays.
		{"Soto hopes to raise the partnership between Chile and Peru to a new level.", "Soto hopes to raise the partnership to a new level."},
		// A list goes on after the pair: it stays.
		{"Soto hailed the talks between Chile and Peru and Bolivia.", "Soto hailed the talks between Chile and Peru and Bolivia."},
		{"Soto hailed the trade between Chile and Peruvian ports.", "Soto hailed the trade between Chile and Peruvian ports."},
	} {
		if got := withoutSidesPair(tt.in, sides); got != tt.want {
			t.Errorf("withoutSidesPair(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	// Only a counterpart named elsewhere lets it go.
	keys := [][]string{{"Peru", "Peruvian"}}
	short := "Soto will strengthen the cooperation."
	if namedElsewhere(short, "Soto will strengthen the cooperation between Chile and Peru.", []string{"Soto will strengthen the cooperation between Chile and Peru."}, keys) {
		t.Errorf("namedElsewhere: Peru is named nowhere else")
	}
	if !namedElsewhere(short, "Soto will strengthen the cooperation between Chile and Peru.", []string{"Soto will strengthen the cooperation between Chile and Peru.", "Ruiz of Peru thanked Soto."}, keys) {
		t.Errorf("namedElsewhere: Peru is named in another summary")
	}
}
