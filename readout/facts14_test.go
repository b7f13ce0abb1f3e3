package readout

import (
	"slices"
	"strings"
	"testing"
)

// TestShortReadoutPluralSubjects: the two principals named by their
// offices together ("The two heads of government", "The counterparts")
// are "Both", as "The two leaders" are, so that a sentence of theirs
// competes for the summary with the pair's names.
func TestShortReadoutPluralSubjects(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The two heads of government discussed the coming summit in Oslo and the trade talks in Lagos.",
			"Both discussed the coming summit in Oslo and the trade talks in Lagos."},
		{"The two heads of state agreed to deepen cooperation on fisheries.",
			"Both will deepen cooperation on fisheries."},
		{"The counterparts exchanged views on the situation in the Balkans.",
			"Both discussed the situation in the Balkans."},
		// Not the two sides: a state's own heads stay.
		{"The heads of delegation signed the minutes.", "The heads of delegation signed the minutes."},
	} {
		if got := shortenFrame(c.in); got != c.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestRightHonourableAndStyles: "Rt." ends no sentence ("The Rt. Hon.
// Prime Minister Mr. A. Sample held talks …" was split after "Rt.", a
// summary of two words), and the styles before a name go from the
// summaries as the offices do.
func TestRightHonourableAndStyles(t *testing.T) {
	got := splitSentences("The Rt. Hon. Prime Minister Mr. Ram Sample held talks with H.E. Mr. Li Dong in Lhasa. They signed a plan.")
	if len(got) != 2 || got[1] != "They signed a plan." {
		t.Errorf("splitSentences: %q", got)
	}
	for _, c := range []struct{ in, want string }{
		{"The Rt. Hon. Sample held talks with H.E. Mr. Li Dong of China.", "Sample held talks with Li Dong of China."},
		{"The Rt. Sample met H.E. Dr. Ana Roe.", "Sample met Ana Roe."},
		// Before an office without a name, or alone, a style stays.
		{"The Rt. Hon. Prime Minister reiterated the policy.", "The Rt. Hon. Prime Minister reiterated the policy."},
		{"Both thanked H.E. for the visit.", "Both thanked H.E. for the visit."},
		{"Oli met Li Dong.", "Oli met Li Dong."},
	} {
		if got := dropNameStyles(c.in); got != c.want {
			t.Errorf("dropNameStyles(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestKindsInEd: an adjective in "-ed" that names a kind qualifies a
// listed topic ("liquefied natural gas", "organized crime"); a
// participle does not, and "gas" or "crime" alone is no topic.
func TestKindsInEd(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"They spoke about closer cooperation on rare earths and liquefied natural gas.", []string{"liquefied natural gas"}},
		{"They discussed organized crime and tourism.", []string{"organized crime", "tourism"}},
		{"They discussed increased international action.", nil},
	} {
		words := appendFields(nil, c.in)
		got := discussedTopics(c.in, words)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("discussedTopics(%q) = %q, want %q among them", c.in, got, w)
			}
		}
		if c.want == nil && len(got) > 0 {
			t.Errorf("discussedTopics(%q) = %q, want none", c.in, got)
		}
	}
	if got := topicPhrases(appendFields(nil, "the crime rate and the gas")); len(got) != 0 {
		t.Errorf("topicPhrases: %q, want none", got)
	}
	if got := topicPhrases(appendFields(nil, "fighting organized crime")); !slices.Contains(got, "organized crime") {
		t.Errorf("topicPhrases: %q, want organized crime", got)
	}
}

// TestMeetingOpenersAndAnniversaries: "In the meeting," and its kind
// open no summary, an anniversary's phrase ends before "this year" and
// goes without the two sides written with a hyphen ("Ruritania-Elbonia
// diplomatic relations" at their meeting), and a demonym that opens a
// sentence names no speaker of its second clause.
func TestMeetingOpenersAndAnniversaries(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"In the meeting, the two Ministers welcomed the plan.", "The two Ministers welcomed the plan."},
		{"In the call, Sample thanked Roe.", "Sample thanked Roe."},
		{"At the talks, both sides agreed.", "Both sides agreed."},
		{"In the capital, Sample met Roe.", "In the capital, Sample met Roe."},
	} {
		if got := dropOpener(c.in); got != c.want {
			t.Errorf("dropOpener(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	cm := countryMemo{}
	parties := map[string]bool{"ID": true, "CN": true}
	for _, c := range []struct{ in, want string }{
		{"Both welcomed the 75th anniversary of Indonesia-China diplomatic relations this year.", "75th anniversary of diplomatic relations"},
		{"They marked the 30th anniversary of Indonesia-China Comprehensive Partnership.", "30th anniversary of Indonesia-China Comprehensive Partnership"},
	} {
		as := cm.anniversaries(c.in)
		if len(as) != 1 || betweenParties(as[0], parties, cm) != c.want {
			t.Errorf("anniversary of %q: %q, want %q", c.in, as, c.want)
		}
	}
	forms := sentenceForms("The Iranian foreign minister thanked Oman for its role, and briefed his counterpart on the talks.", nil)
	for _, f := range forms {
		if strings.HasPrefix(f, "Iranian briefed") {
			t.Errorf("sentenceForms gave %q", f)
		}
	}
}

// TestTheHagueAndBracketDate: a capital "The" inside a sentence before
// one word of a name is the name's ("The Hague", "The Gambia"; the
// fragment "Hague" was listed), one that opens the sentence is not; a
// day in brackets goes from the sentence that reports the meeting.
func TestTheHagueAndBracketDate(t *testing.T) {
	var buf runBuffers
	cm := countryMemo{}
	runs := nameRuns("They discussed the summit in The Hague in June and the talks in The Gambia.", cm, &buf)
	if !slices.Contains(runs, "The Hague") || !slices.Contains(runs, "The Gambia") || slices.Contains(runs, "Hague") {
		t.Errorf("nameRuns: %q", runs)
	}
	runs = nameRuns("The Sample Council met in Oslo.", cm, &buf)
	if slices.Contains(runs, "The Sample Council") {
		t.Errorf("nameRuns: %q", runs)
	}
	for _, c := range []struct{ in, want string }{
		{"Rutte welcomed Roe to Brussels (11 March 2025).", "Rutte welcomed Roe to Brussels."},
		{"Roe met Doe (Monday, 3 June 2024) in Oslo.", "Roe met Doe in Oslo."},
		{"Roe met Doe (the Minister of Trade).", "Roe met Doe (the Minister of Trade)."},
	} {
		if got := dropBracketDate(c.in); got != c.want {
			t.Errorf("dropBracketDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAgreedToAndTo: an agreement rewritten as "will" drops the "to" of
// its second verb.
func TestAgreedToAndTo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The sides agreed to open direct flights between Oslo and Lima and to cooperate in the mining sector.",
			"Both will open direct flights between Oslo and Lima and cooperate in the mining sector."},
		{"The two ministers agreed to hold talks and to the plan of the committee.",
			"Both will hold talks and to the plan of the committee."},
	} {
		if got := shortenFrame(c.in); got != c.want {
			t.Errorf("shortenFrame(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestStylesInNames: an abbreviated style's full stop ends no name, and
// the style goes ("Md. Ana Roe" is "Ana Roe", not "Md" and "Ana Roe");
// inside a run a style opens the next name ("Defense Dr. Ana Roe").
func TestStylesInNames(t *testing.T) {
	var buf runBuffers
	cm := countryMemo{}
	for _, c := range []struct {
		in   string
		want []string
		not  []string
	}{
		{"Foreign Adviser Md. Ana Roe received Sugiono.", []string{"Ana Roe"}, []string{"Md"}},
		{"Under Secretary of Defense Dr. Ana Roe joined.", []string{"Ana Roe"}, []string{"Defense Dr Ana Roe", "Dr"}},
		{"They met H.E. Eng. Abdi Roe in Lagos.", []string{"Abdi Roe"}, []string{"Eng"}},
	} {
		runs := nameRuns(c.in, cm, &buf)
		for _, w := range c.want {
			if !slices.Contains(runs, w) {
				t.Errorf("nameRuns(%q) = %q, want %q", c.in, runs, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(runs, w) {
				t.Errorf("nameRuns(%q) = %q, not %q", c.in, runs, w)
			}
		}
	}
}

// TestCallFromTitleCommaNameAndThisWeekday: "a telephone call from the
// Prime Minister of Ruritania, Jane Roe." names her "Roe of Ruritania"
// when the sentence ends with her name, as it did before a comma; "this
// Tuesday" goes from the sentence that reports the meeting as "on
// Tuesday" does.
func TestCallFromTitleCommaNameAndThisWeekday(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sample held a telephone conversation this Tuesday with Roe of Ecuador.", "Sample held a telephone conversation with Roe of Ecuador."},
		{"Sample met Roe last Friday, in Lima.", "Sample met Roe, in Lima."},
		{"Sample met Roe this week.", "Sample met Roe."},
	} {
		if got := dropMeetingTime(c.in); got != c.want {
			t.Errorf("dropMeetingTime(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	doc := Document{Title: "Prime Minister Sample receives a call from Prime Minister Jane Roe of Ecuador",
		Publisher: "Ministry of External Affairs", PublisherCountry: "IN",
		Body: "Prime Minister Ravi Sample received a telephone call today from the Prime Minister of Ecuador, Jane Roe.\n\nThe two leaders reviewed progress in the India-Ecuador partnership in trade, energy and the Free Trade Agreement."}
	r, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) == 0 || !containsText(r.Sections[0].Summary, "Roe of Ecuador") || containsText(r.Sections[0].Summary, "Minister of Ecuador, Roe") {
		t.Errorf("summary: %+v", r.Sections)
	}
}

// TestDatelineOutOfSummaryAndList: a dateline opening the chosen
// summary goes ("OSLO, 26 February 2025 – …", "Sakhir, Feb. 11 (BNA):
// …"), and the list names neither its place nor its month; a style
// ("HM") names nothing, and "bin" joins a name.
func TestDatelineOutOfSummaryAndList(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"OSLO, 26 February 2025 – Secretary General Roe met with Doe of Peru.", "Secretary General Roe met with Doe of Peru."},
		{"Sakhir, Feb. 11 (BNA): Hamad received Doe of Cyprus at the palace.", "Hamad received Doe of Cyprus at the palace."},
		{"Vientiane, 18 July 2025 - Roe held talks with Doe.", "Roe held talks with Doe."},
		// No day, or words in lower case before the comma: no dateline.
		{"Oslo, the capital, hosted Roe and Doe for talks.", "Oslo, the capital, hosted Roe and Doe for talks."},
		{"In March, 2025 – the year of talks – began.", "In March, 2025 – the year of talks – began."},
	} {
		if got := dropDateline(c.in); got != c.want {
			t.Errorf("dropDateline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	var buf runBuffers
	cm := countryMemo{}
	runs := nameRuns("HM the King received HRH Prince Salman bin Hamad at the palace.", cm, &buf)
	if slices.Contains(runs, "HM") || slices.Contains(runs, "HRH") || !slices.Contains(runs, "Salman bin Hamad") {
		t.Errorf("nameRuns: %q", runs)
	}
}

// TestSidesPairInAName: a name the list gives is written without the
// meeting's two sides joined by a hyphen, which the post shows ("India-UK
// Comprehensive Strategic Partnership" at a meeting of India and the UK
// is "Comprehensive Strategic Partnership"); a pair with another country
// stays, and so does one whose second side's name goes on past the space.
func TestSidesPairInAName(t *testing.T) {
	sp := speakers{parties: map[string]bool{"IN": true, "GB": true, "GH": true, "BF": true}}
	ms := mentionsOf([]string{
		"They reviewed the India-UK Comprehensive Strategic Partnership and the India-France Horizon 2047 roadmap.",
		"They revived the Ghana-Burkina Faso Permanent Joint Commission.",
	}, sp)
	var got []string
	for _, m := range ms {
		got = append(got, m.text)
	}
	for _, w := range []string{"Comprehensive Strategic Partnership", "India-France Horizon 2047", "Ghana-Burkina Faso Permanent Joint Commission"} {
		if !slices.Contains(got, w) {
			t.Errorf("mentionsOf: %q, want %q", got, w)
		}
	}
}
