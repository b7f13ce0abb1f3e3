package storage_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// mustOpen opens a store in a temporary directory; cleanup checks the
// file's consistency and closes it.
func mustOpen(tb testing.TB, now func() time.Time) *storage.Store {
	tb.Helper()
	return storagetest.Open(tb, storage.Options{Now: now})
}

func TestOpenLockedFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "readout.db")
	s, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = storage.Open(path, storage.Options{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("second open: got %v, want ErrLocked", err)
	}
	if want := path; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name the file %s", err, want)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Errorf("database mode: got %o, want 600", mode)
	}
}

func ro(title string, published time.Time, parties ...string) *readout.Readout {
	return &readout.Readout{Title: title, Published: published, Parties: parties}
}

func TestIngestSeenAndEdits(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	st := readout.FeedState{ETag: `"v1"`, Polled: true}
	items := []storage.NewItem{
		{Key: "a", Hash: "h1", Readout: ro("A", now.Add(-time.Hour), "JP", "KH"), Channels: []string{"C1", "C2", "C1"}},
		{Key: "b", Hash: "h2", Readout: ro("B", now, "US", "IN")},
		{Key: "c", Hash: "h3"},
	}
	res, err := s.Ingest("kantei", st, items)
	if err != nil {
		t.Fatal(err)
	}
	if res.Saved != 2 || res.Deliveries != 2 || len(res.IDs) != 2 {
		t.Fatalf("first ingest: got %+v, want 2 saved, 2 deliveries", res)
	}
	got, err := s.FeedState("kantei")
	if err != nil || got.ETag != `"v1"` {
		t.Fatalf("feed state: got %+v, %v", got, err)
	}
	seen, err := s.Seen("kantei", []string{"a", "b", "c", "d"})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 || seen["a"] != "h1" {
		t.Fatalf("seen: got %v", seen)
	}
	// Again, with item a edited: nothing new is stored or delivered.
	items[0].Hash = "h1-edited"
	res, err = s.Ingest("kantei", st, items)
	if err != nil {
		t.Fatal(err)
	}
	if res.Saved != 0 || res.Deliveries != 0 || res.Edited != 1 || res.Skipped != 2 {
		t.Fatalf("second ingest: got %+v, want 0 saved, 1 edited, 2 skipped", res)
	}
	// The same key in another feed is another item.
	res, err = s.Ingest("other", st, items[:1])
	if err != nil || res.Saved != 1 {
		t.Fatalf("other feed: got %+v, %v", res, err)
	}
	r, err := s.Readout(storage.ReadoutID("kantei", "a"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "A" || r.FeedID != "kantei" || r.ID == "" {
		t.Errorf("readout: got %+v", r)
	}
	if _, err := s.Readout("nope"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("missing readout: got %v, want ErrNotFound", err)
	}
}

func TestLatestForCountry(t *testing.T) {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return base })
	var items []storage.NewItem
	for i := range 20 {
		parties := []string{"JP", "KH"}
		if i%2 == 1 {
			parties = []string{"JP", "LA"}
		}
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Readout: ro(fmt.Sprint("r", i), base.Add(time.Duration(i)*time.Hour), parties...)})
	}
	// A country whose code sorts right after KH must not leak in.
	items = append(items, storage.NewItem{Key: "ki", Readout: ro("KI", base.Add(100*time.Hour), "KI")})
	if _, err := s.Ingest("f", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code string
		n    int
		want []string
	}{
		{"KH", 3, []string{"r18", "r16", "r14"}},
		{"LA", 2, []string{"r19", "r17"}},
		{"JP", 1, []string{"r19"}},
		{"KI", 5, []string{"KI"}},
		{"ZW", 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			rs, err := s.LatestForCountry(tt.code, tt.n, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rs {
				got = append(got, r.Title)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	rs, err := s.LatestForCountry("KH", 2, func(r *readout.Readout) bool { return r.Title == "r4" || r.Title == "r2" })
	if err != nil || len(rs) != 2 || rs[0].Title != "r4" {
		t.Errorf("filtered: got %v, %v", rs, err)
	}
}

func TestOutbox(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	_, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{
		{Key: "a", Readout: ro("A", now, "JP"), Channels: []string{"C1", "C2", "C3"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	due, err := s.Due(now, 0)
	if err != nil || len(due) != 3 {
		t.Fatalf("due: got %d, %v; want 3", len(due), err)
	}
	if due[0].Channel != "C1" || due[2].Channel != "C3" || due[0].ID >= due[1].ID {
		t.Errorf("due order: got %+v", due)
	}
	if err := s.Delivered(due[0].ID, "1.000001"); err != nil {
		t.Fatal(err)
	}
	if ts, ok, _ := s.PostedTS("C1", due[0].ReadoutID); !ok || ts != "1.000001" {
		t.Errorf("posted ts: got %q %v", ts, ok)
	}
	if err := s.Retry(due[1].ID, now.Add(time.Minute), "ratelimited"); err != nil {
		t.Fatal(err)
	}
	if err := s.Kill(due[2].ID, "channel_not_found"); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.Due(now, 0); len(due) != 0 {
		t.Errorf("due after retry/kill: got %d, want 0", len(due))
	}
	later, _ := s.Due(now.Add(time.Minute), 0)
	if len(later) != 1 || later[0].Attempts != 1 || later[0].LastError != "ratelimited" {
		t.Errorf("due later: got %+v", later)
	}
	dead, _ := s.DeadLetters()
	if len(dead) != 1 || dead[0].LastError != "channel_not_found" {
		t.Fatalf("dead: got %+v", dead)
	}
	if err := s.Requeue(dead[0].ID); err != nil {
		t.Fatal(err)
	}
	if pending, _ := s.Pending(); len(pending) != 2 {
		t.Errorf("pending after requeue: got %d, want 2", len(pending))
	}
	if err := s.Requeue(12345); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("requeue unknown: got %v, want ErrNotFound", err)
	}
}

func TestSubscriptions(t *testing.T) {
	s := mustOpen(t, nil)
	if err := s.Subscribe("C1", "KH", "LA"); err != nil {
		t.Fatal(err)
	}
	if err := s.Subscribe("C2", "JP"); err != nil {
		t.Fatal(err)
	}
	if err := s.Unsubscribe("C1", "LA"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetInactive("C2", "not_in_channel"); err != nil {
		t.Fatal(err)
	}
	subs, err := s.Subscriptions(false)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].Channel != "C1" || fmt.Sprint(subs[0].Countries) != "[KH]" {
		t.Errorf("active subscriptions: got %+v", subs)
	}
	inactive, _ := s.Inactive()
	if inactive["C2"] != "not_in_channel" {
		t.Errorf("inactive: got %v", inactive)
	}
	// Subscribing again reactivates.
	if err := s.Subscribe("C2", "JP"); err != nil {
		t.Fatal(err)
	}
	if subs, _ := s.Subscriptions(false); len(subs) != 2 {
		t.Errorf("after resubscribe: got %+v", subs)
	}
}

func TestSubscriptionFilters(t *testing.T) {
	s := mustOpen(t, nil)
	sec := readout.Filter{Topics: []string{"security"}, ExcludeTopics: []string{"economy"}}
	mentions := readout.Filter{Mentions: true}
	steps := []func() error{
		func() error { return s.Subscribe("C1", "VN") },
		func() error { return s.SubscribeFiltered("C1", map[string]readout.Filter{"KH": sec, "LA": sec}) },
		func() error { return s.SubscribeFiltered("C1", map[string]readout.Filter{"TH": mentions}) },
		// Subscribe keeps a country's filter; SubscribeFiltered replaces it.
		func() error { return s.Subscribe("C1", "KH") },
		func() error { return s.SubscribeFiltered("C1", map[string]readout.Filter{"LA": mentions}) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	subs, err := s.Subscriptions(false)
	if err != nil {
		t.Fatal(err)
	}
	want := []readout.Subscription{
		{Channel: "C1", Countries: []string{"VN"}, Source: "slack"},
		{Channel: "C1", Countries: []string{"KH"}, Source: "slack", Filter: sec},
		{Channel: "C1", Countries: []string{"LA", "TH"}, Source: "slack", Filter: mentions},
	}
	if !reflect.DeepEqual(subs, want) {
		t.Errorf("subscriptions:\n got %+v\nwant %+v", subs, want)
	}
	// The zero filter removes a filter; unsubscribing removes it too, so
	// that subscribing again starts unfiltered.
	if err := s.SubscribeFiltered("C1", map[string]readout.Filter{"KH": {}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Unsubscribe("C1", "LA"); err != nil {
		t.Fatal(err)
	}
	if err := s.Subscribe("C1", "LA"); err != nil {
		t.Fatal(err)
	}
	subs, _ = s.Subscriptions(false)
	want = []readout.Subscription{
		{Channel: "C1", Countries: []string{"KH", "LA", "VN"}, Source: "slack"},
		{Channel: "C1", Countries: []string{"TH"}, Source: "slack", Filter: mentions},
	}
	if !reflect.DeepEqual(subs, want) {
		t.Errorf("after clearing:\n got %+v\nwant %+v", subs, want)
	}
}

// What a channel's filters matched is stored with its delivery, which the
// post shows; a channel without a match line gets none.
func TestIngestKeepsMatchLines(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	items := []storage.NewItem{{
		Key: "a", Readout: ro("A", now, "JP", "KH"), Channels: []string{"C1", "C2"},
		Matches: map[string]string{"C1": "Mentions Cambodia · Matched: security (missile)"},
	}}
	if _, err := s.Ingest("kantei", readout.FeedState{Polled: true}, items); err != nil {
		t.Fatal(err)
	}
	ds, err := s.Pending()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range ds {
		got[d.Channel] = d.Match
	}
	want := map[string]string{"C1": "Mentions Cambodia · Matched: security (missile)", "C2": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("match lines: got %q, want %q", got, want)
	}
}
