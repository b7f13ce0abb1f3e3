package anniversary_test

import (
	"errors"
	"testing"

	"github.com/readout-bot/readout/anniversary"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       string
		want     anniversary.Date
		wantPrec anniversary.Precision
		wantErr  bool
	}{
		{in: "1953-01-09", want: anniversary.Date{Year: 1953, Month: 1, Day: 9}, wantPrec: anniversary.Day},
		{in: "1958-04", want: anniversary.Date{Year: 1958, Month: 4}, wantPrec: anniversary.Month},
		{in: "1953", want: anniversary.Date{Year: 1953}, wantPrec: anniversary.Year},
		{in: " 1973 ", want: anniversary.Date{Year: 1973}, wantPrec: anniversary.Year},
		{in: "1940-02-29", want: anniversary.Date{Year: 1940, Month: 2, Day: 29}, wantPrec: anniversary.Day},
		{in: "2000-02-29", want: anniversary.Date{Year: 2000, Month: 2, Day: 29}, wantPrec: anniversary.Day},
		{in: "1900-02-29", wantErr: true},
		{in: "1953-02-30", wantErr: true},
		{in: "1953-13", wantErr: true},
		{in: "1953-00", wantErr: true},
		{in: "1953-01-00", wantErr: true},
		{in: "1953-1-9", wantErr: true},
		{in: "53", wantErr: true},
		{in: "0000", wantErr: true},
		{in: "", wantErr: true},
		{in: "-1953", wantErr: true},
		{in: "+953", wantErr: true},
		{in: "1953-01-09-01", wantErr: true},
		{in: "9 January 1953", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, prec, err := anniversary.ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, anniversary.ErrInvalidDate) {
					t.Fatalf("ParseDate(%q) error = %v, want ErrInvalidDate", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if got != tt.want || prec != tt.wantPrec {
				t.Errorf("ParseDate(%q) = %+v, %v; want %+v, %v", tt.in, got, prec, tt.want, tt.wantPrec)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1953-01-09", "1958-04", "1953", "2024-02-29", "1953-02-30", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, p, err := anniversary.ParseDate(s)
		if err != nil {
			return
		}
		back, p2, err := anniversary.ParseDate(d.Format(p))
		if err != nil || back != d || p2 != p {
			t.Fatalf("ParseDate(%q) = %+v %v, but its Format %q parses as %+v %v %v", s, d, p, d.Format(p), back, p2, err)
		}
	})
}

func TestOrdinal(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "1st"}, {2, "2nd"}, {3, "3rd"}, {4, "4th"}, {10, "10th"},
		{11, "11th"}, {12, "12th"}, {13, "13th"}, {21, "21st"}, {22, "22nd"},
		{23, "23rd"}, {70, "70th"}, {75, "75th"}, {101, "101st"}, {102, "102nd"},
		{111, "111th"}, {112, "112th"}, {113, "113th"}, {121, "121st"}, {0, "0th"},
	}
	for _, tt := range tests {
		if got := anniversary.Ordinal(tt.n); got != tt.want {
			t.Errorf("Ordinal(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestIsMilestone(t *testing.T) {
	tests := []struct {
		n    int
		want bool
	}{
		{-5, false}, {0, false}, {1, true}, {2, false}, {4, false}, {5, true},
		{10, true}, {11, false}, {69, false}, {70, true}, {75, true}, {101, false}, {150, true},
	}
	for _, tt := range tests {
		if got := anniversary.IsMilestone(tt.n); got != tt.want {
			t.Errorf("IsMilestone(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestFactOrdinal(t *testing.T) {
	f := anniversary.Fact{Since: anniversary.Date{Year: 1953, Month: 1, Day: 9}, Precision: anniversary.Day}
	if got := f.Ordinal(2023); got != 70 {
		t.Errorf("Ordinal(2023) = %d, want 70", got)
	}
	if got := f.Ordinal(1953); got != 0 {
		t.Errorf("Ordinal(1953) = %d, want 0", got)
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		f    anniversary.Fact
		want string
	}{
		{"sorted", anniversary.Fact{Parties: []string{"JP", "KH"}, Subject: "diplomatic relations"}, "JP-KH/diplomatic relations"},
		{"unsorted input", anniversary.Fact{Parties: []string{"KH", "JP"}, Subject: "diplomatic relations"}, "JP-KH/diplomatic relations"},
		{"case and spaces", anniversary.Fact{Parties: []string{" kh", "jp "}, Subject: "  Diplomatic   Relations "}, "JP-KH/diplomatic relations"},
		{"organisation", anniversary.Fact{Parties: []string{"JP", "ASEAN"}, Subject: "friendship and cooperation"}, "ASEAN-JP/friendship and cooperation"},
		{"single party", anniversary.Fact{Parties: []string{"JP"}, Subject: "UN membership"}, "JP/un membership"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Key(); got != tt.want {
				t.Errorf("Key() = %q, want %q", got, tt.want)
			}
		})
	}
	f := anniversary.Fact{Parties: []string{"KH", "JP"}}
	_ = f.Key()
	if f.Parties[0] != "KH" {
		t.Errorf("Key() reordered the caller's parties: %v", f.Parties)
	}
}

func TestValidate(t *testing.T) {
	good := anniversary.Fact{
		Parties:   []string{"JP", "KH"},
		Subject:   "diplomatic relations",
		Since:     anniversary.Date{Year: 1953},
		Precision: anniversary.Year,
		Source:    "https://example.org/jp-kh",
	}
	if err := good.Validate(); err != nil {
		t.Fatalf("Validate(good) = %v", err)
	}
	tests := []struct {
		name   string
		change func(*anniversary.Fact)
	}{
		{"no parties", func(f *anniversary.Fact) { f.Parties = nil }},
		{"three parties", func(f *anniversary.Fact) { f.Parties = []string{"JP", "KH", "LA"} }},
		{"unsorted", func(f *anniversary.Fact) { f.Parties = []string{"KH", "JP"} }},
		{"duplicate", func(f *anniversary.Fact) { f.Parties = []string{"JP", "JP"} }},
		{"lower case", func(f *anniversary.Fact) { f.Parties = []string{"jp", "kh"} }},
		{"alpha-3", func(f *anniversary.Fact) { f.Parties = []string{"JPN", "KHM"} }},
		{"unknown organisation", func(f *anniversary.Fact) { f.Parties = []string{"JP", "WXYZ"} }},
		{"empty subject", func(f *anniversary.Fact) { f.Subject = " " }},
		{"zero precision", func(f *anniversary.Fact) { f.Precision = 0 }},
		{"day missing", func(f *anniversary.Fact) { f.Precision = anniversary.Day }},
		{"bad source", func(f *anniversary.Fact) { f.Source = "ftp://example.org" }},
		{"empty source", func(f *anniversary.Fact) { f.Source = "" }},
		{"bare scheme", func(f *anniversary.Fact) { f.Source = "readout:" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := good
			f.Parties = append([]string(nil), good.Parties...)
			tt.change(&f)
			if err := f.Validate(); err == nil {
				t.Errorf("Validate(%+v) = nil, want an error", f)
			}
		})
	}
	for _, src := range []string{"readout:mofa-123", "user:U024BE7LH", "http://example.org/x"} {
		f := good
		f.Source = src
		if err := f.Validate(); err != nil {
			t.Errorf("Validate with source %q = %v, want nil", src, err)
		}
	}
}

func TestInvolving(t *testing.T) {
	facts := anniversary.Builtin()
	kh := anniversary.Involving(facts, "kh")
	if len(kh) < 2 {
		t.Fatalf("Involving(kh) returned %d facts, want at least JP-KH and KH-US", len(kh))
	}
	for _, f := range kh {
		if f.Parties[0] != "KH" && (len(f.Parties) < 2 || f.Parties[1] != "KH") {
			t.Errorf("Involving(kh) returned %s", f.Key())
		}
	}
}
