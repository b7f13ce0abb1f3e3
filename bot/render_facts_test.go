package bot

import (
	"math"
	"testing"

	"github.com/readout-bot/readout/readout"
)

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		amount   float64
		currency string
		want     string
	}{
		{150_000_000, "JPY", "¥150 million"},
		{1_500_000_000, "JPY", "¥1.5 billion"},
		{2e9, "USD", "$2 billion"},
		{5e6, "usd", "$5 million"},
		{20e6, "EUR", "€20 million"},
		{10e6, "GBP", "£10 million"},
		{3e12, "KRW", "₩3 trillion"},
		{1_234_567, "EUR", "€1,234,567"},
		{2_345_678_901, "USD", "$2,345,678,901"},
		{12.5, "USD", "$12.50"},
		{999.999, "USD", "$1,000"},
		{250_000, "CHF", "CHF 250,000"},
		{100, "", "100"},
		{100, "dollars", "100"},
		{0, "USD", ""},
		{-5, "USD", ""},
		{math.NaN(), "USD", ""},
		{math.Inf(1), "USD", ""},
	}
	for _, tt := range tests {
		if got := formatMoney(tt.amount, tt.currency); got != tt.want {
			t.Errorf("formatMoney(%v, %q) = %q, want %q", tt.amount, tt.currency, got, tt.want)
		}
	}
}

func TestAnniversaryText(t *testing.T) {
	tests := []struct {
		a    readout.Anniversary
		want string
	}{
		{
			readout.Anniversary{Ordinal: 70, Subject: "establishment of diplomatic relations", Countries: []string{"JP", "KH"}, Year: 2023},
			"70th of diplomatic relations (Japan–Cambodia, 2023)",
		},
		{
			readout.Anniversary{Ordinal: 50, Subject: "ASEAN-Japan Friendship and Cooperation", Countries: []string{"JP"}, Orgs: []string{"ASEAN"}, Year: 2023},
			"50th of ASEAN-Japan Friendship and Cooperation (2023)",
		},
		{
			readout.Anniversary{Ordinal: 30, Subject: "UN Peace Keeping Operation (PKO) deployment to Cambodia", Countries: []string{"KH"}, Year: 2022},
			"30th of UN Peace Keeping Operation (PKO) deployment to Cambodia (2022)",
		},
		{
			readout.Anniversary{Ordinal: 1, Subject: "year of the strategic partnership", Year: 2025},
			"1st year of the strategic partnership (2025)",
		},
		{readout.Anniversary{Ordinal: 22, Subject: "diplomatic relations"}, "22nd of diplomatic relations"},
		{readout.Anniversary{Ordinal: 65, Subject: "signing of the Treaty of Amity", Countries: []string{"TH"}, Year: 2027}, "65th of the signing of the Treaty of Amity (Thailand, 2027)"},
		{readout.Anniversary{Ordinal: 10, Subject: "Anniversary of the Strategic Partnership", Year: 2024}, "10th of the Strategic Partnership (2024)"},
		{readout.Anniversary{Ordinal: 13, Countries: []string{"US", "IN"}, Year: 2026}, "13th (United States–India, 2026)"},
		{readout.Anniversary{Ordinal: 0, Subject: "relations"}, ""},
	}
	for _, tt := range tests {
		if got := anniversaryText(tt.a); got != tt.want {
			t.Errorf("anniversaryText(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := map[int]string{0: "", -3: "", 40: "about 40 min", 60: "about 1 h", 130: "about 2 h 10 min", 125: "about 2 h 5 min"}
	for minutes, want := range tests {
		if got := formatDuration(minutes); got != want {
			t.Errorf("formatDuration(%d) = %q, want %q", minutes, got, want)
		}
	}
}

func TestContextLine(t *testing.T) {
	tests := []struct {
		name string
		r    readout.Readout
		want string
	}{
		{
			"kind named in the title",
			readout.Readout{Title: "Japan-Cambodia Summit Meeting", Publisher: "MOFA Japan",
				Meeting: readout.Meeting{Kind: "summit meeting", Date: "2022-03-20", StartLocal: "17:35", DurationMinutes: 130, Location: "Phnom Penh"}},
			"MOFA Japan · 20 Mar 2022 · 17:35 local · about 2 h 10 min · Phnom Penh",
		},
		{
			"kind not in the title",
			readout.Readout{Title: "Japan-Viet Nam Relations", Publisher: "MOFA Japan", Meeting: readout.Meeting{Kind: "telephone talk", Date: "2024-1-5"}},
			"Telephone talk · MOFA Japan · 2024-1-5",
		},
		{"nothing", readout.Readout{}, ""},
	}
	for _, tt := range tests {
		if got := contextLine(&tt.r); got != tt.want {
			t.Errorf("%s: contextLine = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestStripEmphasis(t *testing.T) {
	tests := []struct {
		in   string
		mark byte
		want string
	}{
		{"*Outset*: both leaders", '*', "Outset: both leaders"},
		{"*Bilateral relations*", '*', "Bilateral relations"},
		{"2 * 3 * 4", '*', "2 * 3 * 4"},
		{"a*b*c", '*', "a*b*c"},
		{"_…and 2 more sections in the thread_", '_', "…and 2 more sections in the thread"},
		{"file_name_here", '_', "file_name_here"},
		{"*Pledges:* ¥150 million", '*', "Pledges: ¥150 million"},
	}
	for _, tt := range tests {
		if got := stripEmphasis(tt.in, tt.mark); got != tt.want {
			t.Errorf("stripEmphasis(%q, %q) = %q, want %q", tt.in, tt.mark, got, tt.want)
		}
	}
}
