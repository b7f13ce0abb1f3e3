package digest

import (
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the same zone rules on every machine
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want, spec string
	}{
		{"daily 09:00 Asia/Tokyo", "daily 09:00 Asia/Tokyo", "CRON_TZ=Asia/Tokyo 0 9 * * *"},
		{"Daily 9:05", "daily 09:05 UTC", "CRON_TZ=UTC 5 9 * * *"},
		{"weekly mon 08:30 Europe/Paris", "weekly mon 08:30 Europe/Paris", "CRON_TZ=Europe/Paris 30 8 * * 1"},
		{"weekly Sunday 23:59 utc", "weekly sun 23:59 UTC", "CRON_TZ=UTC 59 23 * * 0"},
		{"weekly thurs 00:00 America/New_York", "weekly thu 00:00 America/New_York", "CRON_TZ=America/New_York 0 0 * * 4"},
	}
	for _, tt := range tests {
		s, err := Parse(tt.in, nil)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if s.String() != tt.want || s.Spec() != tt.spec {
			t.Errorf("Parse(%q) = %q, spec %q; want %q, %q", tt.in, s.String(), s.Spec(), tt.want, tt.spec)
		}
		again, err := Parse(s.String(), nil)
		if err != nil || again.String() != s.String() {
			t.Errorf("Parse(%q) again: %q, %v", s.String(), again.String(), err)
		}
	}
}

func TestParseDefaultZone(t *testing.T) {
	t.Parallel()
	s, err := Parse("daily 07:00", mustZone(t, "Asia/Phnom_Penh"))
	if err != nil || s.String() != "daily 07:00 Asia/Phnom_Penh" {
		t.Errorf("got %q, %v", s.String(), err)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", "say when"},
		{"daily 25:00", `"25:00" is not a time of day`},
		{"daily 9:60", `"9:60" is not a time of day`},
		{"daily 0900", `"0900" is not a time of day`},
		{"daily -1:00", `"-1:00" is not a time of day`},
		{"daily", "say at what time"},
		{"daily 09:00 Mars/Olympus", `"Mars/Olympus" is not a time zone I know`},
		{"daily 09:00 Local", `"Local" is not a time zone I know`},
		{"daily 09:00 Asia/Tokyo please", "too many words"},
		{"weekly funday 08:30", `"funday" is not a day of the week`},
		{"weekly mo 08:30", `"mo" is not a day of the week`},
		{"weekly", "needs a day and a time"},
		{"hourly 09:00", `"hourly" is not a digest frequency`},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in, nil)
		if err == nil || !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want a usage error with %q", tt.in, err, tt.want)
		}
	}
}

func TestDue(t *testing.T) {
	t.Parallel()
	tokyo := mustZone(t, "Asia/Tokyo")
	paris := mustZone(t, "Europe/Paris")
	daily, _ := Parse("daily 09:00 Asia/Tokyo", nil)
	weekly, _ := Parse("weekly mon 08:30 Europe/Paris", nil)
	at := func(loc *time.Location, s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	tests := []struct {
		name      string
		s         Schedule
		last, now time.Time
		want      time.Time // zero: none due
	}{
		{"before the time", daily, at(tokyo, "2026-12-07 08:00"), at(tokyo, "2026-12-07 08:59"), time.Time{}},
		{"at the time", daily, at(tokyo, "2026-12-07 08:00"), at(tokyo, "2026-12-07 09:00"), at(tokyo, "2026-12-07 09:00")},
		{"the same period again", daily, at(tokyo, "2026-12-07 09:00"), at(tokyo, "2026-12-07 20:00"), time.Time{}},
		{"the next day", daily, at(tokyo, "2026-12-07 09:00"), at(tokyo, "2026-12-08 09:00"), at(tokyo, "2026-12-08 09:00")},
		{"missed days collapse into the latest", daily, at(tokyo, "2026-12-01 09:00"), at(tokyo, "2026-12-08 10:00"), at(tokyo, "2026-12-08 09:00")},
		{"its zone, not UTC", daily, at(time.UTC, "2026-12-06 23:00"), at(time.UTC, "2026-12-07 00:00"), at(tokyo, "2026-12-07 09:00")},
		{"weekly: not on Sunday", weekly, at(paris, "2026-12-01 00:00"), at(paris, "2026-12-06 23:00"), time.Time{}},
		{"weekly: Monday 08:30", weekly, at(paris, "2026-12-01 00:00"), at(paris, "2026-12-07 08:30"), at(paris, "2026-12-07 08:30")},
		{"weekly across the DST change", weekly, at(paris, "2027-03-22 08:30"), at(paris, "2027-03-29 12:00"), at(paris, "2027-03-29 08:30")},
		{"off", Schedule{}, at(paris, "2026-12-01 00:00"), at(paris, "2027-12-01 00:00"), time.Time{}},
	}
	for _, tt := range tests {
		got, ok := tt.s.Due(tt.last, tt.now)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("%s: Due(%v, %v) = %v, %v; want %v", tt.name, tt.last, tt.now, got, ok, tt.want)
		}
	}
}

func TestParsePause(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want time.Duration
		err  string
	}{
		{"", 0, ""},
		{"for 7d", 7 * 24 * time.Hour, ""},
		{"for 12h", 12 * time.Hour, ""},
		{"FOR 2W", 14 * 24 * time.Hour, ""},
		{"for 7x", 0, `"7x" is not a length`},
		{"for d", 0, `"d" is not a length`},
		{"for 0d", 0, `"0d" is not a length`},
		{"for -3d", 0, `"-3d" is not a length`},
		{"for 60w", 0, "longer than a year"},
		{"for", 0, "as one word"},
		{"7d", 0, "pause for 7d"},
	}
	for _, tt := range tests {
		got, err := ParsePause(strings.Fields(tt.in))
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("ParsePause(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		case tt.err != "" && (err == nil || !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParsePause(%q) = %v, %v; want a usage error with %q", tt.in, got, err, tt.err)
		}
	}
}
