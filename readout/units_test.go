package readout

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/extract"
)

var sentenceTests = []struct {
	name string
	in   string
	want []string
}{
	{"titles and ranks", "Mr. KISHIDA met Ms. Wong and Dr. Lee. Lt. Gen. Hun Manet attended.",
		[]string{"Mr. KISHIDA met Ms. Wong and Dr. Lee.", "Lt. Gen. Hun Manet attended."}},
	{"times", "They met at 5:35 p.m. JST on Monday. The talks ended at 7 a.m. The leaders left.",
		[]string{"They met at 5:35 p.m. JST on Monday.", "The talks ended at 7 a.m.", "The leaders left."}},
	{"dotted abbreviations", "The U.S. Government and the U.K. Ministry agreed. They signed No. 10 papers at St. Andrews.",
		[]string{"The U.S. Government and the U.K. Ministry agreed.", "They signed No. 10 papers at St. Andrews."}},
	{"abbreviation ends a sentence", "He thanked the U.S. The President replied.",
		[]string{"He thanked the U.S.", "The President replied."}},
	{"initials", "President Joseph R. Biden, Jr. spoke with J. Smith today. It went well.",
		[]string{"President Joseph R. Biden, Jr. spoke with J. Smith today.", "It went well."}},
	{"etc", "They discussed energy, digital, etc. and cyber. He stated so, etc. He closed.",
		[]string{"They discussed energy, digital, etc. and cyber.", "He stated so, etc.", "He closed."}},
	{"quotes", `He called it "historic." Both agreed.`, []string{`He called it "historic."`, "Both agreed."}},
	{"H.E. Mr.", "He met H.E. Mr. Son, Minister. They talked.", []string{"He met H.E. Mr. Son, Minister.", "They talked."}},
	{"abbreviated month before a day", "The Minister received Dr. Ana Lopez on Feb. 9 in Santiago. They met again on Sept. 30, 2021. It was Feb. The talks ended.",
		[]string{"The Minister received Dr. Ana Lopez on Feb. 9 in Santiago.", "They met again on Sept. 30, 2021.", "It was Feb.", "The talks ended."}},
}

func TestSplitSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("splitSentences(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindPledges(t *testing.T) {
	tests := []struct {
		in       string
		amount   float64
		currency string
		purpose  string
	}{
		{"Japan contributes 150 million yen to the Ayeyarwady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS) Development Fund, which is led by the Mekong countries.",
			150e6, "JPY", "ACMECS Development Fund"},
		{"The United States will provide $2 billion in humanitarian assistance for Ukraine.", 2e9, "USD", "humanitarian assistance for Ukraine"},
		{"Japan will extend USD 5 million to the World Food Programme.", 5e6, "USD", "World Food Programme"},
		{"An ODA loan of ¥1.5 billion for the port was signed.", 1.5e9, "JPY", "port was signed"},
		{"The EU pledged EUR 20 million for refugees.", 20e6, "EUR", "refugees"},
		{"The UK will give £10m to the fund.", 10e6, "GBP", "fund"},
		{"China offered 3 billion dollars in loans.", 3e9, "USD", "loans"},
		{"Korea will contribute 100 million U.S. dollars to the Fund.", 100e6, "USD", "Fund"},
		{"Australia committed A$ 40 million for Pacific resilience.", 40e6, "AUD", "Pacific resilience"},
		{"They pledged 1,250,000 euros.", 1.25e6, "EUR", ""},
		{"The President announced half a billion dollars in aid to the country.", 5e8, "USD", "aid for the country"},
		{"One billion yen will go to the reconstruction fund.", 1e9, "JPY", ""},
		{"Japan will extend two million U.S. dollars for flood relief.", 2e6, "USD", "flood relief"},
	}
	for _, tt := range tests {
		got := findPledges([]string{tt.in})
		if len(got) != 1 {
			t.Errorf("findPledges(%q): got %+v, want one pledge", tt.in, got)
			continue
		}
		if got[0].Amount != tt.amount || got[0].Currency != tt.currency || got[0].Purpose != tt.purpose {
			t.Errorf("findPledges(%q): got %v %s %q, want %v %s %q", tt.in, got[0].Amount, got[0].Currency,
				got[0].Purpose, tt.amount, tt.currency, tt.purpose)
		}
	}
	for _, in := range []string{"Over 3 million people were displaced.", "Two million people fled.",
		"It would cost millions of dollars.", "A billion dollars' worth of talk.", "Someone billion dollars.", "The 10th Mekong-Japan Summit met in 2023.", "It took 2 hours."} {
		if got := findPledges([]string{in}); len(got) != 0 {
			t.Errorf("findPledges(%q): got %+v, want none", in, got)
		}
	}
}

func TestFindAnniversaries(t *testing.T) {
	tests := []struct {
		in      string
		ordinal int
		subject string
		year    int
	}{
		{"Next year marks the 70th anniversary of the establishment of diplomatic relations between Cambodia and Japan.", 70, "establishment of diplomatic relations", 2023},
		{"They will commemorate the 50thyear of ASEAN-Japan Friendship and Cooperation and upgrade relations.", 50, "ASEAN-Japan Friendship and Cooperation", 2022},
		{"This year marks the 30th anniversary of the UN Peace Keeping Operation (PKO) deployment to Cambodia, and more.", 30, "UN Peace Keeping Operation (PKO) deployment to Cambodia", 2022},
		{"The two leaders celebrated the 60th anniversary of the normalization of relations in 2025.", 60, "normalization of relations", 2025},
		{"Last year was the seventieth anniversary of the Treaty of Peace.", 70, "Treaty of Peace", 2021},
	}
	for _, tt := range tests {
		got := findAnniversaries([]string{tt.in}, 2022, nil)
		if len(got) != 1 {
			t.Errorf("findAnniversaries(%q): got %+v, want one", tt.in, got)
			continue
		}
		if got[0].Ordinal != tt.ordinal || got[0].Subject != tt.subject || got[0].Year != tt.year {
			t.Errorf("findAnniversaries(%q): got %d %q %d, want %d %q %d", tt.in, got[0].Ordinal, got[0].Subject,
				got[0].Year, tt.ordinal, tt.subject, tt.year)
		}
	}
	for _, in := range []string{"The 10th Mekong-Japan Summit was held.", "He attended the 55th Munich Security Conference.", "It is the 3rd meeting of the year."} {
		if got := findAnniversaries([]string{in}, 2022, nil); len(got) != 0 {
			t.Errorf("findAnniversaries(%q): got %+v, want none", in, got)
		}
	}
}

func TestLeadFacts(t *testing.T) {
	tests := []struct {
		in       string
		start    string
		duration int
	}{
		{"commencing at 5:35 p.m. (local time; same day, 7:35 p.m. JST) for approximately 2 hours and 10 minutes", "17:35", 130},
		{"from 10:05 for about 45 minutes", "10:05", 45},
		{"at 12 p.m. for approximately one hour", "12:00", 60},
		{"at 12:30 a.m. for an hour and a half", "00:30", 90},
		{"at noon, including a 40-minute tete-a-tete", "12:00", 0},
		{"for approximately 1.5 hours", "", 90},
	}
	for _, tt := range tests {
		if got := startLocal(tt.in); got != tt.start {
			t.Errorf("startLocal(%q): got %q, want %q", tt.in, got, tt.start)
		}
		if got := durationMinutes(tt.in); got != tt.duration {
			t.Errorf("durationMinutes(%q): got %d, want %d", tt.in, got, tt.duration)
		}
	}
	kinds := map[string]string{
		"Japan-Germany Foreign Ministers' Meeting":                   "foreign ministers' meeting",
		"Japan-India Summit Telephone Talk":                          "telephone talk",
		"Courtesy Call on Prime Minister Kishida by the Governor":    "courtesy call",
		"Japan-Australia Summit Video Conference":                    "video conference",
		"Joint Statement on the Comprehensive Strategic Partnership": "joint statement",
		"Readout of President Biden’s Call with Chancellor Scholz":   "call",
		"Readout of the Vice President’s Meeting with Governors":     "meeting",
		"Japan-Cambodia Summit Meeting":                              "summit meeting",
	}
	for in, want := range kinds {
		if got := meetingKind(in); got != want {
			t.Errorf("meetingKind(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestShortenFrame(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Prime Minister Kishida stated that as a part of important infrastructure development, Japan would provide support to make the port a hub.",
			"Kishida: Japan will provide support to make the port a hub."},
		{"Prime Minister Kishida stated he would support the efforts of companies.", "Kishida will support the efforts of companies."},
		// A second verb of the same subject takes the same tense.
		{"Minister Iwaya stated that Japan would provide 1.2 billion yen in grant aid and would continue support for the transport plan.",
			"Iwaya: Japan will provide 1.2 billion yen in grant aid and will continue support for the transport plan."},
		{"In response, Prime Minister Hun Sen stated that he would like to advance cooperation.", "Hun Sen wants to advance cooperation."},
		{"Prime Minister Kishida stated that the two countries would cooperate in new areas.", "Kishida: The two countries will cooperate in new areas."},
		{"He expressed his desire to further develop bilateral relations.", "He wants to further develop bilateral relations."},
		{"He stated that Japan would help.", "He stated that Japan would help."},
		{"Prime Minister Kishida spoke of cooperation and stated that Japan contributes 150 million yen.", "Kishida: Japan contributes 150 million yen."},
		{"The two leaders concurred to cooperate.", "Both concurred to cooperate."},
		{"The two leaders confirmed that they would continue to work closely together.", "Both will continue to work closely together."},
		{"The Ministers agreed that Japan and Australia would hold talks.", "Japan and Australia will hold talks."},
		{"President Joe Biden spoke today with Prime Minister Kyriakos Mitsotakis of Greece.", "Joe Biden spoke today with Kyriakos Mitsotakis of Greece."},
		{"French Foreign Minister Catherine Colonna met Secretary Blinken.", "French Foreign Minister Catherine Colonna met Blinken."},
		{"Prime Minister Kishida expressed his intention to forge close ties with President Joko.", "Kishida wants to forge close ties with Joko."},
		// The second clause is the speaker's own, not the reported clause's.
		{"Minister Iwaya stated that this year marks the 70th anniversary of diplomatic relations, and expressed his wish to deepen ties.",
			"Iwaya: This year marks the 70th anniversary of diplomatic relations."},
		// A second "that" after the frame hangs on the frame, which is gone.
		{"Prime Minister Kishida stated that Japan would provide support to the port, and that he hoped to visit Cambodia next year.",
			"Kishida: Japan will provide support to the port, and he hopes to visit Cambodia next year."},
		{"President Biden noted that the United States stands with Ukraine and that the two countries would meet soon.",
			"Biden: The United States stands with Ukraine and the two countries will meet soon."},
		{"Minister Kamikawa stated that she was pleased that ties have deepened, and that she will continue to work with Son.",
			"Kamikawa was pleased that ties have deepened, and she will continue to work with Son."},
		// The two sides' frames: an agreement to act, a view both hold.
		{"The two ministers concurred to deepen cooperation in the field of economic security.",
			"Both will deepen cooperation in the field of economic security."},
		{"The Ministers confirmed that both sides will work toward the investment target.", "Both will work toward the investment target."},
		{"The Ministers shared the view that the full implementation of the resolutions remains crucial.",
			"Both: The full implementation of the resolutions remains crucial."},
		{"The Ministers shared the recognition of the importance of cooperation in health.", "Both agreed on the importance of cooperation in health."},
		{"The Ministers agreed to the plan of the donors.", "Both agreed to the plan of the donors."},
		{"The leaders shared the view that China's role is important, and confirmed that they would meet.",
			"Both shared the view that China's role is important, and confirmed that they would meet."},
		{"Both Ministers concurred that the importance of the relations remains unchanged, and decided to continue close communication.",
			"Both concurred that the importance of the relations remains unchanged, and decided to continue close communication."},
		// A "that" after one of the reported clause's own may be its: kept.
		{"Minister Kamikawa stated that she was pleased that ties have deepened and that trade has grown.",
			"Kamikawa was pleased that ties have deepened and that trade has grown."},
		// A second clause of the reported subject stays.
		{"Prime Minister Kishida stated that Japan would build the port and train its staff.",
			"Kishida: Japan will build the port and train its staff."},
	}
	for _, tt := range tests {
		if got := shortenFrame(tt.in); got != tt.want {
			t.Errorf("shortenFrame(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("word ", 60) + "and more words, which go on, and on. Short one here."
	if got := summarize(long); len(got) > maxSummary || strings.Contains(got, "…") || !strings.HasSuffix(got, ".") {
		t.Errorf("summarize(long): got %q, want a complete sentence of at most %d characters", got, maxSummary)
	}
}

func TestBuildSections(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // "number|heading|level"
	}{
		{"numbered headings", []string{"1. Outset", "Text.", "2. Bilateral", "(1) Trade", "Text.", "(2) Security", "Text."},
			[]string{"1|Outset|1", "2|Bilateral|1", "2.(1)|Trade|2", "2.(2)|Security|2"}},
		{"no period, glued parenthesis", []string{"1 Beginning", "(1)Greetings", "Text.", "2 Bilateral Relations", "Text."},
			[]string{"1|Beginning|1", "1.(1)|Greetings|2", "2|Bilateral Relations|1"}},
		{"unheaded parentheses", []string{"(1) The two leaders agreed to cooperate.", "(2) They also discussed trade."},
			[]string{"(1)||1", "(2)||1"}},
		{"dash headings", []string{"- Outline", "The leaders met.", "- Economic cooperation", "(1) Text about trade.", "- Regional affairs", "Text."},
			[]string{"|Outline|1", "|Economic cooperation|1", "(1)||1", "|Regional affairs|1"}},
		{"numbered paragraphs", []string{"1. At the outset, the Prime Minister thanked him.", "2. The two leaders agreed to meet."},
			[]string{"1||1", "2||1"}},
		{"dates and amounts are not markers", []string{"1. Outset", "10 March 2022 was the date.", "3 billion yen was pledged."},
			[]string{"1|Outset|1"}},
		{"a list of names is no headings", []string{"Participants:", "- Professor Jane Doe of X Law School", "- Dana Roe, Counsel to the President,", "- Director of the Y Office Sam Poe"},
			[]string{"||1"}},
		{"a list under a heading", []string{"- Outline", "The leaders met. Joining them were:", "- Jane Doe", "- Sam Poe", "Text after the list."},
			[]string{"|Outline|1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range buildSections(tt.lines) {
				got = append(got, s.Number+"|"+s.Heading+"|"+string(rune('0'+s.Level)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("buildSections(%q):\ngot  %q\nwant %q", tt.lines, got, tt.want)
			}
		})
	}
}

// TestListIsNoSections: a page whose only dash lines are a list of names
// (participants, as a rule) has no numbered sections, so its lead is its
// first paragraph, not every paragraph before the list.
func TestListIsNoSections(t *testing.T) {
	rest := []string{"Today the Vice President met experts on privacy law.", "They discussed data privacy.",
		"Participants:", "- Professor Jane Doe of X Law School", "- Director of the Y Office Sam Poe"}
	lead, body, numbered := leadOf(rest)
	if numbered || lead != rest[0] || len(body) != len(rest) {
		t.Errorf("leadOf(%q): got lead %q, %d lines, numbered %v; want the first paragraph, %d lines, not numbered", rest, lead, len(body), numbered, len(rest))
	}
}

func TestCleanLines(t *testing.T) {
	in := []string{
		"Photo of Japan-Laos Summit Meeting Japan-Laos Summit Meeting (Photo: Cabinet Public Affairs Office)",
		"[Provisional translation]",
		"The leaders met.",
		"Joint Statement(PDF)Open a New Window",
		"Back to Japan-Laos Relations",
		"This was published under the 2019 to 2022 Johnson Conservative government",
		"\\###",
		"Share this page",
		"Related Link",
		"Japan-Laos Relations",
	}
	c := cleanLines(in)
	if want := []string{"The leaders met."}; !slices.Equal(c.lines, want) {
		t.Errorf("lines: got %q, want %q", c.lines, want)
	}
	if !c.provisional {
		t.Error("provisional: got false, want true")
	}
	if want := []Attachment{{Title: "Joint Statement"}}; !slices.Equal(c.attachments, want) {
		t.Errorf("attachments: got %+v, want %+v", c.attachments, want)
	}
	if len(c.captions) != 1 || captionTitle(c.captions[0]) != "Japan-Laos Summit Meeting" {
		t.Errorf("captions: got %q, want the meeting title", c.captions)
	}
}

func TestTextLinesUnwrapsHardWrappedText(t *testing.T) {
	in := "President Biden spoke today with Prime Minister Modi of India, committing\nthat the United States and India will work closely together on the pandemic\nand on climate change.\n\nThe leaders agreed to stay in close touch on a range of global\nchallenges.\n"
	want := []string{
		"President Biden spoke today with Prime Minister Modi of India, committing that the United States and India will work closely together on the pandemic and on climate change.",
		"The leaders agreed to stay in close touch on a range of global challenges.",
	}
	if got := textLines(in); !slices.Equal(got, want) {
		t.Errorf("textLines:\ngot  %q\nwant %q", got, want)
	}
}

func TestExtractHTML(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "mofa-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	// The fetching side reduces the page to its readout first.
	page, err := extract.Main(string(b), "https://www.mofa.go.jp/s_sa/sea1/th/page1e_000800.html")
	if err != nil {
		t.Fatal(err)
	}
	text, atts, title, err := ExtractHTML(page, "https://www.mofa.go.jp/s_sa/sea1/th/page1e_000800.html")
	if err != nil {
		t.Fatal(err)
	}
	if title != "Japan-Thailand Summit Meeting" {
		t.Errorf("title: got %q, want %q", title, "Japan-Thailand Summit Meeting")
	}
	want := []Attachment{{Title: "Joint Statement", URL: "https://www.mofa.go.jp/files/100584321.pdf"}}
	if !slices.Equal(atts, want) {
		t.Errorf("attachments: got %+v, want %+v", atts, want)
	}
	lines := strings.Split(text, "\n")
	wantPrefixes := []string{"November 28, 2023", "On November 28, commencing", "1. Opening remarks", "Prime Minister Kishida welcomed",
		"2. Bilateral relations", "(1) Prime Minister Kishida stated", "(2) The two leaders concurred", "3. Regional affairs", "The two leaders exchanged"}
	if len(lines) != len(wantPrefixes) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wantPrefixes), text)
	}
	for i, p := range wantPrefixes {
		if !strings.HasPrefix(lines[i], p) {
			t.Errorf("line %d: got %.50q, want prefix %q", i, lines[i], p)
		}
	}

	// An <ol> before any numbered heading gives "1." numbering.
	text, _, _, err = ExtractHTML(`<div class="entry-content"><p>The two foreign ministers met in Tokyo today and discussed a wide range of issues at length, as follows.</p><ol><li>Bilateral relations<ol><li>Trade</li></ol></li><li>Regional situation</li></ol></div>`, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "The two foreign ministers met in Tokyo today and discussed a wide range of issues at length, as follows.\n1. Bilateral relations\n(1) Trade\n2. Regional situation"; text != want {
		t.Errorf("nested lists:\ngot  %q\nwant %q", text, want)
	}
}

func TestParseMarkdown(t *testing.T) {
	src := "---\ndate: '2021-02-08'\nsource_url: https://bidenwhitehouse.archives.gov/x/\npublished_time: 2021-02-08 14:45:00-05:00\ntitle: \"Readout of President Biden\\u2019s Call with Prime Minister\\\n  \\ Modi of\\_India\"\n---\n \nPresident Biden spoke\ntoday with Prime Minister Modi of [India](https://example.org/in), and\n*agreed* to meet.\n\n\\###\n"
	doc, err := ParseMarkdown([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Readout of President Biden’s Call with Prime Minister Modi of India"; doc.Title != want {
		t.Errorf("title: got %q, want %q", doc.Title, want)
	}
	if want := "https://bidenwhitehouse.archives.gov/x/"; doc.URL != want {
		t.Errorf("url: got %q, want %q", doc.URL, want)
	}
	if want := time.Date(2021, 2, 8, 19, 45, 0, 0, time.UTC); !doc.Published.Equal(want) {
		t.Errorf("published: got %v, want %v", doc.Published, want)
	}
	if want := "President Biden spoke today with Prime Minister Modi of India, and agreed to meet.\n###"; doc.Body != want {
		t.Errorf("body: got %q, want %q", doc.Body, want)
	}
	if _, err := ParseMarkdown([]byte("no front matter")); err != ErrNoFrontMatter {
		t.Errorf("ParseMarkdown(no front matter): got %v, want ErrNoFrontMatter", err)
	}
	if _, err := ParseMarkdown([]byte("---\ntitle: [unclosed\n---\nbody")); err == nil {
		t.Error("ParseMarkdown(bad yaml): got nil error")
	}
}

// TestCorpusSummaries parses every corpus readout and checks the summary
// limits on each.
func TestCorpusSummaries(t *testing.T) {
	t.Parallel()
	corpus := whiteHouse(t)
	if len(corpus) == 0 {
		t.Skipf("corpus %s absent", corpusDir)
	}
	for _, c := range corpus {
		f := c.file
		if c.mdErr != nil {
			t.Fatalf("%s: %v", f, c.mdErr)
		}
		if c.parseErr != nil {
			t.Fatalf("%s: %v", f, c.parseErr)
		}
		r := c.r
		if strings.Contains(r.Body, "###") {
			t.Errorf("%s: body keeps the ### end marker", filepath.Base(f))
		}
		if r.Meeting.Date == "" {
			t.Errorf("%s: no meeting date", filepath.Base(f))
		}
		t.Run(filepath.Base(f), func(t *testing.T) { checkSummaries(t, r) })
	}
}

func TestSplitSentencesInvalidUTF8(t *testing.T) {
	in := strings.Repeat("\x80", 3*maxSentence)
	got := splitSentences(in)
	if len(got) != 3 {
		t.Errorf("splitSentences(3000 continuation bytes): got %d pieces, want 3", len(got))
	}
}

func TestPledgePurposeStopsAtNextClause(t *testing.T) {
	r, err := Parse(Document{Title: "Japan-Laos Foreign Ministers' Meeting", PublisherCountry: "JP",
		Body: "Minister Iwaya stated that Japan would provide 1.2 billion yen in grant aid for the clearance of unexploded ordnance in Xieng Khouang Province and would continue support for the Vientiane urban transport plan."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pledges) != 1 {
		t.Fatalf("pledges: got %+v, want one", r.Pledges)
	}
	if got, want := r.Pledges[0].Purpose, "grant aid for the clearance of unexploded ordnance in Xieng Khouang Province"; got != want {
		t.Errorf("purpose: got %q, want %q", got, want)
	}
}

func TestLeadTimes(t *testing.T) {
	ref := time.Date(2023, 7, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, lead, title, date, start string
	}{
		{"local and Japan time in brackets",
			"On July 29, commencing at 1:43 p.m. (local time. 2:43 a.m. on July 30, Japan time.) for approximately 50 minutes, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Ana Lopez, Minister of Foreign Affairs of the Republic of Chile.",
			"", "2023-07-29", "13:43"},
		{"JST after the local time",
			"On July 28, commencing at 2:25 p.m. at local time (9:25 p.m. JST), Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a meeting with Ms. Ana Lopez, Minister of Foreign Affairs of Chile.",
			"", "2023-07-28", "14:25"},
		{"24-hour time with a stray p.m.",
			"On July 27, from 17:50 p.m., Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a telephone talk with Ms. Ana Lopez, Minister of Foreign Affairs of Chile.",
			"", "2023-07-27", "17:50"},
		{"yesterday against the publication date",
			"The Foreign Secretary met the Chilean Foreign Minister, Ana Lopez, in London yesterday.", "", "2023-07-29", ""},
		{"a weekday",
			"The Prime Minister spoke to President Ana Lopez of Chile on Thursday.", "", "2023-07-27", ""},
		{"a summit named by its date is not the meeting's",
			"Deputy Secretary Lee met today with Chilean Vice Foreign Minister Ana Lopez to build on the May 21 Summit.", "", "2023-07-30", ""},
		{"an abbreviated day without a year is the day, not the publication's",
			"The Foreign Secretary hosted Chilean Foreign Minister Dr. Ana Lopez in London on Feb. 9 to discuss trade.", "", "2023-02-09", ""},
		{"a weekday and a day without a year",
			"The Prime Minister spoke to President Ana Lopez of Chile on Monday, July 24.", "", "2023-07-24", ""},
		{"a day after publication without a year is last year's",
			"The Prime Minister met President Ana Lopez of Chile on Aug. 14 in Santiago.", "", "2022-08-14", ""},
		{"a meeting to come looks ahead a few weeks",
			"The Foreign Secretary will host Chilean Foreign Minister Ana Lopez in London on Aug. 14.", "", "2023-08-14", ""},
		{"the title's date when the lead has none",
			"The Prime Minister spoke to President Ana Lopez of Chile.", "2023-07-25", "2023-07-25", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := parseLead(tt.lead, tt.title, ref)
			if f.meeting.Date != tt.date || f.meeting.StartLocal != tt.start {
				t.Errorf("date %q start %q, want %q %q", f.meeting.Date, f.meeting.StartLocal, tt.date, tt.start)
			}
		})
	}
}

func TestWrittenAnniversaries(t *testing.T) {
	tests := []struct {
		s    string
		want []string // "ordinal|subject|year"
	}{
		{"The two leaders marked the one-year anniversary of the Camp David summit.", []string{"1|Camp David summit|2024"}},
		{"Next year will be the 70th year since the establishment of diplomatic relations.", []string{"70|establishment of diplomatic relations|2025"}},
		{"This year marks 30 years since the normalisation of relations between the two countries.", []string{"30|normalisation of relations|2024"}},
		{"Exactly one year ago, Russia launched its full-scale invasion of Ukraine.", []string{"1|Russia launched its full-scale invasion of Ukraine|2024"}},
		{"They paid tribute to the victims of the earthquake, which struck a year ago today.", []string{"1|They paid tribute to the victims of the earthquake|2024"}},
		{"They met two years ago in Rome.", nil},
		{"The summit comes five years after the Sandhurst summit.", nil},
		{"The 36th Franco-British summit was held in Paris.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range findAnniversaries([]string{tt.s}, 2024, nil) {
			got = append(got, fmt.Sprintf("%d|%s|%d", a.Ordinal, a.Subject, a.Year))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\ngot  %q\nwant %q", tt.s, got, tt.want)
		}
	}
}

// compactTitles drops an office before a name, a hyphenated one whole.
func TestCompactTitles(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Prime Minister Kishida welcomed President Joe Biden.", "Kishida welcomed Joe Biden."},
		{"On April 2, Vice-Minister Sato held a consultation.", "On April 2, Sato held a consultation."},
		{"Deputy Secretary Campbell met Vice Minister Park.", "Campbell met Park."},
		{"The Co-President Smith spoke.", "The Co-President Smith spoke."},
		{"Biden met with Kallas of Estonia, President Levits of Latvia, and Nauseda of Lithuania.",
			"Biden met with Kallas of Estonia, Levits of Latvia, and Nauseda of Lithuania."},
		{"They met French Foreign Minister Colonna.", "They met French Foreign Minister Colonna."},
	} {
		if got := compactTitles(tt.in); got != tt.want {
			t.Errorf("compactTitles(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkdownTextWrapsAndTags checks that a hard-wrapped line that opens
// with a number goes on the sentence before it ("on May" / "9 with"), that
// a numbered item still opens its own paragraph, and that inline HTML tags
// go.
func TestMarkdownTextWrapsAndTags(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He invited him to a meeting at the White House on May\n9 with Leader Jeffries, who the President also\ncalled today.\n",
			"He invited him to a meeting at the White House on May 9 with Leader Jeffries, who the President also called today."},
		{"The overview of the talk is as\nfollows:\n1 Introduction\nThe two ministers met in\nTokyo.\n",
			"The overview of the talk is as follows:\n1 Introduction\nThe two ministers met in Tokyo."},
		{"Support for the Good Friday Agreement as its 25<sup>th</sup> anniversary\napproaches, and <u>more</u> on\ntrade.\n",
			"Support for the Good Friday Agreement as its 25th anniversary approaches, and more on trade."},
		{"It is the 10<sup>th</sup>anniversary of the\npartnership of the two\ncountries.\n", "It is the 10th anniversary of the partnership of the two countries."},
		// A list item wrapped at the page's width goes on with its
		// indented line; an empty comment between two lists goes.
		{"Participants:\n\n-   Jane Doe, Assistant to the President and Director of the Domestic Policy\n    Council\n-   Sam Poe, Senior Advisor\n\n<!-- -->\n\n-   Kim Roe, Director\n",
			"Participants:\n- Jane Doe, Assistant to the President and Director of the Domestic Policy Council\n- Sam Poe, Senior Advisor\n- Kim Roe, Director"},
	}
	for _, tt := range tests {
		if got := markdownText(tt.in); got != tt.want {
			t.Errorf("markdownText(%q):\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// A page's own headings (<h2>…<h6>, a paragraph all in bold) become its
// sections' headings; a numbered heading keeps its number, and bold
// words inside a sentence or before a colon make none.
func TestHTMLHeadingsMakeSections(t *testing.T) {
	page := `<html><body><h1>Foreign Ministers' Meeting</h1>
<p>On 3 March, Foreign Minister Elena Varga met with the Minister of Foreign Affairs of Chile, Camila Rojas, in Budapest.</p>
<h3>Bilateral relations</h3>
<p>The two ministers agreed to open a direct air link.</p>
<p><strong>Regional issues</strong></p>
<p>They exchanged views on the situation in <b>Venezuela</b>.</p>
<p><strong>Note:</strong> a joint statement was issued.</p>
<h3>3. Multilateral cooperation</h3>
<p>They agreed to cooperate at the United Nations.</p>
</body></html>`
	r, err := Parse(Document{Body: page, PublisherCountry: "HU"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Number+"|"+s.Heading)
	}
	want := []string{"|Bilateral relations", "|Regional issues", "3|Multilateral cooperation"}
	if !slices.Equal(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
	if s := r.Sections[1].Text; len(got) == len(want) && !strings.Contains(s, "Note: a joint statement") {
		t.Errorf("section text %q lacks the bold-led line", s)
	}
}

// An amount that measures what is (trade that "had grown to", a turnover
// that "reached") is no pledge; one committed in another clause of the
// same sentence is.
func TestMeasuredAmountIsNoPledge(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []float64
	}{
		{"Trade between the two countries had grown to 1.2 billion US dollars last year.", nil},
		{"The bilateral trade turnover reached $3 billion in 2024.", nil},
		{"Japan will provide 1.2 billion yen to the Development Fund.", []float64{1.2e9}},
		{"Trade reached $5 billion, and Japan pledged $10 million for new schools.", []float64{10e6}},
	} {
		var got []float64
		for _, p := range findPledges([]string{tt.sentence}) {
			got = append(got, p.Amount)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("pledges of %q: %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A numbered list (items with nothing under them) is a list's items, not
// headings; a numbered heading over its paragraph, or over numbered
// subsections, stays one.
func TestNumberedListIsNoHeadings(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  []string // "number|heading"
	}{
		{"list", []string{"1. Strengthening political dialogue", "2. Expanding trade in wine", "3. Cooperation in Antarctic research", "The ministers also discussed Ukraine."},
			[]string{"1|", "2|", "3|"}},
		{"headings", []string{"1. Outset", "The minister welcomed his guest.", "2. Bilateral relations", "They agreed to open a consulate."},
			[]string{"1|Outset", "2|Bilateral relations"}},
		{"heading over subsections", []string{"1. Bilateral relations", "(1) Economy", "They agreed to cooperate.", "(2) Security", "They agreed to meet."},
			[]string{"1|Bilateral relations", "1.(1)|Economy", "1.(2)|Security"}},
	} {
		var got []string
		for _, s := range buildSections(tt.lines) {
			got = append(got, s.Number+"|"+s.Heading)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: sections %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A Markdown heading or a line all in bold, after the text has begun, is
// the page's own heading; before it (a label over the lead) it is not.
func TestMarkdownHeadingsMakeSections(t *testing.T) {
	md := "**PRESS RELEASE**\n\nOn 3 March, Foreign Minister Elena Varga met with the Minister of Foreign Affairs of Chile, Camila Rojas, in Budapest.\n\n" +
		"**Bilateral relations**\n\nThe two ministers agreed to open a direct air link.\n\n### Regional issues\n\nThey discussed Venezuela.\n"
	r, err := Parse(Document{Body: markdownText(md), PublisherCountry: "HU"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Heading)
	}
	if want := []string{"Bilateral relations", "Regional issues"}; !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
}

// "The two ministers agreed to:" over its items is read as one sentence,
// and a numbered line ending so is no heading; a list of attendees
// (items that open with capitals) stays as it is.
func TestListLeadInJoined(t *testing.T) {
	got := sectionSentences("The two ministers agreed to:\n- strengthen political dialogue;\n- expand trade in wine; and\n- cooperate in Antarctic research.", nil)
	want := []string{"The two ministers agreed to strengthen political dialogue, expand trade in wine and cooperate in Antarctic research."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if got := sectionSentences("Participants included:\n- Governor Jane Roe, Kansas\n- Mayor John Doe, Topeka", nil); len(got) != 3 {
		t.Errorf("attendees joined: %q", got)
	}
	if isHeading("The two ministers agreed to:") {
		t.Error(`"The two ministers agreed to:" read as a heading`)
	}
}

// A point of a list that ends with a semicolon is summarized as a
// sentence, and verb-first points under "During the talks, the two
// Ministers:" take the two sides as their subject.
func TestListPointsEndAsSentences(t *testing.T) {
	if got, ok := fitSentence("Discussed the security situation in the border province;", 160); !ok || got != "Discussed the security situation in the border province." {
		t.Errorf("fitSentence: %q %v", got, ok)
	}
	if !pointsSubject("During the talks, the two Ministers:", true) {
		t.Error(`"During the talks, the two Ministers:" is no subject of the points`)
	}
}

// "his counterparts from Poland and Estonia, X and Y": each name takes
// the country listed in its place.
func TestPluralCounterparts(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"his counterparts from Poland and Estonia, Radoslaw Sikorski and Margus Tsahkna.", "Radoslaw Sikorski/Poland, Margus Tsahkna/Estonia"},
		{"her counterparts from Poland, Estonia and Chile, Piotr Nowak, Kristjan Tamm and Camila Rojas, in Budapest.", "Piotr Nowak/Poland, Kristjan Tamm/Estonia, Camila Rojas/Chile"},
		{"his counterparts from Poland and Estonia.", ""},
	} {
		ps, _ := pluralCounterparts(tt.in)
		var got []string
		for _, p := range ps {
			got = append(got, p.name+"/"+p.countryText)
		}
		if g := strings.Join(got, ", "); g != tt.want {
			t.Errorf("pluralCounterparts(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

// The Holy See's "This morning, in the Apostolic Palace, the Holy Father
// Leo XIV received in audience …" names the Pope, without the opening
// phrases in his title.
func TestHolySeeAudience(t *testing.T) {
	r, err := Parse(Document{Body: "This morning, in the Apostolic Palace, the Holy Father Leo XIV received in audience H.E. Mr. Kwame Mensah, President of the Republic of Ghana.\n\nThey discussed the situation in the Sahel.", PublisherCountry: "VA"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Participants {
		if p.Role == RolePrincipal {
			got = append(got, p.Name+"/"+p.Title+"/"+p.Country)
		}
	}
	if want := []string{"Leo XIV/Pope/VA", "Kwame Mensah/President of the Republic of Ghana/GH"}; !slices.Equal(got, want) {
		t.Errorf("principals %q, want %q", got, want)
	}
}
