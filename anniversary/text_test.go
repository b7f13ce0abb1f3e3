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
		{"30 days", jpkh, 2028, 30, name, "In 30 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: example.org)"},
		{"7 days", jpkh, 2028, 7, name, "In 7 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: example.org)"},
		{"tomorrow", jpkh, 2024, 1, name, "Tomorrow: 71 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: example.org)"},
		{"today", jpkh, 2023, 0, name, "Today: 70 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: example.org)"},
		{"year precision", fact(t, "JP-KH", "diplomatic relations", "1953"), 2023, 0, name, "This year: 70 years of diplomatic relations between Japan and Cambodia (established 1953, source: example.org)"},
		{"month precision", fact(t, "ID-JP", "diplomatic relations", "1958-04"), 2023, 0, name, "This month: 65 years of diplomatic relations between Indonesia and Japan (established April 1958, source: example.org)"},
		{"treaty is signed", fact(t, "TH-US", "treaty of amity and commerce", "1833-03-20"), 2023, 0, name, "Today: 190 years of treaty of amity and commerce between Thailand and United States (signed 20 March 1833, source: example.org)"},
		{"organisation", fact(t, "ASEAN-JP", "friendship and cooperation", "1973"), 2023, 0, name, "This year: 50 years of friendship and cooperation between ASEAN and Japan (established 1973, source: example.org)"},
		{"nil names show codes", jpkh, 2023, 0, nil, "Today: 70 years of diplomatic relations between JP and KH (established 9 January 1953, source: example.org)"},
		{"unknown code shown as is", fact(t, "JP-ZZ", "diplomatic relations", "1960-12-11"), 2030, 0, name, "Today: 70 years of diplomatic relations between Japan and ZZ (established 11 December 1960, source: example.org)"},
		{"single party", fact(t, "JP", "UN membership", "1956-12-18"), 2026, 7, name, "In 7 days: 70 years of Japan's UN membership (established 18 December 1956, source: example.org)"},
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
