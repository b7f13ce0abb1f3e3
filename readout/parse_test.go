package readout

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden JSON files in testdata/")

// fixtures are readouts written for these tests in the formats ministries
// use; each has a golden JSON file testdata/<name>.golden.json.
var fixtures = []struct {
	name string
	file string
	doc  Document // Body is read from file
}{
	{"mofa-beginning", "mofa-beginning.txt", Document{URL: "https://www.mofa.go.jp/s_sa/sea1/vn/page1e_000700.html"}},
	{"kantei-summary", "kantei-summary.txt", Document{URL: "https://japan.kantei.go.jp/101_kishida/diplomatic/202402/06philippines.html"}},
	{"state-readout", "state-readout.txt", Document{
		URL: "https://www.state.gov/secretary-blinkens-call-with-australian-foreign-minister-wong/"}},
	{"uk-call", "uk-call.txt", Document{URL: "https://www.gov.uk/government/news/pm-call-with-prime-minister-albanese-of-australia-14-march-2023"}},
	{"feed-item", "feed-item.html", Document{
		Title:     "Readout of President Biden’s Meeting with President Ferdinand R. Marcos Jr. of the Philippines",
		URL:       "https://www.whitehouse.gov/briefing-room/statements-releases/2025/11/20/readout-marcos/",
		Published: time.Date(2025, 11, 20, 18, 30, 0, 0, time.UTC),
	}},
	{"mofa-page", "mofa-page.html", Document{URL: "https://www.mofa.go.jp/s_sa/sea1/th/page1e_000800.html"}},
}

func loadFixture(t testing.TB, file string, doc Document) *Readout {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	doc.Body = string(b)
	r, err := Parse(doc)
	if err != nil {
		t.Fatalf("Parse(%s): %v", file, err)
	}
	return r
}

func TestParseGolden(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			r := loadFixture(t, fx.file, fx.doc)
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", fx.name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s (rerun with -update and review the diff):\n%s", fx.file, golden, got)
			}
			// The golden file must read back into the same readout.
			var back Readout
			if err := json.Unmarshal(want, &back); err != nil {
				t.Fatalf("unmarshal golden: %v", err)
			}
			if back.Title != r.Title || !back.Published.Equal(r.Published) || len(back.Sections) != len(r.Sections) {
				t.Errorf("golden round trip: got %q %v %d sections, want %q %v %d", back.Title, back.Published,
					len(back.Sections), r.Title, r.Published, len(r.Sections))
			}
		})
	}
}

// sectionNumbers lists "number heading" of each section.
func sectionNumbers(r *Readout) []string {
	var out []string
	for _, s := range r.Sections {
		out = append(out, strings.TrimSpace(s.Number+" "+s.Heading))
	}
	return out
}

func principals(r *Readout) []string {
	var out []string
	for _, p := range r.Participants {
		if p.Role == RolePrincipal {
			out = append(out, p.Name+"/"+p.Country)
		}
	}
	return out
}

// TestParseFixtures checks the facts of each fixture explicitly, so that a
// regenerated golden file cannot hide a regression in them.
func TestParseFixtures(t *testing.T) {
	type want struct {
		title, kind, date, start, location string
		duration                           int
		parties, principals, sections      []string
		pledge                             Pledge
		anniv                              *Anniversary
		provisional                        bool
		attachments                        []Attachment
		absent                             []string // text that must not appear in Body or any section
	}
	cases := map[string]want{
		"mofa-beginning": {
			title: "Japan-Viet Nam Foreign Ministers' Meeting", kind: "foreign ministers' meeting",
			date: "2023-09-12", start: "10:00", duration: 60, location: "Hanoi",
			parties:    []string{"JP", "VN"},
			principals: []string{"Yoko Kamikawa/JP", "Bui Thanh Son/VN"},
			sections:   []string{"1 Beginning", "1.(1)", "1.(2)", "2 Bilateral Relations", "2.(1)", "2.(2)", "3 Regional and International Affairs", "3.(1)", "3.(2)"},
			pledge:     Pledge{Amount: 50e9, Currency: "JPY"},
			anniv:      &Anniversary{Ordinal: 50, Subject: "establishment of diplomatic relations", Countries: []string{"JP", "VN"}, Year: 2023},
			absent:     []string{"Back to", "Photo"},
		},
		"kantei-summary": {
			title: "Japan-Philippines Summit Telephone Talk", kind: "telephone talk",
			date: "2024-02-06", start: "16:40", duration: 30,
			parties:     []string{"JP", "PH"},
			principals:  []string{"Fumio Kishida/JP", "Ferdinand Romualdez Marcos Jr./PH"},
			sections:    []string{"1", "2", "3", "4"},
			pledge:      Pledge{Amount: 5e6, Currency: "USD"},
			provisional: true,
			absent:      []string{"Provisional translation", "Related Link", "(Ministry of Foreign Affairs)"},
		},
		"state-readout": {
			title: "Secretary Blinken's Call with Australian Foreign Minister Wong", kind: "call", date: "2022-06-07",
			parties:    []string{"US", "AU"},
			principals: []string{"Antony J. Blinken/US", "Penny Wong/AU"},
			sections:   []string{""},
			pledge:     Pledge{Amount: 150e6, Currency: "USD", Purpose: "support climate resilience in the Pacific Islands"},
			absent:     []string{"attributable", "Office of the Spokesperson", "Home ›"},
		},
		"uk-call": {
			title: "PM call with Prime Minister Albanese of Australia: 14 March 2023", kind: "call", date: "2023-03-14",
			parties:    []string{"GB", "AU"},
			principals: []string{"Rishi Sunak/GB", "Anthony Albanese/AU"},
			sections:   []string{""},
			pledge:     Pledge{Amount: 5e9, Currency: "GBP"},
			absent:     []string{"Press release", "From:", "Published", "Updates to this page"},
		},
		"feed-item": {
			title: "Readout of President Biden’s Meeting with President Ferdinand R. Marcos Jr. of the Philippines",
			kind:  "meeting", date: "2025-11-20", location: "White House",
			parties:    []string{"US", "PH"},
			principals: []string{"Biden/US", "Ferdinand R. Marcos Jr./PH"},
			sections:   []string{""},
			pledge:     Pledge{Amount: 100e6, Currency: "USD", Purpose: "additional security assistance for the Philippines"},
			anniv:      &Anniversary{Ordinal: 80, Subject: "establishment of diplomatic relations", Countries: []string{"US", "PH"}, Year: 2026},
			absent:     []string{"###", "<p", "&#8217;"},
		},
		"mofa-page": {
			title: "Japan-Thailand Summit Meeting", kind: "summit meeting", date: "2023-11-28", start: "18:15",
			duration: 65, location: "Prime Minister's Office",
			parties:     []string{"JP", "TH"},
			principals:  []string{"Fumio Kishida/JP", "Srettha Thavisin/TH"},
			sections:    []string{"1 Opening remarks", "2 Bilateral relations", "2.(1)", "2.(2)", "3 Regional affairs"},
			pledge:      Pledge{Amount: 20e9, Currency: "JPY", Purpose: "Bangkok mass transit project"},
			anniv:       &Anniversary{Ordinal: 50, Subject: "ASEAN-Japan Friendship and Cooperation", Countries: []string{"JP"}, Orgs: []string{"ASEAN"}, Year: 2023},
			attachments: []Attachment{{Title: "Joint Statement", URL: "https://www.mofa.go.jp/files/100584321.pdf"}},
			absent:      []string{"Tweet", "Page Top", "Back to", "Open a New Window", "Photo", "Privacy Policy", "Foreign Policy"},
		},
	}
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			w, ok := cases[fx.name]
			if !ok {
				t.Fatalf("no expectations for fixture %s", fx.name)
			}
			r := loadFixture(t, fx.file, fx.doc)
			checks := []struct{ field, got, want string }{
				{"title", r.Title, w.title},
				{"kind", r.Meeting.Kind, w.kind},
				{"date", r.Meeting.Date, w.date},
				{"start", r.Meeting.StartLocal, w.start},
				{"location", r.Meeting.Location, w.location},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s: got %q, want %q", c.field, c.got, c.want)
				}
			}
			if r.Meeting.DurationMinutes != w.duration {
				t.Errorf("duration: got %d, want %d", r.Meeting.DurationMinutes, w.duration)
			}
			if !slices.Equal(r.Parties, w.parties) {
				t.Errorf("parties: got %v, want %v", r.Parties, w.parties)
			}
			if got := principals(r); !slices.Equal(got, w.principals) {
				t.Errorf("principals: got %v, want %v", got, w.principals)
			}
			if got := sectionNumbers(r); !slices.Equal(got, w.sections) {
				t.Errorf("sections: got %q, want %q", got, w.sections)
			}
			if !slices.ContainsFunc(r.Pledges, func(p Pledge) bool {
				return p.Amount == w.pledge.Amount && p.Currency == w.pledge.Currency &&
					(w.pledge.Purpose == "" || p.Purpose == w.pledge.Purpose)
			}) {
				t.Errorf("pledges: got %+v, want one like %+v", r.Pledges, w.pledge)
			}
			if w.anniv != nil && !slices.ContainsFunc(r.Anniversaries, func(a Anniversary) bool {
				return a.Ordinal == w.anniv.Ordinal && a.Subject == w.anniv.Subject && a.Year == w.anniv.Year &&
					slices.Equal(a.Countries, w.anniv.Countries) && (w.anniv.Orgs == nil || slices.Equal(a.Orgs, w.anniv.Orgs))
			}) {
				t.Errorf("anniversaries: got %+v, want one like %+v", r.Anniversaries, *w.anniv)
			}
			if r.ProvisionalTranslation != w.provisional {
				t.Errorf("provisional translation: got %v, want %v", r.ProvisionalTranslation, w.provisional)
			}
			if w.attachments != nil && !slices.Equal(r.Attachments, w.attachments) {
				t.Errorf("attachments: got %+v, want %+v", r.Attachments, w.attachments)
			}
			for _, bad := range w.absent {
				if strings.Contains(r.Body, bad) {
					t.Errorf("body contains %q", bad)
				}
				for _, s := range r.Sections {
					if strings.Contains(s.Text, bad) || strings.Contains(s.Heading, bad) {
						t.Errorf("section %q contains %q", s.Number, bad)
					}
				}
			}
			checkSummaries(t, r)
		})
	}
}

// checkSummaries checks the limits every readout's summaries keep.
func checkSummaries(t *testing.T, r *Readout) {
	t.Helper()
	total := 0
	// A readout without headings shows its summaries as bullets with the
	// list of mentions: a summary that names nothing new may give way to
	// the list (yieldSummaries).
	yields := len(r.KeyPoints) > 0 && strings.HasPrefix(r.KeyPoints[len(r.KeyPoints)-1], mentionsLabel) &&
		!slices.ContainsFunc(r.Sections, func(s Section) bool { return s.Heading != "" })
	for _, s := range r.Sections {
		if len(s.Summary) > maxSummary {
			t.Errorf("section %q summary has %d bytes, want <= %d", s.Number, len(s.Summary), maxSummary)
		}
		if s.Text != "" && s.Summary == "" && !yields {
			// Only a section none of whose sentences fits whole may go
			// without a summary: summaries are never cut with "…".
			for _, sent := range sectionSentences(s.Text, nil) {
				if len(sent) <= maxSummary && endsSentence(sent) {
					t.Errorf("section %q has text but no summary, though %q fits", s.Number, sent)
					break
				}
			}
		}
		if strings.Contains(s.Summary, "…") {
			t.Errorf("section %q summary %q is cut", s.Number, s.Summary)
		}
		total += len(s.Summary)
	}
	if len(r.KeyPoints) > maxKeyPoints {
		t.Errorf("got %d key points, want <= %d", len(r.KeyPoints), maxKeyPoints)
	}
	if n := len(r.Body); n > 2000 && float64(total) > 0.3*float64(n) {
		t.Errorf("summaries total %d bytes for a %d-byte body, want <= 30%%", total, n)
	}
}

const seedPath = "../../shared/seed/japan-cambodia-summit-2022-03-20.txt"

func readSeed(tb testing.TB) Document {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skipf("seed absent: %v", err)
	}
	return Document{Body: string(b), URL: "https://www.mofa.go.jp/s_sa/sea1/kh/page3e_001176.html"}
}

// TestSeed checks the acceptance criteria of the reference readout.
func TestSeed(t *testing.T) {
	doc := readSeed(t)
	for _, variant := range []struct {
		name string
		doc  Document
	}{
		{"bare", Document{Body: doc.Body}},
		{"with url and breadcrumb title", Document{Body: doc.Body, URL: doc.URL, Title: "Japan-Cambodia Relations", PublisherCountry: "JP"}},
	} {
		t.Run(variant.name, func(t *testing.T) {
			r, err := Parse(variant.doc)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := r.Title, "Japan-Cambodia Summit Meeting"; got != want {
				t.Errorf("title: got %q, want %q", got, want)
			}
			if got, want := r.Published.Format(time.DateOnly), "2022-03-20"; got != want {
				t.Errorf("published: got %s, want %s", got, want)
			}
			m := r.Meeting
			if m.Kind != "summit meeting" || m.Date != "2022-03-20" || m.StartLocal != "17:35" || m.DurationMinutes != 130 ||
				m.Location != "Office of the Prime Minister of Cambodia" {
				t.Errorf("meeting: got %+v", m)
			}
			wantP := []Participant{
				{Name: "Fumio Kishida", Written: "KISHIDA Fumio", Title: "Prime Minister of Japan", Country: "JP", Role: RolePrincipal},
				{Name: "Hun Sen", Title: "Prime Minister of the Kingdom of Cambodia", Country: "KH", Role: RolePrincipal},
				{Name: "Kihara", Title: "Deputy Chief Cabinet Secretary", Country: "JP", Role: RoleAttendee},
			}
			if !slices.Equal(r.Participants, wantP) {
				t.Errorf("participants:\ngot  %+v\nwant %+v", r.Participants, wantP)
			}
			if want := []string{"JP", "KH"}; !slices.Equal(r.Parties, want) {
				t.Errorf("parties: got %v, want %v", r.Parties, want)
			}
			for _, c := range []string{"UA", "RU", "MM", "KP"} {
				if !slices.Contains(r.Mentioned, c) {
					t.Errorf("mentioned %v lacks %s", r.Mentioned, c)
				}
			}
			if slices.Contains(r.Mentioned, "CN") {
				t.Errorf("mentioned %v has CN (from \"South China Sea\")", r.Mentioned)
			}
			wantS := []string{"1 Outset", "2 Bilateral relations", "2.(1) Important infrastructure development",
				"2.(2) Security cooperation", "2.(3) Economic relations", "2.(4) Democracy and human rights",
				"2.(5) Expansion to new areas of cooperation", "3 Regional and international situations",
				"3.(1) Situation in Ukraine", "3.(2) Regional situation"}
			if got := sectionNumbers(r); !slices.Equal(got, wantS) {
				t.Errorf("sections:\ngot  %q\nwant %q", got, wantS)
			}
			top := 0
			for _, s := range r.Sections {
				if s.Level == 1 {
					top++
				}
				for _, bad := range []string{"Photo", "Back to", "Open a New Window", "Joint Statement(PDF)"} {
					if strings.Contains(s.Text, bad) || strings.Contains(s.Summary, bad) {
						t.Errorf("section %s contains %q", s.Number, bad)
					}
				}
			}
			if top != 3 {
				t.Errorf("got %d top-level sections, want 3", top)
			}
			wantA := []struct {
				ord   int
				subj  string
				codes []string
				orgs  []string
				year  int
			}{
				{30, "UN Peace Keeping Operation (PKO) deployment to Cambodia", []string{"KH"}, nil, 2022},
				{50, "ASEAN-Japan Friendship and Cooperation", []string{"JP"}, []string{"ASEAN"}, 2023},
				{70, "establishment of diplomatic relations", []string{"JP", "KH"}, nil, 2023},
			}
			if len(r.Anniversaries) != len(wantA) {
				t.Fatalf("anniversaries: got %+v, want %d", r.Anniversaries, len(wantA))
			}
			for i, w := range wantA {
				a := r.Anniversaries[i]
				if a.Ordinal != w.ord || a.Subject != w.subj || a.Year != w.year || !slices.Equal(a.Countries, w.codes) ||
					(w.orgs != nil && !slices.Equal(a.Orgs, w.orgs)) {
					t.Errorf("anniversary %d: got %+v, want %+v", i, a, w)
				}
			}
			if len(r.Pledges) != 1 || r.Pledges[0].Amount != 150e6 || r.Pledges[0].Currency != "JPY" ||
				r.Pledges[0].Purpose != "ACMECS Development Fund" {
				t.Errorf("pledges: got %+v, want JPY 150000000 to the ACMECS Development Fund", r.Pledges)
			}
			wantF := []string{"joint statement", "signing ceremony of exchange of notes", "joint press conference", "dinner"}
			if !slices.Equal(r.FollowOn, wantF) {
				t.Errorf("follow-on: got %q, want %q", r.FollowOn, wantF)
			}
			if want := []Attachment{{Title: "Joint Statement"}}; !slices.Equal(r.Attachments, want) {
				t.Errorf("attachments: got %+v, want %+v", r.Attachments, want)
			}
			if !strings.HasPrefix(r.Lead, "On March 20, commencing at 5:35 p.m.") {
				t.Errorf("lead: got %.60q…", r.Lead)
			}
			if r.ID != "" || r.FeedID != "" {
				t.Errorf("got ID %q FeedID %q, want both empty", r.ID, r.FeedID)
			}
			checkSummaries(t, r)
		})
	}
}

func TestParseEmpty(t *testing.T) {
	for _, doc := range []Document{{}, {Body: " \n\t"}, {Body: "<html><body></body></html>"}} {
		if _, err := Parse(doc); err != ErrEmpty {
			t.Errorf("Parse(%q): got error %v, want ErrEmpty", doc.Body, err)
		}
	}
	r, err := Parse(Document{Title: "Japan-Laos Summit Meeting"})
	if err != nil {
		t.Fatalf("Parse(title only): %v", err)
	}
	if r.Sections == nil || r.Parties == nil || r.Pledges == nil || r.Anniversaries == nil || r.KeyPoints == nil {
		t.Errorf("Parse(title only) left nil slices: %+v", r)
	}
	if want := []string{"JP", "LA"}; !slices.Equal(r.Parties, want) {
		t.Errorf("parties: got %v, want %v", r.Parties, want)
	}
}

func TestInferPublisherCountry(t *testing.T) {
	tests := []struct{ url, title, want string }{
		{"https://www.mofa.go.jp/s_sa/sea1/kh/page3e_000943.html", "", "JP"},
		{"https://japan.kantei.go.jp/101_kishida/diplomatic/202402/06philippines.html", "", "JP"},
		{"https://www.gov.uk/government/news/pm-call", "", "GB"},
		{"https://bidenwhitehouse.archives.gov/briefing-room/x/", "", "US"},
		{"https://www.state.gov/x/", "", "US"},
		{"", "Readout of President Biden’s Call with Prime Minister Modi of India", "US"},
		{"", "PM call with President Macron of France: 1 May 2022", "GB"},
		{"", "Japan-Cambodia Summit Meeting", ""},
	}
	for _, tt := range tests {
		if got := inferPublisherCountry(tt.url, tt.title); got != tt.want {
			t.Errorf("inferPublisherCountry(%q, %q): got %q, want %q", tt.url, tt.title, got, tt.want)
		}
	}
}

// TestPageCutOff checks a page that stops mid-paragraph: its last
// numbered line is no heading, and the unfinished line is no summary.
func TestPageCutOff(t *testing.T) {
	tests := []struct {
		name, body string
	}{
		{"numbered paragraph cut after its subject",
			"On May 2, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a meeting with Ms. Ana Lopez, Minister of Foreign Affairs of Chile.\n" +
				"1. The two ministers agreed to strengthen cooperation on critical minerals.\n" +
				"2. The two ministers confirmed close coordination on the situation in the Pacific.\n" +
				"3. The two ministers"},
		{"headed subsection cut after one word",
			"On May 2, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a meeting with Ms. Ana Lopez, Minister of Foreign Affairs of Chile.\n" +
				"(1) Bilateral Relations\nMinister Sato stated that Japan would open a trade office in Valparaiso.\n" +
				"(2) Security\nMinister"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Document{Body: tt.body, PublisherCountry: "JP"})
			if err != nil {
				t.Fatal(err)
			}
			last := r.Sections[len(r.Sections)-1]
			if strings.HasSuffix(tt.body, "ministers") && last.Heading != "" {
				t.Errorf("last section has heading %q; the page stops mid-paragraph", last.Heading)
			}
			for _, s := range r.Sections {
				if s.Summary != "" && !endsSentence(s.Summary) {
					t.Errorf("section %q: summary %q stops mid-sentence", s.Number, s.Summary)
				}
			}
		})
	}
}

// TestFirstBothNamesThePair checks that the first summary of the two
// sides names them, and later ones say "Both".
func TestFirstBothNamesThePair(t *testing.T) {
	body := "On May 2, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a meeting with Ms. Ana Lopez, Minister of Foreign Affairs of Chile.\n" +
		"1. The two ministers agreed to strengthen cooperation on critical minerals.\n" +
		"2. The two ministers confirmed that they would coordinate closely on the situation in the Pacific."
	r, err := Parse(Document{Body: body, PublisherCountry: "JP"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Sections {
		if s.Summary != "" {
			got = append(got, s.Summary)
		}
	}
	// The readout's least room (minBudget) leaves room for the
	// counterpart's country, which no summary names.
	want := []string{"Sato and Lopez of Chile will strengthen cooperation on critical minerals.",
		"Both will coordinate closely on the situation in the Pacific."}
	if !slices.Equal(got, want) {
		t.Errorf("summaries:\n got %q\nwant %q", got, want)
	}
	for _, tt := range []struct{ name, want string }{
		{"Joseph R. Biden, Jr.", "Biden"}, {"Ferdinand R. Marcos Jr.", "Marcos"}, {"Penny Wong", "Wong"}, {"", ""},
	} {
		if got := surname(tt.name); got != tt.want {
			t.Errorf("surname(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSummaryYieldsToList checks that in a readout of several sections
// without headings whose summaries leave the list no room, a summary that
// names nothing new gives way to the list, and the principals stay named.
func TestSummaryYieldsToList(t *testing.T) {
	body := "On June 3, from 4:00 p.m. for about 40 minutes, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a telephone talk with Ms. Ana Lopez, Minister of Foreign Affairs of Chile. The overview is as follows.\n" +
		"1. Minister Sato welcomed the entry into force of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) for Chile. Minister Sato stated that Japan would support the accession of Uruguay and Costa Rica, and Minister Lopez said that Chile would work with Japan on critical minerals and on the Pacific Alliance.\n" +
		"2. The two ministers agreed to continue to have close exchanges of views at various opportunities in the future.\n" +
		"3. The two ministers exchanged views on the situation in the Indo-Pacific, including the East China Sea, the South China Sea and North Korea, and on the war in Ukraine and the Middle East. Minister Sato explained the position of Japan on Taiwan, and Minister Lopez explained the situation in Venezuela and Peru. The two ministers confirmed close coordination at the United Nations, the G20 and APEC."
	r, err := Parse(Document{Body: body, PublisherCountry: "JP"})
	if err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, r)
	var sums []string
	for _, s := range r.Sections {
		sums = append(sums, s.Summary)
	}
	all := strings.Join(append(sums, r.KeyPoints...), "\n")
	if len(sums) != 3 || sums[1] != "" {
		t.Errorf("summaries %q: want the second, which names nothing new, gone", sums)
	}
	if len(r.KeyPoints) == 0 || !strings.HasPrefix(r.KeyPoints[len(r.KeyPoints)-1], mentionsLabel) {
		t.Errorf("key points %q: want the list of mentions last", r.KeyPoints)
	}
	for _, name := range []string{"Sato", "Lopez", "Chile"} {
		if !strings.Contains(all, name) {
			t.Errorf("summaries and key points %q do not name %s", all, name)
		}
	}
}

// TestSummariesTightened checks that in a short readout of several
// sections whose summaries pass its room, a summary is cut to its main
// clause when what it cuts off names little that nothing else names, and
// that the cut leaves a complete sentence.
func TestSummariesTightened(t *testing.T) {
	body := "On May 2, from 3:00 p.m. for about 30 minutes, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a telephone talk with Ms. Ana Lopez, Minister of Foreign Affairs of Chile. The overview is as follows.\n" +
		"1. The Ministers confirmed that both sides will work toward the target of one trillion yen of public and private investment and financing from Japan to Chile in the next five years, which President Boric set with Japan in March.\n" +
		"2. The Ministers concurred to deepen cooperation in the field of economic security, including on critical minerals and lithium."
	r, err := Parse(Document{Body: body, PublisherCountry: "JP"})
	if err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, r)
	want := "Sato and Lopez will work toward the target of one trillion yen of public and private investment and financing from Japan to Chile in the next five years."
	if r.Sections[0].Summary != want {
		t.Errorf("first summary:\n got %q\nwant %q", r.Sections[0].Summary, want)
	}
}

func TestParagraphText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"(1)The Ministers confirmed it.", "The Ministers confirmed it."},
		{"(12) The Ministers confirmed it.", "The Ministers confirmed it."},
		{"(PKO) deployment", "(PKO) deployment"},
		{"(1", "(1"},
	} {
		if got := paragraphText(tt.in); got != tt.want {
			t.Errorf("paragraphText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCountryNameBeforeTitle checks that a counterpart named after his
// country's name, its short form in brackets and a title is "Cho of the
// Republic of Korea" in the summary, as after a demonym.
func TestCountryNameBeforeTitle(t *testing.T) {
	body := "Deputy Secretary of State Ana Reyes met today with Republic of Korea (ROK) First Vice Foreign Minister Cho Minsu to discuss the summit of the two presidents. They discussed trilateral ties with Japan and the complete denuclearization of the Korean Peninsula."
	r, err := Parse(Document{Title: "Deputy Secretary Reyes’s Meeting with Republic of Korea First Vice Foreign Minister Cho", Body: body, PublisherCountry: "US"})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Sections[0].Summary; !strings.Contains(got, "Cho of the Republic of Korea") || strings.Contains(got, "(ROK) Cho") {
		t.Errorf("summary %q: want the counterpart as \"Cho of the Republic of Korea\"", got)
	}
}

// TestLeadCounterpartAroundVenue checks that a venue between the verb
// and the counterpart, or a day and a venue after a counterpart named by
// a long title, is neither the counterpart's name nor part of it, and
// that a meeting's place is read where the lead names no side.
func TestLeadCounterpartAroundVenue(t *testing.T) {
	tests := []struct{ lead, name, place string }{
		{"President Biden met today at the White House with President Ferdinand R. Marcos, Jr. of the Philippines.", "Ferdinand R. Marcos, Jr.", "White House"},
		{"National Security Advisor Jake Sullivan met with UN Special Envoy for Yemen Hans Grundberg on May 15 at the White House.", "Hans Grundberg", "White House"},
		{"Both meetings were held at the Pentagon, with additional sessions at the White House where the delegations met.", "", "Pentagon"},
	}
	for _, tt := range tests {
		f := parseLead(tt.lead, "", time.Date(2024, 4, 11, 0, 0, 0, 0, time.UTC))
		var names []string
		for _, p := range f.principals {
			if !p.subject {
				names = append(names, p.name)
			}
		}
		if tt.name != "" && !slices.Contains(names, tt.name) || tt.name == "" && len(names) > 0 {
			t.Errorf("parseLead(%q): counterparts %q, want %q", tt.lead, names, tt.name)
		}
		if !strings.HasPrefix(f.meeting.Location, tt.place) {
			t.Errorf("parseLead(%q): place %q, want %q", tt.lead, f.meeting.Location, tt.place)
		}
	}
}

func TestShorterForms(t *testing.T) {
	got := shorterForms("Based on the lessons learned from the COVID-19 response, the Ministers shared the recognition of the importance of cooperation in health and medical sectors.", nil)
	if want := "Both agreed on the importance of cooperation in health and medical sectors."; !slices.Contains(got, want) {
		t.Errorf("shorterForms: got %q, want it to hold %q", got, want)
	}
	got = shorterForms("Hayashi and Wong will work toward the target of investment in the next five years, which was set in March.", nil)
	if want := "Hayashi and Wong will work toward the target of investment in the next five years."; !slices.Contains(got, want) {
		t.Errorf("shorterForms: got %q, want it to hold %q", got, want)
	}
}

// TestSubjectOfficeHeldToAnother checks that "Assistant to the President
// for National Security Affairs Jake Sullivan" keeps its whole office, and
// that the summary names him once.
func TestSubjectOfficeHeldToAnother(t *testing.T) {
	lead := "Assistant to the President for National Security Affairs Jake Sullivan hosted Israeli National Security Advisor Tzachi Hanegbi at the White House today to discuss regional issues."
	f := parseLead(lead, "", time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC))
	if len(f.principals) == 0 || f.principals[0].title != "Assistant to the President for National Security Affairs" {
		t.Fatalf("parseLead: principals %+v, want the subject with his whole office", f.principals)
	}
	r, err := Parse(Document{Title: "Readout of National Security Advisor Jake Sullivan’s Meeting with Israeli Officials", Body: lead + " They discussed Iran.", PublisherCountry: "US"})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Sections[0].Summary; strings.Count(got, "Sullivan") != 1 || strings.Contains(got, "Assistant to") {
		t.Errorf("summary %q: want Sullivan named once, without his office", got)
	}
}

// TestOtherSidesOffice checks that the other side's office named after
// the publisher's ("The President and Prime Minister then discussed") is
// its principal's name.
func TestOtherSidesOffice(t *testing.T) {
	body := "President Joseph R. Biden, Jr. spoke today with Justin Trudeau, Prime Minister of Canada. The President and Prime Minister then discussed the two Canadian citizens who are unjustly detained abroad."
	r, err := Parse(Document{Title: "Readout of President Biden’s Call with Prime Minister Trudeau of Canada", Body: body, PublisherCountry: "US"})
	if err != nil {
		t.Fatal(err)
	}
	sp := newSpeakers(r.Participants, r.Parties, "US", r.Title+"\n"+r.Body)
	got := sp.name("The President and Prime Minister then discussed the two citizens.")
	if want := "Biden and Trudeau then discussed the two citizens."; got != want {
		t.Errorf("name: got %q, want %q", got, want)
	}
}
