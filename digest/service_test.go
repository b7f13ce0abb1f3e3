package digest_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/readout-bot/readout/digest"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

type fixture struct {
	t     *testing.T
	store *storage.Store
	clock *clock
	svc   *digest.Service
	n     int
}

func newFixture(t *testing.T, start time.Time) *fixture {
	c := &clock{t: start}
	s := storagetest.Open(t, storage.Options{Now: c.Now})
	if err := s.Subscribe("C1", "KH"); err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, store: s, clock: c, svc: &digest.Service{Store: s, Now: c.Now}}
}

// arrive ingests n readouts for C1 and holds them as the deliverer does
// for a waiting channel, except the last, which stays in the outbox.
func (f *fixture) arrive(n int) []string {
	f.t.Helper()
	var items []storage.NewItem
	for range n {
		f.n++
		items = append(items, storage.NewItem{Key: fmt.Sprint(f.n), Hash: fmt.Sprint(f.n),
			Readout:  &readout.Readout{Title: fmt.Sprintf("Meeting %d", f.n), Parties: []string{"JP", "KH"}, Published: f.clock.Now()},
			Channels: []string{"C1"}})
	}
	res, err := f.store.Ingest("feed", readout.FeedState{Polled: true}, items)
	if err != nil {
		f.t.Fatal(err)
	}
	pending, _ := f.store.Pending()
	for i, d := range pending {
		if d.Kind == readout.KindReadout && i < len(pending)-1 {
			if _, err := f.store.Hold(d.ID); err != nil {
				f.t.Fatal(err)
			}
		}
	}
	return res.IDs
}

// digests returns the readout IDs of each digest delivery not yet seen,
// in order, and removes them from the outbox (as posting would).
func (f *fixture) digests() [][]string {
	f.t.Helper()
	pending, err := f.store.Pending()
	if err != nil {
		f.t.Fatal(err)
	}
	var out [][]string
	for _, d := range pending {
		if d.Kind != readout.KindDigest {
			continue
		}
		var ids []string
		for _, g := range d.Digest.Groups {
			ids = append(ids, g.ReadoutIDs...)
		}
		out = append(out, ids)
		if err := f.store.Delivered(d.ID, "1.0"); err != nil {
			f.t.Fatal(err)
		}
	}
	return out
}

func (f *fixture) run(at time.Time) int {
	f.t.Helper()
	f.clock.Set(at)
	n, err := f.svc.RunDue()
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func (f *fixture) cmd(verb string, args ...string) string {
	f.t.Helper()
	var reply string
	var err error
	switch verb {
	case "digest":
		reply, err = f.svc.Digest(context.Background(), "C1", "U1", args)
	case "pause":
		reply, err = f.svc.Pause(context.Background(), "C1", "U1", args)
	case "resume":
		reply, err = f.svc.Resume(context.Background(), "C1", "U1")
	}
	if err != nil {
		f.t.Fatalf("%s %v: %v", verb, args, err)
	}
	return reply
}

func TestDailyDigestPeriods(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, tokyo)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	f := newFixture(t, at("2026-12-06 10:00"))
	if f.svc.Held("C1") {
		t.Fatal("C1 held before any digest")
	}
	if got := f.cmd("digest", "daily", "09:00", "Asia/Tokyo"); !strings.Contains(got, "every day at 09:00 (Asia/Tokyo)") || !strings.Contains(got, "Mon 7 Dec 2026 09:00 JST") {
		t.Errorf("digest reply: %q", got)
	}
	if !f.svc.Held("C1") {
		t.Fatal("C1 not held with a digest on")
	}
	ids := f.arrive(3)
	if n := f.run(at("2026-12-07 08:59")); n != 0 {
		t.Errorf("before 09:00: %d deliveries", n)
	}
	if n := f.run(at("2026-12-07 09:00")); n != 1 {
		t.Fatalf("at 09:00: %d deliveries, want 1", n)
	}
	if n := f.run(at("2026-12-07 09:00")); n != 0 {
		t.Errorf("the same period again: %d deliveries", n)
	}
	got := f.digests()
	if len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(ids) {
		t.Fatalf("digests %v, want one of %v", got, ids)
	}
	// An empty period posts nothing.
	if n := f.run(at("2026-12-08 09:00")); n != 0 {
		t.Errorf("empty period: %d deliveries", n)
	}
	// Two days down: one digest with everything since the last.
	more := f.arrive(2)
	if n := f.run(at("2026-12-10 12:00")); n != 1 {
		t.Fatalf("after two missed periods: %d deliveries, want 1", n)
	}
	if got := f.digests(); len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(more) {
		t.Errorf("catch-up digests %v, want one of %v", got, more)
	}
	// Bad arguments change nothing.
	before, _, _ := f.store.DigestState("C1")
	for _, args := range [][]string{{"daily", "25:00"}, {"weekly", "funday", "08:30"}, {"daily", "09:00", "Mars/Olympus"}} {
		if got := f.cmd("digest", args...); !strings.Contains(got, "Nothing was changed") {
			t.Errorf("digest %v: %q, want a refusal", args, got)
		}
	}
	if got := f.cmd("pause", "for", "7x"); !strings.Contains(got, "Nothing was changed") || !strings.Contains(got, `"7x" is not a length`) {
		t.Errorf("pause for 7x: %q", got)
	}
	after, _, _ := f.store.DigestState("C1")
	if before.Schedule != after.Schedule || !before.Last.Equal(after.Last) || after.Paused {
		t.Errorf("bad arguments changed the state: %+v -> %+v", before, after)
	}
	// Off: what waits is posted at once, and readouts are no longer held.
	waiting := f.arrive(1)
	if got := f.cmd("digest", "off"); !strings.Contains(got, "follow now") {
		t.Errorf("digest off: %q", got)
	}
	if got := f.digests(); len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(waiting) {
		t.Errorf("digest off posted %v, want %v", got, waiting)
	}
	if f.svc.Held("C1") {
		t.Error("C1 still held after digest off")
	}
}

func TestPauseResume(t *testing.T) {
	start := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	f := newFixture(t, start)
	if got := f.cmd("resume"); got != "This channel is not paused." {
		t.Errorf("resume unpaused: %q", got)
	}
	f.cmd("pause")
	if !f.svc.Held("C1") {
		t.Fatal("paused C1 not held")
	}
	ids := f.arrive(4)
	if n := f.run(start.Add(30 * 24 * time.Hour)); n != 0 {
		t.Errorf("a pause without end ended by itself: %d deliveries", n)
	}
	if got := f.cmd("resume"); !strings.Contains(got, "follows as one digest") {
		t.Errorf("resume: %q", got)
	}
	if got := f.digests(); len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(ids) {
		t.Fatalf("catch-up %v, want one digest of %v", got, ids)
	}
	if got := f.cmd("resume"); got != "This channel is not paused." {
		t.Errorf("second resume: %q", got)
	}
	if got := f.digests(); len(got) != 0 {
		t.Errorf("second resume posted %v", got)
	}

	// A pause for 7d ends by itself, once.
	f.clock.Set(start.Add(40 * 24 * time.Hour))
	if got := f.cmd("pause", "for", "7d"); !strings.Contains(got, "until") {
		t.Errorf("pause for 7d: %q", got)
	}
	more := f.arrive(2)
	end := f.clock.Now().Add(7 * 24 * time.Hour)
	if n := f.run(end.Add(-time.Minute)); n != 0 {
		t.Errorf("before the pause ends: %d", n)
	}
	if n := f.run(end); n != 1 {
		t.Fatalf("when the pause ends: %d deliveries, want 1", n)
	}
	if n := f.run(end.Add(time.Hour)); n != 0 {
		t.Errorf("after the pause ended: %d more", n)
	}
	if got := f.digests(); len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(more) {
		t.Errorf("catch-up %v, want one digest of %v", got, more)
	}
	if f.svc.Held("C1") {
		t.Error("C1 still held after its pause ended")
	}
}

// TestConfigDigest: a digest from the configuration file starts with the
// next period after the daemon first sees it, cannot be changed from
// Slack, and shows in the channel's status.
func TestConfigDigest(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	start := time.Date(2026, 12, 2, 12, 0, 0, 0, paris) // a Wednesday
	f := newFixture(t, start)
	weekly, err := digest.Parse("weekly mon 08:30", paris)
	if err != nil {
		t.Fatal(err)
	}
	f.svc.Config = map[string]digest.Schedule{"C1": weekly}
	if !f.svc.Held("C1") {
		t.Fatal("C1 not held with a digest in the configuration")
	}
	if n := f.run(start); n != 0 {
		t.Fatalf("first look: %d", n)
	}
	ids := f.arrive(2)
	if n := f.run(time.Date(2026, 12, 7, 8, 29, 0, 0, paris)); n != 0 {
		t.Errorf("before Monday 08:30: %d", n)
	}
	if n := f.run(time.Date(2026, 12, 7, 8, 30, 0, 0, paris)); n != 1 {
		t.Fatalf("Monday 08:30: %d deliveries, want 1", n)
	}
	if got := f.digests(); len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(ids) {
		t.Errorf("digests %v, want one of %v", got, ids)
	}
	if got := f.cmd("digest", "off"); !strings.Contains(got, "configuration file") {
		t.Errorf("digest off of a configured digest: %q", got)
	}
	if !f.svc.Held("C1") {
		t.Error("digest off from Slack turned the configured digest off")
	}
	lines, err := f.svc.Status("C1")
	if err != nil || len(lines) != 1 || lines[0] != "Digest every Monday at 08:30 (Europe/Paris) (from the configuration file)." {
		t.Errorf("status %q, %v", lines, err)
	}
}

// TestInactiveChannelWaits: a channel the bot cannot post to gets no
// digest; what it holds comes in the first digest after it is subscribed
// again.
func TestInactiveChannelWaits(t *testing.T) {
	start := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	f := newFixture(t, start)
	f.cmd("digest", "daily", "09:00", "UTC")
	ids := f.arrive(2)
	if err := f.store.SetInactive("C1", "is_archived"); err != nil {
		t.Fatal(err)
	}
	if n := f.run(start.Add(24 * time.Hour)); n != 0 {
		t.Errorf("inactive channel: %d deliveries", n)
	}
	if err := f.store.Subscribe("C1", "KH"); err != nil {
		t.Fatal(err)
	}
	if n := f.run(start.Add(25 * time.Hour)); n != 1 {
		t.Fatalf("after it is subscribed again: %d deliveries, want 1", n)
	}
	if got := f.digests(); len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(ids) {
		t.Errorf("digests %v, want one of %v", got, ids)
	}
}

// TestRun: the running service makes a period's digest once the clock
// passes its end, and stops when its context ends.
func TestRun(t *testing.T) {
	start := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	f := newFixture(t, start)
	f.svc.Tick = 5 * time.Millisecond
	woken := make(chan struct{}, 1)
	f.svc.Notify = func() {
		select {
		case woken <- struct{}{}:
		default:
		}
	}
	f.cmd("digest", "daily", "09:00", "UTC")
	f.arrive(2)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- f.svc.Run(ctx) }()
	f.clock.Set(start.Add(23 * time.Hour))
	<-woken
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	if got := f.digests(); len(got) != 1 || len(got[0]) != 2 {
		t.Errorf("digests %v, want one of 2 readouts", got)
	}
}
