package readout

import (
	"strings"
	"testing"
	"time"
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

// A joint communiqué whose lead ends with the subject of its numbered
// points ("The Presidents:"): each point is the two sides' (sentences of
// our own).
func TestGenrePointsSubject(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool
	}{
		{"The two Presidents met in Lima. The Presidents:", true},
		{"The two Foreign Ministers:", true},
		{"Both Prime Ministers:", true},
		{"The outline of the meeting is as follows:", false},
		{"The Presidents agreed on the following points:", false},
		{"The Presidents:", true},
	} {
		if got := pointsSubject(tt.lead, true); got != tt.want {
			t.Errorf("pointsSubject(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
	if pointsSubject("The Presidents:", false) {
		t.Error("a readout without numbered points has no points' subject")
	}
	for in, want := range map[string]string{
		"Reaffirmed their commitment to the Andean Community.": "They reaffirmed their commitment to the Andean Community.",
		"Welcomed the signing of two agreements.":              "They welcomed the signing of two agreements.",
		"Held a working lunch with business leaders.":          "They held a working lunch with business leaders.",
		"The Ministers welcomed the signing.":                  "The Ministers welcomed the signing.",
		"Red tape was reduced.":                                "Red tape was reduced.",
		"ASEAN-led mechanisms were reaffirmed.":                "ASEAN-led mechanisms were reaffirmed.",
	} {
		if got := withPointsSubject(in); got != want {
			t.Errorf("withPointsSubject(%q) = %q, want %q", in, got, want)
		}
	}
	r, err := Parse(Document{Title: "Joint Communiqué on the Visit of the President of Chile to Peru", PublisherCountry: "PE",
		Body: "Joint Communiqué on the Visit of the President of Chile to Peru\n" +
			"At the invitation of President Luis Soto, the President of the Republic of Chile, Ana Rojas, paid a State Visit to Peru on 3 May 2025. The Presidents:\n" +
			"1. Reaffirmed their commitment to the Pacific Alliance, and agreed to coordinate positions ahead of the APEC summit in Lima.\n" +
			"2. Welcomed the signing of agreements on mining, fisheries and tourism.\n" +
			"3. Instructed their Foreign Ministers to convene the Binational Cabinet before the end of the year."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Sections {
		if strings.HasPrefix(s.Summary, "Reaffirmed") || strings.HasPrefix(s.Summary, "Welcomed") || strings.HasPrefix(s.Summary, "Instructed") {
			t.Errorf("summary %q has no subject", s.Summary)
		}
	}
}

// The publisher's own principal comes first when a guest opens the lead.
func TestGenreOwnFirst(t *testing.T) {
	ps := []Participant{{Name: "Ana Rojas", Country: "CL", Role: RolePrincipal}, {Name: "Eva Lind", Country: "CL"},
		{Name: "Luis Soto", Country: "PE", Role: RolePrincipal}}
	ownFirst(ps, "PE")
	if ps[0].Name != "Luis Soto" || ps[1].Name != "Ana Rojas" || ps[2].Name != "Eva Lind" {
		t.Errorf("ownFirst: %v", ps)
	}
	ps = []Participant{{Name: "Luis Soto", Country: "PE", Role: RolePrincipal}, {Name: "Ana Rojas", Country: "CL", Role: RolePrincipal}}
	ownFirst(ps, "PE")
	if ps[0].Name != "Luis Soto" {
		t.Errorf("ownFirst moved the publisher's principal: %v", ps)
	}
	ownFirst(ps[1:], "PE") // no principal of the publisher: nothing moves
}

// A style opening a title is the page's courtesy, not the office.
func TestGenreTitleStyles(t *testing.T) {
	for in, want := range map[string]string{
		"His Excellency President of the Republic of Chile": "President of the Republic of Chile",
		"Her Excellency Minister of Foreign Affairs":        "Minister of Foreign Affairs",
		"H.E. Ambassador of Peru":                           "Ambassador of Peru",
		"His Excellency":                                    "His Excellency",
		"President of the Republic of Chile":                "President of the Republic of Chile",
		"His Majesty the King of Tonga":                     "King of Tonga",
		"His Royal Highness the Crown Prince of Bahrain":    "Crown Prince of Bahrain",
		"Nigerian Minister of Foreign Affairs Ambassador":   "Nigerian Minister of Foreign Affairs",
		"US Ambassador":                                     "US Ambassador",
	} {
		if got := titleWithoutStyle(in); got != want {
			t.Errorf("titleWithoutStyle(%q) = %q, want %q", in, got, want)
		}
	}
	r, err := Parse(Document{Title: "President holds telephone conversation with President of Chile", PublisherCountry: "ZA",
		Body: "President Lindiwe Dube has today held a telephone conversation with His Excellency President Ana Rojas of the Republic of Chile."})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range r.Participants {
		if strings.Contains(p.Title, "Excellency") {
			t.Errorf("participant %+v keeps the style in the title", p)
		}
	}
}

// An office "of" a country after another "of" ("Minister of Foreign
// Affairs of Chile") gives the name with its country in the summaries,
// before or after the name.
func TestGenreOfficesOfCountries(t *testing.T) {
	for in, want := range map[string]int{
		"Prime Minister of Canada":                         len("Prime Minister"),
		"Minister of Foreign Affairs of Chile":             len("Minister of Foreign Affairs"),
		"Minister of Foreign Affairs and Trade of Hungary": len("Minister of Foreign Affairs and Trade"),
		"Minister of Foreign Affairs":                      -1,
		"Head of the Office of the President":              -1,
	} {
		if got := countryOfAt(in); got != want {
			t.Errorf("countryOfAt(%q) = %d, want %d", in, got, want)
		}
	}
	for _, tt := range []struct{ title, body, want string }{
		{"Foreign Minister Lind met with Minister of Foreign Affairs and Trade of Chile Pablo Vera", "Foreign Minister Eva Lind met with Pablo Vera, Minister of Foreign Affairs and Trade of Chile, in Oslo on 2 May 2025.",
			"Lind met with Vera of Chile."},
		{"Trilateral Foreign Ministers' Meeting", "Minister of Foreign Affairs Eva Lind attended the Trilateral Foreign Ministers' Meeting with Minister of Foreign Affairs of Chile Pablo Vera and Minister of Foreign Affairs of Peru Ana Rojas in Oslo.",
			"Vera of Chile and Rojas of Peru"},
	} {
		r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: "NO"})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Sections) == 0 || !strings.Contains(r.Sections[0].Summary, tt.want) {
			t.Errorf("%q: sections %+v, want a summary with %q", tt.body, r.Sections, tt.want)
		}
	}
}

// The hour and length of a meeting go from the sentence that reports it,
// as its day does: the post shows them.
func TestGenreClockTime(t *testing.T) {
	for in, want := range map[string]string{
		"Lind had a phone call with Vera from 4:30 p.m. for 20 minutes.":                                        "Lind had a phone call with Vera.",
		"Lind held a meeting with Vera at 8:03 p.m. for approximately 25 minutes, and the two discussed trade.": "Lind held a meeting with Vera, and the two discussed trade.",
		"Lind met with Vera for over an hour at the Storting.":                                                  "Lind met with Vera at the Storting.",
		"Lind spoke with Vera at 16:30 (local time).":                                                           "Lind spoke with Vera.",
		"The summit will open at 9:00 a.m. tomorrow.":                                                           "The summit will open at 9:00 a.m. tomorrow.",
		"Lind met with Vera and agreed on a 30 minutes' walk.":                                                  "Lind met with Vera and agreed on a 30 minutes' walk.",
	} {
		if got := dropClockTime(in); got != want {
			t.Errorf("dropClockTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// A Korean page writes a Japanese name family name first, as it writes
// its own: the post writes it in Western order, unless the page refers to
// the person by the name's last word after an office.
func TestGenreJapaneseNamesOnKoreanPages(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Minister of Foreign Affairs Kim Min-jun attended the Trilateral Meeting with Minister for Foreign Affairs of Japan Sato Kenji and Minister of Foreign Affairs of China Li Ming in Seoul on May 2.",
			"Kenji Sato"},
		// "Minister Kenji" refers to him by the last word: Western order.
		{"Minister of Foreign Affairs Kim Min-jun met with Minister for Foreign Affairs of Japan Sato Kenji in Seoul on May 2. Minister Kenji thanked Minister Kim.",
			"Sato Kenji"},
	} {
		r, err := Parse(Document{Title: "Outcome of the Meeting", Body: tt.body, PublisherCountry: "KR", Published: time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range r.Participants {
			if p.Country == "JP" {
				found = true
				if p.Name != tt.want {
					t.Errorf("%q: Japanese principal %q, want %q", tt.body, p.Name, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Japanese principal in %+v", tt.body, r.Participants)
		}
	}
}

// The initials of the publisher's minister's office stand for the
// minister: "EAM called on …" is the minister's name in the summaries.
func TestGenreOfficeInitials(t *testing.T) {
	sp := speakers{ownTitle: "External Affairs Minister", ownName: "Mehta"}
	for in, want := range map[string]string{
		"During the visit, EAM called on Prime Minister Ana Rojas.": "During the visit, Mehta called on Prime Minister Ana Rojas.",
		"EAM's visit took place in May.":                            "Mehta's visit took place in May.",
		"EAM Mehta met the press.":                                  "EAM Mehta met the press.",
		"The MEA said that EAM will travel.":                        "The MEA said that Mehta will travel.",
		"The ODA loan was signed.":                                  "The ODA loan was signed.",
	} {
		if got := sp.namedInitials(in); got != want {
			t.Errorf("namedInitials(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tt := range []struct {
		who, office string
		want        bool
	}{{"EAM", "External Affairs Minister", true}, {"PM", "Prime Minister", true}, {"PM", "Prime Minister of India", false}, {"FM", "External Affairs Minister", false}} {
		if got := initialsOf(tt.who, tt.office); got != tt.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", tt.who, tt.office, got, tt.want)
		}
	}
}

// The part of the day with the date, and a range of days, go from the
// sentence that reports the meeting or the trip, as its day does.
func TestGenreDaysOfATrip(t *testing.T) {
	for in, want := range map[string]string{
		"On the evening of February 18, Lind spoke with Vera on the phone.":  "Lind spoke with Vera on the phone.",
		"On the afternoon of 3 May, Lind met with Vera.":                     "Lind met with Vera.",
		"Lind visited Chile and Peru from 3 to 7 November 2024.":             "Lind visited Chile and Peru.",
		"Lind paid an official visit to Chile on March 24-25, 2025.":         "Lind paid an official visit to Chile.",
		"Lind visited Chile from March 3 to 7, 2024, and met the President.": "Lind visited Chile, and met the President.",
		"Exports rose from 3 to 7 November 2024.":                            "Exports rose from 3 to 7 November 2024.",
		"On the evening of the summit, the leaders dined together.":          "On the evening of the summit, the leaders dined together.",
	} {
		if got := dropClockTime(in); got != want {
			t.Errorf("dropClockTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// A foreign ministry's portfolio after "Minister" is the office's: the
// summaries write the name alone, and the list of mentions the name
// without the portfolio.
func TestGenrePortfolios(t *testing.T) {
	for in, want := range map[string]string{
		"Minister for Foreign Affairs Lind visited Chile.":                    "Lind visited Chile.",
		"Lind met Minister of Foreign Affairs and Trade Vera.":                "Lind met Vera.",
		"Lind met Minister of External Affairs Mehta in Delhi.":               "Lind met Mehta in Delhi.",
		"Lind met Minister of Foreign Affairs of Chile Vera.":                 "Lind met Minister of Foreign Affairs of Chile Vera.",
		"Lind met the Minister for Foreign Affairs, who spoke of the accord.": "Lind met the Minister for Foreign Affairs, who spoke of the accord.",
	} {
		if got := compactTitles(in); got != want {
			t.Errorf("compactTitles(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tt := range []struct {
		run  []string
		want int
	}{
		{[]string{"Foreign", "Affairs", "Pablo", "Vera"}, 2},
		{[]string{"Foreign", "Affairs", "and", "Trade", "Ana", "Rojas"}, 4},
		{[]string{"External", "Affairs", "Anil", "Mehta"}, 2},
		{[]string{"Foreign", "Affairs"}, 0},
		{[]string{"Home", "Affairs", "Pablo", "Vera"}, 0},
	} {
		if got := portfolioWords(tt.run); got != tt.want {
			t.Errorf("portfolioWords(%v) = %d, want %d", tt.run, got, tt.want)
		}
	}
}

// "and" after "of" inside a name joins its last part ("Year of Culture
// and Tourism"), unless that part or the next word is a country.
func TestGenreNamesJoinedAfterOf(t *testing.T) {
	for _, tt := range []struct{ sent, want string }{
		{"They agreed to make the Chile-Peru Year of Culture and Tourism a success.", "Also: Chile-Peru Year of Culture and Tourism."},
		{"They opened the Museum of Science and Industry in Lima.", "Also: Museum of Science and Industry, Lima."},
		{"They praised the Bank of Chile and Peru in Lima.", "Also: Bank of Chile, Peru, Lima."},
		{"Chile and Peru met in Lima.", "Also: Chile, Peru, Lima."},
	} {
		if got := mentionsLine(mentionsOf([]string{tt.sent}, speakers{}), "", 200); got != tt.want {
			t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sent, got, tt.want)
		}
	}
}

// The country of a meeting's one counterpart keeps its room from the
// list when no summary names it.
func TestGenreCountryRoom(t *testing.T) {
	vera := counterpart{short: "Vera", of: " of Chile", spellings: []string{"Chile", "Chilean"}}
	rojas := counterpart{short: "Rojas", of: " of Peru", spellings: []string{"Peru", "Peruvian"}}
	for _, tt := range []struct {
		sum    string
		others []counterpart
		want   int
	}{
		{"Lind and Vera: Support for the accord must continue.", []counterpart{vera}, len(" of Chile")},
		{"Lind and Vera discussed Chilean copper.", []counterpart{vera}, 0},
		{"Lind and Vera discussed Norway-Chile trade.", []counterpart{vera}, 0},
		{"Lind spoke with the President.", []counterpart{vera}, 0},
		{"Lind met Vera and Rojas.", []counterpart{vera, rojas}, 0},
	} {
		secs := []Section{{Summary: tt.sum}}
		if got := countriesRoom(secs, []string{tt.sum}, speakers{others: tt.others}); got != tt.want {
			t.Errorf("countriesRoom(%q) = %d, want %d", tt.sum, got, tt.want)
		}
	}
}

// A family name's particle opening a summary takes a capital.
func TestGenreCapitalParticle(t *testing.T) {
	for in, want := range map[string]string{
		"da Silva and Rojas will meet in Lima.": "Da Silva and Rojas will meet in Lima.",
		"von der Leyen: The accord holds.":      "Von der Leyen: The accord holds.",
		"Both will meet in Lima.":               "Both will meet in Lima.",
		"criminal records are checked;":         "criminal records are checked;",
		"":                                      "",
	} {
		if got := capitalParticle(in); got != want {
			t.Errorf("capitalParticle(%q) = %q, want %q", in, got, want)
		}
	}
}

// A second family name goes from the name a Spanish-speaking country's
// principal is shown by when the text refers to the person by the first.
func TestGenreSecondSurname(t *testing.T) {
	for _, tt := range []struct{ name, country, text, want string }{
		{"Ana Rojas Soto", "CL", "President Ana Rojas Soto spoke with Lind. President Rojas thanked him.", "Ana Rojas"},
		{"Ana Rojas Soto", "CL", "President Ana Rojas Soto spoke with Lind. President Rojas Soto thanked him.", "Ana Rojas Soto"},
		{"Ana Rojas Soto", "CL", "President Ana Rojas Soto spoke with Lind.", "Ana Rojas Soto"},
		{"Ana Rojas Soto", "BR", "President Ana Rojas Soto spoke with Lind. President Rojas thanked him.", "Ana Rojas Soto"},
		{"Ana Rojas", "CL", "President Rojas thanked him.", "Ana Rojas"},
	} {
		if got := withoutSecondSurname(tt.name, tt.country, tt.text); got != tt.want {
			t.Errorf("withoutSecondSurname(%q, %q) = %q, want %q", tt.name, tt.country, got, tt.want)
		}
	}
}

// A one-section readout's summary whose clause after ", which" leaves
// the list no room is cut to its first clause, when that gives the list
// its room.
func TestGenreOneSectionTightened(t *testing.T) {
	ps := []Participant{{Name: "Jane Roe", Title: "Prime Minister", Country: "NO", Role: RolePrincipal},
		{Name: "Ana Rojas", Title: "President of Chile", Country: "CL", Role: RolePrincipal}}
	sec := "Prime Minister Roe and President Rojas underscored the strength of the Norway-Chile relationship, including in energy, fisheries, and critical minerals. " +
		"They discussed the upcoming Nordic Ski World Cup 2026, which Norway and Chile will co-host with the United States. The leaders agreed to stay in close contact."
	for _, bodyLen := range []int{560, 640} {
		body := sec + strings.Repeat(" x", (bodyLen-len(sec))/2)
		secs := []Section{{Level: 1, Text: sec}}
		sp := newSpeakers(ps, []string{"NO", "CL"}, "NO", body)
		kps := summarizeSections(secs, body, sp, newSentCache(8))
		if want := "Roe and Rojas of Chile discussed the upcoming Nordic Ski World Cup 2026."; secs[0].Summary != want {
			t.Errorf("body of %d: summary %q, want %q", bodyLen, secs[0].Summary, want)
		}
		if len(kps) == 0 || !strings.Contains(kps[len(kps)-1], "United States") {
			t.Errorf("body of %d: key points %q, want a list that names the United States", bodyLen, kps)
		}
	}
}

// The cheap tests before dropClockTime's expressions let through what
// the expressions find.
func TestGenreClockPrechecks(t *testing.T) {
	for s, want := range map[string]bool{
		"from 3 to 7 November 2024": true, "on March 24-25, 2025": true, "on 24–25 March": true,
		"from March 3 to 7, 2024": true, "the Japan-Cambodia summit": false, "in 2024 to 2025 terms": true,
	} {
		if got := hasDayRange(s); got != want {
			t.Errorf("hasDayRange(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"at 4:30 p.m.": true, "at 16.30": true, "in 2024.": false, "as follows: 1": false} {
		if got := hasClockTime(s); got != want {
			t.Errorf("hasClockTime(%q) = %v, want %v", s, got, want)
		}
	}
}

// The rest of an office between a name and the name again goes, when the
// office's first words and its holder's name both became the name: "The
// Minister for Foreign Affairs, European Union and Cooperation, José
// Manuel Albares, today received …" is "Albares received …"; and "of the
// Kingdom of Morocco" after a name is "of Morocco".
func TestGenreOfficeBetweenNames(t *testing.T) {
	for in, want := range map[string]string{
		"Albares, European Union and Cooperation, Albares, received Bourita.": "Albares received Bourita.",
		"Albares, European Union and Cooperation, Albares received Bourita.":  "Albares, European Union and Cooperation, Albares received Bourita.",
		"Albares, the host, Albares, received Bourita.":                       "Albares, the host, Albares, received Bourita.",
		"Albares, Spain and Morocco agreed, Albares, said.":                   "Albares, Spain and Morocco agreed, Albares, said.",
	} {
		if got := dropOfficeBetween(in, "Albares"); got != want {
			t.Errorf("dropOfficeBetween(%q) = %q, want %q", in, got, want)
		}
	}
	body := "The Minister for Foreign Affairs, European Union and Cooperation, Luis Ortega, today received the Minister of Foreign Affairs of the Republic of Chile, Pablo Vera, at the Palacio de Viana. Both ministers reviewed the trade agenda."
	r, err := Parse(Document{Title: "Ortega receives the Chilean Minister of Foreign Affairs", Body: body, PublisherCountry: "ES"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) == 0 || !strings.HasPrefix(r.Sections[0].Summary, "Ortega received Vera of Chile") {
		t.Errorf("sections %+v, want a summary opening \"Ortega received Vera of Chile\"", r.Sections)
	}
}
