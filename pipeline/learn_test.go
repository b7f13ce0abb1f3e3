package pipeline_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

func TestLearnSeesEachStoredReadoutOnce(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, ff := setup(t, &now, 0)
	var learned []string
	p.Learn = func(ctx context.Context, r *readout.Readout) {
		stored, err := st.Readout(r.ID)
		if err != nil {
			t.Errorf("Learn got %q before it was stored: %v", r.ID, err)
			return
		}
		if r.FeedID != "mofa" || stored.Title != r.Title {
			t.Errorf("Learn got %+v, stored %+v", r, stored)
		}
		learned = append(learned, r.Title)
	}
	ff.items = []readout.Item{item("a", "VN talk", now)}
	p.PollDue(t.Context(), []readout.Feed{mofa}, true) // first poll: stored, not posted, still learned from
	ff.items = append(ff.items, item("b", "KH summit", now))
	p.PollDue(t.Context(), []readout.Feed{mofa}, true)
	ff.items[1].Hash = "edited" // an edit is not a new readout
	p.PollDue(t.Context(), []readout.Feed{mofa}, true)

	if want := []string{"VN talk", "KH summit"}; !slices.Equal(learned, want) {
		t.Errorf("learned from: got %q, want %q", learned, want)
	}
	if id := storage.ReadoutID("mofa", "b"); !slices.Contains(mustIDs(t, st), id) {
		t.Errorf("readout %s not stored", id)
	}
}

func mustIDs(t *testing.T, st *storage.Store) []string {
	t.Helper()
	rs, err := st.Latest(10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return ids
}
