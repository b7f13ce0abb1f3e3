package readout

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// Forms read in genre12's readouts, each tested on readouts written for
// the test in new words.

// TestDatelineCountryAndColon: a dateline that names the country after
// the city ("BANJUL, The Gambia, 12 May 2025 – ") or ends with a colon
// after the agency ("Djibouti, 3 June 2025 (IGAD): ") is the day the
// lead's relative day is read against, as a dateline with a dash is.
func TestDatelineCountryAndColon(t *testing.T) {
	pub := time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		date       string
	}{
		{"city, country, day, on Friday",
			"MASERU, Lesotho, 12 May 2025 – The Minister of Foreign Affairs, Hon. Lejone Mpotjoane, on Friday received the Ambassador of Japan, Mr. Taro Yamada.\n\nThey discussed water projects.",
			"2025-05-09"},
		{"city, country, month first, yesterday",
			"KINGSTON, Jamaica, May 12, 2025 – Foreign Minister Kamina Johnson Smith held talks yesterday with the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa.\n\nThey discussed trade.",
			"2025-05-11"},
		{"agency and colon, yesterday",
			"Addis Ababa, 12 May 2025 (AU): The Chairperson of the Commission, Mahmoud Ali Youssouf, yesterday received the Foreign Minister of Kenya, Musalia Mudavadi.\n\nThey discussed Sudan.",
			"2025-05-11"},
		{"colon without agency, the dateline's day",
			"Islamabad, 12 May 2025: Deputy Prime Minister Ishaq Dar met the Foreign Minister of Türkiye, Hakan Fidan.\n\nThey discussed trade.",
			"2025-05-12"},
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

// TestStartDottedAndLater: a 24-hour time written with a dot after "at"
// and no word after it ("today at 11.00") is the start, as "at 11:00"
// is; a number with a unit after it is none. A later sentence that
// names a video conference or an audience before "began at" gives the
// start, in the publisher's time before another city's in brackets.
func TestStartDottedAndLater(t *testing.T) {
	tests := []struct {
		name, body string
		start      string
	}{
		{"at 11.00, end of sentence",
			"The Federal President received the President of Kenya, William Ruto, at Schloss Bellevue today at 11.00.\n\nThey discussed skilled migration.",
			"11:00"},
		{"at 9.30 before a comma",
			"Prime Minister Jonas Gahr Støre met the Prime Minister of Iceland, Kristrún Frostadóttir, at 9.30, before the Nordic Council session.\n\nThey discussed energy.",
			"09:30"},
		{"a rate is no time",
			"Minister Lars Løkke Rasmussen met the Foreign Minister of Chile, Alberto van Klaveren, in Copenhagen, where inflation stands at 2.40 percent.\n\nThey discussed copper.",
			""},
		{"a video conference that began",
			"Prime Minister Philip J. Pierre held a virtual meeting this morning with the Minister of Foreign Affairs of Japan, Takeshi Iwaya.\n\nThe video conference, which began at 9:00 a.m. Eastern Caribbean time (10:00 p.m. in Tokyo), focused on fisheries.",
			"09:00"},
		{"an audience that started",
			"The President received the Secretary-General of the Commonwealth, Shirley Botchwey, at State House.\n\nThe audience started at 15:30 and lasted an hour.",
			"15:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.StartLocal != tt.start {
				t.Errorf("start %q, want %q", r.Meeting.StartLocal, tt.start)
			}
		})
	}
}

// TestHighlightsBeforeLead: bullets of highlights that open a page
// before its lead ("• The ministers reviewed … / • Mexico will …") are
// not the lead; the paragraph after them that names the meeting is, and
// its place is read. A closing mark "--ooOoo--" is no heading.
func TestHighlightsBeforeLead(t *testing.T) {
	tests := []struct {
		name, body  string
		lead, place string
	}{
		{"round bullets and a closing mark",
			"• The ministers reviewed the bilateral agenda.\n\n• Honduras will open a consulate in Veracruz.\n\nForeign Secretary Juan Ramón de la Fuente received the Foreign Minister of Honduras, Eduardo Enrique Reina, in Mexico City today.\n\nThey discussed migration.\n\n--ooOoo--",
			"Foreign Secretary Juan Ramón de la Fuente received the Foreign Minister of Honduras, Eduardo Enrique Reina, in Mexico City today.", "Mexico City"},
		{"dashes",
			"- Both sides agreed to resume direct flights.\n\n- A business forum will be held in October.\n\n- Scholarships were doubled.\n\nThe Minister of Foreign Affairs, Rubén Ramírez Lezcano, met the Foreign Minister of Bolivia, Celinda Sosa Lunda, at the Palacio de López in Asunción.\n\nThey discussed the waterway.",
			"The Minister of Foreign Affairs, Rubén Ramírez Lezcano, met the Foreign Minister of Bolivia, Celinda Sosa Lunda, at the Palacio de López in Asunción.", "Palacio de López"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Lead != tt.lead {
				t.Errorf("lead %q, want %q", r.Lead, tt.lead)
			}
			if !containsText(r.Meeting.Location, tt.place) {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
			for _, s := range r.Sections {
				if s.Heading != "" {
					t.Errorf("heading %q, want none", s.Heading)
				}
			}
		})
	}
}

// TestRoomOfBuilding: a room named in lower case and the building it is
// in ("in the Speaker's reception room of the National Assembly") is the
// place.
func TestRoomOfBuilding(t *testing.T) {
	tests := []struct {
		name, body string
		place      string
	}{
		{"a speaker's reception room",
			"Speaker Woo Won-shik met with the Speaker of the Mongolian State Great Khural, Dashzegviin Amarbayasgalan, at 3 p.m. on the 9th in the Speaker's reception room of the National Assembly.\n\nThey discussed mining.",
			"Speaker's reception room, National Assembly"},
		{"a small meeting room",
			"State Minister Hiroshi Kawamura met with the Vice Minister of Foreign Affairs of Peru, Ana Cecilia Gervasi, in the small meeting room of the Ministry of Foreign Affairs.\n\nThey discussed copper.",
			"small meeting room, Ministry of Foreign Affairs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("place %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestLabelHeadings: a label over a block of its own kind ("Highlights"
// over a list of key points, "About the X" over the publisher's
// boilerplate) is a heading on its own, and the paragraphs before it
// stay the page's text with their lead; the list is summarized with the
// text before it, the boilerplate not at all.
func TestLabelHeadings(t *testing.T) {
	tests := []struct {
		name, body string
		lead       string
		headings   []string
	}{
		{"highlights over a list",
			"Rome – The Director-General of IFAD met today with the Prime Minister of Niger, Ali Lamine Zeine, at IFAD headquarters.\n\nHighlights\n\n- Two million smallholders face drought\n- IFAD to fund new irrigation schemes\n\nThe Director-General announced USD 8 million for irrigation in the Tillabéri region.\n\nThe Prime Minister thanked IFAD for its support.",
			"Rome – The Director-General of IFAD met today with the Prime Minister of Niger, Ali Lamine Zeine, at IFAD headquarters.",
			[]string{"1 Highlights"}},
		{"about the publisher at the foot",
			"MANILA – Asian Development Bank President Masato Kanda met on Monday with the President of Palau, Surangel Whipps Jr., at ADB headquarters.\n\nThe two discussed a new solar power project and the modernisation of the port of Malakal.\n\nKanda said the Bank would double its support for renewable energy in the Pacific.\n\nAbout ADB\n\nADB is committed to achieving a prosperous, inclusive, resilient, and sustainable Asia and the Pacific.",
			"MANILA – Asian Development Bank President Masato Kanda met on Monday with the President of Palau, Surangel Whipps Jr., at ADB headquarters.",
			[]string{"1 About ADB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Lead != tt.lead {
				t.Errorf("lead %q, want %q", r.Lead, tt.lead)
			}
			var got []string
			for _, s := range r.Sections {
				if s.Heading != "" {
					got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
				}
			}
			if !slices.Equal(got, tt.headings) {
				t.Errorf("headings %q, want %q", got, tt.headings)
			}
			// The meeting's text is summarized; a label's block is not
			// summarized on its own.
			for _, s := range r.Sections {
				if s.Heading == "" && s.Summary == "" {
					t.Errorf("the meeting's section has no summary")
				}
				if s.Heading != "" && s.Summary != "" {
					t.Errorf("%q summarized as %q, want none", s.Heading, s.Summary)
				}
			}
		})
	}
}

// TestQuoteAttributionLine: a line that opens with an em or en dash after
// a quotation names who said it ("— The Right Honourable X"): no heading,
// and the page before it is not made one lead; a heading written "- "
// after a quotation stays a heading.
func TestQuoteAttributionLine(t *testing.T) {
	tests := []struct {
		name, body string
		headings   []string
	}{
		{"em dash after a quotation",
			"Her Excellency the Governor General welcomed the President of Finland, Alexander Stubb, to Rideau Hall yesterday.\n\nThey discussed the Arctic and Indigenous languages.\n\n“Canada and Finland are northern neighbours across the pole.”\n\n— Her Excellency the Right Honourable Mary Simon",
			nil},
		{"en dash after a quotation",
			"The President received the Prime Minister of Samoa, La'auli Leuatea Schmidt, at State House.\n\nThey discussed fisheries.\n\n\"Our ocean is our future,\" the President said. \"We will protect it together.\"\n\n– President of the Republic",
			nil},
		{"a heading after a quotation",
			"The Minister met the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, in Accra.\n\n\"Ghana is a close partner.\"\n\n- Trade and investment\n\nThey agreed to double trade by 2030.\n\n- Security\n\nThey discussed the Sahel.",
			[]string{"1 Trade and investment", "1 Security"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range r.Sections {
				if s.Heading != "" {
					got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
				}
			}
			if !slices.Equal(got, tt.headings) {
				t.Errorf("headings %q, want %q", got, tt.headings)
			}
		})
	}
}

// TestSesquicentennial: "the sesquicentennial of the settlement" is a
// 150th anniversary, as "the centenary of" is a 100th; a "centenary
// declaration" is none.
func TestSesquicentennial(t *testing.T) {
	tests := []struct {
		s    string
		want []int
	}{
		{"The two leaders marked the sesquicentennial of the Icelandic settlement of New Iceland.", []int{150}},
		{"The city celebrates the sesquicentenary of its founding this year.", []int{150}},
		{"They reviewed the joint centenary declaration of 2001.", nil},
		{"The bicentennial of independence falls next year.", []int{200}},
	}
	for _, tt := range tests {
		var got []int
		for _, a := range writtenAnniversaries(tt.s) {
			got = append(got, a.ordinal)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("writtenAnniversaries(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestBracketDayAfterWeekday: "this Wednesday (5)", Brazil's day of the
// month in brackets after the weekday, leaves a summary with the weekday;
// and a place written "at X, in City" leaves it whole.
func TestBracketDayAfterWeekday(t *testing.T) {
	tests := []struct{ in, want string }{
		{"President Lula received the Chancellor of Germany, Friedrich Merz, this Wednesday (5), at Palácio do Planalto.",
			"President Lula received the Chancellor of Germany, Friedrich Merz, at Palácio do Planalto."},
		{"The Minister met the Foreign Minister of Chile this Monday (10/3) in Brasília.",
			"The Minister met the Foreign Minister of Chile in Brasília."},
		{"The Minister met the Foreign Minister of Chile this Monday (the 10th) in Brasília.",
			"The Minister met the Foreign Minister of Chile (the 10th) in Brasília."},
	}
	for _, tt := range tests {
		if got := dropMeetingTime(tt.in); got != tt.want {
			t.Errorf("dropMeetingTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, want := dropPlace("Lula received Merz of Germany, at Palácio do Planalto, in Brasília.", "Palácio do Planalto, Brasília"), "Lula received Merz of Germany."; got != want {
		t.Errorf("dropPlace = %q, want %q", got, want)
	}
}

// TestOfficeBuildingNotItsHolder: "the Office of the Prime Minister" is
// a building: the summary does not write it "the Office of Manele".
func TestOfficeBuildingNotItsHolder(t *testing.T) {
	bodies := []string{
		"HONIARA – Prime Minister Hon. Jeremiah Manele received a courtesy call from the Foreign Minister of Japan, Takeshi Iwaya, at the Office of the Prime Minister.\n\nThe Prime Minister thanked Japan for its support of the Honiara port. They met at the Office of the Prime Minister again in the afternoon to sign a grant of 2 billion yen.",
		"President William Ruto received the President of Ghana, John Dramani Mahama, at State House. The President and his guest later toured the Residence of the President in Mombasa.\n\nThey discussed trade.",
	}
	for _, body := range bodies {
		r, err := Parse(Document{Title: "Courtesy call", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range append(r.KeyPoints, summariesOf(r)...) {
			if containsText(s, "Office of Manele") || containsText(s, "Residence of Ruto") {
				t.Errorf("%q names the building by its holder", s)
			}
		}
	}
}

// summariesOf is the summaries of r's sections.
func summariesOf(r *Readout) []string {
	var out []string
	for _, s := range r.Sections {
		out = append(out, s.Summary)
	}
	return out
}

// TestReleaseHeaderLines: a headline that ends with a name's "Jr.", a
// date line "March 28, 2025 | Release" and an attribution "Attributed to
// X:" are the page's header and furniture, not its text: the lead is the
// meeting's sentence and no summary names the spokesman.
func TestReleaseHeaderLines(t *testing.T) {
	body := "Readout of Secretary of Defense Pete Hegseth's Meeting With Republic of Korea Minister of National Defense Ahn Gyu-back\n\nOctober 4, 2025 | Release\n\nAttributed to Chief Pentagon Spokesman Sean Parnell:\n\nSecretary of Defense Pete Hegseth met with Republic of Korea Minister of National Defense Ahn Gyu-back at the Pentagon on October 3, 2025.\n\nThe two leaders discussed the modernization of the alliance and shipbuilding cooperation."
	r, err := Parse(Document{Title: "Readout of Secretary of Defense Pete Hegseth's Meeting With Republic of Korea Minister of National Defense Ahn Gyu-back", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Secretary of Defense Pete Hegseth met with Republic of Korea Minister of National Defense Ahn Gyu-back at the Pentagon on October 3, 2025."; r.Lead != want {
		t.Errorf("lead %q, want %q", r.Lead, want)
	}
	for _, s := range append(summariesOf(r), r.KeyPoints...) {
		if containsText(s, "Parnell") || containsText(s, "Release") {
			t.Errorf("summary %q names the page's furniture", s)
		}
	}
	if d, ok := parseDateLine("March 28, 2025 | Release"); !ok || d.Format("2006-01-02") != "2025-03-28" {
		t.Errorf("parseDateLine = %v, %v", d, ok)
	}
	h := readHeader([]string{"Readout of the Secretary's Meeting With Gilberto Teodoro Jr.", "March 28, 2025 | Release", "Secretary Hegseth met with Secretary Teodoro in Manila."})
	if h.end != 2 {
		t.Errorf("header ends at %d, want 2", h.end)
	}
}

// TestIndianStylesInSummaries: "Smt" and "Shri", India's styles before a
// name, leave a summary as "H.E." does.
func TestIndianStylesInSummaries(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Boko called on the President of India, Smt Droupadi Murmu.", "Boko called on the President of India, Droupadi Murmu."},
		{"The Vice President, Shri C.P. Radhakrishnan, met Boko.", "The Vice President, C.P. Radhakrishnan, met Boko."},
		{"Smt. Nirmala Sitharaman met the Finance Minister of Japan.", "Nirmala Sitharaman met the Finance Minister of Japan."},
	}
	for _, tt := range tests {
		if got := dropNameStyles(tt.in); got != tt.want {
			t.Errorf("dropNameStyles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIssuerSignature: the office that issued a page, signing it at its
// foot ("Information Department of the … Secretariat", "Press Service of
// the President"), is no part of its text; a sentence about such an
// office, or one before the foot, stays.
func TestIssuerSignature(t *testing.T) {
	tests := []struct {
		lines []string
		want  int // lines kept
	}{
		{[]string{"Chairman X held a meeting with Marshal Y.", "They discussed the accession talks.", "Information Department of the Verkhovna Rada of Ukraine Secretariat"}, 2},
		{[]string{"President X received Prime Minister Y.", "They discussed trade.", "Press Service of the President of the Republic"}, 2},
		{[]string{"President X received Prime Minister Y.", "They discussed trade.", "Communication Department of the Prince's Palace"}, 2},
		{[]string{"President X received Prime Minister Y.", "They agreed to open a Press Office of the Joint Commission."}, 2},
		{[]string{"Press Office of the Ministry of Foreign Affairs", "President X received Prime Minister Y.", "They discussed trade."}, 3},
	}
	for _, tt := range tests {
		if got := len(cleanLines(tt.lines).lines); got != tt.want {
			t.Errorf("cleanLines(%q) keeps %d lines, want %d", tt.lines, got, tt.want)
		}
	}
}

// TestDayAloneHourAndRoomLeaveSummary: a meeting's sentence leaves its
// hour without minutes ("at 2 p.m."), its day of the month alone ("on
// the 17th") and a room of a building ("in the Speaker's reception room
// of the National Assembly"), which the post shows.
func TestDayAloneHourAndRoomLeaveSummary(t *testing.T) {
	if got, want := dropClockTime("Woo met with Puan and her delegation at 2 p.m. on the 17th."), "Woo met with Puan and her delegation on the 17th."; got != want {
		t.Errorf("dropClockTime = %q, want %q", got, want)
	}
	if got, want := dropClockTime("The ministers met at 2 percent growth targets."), "The ministers met at 2 percent growth targets."; got != want {
		t.Errorf("dropClockTime = %q, want %q", got, want)
	}
	if got, want := dropMeetingTime("Woo met with Puan and her delegation on the 17th in Seoul."), "Woo met with Puan and her delegation in Seoul."; got != want {
		t.Errorf("dropMeetingTime = %q, want %q", got, want)
	}
	if got, want := dropMeetingTime("Woo met with Puan on the 17th-century palace grounds."), "Woo met with Puan on the 17th-century palace grounds."; got != want {
		t.Errorf("dropMeetingTime = %q, want %q", got, want)
	}
	if got, want := dropPlace("Woo met with Puan in the Speaker's reception room of the National Assembly.", "Speaker's reception room, National Assembly"), "Woo met with Puan."; got != want {
		t.Errorf("dropPlace = %q, want %q", got, want)
	}
}

// TestClockTimeIsBareNumber: "10h30" and "18h", clock times as Brazil
// and France write them, say nothing in a list of mentions, as "80th"
// does not; "G20" and "H2" are names.
func TestClockTimeIsBareNumber(t *testing.T) {
	for run, want := range map[string]bool{"10h30": true, "18h": true, "9h05": true, "80th": true, "10h300": false, "G20": false, "COP30": false, "4x4": false} {
		if got := isBareNumber(run); got != want {
			t.Errorf("isBareNumber(%q) = %v, want %v", run, got, want)
		}
	}
}
