package readout

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Forms read in genre10's readouts, each tested on readouts written for
// the test in new words.

// TestDatelineDayWithoutYear: a city's dateline that gives the day
// without its year ("OSLO, 3 March – … yesterday") is the day the lead's
// relative day is read against, as one with its year is; a dateline
// whose day is the meeting's stays the meeting's day.
func TestDatelineDayWithoutYear(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		date       string
	}{
		{"day first, yesterday",
			"OSLO, 3 March – Norway and Chile will deepen cooperation on salmon farming, following a meeting between the Minister of Fisheries, Marianne Sivertsen Næss, and the Minister of Economy of Chile, Nicolás Grau, in Oslo yesterday.\n\nThey discussed aquaculture research.",
			"2025-03-02"},
		{"month first, this morning",
			"Nairobi, March 3 – Cabinet Secretary Musalia Mudavadi held talks this morning with the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa.\n\nThey discussed trade.",
			"2025-03-03"},
		{"the dateline's day, no relative day",
			"CANBERRA, 3 March – Foreign Minister Penny Wong met the Foreign Minister of Fiji, Sitiveni Rabuka.\n\nThey discussed climate finance.",
			"2025-03-03"},
		{"the dateline with its year, yesterday",
			"Vientiane, 3 March 2025 – Foreign Minister Thongsavanh Phomvihane held talks yesterday with the Foreign Minister of Thailand, Maris Sangiampongsa.\n\nThey discussed the Mekong.",
			"2025-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Date != tt.date {
				t.Errorf("date %q, want %q", r.Meeting.Date, tt.date)
			}
		})
	}
}

// TestNumberedFormFields: a page laid out as a form numbers its fields
// before the outline ("1. Date and time: …", "2. Venue: …", "3.
// Attendees: …", "4. Outline: X held …"): the fields give the start and
// the place and are neither sections nor the lead, and the outline's
// label is no part of its first sentence.
func TestNumberedFormFields(t *testing.T) {
	tests := []struct {
		name, body          string
		start, place, first string
	}{
		{"dotted numbers",
			"1. Date and time: Tuesday, 4 March 2025, 10:30–11:15\n\n2. Venue: Ministry of Defence (Canberra)\n\n3. Attendees: Australia: Richard Marles, Minister for Defence; Japan: Gen Nakatani, Minister of Defense\n\n4. Outline: Minister Marles held a meeting with Minister Nakatani, who is visiting Australia.\n\n(1) The two ministers agreed to expand joint exercises.\n\n(2) They discussed the Mogami-class frigates.",
			"10:30", "Ministry of Defence", "Minister Marles held a meeting with Minister Nakatani, who is visiting Australia."},
		{"bare numbers and a time field",
			"1 Date: 4 March 2025\n\n2 Time: 14:00–14:40\n\n3 Place: Government House, Wellington\n\n4 Overview: Foreign Minister Winston Peters met Foreign Minister Penny Wong.\n\n(1) They discussed the Pacific.",
			"14:00", "Government House, Wellington", "Foreign Minister Winston Peters met Foreign Minister Penny Wong."},
		{"unnumbered fields",
			"Date and time: Tuesday, 4 March 2025, 09:45–10:30\n\nVenue: Prime Minister's Office, Tokyo\n\nOutline: Prime Minister Ishiba received a courtesy call from Mr. Mark Rutte, Secretary General of NATO.\n\nThey discussed Ukraine.",
			"09:45", "Prime Minister's Office, Tokyo", "Prime Minister Ishiba received a courtesy call from Mr. Mark Rutte, Secretary General of NATO."},
		{"no fields: numbered paragraphs stay sections",
			"1. Foreign Minister Winston Peters met Foreign Minister Penny Wong in Wellington.\n\n2. Venue of the next meeting: Canberra.\n\n3. They discussed the Pacific.",
			"", "Wellington", "Foreign Minister Winston Peters met Foreign Minister Penny Wong in Wellington."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Defence Ministers' Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.StartLocal != tt.start {
				t.Errorf("start %q, want %q", r.Meeting.StartLocal, tt.start)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
			if !strings.HasSuffix(r.Lead, tt.first) {
				t.Errorf("lead %q, want it to end with %q", r.Lead, tt.first)
			}
			for _, sec := range r.Sections {
				if hasAnyPrefix(sec.Text, fieldLabels) {
					t.Errorf("section %q is a field", sec.Text)
				}
			}
			for _, p := range r.Participants {
				if strings.Contains(p.Title, ":") {
					t.Errorf("title %q holds a label", p.Title)
				}
			}
		})
	}
}

// TestDatedMarkdownHeadings: a bulletin of a minister's meetings over
// several days heads each day with its date ("## 12 May 2025") and each
// meeting below it: after the lead, a date as a Markdown heading is a
// heading of the page, the meetings' bold lines its second level; a date
// line before the lead stays the page's date.
func TestDatedMarkdownHeadings(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"days over meetings",
			"## 12 May 2025\n\nOn 12–13 May 2025, Foreign Minister Bui Thanh Son held bilateral meetings on the sidelines of the Mekong–Lancang Foreign Ministers' Meeting in Vientiane.\n\n" +
				"## 12 May 2025\n\n**Meeting with the Foreign Minister of Cambodia**\n\nThe Minister met Foreign Minister Prak Sokhonn. They discussed border demarcation.\n\n" +
				"## 13 May 2025\n\n**Meeting with the Foreign Minister of Myanmar**\n\nThe Minister met Foreign Minister Than Swe. They discussed the Five-Point Consensus.\n",
			[]string{"1 12 May 2025", "2 Meeting with the Foreign Minister of Cambodia", "1 13 May 2025", "2 Meeting with the Foreign Minister of Myanmar"}},
		{"month first, one level",
			"Foreign Minister Bui Thanh Son held bilateral meetings in Vientiane.\n\n" +
				"## May 12, 2025\n\nThe Minister met Foreign Minister Prak Sokhonn.\n\n## May 13, 2025\n\nThe Minister met Foreign Minister Than Swe.\n",
			[]string{"1 May 12, 2025", "1 May 13, 2025"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseMarkdown([]byte("---\ntitle: \"Foreign Minister's bilateral meetings in Vientiane\"\ndate: '2025-05-13'\n---\n" + tt.body))
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
					got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("headings %q, want %q", got, tt.want)
			}
			if !strings.HasPrefix(r.Lead, "On 12–13 May") && !strings.HasPrefix(r.Lead, "Foreign Minister Bui") {
				t.Errorf("lead %q", r.Lead)
			}
		})
	}
}

// TestEventPlaceBeforeWhere: "X took part in <event> in <city>, where
// he held bilateral meetings with …": the meetings are in the event's
// city; a call so introduced is placed nowhere.
func TestEventPlaceBeforeWhere(t *testing.T) {
	tests := []struct {
		name, body, place string
	}{
		{"session of a body",
			"Deputy Minister Marek Prawda attended the Council of Europe ministerial session in Strasbourg, where on 14 May he met the Foreign Minister of Georgia, Maka Botchorishvili.\n\nThey discussed visa liberalisation.",
			"Strasbourg"},
		{"a conference, city and country",
			"State Secretary Anna Lührmann took part in the Conference on Small Island States in Apia, Samoa, where she held talks with the Prime Minister of Tuvalu, Feleti Teo.\n\nThey discussed sea-level rise.",
			"Apia, Samoa"},
		{"a call",
			"Foreign Minister Espen Barth Eide was in Geneva for the Human Rights Council, where he spoke by telephone with the Foreign Minister of Colombia, Laura Sarabia.\n\nThey discussed the peace process.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meetings", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestNounMeetingPlace: a lead that opens with its message and reports
// the meeting as a noun ("This was the main message of X at his meeting
// with Y, …, at the Palais des Nations") is placed after the noun's
// counterpart; what was discussed there places nothing.
func TestNounMeetingPlace(t *testing.T) {
	tests := []struct {
		name, body, place string
	}{
		{"headline lead, a venue",
			"Bern, 4.06.2025 – Switzerland will fund demining in Ukraine. Federal Councillor Ignazio Cassis announced this at his meeting with Volker Türk, UN High Commissioner for Human Rights, at the Palais Wilson in Geneva on 3 June.\n\nThey also discussed Sudan.",
			"Palais Wilson, Geneva"},
		{"headline lead, a city",
			"Oslo, 4.06.2025 – Norway will double its support for Sudan. Foreign Minister Espen Barth Eide said so during his talks with Tom Fletcher, UN Emergency Relief Coordinator, in New York on Tuesday.\n\nThey discussed access.",
			"New York"},
		{"topics only",
			"Norway will double its support for Sudan. Foreign Minister Espen Barth Eide said so during his talks with Tom Fletcher, UN Emergency Relief Coordinator, on the crisis in Sudan and the fighting in Darfur.\n\nThey discussed access.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestPressConferenceAfterTalks: "X said at a press conference in
// Vilnius on Monday, following talks with Y": the talks are where the
// press conference after them was; a press conference with no talks
// before it places nothing.
func TestPressConferenceAfterTalks(t *testing.T) {
	tests := []struct {
		name, body, place string
	}{
		{"following talks",
			"\"Lithuania and Poland are one defence area\", Minister of Foreign Affairs Kęstutis Budrys said at a press conference in Vilnius on Monday, following talks with Poland's Minister of Foreign Affairs Radosław Sikorski.\n\nThey discussed Rail Baltica.",
			"Vilnius"},
		{"after meeting",
			"\"We will build the bridge together\", Foreign Minister Péter Szijjártó said at a joint press conference in Belgrade after meeting Serbia's Foreign Minister Marko Đurić.\n\nThey discussed the railway.",
			"Belgrade"},
		{"no talks",
			"\"Energy prices must fall\", Foreign Minister Péter Szijjártó said at a press conference in Budapest, and he later spoke by telephone with Serbia's Foreign Minister Marko Đurić.\n\nThey discussed the railway.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestLaterLeadForms: forms of a lead read in the tuned White House sets,
// tried on readouts in new words: a later sentence "This was the first
// meeting of the group, taking place on the margins of … in X" places
// the meeting; "Following the President's call with Y on April 24, X met
// today with Z" is dated today, not by the earlier call; and "X
// travelled to Y." over "… the delegation met with …" places the
// delegation's meetings in Y.
func TestLaterLeadForms(t *testing.T) {
	pub := time.Date(2025, 4, 25, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body  string
		date, place string
	}{
		{"this was the meeting, taking place",
			"Today, the second meeting of the Steering Group on Sudan was co-chaired by Deputy Secretary Kurt Campbell and EU Special Representative Annette Weber. This was the first meeting of the group in person, taking place on the margins of the Sudan Conference in Paris. The group discussed humanitarian access.\n\nThey agreed to meet again in June.",
			"2025-04-25", "Paris"},
		{"this was the meeting, held",
			"Today, the third round of the Strategic Dialogue was co-chaired by Deputy Secretary Kurt Campbell and Vice Foreign Minister Park Yoon-joo. This was the first round of the talks held in Seoul since 2019.\n\nThey discussed supply chains.",
			"2025-04-25", "Seoul"},
		{"an earlier call's date in a fronted clause",
			"Following President Trump's call with Prime Minister Mark Carney on April 23, Secretary Marco Rubio met today with Foreign Minister Mélanie Joly to discuss tariffs.\n\nThey discussed fentanyl.",
			"2025-04-25", ""},
		{"a date of the meeting itself before the verb",
			"On April 23, Secretary Marco Rubio met with Foreign Minister Mélanie Joly to discuss tariffs.\n\nThey discussed fentanyl.",
			"2025-04-23", ""},
		{"a delegation where it travelled",
			"On April 22–23, Assistant Secretary Michael Kozak travelled to Guatemala to underscore U.S. support for the fight against gangs. He was accompanied by Senior Director Mauricio Claver-Carone.\n\nThe delegation met with President Bernardo Arévalo and Foreign Minister Carlos Ramiro Martínez to discuss migration.",
			"", "Guatemala"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Readout", Body: tt.body, Published: pub, PublisherCountry: "US"})
			if err != nil {
				t.Fatal(err)
			}
			if tt.date != "" && r.Meeting.Date != tt.date {
				t.Errorf("date %q, want %q", r.Meeting.Date, tt.date)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestOpeningsAndAdverbials: places and days written around the lead's
// verb rather than after it: an opening "On the afternoon of 10 June, in
// Hanoi," or "On Wednesday, at the seat of the Ministry in Warsaw,"; a
// day and a city between the subject and its verb ("X, on Tuesday in
// Abuja, held talks"); and a relative day with its date after a comma
// ("this afternoon, 11 June 2025").
func TestOpeningsAndAdverbials(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, body  string
		date, place string
	}{
		{"the afternoon of a date, a city",
			"On the afternoon of June 10, in Vientiane, Deputy Prime Minister and Foreign Minister Saleumxay Kommasith held talks with the Foreign Minister of Cambodia, Prak Sokhonn.\n\nThey discussed the Mekong.",
			"2025-06-10", "Vientiane"},
		{"a date with its year, a city",
			"On 10 June 2025, in Tashkent, Foreign Minister Bakhtiyor Saidov held talks with the Foreign Minister of Turkmenistan, Rashid Meredov.\n\nThey discussed gas.",
			"2025-06-10", "Tashkent"},
		{"the seat of the Ministry",
			"On Wednesday, at the seat of the Ministry in Vilnius, Minister Kęstutis Budrys received the Minister of Foreign Affairs of Moldova, Mihai Popșoi.\n\nThey discussed EU accession.",
			"2025-06-11", "Ministry, Vilnius"},
		{"the residence of an ambassador",
			"On Tuesday, at the residence of the Ambassador in Paris, Foreign Minister Ararat Mirzoyan met with the Foreign Minister of Greece, George Gerapetritis.\n\nThey discussed the region.",
			"2025-06-10", "Residence of the Ambassador, Paris"},
		{"day and city before the verb",
			"The Minister of Foreign Affairs, Amb. Yusuf Tuggar, on Tuesday in Abuja held bilateral talks with his Senegalese counterpart, Yassine Fall.\n\nThey discussed ECOWAS.",
			"2025-06-10", "Abuja"},
		{"yesterday in a city before the verb",
			"Cabinet Secretary Musalia Mudavadi yesterday in Nairobi held talks with the Foreign Minister of Uganda, Jeje Odongo.\n\nThey discussed the pipeline.",
			"2025-06-11", "Nairobi"},
		{"a relative day with its date after a comma",
			"Minister for Foreign Affairs Vivian Balakrishnan met Malaysian Foreign Minister Mohamad Hasan at the Istana this afternoon, 11 June 2025.\n\nThey discussed the Johor causeway.",
			"2025-06-11", "Istana"},
		{"a call's city before the verb is no place",
			"Foreign Minister Yusuf Tuggar, on Tuesday in Abuja, held a telephone conversation with Foreign Minister Yassine Fall.\n\nThey discussed ECOWAS.",
			"2025-06-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Date != tt.date {
				t.Errorf("date %q, want %q", r.Meeting.Date, tt.date)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestDatelineSentencesAndLaterStart: a dateline written as sentences of
// its own ("Montevideo, June 10, 2025." or "Belmopan, Belize. August 22,
// 2025.") is the day the lead's days are read against and the meeting's
// when it states none, and the lead's own later sentence ("The talks
// began at 11:00.") gives the start.
func TestDatelineSentencesAndLaterStart(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body         string
		date, start, place string
	}{
		{"city and date",
			"Asunción, June 10, 2025. Foreign Minister Rubén Ramírez Lezcano met with Uruguay's Foreign Minister Mario Lubetkin at the Palacio de López.\n\nThey discussed the waterway.",
			"2025-06-10", "", "Palacio de López"},
		{"city, country and date, yesterday",
			"Roseau, Dominica. June 11, 2025. The Minister for Foreign Affairs, Vince Henderson, and the Foreign Minister of Barbados, Kerrie Symmonds, co-chaired the Joint Commission yesterday at the Financial Centre in Roseau.\n\nThey discussed air links.",
			"2025-06-10", "", "Financial Centre, Roseau"},
		{"no dateline: a first short sentence stays the lead's",
			"Trade was the focus. Foreign Minister Rubén Ramírez Lezcano met with Uruguay's Foreign Minister Mario Lubetkin on Tuesday.\n\nThey discussed the waterway.",
			"2025-06-10", "", ""},
		{"the talks began at",
			"On June 10, Foreign Minister Sergey Lavrov held talks in Moscow with the Minister of Foreign Affairs of Laos, Thongsavanh Phomvihane. The talks began at 11:00.\n\nThey discussed trade.",
			"2025-06-10", "11:00", "Moscow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Date != tt.date {
				t.Errorf("date %q, want %q", r.Meeting.Date, tt.date)
			}
			if r.Meeting.StartLocal != tt.start {
				t.Errorf("start %q, want %q", r.Meeting.StartLocal, tt.start)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestCentenariesAndFoundingYears: "the centenary of …" and "the
// bicentennial of …" are the 100th and 200th anniversaries; an
// anniversary whose sentence gives the year of what it marks ("the 25th
// anniversary of the Joint Commission, set up in 2000") falls that many
// years later; an ordinal of a session is none.
func TestCentenariesAndFoundingYears(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"centenary", "Foreign Minister Robert Dussey met Foreign Minister Samuel Okudzeto Ablakwa in Lomé on Tuesday, as the two countries mark the centenary of the Lomé–Aflao road.", []string{"100 2025"}},
		{"bicentennial", "Foreign Minister Celinda Sosa met Foreign Minister Elmer Schialer in La Paz on Tuesday, on the eve of the Bicentennial of the Independence of Bolivia.", []string{"200 2025"}},
		{"founding year", "Foreign Minister Robert Dussey met Foreign Minister Samuel Okudzeto Ablakwa in Lomé on Tuesday. They welcomed the 25th anniversary of the Joint Commission, which was set up in 2000.", []string{"25 2025"}},
		{"a year stated as the anniversary's", "Foreign Minister Robert Dussey met Foreign Minister Samuel Okudzeto Ablakwa in Lomé on Tuesday. They recalled the 60th anniversary of Togo's membership of the United Nations, marked in 2020.", []string{"60 2020"}},
		{"a session", "Foreign Minister Robert Dussey met Foreign Minister Samuel Okudzeto Ablakwa in Lomé on Tuesday, during the 12th session of the Joint Commission.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range r.Anniversaries {
				got = append(got, fmt.Sprintf("%d %d", a.Ordinal, a.Year))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("anniversaries %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDatedHTMLHeadings: the same bulletin as an HTML page, the days in
// <h2> and the meetings in <h3>; a date in a heading at the page's foot
// heads nothing, in HTML and in Markdown.
func TestDatedHTMLHeadings(t *testing.T) {
	headings := func(r *Readout) []string {
		var got []string
		for _, s := range r.Sections {
			if s.Heading != "" {
				got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
			}
		}
		return got
	}
	lead := `<p>On 12–13 May 2025, Foreign Minister Bui Thanh Son held bilateral meetings on the sidelines of the Mekong–Lancang Foreign Ministers' Meeting in Vientiane.</p>`
	body := lead + `<h2>12 May 2025</h2><h3>Meeting with the Foreign Minister of Cambodia</h3>
<p>The Minister met Foreign Minister Prak Sokhonn. They discussed border demarcation and the rail link between the two capitals.</p>
<h2>13 May 2025</h2><h3>Meeting with the Foreign Minister of Myanmar</h3>
<p>The Minister met Foreign Minister Than Swe. They discussed the Five-Point Consensus and the elections in Myanmar.</p>`
	r, err := Parse(Document{Title: "Bilateral meetings", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 12 May 2025", "2 Meeting with the Foreign Minister of Cambodia", "1 13 May 2025", "2 Meeting with the Foreign Minister of Myanmar"}
	if got := headings(r); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("HTML headings %q, want %q", got, want)
	}
	r, err = Parse(Document{Title: "Bilateral meeting", Body: lead + `<p>They discussed the Mekong and the rail link between the two capitals in detail.</p><h4>13 May 2025</h4>`})
	if err != nil {
		t.Fatal(err)
	}
	if got := headings(r); len(got) != 0 {
		t.Errorf("HTML date at the foot: headings %q", got)
	}
	doc, err := ParseMarkdown([]byte("---\ntitle: \"Bilateral meeting\"\n---\nForeign Minister Bui Thanh Son met Foreign Minister Prak Sokhonn in Vientiane.\n\nThey discussed the Mekong and the rail link between the two capitals in detail.\n\n## 13 May 2025\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r, err = Parse(doc); err != nil {
		t.Fatal(err)
	}
	if got := headings(r); len(got) != 0 {
		t.Errorf("Markdown date at the foot: headings %q", got)
	}
}

// TestOpeningTownByKind: "On June 10, in the city of Samarkand, X held
// talks with Y": a town the lead names by its kind is the place, though
// it is no capital; a town so named in the matters discussed is not.
func TestOpeningTownByKind(t *testing.T) {
	tests := []struct {
		name, body, place string
	}{
		{"city of", "On June 10, in the city of Samarkand, Foreign Minister Bakhtiyor Saidov held talks with the Foreign Minister of Tajikistan, Sirojiddin Muhriddin.\n\nThey discussed water.", "Samarkand"},
		{"two words", "On 10 June, in the coastal city of Da Nang, Foreign Minister Bui Thanh Son held talks with the Foreign Minister of Laos, Thongsavanh Phomvihane.\n\nThey discussed the railway.", "Da Nang"},
		{"a town in the matters", "On June 10, Foreign Minister Bakhtiyor Saidov held talks with the Foreign Minister of Tajikistan, Sirojiddin Muhriddin, by telephone and discussed the water works in the city of Khujand.\n\nThey discussed water.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestMetVirtually: "met virtually with X from Wellington" is a video
// conference, placed nowhere; "met X in Wellington" stays a meeting.
func TestMetVirtually(t *testing.T) {
	tests := []struct {
		name, body, kind, place string
	}{
		{"met virtually", "Foreign Minister Winston Peters met virtually with the Foreign Minister of Fiji, Sitiveni Rabuka, from Wellington on Tuesday.\n\nThey discussed the Pacific.", "video conference", ""},
		{"meets virtually", "Foreign Minister Winston Peters meets virtually with Fiji's Prime Minister Sitiveni Rabuka.\n\nThey discussed the Pacific.", "video conference", ""},
		{"met in person", "Foreign Minister Winston Peters met the Foreign Minister of Fiji, Sitiveni Rabuka, in Wellington on Tuesday.\n\nThey discussed the Pacific.", "meeting", "Wellington"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Kind != tt.kind || r.Meeting.Location != tt.place {
				t.Errorf("kind %q place %q, want %q %q", r.Meeting.Kind, r.Meeting.Location, tt.kind, tt.place)
			}
		})
	}
}

// TestMoreRelativeDays: "the day before yesterday", "this past Monday"
// and a day of the month alone ("on the 9th in Suva", "on the 17th
// (local time)") are read against the publication date; an ordinal
// that is no day ("on the 30th anniversary") dates nothing.
func TestMoreRelativeDays(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, when, date string
	}{
		{"day before yesterday", "the day before yesterday", "2025-06-10"},
		{"this past Monday", "this past Monday", "2025-06-09"},
		{"a day of the month", "on the 9th", "2025-06-09"},
		{"a day of last month", "on the 28th (local time)", "2025-05-28"},
		{"an anniversary's ordinal", "on the 30th anniversary of relations", "2025-06-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "Foreign Minister Winston Peters met the Foreign Minister of Fiji, Sitiveni Rabuka, " + tt.when + " in Suva.\n\nThey discussed the Pacific."
			r, err := Parse(Document{Title: "Talks", Body: body, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Date != tt.date {
				t.Errorf("date %q, want %q", r.Meeting.Date, tt.date)
			}
		})
	}
}

// TestHalfOfDayInWords: "at 3:00 in the afternoon" starts at 15:00, "at
// 9.30 in the morning" at 09:30, "at 8:00 in the evening" at 20:00.
func TestHalfOfDayInWords(t *testing.T) {
	for when, want := range map[string]string{"at 3:00 in the afternoon": "15:00", "at 9:30 in the morning": "09:30",
		"at 8:00 in the evening": "20:00", "at 15:00 in the afternoon": "15:00"} {
		body := "Foreign Minister Winston Peters met the Foreign Minister of Fiji, Sitiveni Rabuka, on 9 June " + when + " in Suva.\n\nThey discussed the Pacific."
		r, err := Parse(Document{Title: "Talks", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if r.Meeting.StartLocal != want {
			t.Errorf("%s: start %q, want %q", when, r.Meeting.StartLocal, want)
		}
	}
}

// TestHeadlineTopicBeforeColon: "Nuclear safety in Ukraine: Federal
// Councillor X meets IAEA Director General" names its topic before the
// colon, no side; a headline whose colon opens no meeting keeps its
// countries.
func TestHeadlineTopicBeforeColon(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"topic, then a meeting", "Water security in Iraq: Foreign Minister Rangel meets Jordanian counterpart",
			"Minister of State and Foreign Affairs Paulo Rangel met his Jordanian counterpart Ayman Safadi in Lisbon on Tuesday.\n\nThey discussed Iraq.",
			[]string{"PT", "JO"}},
		{"pair, then no meeting verb", "Portugal–Jordan: a partnership for the Mediterranean",
			"Minister of State and Foreign Affairs Paulo Rangel met his Jordanian counterpart Ayman Safadi in Lisbon on Tuesday.\n\nThey discussed Iraq.",
			[]string{"PT", "JO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: "PT"})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(r.Parties, " ") != strings.Join(tt.want, " ") {
				t.Errorf("parties %v, want %v", r.Parties, tt.want)
			}
		})
	}
}

// TestHeadlineTopicsAreNoSides: what a headline's meeting was about or
// for ("… meets Danish counterpart on Ukraine", "… ahead of the Ukraine
// Recovery Conference", "… to boost aid to Ukraine") is no side; a visit
// to a country and a call on its leader keep it.
func TestHeadlineTopicsAreNoSides(t *testing.T) {
	body := "Foreign Minister Margus Tsahkna held talks with his Danish counterpart Lars Løkke Rasmussen in Tallinn.\n\nThey discussed cables."
	for title, want := range map[string]string{
		"Tsahkna meets Danish counterpart on Ukraine":                                 "EE DK",
		"Tsahkna and Løkke Rasmussen talk support for Ukraine":                        "EE DK",
		"Estonia and Denmark to boost aid to Ukraine":                                 "EE DK",
		"Tsahkna meets Danish counterpart ahead of the Ukraine Recovery Conference":   "EE DK",
		"Foreign Minister Tsahkna pays a courtesy call on the President of Lithuania": "EE LT DK",
	} {
		r, err := Parse(Document{Title: title, Body: body, PublisherCountry: "EE"})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(r.Parties, " "); got != want {
			t.Errorf("%s: parties %q, want %q", title, got, want)
		}
	}
}

// TestWhereTheSubjectIs: "X, who is in New York for the UN General
// Assembly, met Y" and "During his visit to Fiji, X met Y" place the
// meeting; a call with one who is somewhere is placed nowhere.
func TestWhereTheSubjectIs(t *testing.T) {
	tests := []struct {
		name, body, place string
	}{
		{"who is in", "Foreign Minister Winston Peters, who is in New York for the UN General Assembly, met the Foreign Minister of Fiji, Sitiveni Rabuka, on Tuesday.\n\nThey discussed the Pacific.", "New York"},
		{"during his visit to", "During his visit to Samoa, Foreign Minister Winston Peters met the Prime Minister, Laʻauli Leuatea Schmidt.\n\nThey discussed the Pacific.", "Samoa"},
		{"a call", "Foreign Minister Winston Peters spoke by telephone with the Foreign Minister of Fiji, Sitiveni Rabuka, who is in Suva for the budget session.\n\nThey discussed the Pacific.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Talks", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}
