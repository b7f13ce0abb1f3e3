package storage_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// oneGroup puts every readout into one part and one group.
func oneGroup(rs []*readout.Readout) [][]readout.DigestGroup {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return [][]readout.DigestGroup{{{ReadoutIDs: ids}}}
}

// period is a DigestRun for the period ending at end.
func period(channel string, end time.Time) storage.DigestRun {
	return storage.DigestRun{
		Channel: channel, Key: end.UTC().Format(time.RFC3339), Title: "Daily digest",
		Update: func(st *storage.DigestState) bool {
			if !end.After(st.Last) {
				return false
			}
			st.Last = end
			return true
		},
		Split: oneGroup,
	}
}

func digestDeliveries(t *testing.T, s *storage.Store) []readout.Delivery {
	t.Helper()
	pending, err := s.Pending()
	if err != nil {
		t.Fatal(err)
	}
	var out []readout.Delivery
	for _, d := range pending {
		if d.Kind == readout.KindDigest {
			out = append(out, d)
		}
	}
	return out
}

// TestDigestHoldAndRun: held and waiting readout deliveries go into one
// digest, in the order they arrived; the same period run again (a restart)
// enqueues nothing; an empty period enqueues nothing; a delivery already
// being posted is not taken.
func TestDigestHoldAndRun(t *testing.T) {
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	var items []storage.NewItem
	for i := range 4 {
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Hash: fmt.Sprint(i),
			Readout: ro(fmt.Sprintf("R%d", i), now.Add(-time.Duration(i)*time.Hour), "JP", "KH"), Channels: []string{"C1", "C2"}})
	}
	if _, err := s.Ingest("f", readout.FeedState{Polled: true}, items); err != nil {
		t.Fatal(err)
	}
	pending, _ := s.Pending()
	var c1 []readout.Delivery
	for _, d := range pending {
		if d.Channel == "C1" {
			c1 = append(c1, d)
		}
	}
	if len(c1) != 4 {
		t.Fatalf("C1 has %d deliveries, want 4", len(c1))
	}
	// R0 and R2 are held by the deliverer, R1 waits in the outbox, R3 is
	// being posted.
	for _, i := range []int{2, 0} {
		if moved, err := s.Hold(c1[i].ID); err != nil || !moved {
			t.Fatalf("hold %d: %v %v", i, moved, err)
		}
	}
	if err := s.UpdateDelivery(c1[3].ID, func(d *readout.Delivery) { d.Sending = now }); err != nil {
		t.Fatal(err)
	}
	if moved, err := s.Hold(c1[3].ID); err != nil || moved {
		t.Fatalf("hold of a delivery being posted: moved %v, %v", moved, err)
	}
	if _, held, err := s.DigestState("C1"); err != nil || held != 2 {
		t.Fatalf("held %d, %v; want 2", held, err)
	}

	end := now.Add(time.Hour)
	n, err := s.RunDigest(period("C1", end))
	if err != nil || n != 1 {
		t.Fatalf("run: %d, %v; want 1 delivery", n, err)
	}
	if n, err := s.RunDigest(period("C1", end)); err != nil || n != 0 {
		t.Fatalf("the same period again: %d, %v; want nothing", n, err)
	}
	ds := digestDeliveries(t, s)
	if len(ds) != 1 {
		t.Fatalf("%d digest deliveries, want 1", len(ds))
	}
	p := ds[0].Digest
	var want []string
	for _, i := range []int{0, 1, 2} {
		want = append(want, c1[i].ReadoutID)
	}
	if p == nil || p.Total != 3 || fmt.Sprint(p.Groups[0].ReadoutIDs) != fmt.Sprint(want) || p.Key != end.Format(time.RFC3339) {
		t.Fatalf("digest payload %+v, want readouts %v", p, want)
	}
	pending, _ = s.Pending()
	for _, d := range pending {
		if d.Channel == "C1" && d.Kind == readout.KindReadout && d.ID != c1[3].ID {
			t.Errorf("C1 still has readout delivery %d (%s)", d.ID, d.ReadoutID)
		}
	}
	if _, held, _ := s.DigestState("C1"); held != 0 {
		t.Errorf("%d still held after the digest", held)
	}
	// C2's deliveries are untouched.
	n2 := 0
	for _, d := range pending {
		if d.Channel == "C2" && d.Kind == readout.KindReadout {
			n2++
		}
	}
	if n2 != 4 {
		t.Errorf("C2 has %d readout deliveries, want its 4", n2)
	}
	// The next period has nothing: it is recorded and posts nothing.
	next := end.Add(24 * time.Hour)
	if n, err := s.RunDigest(period("C1", next)); err != nil || n != 0 {
		t.Fatalf("empty period: %d, %v", n, err)
	}
	if st, _, _ := s.DigestState("C1"); !st.Last.Equal(next) {
		t.Errorf("last = %v, want %v", st.Last, next)
	}
	if got := len(digestDeliveries(t, s)); got != 1 {
		t.Errorf("%d digest deliveries after the empty period, want still 1", got)
	}
}

// TestDigestSplitMustPlaceAll: a split that loses a readout aborts the
// run, and nothing is taken.
func TestDigestSplitMustPlaceAll(t *testing.T) {
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	items := []storage.NewItem{
		{Key: "a", Readout: ro("A", now, "KH"), Channels: []string{"C1"}},
		{Key: "b", Readout: ro("B", now, "KH"), Channels: []string{"C1"}},
	}
	if _, err := s.Ingest("f", readout.FeedState{Polled: true}, items); err != nil {
		t.Fatal(err)
	}
	run := period("C1", now.Add(time.Hour))
	run.Split = func(rs []*readout.Readout) [][]readout.DigestGroup {
		return [][]readout.DigestGroup{{{ReadoutIDs: []string{rs[0].ID}}}}
	}
	if _, err := s.RunDigest(run); err == nil {
		t.Fatal("a split losing a readout: no error")
	}
	pending, _ := s.Pending()
	if len(pending) != 2 {
		t.Errorf("%d deliveries in the outbox after the failed run, want the 2 readouts", len(pending))
	}
	if st, _, _ := s.DigestState("C1"); !st.Last.IsZero() {
		t.Errorf("the failed run recorded its period: %v", st.Last)
	}
}

// TestDigestOneItemOfTwoFeeds: a channel that holds an item for its digest,
// or got it in one, does not get the copy another feed of the publisher
// carries.
func TestDigestOneItemOfTwoFeeds(t *testing.T) {
	now := time.Date(2024, 1, 16, 3, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	r := fixture(t, "us-jp-call.mofa.md")
	id := ingestOne(t, s, "mofa-all", "guid-801", r, "C1", "C2").IDs[0]
	for ch, d := range byChannel(t, s, id) {
		if ch == "C1" || ch == "C2" {
			if _, err := s.Hold(d.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n, err := s.RunDigest(period("C1", now.Add(time.Hour))); err != nil || n != 1 {
		t.Fatalf("C1's digest: %d, %v", n, err)
	}
	// C1 got it in its digest, C2 holds it, C3 follows the category feed.
	cat := ingestOne(t, s, "mofa-na", "guid-801", r, "C1", "C2", "C3")
	if cat.Saved != 0 || cat.Deliveries != 1 {
		t.Fatalf("second feed: %+v, want nothing saved and one delivery (C3)", cat)
	}
	if _, ok := byChannel(t, s, id)["C3"]; !ok {
		t.Errorf("C3 did not get the item")
	}
}

// TestPruneDigestedMarks: retention deletes a pruned readout's digested
// marks as it deletes its posted marks.
func TestPruneDigestedMarks(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	var items []storage.NewItem
	for i := range 100 {
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Hash: fmt.Sprint(i),
			Readout: ro(fmt.Sprintf("Old meeting %d", i), time.Date(2019, 1, 1, i, 0, 0, 0, time.UTC), "JP", "KH"), Channels: []string{"C1"}})
	}
	if _, err := s.Ingest("f", readout.FeedState{Polled: true}, items); err != nil {
		t.Fatal(err)
	}
	if n, err := s.RunDigest(period("C1", now)); err != nil || n != 1 {
		t.Fatalf("digest: %d, %v", n, err)
	}
	size := func() int64 {
		st, err := s.Size()
		if err != nil {
			t.Fatal(err)
		}
		return st.Buckets["digested"]
	}
	before := size()
	if before == 0 {
		t.Fatal("100 digested marks take no page")
	}
	// Prune keeps readouts a queued delivery needs: post the digest first.
	due, err := s.Due(now, 0)
	if err != nil || len(due) == 0 {
		t.Fatalf("Due: %d deliveries, %v", len(due), err)
	}
	for _, d := range due {
		if err := s.Delivered(d.ID, "1.0"); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.Prune(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil || n != 100 {
		t.Fatalf("Prune: %d, %v", n, err)
	}
	if after := size(); after >= before {
		t.Errorf("digested marks take %d bytes after the prune, %d before; want them gone", after, before)
	}
}
