package readout

import (
	"strings"
	"testing"
	"time"
)

// TestLeadForms21 reads leads in forms the parser missed in session 19,
// each written for this test with invented people: a day between the
// auxiliary and its verb ("will on Thursday host"), "met this Wednesday
// with", "met on Sunday 12 January with", a prince's style after an
// office's comma, a European Commissioner.
func TestLeadForms21(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"ZA", "President Sipho Mokoena will on Thursday host his Angolan counterpart, President Manuel Neto, for a State Visit.",
			"Sipho Mokoena|President|ZA, Manuel Neto|President|AO"},
		{"ZA", "President Sipho Mokoena will, on Thursday, host his Angolan counterpart, President Manuel Neto, for a State Visit.",
			"Sipho Mokoena|President|ZA, Manuel Neto|President|AO"},
		{"BR", "The Vice President of the Republic, Paulo Matos, met this Wednesday with the Prime Minister of Vietnam, Tran Van Long, in Brasília.",
			"Paulo Matos|Vice President of the Republic|BR, Tran Van Long|Prime Minister of Vietnam|VN"},
		{"EG", "Foreign Minister Karim Fahmy met on Sunday 12 January with the European Commissioner for the Mediterranean, Ana Kovač, in Brussels.",
			"Karim Fahmy|Foreign Minister|EG, Ana Kovač|European Commissioner for the Mediterranean|EU"},
		// A delegation's leader, after "held … with a delegation from …
		// led by", with or without an office.
		{"HT", "The Prime Minister, Marc Joseph, held a working session with a delegation from the United Nations led by the Deputy Special Representative, Ana Lind.",
			"Marc Joseph|Prime Minister|HT, Ana Lind|Deputy Special Representative|UN"},
		{"HT", "The Prime Minister, Marc Joseph, held a meeting with a delegation of the World Bank led by Vice President Oumar Diallo.",
			"Marc Joseph|Prime Minister|HT, Oumar Diallo|Vice President|WB"},
		// Copies of credentials received; a venue that is a tower.
		{"BO", "Chancellor Rosa Quispe received the credentials copies of the new Ambassador of Spain, Javier Ortega.",
			"Rosa Quispe|Chancellor|BO, Javier Ortega|Ambassador of Spain|ES"},
		{"UY", "President Martín Pereira received at the Executive Tower the Prime Minister of Spain, Luis Navarro.",
			"Martín Pereira|President|UY, Luis Navarro|Prime Minister of Spain|ES"},
		// A delegation received whose leader the next sentence names; a
		// delegation's frame past a venue; a city of two words before
		// "the" and the guest; an advocate's style.
		{"SN", "The Minister of Foreign Affairs, Awa Ndiaye, received a delegation from Japan. The delegation was led by the Parliamentary Vice-Minister for Foreign Affairs, Mori Kenta.",
			"Awa Ndiaye|Minister of Foreign Affairs|SN, Mori Kenta|Parliamentary Vice-Minister for Foreign Affairs|JP"},
		{"SN", "The Minister of Foreign Affairs, Awa Ndiaye, received a delegation from Japan.",
			"Awa Ndiaye|Minister of Foreign Affairs|SN, |Head of delegation|JP"},
		{"SO", "The President of the Federal Republic of Somalia, Abdi Warsame, received at Villa Somalia a delegation from the United Arab Emirates led by Minister of State Khalid Al Mansoori.",
			"Abdi Warsame|President of the Federal Republic of Somalia|SO, Khalid Al Mansoori|Minister of State|AE"},
		{"SD", "The Chairman of the Council, General Osman Idris, received in Port Sudan the Envoy of the Russian President, Pavel Orlov.",
			"Osman Idris|Chairman of the Council|SD, Pavel Orlov|Envoy of the Russian President|RU"},
		{"BW", "His Excellency the President Advocate Kabo Sebele met with the Prime Minister of India, Shri Arjun Rao.",
			"Kabo Sebele|President|BW, Arjun Rao|Prime Minister of India|IN"},
		// Two offices joined before one name; a long name after styles
		// and an office's comma; venues of several words before "the"
		// and the guest.
		{"PS", "Prime Minister and Minister of Foreign Affairs Dr. Karim Haddad met with Belgian Foreign Minister Jan Peeters in Ramallah.",
			"Karim Haddad|Prime Minister and Minister of Foreign Affairs|PS, Jan Peeters|Belgian Foreign Minister|BE"},
		{"PS", "The Prime Minister and Foreign Minister, Karim Haddad, met with Belgian Foreign Minister Jan Peeters.",
			"Karim Haddad|Prime Minister and Foreign Minister|PS, Jan Peeters|Belgian Foreign Minister|BE"},
		{"AU", "The Prime Minister and Foreign Minister Emma Hart met with the Prime Minister of Fiji, Jone Vula.",
			"|Prime Minister|AU, Emma Hart|Foreign Minister|AU, Jone Vula|Prime Minister of Fiji|FJ"},
		{"MR", "The President of the Republic, His Excellency Mohamed Ould Ahmed El Bechir, received on Monday the Spanish Prime Minister, Luis Navarro.",
			"Mohamed Ould Ahmed El Bechir|President of the Republic|MR, Luis Navarro|Spanish Prime Minister|ES"},
		{"OM", "His Majesty Sultan Said bin Khalid received in audience at Al Alam Palace the President of the Islamic Republic of Iran, Reza Karimi.",
			"Said bin Khalid|Sultan|OM, Reza Karimi|President of the Islamic Republic of Iran|IR"},
		{"LB", "Prime Minister Nabil Khoury received at the Grand Serail the French Minister for Europe and Foreign Affairs, Claire Martin.",
			"Nabil Khoury|Prime Minister|LB, Claire Martin|French Minister for Europe and Foreign Affairs|FR"},
		// "His Excellency President X"; a courtesy visit hosted; a
		// Khmer style of another spelling.
		{"KI", "His Excellency President Tebano Ioane received the visiting Japanese State Minister for Foreign Affairs, Mr. Sato Ken.",
			"Tebano Ioane|President|KI, Sato Ken|Japanese State Minister for Foreign Affairs|JP"},
		{"FM", "President Peter Joseph hosted a courtesy visit by the Ambassador of Japan, His Excellency Mr. Mori Kenta.",
			"Peter Joseph|President|FM, Mori Kenta|Ambassador of Japan|JP"},
		{"KH", "Samdech Moha Bovor Thipadei Sok Vanna, Prime Minister of the Kingdom of Cambodia, received the Ambassador of Japan, H.E. Mr. Mori Kenta.",
			"Sok Vanna|Prime Minister of the Kingdom of Cambodia|KH, Mori Kenta|Ambassador of Japan|JP"},
		// A Speaker of a legislature known by its own name, whose
		// given name is a title's word; a former office after the name.
		{"GB", "Speaker Anne Carter welcomed the Speaker of the Knesset, Amir Levi, to Westminster.",
			"Anne Carter|Speaker|GB, Amir Levi|Speaker of the Knesset|IL"},
		{"JP", "Speaker of the House of Representatives SATO Ken held a meeting with H.E. Mr. Arjun Rao, former President of India.",
			"Ken Sato|Speaker of the House of Representatives|JP, Arjun Rao|former President of India|IN"},
		// The State Department's deputy, on another country's page.
		{"KR", "First Vice Foreign Minister Kim Min-su held a strategic dialogue with Deputy Secretary of State John Miller in Seoul on April 22.",
			"Kim Min-su|First Vice Foreign Minister|KR, John Miller|Deputy Secretary of State|US"},
		// A counterpart joined to the subject holds the subject's office.
		{"GE", "Foreign Minister Nino Beridze and her Armenian counterpart Aram Petrosyan held talks in Tbilisi.",
			"Nino Beridze|Foreign Minister|GE, Aram Petrosyan|Foreign Minister|AM"},
		// ("du" of "during" is no particle of the name before it.)
		{"MT", "Prime Minister Paul Camilleri met with the President of Tunisia Hedi Mansour during an official visit in Tunis.",
			"Paul Camilleri|Prime Minister|MT, Hedi Mansour|President of Tunisia|TN"},
		{"PK", "Foreign Minister Imran Qadir met the Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal bin Nasser Al Saud.",
			"Imran Qadir|Foreign Minister|PK, Faisal bin Nasser Al Saud|Foreign Minister of the Kingdom of Saudi Arabia|SA"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestPlaceBeforeDemonymGuest21: "at the Presidential Palace in
// Nouakchott the Spanish Prime Minister, X" gave the place "Presidential
// Palace, Nouakchott the".
func TestPlaceBeforeDemonymGuest21(t *testing.T) {
	r := parseLead1(t, "MR", "The President received on Monday at the Presidential Palace in Nouakchott the Spanish Prime Minister, Luis Navarro.")
	if want := "Presidential Palace, Nouakchott"; r.Meeting.Location != want {
		t.Errorf("place %q, want %q", r.Meeting.Location, want)
	}
}

// TestVisitingGuestNoPlace21: "received the visiting Japanese Foreign
// Minister, X" gave the place "Japanese Foreign Minister"; "who is
// visiting Tarawa" still gives Tarawa.
func TestVisitingGuestNoPlace21(t *testing.T) {
	for _, c := range []struct{ lead, place string }{
		{"President Tebano Ioane received the visiting Japanese Foreign Minister, Mr. Sato Ken.", ""},
		{"President Tebano Ioane met Foreign Minister Sato Ken of Japan, who is visiting Tarawa.", "Tarawa"},
	} {
		if r := parseLead1(t, "KI", c.lead); r.Meeting.Location != c.place {
			t.Errorf("%s\n place %q, want %q", c.lead, r.Meeting.Location, c.place)
		}
	}
}

// TestWeekdayDates21: a weekday with the day of the month in brackets
// ("on Wednesday (14/5)", as Indonesia's pages write it) is that day; a
// weekday of a meeting still to come ("will on Thursday host", "next
// Tuesday") is the coming one; of two weekdays the first named is the
// meeting's.
func TestWeekdayDates21(t *testing.T) {
	pub := time.Date(2025, 7, 11, 9, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct{ lead, want string }{
		{"Foreign Minister Dewi Lestari received the Ambassador of Korea, Kim Min-jun, at the Pancasila Building on Wednesday (14/5).", "2025-05-14"},
		{"The Minister received, this Tuesday (8), the Foreign Minister of Chile, Rosa Muñoz.", "2025-07-08"},
		// (A bracket that is not that weekday's date is left alone.)
		{"Foreign Minister Dewi Lestari received the Ambassador of Korea, Kim Min-jun, on Wednesday (15/5).", "2025-07-09"},
		{"President Sipho Mokoena will on Thursday host his Angolan counterpart, President Manuel Neto.", "2025-07-17"},
		{"President Sipho Mokoena will host his Angolan counterpart, President Manuel Neto, next Tuesday.", "2025-07-15"},
		{"President Sipho Mokoena met his Angolan counterpart, President Manuel Neto, on Tuesday and will visit Luanda on Monday.", "2025-07-08"},
		{"President Sipho Mokoena met his Angolan counterpart, President Manuel Neto, on Monday and will visit Luanda on Tuesday.", "2025-07-07"},
	} {
		r, err := Parse(Document{Title: "Meeting", Body: c.lead + "\n\nThey discussed trade.\n", Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		if r.Meeting.Date != c.want {
			t.Errorf("%s\n date %q, want %q", c.lead, r.Meeting.Date, c.want)
		}
	}
}

// TestGenre12Principals21 reads the forms genre12's first figures
// missed, each written again for this test with invented people: "Rt
// Hon." with a stop, India's "Smt", a body's official whose Chinese
// family name is in capitals, a Japanese name family name first on a page
// that writes a known holder's so, Indonesia's given name "Puan", and a
// luncheon's day before "for a delegation led by".
func TestGenre12Principals21(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"CK", "Prime Minister Hon. Tere Marsters welcomed New Zealand's Minister of Foreign Affairs, Rt Hon. Tama Rewi, to Rarotonga for talks.",
			"Tere Marsters|Prime Minister|CK, Tama Rewi|New Zealand's Minister of Foreign Affairs|NZ"},
		{"IN", "The President of the Republic of Botswana, Mr Kabo Sebele, called on the President of India, Smt Anjali Rao, at Rashtrapati Bhavan today.",
			"Anjali Rao|President of India|IN, Kabo Sebele|President of the Republic of Botswana|BW"},
		{"FAO", "FAO Director-General WANG Lihua met today with the Prime Minister of Haiti, Jean Baptiste, at FAO headquarters.",
			"Wang Lihua|FAO Director-General|FAO, Jean Baptiste|Prime Minister of Haiti|HT"},
		{"AU", "Minister for Foreign Affairs Emma Hart hosted Japanese Minister for Foreign Affairs Iwaya Takeshi and Minister of Defense Tanabe Ryo in Melbourne.",
			"Emma Hart|Minister for Foreign Affairs|AU, Takeshi Iwaya|Japanese Minister for Foreign Affairs|JP, Ryo Tanabe|Minister of Defense|JP"},
		{"KR", "Speaker of the National Assembly Han Min-su met with Speaker of the House of Representatives of the Republic of Indonesia Puan Lestari and her delegation.",
			"Han Min-su|Speaker of the National Assembly|KR, Puan Lestari|Speaker of the House of Representatives of the Republic of Indonesia|ID"},
		{"TW", "Minister of Foreign Affairs Chen Wei-ming hosted a luncheon at the Taipei Guest House on March 11 for a delegation led by President of the Senate of the Republic of Paraguay Luis Benítez.",
			"Chen Wei-ming|Minister of Foreign Affairs|TW, Luis Benítez|President of the Senate of the Republic of Paraguay|PY"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestAudiencesBulletin21: a head of state's page of several audiences,
// each under its country's heading and opened by "received", has each
// guest as a side, an envoy "to" the host's country among them.
func TestAudiencesBulletin21(t *testing.T) {
	r := parseDoc18(t, "LB", "The President's audiences at the Presidential Palace",
		"The President of the Republic, Michel Haddad, received today at the Presidential Palace a number of visitors in a series of audiences.",
		"Cyprus",
		"President Haddad received the Minister of Foreign Affairs of the Republic of Cyprus, Dr. Andreas Georgiou, with whom he discussed maritime borders.",
		"Egypt",
		"The President also received the Egyptian Ambassador to Lebanon, Omar Farouk, who delivered a written message.")
	want := "Michel Haddad|President of the Republic|LB, Andreas Georgiou|Minister of Foreign Affairs of the Republic of Cyprus|CY, Omar Farouk|Egyptian Ambassador to Lebanon|EG"
	if got := strings.Join(principalTitlesOf(r), ", "); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestSummaryQualifiedOffice21: Lebanon's audience "received the Personal
// Envoy …, former Foreign Minister X, who briefed him on …, to be held in
// Paris." was summarised "… former X to be held in Paris.": an office a
// word qualifies stays, and a phrase after an aside that is of a noun
// inside it goes with the aside.
func TestSummaryQualifiedOffice21(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Haddad received the Envoy, former Foreign Minister Paul Roux.", "Haddad received the Envoy, former Foreign Minister Paul Roux."},
		{"Haddad met acting President Paul Roux.", "Haddad met acting President Paul Roux."},
		{"Haddad met President Paul Roux.", "Haddad met Paul Roux."},
	} {
		if got := compactTitles(c.in); got != c.want {
			t.Errorf("compactTitles(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Haddad received Roux, who briefed him on the preparations for a conference on reconstruction, to be held in Paris.", "Haddad received Roux."},
		{"Haddad received Roux, who briefed him on the preparations, and thanked him.", "Haddad received Roux and thanked him."},
	} {
		if got := dropAsides(c.in); got != c.want {
			t.Errorf("dropAsides(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBodiesAsSides21: the delegation of a development bank led by its
// President, and an official of a UN agency, are of their bodies.
func TestBodiesAsSides21(t *testing.T) {
	for _, c := range []struct{ pub, lead, want string }{
		{"UZ", "President Rustam Aliev received the delegation of the European Bank for Reconstruction and Development led by President Claire Dubois.",
			"Rustam Aliev|President|UZ, Claire Dubois|President|EBRD"},
		{"KE", "Cabinet Secretary Jane Wanjiru met the Director General of the International Organization for Migration, Maria Lopez, in Nairobi.",
			"Jane Wanjiru|Cabinet Secretary|KE, Maria Lopez|Director General of the International Organization for Migration|IOM"},
	} {
		r := parseLead1(t, c.pub, c.lead)
		if got := strings.Join(principalTitlesOf(r), ", "); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.lead, got, c.want)
		}
	}
}

// TestSpacedPostNominals21: "The Taoiseach, Micheál Martin T.D., today
// met …" was summarised "Martin, Martin., met …": a post-nominal after a
// name and a space, before a comma, goes (two of them too).
func TestSpacedPostNominals21(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Taoiseach, Seán Byrne T.D., today met the President.", "The Taoiseach, Seán Byrne, today met the President."},
		{"the Prime Minister, the Hon. Ana Lee SC MP, to London.", "the Prime Minister, the Hon. Ana Lee, to London."},
		// (Not a capitalized word of a list: "the UK, US, and France".)
		{"the UK, US, and France met.", "the UK, US, and France met."},
	} {
		if got := dropSpacedPostNominals(c.in); got != c.want {
			t.Errorf("dropSpacedPostNominals(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMiddleNameGoneBy21: "Luiz Inácio Lula da Silva", whom the text calls
// "President Lula", is "Lula" in summaries, not "da Silva".
func TestMiddleNameGoneBy21(t *testing.T) {
	text := "President Paulo Tiago Neno da Costa received the minister. \"We are partners,\" said President Neno after the meeting."
	if got := shortName("Paulo Tiago Neno da Costa", text, westernNames); got != "Neno" {
		t.Errorf("shortName = %q, want Neno", got)
	}
	// (A name the text writes only whole keeps its family name.)
	if got := shortName("Paulo Tiago Neno da Costa", "President Paulo Tiago Neno da Costa received the minister.", westernNames); got != "da Costa" {
		t.Errorf("shortName = %q, want da Costa", got)
	}
}

// TestAnniversarySubjectDay21: "the sixtieth anniversary of
// self-government on 4 August" is of "self-government"; the day of the
// celebration is no part of the subject.
func TestAnniversarySubjectDay21(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"self-government on 4 August, which the minister attended", "self-government"},
		{"independence on August 4", "independence"},
		{"the Treaty on Good-Neighbourliness and Friendly Cooperation", "the Treaty on Good-Neighbourliness and Friendly Cooperation"},
	} {
		if got := anniversarySubject(c.in); got != c.want {
			t.Errorf("anniversarySubject(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
