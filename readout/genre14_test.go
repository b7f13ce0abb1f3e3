package readout

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// Forms read in genre14's readouts, each tested on readouts written for
// the test in new words.

// TestAgencyDatelinesDays: a news agency's dateline with the month after the
// city and two hyphens for the dash ("HANOI, March 4 (VNA) -- ") and a
// dateline with a comma before the year ("Gaborone, Botswana, 9th May,
// 2025: ") are the day the lead's own day is read against.
func TestAgencyDatelinesDays(t *testing.T) {
	pub := time.Date(2025, 5, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		date       string
	}{
		{"month after the city, two hyphens, a day of its own",
			"Havana, May 10 (ACN) -- Miguel Díaz-Canel Bermúdez, first secretary of the Communist Party of Cuba and president of the Republic, received Teodoro Obiang Nguema Mbasogo, president of Equatorial Guinea, at the Palace of the Revolution on May 9.\n\nThey discussed health cooperation.",
			"2025-05-09"},
		{"month after the city, two hyphens, yesterday",
			"Minsk, May 10 (BelTA) -- Prime Minister Alexander Turchin met yesterday with the Prime Minister of Vietnam, Pham Minh Chinh.\n\nThey discussed trade.",
			"2025-05-09"},
		{"ordinal day, comma before the year, yesterday",
			"Gaborone, Botswana, 10th May, 2025: The SADC Executive Secretary, Mr. Elias Mpedi Magosi, yesterday received a courtesy call from the Minister of Foreign Affairs of Angola, Mr. Téte António.\n\nThey discussed the regional standby force.",
			"2025-05-09"},
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

// TestBareHourAndTimeField: an hour written alone after "began at" is
// the start ("began at 11 in the President's office"), a number with a
// unit is none; a header's "Time: 11.30", on a line of its own or run
// together with the other fields, is the start too.
func TestBareHourAndTimeField(t *testing.T) {
	tests := []struct {
		name, body string
		start      string
	}{
		{"began at an hour alone",
			"President Yamandú Orsi received this Tuesday at the Executive Tower the Foreign Minister of Spain, José Manuel Albares.\n\nThe meeting began at 10 in the President's office and lasted forty minutes.",
			"10:00"},
		{"an hour alone before a comma",
			"Chancellor Friedrich Merz received the Prime Minister of Norway, Jonas Gahr Støre, at the Federal Chancellery.\n\nThe talks started at 15, after military honours.",
			"15:00"},
		{"a rate is no hour",
			"President Javier Milei received the Managing Director of the IMF, Kristalina Georgieva, at the Casa Rosada.\n\nThe talks began at 11 percent inflation and ended on growth.",
			""},
		{"a time field on its own line",
			"Date: Wednesday 4 June 2025\nTime: 14.15\nLocation: Royal Palace, Stockholm\n\nKing Carl XVI Gustaf receives Edgars Rinkēvičs, President of Latvia, in audience at the Royal Palace on Wednesday 4 June.\n\nThey will discuss the Baltic Sea.",
			"14:15"},
		{"a time field run together with the others",
			"Date: Wednesday 4 June 2025 Time: 9.45 Location: Royal Palace, Brussels\n\nKing Philippe receives Gitanas Nausėda, President of Lithuania, in audience at the Royal Palace on Wednesday 4 June.\n\nThey will discuss defence.",
			"09:45"},
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

// TestCallsForIsNoCall: "calls for" and "called upon" in a headline or a
// lead are an appeal, no call: the meeting is one in person and keeps its
// place; "held a call" is still a call.
func TestCallsForIsNoCall(t *testing.T) {
	tests := []struct {
		title, s string
		kind     string
	}{
		{"", "UNHCR chief meets Chad's Prime Minister, calls for more support for Sudanese refugees", "meeting"},
		{"", "The Secretary-General met the President of Kenya and called upon all parties to return to talks.", "meeting"},
		{"", "The Minister held a call with her Dutch counterpart.", "call"},
		{"", "The Minister called on the President at State House.", ""},
	}
	for _, tt := range tests {
		if got := meetingKind(tt.s); got != tt.kind {
			t.Errorf("meetingKind(%q) = %q, want %q", tt.s, got, tt.kind)
		}
	}
	body := "Geneva/N'Djamena, 3 June 2025 – The UN High Commissioner for Refugees, Barham Salih, met on Monday in N'Djamena with the Prime Minister of Chad, Allamaye Halina.\n\nThey discussed the refugees from Sudan."
	r, err := Parse(Document{Title: "UNHCR chief meets Chad's Prime Minister, calls for more support for Sudanese refugees", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if r.Meeting.Location != "N'Djamena" {
		t.Errorf("location %q, want N'Djamena", r.Meeting.Location)
	}
}

// TestPlacesBeforeTheGuest: a venue set off by commas before the guest
// ("at the Palais du Peuple, the Minister …") leaves its comma behind;
// a lead that opens with the day, the hour and the room, then the
// buildings it is in, is placed in all of them.
func TestPlacesBeforeTheGuest(t *testing.T) {
	tests := []struct {
		name, body string
		place      string
	}{
		{"a venue between commas before the guest's country",
			"Conakry, Monday 7 April 2025 – The President of the Republic, General Mamadi DOUMBOUYA, received in audience this Monday, at the Mohammed V Palace, the Moroccan Minister of Foreign Affairs, Mr. Nasser BOURITA, who is on a working visit.\n\nThey discussed the Atlantic initiative.",
			"Mohammed V Palace"},
		{"the day, the hour, the room and its buildings",
			"On 3 March 2025, at 14.00 hrs., at Santi Maitri Meeting Room, Nareesuan Building, Government House, Mr. Anutin Charnvirakul, Deputy Prime Minister, welcomed H.E. Mr. Luis Gilberto Murillo, Minister of Foreign Affairs of Colombia, on the occasion of his courtesy call.\n\nBoth sides discussed coffee and tourism.",
			"Santi Maitri Meeting Room, Nareesuan Building, Government House"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("location %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestFootLabelsAndSignOffs: "Notes to editors" over the publisher's
// boilerplate is a label heading, as "About …" is, and so is "About …"
// after a press officer's contact lines; an agency's sign-off
// ("--(MAP)") is no heading.
func TestFootLabelsAndSignOffs(t *testing.T) {
	tests := []struct {
		name, body string
		headings   []string
	}{
		{"notes to editors",
			"Geneva – The Director-General of the ILO, Gilbert F. Houngbo, met on Tuesday with the Prime Minister of Bangladesh, at ILO headquarters.\n\nThe two discussed labour law reform in the garment sector and the ratification of the Occupational Safety and Health Convention.\n\nThe Director-General announced USD 4 million for labour inspection.\n\nNotes to editors\n\nThe ILO has had an office in Dhaka since 1973.",
			[]string{"1 Notes to editors"}},
		{"about after the contact lines",
			"Lusaka, Zambia, 9th June, 2025: The COMESA Secretary General, Ms. Chileshe Mpundu Kapwepwe, yesterday received a courtesy call from the Minister of Trade of Eswatini, Hon. Manqoba Khumalo.\n\nThe two discussed the Digital Free Trade Area and the clearance of arrears.\n\nThe Secretary General urged Eswatini to ratify the Tripartite Free Trade Area agreement.\n\nFor further information, please contact:\n\nMwangi Gakunga\nSenior Public Relations Officer\nLusaka, Zambia\n\nAbout COMESA\n\nCOMESA is a regional economic community of twenty-one Member States.",
			[]string{"1 About COMESA"}},
		{"an agency's sign-off",
			"Rabat – Minister of Foreign Affairs Nasser Bourita held talks on Monday in Rabat with the Foreign Minister of Estonia, Margus Tsahkna.\n\nThe two ministers discussed trade and digital government.\n\nThey agreed to hold political consultations in Tallinn.\n\n--(MAP)",
			nil},
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
	for _, l := range []string{"--(Petra)", "– (MAP)", "-- (KUNA)"} {
		if !isEndMarker(l) {
			t.Errorf("isEndMarker(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"(Photo)", "- (2) Trade", "--(2025)"} {
		if isEndMarker(l) {
			t.Errorf("isEndMarker(%q) = true, want false", l)
		}
	}
}

// TestOrdinalWordsAndJubilees: an ordinal in words of any tens ("the
// eighteenth anniversary", "the twenty-second anniversary") and a
// jubilee of relations named by its metal ("the silver jubilee of
// diplomatic relations") are anniversaries; a jubilee of a reign or a
// building is left alone.
func TestOrdinalWordsAndJubilees(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"The two countries mark the twenty-second anniversary of diplomatic relations this year.", []string{"22 2025"}},
		{"The Prime Minister recalled that this year is the eleventh anniversary of the Strategic Partnership.", []string{"11 2025"}},
		{"The ministers welcomed the silver jubilee of the diplomatic relations between the two countries this year.", []string{"25 2025"}},
		{"The President attended a dinner at the Golden Jubilee Hall.", nil},
		{"The King marked the golden jubilee of his reign last month.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range anniversariesOf([]string{tt.s}, 2025, nil, newSentCache(1)) {
			got = append(got, fmt.Sprintf("%d %d", a.Ordinal, a.Year))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("anniversaries of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestSlashDatelineToday: a dateline on its own line with a date in
// figures and slashes ("Geneva 12/05/2025") places a meeting the lead
// dates "today" and places nowhere else; not one of another day, nor a
// call.
func TestSlashDatelineToday(t *testing.T) {
	tests := []struct {
		name, body string
		place      string
	}{
		{"met today",
			"Geneva 12/05/2025\n\nThe Secretary-General of the Inter-Parliamentary Union, Martin Chungong, met today with the Speaker of the Parliament of Fiji, Filimone Jitoko, to discuss women's participation in parliament.\n\nThe two agreed on a programme of training for new members.",
			"Geneva"},
		{"met yesterday",
			"Geneva 12/05/2025\n\nThe Secretary-General of the Inter-Parliamentary Union, Martin Chungong, met yesterday with the Speaker of the Parliament of Fiji, Filimone Jitoko, to discuss women's participation in parliament.\n\nThe two agreed on a programme of training for new members.",
			""},
		{"a call today",
			"Geneva 12/05/2025\n\nThe Secretary-General of the Inter-Parliamentary Union, Martin Chungong, had a phone call today with the Speaker of the Parliament of Fiji, Filimone Jitoko, on women's participation in parliament.\n\nThe two agreed on a programme of training for new members.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Title: "Meeting", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if r.Meeting.Location != tt.place {
				t.Errorf("location %q, want %q", r.Meeting.Location, tt.place)
			}
		})
	}
}

// TestPledgesInMoreCurrencies: a pledge in a currency of the Caribbean,
// Africa, the Nordics or Asia is read with its code ("EC$ 12 million",
// "XOF 4 billion", "MK 20 billion", "SEK 300 million", "450 million
// Norwegian kroner"); a ration per person, a trade target and a stock
// of investment are no pledges, and a sum "a year" still is.
func TestPledgesInMoreCurrencies(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"The Minister announced a grant of EC$ 12 million for the new hospital in Roseau.", []string{"12000000 XCD"}},
		{"The French Development Agency will commit XOF 4 billion to rural electrification.", []string{"4000000000 XOF"}},
		{"Malawi has set aside MK 20 billion for the Nsanje port in the 2025/26 budget.", []string{"20000000000 MWK"}},
		{"Sweden will provide SEK 300 million for the reconstruction of schools.", []string{"300000000 SEK"}},
		{"Norway will give 450 million Norwegian kroner to the fund.", []string{"450000000 NOK"}},
		{"Food rations will be cut to US$ 7 per person a month from April.", nil},
		{"The two sides aim to double bilateral trade to US$ 30 billion by 2030.", nil},
		{"Japan remains the largest investor, with a registered capital of US$ 75 billion.", nil},
		{"Australia confirmed support of A$15 million a year for the next four years.", []string{"15000000 AUD"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range findPledges([]string{tt.s}) {
			got = append(got, fmt.Sprintf("%.0f %s", p.Amount, p.Currency))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("pledges of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
	// The summaries' amounts stay findMoney's: "DKK 4 billion" is a
	// figure to them, not an amount.
	if ms := findMoney("Denmark will give DKK 4 billion to the fund."); len(ms) != 0 {
		t.Errorf("findMoney read %v, want nothing", ms)
	}
}

// TestMoreFootLabels: "Background", "Editor's notes" and "Quick facts"
// over the publisher's boilerplate at a page's foot are label headings,
// as "About …" and "Notes to editors" are.
func TestMoreFootLabels(t *testing.T) {
	for _, label := range []string{"Background", "Editor's notes", "Quick facts"} {
		body := "Suva – Prime Minister Sitiveni Rabuka met today with the Prime Minister of Tuvalu, Feleti Teo, at the Prime Minister's Office.\n\n" +
			"The two leaders discussed the Falepili Union, climate finance and fisheries.\n\n" +
			"Prime Minister Teo invited Prime Minister Rabuka to visit Funafuti later this year.\n\n" +
			label + "\n\nFiji and Tuvalu established diplomatic relations in 1978."
		r, err := Parse(Document{Title: "Meeting", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range r.Sections {
			if s.Heading != "" {
				got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
			}
		}
		if want := []string{"1 " + label}; !slices.Equal(got, want) {
			t.Errorf("headings %q, want %q", got, want)
		}
	}
}

// TestAnniversariesInSpans: an anniversary written as a span the verb of
// a day marked counts in decades or centuries ("marks four decades of",
// "celebrated a quarter century of"), as "the 20th anniversary year of"
// and "established 40 years ago this year" do; decades without such a
// verb and years ago without "this year" are none.
func TestAnniversariesInSpans(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"This year marks four decades of diplomatic relations between Oman and Korea.", []string{"40 2025"}},
		{"The two peoples celebrated a quarter century of partnership under the Cotonou framework this year.", []string{"25 2025"}},
		{"The ministers opened the 20th anniversary year of the ASEAN Charter's drafting this year.", []string{"20 2025"}},
		{"The Joint Commission, which was established 40 years ago this year, met in Muscat.", []string{"40 2025"}},
		{"Two decades of conflict have left the region in ruins.", nil},
		{"The border was demarcated 40 years ago by a joint commission.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range anniversariesOf([]string{tt.s}, 2025, nil, newSentCache(1)) {
			got = append(got, fmt.Sprintf("%d %d", a.Ordinal, a.Year))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("anniversaries of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
}
