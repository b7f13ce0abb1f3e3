package readout

import (
	"slices"
	"strings"
	"testing"
)

// Forms of structure and places read in genre17's odd-shaped readouts,
// each tested on readouts written for the test in new words.

// TestShapes17Headings: headings a page writes with no mark of its own
// that plainHeadings did not read (topics ending with a colon, questions,
// parts numbered in Roman numerals over numbered paragraphs), and lines
// that look like them but head nothing (a transcript's speakers, a
// lead-in to a list, an agency's sign-off, a single Roman line).
func TestShapes17Headings(t *testing.T) {
	lead := "Foreign Minister Jane Roe held talks with the Foreign Minister of Ruritania, John Doe, at the Ministry of Foreign Affairs in Valletta today."
	para := func(s string) string {
		return s + " The two sides agreed to task their officials with a plan before the end of the year."
	}
	tests := []struct {
		name string
		body []string
		want []string // "LEVEL heading"
	}{
		{"colon topics", []string{lead, "Maritime affairs:", para("The ministers discussed port investment."),
			"Migration:", para("Both sides discussed the return of irregular migrants."),
			"Regional and global issues:", para("The ministers exchanged views on the war in Ukraine.")},
			[]string{"1 Maritime affairs", "1 Migration", "1 Regional and global issues"}},
		{"questions", []string{lead, "What was agreed?", para("The ministers agreed on a new air services agreement."),
			"Why does it matter?", para("Trade between the two countries doubled in five years."),
			"What comes next?", para("A joint commission will meet in the spring.")},
			[]string{"1 What was agreed?", "1 Why does it matter?", "1 What comes next?"}},
		{"Roman parts over numbered paragraphs", []string{lead, "1. " + para("The ministers recalled the treaty of friendship."),
			"I. Political Dialogue", "2. " + para("They agreed to hold annual consultations."),
			"II. Economy and Energy", "3. " + para("They welcomed a new wind farm project."),
			"III. Multilateral Cooperation", "4. " + para("They agreed to support each other's candidacies.")},
			[]string{"1 Political Dialogue", "1 Economy and Energy", "1 Multilateral Cooperation"}},
		{"speakers of a transcript", []string{lead, "Jane Roe:", para("We are glad to welcome our friends from Ruritania."),
			"John Doe:", para("Thank you for the warm welcome in Valletta."),
			"Jane Roe:", para("Let us turn to the economy.")}, nil},
		{"lead-ins to lists and quotes", []string{lead, "The two sides agreed on the following:", para("A new consulate will open in the north."),
			"The Minister said:", para("This is a good day for both our peoples."),
			"They also noted:", para("Tourism has recovered since the pandemic.")}, nil},
		{"a single Roman line and a sign-off", []string{lead, para("The ministers discussed energy."),
			"I. Ivanov", para("The ministers discussed trade."), "--MNA"}, nil},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Title: "Foreign Minister holds talks with Ruritanian counterpart", Body: strings.Join(tt.body, "\n\n")})
		if err != nil {
			t.Fatal(err)
		}
		got := headingsOf(r)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: headings %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestShapes17FlatBareNumbers: a page extracted onto one line whose
// points are numbered without full stops ("1 Bilateral relations (1) …
// 2 Regional affairs (1) …") splits into its headings and subsections;
// one whose bare numbers are counts stays whole.
func TestShapes17FlatBareNumbers(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"On May 3, Mr. X, Minister for Foreign Affairs, held a meeting with Mr. Y, Minister of Foreign Affairs of Ruritania, in Valletta. The overview is as follows. " +
			"1 Bilateral relations (1) Minister X stated that he welcomed the visit. (2) The two ministers agreed to expand trade in wine and olive oil. " +
			"2 Regional affairs (1) The two ministers exchanged views on the Mediterranean. (2) They confirmed cooperation at the United Nations.",
			[]string{"On May 3, Mr. X, Minister for Foreign Affairs, held a meeting with Mr. Y, Minister of Foreign Affairs of Ruritania, in Valletta. The overview is as follows.",
				"1 Bilateral relations", "(1) Minister X stated that he welcomed the visit.", "(2) The two ministers agreed to expand trade in wine and olive oil.",
				"2 Regional affairs", "(1) The two ministers exchanged views on the Mediterranean.", "(2) They confirmed cooperation at the United Nations."}},
		{"The ministers met in Valletta on Monday and discussed the agenda of the coming summit at some length, including migration and energy. " +
			"1 Minister of each side spoke first. 2 Deputies followed with a review of the projects under way, and 3 Ambassadors closed the session with a list of the next steps.",
			nil},
	}
	for _, tt := range tests {
		got := splitFlatLines([]string{tt.line})
		want := tt.want
		if want == nil {
			want = []string{tt.line}
		}
		if !slices.Equal(got, want) {
			t.Errorf("splitFlatLines(%.40q…) = %q, want %q", tt.line, got, want)
		}
	}
}

// TestShapes17ListCrumbs: GOV.UK's breadcrumb extracted as a numbered
// list at the top of the page ("1. Home" / "2. World" / "3. News") is
// dropped; a page whose numbered points open it is kept.
func TestShapes17ListCrumbs(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"1. Home", "2. World", "3. News and communications", "Minister meets counterpart", "The Minister met Y today."},
			[]string{"Minister meets counterpart", "The Minister met Y today."}},
		{[]string{"1. Opening", "2. Trade", "The Minister met Y today."}, []string{"1. Opening", "2. Trade", "The Minister met Y today."}},
		{[]string{"1. Home", "2. The Minister met Y today and they agreed on a plan.", "3. Trade rose."},
			[]string{"1. Home", "2. The Minister met Y today and they agreed on a plan.", "3. Trade rose."}},
	}
	for _, tt := range tests {
		if got := dropListCrumbs(slices.Clone(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("dropListCrumbs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestShapes17RestatedPlace: a lead whose first line, the page's
// summary, places nothing takes the place its text's sentence, naming
// both sides, gives; a video call has none, whatever town a later
// sentence names.
func TestShapes17RestatedPlace(t *testing.T) {
	tests := []struct {
		body []string
		want string
	}{
		{[]string{"Foreign Secretary Jane Roe hosted Ruritanian Foreign Minister John Doe for talks on energy security.",
			"Foreign Secretary Jane Roe hosted Ruritania's Foreign Minister John Doe at Hillsborough Castle in County Down today, ahead of the summit.",
			"- Energy", "The two ministers agreed to build a new interconnector under the North Sea by 2030.",
			"- Trade", "The two ministers agreed to remove barriers to trade in services and to recognise qualifications."},
			"Hillsborough Castle"},
		{[]string{"Chancellor Jane Roe held a video conference today with the Prime Minister of Ruritania, John Doe.",
			"Jane Roe invited John Doe to Berlin for consultations next year; John Doe invited Jane Roe to visit Zenda."},
			""},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Title: "Talks with Ruritania", Body: strings.Join(tt.body, "\n\n")})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Meeting.Location; tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%.50q…: place %q, want %q", tt.body[0], got, tt.want)
		}
	}
}

// TestShapes17EventCity: a meeting on the margins of an event, or during
// it, named before the sides' sentence ("On the sidelines of the G20
// Summit in Johannesburg, X met Y", "During the NATO Summit in The Hague,
// …") is placed in the event's city, not in the event's name; an opening
// event without a city still leaves the place unsaid.
func TestShapes17EventCity(t *testing.T) {
	checkLeadPlaces(t, "Leaders meet", "The two leaders discussed trade, climate finance and the security of undersea cables.", []leadPlace{
		{"On the sidelines of the Commonwealth Heads of Government Meeting in Apia, Prime Minister Jane Roe met the Prime Minister of Ruritania, John Doe, on Friday.", "Apia"},
		{"On Friday, on the margins of the Pacific Islands Forum in Honiara, Prime Minister Jane Roe held talks with the Prime Minister of Ruritania, John Doe.", "Honiara"},
		{"During the OSCE Ministerial Council in Valletta, Foreign Minister Jane Roe met the Foreign Minister of Ruritania, John Doe, on Thursday.", "Valletta"},
		{"On Thursday, at the EU-AU Summit in Luanda, President Jane Roe met the President of Ruritania, John Doe.", "Luanda"},
		{"On the sidelines of the Commonwealth Heads of Government Meeting, Prime Minister Jane Roe met the Prime Minister of Ruritania, John Doe, on Friday.", ""},
	})
}

// leadPlace is a lead and the place its readout should give.
type leadPlace struct{ lead, want string }

// checkLeadPlaces parses each lead before a paragraph of talks and a
// closing line, and compares the meeting's place.
func checkLeadPlaces(t *testing.T, title, talks string, cases []leadPlace) {
	t.Helper()
	for _, tt := range cases {
		body := tt.lead + "\n\n" + talks + "\n\nThey agreed to stay in close touch."
		r, err := Parse(Document{Title: title, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Meeting.Location; got != tt.want {
			t.Errorf("%.60q…: place %q, want %q", tt.lead, got, tt.want)
		}
	}
}

// TestShapes17TrailerHeadingsAndSquares: a page's heading over its
// trailer ("<h2>Related links</h2>" over a list of links) ends the text
// as the line alone does, and is no heading; headings set after a square
// or a circle ("■ Political relations"), as translated pages write them,
// are headings as after a bullet.
func TestShapes17TrailerHeadingsAndSquares(t *testing.T) {
	lead := "Foreign Minister Jane Roe held talks with the Foreign Minister of Ruritania, John Doe, in Valletta on 3 March 2025."
	p1 := "The ministers agreed to hold annual consultations and to open a consulate in the north."
	p2 := "The ministers agreed to expand trade in olive oil and in wine, and to cooperate on ports."
	tests := []struct {
		name, body string
		want       []string
	}{
		{"related links", "<p>" + lead + "</p><h2>Political relations</h2><p>" + p1 + "</p><h2>Economic relations</h2><p>" + p2 +
			"</p><h2>Related links</h2><ul><li><a href=\"/a\">Malta and Ruritania</a></li><li><a href=\"/b\">Trade</a></li></ul>",
			[]string{"1 Political relations", "1 Economic relations"}},
		{"see also", "<p>" + lead + "</p><h3>Political relations</h3><p>" + p1 + "</p><h3>Economic relations</h3><p>" + p2 +
			"</p><h3>See also</h3><ul><li><a href=\"/a\">Ruritania</a></li></ul>",
			[]string{"1 Political relations", "1 Economic relations"}},
		{"squares", lead + "\n\n■ Political relations\n\n" + p1 + "\n\n■ Economic relations\n\n" + p2,
			[]string{"1 Political relations", "1 Economic relations"}},
		{"circles", lead + "\n\n● Political relations\n\n" + p1 + "\n\n● Economic relations\n\n" + p2,
			[]string{"1 Political relations", "1 Economic relations"}},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Title: "Talks with Ruritania", Body: tt.body})
		if err != nil {
			t.Fatal(err)
		}
		got := headingsOf(r)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: headings %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestShapes17ParenNumbers: "1) Political relations" over its paragraph
// is a heading; "1) The two sides agreed …" and a list of short items
// with nothing under them are not.
func TestShapes17ParenNumbers(t *testing.T) {
	lead := "Foreign Minister Jane Roe held talks with the Foreign Minister of Ruritania, John Doe, in Valletta on 3 March 2025."
	p1 := "The ministers agreed to hold annual consultations and to open a consulate in the north."
	p2 := "The ministers agreed to expand trade in olive oil and in wine, and to cooperate on ports."
	tests := []struct {
		name, body string
		want       []string
	}{
		{"headings", lead + "\n\n1) Political relations\n\n" + p1 + "\n\n2) Economic relations\n\n" + p2,
			[]string{"1 Political relations", "1 Economic relations"}},
		{"paragraphs", lead + "\n\n1) " + p1 + "\n\n2) " + p2, nil},
		{"a list", lead + " They agreed on the following:\n\n1) Annual consultations\n\n2) A new consulate\n\n3) Wine trade\n\n" + p2, nil},
	}
	for _, tt := range tests {
		r, err := Parse(Document{Title: "Talks with Ruritania", Body: tt.body})
		if err != nil {
			t.Fatal(err)
		}
		got := headingsOf(r)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: headings %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestShapes17WhileIn: "While in Geneva for the Human Rights Council, X
// met Y" places the meeting in Geneva, as "X, who is in Geneva for …"
// does; a country alone is left to the rest of the page.
func TestShapes17WhileIn(t *testing.T) {
	checkLeadPlaces(t, "Ministers meet", "The two ministers discussed nuclear safety and the export of medical isotopes.", []leadPlace{
		{"While in Vienna for the IAEA General Conference, Foreign Minister Jane Roe met the Foreign Minister of Ruritania, John Doe, on Tuesday.", "Vienna"},
		{"When in Nairobi on Tuesday, Foreign Minister Jane Roe met the Foreign Minister of Ruritania, John Doe.", "Nairobi"},
		{"While in Austria for the IAEA General Conference, Foreign Minister Jane Roe met the Foreign Minister of Ruritania, John Doe, on Tuesday.", "Austria"},
	})
}

// TestShapes17DecimalFirstLevel: "1.0 Political relations" / "2.0 …" is
// the first level written as a decimal; "1.1 …" under it the second.
func TestShapes17DecimalFirstLevel(t *testing.T) {
	lead := "Foreign Minister Jane Roe held talks with the Foreign Minister of Ruritania, John Doe, in Valletta on 3 March 2025."
	p1 := "The ministers agreed to hold annual consultations and to open a consulate in the north."
	p2 := "The ministers agreed to expand trade in olive oil and in wine, and to cooperate on ports."
	body := lead + "\n\n1.0 Political relations\n\n" + p1 + "\n\n2.0 Economic relations\n\n2.1 Trade\n\n" + p2 + "\n\n2.2 Ports\n\n" + p2
	r, err := Parse(Document{Title: "Talks with Ruritania", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	got := headingsOf(r)
	want := []string{"1 Political relations", "1 Economic relations", "2 Trade", "2 Ports"}
	if !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
}
