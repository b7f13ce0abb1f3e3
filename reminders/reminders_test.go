package reminders_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/reminders"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// clock is the injected time; tests move it, nothing sleeps.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// env is a service on a database file that a test can close and reopen.
type env struct {
	t     *testing.T
	path  string
	clock *clock
	store *storage.Store
	svc   *reminders.Service
	wakes int
}

// The store implements what the service declares it needs.
var _ reminders.Store = (*storage.Store)(nil)

func newEnv(t *testing.T, start time.Time, channels ...reminders.Channel) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "readout.db"), clock: &clock{start}}
	e.open()
	e.svc = &reminders.Service{
		Store:    e.store,
		Builtin:  []anniversary.Fact{}, // tests that want the real table set nil
		Channels: channels,
		Location: time.UTC,
		Offsets:  []int{30, 7, 0},
		Notify:   func() { e.wakes++ },
		Now:      e.clock.now,
	}
	return e
}

func (e *env) open() {
	e.t.Helper()
	s := storagetest.OpenPath(e.t, e.path, storage.Options{Now: e.clock.now})
	e.store = s
	if e.svc != nil {
		e.svc.Store = s
	}
}

// restart closes the database and opens it again, as a daemon restart
// does.
func (e *env) restart() {
	e.t.Helper()
	if err := e.store.Close(); err != nil {
		e.t.Fatal(err)
	}
	e.open()
}

// run runs the service at t and returns the deliveries it enqueued.
func (e *env) run(t time.Time) []readout.Delivery {
	e.t.Helper()
	before, err := e.store.Pending()
	if err != nil {
		e.t.Fatal(err)
	}
	e.clock.t = t
	n, err := e.svc.Run(e.t.Context())
	if err != nil {
		e.t.Fatalf("run at %v: %v", t, err)
	}
	after, err := e.store.Pending()
	if err != nil {
		e.t.Fatal(err)
	}
	if got := len(after) - len(before); got != n {
		e.t.Fatalf("run at %v: reported %d enqueued, outbox grew by %d", t, n, got)
	}
	return after[len(before):]
}

// add adds a fact as a user would.
func (e *env) add(args string) {
	e.t.Helper()
	reply, err := e.svc.Add(e.t.Context(), "U0ADMIN", strings.Fields(args))
	if err != nil {
		e.t.Fatal(err)
	}
	if !strings.HasPrefix(reply, "Saved: ") {
		e.t.Fatalf("add %q: got reply %q", args, reply)
	}
}

// sent is what one delivery says, for comparisons: "C1 2027-12-10 <text>".
type sent struct{ channel, day, text string }

func (s sent) String() string { return s.channel + " " + s.day + " " + s.text }

// daily runs the service every day from first to last at hh:mm in loc
// (twice a day when twice is set, as two daemons' cron would), calling
// between(day) before each day's runs, and returns what was enqueued.
func (e *env) daily(first, last time.Time, hh, mm int, loc *time.Location, twice bool, between func(time.Time)) []sent {
	e.t.Helper()
	var out []sent
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		at := time.Date(d.Year(), d.Month(), d.Day(), hh, mm, 0, 0, loc)
		if between != nil {
			between(at)
		}
		runs := []time.Time{at}
		if twice {
			runs = append(runs, at.Add(5*time.Minute))
		}
		for _, r := range runs {
			for _, del := range e.run(r) {
				out = append(out, sent{del.Channel, at.Format(time.DateOnly), del.Text})
			}
		}
	}
	return out
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func sentStrings(s []sent) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = x.String()
	}
	return out
}

func checkSent(t *testing.T, got []sent, want []string) {
	t.Helper()
	if g := sentStrings(got); !slices.Equal(g, want) {
		t.Errorf("reminders sent:\ngot  %q\nwant %q", g, want)
	}
}

var cambodia = reminders.Channel{ID: "C1", Countries: []string{"KH"}}

func TestOffsetsFireOnceAcrossRestart(t *testing.T) {
	e := newEnv(t, date(2027, 11, 1), cambodia)
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	got := e.daily(date(2027, 12, 1), date(2028, 1, 15), 9, 0, time.UTC, true, func(at time.Time) {
		if at.Day() == 20 || at.Day() == 5 { // a restart on 20 Dec and on 5 Jan
			e.restart()
		}
	})
	checkSent(t, got, []string{
		"C1 2027-12-10 In 30 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)",
		"C1 2028-01-02 In 7 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)",
		"C1 2028-01-09 Today: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)",
	})
	if e.wakes != 3 {
		t.Errorf("deliverer woken %d times, want 3 (once per run that enqueued)", e.wakes)
	}
	for _, off := range []int{30, 7, 0} {
		if ok, err := e.store.Reminded("C1", "JP-KH/diplomatic relations", 2028, off); err != nil || !ok {
			t.Errorf("offset %d not recorded as reminded: %v, %v", off, ok, err)
		}
	}
}

func TestNonMilestoneOnlyOnTheDay(t *testing.T) {
	e := newEnv(t, date(2029, 1, 1), cambodia)
	e.add("japan cambodia 1953-01-09 diplomatic relations") // 2029: the 76th
	got := e.daily(date(2029, 1, 1), date(2029, 1, 10), 9, 0, time.UTC, false, nil)
	checkSent(t, got, []string{"C1 2029-01-09 Today: 76 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)"})

	e.svc.EveryYear = true
	got = e.daily(date(2029, 12, 9), date(2029, 12, 11), 9, 0, time.UTC, false, nil)
	checkSent(t, got, []string{"C1 2029-12-10 In 30 days: 77 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)"})
}

func TestMissedDaysMadeUp(t *testing.T) {
	const fact = "japan cambodia 1953-01-09 diplomatic relations"
	tests := []struct {
		name       string
		lastRun    time.Time // zero: never ran
		start, end time.Time // the daemon runs daily from start to end
		want       []string
	}{
		{
			name:    "30-day reminder made up two days late",
			lastRun: time.Date(2027, 12, 8, 9, 0, 0, 0, time.UTC),
			start:   time.Date(2027, 12, 12, 0, 0, 0, 0, time.UTC), end: time.Date(2027, 12, 12, 0, 0, 0, 0, time.UTC),
			want: []string{"C1 2027-12-12 In 28 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)"},
		},
		{
			name:  "first run ever makes nothing up",
			start: time.Date(2027, 12, 12, 0, 0, 0, 0, time.UTC), end: time.Date(2027, 12, 12, 0, 0, 0, 0, time.UTC),
			want: nil,
		},
		{
			name:    "30 and 7-day reminders both missed: one message",
			lastRun: time.Date(2027, 12, 1, 9, 0, 0, 0, time.UTC),
			start:   time.Date(2028, 1, 4, 0, 0, 0, 0, time.UTC), end: time.Date(2028, 1, 9, 0, 0, 0, 0, time.UTC),
			want: []string{
				"C1 2028-01-04 In 5 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)",
				"C1 2028-01-09 Today: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)",
			},
		},
		{
			name:    "nothing after the anniversary passed",
			lastRun: time.Date(2028, 1, 1, 9, 0, 0, 0, time.UTC),
			start:   time.Date(2028, 1, 10, 0, 0, 0, 0, time.UTC), end: time.Date(2028, 1, 12, 0, 0, 0, 0, time.UTC),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, date(2027, 11, 1), cambodia)
			e.add(fact)
			if !tt.lastRun.IsZero() {
				if err := e.store.SetLastReminderRun(tt.lastRun); err != nil {
					t.Fatal(err)
				}
			}
			checkSent(t, e.daily(tt.start, tt.end, 9, 0, time.UTC, false, nil), tt.want)
		})
	}
}

func TestYearPrecisionOnceAtTheStartOfTheYear(t *testing.T) {
	// The table knows JP-KH only to the year: 1953.
	jpkh := onlyRows(t, "JP-KH/diplomatic relations")
	e := newEnv(t, date(2022, 12, 1), cambodia)
	e.svc.Builtin = jpkh
	got := e.daily(date(2022, 12, 30), date(2023, 1, 3), 9, 0, time.UTC, true, nil)
	checkSent(t, got, []string{
		"C1 2023-01-01 This year: 70 years of diplomatic relations between Japan and Cambodia (established 1953, source: phnompenhpost.com)",
	})

	// Down over New Year: made up when the daemon comes back in January.
	e = newEnv(t, date(2027, 12, 1), cambodia)
	e.svc.Builtin = jpkh
	if err := e.store.SetLastReminderRun(time.Date(2027, 12, 28, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	got = e.daily(date(2028, 1, 6), date(2028, 1, 7), 9, 0, time.UTC, false, nil)
	checkSent(t, got, []string{
		"C1 2028-01-06 This year: 75 years of diplomatic relations between Japan and Cambodia (established 1953, source: phnompenhpost.com)",
	})
}

func TestDaylightSavingChange(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	// Clocks in New York go forward on 12 March 2028; the 50th anniversary
	// of a fact of 12 March 1978 falls on that day.
	channels := []reminders.Channel{
		{ID: "CNY", Countries: []string{"LA"}, Location: ny},
		{ID: "CTYO", Countries: []string{"LA"}, Location: tokyo},
		{ID: "CUTC", Countries: []string{"LA"}},
	}
	e := newEnv(t, date(2028, 1, 1), channels...)
	e.add("laos cambodia 1978-03-12 friendship treaty")
	// The cron fires at 09:00 New York time, 23:00 or 22:00 in Tokyo.
	got := e.daily(date(2028, 2, 1), date(2028, 3, 20), 9, 0, ny, true, nil)
	const text = "50 years of friendship treaty between Cambodia and Laos (signed 12 March 1978, source: added in Slack)"
	checkSent(t, got, []string{
		"CNY 2028-02-11 In 30 days: " + text,
		"CTYO 2028-02-11 In 30 days: " + text,
		"CUTC 2028-02-11 In 30 days: " + text,
		"CNY 2028-03-05 In 7 days: " + text,
		"CTYO 2028-03-05 In 7 days: " + text,
		"CUTC 2028-03-05 In 7 days: " + text,
		"CNY 2028-03-12 Today: " + text,
		"CTYO 2028-03-12 Today: " + text,
		"CUTC 2028-03-12 Today: " + text,
	})

	// A run late in the New York evening of 11 March is already 12 March
	// in Tokyo and in UTC, but not in New York.
	e = newEnv(t, date(2028, 1, 1), channels...)
	e.add("laos cambodia 1978-03-12 friendship treaty")
	var chans []string
	for _, d := range e.run(time.Date(2028, 3, 11, 21, 30, 0, 0, ny)) {
		if strings.HasPrefix(d.Text, "Today: ") {
			chans = append(chans, d.Channel)
		}
	}
	if want := []string{"CTYO", "CUTC"}; !slices.Equal(chans, want) {
		t.Errorf("on-the-day reminders at 21:30 on 11 March in New York: got %v, want %v", chans, want)
	}
	if late := e.run(time.Date(2028, 3, 12, 9, 0, 0, 0, ny)); len(late) != 1 || late[0].Channel != "CNY" {
		t.Errorf("next morning in New York: got %v, want one reminder for CNY", late)
	}
}

func TestFebruary29(t *testing.T) {
	e := newEnv(t, date(2024, 12, 1), cambodia)
	e.add("cambodia 2000-02-29 leap day accord")
	// 2025 is not a leap year: the 25th anniversary falls on 28 February.
	got := e.daily(date(2025, 1, 1), date(2025, 3, 31), 9, 0, time.UTC, false, nil)
	const text25 = "25 years of Cambodia's leap day accord (signed 29 February 2000, source: added in Slack)"
	checkSent(t, got, []string{
		"C1 2025-01-29 In 30 days: " + text25,
		"C1 2025-02-21 In 7 days: " + text25,
		"C1 2025-02-28 Today: " + text25,
	})
	// 2028 is: the 28th (not a milestone) falls on 29 February itself.
	got = e.daily(date(2028, 2, 1), date(2028, 3, 2), 9, 0, time.UTC, false, nil)
	checkSent(t, got, []string{"C1 2028-02-29 Today: 28 years of Cambodia's leap day accord (signed 29 February 2000, source: added in Slack)"})
}

func TestRouting(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	e := newEnv(t, date(2027, 12, 1),
		reminders.Channel{ID: "CFILE", Countries: []string{"KH"}, Location: tokyo},
		reminders.Channel{ID: "CGONE", Countries: []string{"JP"}},
		reminders.Channel{ID: "CVN", Countries: []string{"VN"}},
	)
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	for ch, codes := range map[string][]string{"CSLACK": {"JP"}, "CFILE": {"US"}, "CARCH": {"KH"}} {
		if err := e.store.Subscribe(ch, codes...); err != nil {
			t.Fatal(err)
		}
	}
	for _, ch := range []string{"CGONE", "CARCH"} {
		if err := e.store.SetInactive(ch, "channel_not_found"); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, d := range e.run(time.Date(2027, 12, 10, 9, 0, 0, 0, time.UTC)) {
		got = append(got, d.Channel)
	}
	slices.Sort(got)
	if want := []string{"CFILE", "CSLACK"}; !slices.Equal(got, want) {
		t.Errorf("channels reminded: got %v, want %v (subscribed to either party, active)", got, want)
	}
}

func TestPayloadSourceAndLatestReadout(t *testing.T) {
	e := newEnv(t, date(2027, 11, 1), cambodia)
	e.svc.Builtin = []anniversary.Fact{{
		Parties: []string{"JP", "KH"}, Subject: "diplomatic relations",
		Since: anniversary.Date{Year: 1953, Month: 1, Day: 9}, Precision: anniversary.Day,
		Source: "https://www.mofa.go.jp/region/asia-paci/cambodia/data.html",
	}}
	at := time.Date(2027, 11, 20, 8, 0, 0, 0, time.UTC)
	items := []storage.NewItem{
		{Key: "old", Readout: &readout.Readout{Title: "Japan-Cambodia Foreign Ministers' Meeting", URL: "https://example.org/old", Published: at.AddDate(0, -2, 0), Parties: []string{"JP", "KH"}}},
		{Key: "new", Readout: &readout.Readout{Title: "Japan-Cambodia Summit Meeting", URL: "https://example.org/new", Published: at, Parties: []string{"JP", "KH"}}},
		{Key: "other", Readout: &readout.Readout{Title: "Cambodia-Laos call", URL: "https://example.org/la", Published: at.Add(time.Hour), Parties: []string{"KH", "LA"}}},
	}
	if _, err := e.store.Ingest("mofa", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	ds := e.run(time.Date(2027, 12, 10, 9, 0, 0, 0, time.UTC))
	if len(ds) != 1 || ds[0].Reminder == nil {
		t.Fatalf("got %+v, want one reminder with a payload", ds)
	}
	p := *ds[0].Reminder
	want := readout.ReminderPayload{
		FactKey: "JP-KH/diplomatic relations", Year: 2028, OffsetDays: 30, Parties: []string{"JP", "KH"},
		Ordinal: 75, Milestone: true, Date: "2028-01-09",
		SourceURL: "https://www.mofa.go.jp/region/asia-paci/cambodia/data.html", SourceTitle: "mofa.go.jp",
		LatestTitle: "Japan-Cambodia Summit Meeting", LatestURL: "https://example.org/new",
	}
	if fmt.Sprintf("%+v", p) != fmt.Sprintf("%+v", want) {
		t.Errorf("payload:\ngot  %+v\nwant %+v", p, want)
	}
}

func TestRunFailsWithoutRecordingTheRun(t *testing.T) {
	e := newEnv(t, date(2027, 12, 10), cambodia)
	e.add("japan cambodia 1953-01-09 diplomatic relations")
	if err := e.store.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Run(t.Context()); err == nil {
		t.Fatal("run on a closed store: got nil error")
	}
	e.open()
	if last, _ := e.store.LastReminderRun(); !last.IsZero() {
		t.Errorf("a failed run was recorded at %v", last)
	}
}

// logBuffer captures the service's log.
func logBuffer(s *reminders.Service) *bytes.Buffer {
	var b bytes.Buffer
	s.Logger = slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return &b
}

func TestLearn(t *testing.T) {
	seedLike := &readout.Readout{
		ID: "r2022", Title: "Japan-Cambodia Summit Meeting", Published: date(2022, 3, 20), Parties: []string{"JP", "KH"},
		Anniversaries: []readout.Anniversary{
			{Ordinal: 70, Subject: "establishment of diplomatic relations", Countries: []string{"JP", "KH"}, Year: 2023},
			{Ordinal: 50, Subject: "ASEAN-Japan Friendship and Cooperation", Countries: []string{"JP"}, Orgs: []string{"ASEAN"}, Year: 2023},
			{Ordinal: 30, Subject: "deployment of a mission", Countries: []string{"KH"}, Year: 2022},                                               // one party
			{Ordinal: 10, Subject: "the trilateral dialogue", Countries: []string{"JP", "KH", "LA"}, Year: 2022},                                   // three
			{Ordinal: 75, Subject: "cooperation with the World Health Organization", Countries: []string{"KH"}, Orgs: []string{"WHO"}, Year: 2023}, // unknown org
		},
	}
	t.Run("table already knows", func(t *testing.T) {
		e := newEnv(t, date(2022, 3, 20), cambodia)
		e.svc.Builtin = nil
		e.svc.Learn(t.Context(), seedLike)
		recs, err := e.store.Facts()
		if err != nil || len(recs) != 0 {
			t.Errorf("stored: got %+v, %v; want nothing (the table has both with the same years)", recs, err)
		}
	})
	t.Run("table lacks the pairs", func(t *testing.T) {
		e := newEnv(t, date(2022, 3, 20), cambodia)
		e.svc.Learn(t.Context(), seedLike)
		recs, err := e.store.Facts()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range recs {
			got = append(got, fmt.Sprintf("%s %s %s", r.Key(), r.Since.Format(r.Precision), r.Source))
		}
		want := []string{"ASEAN-JP/friendship and cooperation 1973 readout:r2022", "JP-KH/diplomatic relations 1953 readout:r2022"}
		if !slices.Equal(got, want) {
			t.Errorf("learned:\ngot  %q\nwant %q", got, want)
		}
	})
	t.Run("never over a day-precise fact", func(t *testing.T) {
		e := newEnv(t, date(2022, 3, 20), cambodia)
		e.add("japan cambodia 1953-01-09 diplomatic relations")
		e.add("japan asean 1974-03 friendship and cooperation") // disagrees with the readout's 1973
		logs := logBuffer(e.svc)
		e.svc.Learn(t.Context(), seedLike)
		jk, err := e.store.Fact("JP-KH/diplomatic relations")
		if err != nil || jk.Precision != anniversary.Day || jk.Source != "user:U0ADMIN" {
			t.Errorf("day-precise fact: got %+v, %v; want it kept", jk, err)
		}
		aj, err := e.store.Fact("ASEAN-JP/friendship and cooperation")
		if err != nil || aj.Since.Year != 1974 {
			t.Errorf("disagreeing fact: got %+v, %v; want 1974 kept", aj, err)
		}
		if !strings.Contains(logs.String(), "disagrees") || !strings.Contains(logs.String(), "ASEAN-JP/friendship and cooperation") {
			t.Errorf("conflict not logged:\n%s", logs)
		}
	})
	t.Run("not after a removal", func(t *testing.T) {
		e := newEnv(t, date(2022, 3, 20), cambodia)
		e.svc.Builtin = nil
		if reply, err := e.svc.Remove(t.Context(), "U0ADMIN", strings.Fields("japan cambodia diplomatic relations")); err != nil || !strings.HasPrefix(reply, "Removed") {
			t.Fatalf("remove: %q, %v", reply, err)
		}
		e.svc.Learn(t.Context(), seedLike)
		facts, err := e.svc.Facts()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range facts {
			if f.Key() == "JP-KH/diplomatic relations" {
				t.Errorf("a removed fact came back: %+v", f)
			}
		}
	})
}

// TestLearnFromFixture parses a readout on a pair the built-in table lacks
// (Cambodia–Laos) and reminds of the anniversary it implies.
func TestLearnFromFixture(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "cambodia-laos-fm-2021-06-15.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := readout.Parse(readout.Document{
		Title: "Cambodia-Laos Foreign Ministers' Meeting", URL: "https://example.org/kh-la-2021",
		PublisherCountry: "KH", Published: date(2021, 6, 15), Body: string(body),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Anniversaries) == 0 {
		t.Fatal("the parser found no anniversary in the fixture")
	}
	e := newEnv(t, date(2021, 6, 15), reminders.Channel{ID: "CLA", Countries: []string{"LA"}})
	e.svc.Builtin = nil // the real table, which has no KH-LA row
	for _, f := range anniversary.Builtin() {
		if f.Key() == "KH-LA/diplomatic relations" {
			t.Fatal("the table has KH-LA: pick another pair for this test")
		}
	}
	items := []storage.NewItem{{Key: "kh-la", Readout: r}}
	res, err := e.store.Ingest("mfaic", readout.FeedState{}, items)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := e.store.Readout(res.IDs[0])
	if err != nil {
		t.Fatal(err)
	}
	e.svc.Learn(t.Context(), stored)

	list, err := e.svc.UpcomingPlain(t.Context(), "laos", date(2025, 12, 1), 60)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"★ 2026        70 years of diplomatic relations between Cambodia and Laos (established 1956)",
		"source: https://example.org/kh-la-2021 (Cambodia-Laos Foreign Ministers' Meeting)",
	} {
		if !strings.Contains(list, want) {
			t.Errorf("list lacks %q:\n%s", want, list)
		}
	}
	// The table's own year-only rows for Laos (Laos–Thailand, 1950) remind
	// on the same day; the learned one must be among them, once.
	var learned []int
	ds := e.run(time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC))
	for i, d := range ds {
		if strings.Contains(d.Text, "Cambodia and Laos") {
			learned = append(learned, i)
		} else if strings.Contains(d.Text, "source: a readout") {
			t.Errorf("a reminder from a readout other than the fixture's: %q", d.Text)
		}
	}
	if len(learned) != 1 || ds[learned[0]].Text != "This year: 70 years of diplomatic relations between Cambodia and Laos (established 1956, source: a readout)" {
		t.Fatalf("reminders on 1 January 2026: got %+v", ds)
	}
	if p := ds[learned[0]].Reminder; p.SourceURL != "https://example.org/kh-la-2021" || p.LatestURL != "https://example.org/kh-la-2021" {
		t.Errorf("payload links: got source %q, latest %q", p.SourceURL, p.LatestURL)
	}
}

func TestFactsFrom(t *testing.T) {
	tests := []struct {
		name string
		a    readout.Anniversary
		want string // key and since; "" for none
	}{
		{"two countries", readout.Anniversary{Ordinal: 70, Subject: "the establishment of diplomatic relations between Cambodia and Japan", Countries: []string{"KH", "JP"}, Year: 2023}, "JP-KH/diplomatic relations 1953"},
		{"country and org", readout.Anniversary{Ordinal: 50, Subject: "ASEAN-Japan Friendship and Cooperation", Countries: []string{"JP"}, Orgs: []string{"ASEAN"}, Year: 2023}, "ASEAN-JP/friendship and cooperation 1973"},
		{"pair written with a dash", readout.Anniversary{Ordinal: 30, Subject: "Viet Nam–Japan strategic partnership", Countries: []string{"VN", "JP"}, Year: 2024}, "JP-VN/strategic partnership 1994"},
		{"org named first", readout.Anniversary{Ordinal: 30, Subject: "UN Peace Keeping Operation (PKO) deployment to Cambodia", Countries: []string{"KH"}, Orgs: []string{"UN"}, Year: 2022}, "KH-UN/peace keeping operation (pko) deployment to cambodia 1992"},
		{"duplicate country", readout.Anniversary{Ordinal: 5, Subject: "dialogue", Countries: []string{"JP", "JP"}, Year: 2024}, ""},
		{"no ordinal", readout.Anniversary{Subject: "relations", Countries: []string{"JP", "KH"}, Year: 2024}, ""},
		{"empty subject", readout.Anniversary{Ordinal: 3, Subject: "the establishment of", Countries: []string{"JP", "KH"}, Year: 2024}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := reminders.FactsFrom(&readout.Readout{ID: "x", Anniversaries: []readout.Anniversary{tt.a}})
			var got string
			if len(facts) == 1 {
				got = facts[0].Key() + " " + facts[0].Since.Format(facts[0].Precision)
				if facts[0].Source != "readout:x" || facts[0].Precision != anniversary.Year {
					t.Errorf("source %q precision %v, want readout:x, year", facts[0].Source, facts[0].Precision)
				}
			}
			if len(facts) > 1 || got != tt.want {
				t.Errorf("got %v, want %q", facts, tt.want)
			}
		})
	}
	if got := reminders.FactsFrom(&readout.Readout{Anniversaries: []readout.Anniversary{tests[0].a}}); got != nil {
		t.Errorf("a readout without ID: got %v, want nothing (no source to cite)", got)
	}
}

func TestCatchUp(t *testing.T) {
	// A daily 09:00 UTC schedule.
	next := func(t time.Time) time.Time {
		n := time.Date(t.Year(), t.Month(), t.Day(), 9, 0, 0, 0, time.UTC)
		if !n.After(t) {
			n = n.AddDate(0, 0, 1)
		}
		return n
	}
	tests := []struct {
		name    string
		lastRun time.Time
		now     time.Time
		want    int
	}{
		{"first start ever", time.Time{}, time.Date(2027, 12, 12, 7, 0, 0, 0, time.UTC), 0},
		{"nothing missed", time.Date(2027, 12, 11, 9, 0, 0, 0, time.UTC), time.Date(2027, 12, 12, 7, 0, 0, 0, time.UTC), 0},
		{"yesterday's run missed", time.Date(2027, 12, 10, 9, 0, 0, 0, time.UTC), time.Date(2027, 12, 12, 7, 0, 0, 0, time.UTC), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, tt.now, cambodia)
			e.add("japan cambodia 1953-01-09 diplomatic relations") // the 30-day reminder is due on 10 Dec
			if !tt.lastRun.IsZero() {
				if err := e.store.SetLastReminderRun(tt.lastRun); err != nil {
					t.Fatal(err)
				}
			}
			n, err := e.svc.CatchUp(t.Context(), next)
			if err != nil || n != tt.want {
				t.Errorf("CatchUp: got %d, %v; want %d", n, err, tt.want)
			}
		})
	}
}

// TestLearnFromSeedWithoutTable parses the seed readout with no built-in
// table: JP–KH is learned from it, with the readout as source.
func TestLearnFromSeedWithoutTable(t *testing.T) {
	body, err := os.ReadFile("../../shared/seed/japan-cambodia-summit-2022-03-20.txt")
	if err != nil {
		t.Skip("shared seed not present")
	}
	r, err := readout.Parse(readout.Document{
		Title: "Japan-Cambodia Summit Meeting", URL: "https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000400.html",
		PublisherCountry: "JP", Published: date(2022, 3, 20), Body: string(body),
	})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, date(2022, 3, 20), cambodia) // no built-in facts
	res, err := e.store.Ingest("mofa", readout.FeedState{}, []storage.NewItem{{Key: "seed", Readout: r}})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := e.store.Readout(res.IDs[0])
	if err != nil {
		t.Fatal(err)
	}
	e.svc.Learn(t.Context(), stored)
	list, err := e.svc.UpcomingPlain(t.Context(), "cambodia", date(2022, 12, 1), 60)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"★ 2023        70 years of diplomatic relations between Japan and Cambodia (established 1953)",
		"source: https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000400.html (Japan-Cambodia Summit Meeting)",
	} {
		if !strings.Contains(list, want) {
			t.Errorf("list lacks %q:\n%s", want, list)
		}
	}
	rec, err := e.store.Fact("JP-KH/diplomatic relations")
	if err != nil || rec.Source != "readout:"+stored.ID || rec.Precision != anniversary.Year {
		t.Errorf("stored fact: got %+v, %v", rec, err)
	}
}

// onlyRows returns the rows of the real table with the given keys.
func onlyRows(t *testing.T, keys ...string) []anniversary.Fact {
	t.Helper()
	var out []anniversary.Fact
	for _, f := range anniversary.Builtin() {
		if slices.Contains(keys, f.Key()) {
			out = append(out, f)
		}
	}
	if len(out) != len(keys) {
		t.Fatalf("the table has %d of the rows %v", len(out), keys)
	}
	return out
}

// TestTableRowFiresOnceAcrossRestart: a day-precise row of the built-in
// table (China–Cambodia, 19 July 1958, from the MFA's list) is reminded at
// each offset, once, with its date and source, through two restarts and
// runs twice a day.
func TestTableRowFiresOnceAcrossRestart(t *testing.T) {
	e := newEnv(t, date(2028, 6, 1), cambodia)
	e.svc.Builtin = onlyRows(t, "CN-KH/diplomatic relations")
	got := e.daily(date(2028, 6, 10), date(2028, 7, 25), 9, 0, time.UTC, true, func(at time.Time) {
		if at.Day() == 15 || at.Day() == 18 {
			e.restart()
		}
	})
	checkSent(t, got, []string{
		"C1 2028-06-19 In 30 days: 70 years of diplomatic relations between China and Cambodia (established 19 July 1958, source: jingcity.com)",
		"C1 2028-07-12 In 7 days: 70 years of diplomatic relations between China and Cambodia (established 19 July 1958, source: jingcity.com)",
		"C1 2028-07-19 Today: 70 years of diplomatic relations between China and Cambodia (established 19 July 1958, source: jingcity.com)",
	})
}
