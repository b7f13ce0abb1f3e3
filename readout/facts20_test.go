package readout

import (
	"strings"
	"testing"
)

// TestOfficePortfolioNotMentioned: the portfolio of an office whose
// "Minister of" the name runs leave behind ("Foreign Affairs and
// International Cooperation", "Gambians Abroad", "Foreign Affairs and
// Security Policy") is no mention; a person or a body after it is.
func TestOfficePortfolioNotMentioned(t *testing.T) {
	for _, c := range []struct {
		s, run string
		want   bool
	}{
		{"The Minister of Foreign Affairs and International Cooperation received, at the Ministry, the envoy of Chad.", "Foreign Affairs and International Cooperation", true},
		{"He was received by the Minister of Foreign Affairs, International Cooperation and Gambians Abroad, Mr. Lamin Jobe.", "International Cooperation", true},
		{"He was received by the Minister of Foreign Affairs, International Cooperation and Gambians Abroad, Mr. Lamin Jobe.", "Gambians Abroad", true},
		{"She met the High Representative of the Union for Foreign Affairs and Security Policy in Brussels.", "Foreign Affairs and Security Policy", true},
		{"The Minister of Foreign Affairs of the Republic of Azerbaijan and his counterpart met.", "Foreign Affairs of the Republic of Azerbaijan", true},
		{"They welcomed the International Cooperation and Development Fund's new projects.", "International Cooperation and Development Fund", false},
		{"They discussed European Security and Defence with the Minister of Defence.", "European Security and Defence", false},
		{"The Minister of Foreign Affairs of Ruritania Jane Roe received him.", "Foreign Affairs of Ruritania Jane Roe", false},
	} {
		if got := officePortfolio(c.s, c.run, countryMemo{}); got != c.want {
			t.Errorf("officePortfolio(%q, %q) = %v, want %v", c.s, c.run, got, c.want)
		}
	}
}

// TestAmountRunNoName: "US$750" of "US$750 million" is no name of the
// list of mentions: the list names the amount whole.
func TestAmountRunNoName(t *testing.T) {
	for run, want := range map[string]bool{"US$750": true, "S$5": true, "NOK": false, "Type": false, "RMB": false} {
		if got := amountRun(run); got != want {
			t.Errorf("amountRun(%q) = %v, want %v", run, got, want)
		}
	}
	sents := []string{"The Board approved US$750 million for the project."}
	if got, want := mentionsLine(withAmountsOf(sents), "", 200), "Also: US$750 million."; got != want {
		t.Errorf("list %q, want %q", got, want)
	}
}

// withAmountsOf is mentionsOf with the amounts of sents, as
// keyPointsAndMentions makes them.
func withAmountsOf(sents []string) []mention {
	a := analyze(strings.Join(sents, " "), nil)
	return withAmounts(mentionsOf(a.resolved, speakers{}), []analyzed{a}, &sentCache{})
}

// TestAttendeesWeighLess: those who attended a meeting and the spokesman
// who reports it are listed after the matters of the meeting; a press
// contact's line is not listed.
func TestAttendeesWeighLess(t *testing.T) {
	sents := []string{
		"The two ministers discussed the Lobito Corridor and critical minerals.",
		"The meeting was also attended by the Vice Minister of Foreign Affairs, Jane Roe.",
		"Inquiries: Special Adviser John Doe, tel. +358 295 140 000",
	}
	if got, want := mentionsLine(mentionsOf(sents, speakers{}), "", 16+40), "Also: Lobito Corridor, critical minerals."; got != want {
		t.Errorf("list %q, want %q", got, want)
	}
	if got := mentionsLine(mentionsOf(sents, speakers{}), "", 200); containsText(got, "John Doe") || !containsText(got, "Jane Roe") {
		t.Errorf("list %q: want Jane Roe, not the contact John Doe", got)
	}
	for _, c := range []struct {
		s, run string
		want   bool
	}{
		{"Government Spokesman Stefan Roe issued the following statement:", "Spokesman Stefan Roe", true},
		{"Ambassador Jamal Doe, the official spokesman of the Secretary-General, stated that the meeting dealt with Somalia.", "Jamal Doe", true},
		{"Ambassador Jamal Doe, the official spokesman of the Secretary-General, stated that the meeting dealt with Somalia.", "Somalia", false},
	} {
		if got := spokesman(c.s, c.run); got != c.want {
			t.Errorf("spokesman(%q, %q) = %v, want %v", c.s, c.run, got, c.want)
		}
	}
}

// TestDatelineWithDash: "26.02.2025 - " and "Santo Domingo. - " open no
// summary: the post shows the day and the place.
func TestDatelineWithDash(t *testing.T) {
	for in, want := range map[string]string{
		"26.02.2025 - Minister Roe received Minister Doe of Ruritania.":        "Minister Roe received Minister Doe of Ruritania.",
		"Santo Domingo. - The Minister spoke with his Guatemalan counterpart.": "The Minister spoke with his Guatemalan counterpart.",
		"Santo Domingo. - the rest.":                                           "Santo Domingo. - the rest.",
		"Roe and Doe - the two ministers - met in Vienna to discuss trade.":    "Roe and Doe - the two ministers - met in Vienna to discuss trade.",
	} {
		if got := dropDateline(in); got != want {
			t.Errorf("dropDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGenreMatters: matters the genre's ministries discuss are topics of
// the list ("water management", "oil refining", "green hydrogen",
// "healthcare", "malaria vaccine", "minority"); "management" alone is
// none.
func TestGenreMatters(t *testing.T) {
	for _, c := range []struct{ sent, want string }{
		{"They discussed cooperation in water management and oil refining.", "Also: oil refining, water management."},
		{"Finland's companies are ready to invest in green hydrogen.", "Also: Finland, green hydrogen."},
		{"They agreed on projects in healthcare and on a new malaria vaccine.", "Also: healthcare, malaria vaccine."},
		{"The ministers praised the role of the minority in both countries.", "Also: minority."},
		{"The management of the project was praised.", ""},
		{"They will cooperate on the impacts of climate change and sea level rise.", "Also: climate, sea level rise."},
		{"Prices are on the rise.", ""},
	} {
		if got := mentionsLine(mentionsOf([]string{c.sent}, speakers{}), "", 200); got != c.want {
			t.Errorf("%q: list %q, want %q", c.sent, got, c.want)
		}
	}
}

// TestBodiesByTheirKind: "the Organization", "the Secretariat", "the two
// Ministries" name no body of their own in the list of mentions; a body's
// full name stays.
func TestBodiesByTheirKind(t *testing.T) {
	sents := []string{
		"The Secretary General thanked the Organization and the Secretariat for their support to the Mission.",
		"The two Ministries will sign the Treaty on the border, and the ASEAN Secretariat will host the talks on debt.",
	}
	if got, want := mentionsLine(mentionsOf(sents, speakers{}), "", 200), "Also: ASEAN Secretariat, border, debt."; got != want {
		t.Errorf("list %q, want %q", got, want)
	}
}

// TestAmountsAndClassesInTheList: a class of ship keeps its number ("Type
// 26"); a currency's code or sign before a figure findMoney does not read
// ("NOK 85 billion", "RM31.2 billion") is no name; a question's word opens
// no name ("What Kenya").
func TestAmountsAndClassesInTheList(t *testing.T) {
	sents := []string{
		"Norway chose the Type 26 frigates and set aside NOK 85 billion; trade reached RM31.2 billion.",
		"What Kenya offers is access to the East African market.",
	}
	got := mentionsLine(mentionsOf(sents, speakers{}), "", 200)
	for _, w := range []string{"Type 26", "Kenya"} {
		if !containsText(got, w) {
			t.Errorf("list %q: want %q", got, w)
		}
	}
	for _, w := range []string{"NOK", "RM31", "What"} {
		if containsText(got, w) {
			t.Errorf("list %q: want no %q", got, w)
		}
	}
}
