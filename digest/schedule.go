// Package digest gathers a channel's readouts into one message per period
// (a daily or weekly digest) and holds them while the channel is paused:
// the schedules and pause lengths people type, which periods are due, and
// the service that turns what a channel holds into outbox deliveries at
// the end of each period or of a pause.
//
// Time is always passed in: Schedule.Due says which period ended between
// two instants, so that tests drive the clock instead of waiting for it.
package digest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Frequency is how often a digest is posted.
type Frequency string

// Frequencies.
const (
	Daily  Frequency = "daily"
	Weekly Frequency = "weekly"
)

// Schedule is when a channel's digest is posted: every day, or every week
// on Weekday, at Hour:Minute in Location.
type Schedule struct {
	Frequency Frequency
	Weekday   time.Weekday // Weekly only
	Hour      int
	Minute    int
	Location  *time.Location

	cron cron.Schedule
}

// parser reads the five-field specs Spec writes, with their CRON_TZ.
var parser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow)

// ErrUsage is wrapped by every error Parse returns; its text says what
// was wrong and what to write instead.
var ErrUsage = errors.New("digest")

// usageError is a mistake in what someone typed, explained.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUsage}, args...)...)
}

// Examples of the accepted forms, for messages.
const (
	ExampleDaily  = "daily 09:00 Asia/Tokyo"
	ExampleWeekly = "weekly mon 08:30 Europe/Paris"
)

// Parse reads a schedule as typed after `/readout digest` or written in
// the configuration file: "daily 09:00 Asia/Tokyo" or "weekly mon 08:30
// Europe/Paris". The time zone is an IANA name; without one, def (UTC
// when nil). Every mistake gets an error saying what is wrong.
func Parse(s string, def *time.Location) (Schedule, error) {
	words := strings.Fields(s)
	if len(words) == 0 {
		return Schedule{}, usageError("say when: %q or %q", ExampleDaily, ExampleWeekly)
	}
	var sch Schedule
	switch strings.ToLower(words[0]) {
	case "daily", "day", "every-day":
		sch.Frequency = Daily
		words = words[1:]
	case "weekly", "week":
		sch.Frequency = Weekly
		words = words[1:]
		if len(words) == 0 {
			return Schedule{}, usageError("a weekly digest needs a day and a time, e.g. %q", ExampleWeekly)
		}
		wd, ok := weekday(words[0])
		if !ok {
			return Schedule{}, usageError("%q is not a day of the week: use mon, tue, wed, thu, fri, sat or sun, e.g. %q",
				clip(words[0]), ExampleWeekly)
		}
		sch.Weekday = wd
		words = words[1:]
	default:
		return Schedule{}, usageError("%q is not a digest frequency: use daily or weekly, e.g. %q or %q",
			clip(words[0]), ExampleDaily, ExampleWeekly)
	}
	if len(words) == 0 {
		return Schedule{}, usageError("say at what time, e.g. %q", ExampleDaily)
	}
	h, m, err := clock(words[0])
	if err != nil {
		return Schedule{}, err
	}
	sch.Hour, sch.Minute = h, m
	words = words[1:]
	sch.Location = def
	if sch.Location == nil {
		sch.Location = time.UTC
	}
	switch len(words) {
	case 0:
	case 1:
		loc, err := Zone(words[0])
		if err != nil {
			return Schedule{}, err
		}
		sch.Location = loc
	default:
		return Schedule{}, usageError("too many words after the time: %q; write e.g. %q",
			clip(strings.Join(words, " ")), ExampleDaily)
	}
	if err := sch.compile(); err != nil {
		return Schedule{}, err
	}
	return sch, nil
}

// Zone loads an IANA time zone by name ("Asia/Tokyo", "UTC"). "Local" and
// names the zone database does not have are refused with a usage error.
func Zone(name string) (*time.Location, error) {
	if strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt") || name == "Z" {
		return time.UTC, nil
	}
	if name == "" || strings.EqualFold(name, "local") {
		return nil, usageError("%q is not a time zone I know: use an IANA name such as Asia/Tokyo, Europe/Paris or UTC", clip(name))
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, usageError("%q is not a time zone I know: use an IANA name such as Asia/Tokyo, Europe/Paris or UTC", clip(name))
	}
	return loc, nil
}

// clip shortens what someone typed for quoting it back.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// weekday reads "mon", "Monday", "tues", "thurs".
func weekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(strings.TrimRight(s, ",.;"))
	if len(s) < 3 {
		return 0, false
	}
	d, ok := weekdays[s[:3]]
	if !ok {
		return 0, false
	}
	full := strings.ToLower(d.String())
	// "mon", "monday", and the usual short forms "tues", "wednes", "thur".
	if !strings.HasPrefix(full, s) {
		return 0, false
	}
	return d, true
}

// clock reads "09:00", "9:00" or "21:30".
func clock(s string) (hour, minute int, err error) {
	bad := usageError("%q is not a time of day: write HH:MM from 00:00 to 23:59, e.g. 09:00", clip(s))
	hs, ms, ok := strings.Cut(s, ":")
	if !ok || len(hs) < 1 || len(hs) > 2 || len(ms) != 2 {
		return 0, 0, bad
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 || strings.ContainsAny(s, "+-") {
		return 0, 0, bad
	}
	return h, m, nil
}

// Spec is the schedule as a robfig/cron spec with its time zone:
// "CRON_TZ=Asia/Tokyo 0 9 * * *".
func (s Schedule) Spec() string {
	dow := "*"
	if s.Frequency == Weekly {
		dow = strconv.Itoa(int(s.Weekday))
	}
	return fmt.Sprintf("CRON_TZ=%s %d %d * * %s", s.location().String(), s.Minute, s.Hour, dow)
}

func (s Schedule) location() *time.Location {
	if s.Location == nil {
		return time.UTC
	}
	return s.Location
}

// compile parses Spec with robfig/cron, which computes the periods.
func (s *Schedule) compile() error {
	c, err := parser.Parse(s.Spec())
	if err != nil {
		return fmt.Errorf("digest schedule %q: %w", s.Spec(), err)
	}
	s.cron = c
	return nil
}

// String is the schedule as Parse reads it: "daily 09:00 Asia/Tokyo",
// "weekly mon 08:30 Europe/Paris".
func (s Schedule) String() string {
	if s.Frequency == "" {
		return ""
	}
	at := fmt.Sprintf("%02d:%02d %s", s.Hour, s.Minute, s.location().String())
	if s.Frequency == Weekly {
		return fmt.Sprintf("weekly %s %s", strings.ToLower(s.Weekday.String()[:3]), at)
	}
	return "daily " + at
}

// Describe is the schedule for people: "every day at 09:00 (Asia/Tokyo)",
// "every Monday at 08:30 (Europe/Paris)".
func (s Schedule) Describe() string {
	day := "every day"
	if s.Frequency == Weekly {
		day = "every " + s.Weekday.String()
	}
	return fmt.Sprintf("%s at %02d:%02d (%s)", day, s.Hour, s.Minute, s.location().String())
}

// IsZero reports whether s is no schedule (digest off).
func (s Schedule) IsZero() bool { return s.Frequency == "" }

// Next is the end of the first period after t.
func (s Schedule) Next(t time.Time) time.Time {
	if s.cron == nil {
		if err := s.compile(); err != nil {
			return time.Time{}
		}
	}
	return s.cron.Next(t)
}

// maxCatchUp bounds the periods Due steps through: a daemon down for
// years catches up from the last of them.
const maxCatchUp = 1000

// Due returns the end of the latest period that ended after last and not
// after now, and whether there is one. Periods missed while the daemon
// was down collapse into that one: the digest then holds everything since
// last.
func (s Schedule) Due(last, now time.Time) (time.Time, bool) {
	if s.IsZero() {
		return time.Time{}, false
	}
	if d := now.Sub(last); d > maxCatchUp*24*time.Hour {
		last = now.Add(-maxCatchUp * 24 * time.Hour)
	}
	t := s.Next(last)
	if t.IsZero() || t.After(now) {
		return time.Time{}, false
	}
	for {
		n := s.Next(t)
		if n.IsZero() || n.After(now) {
			return t, true
		}
		t = n
	}
}
