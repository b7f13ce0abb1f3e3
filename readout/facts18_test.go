package readout

import (
	"strings"
	"testing"
)

// TestDropCallMedium: a summary of a call says nothing by the way it was
// held ("by phone", "via videoconference"): the post shows the meeting's
// kind. The medium goes only where it ends a phrase ("by phone with", not
// "by phone lines"), and "a phone call" is "a call".
func TestDropCallMedium(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Lee spoke by phone with Roe of Chile.", "Lee spoke with Roe of Chile."},
		{"Lee spoke by telephone with Roe to follow up on the summit.", "Lee spoke with Roe to follow up on the summit."},
		{"Lee spoke with Roe by phone about the budget.", "Lee spoke with Roe about the budget."},
		{"Lee spoke by video with Roe, Doe and Poe.", "Lee spoke with Roe, Doe and Poe."},
		{"Lee held talks via videoconference with Roe.", "Lee held talks with Roe."},
		{"Lee spoke with Roe on the phone.", "Lee spoke with Roe."},
		{"Lee received a phone call from Roe of Peru.", "Lee received a call from Roe of Peru."},
		{"Lee had a telephone conversation with Roe.", "Lee had a conversation with Roe."},
		// Not the medium of the call.
		{"Lee spoke with Roe about the video games market.", "Lee spoke with Roe about the video games market."},
		{"Lee spoke with Roe on protecting phone lines.", "Lee spoke with Roe on protecting phone lines."},
		{"Lee spoke with Roe.", "Lee spoke with Roe."},
	} {
		if got := dropCallMedium(c.in); got != c.want {
			t.Errorf("dropCallMedium(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestCallSummaryWithoutMedium: the summary of a call's readout drops the
// medium; that of a meeting in person that mentions a phone keeps it.
func TestCallSummaryWithoutMedium(t *testing.T) {
	for _, c := range []struct {
		title, body string
		has, hasNot string
	}{
		{"Readout of the Advisor's Call with Minister Ana Roe of Chile",
			"Advisor Tom Lee spoke by phone today with Minister Ana Roe of Chile. They discussed copper exports and port security.",
			"spoke with Roe", "by phone"},
		{"Readout of the Advisor's Meeting with Minister Ana Roe of Chile",
			"Advisor Tom Lee met today with Minister Ana Roe of Chile in Santiago, a week after they spoke by phone.",
			"by phone", ""},
	} {
		r, err := Parse(Document{Title: c.title, Publisher: "The White House", PublisherCountry: "US", Body: c.body})
		if err != nil {
			t.Fatal(err)
		}
		var sums []string
		for _, s := range r.Sections {
			sums = append(sums, s.Summary)
		}
		text := strings.Join(append(sums, r.KeyPoints...), "\n")
		if !strings.Contains(text, c.has) || c.hasNot != "" && strings.Contains(text, c.hasNot) {
			t.Errorf("%s: post %q, want %q and not %q", c.title, text, c.has, c.hasNot)
		}
	}
}

// TestAmountText: an amount in the list of mentions is written from its
// first figure, with the currency's code or sign before it and its unit
// after it.
func TestAmountText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The fund has raised more than $4.2 billion in pledges.", "$4.2 billion"},
		{"The bank will open a credit line of 300 million dollars for farmers.", "300 million dollars"},
		{"The minister announced AUD 15 million in budget support.", "AUD 15 million"},
		{"Its budget cuts the deficit by nearly $2 trillion over ten years.", "$2 trillion"},
		{"A grant (€40 million) was signed.", "€40 million"},
	} {
		ms := findMoney(c.in)
		if len(ms) == 0 {
			t.Errorf("%q: no amount", c.in)
			continue
		}
		if got := amountText(c.in, ms[0]); got != c.want {
			t.Errorf("amountText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAmountsInList: an amount that no key point carries (said in
// passing in a long sentence) is named in the list of mentions, in
// reading order; one a summary holds is not named twice.
func TestAmountsInList(t *testing.T) {
	for _, c := range []struct {
		sents   []string
		covered string
		want    string
	}{
		{[]string{"They discussed ways to widen the Harbor Initiative, which has drawn more than $2.7 billion in private commitments for the region since its launch.",
			"They also discussed Peru and Ecuador."},
			"", "Also: Harbor Initiative, $2.7 billion, Peru, Ecuador."},
		{[]string{"They discussed ways to widen the Harbor Initiative, which has drawn more than $2.7 billion in private commitments for the region since its launch."},
			"Lee said the initiative has drawn $2.7 billion.", "Also: Harbor Initiative."},
		{[]string{"They discussed the Harbor Initiative and Peru."}, "", "Also: Harbor Initiative, Peru."},
	} {
		var a analyzed
		for _, s := range c.sents {
			a.sents = append(a.sents, s)
			a.resolved = append(a.resolved, s)
			a.feats = append(a.feats, sentenceFeaturesWith(s, nil))
		}
		ms := withAmounts(mentionsOf(c.sents, speakers{}), []analyzed{a}, nil)
		if got := mentionsLine(ms, c.covered, 200); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.sents[0], got, c.want)
		}
	}
}

// TestPurposeBreaks: a meeting's sentence too long for its room is cut
// before its purpose ("to celebrate …", "to follow up on …"), as before
// "to discuss …"; a clause without a verb of meeting keeps its "to".
func TestPurposeBreaks(t *testing.T) {
	for _, c := range []struct {
		in    string
		limit int
		want  string
	}{
		{"Lee met with Roe of Chile, Doe of Peru, and Poe of Bolivia to celebrate the renewal of the Andean Water Compact.", 90,
			"Lee met with Roe of Chile, Doe of Peru, and Poe of Bolivia."},
		{"Lee spoke with Roe of the Republic of Chile to follow up on last week’s call between their two presidents.", 60,
			"Lee spoke with Roe of the Republic of Chile."},
		{"Lee spoke with Roe of the Republic of Chile to receive an update on the flooding in the south of the country.", 60,
			"Lee spoke with Roe of the Republic of Chile."},
		// No verb of meeting before it: the purpose is the sentence's.
		{"Lee urged all parties to continue the talks on the water compact in good faith and without delay.", 60, ""},
	} {
		got, ok := fitSentence(c.in, c.limit)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("fitSentence(%q, %d) = %q, want %q", c.in, c.limit, got, c.want)
		}
	}
}

// TestOneSectionCutToList: a readout of one section whose meeting's
// sentence fills its room with a purpose is summarized by the meeting
// alone when the list of mentions then names more of it.
func TestOneSectionCutToList(t *testing.T) {
	r, err := Parse(Document{Title: "Readout of the Advisor's Call with Minister Ana Roe of Chile", Publisher: "The White House", PublisherCountry: "US",
		Body: "Advisor Tom Lee spoke today with Minister Ana Roe of Chile to follow up on last month's meeting between President Clark and President Boric in Santiago. " +
			"The two discussed efforts to protect lithium supply chains and to expand port security cooperation in Valparaiso. " +
			"They agreed to meet again on the margins of the Summit of the Americas."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) != 1 {
		t.Fatalf("%d sections", len(r.Sections))
	}
	if s := r.Sections[0].Summary; strings.Contains(s, "to follow up") {
		t.Errorf("summary %q keeps its purpose; key points %q", s, r.KeyPoints)
	}
}

// TestTopicsSpendingAndCooperation: "spending" is a noun that qualifies
// a matter ("spending cuts", "defense spending"), not a participle; and
// cooperation is a matter in a field ("maritime cooperation"), not as
// "economic" or "security" cooperation, where the field alone is named.
func TestTopicsSpendingAndCooperation(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"They rejected the proposed spending cuts, which include cuts to schools.", []string{"spending cuts"}},
		{"They agreed to expand maritime cooperation in the strait.", []string{"maritime cooperation"}},
		{"They discussed policing and security cooperation in the region.", []string{"security"}},
		{"They agreed to deepen economic cooperation.", nil},
		// A region's, not a country's.
		{"They discussed efforts to expand Arctic cooperation.", []string{"Arctic cooperation"}},
		{"They praised Portuguese cooperation in education.", []string{"education"}},
		// A field that is a matter itself is named too; the list keeps
		// the phrase that holds it.
		{"They welcomed the defence cooperation agreement.", []string{"defence", "defence cooperation"}},
	} {
		got := topicPhrases(strings.Fields(c.in))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("topicPhrases(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMentionsNameAdjective: a name made an adjective by "-related" or
// "-led" is listed as the name ("African Union"), and one joined by "and"
// to a name before it goes ("Compacts of Free Association and
// Compact-related agreements" lists the Compacts); a hyphenated family
// name stays whole.
func TestMentionsNameAdjective(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"They welcomed the renewal of the Water Accords and Accord-related agreements with Chile.", "Also: Water Accords, Chile."},
		{"They discussed the Northern Union-led mission in the Sahel.", "Also: Northern Union, Sahel."},
		{"They discussed the visit of Kim Jae-hyun to Peru.", "Also: Kim Jae-hyun, Peru."},
	} {
		if got := mentionsLine(mentionsOf([]string{c.in}, speakers{}), "", 200); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestAnniversaryOfFounding: what turns a year older is the body, not
// its founding: "the 75th anniversary of the founding of the United
// Nations" is listed as the body's anniversary, whole, as "the
// establishment of" already was.
func TestAnniversaryOfFounding(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"They will mark the 75th anniversary of the founding of the United Nations.", "75th anniversary of United Nations"},
		{"This year marks the 30th anniversary of the creation of the Andean Forum.", "30th anniversary of Andean Forum"},
		{"Next year marks the 60th anniversary of the establishment of diplomatic relations.", "60th anniversary of diplomatic relations"},
	} {
		got := countryMemo{}.anniversaries(c.in)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("anniversaries(%q) = %q, want [%q]", c.in, got, c.want)
		}
	}
}
