package readout

import (
	"strings"
	"testing"
)

// compactCase is a readout of our own writing and what its first
// section's summary must and must not hold.
type compactCase struct {
	title, pub, body string
	want, dont       []string
}

// checkCompact parses each case and checks its first summary.
func checkCompact(t *testing.T, cases []compactCase) {
	t.Helper()
	for _, c := range cases {
		r, err := Parse(Document{Title: c.title, Publisher: "Ministry of Foreign Affairs", PublisherCountry: c.pub, Body: c.body})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Sections) == 0 {
			t.Errorf("%q: no section", c.title)
			continue
		}
		s := r.Sections[0].Summary
		for _, w := range c.want {
			if !strings.Contains(s, w) {
				t.Errorf("%q: summary %q lacks %q", c.title, s, w)
			}
		}
		for _, d := range c.dont {
			if strings.Contains(s, d) {
				t.Errorf("%q: summary %q holds %q", c.title, s, d)
			}
		}
	}
}

// TestHonourableBeforeName: "Hon." (and "the Hon.", "the Most Hon.") is a
// style before a name as "Mr." is, so that an office, a comma, "Hon." and
// the name are the name: "The Minister of Trade, Hon. Ana Roe, met the
// Foreign Minister of Peru, Hon. Juan Doe," is "Roe met Doe of Peru".
func TestHonourableBeforeName(t *testing.T) {
	checkCompact(t, []compactCase{
		{"Minister holds talks with Peruvian counterpart", "NZ",
			"The Minister of Foreign Affairs and Trade, Hon. Ana Roe, today held talks with the Minister of Foreign Affairs of the Republic of Peru, Hon. Juan Doe, at the Beehive.\n\nThe two ministers discussed fisheries and the Pacific Alliance.",
			// (The summary is the meeting's sentence or the one that
			// names the Pacific Alliance too: either names the two.)
			[]string{"Roe ", "Doe of Peru"}, []string{"Hon.", "Roe, Roe"}},
		{"Secretary meets Deputy Prime Minister of Tonga", "FJ",
			"The Permanent Secretary for Foreign Affairs, Mr. Sam Lee, held a bilateral meeting with the Deputy Prime Minister and Minister for Trade of Tonga, Hon. Tevita Vea.\n\nThe meeting was held in a cordial atmosphere.",
			[]string{"with Vea of Tonga."}, []string{"Hon."}},
		{"Prime Minister receives Minister of Peru", "JM",
			"Prime Minister the Most Hon. Dr. Carl Banks received a courtesy call from the Foreign Minister of Peru, Mr. Juan Doe, at Jamaica House.\n\nThey discussed tourism.",
			nil, []string{"the Most", "Hon."}},
	})
}

// TestGivenNameInQuotation: a principal's first name written alone only
// in a quotation ("I look forward to working with Paulo") is a given
// name, and the summary names the person by the family name; written
// alone in the page's own words, or of a name written family name first,
// the first word stays the short name.
func TestGivenNameInQuotation(t *testing.T) {
	for _, c := range []struct {
		name, text  string
		familyFirst bool
		want        string
	}{
		{"Paulo Rangel", `Keane met Paulo Rangel in Lisbon. "I look forward to working with Paulo," she said.`, false, "Rangel"},
		{"Paulo Rangel", "Keane met Paulo Rangel in Lisbon. “We thank Paulo for his welcome.”", false, "Rangel"},
		{"Prabowo Subianto", "Albanese met Prabowo Subianto in Jakarta. President Prabowo welcomed the agreement.", false, "Prabowo"},
		{"Iwaya Takeshi", `Foreign Minister Iwaya Takeshi met Rubio. "Iwaya stated," it said.`, true, "Iwaya"},
	} {
		if got := shortName(c.name, c.text, map[bool]nameCustom{true: familyFirstNames}[c.familyFirst]); got != c.want {
			t.Errorf("shortName(%q, %q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
	if got := unquoted("A said \"x y\" and “z” then \"open\nB."); got != "A said  and  then \nB." {
		t.Errorf("unquoted: %q", got)
	}
}

// TestOfficeJoinedByAnd: an office joined by "and" to the one that
// became the principal's name goes with it ("Deputy Prime Minister and
// Minister of Foreign Affairs, Dr. Ana Roe, received …" is "Roe received
// …"), a chain of them too; an office written before "and" and a name
// names another person and stays.
func TestOfficeJoinedByAnd(t *testing.T) {
	checkCompact(t, []compactCase{
		{"Deputy Prime Minister and Minister of Foreign Affairs receives the Peruvian Foreign Minister", "IQ",
			"Deputy Prime Minister and Minister of Foreign Affairs, Dr. Ana Roe, received the Minister of Foreign Affairs of the Republic of Peru, Mr. Juan Doe, in Baghdad on his first visit to Iraq.\n\nThe two sides discussed trade and the return of refugees.",
			[]string{"Roe received Doe of Peru"}, []string{"Deputy Prime Minister and", "Minister and Roe"}},
		{"Minister welcomes Peruvian Foreign Minister", "IE",
			"The Tánaiste and Minister for Foreign Affairs and Trade and Minister for Defence, Ana Roe TD, today welcomed the Minister for Foreign Affairs of Peru, Juan Doe, to Iveagh House in Dublin.\n\nThe meeting was held in a cordial atmosphere.",
			[]string{"Roe welcomed Doe of Peru"}, []string{"Tánaiste", "Trade and Roe"}},
	})
}

// TestOfficeAndNameStays: "The Prime Minister and Roe", written so, names
// two people; only an office the name's own office followed goes.
func TestOfficeAndNameStays(t *testing.T) {
	var sp speakers
	for _, c := range []struct{ orig, text, want string }{
		{"The Prime Minister and Roe discussed trade.", "The Prime Minister and Roe discussed trade.", "The Prime Minister and Roe discussed trade."},
		{"Deputy Prime Minister and Minister of Finance Ana Roe met Doe.", "Deputy Prime Minister and Roe met Doe.", "Roe met Doe."},
		{"Doe and Deputy Prime Minister and Minister of Finance Ana Roe met.", "Doe and Deputy Prime Minister and Roe met.", "Doe and Roe met."},
		{"Doe met the Chief of Staff and Minister Ana Roe.", "Doe met the Chief of Staff and Roe.", "Doe met the Chief of Staff and Roe."},
	} {
		if got := sp.dropOfficeAnd(c.orig, c.text, "Roe"); got != c.want {
			t.Errorf("dropOfficeAnd(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestRelativeClauseComma: a relative clause after a guest's name, whose
// comma the office's form took with it, has it again; one with a comma
// of its own stays as it is.
func TestRelativeClauseComma(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sample received Doe of Peru who is on an official visit to the country.", "Sample received Doe of Peru, who is on an official visit to the country."},
		{"Sample met Doe of Peru who was accompanied by the Ambassador, Ana Roe.", "Sample met Doe of Peru who was accompanied by the Ambassador, Ana Roe."},
		{"Sample met Doe of Peru, who is visiting.", "Sample met Doe of Peru, who is visiting."},
		{"Sample met Doe of Peruvia who is visiting.", "Sample met Doe of Peruvia who is visiting."},
	} {
		if got := relativeComma(c.in, "Doe of Peru"); got != c.want {
			t.Errorf("relativeComma(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	// (The aside of a visit to the host's country goes whole: see
	// TestDropVisitAside.)
	checkCompact(t, []compactCase{
		{"Foreign Minister meets Peruvian counterpart", "HU",
			"The Minister for Foreign Affairs, Ms. Ana Roe, received the Minister for Foreign Affairs of the Republic of Peru, Mr. Juan Doe, who is on an official visit to the country from 10 to 12 March.\n\nThe meeting was held in a cordial atmosphere.",
			[]string{"Roe received Doe of Peru."}, []string{"who is"}},
	})
}

// TestVenueBeforeGuest: a venue without a name of its own between the
// verb and the guest goes ("received at the Ministry Doe of Peru"); a
// named venue, or one before no name, stays.
func TestVenueBeforeGuest(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sample received at the Ministry Doe of Peru, who is on an official visit.", "Sample received Doe of Peru, who is on an official visit."},
		{"Sample met at the Palace Doe of Peru.", "Sample met Doe of Peru."},
		{"Sample received at Bayan Palace Doe of Peru.", "Sample received at Bayan Palace Doe of Peru."},
		{"Sample received at the Ministry a delegation of Peru.", "Sample received at the Ministry a delegation of Peru."},
		{"Sample received at the Ministry Minister Doe.", "Sample received at the Ministry Minister Doe."},
		{"Sample spoke at the Ministry Doe of Peru.", "Sample spoke at the Ministry Doe of Peru."},
		{"Sample received in the building of the Ministry Doe of Peru, who is on a visit.", "Sample received Doe of Peru, who is on a visit."},
		{"Sample received in his office Doe of Peru.", "Sample received Doe of Peru."},
		{"Sample received in his office at the Ministry Doe of Peru.", "Sample received Doe of Peru."},
		{"Sample received in the Hall of Mirrors Doe of Peru.", "Sample received in the Hall of Mirrors Doe of Peru."},
	} {
		if got := dropVenueBeforeGuest(c.in); got != c.want {
			t.Errorf("dropVenueBeforeGuest(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestOwnOfficeInApposition: the publisher's own principal's office in
// apposition goes, the country's long name with it ("Roe, Minister of
// Foreign Affairs of the Federal Republic of Ruritania, received …" is
// "Roe received …"); the post gives the office.
func TestOwnOfficeInApposition(t *testing.T) {
	checkCompact(t, []compactCase{
		{"Foreign Minister receives Peruvian Minister of Energy", "ET",
			"H.E. Dr. Ana Roe, Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, received H.E. Juan Doe, Minister of Energy of the Republic of Peru, at his office.\n\nThe meeting was held in a cordial atmosphere.",
			[]string{"Roe received Doe"}, []string{"Roe, Minister", "Federal Democratic"}},
	})
}

// TestInitialJoinedToName: a principal named "B. Roe" in the header and
// "B.Roe" in the text (an initial joined to the name, as Mongolian pages
// write it) is "Roe" in the summaries.
func TestInitialJoinedToName(t *testing.T) {
	checkCompact(t, []compactCase{
		{"Foreign Ministers of Mongolia and Peru hold talks", "MN",
			"Minister for Foreign Affairs of Mongolia B.Roe held official talks with Minister of Foreign Affairs of Peru Juan Doe in Ulaanbaatar.\n\nMinister B.Roe expressed gratitude for the scholarships of Peru for Mongolian students.",
			nil, []string{"B.Roe"}},
	})
	r, err := Parse(Document{Title: "Foreign Ministers of Mongolia and Peru hold talks", Publisher: "Ministry of Foreign Affairs", PublisherCountry: "MN",
		Body: "Minister for Foreign Affairs of Mongolia B. Roe held official talks with Minister of Foreign Affairs of Peru Juan Doe in Ulaanbaatar.\n\n1. The sides discussed trade.\n\n2. Minister B.Roe expressed gratitude for the scholarships of Peru for Mongolian students."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Sections {
		if strings.Contains(s.Summary, "B.Roe") {
			t.Errorf("summary %q", s.Summary)
		}
	}
}

// TestDemonymOfficeAndOffice: a counterpart's two offices joined by "and"
// after a demonym ("Iraqi Deputy Prime Minister and Minister of Foreign
// Affairs Juan Doe") are "Doe of Iraq"; an office of another person
// before "and" ("the Peruvian Government and President Doe") is not
// read as Doe's.
func TestDemonymOfficeAndOffice(t *testing.T) {
	checkCompact(t, []compactCase{
		{"Roe and Doe hold meeting in Amman", "JO",
			"Deputy Prime Minister and Minister of Foreign Affairs Ana Roe and Peruvian Deputy Prime Minister and Minister of Foreign Affairs Juan Doe held a coordination meeting in Amman today.\n\nThey discussed Gaza.",
			[]string{"Doe of Peru"}, []string{"Deputy Prime Minister and Doe", "Peruvian"}},
	})
}
