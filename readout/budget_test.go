package readout

import (
	"strings"
	"testing"
)

func TestSummaryBudget(t *testing.T) {
	tests := []struct {
		name    string
		n, want int
	}{
		{"a long readout: a quarter less a twenty-fifth", 2000, 480},
		{"a readout of 583 characters already has the least room", 600, 144},
		{"a short readout gets the least room", 450, 135},
		{"within three tenths of the shortest", 300, 90},
		{"nothing", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaryBudget(tt.n); got != tt.want {
				t.Errorf("summaryBudget(%d) = %d, want %d", tt.n, got, tt.want)
			}
		})
	}
}

// A short readout names the meeting and what it discussed: its list of
// mentions has room for more than one or two names.
func TestShortReadoutListsItsMatters(t *testing.T) {
	body := "Secretary Jane Roe met with Norwegian Foreign Minister Ola Berg in Washington today. " +
		"Secretary Roe thanked Foreign Minister Berg for Norway’s support in Haiti and Sudan, and for its leadership in the Arctic Council. " +
		"They also discussed other regional and global concerns, including developments in Venezuela, Myanmar, and Libya."
	r, err := Parse(Document{Title: "Secretary Roe’s Meeting with Norwegian Foreign Minister Berg", Body: body, PublisherCountry: "US"})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(r.KeyPoints, "\n")
	for _, s := range r.Sections {
		all += "\n" + s.Summary
	}
	for _, want := range []string{"Berg", "Norway", "Haiti", "Sudan", "Venezuela", "Myanmar", "Libya"} {
		if !strings.Contains(all, want) {
			t.Errorf("summaries and key points miss %q:\n%s", want, all)
		}
	}
	if n, max := runeCount(all), int(shortShare*float64(runeCount(r.Body)))+1; n > max {
		t.Errorf("summaries and key points take %d characters, more than %d:\n%s", n, max, all)
	}
}
