package readout

import (
	"strings"
	"testing"
)

// Leads of the styles of genre2's ministries and offices (sentences of our
// own): a portfolio list after an office, an invitation after a visit, a
// venue named with a word of titles ("State House", "the Presidential
// Villa"), "received at <venue> today the …", the country of a visit
// beside a venue, and the matters after "discussed".
func TestGenre2Leads(t *testing.T) {
	checkGenre(t, []genreCase{
		{"a portfolio list before the subject's name", "PE", "",
			"The Minister of Foreign Affairs, Trade and Worship, Rosa Campos, met at the Torre Tagle Palace with her Bolivian counterpart, Marco Quispe.",
			[]string{"Rosa Campos/PE", "Marco Quispe/BO"}, "Torre Tagle Palace"},
		{"a portfolio list before the counterpart's country and name", "PT", "",
			"The Minister of State and Foreign Affairs, Rui Lopes, today received the Minister of Foreign Affairs, African Integration and Senegalese Abroad of the Republic of Senegal, Awa Diop, at the Palácio das Necessidades.",
			[]string{"Rui Lopes/PT", "Awa Diop/SN"}, "Palácio das Necessidades"},
		{"a portfolio list before the name, no comma", "LK", "",
			"Minister of Foreign Affairs, Foreign Employment and Tourism Nimal Perera held talks with Minister of Foreign Affairs of Nepal Sita Thapa in Colombo.",
			[]string{"Nimal Perera/LK", "Sita Thapa/NP"}, "Colombo"},
		{"an invitation after the visit", "BD", "",
			"The Foreign Minister of Bhutan Karma Dorji paid an official visit to Bangladesh at the invitation of Foreign Adviser Rahim Uddin.",
			[]string{"Rahim Uddin/BD", "Karma Dorji/BT"}, "Bangladesh"},
		{"State House", "UG", "",
			"President Moses Okello held talks with President of Rwanda Jean Mugabo at State House, Entebbe.",
			[]string{"Moses Okello/UG", "Jean Mugabo/RW"}, "State House, Entebbe"},
		{"the Presidential Villa after an apposition", "GH", "",
			"President Kofi Mensah on Monday received His Excellency Amadou Traoré, President of the Republic of Mali, at the Presidential Villa, Accra.",
			[]string{"Kofi Mensah/GH", "Amadou Traoré/ML"}, "Presidential Villa, Accra"},
		{"received at a venue today", "KW", "",
			"Kuwait City, Mar. 3 (KUNA): His Highness the Amir Sheikh Nawaf Al-Sabah received at Bayan Palace today the President of the Republic of Malta, George Vella, who is on an official visit to the State of Kuwait.",
			[]string{"Nawaf Al-Sabah/KW", "George Vella/MT"}, "Bayan Palace"},
		{"the matters after discussed", "NO", "",
			"In Dakar, the Foreign Minister met President of Senegal Ousmane Diallo and discussed fisheries, security in the Gulf of Guinea and Norwegian investment in Senegal's ports.",
			[]string{"/NO", "Ousmane Diallo/SN"}, "Dakar"},
	})
}

// A title that says someone "calls on" another reports a visit in person,
// not a call: the place of the lead stays.
func TestGenre2CallsOnIsNoCall(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want string
	}{
		{"Foreign Minister of Bhutan calls on the Chief Adviser", ""},
		{"Indonesian Foreign Minister calls on Chief Adviser, holds talks with Foreign Adviser", "meeting"},
		{"Prime Minister calls on President Ruto", ""},
		{"Prime Minister speaks with President Ruto, calls on partners to act", "call"},
		{"Telephone call between the Foreign Ministers", "telephone talk"},
	} {
		if got := meetingKind(tt.s); got != tt.want {
			t.Errorf("meetingKind(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	checkGenre(t, []genreCase{
		{"a courtesy call in person", "BD", "Foreign Minister of Bhutan calls on the Chief Adviser",
			"The Foreign Minister of Bhutan Karma Dorji paid a courtesy call on Chief Adviser Rahim Uddin at the State Guest House Padma this morning.",
			[]string{"Rahim Uddin/BD", "Karma Dorji/BT"}, "State Guest House Padma"},
	})
}

// TestGenre2FrameIndexes checks that the indexes findFrame and the lead
// use are those of their expressions.
func TestGenre2FrameIndexes(t *testing.T) {
	for _, c := range []struct {
		i    int
		want string
	}{{visitFrame, "isit"}, {receivedDelegationFrame, "delegation"}, {jointFrame, "consultations"}} {
		if !strings.Contains(frameREs[c.i].String(), c.want) {
			t.Errorf("frameREs[%d] = %s, want one with %q", c.i, frameREs[c.i].String(), c.want)
		}
	}
}

// More of genre2's leads (sentences of our own): "Eng." and "Md." before
// a name end no sentence, an organisation's head named by office only,
// a patronymic's initial joined to the name, a delegation received and
// its leader, three ministers holding one meeting, a day opening the
// sentence before the subject.
func TestGenre2LeadsMore(t *testing.T) {
	checkGenre(t, []genreCase{
		{"Eng. before the name", "ET", "",
			"H.E. Dr. Alemu Bekele, Minister of Foreign Affairs of Ethiopia, received H.E. Eng. Hassan Ali Nur, Minister of Ports of the Federal Republic of Somalia, at his office today.",
			[]string{"Alemu Bekele/ET", "Hassan Ali Nur/SO"}, ""},
		{"an organisation's head by office", "UN", "",
			"The Secretary-General met today with H.E. Mr. Tran Van Nam, Prime Minister of the Socialist Republic of Viet Nam, in New York.",
			[]string{"/UN", "Tran Van Nam/VN"}, "New York"},
		{"an initial joined to the name", "MN", "",
			"Minister for Foreign Affairs of Mongolia D.Enkhbayar held official talks with Minister of Foreign Affairs of Austria Karl Huber at the State Palace.",
			[]string{"D. Enkhbayar/MN", "Karl Huber/AT"}, "State Palace"},
		{"a delegation received and its leader", "UZ", "",
			"On April 2, Minister of Foreign Affairs of the Republic of Uzbekistan Anvar Karimov received a delegation of Japan led by State Minister for Foreign Affairs Kenji Sato.",
			[]string{"Anvar Karimov/UZ", "Kenji Sato/JP"}, ""},
		{"three ministers hold one meeting", "JO", "",
			"Minister of Foreign Affairs Omar Haddad, Egyptian Minister of Foreign Affairs Karim Fahmy and Iraqi Minister of Foreign Affairs Ali Jaber held a trilateral meeting in Amman today.",
			[]string{"Omar Haddad/JO", "Karim Fahmy/EG", "Ali Jaber/IQ"}, "Amman"},
	})
	// A meeting held by one, or held "with" someone, is read as before.
	for _, s := range []string{
		"The two Presidents held a private meeting at the Planalto Palace, followed by an expanded meeting with their delegations.",
		"Prime Minister Kenji Sato held talks in Tokyo.",
	} {
		if loc := findFrame(s); loc != nil && !strings.Contains(s[loc[0]:loc[1]], "with") {
			t.Errorf("findFrame(%q) = %q, want none or the frame with \"with\"", s, s[loc[0]:loc[1]])
		}
	}
	if got := spaceInitials("Minister B.Battsetseg met the U.S. Ambassador J.R. Smith at 3 p.m."); got != "Minister B. Battsetseg met the U.S. Ambassador J.R. Smith at 3 p.m." {
		t.Errorf("spaceInitials: %q", got)
	}
}

// A title's matter is no side, a trip's later host is met by a subject
// of three names, and a guest's courtesy call on the publisher's head of
// state names him (readouts of our own).
func TestGenre2LaterHostsAndSides(t *testing.T) {
	for _, tt := range []struct {
		name, pub, title, body string
		sides, want            []string
	}{
		{"a matter of the title", "FI", "Foreign Minister Virtanen discussed Ukraine and economic security with Japan's Foreign Minister Sato",
			"Minister for Foreign Affairs Anna Virtanen had a telephone conversation with Japan's Minister for Foreign Affairs Kenji Sato on Thursday.\n\nThe ministers discussed support for Ukraine.",
			[]string{"FI", "JP"}, []string{"Anna Virtanen/FI", "Kenji Sato/JP"}},
		{"a later host met by a subject of three names", "DK", "Foreign Minister Lars Holm Jensen visits Ghana and Nigeria",
			"Minister for Foreign Affairs Lars Holm Jensen travelled to West Africa from 8 to 11 April.\n\nIn Accra, Lars Holm Jensen met President Kwame Boateng and discussed maritime security.\n\nIn Abuja, Lars Holm Jensen held talks with Nigeria's Minister of Foreign Affairs, Musa Bello. The ministers signed a memorandum of understanding.",
			[]string{"DK", "GH", "NG"}, []string{"Lars Holm Jensen/DK", "Kwame Boateng/GH", "Musa Bello/NG"}},
		{"a guest's courtesy call", "LK", "Foreign Minister of the Maldives visits Sri Lanka",
			"The Minister of Foreign Affairs of the Republic of Maldives Dr. Ahmed Rasheed paid an official visit to Sri Lanka at the invitation of Minister of Foreign Affairs Nimal Perera.\n\nMinister Rasheed also paid a courtesy call on President Sunil Jayasuriya.",
			[]string{"LK", "MV"}, []string{"Nimal Perera/LK", "Ahmed Rasheed/MV", "Sunil Jayasuriya/LK"}},
		{"the publisher's minister who held talks with the guest", "BD", "Bhutanese Foreign Minister calls on Chief Adviser",
			"The Minister of Foreign Affairs of Bhutan H.E. Karma Dorji paid a courtesy call on Chief Adviser Professor Rahim Uddin this morning.\n\nEarlier, Foreign Adviser Kamal Ahmed and Foreign Minister Dorji held bilateral talks at the Ministry. They discussed trade.",
			[]string{"BD", "BT"}, []string{"Rahim Uddin/BD", "Karma Dorji/BT", "Kamal Ahmed/BD"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: tt.title, Body: tt.body, PublisherCountry: tt.pub})
			if err != nil {
				t.Fatal(err)
			}
			got := principalList(r)
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("principals %v, want %v", got, tt.want)
			}
			if strings.Join(r.Parties, " ") != strings.Join(tt.sides, " ") {
				t.Errorf("sides %v, want %v", r.Parties, tt.sides)
			}
		})
	}
}

// A capital's dateline places a meeting in person that the lead does not
// place; not a call, and not one the lead places (readouts of our own).
func TestGenre2DatelinePlace(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a meeting", "Doha, April 15, 2025\n\nThe Minister of State met with the Foreign Minister of Chile, Ana Soto, who is currently visiting the country.\n\nThey reviewed bilateral relations.", "Doha"},
		{"a call", "Doha, April 15, 2025\n\nThe Minister of State held a phone call with the Foreign Minister of Chile, Ana Soto.\n\nThey reviewed bilateral relations.", ""},
		{"a place in the lead", "Doha, April 15, 2025\n\nThe Minister of State met with the Foreign Minister of Chile, Ana Soto, at the Diwan Palace.\n\nThey reviewed bilateral relations.", "Diwan Palace"},
		{"no capital", "Lusail, April 15, 2025\n\nThe Minister of State met with the Foreign Minister of Chile, Ana Soto.\n\nThey reviewed bilateral relations.", ""},
	} {
		r, err := Parse(Document{Title: "Minister of State meets Chilean Foreign Minister", Body: tt.body, PublisherCountry: "QA"})
		if err != nil {
			t.Fatal(err)
		}
		if r.Meeting.Location != tt.want {
			t.Errorf("%s: place %q, want %q", tt.name, r.Meeting.Location, tt.want)
		}
	}
}
