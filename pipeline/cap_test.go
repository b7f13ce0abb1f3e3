package pipeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// A feed that rotates its GUIDs (or publishes a long archive at once) must
// not enqueue thousands of deliveries in one poll: a poll stores at most
// MaxNewPerPoll new items, oldest first, and the rest come with the next
// polls.
func TestNewItemsCappedPerPoll(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, ff := setup(t, &now, 0)
	if err := st.SaveFeedState(mofa.ID, readout.FeedState{Polled: true}); err != nil {
		t.Fatal(err)
	}
	extra := 50
	total := pipeline.MaxNewPerPoll + extra
	for i := total - 1; i >= 0; i-- { // newest first, as feeds are
		ff.items = append(ff.items, item(fmt.Sprint("k", i), fmt.Sprint("VN talk ", i), now.Add(time.Duration(i-total)*time.Minute)))
	}

	res := p.PollDue(t.Context(), []readout.Feed{mofa}, true)[0]
	if res.New != pipeline.MaxNewPerPoll || res.Pending != extra || res.Deliveries != pipeline.MaxNewPerPoll {
		t.Fatalf("first poll: %v (%+v), want %d new, %d pending", res, res, pipeline.MaxNewPerPoll, extra)
	}
	if !stored(t, st, "k0") || stored(t, st, fmt.Sprint("k", total-1)) {
		t.Errorf("the first poll must store the oldest items and leave the newest")
	}

	res = p.PollDue(t.Context(), []readout.Feed{mofa}, false)[0] // due again at once
	if res.New != extra || res.Pending != 0 || res.Deliveries != extra {
		t.Fatalf("second poll: %v, want the %d left", res, extra)
	}
	if !stored(t, st, fmt.Sprint("k", total-1)) {
		t.Errorf("the newest item is not stored after the second poll")
	}
}

func stored(t *testing.T, st *storage.Store, key string) bool {
	t.Helper()
	_, err := st.Readout(storage.ReadoutID(mofa.ID, key))
	return err == nil
}
