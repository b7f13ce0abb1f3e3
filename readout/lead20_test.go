package readout

import (
	"os"
	"path/filepath"
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

// TestLeadFormsGenre10 reads leads in the forms genre10's readouts
// missed at their first figures (people invented): an audience with
// days and a venue in a city before the guest, a body's abbreviation
// after its office, "Managing Director", "von und zu" and a visitor
// named by demonym and office alone, a second opening
// phrase in lower case, an Official Visit undertaken, a portfolio of
// "International Business", the ʻokina, and a body's region read as no
// one.
func TestLeadFormsGenre10(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"BJ", "The Head of State, Paul Ahouansou, received in audience this Tuesday, 4 February 2025, at the Palais de la Marina in Cotonou, the President of the Commission of the Economic Community of West African States (ECOWAS), Dr. Musa Jallow, who was accompanied by a delegation.",
			"Paul Ahouansou|Head of State|BJ, Musa Jallow|President of the Commission of the Economic Community of West African States (ECOWAS)|ECOWAS"},
		{"KZ", "President Aidar Bekov received Maria Ivanova, Managing Director of the International Monetary Fund.",
			"Aidar Bekov|President|KZ, Maria Ivanova|Managing Director of the International Monetary Fund|IMF"},
		{"LI", "Following the talks, the Austrian Foreign Minister was received by Hereditary Prince Franz von und zu Liechtenstein at Vaduz Castle.",
			"Franz von und zu Liechtenstein|Hereditary Prince|LI, |Austrian Foreign Minister|AT"},
		{"LT", "On Monday, on the third anniversary of the start of the invasion of Ukraine, Speaker of the Seimas Jonas Kazlauskas met in Kyiv with Chairman of the Verkhovna Rada of Ukraine Petro Bondar.",
			"Jonas Kazlauskas|Speaker of the Seimas|LT, Petro Bondar|Chairman of the Verkhovna Rada of Ukraine|UA"},
		{"MY", "1. His Excellency Pedro Rojas Vidal, Minister of Foreign Affairs of the Republic of Chile, undertook an Official Visit to Malaysia from 5 to 6 May 2025.",
			"Pedro Rojas Vidal|Minister of Foreign Affairs of the Republic of Chile|CL"},
		{"SR", "Minister of Foreign Affairs, International Business and International Cooperation Anand Kishun received a telephone call from the Foreign Minister of Guyana, Paul Persaud.",
			"Anand Kishun|Minister of Foreign Affairs, International Business and International Cooperation|SR, Paul Persaud|Foreign Minister of Guyana|GY"},
		{"TO", "The Prime Minister, Hon. Dr. ʻAkilisi Vea, met with the State Minister for Foreign Affairs of Japan, Mr. KATO Jun, at the St George Government Building.",
			"ʻAkilisi Vea|Prime Minister|TO, Jun Kato|State Minister for Foreign Affairs of Japan|JP"},
		{"PL", "Secretary of State Adam Nowak took part in the UN General Assembly in New York, where he held a number of bilateral meetings with representatives of the Global South and the Pacific.",
			"Adam Nowak|Secretary of State|PL"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestVisitPlacedAtLaterVenue: a visit to a country, whose talks the next
// paragraph places at a venue, is placed there.
func TestVisitPlacedAtLaterVenue(t *testing.T) {
	r := parseDoc18(t, "MY", "Official Visit of the Minister of Foreign Affairs of Chile",
		"1. His Excellency Pedro Rojas Vidal, Minister of Foreign Affairs of the Republic of Chile, undertook an Official Visit to Malaysia from 5 to 6 May 2025.",
		"2. On 5 May 2025, the Minister of Foreign Affairs of Malaysia, Dato' Seri Ahmad Karim, received the visiting Minister at Wisma Putra, Putrajaya.",
		"3. The Ministers reviewed trade and investment.")
	if r.Meeting.Location != "Wisma Putra, Putrajaya" {
		t.Errorf("place %q", r.Meeting.Location)
	}
}

// TestLeadFormsGenre10More: more of genre10's forms (people invented): a
// pair that co-chairs after a dateline's sentences, a meeting named after
// its subject mid-sentence, a pair "between" two offices without a
// country before the place, a prince's Malay style, and the publisher's
// host of a visit named in the next paragraph.
func TestLeadFormsGenre10More(t *testing.T) {
	for _, c := range []struct {
		pub, title string
		paras      []string
		want       string
	}{
		{"BZ", "Belize and Mexico hold the Binational Commission", []string{
			"Belmopan, Belize. August 22, 2025. The Minister of Foreign Affairs, Foreign Trade and Immigration, Hon. Carl Young, and the Secretary of Foreign Affairs of the United Mexican States, Luis Ortega, co-chaired the 13th Meeting of the Belize-Mexico Binational Commission yesterday in Belmopan."},
			"Carl Young|Minister of Foreign Affairs, Foreign Trade and Immigration|BZ, Luis Ortega|Secretary of Foreign Affairs of the United Mexican States|MX"},
		{"CH", "Federal Councillor meets IAEA Director General", []string{
			"This was the main message of Federal Councillor Marco Rossi at his meeting with Ana Silva, Director General of the International Atomic Energy Agency (IAEA), in Vienna on 11 March 2025."},
			"Marco Rossi|Federal Councillor|CH, Ana Silva|Director General of the International Atomic Energy Agency|IAEA"},
		{"MY", "Minister meets UK Business and Trade Secretary", []string{
			"LONDON, 16 January – The two countries will work together, following a bilateral meeting between the Minister of Investment, Trade and Industry, Tengku Datuk Seri Ahmad Zaki, and the Secretary of State for Business and Trade, the Rt Hon John Smith MP, in London yesterday."},
			"Ahmad Zaki|Minister of Investment, Trade and Industry|MY, John Smith|Secretary of State for Business and Trade|GB"},
		{"MY", "Official Visit of the Minister of Foreign Affairs of Chile", []string{
			"1. His Excellency Pedro Rojas Vidal, Minister of Foreign Affairs of the Republic of Chile, undertook an Official Visit to Malaysia from 5 to 6 May 2025.",
			"2. On 5 May 2025, the Minister of Foreign Affairs of Malaysia, Dato' Seri Ahmad Karim, received the visiting Minister at Wisma Putra, Putrajaya."},
			"Pedro Rojas Vidal|Minister of Foreign Affairs of the Republic of Chile|CL, Ahmad Karim|Minister of Foreign Affairs of Malaysia|MY"},
	} {
		r := parseDoc18(t, c.pub, c.title, c.paras...)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.paras[0], got, c.want)
		}
	}
}

// TestVisitThenMeeting: a visit's frame that names no one gives way to the
// meeting after it ("paid a working visit to Eritrea and held a meeting
// with President Y"), and a delegation's leader is the subject, of the
// delegation's country (people invented).
func TestVisitThenMeeting(t *testing.T) {
	for _, c := range []struct{ pub, lead, want, place string }{
		{"EG", "Foreign Minister Omar Nasser paid a working visit to Eritrea and held a meeting with President Tesfay Gebre.",
			"Omar Nasser|Foreign Minister|EG, Tesfay Gebre|President|ER", "Eritrea"},
		{"EG", "Foreign Minister Omar Nasser paid a working visit to Eritrea on 2 March, where he met with President Tesfay Gebre in Asmara.",
			"Omar Nasser|Foreign Minister|EG, Tesfay Gebre|President|ER", "Asmara"},
		{"ER", "An Egyptian delegation led by Foreign Minister Dr. Omar Nasser and comprising the Minister of Water Resources and Irrigation, Prof. Ali Hamdi, and the Director of General Intelligence, Maj. Gen. Samir Fahmy, paid a working visit to Eritrea and held a meeting this morning with President Tesfay Gebre at Denden Guest House in Asmara.",
			"Tesfay Gebre|President|ER, Omar Nasser|Foreign Minister|EG", "Denden Guest House, Asmara"},
		{"JP", "A delegation of the Philippines headed by Secretary Jose Cruz met with Foreign Minister Sato.",
			"Sato|Foreign Minister|JP, Jose Cruz|Secretary|PH", ""},
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

// TestFieldNamesAndBulletins: a form's field gives a principal's full
// name ("Attendees: Japan: SATO Ken, Minister of Defense; Philippines:
// Jose C. Cruz Jr., Secretary …"), and a page of several meetings whose
// later paragraphs call its subject by his office alone ("the Deputy
// Minister met with …", "he talked with …") names each one met (people
// invented).
func TestFieldNamesAndBulletins(t *testing.T) {
	r := parseDoc18(t, "JP", "Japan-Philippines Defense Ministerial Meeting",
		"1. Date and time: Monday, February 24, 2025, 15:00–16:10",
		"2. Venue: Ministry of Defense (Ichigaya, Tokyo)",
		"3. Attendees: Japan: SATO Ken, Minister of Defense; Philippines: Jose C. Cruz Jr., Secretary of National Defense",
		"4. Outline: Minister Sato held a meeting with Secretary Cruz, who is visiting Japan.",
		"(1) The two ministers confirmed that they will expand joint exercises.")
	if got := strings.Join(principalsOf(r), ", "); got != "Ken Sato|JP, Jose C. Cruz Jr.|PH" {
		t.Errorf("principals %q", got)
	}
	r = parseDoc18(t, "PL", "Deputy Minister's meetings in New York",
		"Secretary of State Adam Nowak took part in the UN General Assembly in New York, where on 25–26 September he held a number of bilateral meetings with representatives of several countries.",
		"On 25 September, the Deputy Minister met with the Minister of Foreign Affairs of Senegal, Awa Diop. The talks focused on trade.",
		"On the same day, he talked with the Minister for Foreign Affairs and Trade of Samoa, Tavita Leota. The ministers discussed climate change.",
		"On 26 September, the Deputy Minister's talks with the Minister of Foreign Affairs of Paraguay, Luis Gómez, concerned the energy sector.",
		"The Deputy Minister also met the President of the 79th session of the General Assembly, Paul Ndong, with whom he discussed the reform of the UN.")
	if got := strings.Join(principalsOf(r), ", "); got != "Adam Nowak|PL, Awa Diop|SN, Tavita Leota|WS, Luis Gómez|PY, Paul Ndong|UN" {
		t.Errorf("principals %q", got)
	}
}

// TestVisitHostsDurationsOffices: a visit to a country gives its hosts in
// the next paragraph that country; a duration's "about" is no topic
// before the place; "The Tánaiste" alone is the publisher's principal
// (people invented).
func TestVisitHostsDurationsOffices(t *testing.T) {
	r := parseDoc18(t, "SG", "Joint Statement",
		"1. Minister for Foreign Affairs Daniel Tan made an official visit to Viet Nam from 12 to 14 July 2025.",
		"2. During the visit, Minister Tan called on Prime Minister Tran Van Binh and held talks with Foreign Minister Le Thi Hoa.")
	if got := strings.Join(principalsOf(r), ", "); got != "Daniel Tan|SG, Tran Van Binh|VN, Le Thi Hoa|VN" {
		t.Errorf("principals %q", got)
	}
	r = parseLead1(t, "KR", "Minister of Foreign Affairs Kim Min-su held talks with Chinese Foreign Minister Zhao Lei for about 90 minutes from 11 a.m. on July 14 in Beijing.")
	if r.Meeting.Location != "Beijing" {
		t.Errorf("place %q", r.Meeting.Location)
	}
	r = parseLead1(t, "IE", "The Tánaiste met the Foreign Minister of Portugal, Rui Costa, at Iveagh House.")
	if got := strings.Join(principalTitlesOf(r), ", "); got != "|Tánaiste|IE, Rui Costa|Foreign Minister of Portugal|PT" {
		t.Errorf("principals %q", got)
	}
}

// TestNoPlaceFromWelcomeAndNoBothList: a later "welcomed X to Japan, and
// stated that Japan attaches importance to the Comprehensive Strategic
// Partnership" places nothing, and "They are Ms X, …; Mr Y, …" is a list,
// not "Both are" (people invented).
func TestNoPlaceFromWelcomeAndNoBothList(t *testing.T) {
	r := parseDoc18(t, "JP", "Vice-Minister's meeting with the Deputy Foreign Minister of Viet Nam",
		"On June 2, Mr. SATO Ken, Parliamentary Vice-Minister for Foreign Affairs, held a meeting with H.E. Mr. Tran Van Nam, Deputy Minister of Foreign Affairs of Viet Nam, who is visiting Japan.",
		"1. At the outset, Parliamentary Vice-Minister Sato welcomed Deputy Minister Tran to Japan, and stated that Japan attaches importance to the Comprehensive Strategic Partnership.")
	if strings.Contains(r.Meeting.Location, "Partnership") {
		t.Errorf("place %q", r.Meeting.Location)
	}
	r = parseDoc18(t, "KE", "The President received the credentials of new ambassadors",
		"President Daniel Kip today received credentials from three new envoys at State House, Nairobi.",
		"They are Ms Jane Roe, High Commissioner of Canada; Mr Carlos Diaz, Ambassador of Chile; and Ms Anna Berg, Ambassador of Sweden.")
	for _, s := range r.Sections {
		if strings.HasPrefix(s.Summary, "Both are") {
			t.Errorf("summary %q", s.Summary)
		}
	}
}

// TestWeekdayWithDayOfMonth: "received, this Tuesday (8), at the Planalto
// Palace, the Prime Minister of Vietnam, X": Brazil's day of the month
// after the weekday (people invented).
func TestWeekdayWithDayOfMonth(t *testing.T) {
	r := parseLead1(t, "BR", "President Paulo Souza received, this Tuesday (8), at the Planalto Palace, the Prime Minister of Vietnam, Tran Van Nam.")
	if got := strings.Join(principalTitlesOf(r), ", "); got != "Paulo Souza|President|BR, Tran Van Nam|Prime Minister of Vietnam|VN" {
		t.Errorf("principals %q", got)
	}
}

// TestListOfOfficesBeforeNames: "held bilateral meetings with the Prime
// Minister of Fiji, X, the Prime Minister of Samoa, Y, and the President
// of Palau, Z, on the margins of …": each is a principal of his own
// country, and the summary keeps the list's commas (people invented).
func TestListOfOfficesBeforeNames(t *testing.T) {
	r := parseLead1(t, "PG", "Prime Minister John Kila held bilateral meetings with the Prime Minister of Fiji, Tomasi Vula, the Prime Minister of Samoa, Ana Leota, and the President of Palau, Ben Ngirai, on the margins of the Pacific Islands Forum in Honiara.")
	if got := strings.Join(principalsOf(r), ", "); got != "John Kila|PG, Tomasi Vula|FJ, Ana Leota|WS, Ben Ngirai|PW" {
		t.Errorf("principals %q", got)
	}
	if s := r.Sections[0].Summary; !strings.Contains(s, "Vula of Fiji, Leota of Samoa and Ngirai of Palau") {
		t.Errorf("summary %q", s)
	}
}

// TestVenueOfSpanishPlurals: "received at the Palacio de las Garzas the
// Secretary of State of the United States, X": the host's venue before
// the guest takes "de las" (people invented).
func TestVenueOfSpanishPlurals(t *testing.T) {
	r := parseLead1(t, "PA", "President Luis Ortega received at the Palacio de las Garzas the Secretary of State of the United States, Ann Cole.")
	if got := strings.Join(principalTitlesOf(r), ", "); got != "Luis Ortega|President|PA, Ann Cole|Secretary of State of the United States|US" {
		t.Errorf("principals %q", got)
	}
	if r.Meeting.Location != "Palacio de las Garzas" {
		t.Errorf("place %q", r.Meeting.Location)
	}
}

// TestCallKindsAndStyles: a call's word before the frame ("a telephone
// conversation took place between") or after its verb ("talked on the
// phone with") makes it a call; "HRH" leaves the title (people invented).
func TestCallKindsAndStyles(t *testing.T) {
	for _, c := range []struct{ pub, lead, kind, title string }{
		{"KZ", "At the initiative of the Azerbaijani side, a telephone conversation took place between President Aidar Bekov and President Rauf Aliyev of Azerbaijan.", "telephone talk", ""},
		{"PL", "Prime Minister Jan Nowak talked on the phone with the Chancellor of Germany, Karl Weber.", "call", ""},
		{"SA", "HRH Crown Prince Faisal bin Khalid received a telephone call from President Ali Demir of Türkiye.", "telephone talk", "Crown Prince"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if r.Meeting.Kind != c.kind {
			t.Errorf("%s: kind %q, want %q", c.lead, r.Meeting.Kind, c.kind)
		}
		if c.title != "" && (len(r.Participants) == 0 || r.Participants[0].Title != c.title) {
			t.Errorf("%s: participants %+v", c.lead, r.Participants)
		}
	}
}

// TestPilgrimStyle: "Alhaji" before a name is a style, not a given name
// (people invented).
func TestPilgrimStyle(t *testing.T) {
	r := parseLead1(t, "NG", "The Minister of Foreign Affairs, Ambassador Musa Garba, received Alhaji Sani Bello, Special Envoy of the President of Niger.")
	if got := strings.Join(principalTitlesOf(r), ", "); got != "Musa Garba|Minister of Foreign Affairs|NG, Sani Bello|Special Envoy of the President of Niger|NE" {
		t.Errorf("principals %q", got)
	}
}

// TestEnvoyPostNoSide: "Meeting with UN Special Envoy for Yemen X": the
// country an envoy's office is for is no side of the meeting (people
// invented).
func TestEnvoyPostNoSide(t *testing.T) {
	r := parseDoc18(t, "US", "Readout of National Security Advisor Ann Cole's Meeting with UN Special Envoy for Yemen Lars Berg",
		"National Security Advisor Ann Cole met with UN Special Envoy for Yemen Lars Berg at the White House.")
	if got := strings.Join(r.Parties, " "); got != "US UN" {
		t.Errorf("parties %q", got)
	}
}

// TestNoPrincipalNamedBoth: genre10's bulletin of a minister's meetings
// ("… Minister of Foreign Affairs of New Zealand. Both sides welcomed …")
// gave a principal named "Both".
func TestNoPrincipalNamedBoth(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "genre10", "th-mfa-bulletin-kuala-lumpur.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseMarkdown(src)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range r.Participants {
		if p.Name == "Both" {
			t.Errorf("a principal named %q: %+v", p.Name, p)
		}
	}
}

// TestUSCabinetOffices: "met with Secretary of Homeland Security X" on
// another country's page: an office only the United States' cabinet holds
// by that name gives its country (people invented).
func TestUSCabinetOffices(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"SV", "President Luis Mena met with Secretary of Homeland Security Jane Roe at the Casa Presidencial.", "Luis Mena|SV, Jane Roe|US"},
		{"PH", "President Ramon Cruz met with Secretary of Defense John Poe in Manila.", "Ramon Cruz|PH, John Poe|US"},
	} {
		if got := strings.Join(principalsOf(parseLead1(t, c.pub, c.lead)), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestEnvoyPortfolioCountry: the country an envoy's office is "for" is
// not his own: "the Special Envoy of the Secretary-General for Myanmar, X"
// is the UN's, "the Special Envoy for Ukraine of Germany, Y" Germany's; a
// portfolio that is no country ("Representative for Trade of Japan")
// reads as before (people invented).
func TestEnvoyPortfolioCountry(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"US", "Secretary Ann Cole met with the Special Envoy of the Secretary-General for Myanmar, Jane Roe.", "Ann Cole|US, Jane Roe|UN"},
		{"JP", "Minister Ken Sato met the Special Envoy for Ukraine of Germany, Hans Weber.", "Ken Sato|JP, Hans Weber|DE"},
		{"US", "Secretary Ann Cole met with the Representative for Trade of Japan, Ken Sato.", "Ann Cole|US, Ken Sato|JP"},
	} {
		if got := strings.Join(principalsOf(parseLead1(t, c.pub, c.lead)), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestFormerOffice: "met former Prime Minister of Japan X": the guest is
// read as any office holder, and his title says "former" (people
// invented).
func TestFormerOffice(t *testing.T) {
	r := parseLead1(t, "US", "Secretary Ann Cole met with former Prime Minister of Japan Ken Sato.")
	if got := strings.Join(principalTitlesOf(r), ", "); got != "Ann Cole|Secretary|US, Ken Sato|former Prime Minister of Japan|JP" {
		t.Errorf("principals %q", got)
	}
}
