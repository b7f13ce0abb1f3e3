package storage_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// prunable opens a store holding old readouts (published in 2019) and new
// ones (2026), every one delivered to a channel and posted.
func prunable(t *testing.T, path string, old, young int) (*storage.Store, []string) {
	t.Helper()
	s, err := storage.Open(path, storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var items []storage.NewItem
	for i := range old + young {
		at := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		if i >= old {
			at = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		}
		r := ro(fmt.Sprintf("Meeting %d", i), at, "JP", "KH")
		r.Publisher, r.URL = "MOFA", fmt.Sprintf("https://mofa.example/%d", i)
		r.Lead = strings.Repeat(fmt.Sprintf("Paragraph %d of the readout, which the ministers agreed on. ", i), 20)
		r.Sections = []readout.Section{{Number: "1", Summary: "Agreed.", Text: r.Lead}}
		r.Body = r.Lead
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Hash: "h", Readout: r, Channels: []string{"C1"}})
	}
	res, err := s.Ingest("f", readout.FeedState{}, items)
	if err != nil {
		t.Fatal(err)
	}
	due, err := s.Due(time.Now(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range due {
		if err := s.Delivered(d.ID, "1.0"); err != nil {
			t.Fatal(err)
		}
	}
	return s, res.IDs
}

// Prune deletes the readouts published before the cutoff and what points
// at them, keeps their seen marks (an old item is not stored again), and
// leaves the rest whole.
func TestPrune(t *testing.T) {
	t.Parallel()
	s, ids := prunable(t, filepath.Join(t.TempDir(), "p.db"), 60, 40)
	defer s.Close()
	n, err := s.Prune(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 60 {
		t.Fatalf("Prune: %d, %v; want 60", n, err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.CountReadouts(); c != 40 {
		t.Errorf("%d readouts left, want 40", c)
	}
	for i, id := range ids {
		_, err := s.Readout(id)
		_, posted, _ := s.PostedTS("C1", id)
		if i < 60 && (!errors.Is(err, storage.ErrNotFound) || posted) {
			t.Errorf("old readout %d: %v, posted mark %v; want ErrNotFound, none", i, err, posted)
		}
		if i >= 60 && (err != nil || !posted) {
			t.Errorf("new readout %d: %v, posted mark %v", i, err, posted)
		}
	}
	rs, err := s.LatestForCountry("KH", 100, nil)
	if err != nil || len(rs) != 40 || rs[len(rs)-1].Title != "Meeting 60" {
		t.Errorf("LatestForCountry: %d readouts, %v", len(rs), err)
	}
	// The old items are still known: polled again, nothing is stored.
	res, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: "3", Hash: "h", Readout: ro("Meeting 3", time.Now(), "JP")}})
	if err != nil || res.Saved != 0 {
		t.Errorf("old item polled again: %+v, %v; want nothing stored", res, err)
	}
	// Another feed of the publisher with an old readout's address: a new
	// readout, not a pointer to the deleted one.
	r := ro("Meeting 3 again", time.Now(), "JP", "KH")
	r.Publisher, r.URL = "MOFA", "https://mofa.example/3"
	res, err = s.Ingest("g", readout.FeedState{}, []storage.NewItem{{Key: "x", Readout: r, Channels: []string{"C1"}}})
	if err != nil || res.Saved != 1 {
		t.Errorf("old address in another feed: %+v, %v; want it stored anew", res, err)
	}
	if n, err := s.Prune(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil || n != 0 {
		t.Errorf("second Prune: %d, %v; want nothing", n, err)
	}
}

// TestPruneKeepsQueued: an old readout whose delivery still waits in the
// outbox (an old item ingested today) is kept by Prune until it is
// delivered, and pruned by the next Prune after that.
func TestPruneKeepsQueued(t *testing.T) {
	t.Parallel()
	s, _ := prunable(t, filepath.Join(t.TempDir(), "q.db"), 3, 2)
	defer s.Close()
	cutoff := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	late := ro("Meeting of long ago", time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC), "JP", "KH")
	res, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: "late", Hash: "h", Readout: late, Channels: []string{"C1"}}})
	if err != nil || res.Saved != 1 {
		t.Fatalf("Ingest: %+v, %v", res, err)
	}
	if n, err := s.Prune(cutoff); err != nil || n != 3 {
		t.Fatalf("Prune with the old readout queued: %d, %v; want the 3 delivered old ones", n, err)
	}
	if _, err := s.Readout(res.IDs[0]); err != nil {
		t.Fatalf("queued readout pruned: %v", err)
	}
	due, err := s.Due(time.Now(), 0)
	if err != nil || len(due) != 1 || due[0].ReadoutID != res.IDs[0] {
		t.Fatalf("Due: %+v, %v; want the old readout's delivery", due, err)
	}
	if err := s.Delivered(due[0].ID, "2.0"); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Prune(cutoff); err != nil || n != 1 {
		t.Fatalf("Prune after the delivery: %d, %v; want the old readout", n, err)
	}
	if _, err := s.Readout(res.IDs[0]); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("delivered old readout: %v, want ErrNotFound", err)
	}
}

// Compact on a pruned file shrinks it, and the store serves reads and
// writes throughout: lookups running during the compaction all succeed.
func TestCompactPruned(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "c.db")
	s, ids := prunable(t, path, 120, 20)
	defer s.Close()
	if _, err := s.Prune(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	var (
		stop    atomic.Bool
		lookups atomic.Int64
		wg      sync.WaitGroup
	)
	wg.Go(func() {
		for !stop.Load() {
			rs, err := s.LatestMeetingsForCountry("KH", 3, 3)
			if err != nil || len(rs) != 3 {
				t.Errorf("lookup during compaction: %d readouts, %v", len(rs), err)
				return
			}
			lookups.Add(1)
		}
	})
	before, after, err := s.Compact()
	stop.Store(true)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("compacted %d -> %d bytes; %d lookups ran meanwhile", before, after, lookups.Load())
	if after >= before/2 {
		t.Errorf("compacted %d -> %d bytes; want less than half", before, after)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Readout(ids[130]); err != nil || r.Title != "Meeting 130" {
		t.Errorf("after compaction: %+v, %v", r, err)
	}
	r := ro("After", time.Now(), "KH")
	if res, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: "after", Readout: r}}); err != nil || res.Saved != 1 {
		t.Fatalf("ingest after compaction: %+v, %v", res, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := storage.Open(path, storage.Options{}) // the file at the path is the compacted one
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if n, err := s2.CountReadouts(); err != nil || n != 21 {
		t.Errorf("reopened: %d readouts, %v; want 21", n, err)
	}
	if matches, _ := filepath.Glob(path + ".*"); len(matches) != 0 {
		t.Errorf("left behind: %v", matches)
	}
}
