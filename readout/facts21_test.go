package readout

import (
	"strings"
	"testing"
)

// TestEnDashJoinsNames: an en dash between two names joins them as a
// hyphen does ("Ruritania–Elbonia Joint Commission", "Northport–Southport
// corridor"), so the list names the pair whole; an em dash, or an en dash
// before a word in lower case, ends the name.
func TestEnDashJoinsNames(t *testing.T) {
	for _, c := range []struct {
		sents []string
		want  string
		not   string
	}{
		{[]string{"The ministers prepared the first session of the Ruritania–Elbonia Joint Commission."}, "Ruritania–Elbonia Joint Commission", ""},
		{[]string{"They reviewed progress on the Northport–Southport Corridor and on grain exports."}, "Northport–Southport Corridor", ""},
		{[]string{"She attended the Asia–Caribbean Summit in Port Royal."}, "Asia–Caribbean Summit", ""},
		{[]string{"They spoke of Freedonia—which hosts the talks—and of the Lake Accord."}, "Freedonia", "Freedonia—"},
		{[]string{"They discussed Freedonia–based firms and the Lake Accord."}, "Lake Accord", "Freedonia–based"},
	} {
		got := mentionsLine(mentionsOf(c.sents, speakers{}), "", 200)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: list %q, want %q in it and not %q", c.sents[0], got, c.want, c.not)
		}
	}
}

// TestPortfolioThenName: a run of a portfolio that a comma of a long
// office left ("Minister of Economy, Trade and Industry of Ruritania
// Jane Roe") names the person only; a portfolio alone names nothing.
func TestPortfolioThenName(t *testing.T) {
	for _, c := range []struct {
		s, run, want string
		ok           bool
	}{
		{"She also met the Minister of Economy, Trade and Industry of Japan Taro Yamada.", "Trade and Industry of Japan Taro Yamada", "Taro Yamada", true},
		{"He met the Minister of Trade, Industry and Energy of the Republic of Korea Kim Min-jun.", "Industry and Energy of the Republic of Korea Kim Min-jun", "Kim Min-jun", true},
		{"They welcomed the Trade and Investment Council of Japan Forum.", "Trade and Investment Council of Japan Forum", "", false},
		{"They discussed Trade and Industry of Japan Taro Yamada's book.", "Trade and Industry of Japan Taro Yamada", "", false},
	} {
		got, ok := portfolioName(c.s, c.run, countryMemo{})
		if got != c.want || ok != c.ok {
			t.Errorf("portfolioName(%q, %q) = %q, %v; want %q, %v", c.s, c.run, got, ok, c.want, c.ok)
		}
	}
	sents := []string{"She also met the Minister of Economy, Trade and Industry of Japan Taro Yamada on the Lake Accord."}
	if got := mentionsLine(mentionsOf(sents, speakers{}), "", 200); !strings.Contains(got, "Taro Yamada") || strings.Contains(got, "Industry") {
		t.Errorf("list %q, want Taro Yamada without the portfolio", got)
	}
}

// TestDropVisitAside: the aside that says a guest is visiting the host's
// country goes from a sentence (the post shows the sides and the place);
// one that says more than the visit, or a state visit, stays.
func TestDropVisitAside(t *testing.T) {
	parties := map[string]bool{"FR": true, "KR": true}
	for _, c := range []struct{ s, want string }{
		{"Dupont, who is on an official visit to the Republic of Korea, held talks with Kim Min-jun.",
			"Dupont held talks with Kim Min-jun."},
		{"Kim Min-jun received Dupont of France, who is on a two-day working visit to the country.",
			"Kim Min-jun received Dupont of France."},
		{"Kim Min-jun met Dupont of France, who is visiting Korea, and discussed the Lake Accord.",
			"Kim Min-jun met Dupont of France and discussed the Lake Accord."},
		{"Kim Min-jun received Dupont of France, who is paying an official visit to our country.",
			"Kim Min-jun received Dupont of France."},
		// A state visit is news; a first one too; a visit elsewhere says
		// where the guest goes next; a purpose says more.
		{"Kim Min-jun received Dupont of France, who is on a state visit to Korea.",
			"Kim Min-jun received Dupont of France, who is on a state visit to Korea."},
		{"Kim Min-jun received Dupont of France, who is on his first official visit to Korea.",
			"Kim Min-jun received Dupont of France, who is on his first official visit to Korea."},
		{"Kim Min-jun received Dupont of France, who is on an official visit to Japan and Korea.",
			"Kim Min-jun received Dupont of France, who is on an official visit to Japan and Korea."},
		{"Kim Min-jun received Dupont of France, who is in Seoul to prepare the Lake Summit.",
			"Kim Min-jun received Dupont of France, who is in Seoul to prepare the Lake Summit."},
	} {
		if got := dropVisitAside(c.s, parties); got != c.want {
			t.Errorf("dropVisitAside(%q)\n got %q\nwant %q", c.s, got, c.want)
		}
	}
}

// TestFigurePhrases: a figure with what it counts is a mention ("170
// thousand Koreans", "3.5 percent", "400 000 children"); years, dates,
// durations, money, numbers of names and "100 per cent" are none.
func TestFigurePhrases(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"He thanked the host for the care of the more than 170 thousand Koreans living in the country.", []string{"170 thousand Koreans"}},
		{"Ruritania will raise its defence spending to 3.5 percent of GDP by 2030.", []string{"3.5 percent"}},
		{"Exports grew by 12% and 30 per cent of the grain goes north.", []string{"12%", "30 per cent"}},
		{"The vaccine has reached more than 400 000 children, and 1,000 tractors and 400 combine harvesters will follow.", []string{"400 000 children", "1,000 tractors", "400 combine harvesters"}},
		{"Around 7,000 people commute daily; the 67 nuclear tests are not forgotten.", []string{"7,000 people", "67 nuclear tests"}},
		{"The two states signed 40 cooperation documents and welcomed 400 Elbonian companies.", []string{"40 cooperation documents", "400 Elbonian companies"}},
		{"The talks lasted 90 minutes on 17 June 2025, 30 years after the accord.", nil},
		{"The call began at 1030 hrs.", nil},
		{"They recalled Resolution 2719 and Corridor 8, and the USD 20 million grant.", nil},
		{"Both support the plan 100 per cent, as in 2024.", nil},
	} {
		got := figurePhrases(c.s)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("figurePhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	// Listed after the names, in reading order.
	sents := []string{"The ministers discussed the Lake Accord.", "Some 7,000 people cross into Elbonia each day."}
	if got, want := mentionsLine(withFigures(mentionsOf(sents, speakers{}), sents), "", 200), "Also: Lake Accord, Elbonia, 7,000 people."; got != want {
		t.Errorf("list %q, want %q", got, want)
	}
}

// TestQuoteAttributionNoHeading: "— Jane Roe" under a quotation names who
// said it; it is no heading, and the readout's paragraphs above it stay
// its text.
func TestQuoteAttributionNoHeading(t *testing.T) {
	body := "NORTHPORT—The Governor General, Jane Roe, welcomed the President of Elbonia, John Doe, to the Residence yesterday.\n\n" +
		"The Governor General and the President discussed the Lake Accord and the grain corridor.\n\n" +
		"“Our two peoples share the lake and its future.”\n" +
		"— The Honourable Jane Roe\n\n-30-"
	for _, dash := range []string{"— ", "– ", "—"} {
		b := strings.Replace(body, "— The Honourable", dash+"The Honourable", 1)
		r, err := Parse(Document{Title: "The Governor General welcomes the President of Elbonia", Publisher: "The Governor General", PublisherCountry: "CA", Body: b})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range r.Sections {
			if s.Heading != "" {
				t.Errorf("%q: heading %q", dash, s.Heading)
			}
		}
		if len(r.Sections) == 0 || !strings.Contains(r.Sections[0].Text, "Lake Accord") {
			t.Errorf("%q: sections %+v lost the text", dash, r.Sections)
		}
	}
}

// TestCapitalsDateline: "NORTHPORT—" and "PORT ROYAL — " open no summary.
func TestCapitalsDateline(t *testing.T) {
	for in, want := range map[string]string{
		"NORTHPORT—The Governor General welcomed the President of Elbonia.":   "The Governor General welcomed the President of Elbonia.",
		"PORT ROYAL — The Minister received the Ambassador of Elbonia today.": "The Minister received the Ambassador of Elbonia today.",
		"NATO—EU cooperation was the main topic of the talks in Brussels.":    "NATO—EU cooperation was the main topic of the talks in Brussels.",
	} {
		if got := dropDateline(in); got != want {
			t.Errorf("dropDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCurrencyFigures: an amount in a currency findMoney does not read
// ("NOK 250 million", "RM31.2 billion") is listed as a figure; one it
// reads is withAmounts'.
func TestCurrencyFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Norway will give NOK 250 million to the fund this year.", []string{"NOK 250 million"}},
		{"Trade reached RM31.2 billion in 2024.", []string{"RM31.2 billion"}},
		{"Iceland pledged ISK 30 million to the exchange.", []string{"ISK 30 million"}},
		{"Qatar pledged USD 20 million and RM3 to the fund.", nil},
		{"The GDP grew by ABC 5 percent.", []string{"5 percent"}},
	} {
		if got := figurePhrases(c.s); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("figurePhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestMeetingDayGoes: "on Monday evening" goes whole, and "on Thursday"
// between the subject and the verb goes: the post shows the day.
func TestMeetingDayGoes(t *testing.T) {
	for in, want := range map[string]string{
		"Roe spoke with Doe of Elbonia on Monday evening.":           "Roe spoke with Doe of Elbonia.",
		"Roe held a call with Doe on Tuesday afternoon, on trade.":   "Roe held a call with Doe on trade.",
		"Roe on Thursday received Doe, the President of Elbonia.":    "Roe received Doe, the President of Elbonia.",
		"Roe met Doe on Monday to discuss the evening news channel.": "Roe met Doe to discuss the evening news channel.",
	} {
		if got := dropMeetingTime(in); got != want {
			t.Errorf("dropMeetingTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOwnOfficeWithDemonym: the publisher's own principal's office before
// his name goes though it names his country ("… and Moroccan
// Expatriates, Mr. X,"): the header shows the country.
func TestOwnOfficeWithDemonym(t *testing.T) {
	checkCompact(t, []compactCase{
		{"The Minister of Foreign Affairs holds talks with the Foreign Minister of Hungary", "MA",
			"The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Karim Alaoui, held talks in Rabat with the Minister of Foreign Affairs of Hungary, Mr. Janos Kovacs.\n\nThe two ministers discussed water management and student exchanges.",
			[]string{"Alaoui held talks"}, []string{"Expatriates"}},
	})
}

// TestDiplomaticMatters: the matters of the genre's readouts that the
// list had no head for: political consultations, direct flights,
// electricity interconnection, accession, a railway, restraint, the
// diplomatic academies; "consultations", "flights" and "academies" only
// qualified.
func TestDiplomaticMatters(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"The ministers agreed to hold the next round of political consultations in the spring.", "political consultations"},
		{"They discussed the opening of direct flights between the two capitals.", "direct flights"},
		{"The sides reviewed the electricity interconnection between the two grids.", "electricity interconnection"},
		{"The minister reaffirmed support for Elbonia's EU accession.", "accession"},
		{"They welcomed progress on the railway to the port.", "railway"},
		{"He called on all parties to exercise restraint.", "restraint"},
		{"The two diplomatic academies signed a memorandum on training.", "diplomatic academies"},
	} {
		if got := mentionsLine(mentionsOf([]string{c.s}, speakers{}), "", 200); !strings.Contains(got, c.want) {
			t.Errorf("%q: list %q lacks %q", c.s, got, c.want)
		}
	}
	for _, s := range []string{"The consultations were held in a friendly atmosphere.", "Both flights were delayed."} {
		if got := mentionsLine(mentionsOf([]string{s}, speakers{}), "", 200); got != "" {
			t.Errorf("%q: list %q, want none", s, got)
		}
	}
}

// TestListFragments: the press office that signs a release, "Head" of a
// "Head of State", an adverb opening a sentence ("Nearly 5.7 million
// people …") are no mentions; a body named "… Alliance" keeps the word,
// where "the Ruritania-Elbonia Alliance" is the two countries'.
func TestListFragments(t *testing.T) {
	for _, c := range []struct {
		sents     []string
		want, not string
	}{
		{[]string{"Both discussed the Lake Accord.", "Information Department of the Ruritanian Parliament Secretariat"}, "Lake Accord", "Information Department"},
		{[]string{"He conveyed to the Elbonian Head of State a message on the Lake Accord."}, "Lake Accord", "Elbonian Head"},
		{[]string{"Nearly 5.7 million people face hunger in the Northern Province."}, "Northern Province", "Nearly"},
		{[]string{"They welcomed Elbonia's decision to join the International Solar Alliance."}, "International Solar Alliance", ""},
		{[]string{"They spoke of the Pacific Alliance and of trade."}, "Pacific Alliance", ""},
	} {
		got := mentionsLine(mentionsOf(c.sents, speakers{}), "", 200)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: list %q, want %q and not %q", c.sents[0], got, c.want, c.not)
		}
	}
}
