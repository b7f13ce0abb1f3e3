package readout

import (
	"slices"
	"testing"
)

// TestAmountWeight: a sum in millions or more weighs in the list as a
// name does; a price or a rate ("US$ 12 per person") as a topic.
func TestAmountWeight(t *testing.T) {
	for _, c := range []struct {
		fold string
		want int
	}{
		{"us$ 73 million", 2},
		{"nok 85 billion", 2},
		{"€6.5 million", 2},
		{"us$ 12", 1},
		{"$500", 1},
	} {
		if got := amountWeight(c.fold); got != c.want {
			t.Errorf("amountWeight(%q) = %d, want %d", c.fold, got, c.want)
		}
	}
}

// TestAmountsOutrankTopics: a grant in millions comes before the matters
// of its sentence when the list has room for one of them, and a rate
// stays behind them.
func TestAmountsOutrankTopics(t *testing.T) {
	ms := []mention{
		{text: "ocean protection", fold: "ocean protection", pos: 0, weight: 1, count: 1},
		{text: "US$ 12", fold: "us$ 12", pos: 0, weight: int32(amountWeight("us$ 12")), count: 1},
		{text: "US$ 40 million", fold: "us$ 40 million", pos: 1, weight: int32(amountWeight("us$ 40 million")), count: 1},
	}
	// Room for one: the label's room, the item and its separator.
	got := mentionsLine(ms, "", labelRoom+len("US$ 40 million")+2)
	if want := "Also: US$ 40 million."; got != want {
		t.Errorf("mentionsLine = %q, want %q", got, want)
	}
}

// TestPledgeDollarFigures: a dollar findMoney does not read ("EC$", "TT$")
// before a figure is no name of its own, and its amount is listed as a
// figure, weighing as an amount.
func TestPledgeDollarFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Minister Vale announced a grant of EC$ 15 million for the new hospital wing in Castries.", []string{"EC$ 15 million"}},
		{"The Bank will lend TT$ 40 million to the port authority.", []string{"TT$ 40 million"}},
		// A price without a scale is no amount worth a mention.
		{"Tickets cost EC$ 15 at the gate.", nil},
	} {
		if got := figurePhrases(c.s); !slices.Equal(got, c.want) {
			t.Errorf("figurePhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	s := "Minister Vale announced a grant of EC$ 15 million for the new hospital wing in Castries."
	if !currencyBeforeFigure(s, "EC$") {
		t.Errorf("currencyBeforeFigure(%q, \"EC$\") = false, want true", s)
	}
	ms := withFigures(nil, []string{s})
	if len(ms) != 1 || ms[0].weight != 2 {
		t.Errorf("withFigures(%q) = %+v, want one mention of weight 2", s, ms)
	}
}

// TestBuildingNames: the room or the building where they met names no
// matter of the meeting; a body named after a building's word ("House of
// Representatives") is no building.
func TestBuildingNames(t *testing.T) {
	for _, c := range []struct {
		run  string
		want bool
	}{
		{"Credentials Room", true},
		{"Kalayaan Hall", true},
		{"Old Admiralty Building", true},
		{"Vaduz Castle", true},
		{"Itamaraty Palace", true},
		{"Hall", true},
		{"House of Representatives", false},
		{"Hall of the Americas", false},
		{"White House", false},
		{"Pacific Islands Forum", false},
	} {
		if got := venueName(c.run); got != c.want {
			t.Errorf("venueName(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// TestAnniversaryBeforeDate: "on" before a day or a month opens the date
// the anniversary falls on, which is no part of what it is of.
func TestAnniversaryBeforeDate(t *testing.T) {
	cm := countryMemo{}
	for _, c := range []struct {
		s, want string
	}{
		{"The two countries mark the 63rd anniversary of diplomatic relations on 5 September.", "63rd anniversary of diplomatic relations"},
		{"They welcomed the first anniversary of its signing on June 19.", "first anniversary of its signing"},
		{"They marked the 30th anniversary of the peace accord this year.", "30th anniversary of peace accord"},
	} {
		got := cm.anniversaries(c.s)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("anniversaries(%q) = %q, want [%q]", c.s, got, c.want)
		}
	}
}

// TestGoodsAsTopics: the goods and sectors of trade and aid readouts are
// matters the list may name ("tractors", "dairy", "lithium and copper");
// "oil" is none alone ("the Adriatic oil pipeline").
func TestGoodsAsTopics(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Special attention was paid to the supply of dairy products, fertilisers and tractors to the market.", []string{"dairy", "fertilisers", "tractors"}},
		{"They discussed the interest of state companies in lithium and copper for batteries.", []string{"lithium", "copper"}},
		{"They signed agreements on halal certification and on mining and geology.", []string{"halal", "mining"}},
		{"Croatia offers the LNG terminal and the Adriatic oil pipeline.", nil},
	} {
		if got := topicPhrases(appendFields(nil, c.s)); !slices.Equal(got, c.want) {
			t.Errorf("topicPhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestDropPlaceAfterCopula: the place after "was"/"is" is its clause's
// predicate: "who was in Geneva for meetings" keeps it (without it, "who
// was for meetings"); "who is in Geneva on a visit" reads whole without it.
func TestDropPlaceAfterCopula(t *testing.T) {
	for _, c := range []struct{ in, place, want string }{
		{"Okafor met with Ati, who was in Geneva for meetings with members.", "Geneva",
			"Okafor met with Ati, who was in Geneva for meetings with members."},
		{"Okafor met with Ati, who is in Geneva on a working visit.", "Geneva",
			"Okafor met with Ati, who is on a working visit."},
		{"Okafor met with Ati in Geneva for talks.", "Geneva", "Okafor met with Ati for talks."},
	} {
		if got := dropPlace(c.in, c.place); got != c.want {
			t.Errorf("dropPlace(%q, %q) = %q, want %q", c.in, c.place, got, c.want)
		}
	}
}

// TestOtherOfficeBeforeName: "The Director-General and Minister Ati"
// names Ati once: the other side's office before its holder's own name
// goes ("Ati Ati" was left).
func TestOtherOfficeBeforeName(t *testing.T) {
	sp := speakers{offices: longestFirst(map[string]string{"Director-General": "Okafor"}),
		otherOffices: longestFirst(map[string]string{"Minister": "Ati"})}
	for _, c := range []struct{ in, want string }{
		{"The Director-General and Minister Ati discussed the agreement.", "Okafor and Ati discussed the agreement."},
		{"The Director-General and Minister discussed the agreement.", "Okafor and Ati discussed the agreement."},
	} {
		if got := sp.name(c.in); got != c.want {
			t.Errorf("name(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBigFigures: a count of ten thousand or more weighs in the list as a
// name; smaller counts weigh as topics.
func TestBigFigures(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"16,000 migrants", true},
		{"150,000 workers", true},
		{"1.7 million barrels", true},
		{"170 thousand Koreans", true},
		{"1,200 projects", false},
		{"400 Cuban doctors", false},
		{"3.5 percent", false},
		{"2 hundred people", false},
	} {
		if got := bigFigure(c.t); got != c.want {
			t.Errorf("bigFigure(%q) = %v, want %v", c.t, got, c.want)
		}
	}
	ms := withFigures(nil, []string{"The programme helped more than 16,000 migrants and 400 doctors."})
	var ws []int32
	for _, m := range ms {
		ws = append(ws, m.weight)
	}
	if !slices.Equal(ws, []int32{2, 1}) {
		t.Errorf("withFigures weights = %v, want [2 1] (%+v)", ws, ms)
	}
}
