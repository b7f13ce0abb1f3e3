package anniversary_test

import (
	"testing"
	"time"

	"github.com/readout-bot/readout/anniversary"
)

var names = map[string]string{
	"JP": "Japan", "KH": "Cambodia", "ID": "Indonesia", "TH": "Thailand",
	"US": "United States", "ASEAN": "ASEAN",
}

func name(code string) string { return names[code] }

func TestReminderText(t *testing.T) {
	jpkh := fact(t, "JP-KH", "diplomatic relations", "1953-01-09")
	tests := []struct {
		name   string
		f      anniversary.Fact
		year   int
		offset int
		names  func(string) string
		want   string
	}{
		{"30 days", jpkh, 2028, 30, name, "In 30 days: 75th anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)"},
		{"7 days", jpkh, 2028, 7, name, "In 7 days: 75th anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)"},
		{"tomorrow", jpkh, 2024, 1, name, "Tomorrow: 71st anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)"},
		{"today", jpkh, 2023, 0, name, "Today: 70th anniversary of Japan–Cambodia diplomatic relations (established 9 January 1953)"},
		{"year precision", fact(t, "JP-KH", "diplomatic relations", "1953"), 2023, 0, name, "This year marks the 70th anniversary of Japan–Cambodia diplomatic relations (established 1953)"},
		{"month precision", fact(t, "ID-JP", "diplomatic relations", "1958-04"), 2023, 0, name, "This month marks the 65th anniversary of Indonesia–Japan diplomatic relations (established April 1958)"},
		{"treaty is signed", fact(t, "TH-US", "treaty of amity and commerce", "1833-03-20"), 2023, 0, name, "Today: 190th anniversary of Thailand–United States treaty of amity and commerce (signed 20 March 1833)"},
		{"organisation", fact(t, "ASEAN-JP", "friendship and cooperation", "1973"), 2023, 0, name, "This year marks the 50th anniversary of ASEAN–Japan friendship and cooperation (established 1973)"},
		{"nil names show codes", jpkh, 2023, 0, nil, "Today: 70th anniversary of JP–KH diplomatic relations (established 9 January 1953)"},
		{"unknown code shown as is", fact(t, "JP-ZZ", "diplomatic relations", "1960-12-11"), 2030, 0, name, "Today: 70th anniversary of Japan–ZZ diplomatic relations (established 11 December 1960)"},
		{"single party", fact(t, "JP", "UN membership", "1956-12-18"), 2026, 7, name, "In 7 days: 70th anniversary of Japan's UN membership (established 18 December 1956)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			occs := anniversary.Occurrences([]anniversary.Fact{tt.f}, day(time.UTC, tt.year, 1, 1), day(time.UTC, tt.year, 12, 31), time.UTC)
			if len(occs) != 1 {
				t.Fatalf("Occurrences in %d = %d, want 1", tt.year, len(occs))
			}
			r := anniversary.Reminder{Occurrence: occs[0], OffsetDays: tt.offset}
			if got := r.Text(tt.names); got != tt.want {
				t.Errorf("Text =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
