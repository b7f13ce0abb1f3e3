package readout

import (
	"slices"
	"strings"
	"testing"

	"github.com/readout-bot/readout/country"
)

// TestMentionsAsTheReaderNamesThem checks the list of mentions on forms of
// our own: an adjective of a country glued to a participle names the
// country, a part of a side's territory is named though the side is shown,
// sides joined by a preposition name nothing more, a name whose number
// ends before a closing quote keeps it, an initial after an office with
// "of" opens the name, and a quoted phrase in lower case is the name of a
// policy (a quoted slogan with names is not).
func TestMentionsAsTheReaderNamesThem(t *testing.T) {
	sides := func(codes ...string) speakers {
		sp := speakers{parties: map[string]bool{}}
		for _, c := range codes {
			sp.parties[c] = true
		}
		return sp
	}
	tests := []struct {
		name  string
		sents []string
		sp    speakers
		want  string
	}{
		{"a country's adjective with a participle",
			[]string{"They condemned the attacks of Syrian-backed militias on shipping."}, speakers{},
			"Also: Syria."},
		{"a body's adjective stays as written",
			[]string{"They welcomed the UN-led talks in Geneva."}, speakers{},
			"Also: UN-led, Geneva."},
		{"a part of a side's territory",
			[]string{"They discussed aid deliveries to Gaza and reforms of the Palestinian Authority."}, sides("US", "PS"),
			"Also: Gaza, aid deliveries, reforms."},
		{"two sides joined by a preposition",
			[]string{"He stressed the lasting support of the United States for Ukraine and its defense."}, sides("US", "UA"),
			"Also: defense."},
		{"a number before a closing quote",
			[]string{"They would follow the report of “Vision 2040,” which experts drafted."}, speakers{},
			"Also: Vision 2040."},
		{"an initial opens the name after an office with \"of\"",
			[]string{"He later met Minister of External Affairs R. Kumar in Pune."}, speakers{},
			"Also: R. Kumar, Pune."},
		{"a quoted phrase in lower case",
			[]string{"She described a policy of \"open regional partnership\" for the coming years."}, speakers{},
			"Also: open regional partnership."},
		{"a quoted slogan with names, and quoted speech",
			[]string{"They agreed on “nothing about Peru without Peru” and he said “we will never accept this outcome,” to applause."}, speakers{},
			"Also: Peru."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentionsLine(mentionsOf(tt.sents, tt.sp), "", 200); got != tt.want {
				t.Errorf("mentionsLine(%q):\ngot  %q\nwant %q", tt.sents, got, tt.want)
			}
		})
	}
}

// TestWrittenForms checks that the text's own form of a mention the list
// writes another way is known to the key points.
func TestWrittenForms(t *testing.T) {
	ms := mentionsOf([]string{"They condemned the attacks of Iranian-backed militias on shipping."}, speakers{})
	list := mentionsLine(ms, "", 200)
	if got, want := writtenForms(ms, list), "Iranian-backed"; got != want {
		t.Errorf("writtenForms(%q) = %q, want %q", list, got, want)
	}
}

// TestKeyPointsSkipListItems checks that the items of a list of names,
// which hold many names but are no sentences, do not take the place of
// the readout's sentences among the candidate key points.
func TestKeyPointsSkipListItems(t *testing.T) {
	text := "The mayors asked the Federal Emergency Management Agency for faster permits for wetland restoration.\n" +
		"- Mayor Ana Bell, Harbor City Council, Oregon Coast Alliance\n- Mayor Tom Reyes, Bay Point Board, California Water League\n" +
		"- Mayor Li Chen, Port Vale Council, Washington Ports Forum\n- Mayor Sam Ortiz, Sandy Hook Board, New Jersey Shore Union\n" +
		"- Mayor Eve Grant, Cape Rock Council, Maine Harbors Group\n- Mayor Dan Frost, Gull Bay Board, Texas Gulf Alliance\n" +
		"- Mayor Kim Shaw, Reed Harbor Council, Florida Keys Forum\n- Mayor Ada Wolfe, Long Sound Board, Alabama Coast League\n" +
		"- Mayor Roy Hale, Low Marsh Council, Georgia Marsh Union\n- Mayor Ivy Lund, Salt Creek Board, Delaware Bay Group"
	cache := newSentCache(16)
	kps := keyPoints([]analyzed{analyze(text, cache)}, nil, 400, cache, country.Country{})
	if !slices.ContainsFunc(kps, func(k string) bool { return strings.Contains(k, "permits") }) {
		t.Errorf("key points %q, want the request for permits", kps)
	}
	for _, k := range kps {
		if strings.HasPrefix(k, "- ") {
			t.Errorf("key point %q is an item of the list of names", k)
		}
	}
}

// TestKeyPointForms checks the shorter forms a sentence too long for a
// key point may give: its main clause without the opening phrase, and
// the act its participle reports.
func TestKeyPointForms(t *testing.T) {
	tests := []struct {
		name, sent, want string
	}{
		{"an opening phrase of background",
			"Building on their shared work on coastal resilience and on the lessons of last winter’s storms in the northern provinces, the two ministers announced a new Chile-Peru Partnership for Flood Warning.",
			"Both announced a new Chile-Peru Partnership for Flood Warning."},
		{"an opening phrase of place",
			"In the Caribbean and in the wider region of Central America and the Andes, the ministers agreed to keep consulting closely with regional partners on the worsening security crisis in Haiti.",
			"Both will keep consulting closely with regional partners on the worsening security crisis in Haiti."},
		{"the act a participle reports",
			"Secretary Lane reaffirmed the commitment of the United States to open trade in the region, announcing new loan guarantees of $60 million for port upgrades in Valparaiso and San Antonio over five years.",
			"Lane announced new loan guarantees of $60 million for port upgrades in Valparaiso and San Antonio over five years."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := (*sentCache)(nil).fitKeyPoint(tt.sent); !ok || got != tt.want {
				t.Errorf("fitKeyPoint:\ngot  %q (%v)\nwant %q", got, ok, tt.want)
			}
		})
	}
}

// TestDemonymInsideOffice checks that a counterpart whose office gives
// the country by a demonym inside it, with a rank before the name, is
// written with the country in the summary ("Soto of Chile").
func TestDemonymInsideOffice(t *testing.T) {
	body := "National Security Advisor Ann Ross spoke today with Minister of Defense Rosa Vidal, Foreign Minister Luis Mena, and Commander of the Chilean Army Gen. Pablo Soto to discuss joint exercises. Soto described the exercises planned for the spring."
	r, err := Parse(Document{Title: "Readout of National Security Advisor Ross’s Call with Chilean Counterparts", PublisherCountry: "US", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	var sums []string
	for _, s := range r.Sections {
		sums = append(sums, s.Summary)
	}
	if got := strings.Join(sums, "\n"); !strings.Contains(got, "Soto of Chile") || strings.Contains(got, "Commander of the Chilean Army") {
		t.Errorf("summaries %q, want \"Soto of Chile\" without the office", got)
	}
}

// TestKeyPointsOwnCountryNoNews checks that a sentence whose only name
// besides the principal is the publisher's own country ("the American
// people"), which the post's header shows, is no key point of its own.
func TestKeyPointsOwnCountryNoNews(t *testing.T) {
	text := "Biden reaffirmed the enduring commitment of the American people to the Peruvian people.\n" +
		"Biden welcomed the opening of a trade office in Lima by the Peruvian government."
	sp := newSpeakers(nil, []string{"US", "PE"}, "US", text)
	cache := newSentCache(16)
	kps := keyPoints([]analyzed{analyze(text, cache)}, nil, 200, cache, sp.own)
	want := []string{"Biden welcomed the opening of a trade office in Lima by the Peruvian government."}
	if !slices.Equal(kps, want) {
		t.Errorf("key points %q, want %q", kps, want)
	}
	// Without it, the first sentence is one.
	if kps := keyPoints([]analyzed{analyze(text, cache)}, nil, 200, cache, country.Country{}); len(kps) != 2 {
		t.Errorf("key points without the publisher's country %q, want two", kps)
	}
}
