package storage_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// fixture parses a readout of ../meeting/testdata.
func fixture(t *testing.T, name string) *readout.Readout {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "meeting", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := readout.ParseMarkdown(src)
	if err != nil {
		t.Fatal(err)
	}
	r, err := readout.Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// byChannel is the outbox's deliveries of a readout, by channel.
func byChannel(t *testing.T, s *storage.Store, readoutID string) map[string]readout.Delivery {
	t.Helper()
	ds, err := s.Pending()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]readout.Delivery{}
	for _, d := range ds {
		if d.ReadoutID == readoutID {
			if _, dup := out[d.Channel]; dup {
				t.Errorf("two deliveries of %s to %s", readoutID, d.Channel)
			}
			out[d.Channel] = d
		}
	}
	return out
}

func ingestOne(t *testing.T, s *storage.Store, feedID, key string, r *readout.Readout, channels ...string) storage.IngestResult {
	t.Helper()
	res, err := s.Ingest(feedID, readout.FeedState{Polled: true}, []storage.NewItem{{Key: key, Hash: "h-" + key, Readout: r, Channels: channels}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestIngestThreadsTheOtherSide(t *testing.T) {
	now := time.Date(2023, 9, 7, 3, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	jp := ingestOne(t, s, "mofa", "jp-kh", fixture(t, "jp-kh-summit.mofa.md"), "C1", "C2", "C4")
	first := jp.IDs[0]
	// C1 got Japan's post; C2's is still queued; C4's went to the dead letters.
	for ch, d := range byChannel(t, s, first) {
		switch ch {
		case "C1":
			if err := s.Delivered(d.ID, "1694000000.000100"); err != nil {
				t.Fatal(err)
			}
		case "C4":
			if err := s.Kill(d.ID, "channel_not_found"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if q, err := s.Queued("C2", first); err != nil || !q {
		t.Errorf("Queued(C2) = %v, %v; want true", q, err)
	}
	if q, err := s.Queued("C1", first); err != nil || q {
		t.Errorf("Queued(C1) = %v, %v; want false", q, err)
	}

	kh := ingestOne(t, s, "mfaic", "kh-jp", fixture(t, "jp-kh-summit.mfaic.md"), "C1", "C2", "C3", "C4")
	if kh.Saved != 1 || kh.Deliveries != 4 {
		t.Fatalf("ingest: %+v", kh)
	}
	got := byChannel(t, s, kh.IDs[0])
	for ch, want := range map[string]string{"C1": first, "C2": first, "C3": "", "C4": ""} {
		if got[ch].ThreadOf != want {
			t.Errorf("%s: ThreadOf = %q, want %q", ch, got[ch].ThreadOf, want)
		}
	}

	// Japan's readout of the multilateral summit the same day is not the
	// same meeting: its deliveries are parents everywhere.
	other := ingestOne(t, s, "mfaic", "kh-asean", fixture(t, "asean-jp.mfaic.md"), "C1")
	if d := byChannel(t, s, other.IDs[0])["C1"]; d.ThreadOf != "" {
		t.Errorf("a near miss threads under %s", d.ThreadOf)
	}
}

func TestIngestOneItemOfTwoFeeds(t *testing.T) {
	now := time.Date(2024, 1, 16, 3, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	r := fixture(t, "us-jp-call.mofa.md")
	all := ingestOne(t, s, "mofa-all", "guid-801", r, "C1", "C2")
	id := all.IDs[0]
	for ch, d := range byChannel(t, s, id) {
		if ch == "C1" {
			if err := s.Delivered(d.ID, "1705370000.000100"); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The category feed carries the same item: C1 had it, C2 has it
	// queued, C3 subscribes to the category feed only.
	cat := ingestOne(t, s, "mofa-na", "guid-801", r, "C1", "C2", "C3")
	if cat.Saved != 0 || cat.Deliveries != 1 {
		t.Fatalf("second feed: %+v, want nothing saved and one delivery", cat)
	}
	got := byChannel(t, s, id)
	if _, ok := got["C3"]; !ok || len(got) != 2 {
		t.Errorf("deliveries of the item: %v, want C2 (queued) and C3", got)
	}
	// The same item once more from the category feed: seen.
	if again := ingestOne(t, s, "mofa-na", "guid-801", r, "C3"); again.Deliveries != 0 || again.Skipped != 1 {
		t.Errorf("third poll: %+v", again)
	}
	// A feed without GUIDs: another key, the same page.
	byURL := *r
	byURL.URL = "http://mofa.go.jp/na/na1/us/page1e_000801.html/?utm_source=rss#top"
	if res := ingestOne(t, s, "mofa-rss", "link-key", &byURL, "C1", "C4"); res.Saved != 0 || res.Deliveries != 1 {
		t.Errorf("same page by URL: %+v, want one delivery (C4)", res)
	}
	// Another publisher's item with the same key is another item.
	wh := fixture(t, "us-jp-call.wh.md")
	if res := ingestOne(t, s, "wh", "guid-801", wh, "C1"); res.Saved != 1 {
		t.Errorf("another publisher's item: %+v", res)
	}
}

// BenchmarkIngestWithPairing ingests one readout into a store holding a
// month of readouts between the same two countries, 40 a day: the cost of
// looking for the other side's readout among those published within three
// days.
func BenchmarkIngestWithPairing(b *testing.B) {
	base := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	s := mustOpen(b, func() time.Time { return base.Add(40 * 24 * time.Hour) })
	var items []storage.NewItem
	for i := range 30 * 40 {
		items = append(items, storage.NewItem{Key: fmt.Sprint("old-", i), Readout: &readout.Readout{
			Title: fmt.Sprintf("Readout of a call %d", i), Publisher: "The White House", URL: fmt.Sprintf("https://wh.example/%d", i),
			Published: base.Add(time.Duration(i) * 36 * time.Minute), Parties: []string{"US", "JP"},
			Meeting:      readout.Meeting{Kind: "call", Date: base.Add(time.Duration(i) * 36 * time.Minute).Format(time.DateOnly)},
			Participants: []readout.Participant{{Name: fmt.Sprint("Official ", i), Country: "US", Role: readout.RolePrincipal}},
			Body:         strings.Repeat("The two sides discussed cooperation. ", 60),
		}})
	}
	if _, err := s.Ingest("wh", readout.FeedState{}, items); err != nil {
		b.Fatal(err)
	}
	r := &readout.Readout{Title: "Japan-U.S. Telephone Talk", Publisher: "Ministry of Foreign Affairs of Japan",
		Published: base.Add(15 * 24 * time.Hour), Parties: []string{"JP", "US"}, Meeting: readout.Meeting{Kind: "telephone talk", Date: "2024-03-16"},
		Participants: []readout.Participant{{Name: "KISHIDA Fumio", Country: "JP", Role: readout.RolePrincipal}}}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Ingest("mofa", readout.FeedState{}, []storage.NewItem{{Key: fmt.Sprint("new-", i), Readout: r, Channels: []string{"C1"}}}); err != nil {
			b.Fatal(err)
		}
	}
}
