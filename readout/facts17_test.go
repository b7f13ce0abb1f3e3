package readout

import (
	"testing"
)

// TestCounterpartOfficeInApposition: the meeting's sentence that gives a
// counterpart's long office before his name, between commas ("spoke with
// Chief Policy Advisor to the President, Ambassador Ana Roe, and …"),
// spends the summary's room on what the post's header shows: the name
// stays, the office and its style go. An office that names a country
// which is no side of the meeting stays, and so does one in a later
// sentence, which may be the fact ("met the Minister of Economy, Ana
// Roe").
func TestCounterpartOfficeInApposition(t *testing.T) {
	parties := map[string]bool{"US": true, "TR": true}
	for _, c := range []struct{ in, want string }{
		{"Advisor Lee spoke with Chief Foreign Policy and Security Advisor to the President, Ambassador Akif Cagatay Kilic, and underscored the need for a ceasefire.",
			"Advisor Lee spoke with Akif Cagatay Kilic, and underscored the need for a ceasefire."},
		{"Lee met today with the Senior Advisor to the Turkish President, Dr. Ana Roe. They discussed trade.",
			"Lee met today with Ana Roe. They discussed trade."},
		{"Lee spoke with Foreign Policy Advisor to the President, Ana Maria Roe, to discuss trade.",
			"Lee spoke with Ana Maria Roe, to discuss trade."},
		// A country which is no side stays with its office.
		{"Lee spoke with the Foreign Minister of Ghana, Ana Roe, and discussed trade.",
			"Lee spoke with the Foreign Minister of Ghana, Ana Roe, and discussed trade."},
		// A short office says little and costs little: it stays.
		{"Lee spoke with Foreign Minister, Ana Roe, on trade.", "Lee spoke with Foreign Minister, Ana Roe, on trade."},
		// Not the meeting's sentence.
		{"Lee spoke with Roe. He later met with the Senior Advisor to the President, Ana Roe, in Ankara.",
			"Lee spoke with Roe. He later met with the Senior Advisor to the President, Ana Roe, in Ankara."},
		// A list of offices and names is no apposition.
		{"Lee met with Senior Advisor to the President Jon Doe, Ana Roe, and Eva Poe.",
			"Lee met with Senior Advisor to the President Jon Doe, Ana Roe, and Eva Poe."},
	} {
		if got := dropCounterpartOffice(c.in, parties); got != c.want {
			t.Errorf("dropCounterpartOffice(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
