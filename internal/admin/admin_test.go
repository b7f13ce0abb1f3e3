package admin_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/internal/daemon"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// both opens a daemon's state and serves it on an admin socket, and
// returns the local service and a client of the socket.
func both(t *testing.T) (*daemon.App, admin.Service, admin.Service) {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	cfg.BuiltinFeeds = config.Builtin{}
	cfg.Feeds = []config.Feed{{ID: "conf-mofa", URL: "https://mofa.example/feed.xml", Publisher: "Configured", Country: "JP", Language: "en", Enabled: true}}
	a, err := daemon.Open(cfg, daemon.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	ctx, cancel := context.WithCancel(t.Context())
	path := admin.SocketPath(cfg.DataDir)
	done := make(chan error, 1)
	srv := &admin.Server{Service: a.Admin()}
	go func() { done <- srv.Serve(ctx, path) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("admin server: %v", err)
		}
	})
	c := admin.NewClient(path)
	// The socket is up once it answers.
	for i := 0; ; i++ {
		if _, err := c.Outbox(t.Context()); err == nil {
			break
		} else if i == 500 {
			t.Fatalf("admin socket never answered: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return a, a.Admin(), c
}

// The local service and the client over the socket give the same answers.
func TestClientMatchesLocal(t *testing.T) {
	a, local, remote := both(t)
	ctx := t.Context()
	id, err := a.Store.EnqueueText("C0DESK", "alert", "a feed keeps failing")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Store.Kill(id, "channel_not_found"); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]admin.Service{"local": local, "remote": remote} {
		ob, err := s.Outbox(ctx)
		if err != nil || len(ob.Dead) != 1 || ob.Dead[0].LastError != "channel_not_found" {
			t.Errorf("%s outbox: %+v, %v; want the dead delivery", name, ob, err)
		}
		fs, err := s.Feeds(ctx)
		if err != nil || len(fs) != 1 || fs[0].ID != "conf-mofa" {
			t.Errorf("%s feeds: %+v, %v", name, fs, err)
		}
		list, err := s.Export(ctx)
		if err != nil || !reflect.DeepEqual(list, a.Feeds) {
			t.Errorf("%s export: %+v, %v; want %+v", name, list, err, a.Feeds)
		}
		err = s.Retry(ctx, 424242)
		if !errors.Is(err, admin.ErrNotFound) || !strings.Contains(err.Error(), "no delivery 424242") {
			t.Errorf("%s retry of an unknown delivery: %v; want ErrNotFound naming it", name, err)
		}
		text, err := s.Anniversaries(ctx, admin.AnniversaryQuery{Country: "cambodia", From: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), Days: 366})
		if err != nil || !strings.Contains(text, "Cambodia") {
			t.Errorf("%s anniversaries: %q, %v", name, text, err)
		}
		var buf bytes.Buffer
		n, err := s.Backup(ctx, &buf)
		if err != nil || n == 0 || int64(buf.Len()) != n {
			t.Errorf("%s backup: %d bytes (%d read), %v", name, n, buf.Len(), err)
		}
	}
	if err := remote.Retry(ctx, id); err != nil {
		t.Fatalf("remote retry: %v", err)
	}
	if ob, _ := local.Outbox(ctx); len(ob.Pending) != 1 || len(ob.Dead) != 0 {
		t.Errorf("after retry: %+v; want the delivery pending again", ob)
	}
}

// An import with an invalid schedule or country stores nothing and names
// each bad feed; a valid one is stored, and removed again.
func TestImportValidatesFeeds(t *testing.T) {
	a, _, remote := both(t)
	ctx := t.Context()
	bad := []readout.Feed{
		{ID: "ok-feed", URL: "https://ok.example/rss", Country: "FR"},
		{ID: "bad-schedule", URL: "https://a.example/rss", Country: "DE", Schedule: "every five minutes"},
		{ID: "bad-country", URL: "https://b.example/rss", Country: "FRANCE"},
	}
	_, err := remote.Import(ctx, bad)
	if err == nil || !strings.Contains(err.Error(), "bad-schedule (https://a.example/rss): schedule:") ||
		!strings.Contains(err.Error(), "bad-country (https://b.example/rss): country:") || strings.Contains(err.Error(), "ok-feed") {
		t.Fatalf("import of bad feeds: %v; want one line for each bad feed", err)
	}
	if got, _ := a.Store.ImportedFeeds(); len(got) != 0 {
		t.Fatalf("refused import stored %+v", got)
	}
	res, err := remote.Import(ctx, bad[:1])
	if err != nil || len(res.Added) != 1 {
		t.Fatalf("import of a good feed: %+v, %v", res, err)
	}
	if err := remote.RemoveFeed(ctx, "conf-mofa"); !errors.Is(err, admin.ErrNotFound) || !strings.Contains(err.Error(), "not imported") {
		t.Errorf("remove a configured feed: %v; want ErrNotFound saying it is not imported", err)
	}
	if err := remote.RemoveFeed(ctx, "ok-feed"); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if got, _ := a.Store.ImportedFeeds(); len(got) != 0 {
		t.Errorf("after remove: %+v", got)
	}
	if err := remote.RemoveFeed(ctx, "ok-feed"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("second remove: %v; want ErrNotFound", err)
	}
}

func TestSocketPath(t *testing.T) {
	if got, want := admin.SocketPath("/var/lib/readout"), filepath.Join("/var/lib/readout", "readout.sock"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A poll whose results could not be stored (a full disk) shows in
// `readout feeds` over the older state the database holds.
func TestFeedsShowUnstoredPolls(t *testing.T) {
	a, _, _ := both(t)
	l := a.Admin()
	l.Unsaved = func() map[string]readout.FeedState {
		return map[string]readout.FeedState{"conf-mofa": {Failures: 1, LastError: "store poll: no space left on device"}}
	}
	fs, err := l.Feeds(t.Context())
	if err != nil || len(fs) != 1 || fs[0].State.Failures != 1 || !strings.Contains(fs[0].State.LastError, "no space left") {
		t.Errorf("feeds: %+v, %v; want the unstored poll's failure", fs, err)
	}
}
