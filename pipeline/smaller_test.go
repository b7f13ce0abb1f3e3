package pipeline_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// A feed URL's query secret (?api_key=…) must not reach the admin
// channel's alert, the logs, the poll line or the stored last error.
func TestFeedURLSecretsRedactedInAlertsAndLogs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "upstream down", http.StatusInternalServerError)
	}))
	defer srv.Close()
	st, err := storage.Open(filepath.Join(t.TempDir(), "r.db"), storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	p := &pipeline.Pipeline{
		Store:        adapters.Store{Store: st},
		Fetcher:      adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true, Logger: log})},
		Parse:        parseByTitle,
		AlertChannel: "C0ADMIN",
		AlertAfter:   1,
		Logger:       log,
	}
	const secret = "s3cr3t-0123456789"
	f := readout.Feed{ID: "keyed", URL: srv.URL + "/rss?lang=en&api_key=" + secret + "&token=" + secret, Country: "JP"}
	res := p.PollDue(t.Context(), []readout.Feed{f}, true)[0]
	if res.Status != pipeline.StatusError {
		t.Fatalf("poll: %v, want the HTTP 500", res)
	}
	pending, err := st.Pending()
	if err != nil || len(pending) != 1 {
		t.Fatalf("alerts enqueued: %d, %v; want 1", len(pending), err)
	}
	fs, err := st.FeedState(f.ID)
	if err != nil {
		t.Fatal(err)
	}
	for what, text := range map[string]string{
		"alert": pending[0].Text, "logs": logs.String(), "poll line": res.String(), "last error": fs.LastError,
	} {
		if strings.Contains(text, secret) {
			t.Errorf("the %s shows the secret: %s", what, text)
		}
	}
	if !strings.Contains(pending[0].Text, "api_key=REDACTED") || !strings.Contains(pending[0].Text, "lang=en") {
		t.Errorf("alert %q: want the URL with its secret masked", pending[0].Text)
	}
}

// blockingFetcher holds every Fetch until release is closed.
type blockingFetcher struct {
	fakeFetcher
	started chan struct{}
	release chan struct{}
}

func (f *blockingFetcher) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	f.started <- struct{}{}
	<-f.release
	return pipeline.Fetched{NotModified: true}, nil
}

// A feed still being polled by an earlier cycle is reported as busy, not
// as backing off (the cycle log counted it in in_backoff).
func TestFeedBeingPolledNotCountedAsBackoff(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, _, _ := setup(t, &now, 0)
	bf := &blockingFetcher{started: make(chan struct{}, 1), release: make(chan struct{})}
	p.Fetcher = bf
	done := make(chan []pipeline.Result, 1)
	go func() { done <- p.PollDue(t.Context(), []readout.Feed{mofa}, true) }()
	receive(t, bf.started, "fetch")
	res := p.PollDue(t.Context(), []readout.Feed{mofa}, true)[0]
	close(bf.release)
	if res.Status != pipeline.StatusBusy {
		t.Errorf("second poll while the first runs: %v (status %d), want StatusBusy", res, res.Status)
	}
	if got := receive(t, done, "first poll")[0]; got.Status != pipeline.StatusNotModified {
		t.Errorf("first poll: %v", got)
	}
}
