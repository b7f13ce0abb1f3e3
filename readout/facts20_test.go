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
