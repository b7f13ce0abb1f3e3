package readout

import (
	"strings"
	"testing"
)

// TestLeadForms20 reads leads in forms the parser missed in session 18,
// each written for this test with invented people: an inviter named by an
// office of no country's name, a courtesy call granted, credentials
// presented, "T.D." after a name, a host abroad known by name, a middle
// initial.
func TestLeadForms20(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		// The inviter's office names no country; the subject who follows
		// is set off by commas too.
		{"AT", "At the invitation of the Federal Minister for European and International Affairs, Anna Berger, the Foreign Minister of Moldova, Ion Rusu, paid an official visit to Vienna.",
			"Anna Berger|Federal Minister for European and International Affairs|AT, Ion Rusu|Foreign Minister of Moldova|MD"},
		{"KH", "Prime Minister Sok Vanna granted a courtesy call to the Ambassador of Japan, Mori Kenta.",
			"Sok Vanna|Prime Minister|KH, Mori Kenta|Ambassador of Japan|JP"},
		{"TH", "Prime Minister Anong Chaiyaporn accorded a courtesy call to Mr. Sato Ryo, Member of the House of Representatives of Japan, at Government House.",
			"Anong Chaiyaporn|Prime Minister|TH, Sato Ryo|Member of the House of Representatives of Japan|JP"},
		{"CL", "Ambassador Pablo Ortiz presented copies of his credentials to the Minister of Foreign Affairs of Peru, Elena Quispe.",
			"Pablo Ortiz|Ambassador|CL, Elena Quispe|Minister of Foreign Affairs of Peru|PE"},
		{"ZA", "The High Commissioner of India, Ravi Menon, presented his credentials today to President Thabo Dube at the Union Buildings.",
			"Thabo Dube|President|ZA, Ravi Menon|High Commissioner of India|IN"},
		{"IE", "The Taoiseach, Seán Byrne T.D., met with the Prime Minister of Canada, Claire Tremblay, at Government Buildings.",
			"Seán Byrne|Taoiseach|IE, Claire Tremblay|Prime Minister of Canada|CA"},
		// The host abroad is a known holder: the visitor is the
		// publisher's.
		{"DZ", "Minister Karim Benali was received by President Kais Saied at Carthage Palace.",
			"Karim Benali|Minister|DZ, Kais Saied|President|TN"},
		{"IN", "External Affairs Minister Arjun Rao paid a courtesy call on President Ferdinand R. Marcos Jr. at Malacañang Palace.",
			"Arjun Rao|External Affairs Minister|IN, Ferdinand R. Marcos Jr.|President|PH"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestWelcomedToPlace: "X welcomed to Canberra Foreign Minister Y of New
// Zealand" lost Y, and the place ran on into his name.
func TestWelcomedToPlace(t *testing.T) {
	for _, c := range []struct{ pub, lead, want, place string }{
		{"AU", "Foreign Minister Jane Hill welcomed to Canberra Foreign Minister Tom Reid of New Zealand.",
			"Jane Hill|Foreign Minister|AU, Tom Reid|Foreign Minister of New Zealand|NZ", "Canberra"},
		{"IN", "External Affairs Minister Arjun Rao welcomed to New Delhi the Foreign Minister of Nepal, Sita Karki, for the Joint Commission. They discussed trade.",
			"Arjun Rao|External Affairs Minister|IN, Sita Karki|Foreign Minister of Nepal|NP", "New Delhi"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
		if r.Meeting.Location != c.place {
			t.Errorf("%s: place %q, want %q", c.lead, r.Meeting.Location, c.place)
		}
	}
}

// TestHeadlineNamesUnnamed: a lead that names "the Minister" and "her
// Estonian counterpart" by office alone takes their names from the
// headline ("Foreign Minister X meets Estonian counterpart Y") or from a
// later sentence.
func TestHeadlineNamesUnnamed(t *testing.T) {
	for _, c := range []struct{ pub, title, lead, want string }{
		{"LV", "Foreign Minister Ozola meets Estonian counterpart Tamm",
			"Today in Riga, the Minister met with her Estonian counterpart to discuss regional security.",
			"Ozola|Minister|LV, Tamm|Minister|EE"},
		{"LV", "Meeting of the Foreign Ministers",
			"Today in Riga, the Minister met with her Estonian counterpart to discuss regional security. Minister Ozola and her counterpart, Kristjan Tamm, discussed defence.",
			"Ozola|Minister|LV, Kristjan Tamm|Minister|EE"},
	} {
		r := parseDoc18(t, c.pub, c.title, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}
