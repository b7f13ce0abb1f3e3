package readout

import (
	"fmt"
	"strings"
	"testing"
)

// The place of a meeting stated in forms of any ministry's house style:
// a capital named by its country's adjective ("in the Kazakh capital",
// "in the Indian capital, New Delhi,"), a state named by its kind ("on
// a working visit to the Sultanate"), a visit's country that a later
// sentence of the lead places in a venue, a headline that alone names
// the city, and a venue after an opening phrase of time; and the forms
// that state none (a call, a headline's city of a meeting to come).
func TestPlaces19(t *testing.T) {
	tests := []struct {
		name, title, body, country string
		place                      string
	}{
		{"adjective capital", "Deputy Prime Minister meets Kazakh Foreign Minister",
			"On 12 March 2025, Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son held talks with Minister of Foreign Affairs of Kazakhstan Murat Nurtleu in the Kazakh capital.\n\nThey agreed to strengthen cooperation in transport.",
			"VN", "Astana"},
		{"adjective capital with its city", "Foreign Secretary meets Indian External Affairs Minister",
			"Foreign Secretary David Lammy met External Affairs Minister Dr S. Jaishankar in the Indian capital, New Delhi, on 7 June.\n\nThey discussed trade.",
			"GB", "New Delhi"},
		{"adjective capital opening the sentence", "Foreign Minister in Poland",
			"Federal Foreign Minister Johann Wadephul travelled to Poland on Monday. In the Polish capital, he held talks with Foreign Minister Radosław Sikorski.\n\nThey discussed Ukraine.",
			"DE", "Warsaw"},
		{"a state named by its kind, dateline", "Foreign Minister holds talks with Iranian counterpart",
			"Muscat, 2 November 2025 (ONA) — Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, held talks today with Iranian Foreign Minister Abbas Araghchi, who is on a working visit to the Sultanate.\n\nThey reviewed regional developments.",
			"OM", "Muscat"},
		{"a state named by its kind, no dateline", "Foreign Minister receives Jordanian counterpart",
			"Minister of Foreign Affairs Sayyid Badr Al Busaidi received Jordanian Foreign Minister Ayman Safadi, who is on an official visit to the Sultanate.\n\nThey reviewed regional developments.",
			"OM", ""},
		{"visit's country, then the venue", "Foreign Minister Holds Talks with Foreign Minister of Singapore",
			"On September 12, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, held a Foreign Ministers' Meeting with Dr. Vivian Balakrishnan, Minister for Foreign Affairs of the Republic of Singapore, who is visiting Japan. The meeting was held at the Iikura Guest House.\n\nThe two Ministers exchanged views on regional affairs.",
			"JP", "Iikura Guest House"},
		{"headline's capital", "Minister Wadephul meets Egyptian Foreign Minister in Cairo",
			"Federal Foreign Minister Johann Wadephul met his Egyptian counterpart Badr Abdelatty today.\n\nThey discussed humanitarian access.",
			"DE", "Cairo"},
		{"headline's capital, a call", "Foreign Minister speaks with Egyptian Foreign Minister in Cairo",
			"Federal Foreign Minister Johann Wadephul spoke by telephone with his Egyptian counterpart Badr Abdelatty today.\n\nThey discussed humanitarian access.",
			"DE", ""},
		{"headline's capital of a meeting to come", "Ministers meet ahead of summit in Seoul",
			"Foreign Minister Cho Tae-yul met Japanese Foreign Minister Iwaya Takeshi today.\n\nThey discussed the trilateral summit.",
			"KR", ""},
		{"opening phrase of time, a venue", "Audience with the President of Ghana",
			"This morning, in the Apostolic Palace, the Holy Father Leo XIV received in audience the President of the Republic of Ghana, H.E. Mr. John Dramani Mahama.\n\nThey discussed the Sahel.",
			"VA", "Apostolic Palace"},
		{"opening phrase of time, at a venue", "President receives Angolan counterpart",
			"Today, at the State House, President William Ruto received President João Lourenço of Angola.\n\nThey discussed regional security.",
			"KE", "State House"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: tt.country})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// Headings a page sets between its paragraphs with no mark of their own
// (plain, italic or underlined paragraphs of HTML, a Markdown line in
// "_emphasis_", a feed's text, Roman numerals), and lines between
// paragraphs that are no headings: photo captions, a signature, a lone
// short line, a date line.
func TestPlainHeadings19(t *testing.T) {
	const lead = "Foreign Minister Margus Tsahkna met Lithuanian Foreign Minister Kęstutis Budrys in Tallinn on Monday."
	const p1, p2 = "The ministers discussed the Rail Baltica project and electricity grids.", "They also discussed sanctions against Russia and support for Ukraine."
	html := func(h1, h2 string) string {
		return "<html><body><main><h1>Foreign Minister meets Lithuanian counterpart</h1><p>" + lead + "</p>" + h1 + "<p>" + p1 + "</p>" + h2 + "<p>" + p2 + "</p></main></body></html>"
	}
	tests := []struct {
		name, body string
		want       []string // "LEVEL heading"
	}{
		{"HTML plain paragraphs", html("<p>Energy and transport</p>", "<p>Security</p>"), []string{"1 Energy and transport", "1 Security"}},
		{"HTML emphasis", html("<p><em>Energy and transport</em></p>", "<p><em>Security</em></p>"), []string{"1 Energy and transport", "1 Security"}},
		{"HTML underline", html("<p><u>Energy and transport</u></p>", "<p><u>Security</u></p>"), []string{"1 Energy and transport", "1 Security"}},
		{"HTML bold paragraphs", html("<p><b>Energy and transport</b></p>", "<p><b>Security</b></p>"), []string{"1 Energy and transport", "1 Security"}},
		{"text, Roman numerals", lead + "\n\nI. Energy and transport\n\n" + p1 + "\n\nII. Security\n\n" + p2 + "\n\nTallinn, 12 May 2025",
			[]string{"1 Energy and transport", "1 Security"}},
		{"text, a signature and a date", lead + "\n\n" + p1 + "\n\n" + p2 + "\n\nMinistry of Foreign Affairs\n\n12 May 2025", nil},
		{"text, photo captions", lead + "\n\nMinister Tsahkna and Minister Budrys at the Ministry\n\n" + p1 + "\n\nMinister Budrys greets the staff of the Embassy\n\n" + p2, nil},
		{"text, one short line", lead + "\n\nEnergy and transport\n\n" + p1 + "\n\n" + p2, nil},
		{"text, places", lead + "\n\nTallinn\n\n" + p1 + "\n\nVilnius\n\n" + p2, []string{"1 Tallinn", "1 Vilnius"}},
		{"HTML bold with a colon", html("<p><strong>Energy and transport:</strong></p>", "<p><strong>Security:</strong></p>"),
			[]string{"1 Energy and transport", "1 Security"}},
		{"HTML bold with a colon over a list", html("<p><strong>Participants:</strong></p><ul><li>Jane Roe</li><li>John Doe</li></ul>", ""), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Foreign Minister meets Lithuanian counterpart", Body: tt.body, PublisherCountry: "EE"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range r.Sections {
				if s.Heading != "" {
					got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("headings %q, want %q", got, tt.want)
			}
			if r.Lead != lead {
				t.Errorf("lead %q", r.Lead)
			}
		})
	}
}

// A Markdown page's lines wholly in bold, however written ("__Kyiv__",
// "<strong>Kyiv</strong>", "**Kyiv:**"), are headings; a bold label with
// a colon over a list is not.
func TestBoldHeadings19(t *testing.T) {
	page := func(h1, h2 string) string {
		return "---\ntitle: \"Readout of the National Security Advisor's Travel to Poland and Ukraine\"\n---\n" +
			"National Security Advisor Jane Roe traveled to Poland and Ukraine this week to meet with senior officials.\n\n" +
			h1 + "\n\nIn Warsaw, Ms. Roe met with President Andrzej Duda and discussed support for Ukraine.\n\n" +
			h2 + "\n\nIn Kyiv, Ms. Roe met with President Volodymyr Zelenskyy and reaffirmed support for Ukraine.\n"
	}
	for _, tt := range []struct{ h1, h2, want string }{
		{"**Warsaw:**", "**Kyiv:**", "Warsaw|Kyiv"},
		{"__Warsaw__", "__Kyiv__", "Warsaw|Kyiv"},
		{"<strong>Warsaw</strong>", "<b>Kyiv</b>", "Warsaw|Kyiv"},
		{"**Monday, May 19**", "**Tuesday, May 20**", "Monday, May 19|Tuesday, May 20"},
		{"**Participants:**\n\n- Jane Roe\n- John Doe", "", ""},
	} {
		doc, err := ParseMarkdown([]byte(page(tt.h1, tt.h2)))
		if err != nil {
			t.Fatal(err)
		}
		r, err := Parse(doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range r.Sections {
			if s.Heading != "" {
				got = append(got, s.Heading)
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s: headings %q, want %s", tt.h1, got, tt.want)
		}
	}
}

// A Markdown page's "_Supply chains_" line is a heading like a plain one.
func TestEmphasisHeadings19(t *testing.T) {
	doc, err := ParseMarkdown([]byte("---\ntitle: \"Readout of a meeting with business leaders\"\n---\n" +
		"On Wednesday, senior administration officials met with members of the Business Roundtable in the Roosevelt Room.\n\n" +
		"_Supply chains_\n\nOfficials described actions to strengthen supply chains for critical minerals.\n\n" +
		"_Workforce_\n\nParticipants discussed apprenticeship programs and training grants.\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Heading)
	}
	if want := []string{"Supply chains", "Workforce"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", got, want)
	}
}

// The venue of a later event in the lead's sentence is not the
// meeting's: "to prepare the summit that will be held in Seoul", "in
// preparation for", "before the leaders' summit in", "on his way to",
// "where he will attend …".
func TestFutureVenues19(t *testing.T) {
	const subj = "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Iwaya Takeshi"
	for rest, want := range map[string]string{
		" to prepare the summit that will be held in Seoul in June.":                            "",
		" to prepare for the APEC summit in Gyeongju.":                                          "",
		" in preparation for the summit in Gyeongju.":                                           "",
		" in Busan before the leaders' summit in Gyeongju.":                                     "Busan",
		", on his way to the G20 meeting in Johannesburg.":                                      "",
		" in Tokyo, where he will attend the Japan-Korea Forum in Osaka.":                       "Tokyo",
		" in Tokyo and agreed to hold the next round of talks, which will take place in Seoul.": "Tokyo",
	} {
		placeAfter(t, "KR", "Foreign Minister meets Japanese counterpart", subj, rest, want)
	}
}

// Breadcrumbs written with bars or slashes ("Home | News | Press
// releases"), "You are here: …" and "Share on Facebook …" are furniture:
// neither the title nor the lead nor a heading.
func TestFurniture19(t *testing.T) {
	for _, crumbs := range []string{"Home | News | Press releases", "Home / Media / News", "You are here: Home › Media › News"} {
		body := crumbs + "\n\nMinister Stenergard meets Estonian counterpart\n\nPublished 4 April 2025\n\nShare on Facebook Share on X Share on LinkedIn\n\n" +
			"Today, Minister for Foreign Affairs Maria Malmer Stenergard received Estonian Minister of Foreign Affairs Margus Tsahkna at Arvfurstens palats in Stockholm.\n\n" +
			"The ministers discussed Nordic-Baltic cooperation and support for Ukraine."
		r, err := Parse(Document{Body: body, PublisherCountry: "SE"})
		if err != nil {
			t.Fatal(err)
		}
		if r.Title != "Minister Stenergard meets Estonian counterpart" {
			t.Errorf("%s: title %q", crumbs, r.Title)
		}
		if !strings.HasPrefix(r.Lead, "Today, Minister") {
			t.Errorf("%s: lead %q", crumbs, r.Lead)
		}
		if r.Meeting.Location != "Arvfurstens palats, Stockholm" {
			t.Errorf("%s: place %q", crumbs, r.Meeting.Location)
		}
		for _, s := range r.Sections {
			if s.Heading != "" || strings.Contains(s.Text, "Share on") || strings.Contains(s.Text, "Home") {
				t.Errorf("%s: section %+v", crumbs, s)
			}
		}
	}
}

// A place named after its kind ("in the Uzbek city of Samarkand", "in
// the central city of Da Nang", "in the town of Soroca") is the place,
// not the adjective before it; a capital in capitals before a colon is a
// dateline ("NEW DELHI: …").
func TestTownsAndDatelines19(t *testing.T) {
	for body, want := range map[string]string{
		"President Shavkat Mirziyoyev met with President Kassym-Jomart Tokayev in the Uzbek city of Samarkand on Friday.":               "Samarkand",
		"Premier Li Qiang met Prime Minister Anthony Albanese in the Chinese city of Tianjin.":                                          "Tianjin",
		"Federal Councillor Ignazio Cassis met Indian Minister Piyush Goyal in the Swiss resort of Davos.":                              "Davos",
		"Prime Minister Pham Minh Chinh received Thai Prime Minister Paetongtarn Shinawatra in the central city of Da Nang.":            "Da Nang",
		"Foreign Minister Andrii Sybiha met with his Moldovan counterpart Mihai Popșoi in the town of Soroca.":                          "Soroca",
		"NEW DELHI: External Affairs Minister S. Jaishankar held talks with his Saudi counterpart Prince Faisal bin Farhan on Tuesday.": "New Delhi",
		"NEW DELHI: External Affairs Minister S. Jaishankar spoke by telephone with his Saudi counterpart Prince Faisal bin Farhan.":    "",
	} {
		r, err := Parse(Document{Title: "Meeting", Body: body + "\n\nThey discussed trade and investment."})
		if err != nil {
			t.Fatal(err)
		}
		if r.Meeting.Location != want {
			t.Errorf("%s: place %q, want %q", body, r.Meeting.Location, want)
		}
	}
}

// Headings and paragraphs numbered in two levels ("1.1 Rail links",
// "2.1. The two sides …") are sections of the second level under their
// first; "1.5 billion" opens no section.
func TestDottedNumbers19(t *testing.T) {
	body := "Foreign Minister Margus Tsahkna met Lithuanian Foreign Minister Kęstutis Budrys in Tallinn on Monday.\n\n" +
		"1. Energy and transport\n\nThe ministers discussed electricity grids.\n\n1.1 Rail links\n\nThey reviewed the Rail Baltica project.\n\n" +
		"1.2. The ministers agreed to meet the project's deadline.\n\n2. Security\n\nThey discussed sanctions.\n\n" +
		"1.5 billion euros was pledged for the line."
	r, err := Parse(Document{Title: "Meeting", Body: body, PublisherCountry: "EE"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sections {
		got = append(got, fmt.Sprintf("%d %s %s", s.Level, s.Number, s.Heading))
	}
	want := []string{"1 1 Energy and transport", "2 1.1 Rail links", "2 1.2 ", "1 2 Security"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sections %q, want %q", got, want)
	}
}

// A day after the place ("in Jakarta Thursday"), an apposition with a
// possessive ("in Jakarta, Indonesia's capital") and the talks' format
// ("in tête-à-tête format") are no part of the place.
func TestPlaceFragments19(t *testing.T) {
	const subj = "Foreign Minister Wang Yi met with Foreign Minister Sugiono"
	for rest, want := range map[string]string{
		" in Jakarta Thursday.":                 "Jakarta",
		" in Jakarta, Indonesia's capital.":     "Jakarta",
		" in Tête-à-tête format.":               "",
		" in Tête-à-tête format in Beijing.":    "Beijing",
		" in Beijing in Restricted format.":     "Beijing",
		" in the Great Hall of the People.":     "Great Hall of the People",
		" at the Palace of the Nation, Geneva.": "Palace of the Nation, Geneva",
	} {
		placeAfter(t, "CN", "Meeting", subj, rest, want)
	}
}

// The place of a meeting its lead does not place, stated elsewhere on
// the page: a sentence of the next paragraph ("The meeting took place at
// …", "The meeting, held at …"), a header's field ("Venue: …"), a venue
// in the headline ("… at Hyderabad House"), a dateline in capitals of a
// city that is no capital ("GENEVA, 3 March – …"), a visit in an opening
// phrase ("During the visit of X to Beijing, …"); and none for a call.
func TestPlacesElsewhere19(t *testing.T) {
	tests := []struct{ title, body, want string }{
		{"Meeting", "Foreign Minister Wang Yi met Foreign Minister Sugiono on Monday.\n\nThe meeting took place at the Ministry of Foreign Affairs in Jakarta. The two ministers discussed trade.",
			"Ministry of Foreign Affairs, Jakarta"},
		{"Meeting", "Foreign Minister Wang Yi met Foreign Minister Sugiono on Monday.\n\nThe two ministers discussed trade. The talks were held at the Diaoyutai State Guesthouse.",
			"Diaoyutai State Guesthouse"},
		{"Meeting", "Foreign Minister Sugiono met Foreign Minister Wang Yi.\n\nThe meeting, held at the Great Hall of the People, focused on trade.",
			"Great Hall of the People"},
		{"Meeting", "Date: 3 March 2025\nVenue: Iikura Guest House, Tokyo\n\nForeign Minister Iwaya held a meeting with Foreign Minister Sugiono.\n\nThey discussed trade.",
			"Iikura Guest House, Tokyo"},
		{"PM meets President at Hyderabad House", "Prime Minister Modi held talks with President Marcos today.\n\nThey discussed trade.", "Hyderabad House"},
		{"Statement at the Security Council after meeting", "Prime Minister Modi held talks with President Marcos today.\n\nThey discussed trade.", ""},
		{"Meeting", "GENEVA, 3 March – Foreign Minister Wang Yi met High Commissioner Volker Türk.\n\nThey discussed trade.", "Geneva"},
		{"Call", "GENEVA, 3 March – Foreign Minister Wang Yi spoke by phone with High Commissioner Volker Türk.\n\nThey discussed trade.", ""},
		{"Meeting", "During the visit of Foreign Minister Sugiono to Beijing, Foreign Minister Wang Yi held talks with him.\n\nThey discussed trade.", "Beijing"},
		{"Meeting", "Foreign Minister Wang Yi met Foreign Minister Sugiono on Monday.\n\nThe two ministers agreed that the next meeting will take place in Jakarta.", ""},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Title: tt.title, Body: tt.body})
		if err != nil {
			t.Fatal(err)
		}
		if r.Meeting.Location != tt.want {
			t.Errorf("%.60s: place %q, want %q", tt.body, r.Meeting.Location, tt.want)
		}
	}
}

// A line in bold right under a Markdown heading is a heading of the
// second level, not an item of a list with it: "## Bilateral relations"
// / "**Energy**" / text.
func TestBoldUnderMarkdownHeading19(t *testing.T) {
	doc, err := ParseMarkdown([]byte("---\ntitle: \"Minister meets counterpart\"\n---\n" +
		"Foreign Minister Margus Tsahkna met Lithuanian Foreign Minister Kęstutis Budrys in Tallinn on Monday.\n\n" +
		"## Bilateral relations\n\n**Energy**\n\nThe ministers discussed the Rail Baltica project and electricity grids.\n\n" +
		"**Security**\n\nThey also discussed sanctions against Russia.\n\n## Regional issues\n\nThey discussed the next NB8 meeting.\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sections {
		got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
	}
	want := []string{"1 Bilateral relations", "2 Energy", "2 Security", "1 Regional issues"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sections %q, want %q", got, want)
	}
	if r.Lead != "Foreign Minister Margus Tsahkna met Lithuanian Foreign Minister Kęstutis Budrys in Tallinn on Monday." {
		t.Errorf("lead %q", r.Lead)
	}
}

// placeAfter checks the place Parse gives a lead of subj and rest, with
// a paragraph after it.
func placeAfter(t *testing.T, pub, title, subj, rest, want string) {
	t.Helper()
	r, err := Parse(Document{Title: title, Body: subj + rest + "\n\nThey discussed trade and investment.", PublisherCountry: pub})
	if err != nil {
		t.Fatal(err)
	}
	if r.Meeting.Location != want {
		t.Errorf("%s: place %q, want %q", rest, r.Meeting.Location, want)
	}
}
