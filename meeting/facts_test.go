package meeting

import (
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
)

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Mr. KISHIDA Fumio", "Fumio Kishida", true},
		{"Joseph R. Biden, Jr.", "Joe Biden", true},
		{"Samdech Moha Borvor Thipadei Hun Manet", "Hun Manet", true},
		{"Nguyễn Phú Trọng", "Nguyen Phu Trong", true},
		{"Xi Jinping", "Wang Yi", false},
		{"Rishi Sunak", "Anthony Albanese", false},
		{"Jr.", "Joseph R. Biden, Jr.", false},
	}
	for _, tt := range tests {
		got := samePerson(Person{tokens: nameTokens(tt.a)}, Person{tokens: nameTokens(tt.b)})
		if got != tt.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v (%q, %q)", tt.a, tt.b, got, tt.want, nameTokens(tt.a), nameTokens(tt.b))
		}
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		name     string
		r        readout.Readout
		from, to string
	}{
		{"a day in Tokyo or Washington",
			readout.Readout{Parties: []string{"US", "JP"}, Meeting: readout.Meeting{Date: "2024-01-15"}},
			"2024-01-14T14:00:00Z", "2024-01-16T05:00:00Z"},
		{"a start time and duration",
			readout.Readout{Parties: []string{"JP", "KR"}, Meeting: readout.Meeting{Date: "2024-01-10", StartLocal: "20:00", DurationMinutes: 20}},
			"2024-01-10T10:00:00Z", "2024-01-10T11:21:00Z"},
		{"an unknown time zone could be anywhere",
			readout.Readout{Parties: []string{"JP", "TV"}, Meeting: readout.Meeting{Date: "2024-01-10"}},
			"2024-01-09T09:00:00Z", "2024-01-11T12:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := window(&tt.r, tt.r.Meeting.Date, false)
			if got := from.Format(time.RFC3339); got != tt.from {
				t.Errorf("from = %s, want %s", got, tt.from)
			}
			if got := to.Format(time.RFC3339); got != tt.to {
				t.Errorf("to = %s, want %s", got, tt.to)
			}
		})
	}
}

// TestSameIsMatch: Same, which stops at the first failed check, agrees
// with Match on every fixture pair and near miss.
func TestSameIsMatch(t *testing.T) {
	var all [][2]string
	for _, p := range pairs {
		all = append(all, [2]string{p.a, p.b})
	}
	for _, m := range misses {
		all = append(all, [2]string{m.a, m.b})
	}
	for _, p := range all {
		a, b := FactsOf(load(t, p[0])), FactsOf(load(t, p[1]))
		if got, want := Same(a, b), MatchFacts(a, b).Same; got != want {
			t.Errorf("%s, %s: Same = %v, Match = %v", p[0], p[1], got, want)
		}
	}
}
