package readout

import "testing"

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
