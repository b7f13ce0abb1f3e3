package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestSeveralMeetingsPage: on a page of several meetings, a section
// headed by the office of the one met names him with his country's
// demonym ("With Finnish Foreign Minister X, the minister discussed …"),
// and the event's city that the paragraph before the first meeting names
// is where they were held.
func TestSeveralMeetingsPage(t *testing.T) {
	r := parseDoc18(t, "PL", "Foreign Minister's meetings on the margins of the OSCE Ministerial Council",
		"On the margins of the OSCE Ministerial Council in Vienna, Minister Radosław Sikorski held several bilateral meetings.",
		"Meeting with the Foreign Minister of Moldova",
		"Minister Sikorski met the Deputy Prime Minister and Minister of Foreign Affairs of Moldova, Mihai Popșoi. They discussed energy security.",
		"Meeting with the Foreign Minister of Finland",
		"With Finnish Foreign Minister Elina Valtonen, the minister discussed the OSCE chairmanship and support for Ukraine.",
		"Meeting with the Foreign Minister of Kazakhstan",
		"Minister Sikorski and Kazakh Foreign Minister Murat Nurtleu discussed transport links between Europe and Central Asia.")
	want := []string{"Radosław Sikorski|PL", "Mihai Popșoi|MD", "Elina Valtonen|FI", "Murat Nurtleu|KZ"}
	if got := principalsOf(r); !slices.Equal(got, want) {
		t.Errorf("principals %q, want %q", got, want)
	}
	if r.Meeting.Location != "Vienna" {
		t.Errorf("place %q, want Vienna", r.Meeting.Location)
	}
	// The lead that opens with the event names its city too.
	r = parseLead1(t, "PL", "On the margins of the OSCE Ministerial Council in Vienna, Minister Radosław Sikorski held several bilateral meetings.")
	if r.Meeting.Location != "Vienna" {
		t.Errorf("place %q, want Vienna", r.Meeting.Location)
	}
}

// TestSovereignsAndStyledGuests: a sovereign named by style and office
// alone ("His Majesty the King of Jordan") is an unnamed principal of his
// country; a princess's title reads as a prince's; the Commonwealth's
// Secretary-General is the Commonwealth's, without the peer's style
// before her given name; a guest named by styles and a known holder's name
// alone is of the holder's country, in Western order.
func TestSovereignsAndStyledGuests(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"GB", "The Prime Minister met His Majesty the King of Jordan today.", "|Prime Minister|GB, |King of Jordan|JO"},
		{"GB", "The Prime Minister met the Emir of Qatar in London.", "|Prime Minister|GB, |Emir of Qatar|QA"},
		{"GB", "The Prime Minister met Princess Lalla Hasnaa of Morocco today.", "|Prime Minister|GB, Lalla Hasnaa|Princess of Morocco|MA"},
		{"NG", "The Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, received the Secretary General of the Commonwealth, Baroness Patricia Scotland KC.",
			"Yusuf Maitama Tuggar|Minister of Foreign Affairs|NG, Patricia Scotland|Secretary General of the Commonwealth|COMMONWEALTH"},
		{"KH", "Prime Minister Hun Manet received H.E. Mr. Ishiba Shigeru at the Peace Palace.", "Hun Manet|Prime Minister|KH, Shigeru Ishiba||JP"},
		// (A name that is no known holder's stays unread: nothing says
		// whose side he is of.)
		{"KH", "Prime Minister Hun Manet received H.E. Mr. John Roe at the Peace Palace.", "Hun Manet|Prime Minister|KH"},
	})
}

// TestMilitaryTimeSlashDateYearsSince: "at 1500H" is a start time,
// "01/06/2025" a date written day first (month first only where the
// second number is no month), and "it was exactly 75 years since" an
// anniversary.
func TestMilitaryTimeSlashDateYearsSince(t *testing.T) {
	tests := []struct {
		lead, date, start string
	}{
		{"On 01 June 2025, Secretary Lazaro met with the Foreign Minister of Japan at 1500H.", "2025-06-01", "15:00"},
		{"At 0930H on 01 June 2025, Secretary Lazaro met with the Foreign Minister of Japan.", "2025-06-01", "09:30"},
		{"On 01/06/2025, EAM met the Foreign Minister of Ghana.", "2025-06-01", ""},
		{"On 06/21/2025, the Secretary met the Foreign Minister of Ghana.", "2025-06-21", ""},
	}
	for _, tt := range tests {
		r := parseDoc18(t, "PH", "Meeting", tt.lead, "They discussed trade.")
		if got := r.Meeting.Date; got != tt.date {
			t.Errorf("%s\n date %q, want %q", tt.lead, got, tt.date)
		}
		if got := r.Meeting.StartLocal; got != tt.start {
			t.Errorf("%s\n start %q, want %q", tt.lead, got, tt.start)
		}
	}
	r := parseDoc18(t, "AU", "Meeting", "Foreign Minister Wong met the Foreign Minister of Indonesia.",
		"She noted that it was exactly 75 years since Australia and Indonesia established diplomatic relations.")
	if len(r.Anniversaries) != 1 || r.Anniversaries[0].Ordinal != 75 {
		t.Errorf("anniversaries %+v, want the 75th", r.Anniversaries)
	}
}

// TestBodiesOwnReleases: the heads of the IMF, ECOWAS and the UN in their
// bodies' own releases: a day between the subject and the verb, a
// statement issued "after meeting" its counterpart (placed where they
// met, and its "I" the statement's author, in the third person), and an
// event's name alone giving way to the dateline's city.
func TestBodiesOwnReleases(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"ECOWAS", "The President of the ECOWAS Commission, H.E. Dr. Omar Alieu Touray, on Wednesday 5 March 2025 paid a courtesy call on the President of the Republic of Senegal, H.E. Bassirou Diomaye Faye, at the Presidential Palace in Dakar.",
			"Omar Alieu Touray|President of the ECOWAS Commission|ECOWAS, Bassirou Diomaye Faye|President of the Republic of Senegal|SN"},
		{"IMF", "Ms. Kristalina Georgieva, Managing Director of the International Monetary Fund (IMF), issued the following statement today after meeting Prime Minister Giorgia Meloni of Italy in Rome:",
			"Kristalina Georgieva|Managing Director of the International Monetary Fund|IMF, Giorgia Meloni|Prime Minister of Italy|IT"},
		// ("Speaking after meeting …" and "So said X after meeting …"
		// are read as before: their subject comes after.)
		{"CL", "Speaking after meeting the Foreign Minister of Peru, Luis Quispe, in Lima, Minister Ana Rojas said relations had never been stronger.",
			"Ana Rojas|Minister|CL, Luis Quispe|Foreign Minister of Peru|PE"},
	})
	r := parseDoc18(t, "IMF", "Statement by the Managing Director",
		"Washington, DC: Ms. Kristalina Georgieva, Managing Director of the International Monetary Fund (IMF), issued the following statement today after meeting with President Javier Milei of Argentina in Buenos Aires:",
		`"I thank President Milei for a productive discussion. I am pleased that the new arrangement of US$20 billion will support the program.`)
	if r.Meeting.Location != "Buenos Aires" {
		t.Errorf("place %q, want Buenos Aires", r.Meeting.Location)
	}
	text := strings.Join(r.KeyPoints, "\n")
	for _, s := range r.Sections {
		text += "\n" + s.Summary
	}
	if strings.Contains(text, "following statement") || strings.Contains(text, " I ") || !strings.Contains(text, "Georgieva") {
		t.Errorf("summaries and key points %q: the statement's intro, or its I", text)
	}
	r = parseDoc18(t, "UN", "Readout of the Secretary-General's meeting with the President of Nigeria",
		"New York, 23 September 2025",
		"The Secretary-General met today with H.E. Mr. Bola Ahmed Tinubu, President of the Federal Republic of Nigeria, on the margins of the eightieth session of the General Assembly.",
		"They discussed the situation in the Sahel.")
	if r.Meeting.Location != "New York" {
		t.Errorf("place %q, want New York", r.Meeting.Location)
	}
}

func TestWithNamedI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I thank Prime Minister Meloni for a warm welcome.", "Georgieva thanks Prime Minister Meloni for a warm welcome."},
		{"I am pleased. I also thanked the Minister. I will visit Rome.", "Georgieva is pleased. Georgieva also thanked the Minister. Georgieva will visit Rome."},
		{"Today I spoke with Minister X and I reaffirmed support.", "Georgieva spoke with Minister X and Georgieva reaffirmed support."},
		{"I look forward to it, and I have invited him.", "Georgieva looks forward to it, and Georgieva has invited him."},
		{"I welcome the reforms.", "Georgieva welcomes the reforms."},
	}
	for _, tt := range tests {
		if got := withNamedI(tt.in, "Georgieva"); got != tt.want {
			t.Errorf("withNamedI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCountryNameWithOf: a country's name with "of" in it before the name
// ("of the Democratic People's Republic of Korea Choe Son Hui") is read
// whole: the name is the words after it, the country the whole name's.
func TestCountryNameWithOf(t *testing.T) {
	checkLeadTitles(t, []leadTitleCase{
		{"RU", "Sergey Lavrov held talks with Minister of Foreign Affairs of the Democratic People's Republic of Korea Choe Son Hui.",
			"Sergey Lavrov||RU, Choe Son Hui|Minister of Foreign Affairs of the Democratic People's Republic of Korea|KP"},
		{"VN", "Deputy Prime Minister Bui Thanh Son met with Minister of Foreign Affairs of the Lao People's Democratic Republic Thongsavanh Phomvihane.",
			"Bui Thanh Son|Deputy Prime Minister|VN, Thongsavanh Phomvihane|Minister of Foreign Affairs of the Lao People's Democratic Republic|LA"},
		{"JP", "Minister Iwaya met with Foreign Minister of the United Kingdom of Great Britain and Northern Ireland David Lammy.",
			"Iwaya|Minister|JP, David Lammy|Foreign Minister of the United Kingdom of Great Britain and Northern Ireland|GB"},
	})
}

// TestContactsTrailerAndBarDate: a page's contacts ("Further
// information", "Inquiries:", "Contact") end its readout, and a header
// line "Press release 112/2025 | 3.6.2025" dates it.
func TestContactsTrailerAndBarDate(t *testing.T) {
	for _, l := range []string{"Further information", "For further information:", "More information", "Inquiries:", "Enquiries", "Contact", "Media contacts", "Press contact:"} {
		if !mayBeTrailer(l) || !trailerLine.MatchString(l) {
			t.Errorf("%q is no trailer", l)
		}
	}
	for _, l := range []string{"Contacts between people grew.", "Further information was shared on the project."} {
		if trailerLine.MatchString(l) {
			t.Errorf("%q is a trailer", l)
		}
	}
	r, err := Parse(Document{Title: "Foreign Minister Valtonen meets Swedish counterpart", PublisherCountry: "FI", Body: "Press release 112/2025 | 3.6.2025\n\n" +
		"Minister for Foreign Affairs Elina Valtonen met Sweden's Minister for Foreign Affairs Maria Malmer Stenergard in Helsinki on Tuesday 3 June.\n\n" +
		"The ministers discussed Nordic defence cooperation.\n\nFurther information\n\nPress officer Jane Doe, tel. +358 295 350 000\n"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Meeting.Date != "2025-06-03" {
		t.Errorf("date %q, want 2025-06-03", r.Meeting.Date)
	}
	if strings.Contains(r.Body, "Jane Doe") {
		t.Errorf("body holds the contacts: %q", r.Body)
	}
}

// TestHeadOfStateAndJoinedFamilyNames: "The Head of State held talks
// with …" is the publisher's head, named by the headline; "Ulisses
// Correia e Silva" keeps his "e Silva" and goes by "Correia e Silva"; "and
// proposed to mark" is no purpose to cut before; a style before an office
// goes with it when the office and name are compacted.
func TestHeadOfStateAndJoinedFamilyNames(t *testing.T) {
	r := parseDoc18(t, "KZ", "Kassym-Jomart Tokayev holds talks with Prime Minister of Italy Giorgia Meloni",
		"The Head of State held talks with Prime Minister of the Italian Republic Giorgia Meloni, who is in Astana on an official visit.",
		"They discussed energy.")
	if got := strings.Join(principalsOf(r), ", "); got != "Kassym-Jomart Tokayev|KZ, Giorgia Meloni|IT" {
		t.Errorf("principals %q", got)
	}
	checkLeadTitles(t, []leadTitleCase{
		{"SN", "The President of the Republic, His Excellency Mr Bassirou Diomaye Faye, received the Prime Minister of the Republic of Cabo Verde, Mr Ulisses Correia e Silva, on a working visit.",
			"Bassirou Diomaye Faye|President of the Republic|SN, Ulisses Correia e Silva|Prime Minister of the Republic of Cabo Verde|CV"},
	})
	if got := shortName("Ulisses Correia e Silva", "", westernNames); got != "Correia e Silva" {
		t.Errorf("shortName = %q, want Correia e Silva", got)
	}
	s := "Tokayev recalled that the two countries will celebrate the 30th anniversary of the Treaty, signed in 1996, and proposed to mark the date with events."
	if i := strings.Index(s, " to mark"); purposeAt(s, i) {
		t.Errorf("purposeAt(%q) after \"proposed\"", s)
	}
	if got := compactTitles("His Excellency Minister of Foreign Affairs Abbas Araghchi called."); got != "Abbas Araghchi called." {
		t.Errorf("compactTitles = %q", got)
	}
}

// TestContinuedSpeech: after "X said that …", a sentence of the same
// paragraph that opens with the sides or a country and a verb of the
// present or a modal is X's words, not the sides' commitment nor a fact;
// one that tells what they did is not.
func TestContinuedSpeech(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wang Yi said that trade grew. The two sides should strengthen the synergy. China is ready to work with Brazil.",
			"Wang Yi said that trade grew. Wang Yi said that the two sides should strengthen the synergy. Wang Yi said that China is ready to work with Brazil."},
		{"Mauro Vieira said that ties are strong. Brazil firmly adheres to the one-China principle.",
			"Mauro Vieira said that ties are strong. Mauro Vieira said that Brazil firmly adheres to the one-China principle."},
		{"Wang Yi said that trade grew. The two sides signed an agreement on trade.",
			"Wang Yi said that trade grew. The two sides signed an agreement on trade."},
		{"The two sides should strengthen the synergy.", "The two sides should strengthen the synergy."},
		{"Wang Yi said that trade grew.\nThe two sides should strengthen the synergy.", "Wang Yi said that trade grew.\nThe two sides should strengthen the synergy."},
	}
	for _, tt := range tests {
		if got := continuedSpeech(tt.in); got != tt.want {
			t.Errorf("continuedSpeech(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestMeasuredNotPledged: trade "at about KSh 15 billion a year" and
// money companies "have invested" are measures, no pledges; a package
// "valued at $225 million" is still one.
func TestMeasuredNotPledged(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"The leaders noted that bilateral trade, at about KSh 15 billion a year, remains below its potential.", 0},
		{"Italian companies have invested more than 8 billion US dollars in Kazakhstan since independence.", 0},
		{"The President announced a new package of security assistance for Ukraine, which is valued at $225 million.", 1},
	}
	for _, tt := range tests {
		if got := pledgesOf([]string{tt.s}, newSentCache(1)); len(got) != tt.want {
			t.Errorf("pledgesOf(%q) = %+v, want %d", tt.s, got, tt.want)
		}
	}
}
