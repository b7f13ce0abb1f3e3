package pipeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
)

// fullDisk fails every Ingest with ENOSPC while full is set.
type fullDisk struct {
	pipeline.Store
	full bool
}

func (s *fullDisk) Ingest(feedID string, st readout.FeedState, items []pipeline.NewItem) (pipeline.Ingested, error) {
	if s.full {
		return pipeline.Ingested{}, fmt.Errorf("storage: ingest %s: write readout.db: %w", feedID, syscall.ENOSPC)
	}
	return s.Store.Ingest(feedID, st, items)
}

// A full disk must not be invisible: the failed ingest is logged at ERROR
// with its feed, readiness and `readout feeds` see it, `poll --once`
// names a real next try, and all clears once a poll is stored again.
func TestFullDiskOnIngestIsReported(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, _, ff := setup(t, &now, 0)
	disk := &fullDisk{Store: p.Store, full: true}
	p.Store = disk
	var logs bytes.Buffer
	p.Logger = slog.New(slog.NewJSONHandler(&logs, nil))
	ff.items = []readout.Item{item("a", "KH summit", now)}

	res := p.PollDue(t.Context(), []readout.Feed{mofa}, true)[0]
	if res.Status != pipeline.StatusError || !errors.Is(res.Err, syscall.ENOSPC) {
		t.Fatalf("poll: %v, want a storage error", res)
	}
	if res.NextTry.IsZero() || strings.Contains(res.String(), "0001-01-01") {
		t.Errorf("poll line %q: want a real next try", res)
	}
	errorRecords := 0
	for line := range strings.SplitSeq(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if rec["level"] == "ERROR" && rec["feed_id"] == mofa.ID && strings.Contains(fmt.Sprint(rec["error"]), "no space left") {
			errorRecords++
		}
	}
	if errorRecords != 1 {
		t.Errorf("ERROR records naming the feed and the full disk: %d, want 1\n%s", errorRecords, logs.String())
	}
	if err := p.StorageErr(); !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("StorageErr() = %v, want the full disk (readiness reads it)", err)
	}
	st, ok := p.UnsavedStates()[mofa.ID]
	if !ok || st.Failures != 1 || !strings.Contains(st.LastError, "no space left") {
		t.Errorf("UnsavedStates()[%s] = %+v, %v; want one failure naming the full disk (`readout feeds` shows it)", mofa.ID, st, ok)
	}

	disk.full = false
	res = p.PollDue(t.Context(), []readout.Feed{mofa}, true)[0]
	if res.Status != pipeline.StatusNew || res.New != 1 {
		t.Fatalf("poll after space was freed: %v, want the item stored (nothing lost)", res)
	}
	if err := p.StorageErr(); err != nil {
		t.Errorf("StorageErr() after a stored poll = %v, want nil", err)
	}
	if n := len(p.UnsavedStates()); n != 0 {
		t.Errorf("UnsavedStates() after a stored poll: %d feeds, want none", n)
	}
}
