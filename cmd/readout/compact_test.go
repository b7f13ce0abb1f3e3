package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// With `retention: 5y` the daemon prunes the readouts published before
// then at start; `readout compact` then goes through its admin socket and
// shrinks the file, and `/readout cambodia` answers the same before and
// after.
func TestCompactThroughDaemon(t *testing.T) {
	t.Parallel()
	dataDir := t.TempDir()
	db := filepath.Join(dataDir, "readout.db")
	s, err := storage.Open(db, storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var old []storage.NewItem
	for i := range 400 {
		r := &readout.Readout{Title: fmt.Sprintf("Japan-Cambodia Foreign Ministers' Meeting %d", i), Publisher: "Old Ministry",
			URL: fmt.Sprintf("https://old.example/%d", i), Published: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour),
			Parties: []string{"JP", "KH"}, Lead: strings.Repeat(fmt.Sprintf("The ministers of Japan and Cambodia met for the %dth time and agreed on many things. ", i), 25)}
		old = append(old, storage.NewItem{Key: fmt.Sprint(i), Readout: r})
	}
	if _, err := s.Ingest("old-feed", readout.FeedState{}, old); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	feed := newFeedServer(t)
	feed.add("new", "Japan-Cambodia Summit Meeting", "On May 2, the leaders of Japan and Cambodia met in Tokyo and agreed to cooperate on energy.", time.Now().Add(-time.Hour))
	cfg := filepath.Join(t.TempDir(), "readout.yaml")
	if err := os.WriteFile(cfg, fmt.Appendf(nil, `data_dir: %s
poll_schedule: "@every 1s"
builtin_feeds: false
allow_private_addresses: true
retention: 5y
feeds:
  - id: test-mofa
    url: %s/feed.xml
    publisher: Test Ministry of Foreign Affairs
    country: JP
`, dataDir, feed.URL), 0o600); err != nil {
		t.Fatal(err)
	}
	slk := slackfake.New(t)
	env := []string{"SLACK_BOT_TOKEN=xoxb-test-token", "SLACK_APP_TOKEN=xapp-test-token", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR="}
	d := startDaemon(t, env, "serve", "--config", cfg)
	if err := slk.WaitConnected(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "the pruning at start", func() bool { return strings.Contains(d.out.String(), "old readouts pruned") })
	if !strings.Contains(d.out.String(), `"pruned":400`) {
		t.Errorf("want 400 readouts pruned; daemon log:\n%s", d.out.String())
	}
	waitFor(t, 20*time.Second, "two polls", func() bool { n, _ := feed.counts(); return n >= 2 })
	lookup := func() string {
		p, _ := slash(t, slk, "C0ANYWHERE", "cambodia")
		return blockTexts(t, p["blocks"])
	}
	before := lookup()
	if !strings.Contains(before, "Japan-Cambodia Summit Meeting") || strings.Contains(before, "Foreign Ministers' Meeting") {
		t.Fatalf("/readout cambodia before compacting:\n%s", before)
	}
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	out, err := runBinary(t, nil, "compact", "--config", cfg)
	if err != nil || !strings.Contains(out, "compacted "+db) || !strings.Contains(out, "smaller") {
		t.Fatalf("compact: %v\n%s", err, out)
	}
	t.Logf("%s", strings.TrimSpace(out))
	after, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if after.Size() >= fi.Size()/2 {
		t.Errorf("file %d bytes before, %d after; want less than half", fi.Size(), after.Size())
	}
	if got := lookup(); got != before {
		t.Errorf("/readout cambodia after compacting:\n%s\nbefore:\n%s", got, before)
	}
	feed.add("newer", "Japan-Cambodia Foreign Ministers' Talks", "On May 3, the foreign ministers of Japan and Cambodia met in Tokyo.", time.Now())
	waitFor(t, 20*time.Second, "the next readout stored after compacting", func() bool {
		return strings.Contains(lookup(), "Japan-Cambodia Foreign Ministers' Talks")
	})
	d.stop(t)
	if err := storage.CheckFile(db); err != nil {
		t.Errorf("compacted file: %v", err)
	}
}
