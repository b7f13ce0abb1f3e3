package readout

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Forms of structure, places and dates read in genre18's odd-shaped
// readouts, each tested on readouts written for the test in new words.

// headingsOf lists a readout's headings as "LEVEL heading".
func headingsOf(r *Readout) []string {
	var got []string
	for _, s := range r.Sections {
		if s.Heading != "" {
			got = append(got, fmt.Sprintf("%d %s", s.Level, s.Heading))
		}
	}
	return got
}

// TestShapes18Headings: headings run in at the start of their paragraph
// (bold, or a topic and a colon), headings lettered under Roman parts
// and under numbered ones, and lines of the same look that head nothing
// (a transcript's speakers, fields, a single run-in, a caption).
func TestShapes18Headings(t *testing.T) {
	lead := "Foreign Minister Jane Roe held talks with the Foreign Minister of Ruritania, John Doe, at the Ministry of Foreign Affairs in Valletta today."
	para := func(s string) string {
		return s + " The two sides asked their officials for a plan before the end of the year."
	}
	tests := []struct {
		name string
		body []string
		want []string // "LEVEL heading"
	}{
		{"bold run-ins with a full stop", []string{lead, "**Fisheries.** " + para("The ministers discussed the quotas for tuna."),
			"**Energy and climate.** " + para("Both sides welcomed the new solar plant."),
			"**Consular affairs.** " + para("The ministers agreed on a new visa regime.")},
			[]string{"1 Fisheries", "1 Energy and climate", "1 Consular affairs"}},
		{"bold run-ins with a colon", []string{lead, "**Fisheries:** " + para("The ministers discussed the quotas for tuna."),
			"**Energy**: " + para("Both sides welcomed the new solar plant.")},
			[]string{"1 Fisheries", "1 Energy"}},
		{"colon run-ins", []string{lead, "Trade: " + para("The ministers welcomed the growth of exports of wine."),
			"Culture and education: " + para("They agreed on an exchange of students."),
			"Regional issues: " + para("They discussed the situation in the Sahel.")},
			[]string{"1 Trade", "1 Culture and education", "1 Regional issues"}},
		{"a transcript's speakers", []string{lead, "Minister Roe: " + para("We are glad to welcome our friends from Ruritania."),
			"Minister Doe: " + para("Thank you for the warm welcome in Valletta."),
			"Minister Roe: " + para("Let us turn to the economy.")}, nil},
		{"speakers named by their family names", []string{lead, "Roe: " + para("We are glad to welcome our friends from Ruritania."),
			"Doe: " + para("Thank you for the warm welcome in Valletta.")}, nil},
		{"fields and a single run-in", []string{lead, "Note: " + para("The meeting was the first since the elections."),
			"Background: " + para("Relations were established in 1964."), "Photo: Ministry of Foreign Affairs"}, nil},
		{"Roman parts with lettered headings", []string{lead, "I. POLITICAL COOPERATION", "A. Consultations", para("They agreed to hold annual consultations."),
			"B. Defence", para("They agreed on joint patrols."), "II. ECONOMIC COOPERATION", "A. Energy", para("They welcomed a new wind farm project."),
			"B. Tourism", para("They agreed on direct flights.")},
			[]string{"1 POLITICAL COOPERATION", "2 Consultations", "2 Defence", "1 ECONOMIC COOPERATION", "2 Energy", "2 Tourism"}},
		{"numbered headings with lettered ones", []string{lead, "1. Political Cooperation", "a) Consultations", para("They agreed to hold annual consultations."),
			"b) Defence", para("They agreed on joint patrols."), "2. Economic Cooperation", "(a) Energy", para("They welcomed a new wind farm project.")},
			[]string{"1 Political Cooperation", "2 Consultations", "2 Defence", "1 Economic Cooperation", "2 Energy"}},
		{"plain headings over numbered paragraphs", []string{"1. " + para("At the invitation of Minister Jane Roe, Minister John Doe of Ruritania paid an official visit to Malta."),
			"Political Dialogue", "2. " + para("The ministers agreed to hold annual consultations."), "3. " + para("They welcomed the new consulate."),
			"Trade and Investment", "4. " + para("The ministers welcomed the growth of trade in wine.")},
			[]string{"1 Political Dialogue", "1 Trade and Investment"}},
		{"plain headings over bullets", []string{lead, "Political Dialogue", "- " + para("The ministers agreed to hold annual consultations."),
			"- " + para("They welcomed the new consulate."), "Trade and Investment", "- " + para("The ministers welcomed the growth of trade in wine."),
			"- " + para("They agreed on a new air services agreement.")},
			[]string{"1 Political Dialogue", "1 Trade and Investment"}},
		{"numbered paragraphs without headings", []string{lead, "1. " + para("The ministers agreed to hold annual consultations."),
			"2. " + para("They welcomed the new consulate."), "Jane Roe", "3. " + para("The ministers welcomed the growth of trade in wine.")}, nil},
		{"lettered sentences are no headings", []string{lead, "The two sides agreed:", "a) to open a consulate in the north;",
			"b) to hold consultations every year.", para("The next meeting will be held in the autumn.")}, nil},
	}
	for _, tt := range tests {
		r, err := ParseMarkdown([]byte("---\ntitle: \"Foreign Minister holds talks with Ruritanian counterpart\"\ndate: '2025-05-06'\n---\n" + strings.Join(tt.body, "\n\n")))
		if err != nil {
			t.Fatal(err)
		}
		rd, err := Parse(r)
		if err != nil {
			t.Fatal(err)
		}
		if got := headingsOf(rd); !slices.Equal(got, tt.want) {
			t.Errorf("%s: headings %q, want %q", tt.name, got, tt.want)
		}
	}
}

// parseMD18 parses a Markdown page written for a test.
func parseMD18(t *testing.T, title, pub string, paras ...string) *Readout {
	t.Helper()
	src := "---\ntitle: \"" + title + "\"\ndate: '2025-05-06'\npublisher_country: " + pub + "\n---\n" + strings.Join(paras, "\n\n")
	doc, err := ParseMarkdown([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// principalsOf18 lists a readout's principals as "NAME|COUNTRY".
func principalsOf18(r *Readout) []string {
	var got []string
	for _, p := range r.Participants {
		if p.Role == RolePrincipal {
			got = append(got, p.Name+"|"+p.Country)
		}
	}
	return got
}

// TestShapes18SeveralMeetings: a page of several meetings, each under a
// heading that names it ("Meeting with the Foreign Minister of X", or in
// bold and long with the guest's styles and office, the first before
// any text), has a principal and a side for each meeting and the
// publisher's own, the subject of "held several bilateral meetings".
func TestShapes18SeveralMeetings(t *testing.T) {
	tests := []struct {
		name, title, pub string
		paras            []string
		want             []string // principals "NAME|COUNTRY"
		heads            int
	}{
		{"offices in the headings, names in the text", "Minister Roe's meetings in Geneva", "MT", []string{
			"On the margins of the Human Rights Council in Geneva, Minister for Foreign Affairs Jane Roe held several bilateral meetings.",
			"Meeting with the Foreign Minister of Chile",
			"With Alberto van Klaveren, the minister discussed trade in copper and the Antarctic Treaty.",
			"Meeting with the Foreign Minister of Ghana",
			"The talks with Samuel Okudzeto Ablakwa focused on cocoa, migration and maritime security in the Gulf of Guinea."},
			[]string{"Jane Roe|MT", "Alberto van Klaveren|CL", "Samuel Okudzeto Ablakwa|GH"}, 2},
		{"bold headings naming the guests", "Readouts of the President's meetings at the summit", "MT", []string{
			"**The President's meeting with H.E. Mr. Bola Ahmed Tinubu, President of the Federal Republic of Nigeria**",
			"The President met with H.E. Mr. Bola Ahmed Tinubu, President of the Federal Republic of Nigeria, on the margins of the summit. They discussed trade.",
			"**The President's meeting with H.E. Ms. Kaja Kallas, High Representative of the European Union**",
			"The President congratulated the High Representative and discussed the neighbourhood policy with her."},
			[]string{"Bola Ahmed Tinubu|NG", "Kaja Kallas|EU"}, 2},
	}
	for _, tt := range tests {
		r := parseMD18(t, tt.title, tt.pub, tt.paras...)
		got := principalsOf18(r)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: principals %q, want %q among them", tt.name, got, w)
			}
		}
		if n := len(headingsOf(r)); n != tt.heads {
			t.Errorf("%s: %d headings %q, want %d", tt.name, n, headingsOf(r), tt.heads)
		}
	}
}

// TestShapes18RelatedTrailer: a page's "Related" or "Read more" label
// over a list of links ends its text, even with one link under it (which
// would otherwise read as a heading with nothing under it).
func TestShapes18RelatedTrailer(t *testing.T) {
	for _, label := range []string{"Related", "Related news", "Read more", "See more"} {
		r := parseMD18(t, "Minister Roe visits Ruritania", "MT",
			"Minister for Foreign Affairs Jane Roe met the Foreign Minister of Ruritania, John Doe, in Ruritania City on Thursday.",
			"The ministers discussed energy, migration and the war in Ukraine.", label, "- Malta's support to Ukraine")
		if h := headingsOf(r); len(h) > 0 {
			t.Errorf("%s: headings %q, want none", label, h)
		}
		if strings.Contains(r.Body, "support to Ukraine") {
			t.Errorf("%s: the link is in the body: %q", label, r.Body)
		}
	}
}

// TestShapes18Places: the place of a meeting stated by a header's
// dateline in other forms ("Doha, 4 November 2025 —", "July 10, 2025 -
// Ottawa, Ontario - Global Affairs Canada"), an event's name on whose
// margins a meeting was giving way to the dateline's city, a venue in
// a transcript's "spoke to the media before their meeting at …" (no
// call), and no place for a call under the same datelines.
func TestShapes18Places(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"a capital's dateline with a dash", []string{"Valletta, 4 November 2025 —",
			"Foreign Minister Jane Roe met today with the Foreign Minister of Ruritania, John Doe, who is on a visit to the country.",
			"They discussed trade and energy."}, "Valletta"},
		{"a date, a capital and the publisher", []string{"July 10, 2025 - Valletta, Malta - Ministry for Foreign Affairs",
			"Foreign Minister Jane Roe today welcomed the Foreign Minister of Ruritania, John Doe.",
			"They discussed trade and energy."}, "Valletta"},
		{"a call under the dateline", []string{"July 10, 2025 - Valletta, Malta - Ministry for Foreign Affairs",
			"Foreign Minister Jane Roe today held a telephone call with the Foreign Minister of Ruritania, John Doe.",
			"They discussed trade and energy."}, ""},
		{"an event's name under a dateline", []string{"Valletta, 15 February 2025",
			"Foreign Minister Jane Roe met with the Foreign Minister of Ruritania, John Doe, on the margins of the 12th Ordinary Session of the Council of the Mediterranean Union.",
			"They discussed trade and energy."}, "Valletta"},
		{"a country's capital named for an event to come", []string{
			"Foreign Minister Jane Roe received the Foreign Minister of Ruritania, John Doe, who is on a working visit to Malta.",
			"Doe congratulated Roe on Malta's presidency of the OSCE, whose Ministerial Council will be held in Valletta in December."}, "Malta"},
		{"several meetings on an event's margins in a city", []string{
			"On the margins of the Human Rights Council in Geneva, Foreign Minister Jane Roe held several bilateral meetings.",
			"Meeting with the Foreign Minister of Chile", "With Alberto van Klaveren, the minister discussed trade in copper."}, "Geneva"},
		{"a session two sides co-chaired under the lead's dateline", []string{
			"MARSAXLOKK, 14 May 2025 – The 5th Session of the Malta-Ruritania Joint Commission was co-chaired by Jane Roe, Minister for Foreign Affairs of Malta, and John Doe, Minister of Foreign Affairs of Ruritania.",
			"The two sides reviewed the decisions of the 4th Session."}, "Marsaxlokk"},
		{"a speech to the press before the meeting", []string{
			"Foreign Minister Jane Roe and the Foreign Minister of Ruritania, John Doe, spoke to the media before their bilateral meeting at the Auberge de Castille on 18 March 2025.",
			"They discussed trade and energy."}, "Auberge de Castille"},
	}
	for _, tt := range tests {
		r := parseMD18(t, "Foreign Minister meets Ruritanian counterpart", "MT", tt.paras...)
		if got := r.Meeting.Location; got != tt.want {
			t.Errorf("%s: place %q, want %q", tt.name, got, tt.want)
		}
	}
}
