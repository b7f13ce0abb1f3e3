package readout

import "testing"

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
