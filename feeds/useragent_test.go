package feeds_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

// There is one default user agent, the fetcher's browser-like one: the
// configuration's default leaves it alone, and a value set in the file
// replaces it.
func TestOneDefaultUserAgent(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.UserAgent()
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	for _, tt := range []struct{ configured, want string }{
		{config.Default().UserAgent, feeds.DefaultUserAgent},
		{"newsroom-readout/2.1 (ops@example.org)", "newsroom-readout/2.1 (ops@example.org)"},
	} {
		f := feeds.NewFetcher(feeds.Options{UserAgent: tt.configured, AllowPrivate: true})
		if _, err := f.Fetch(t.Context(), readout.Feed{ID: "f", URL: srv.URL}, readout.FeedState{}); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("configured %q: sent %q, want %q", tt.configured, got, tt.want)
		}
	}
}

// The fetcher's records carry the component its caller named, once.
func TestFetcherLogsOneComponent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) }))
	defer srv.Close()
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})).With("component", "fetcher")
	f := feeds.NewFetcher(feeds.Options{AllowPrivate: true, Logger: log})
	if _, err := f.Fetch(t.Context(), readout.Feed{ID: "f", URL: srv.URL}, readout.FeedState{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(logs.String(), `"component"`); n != 1 || !strings.Contains(logs.String(), `"feed_id":"f"`) {
		t.Errorf("log %q: want one component and the feed_id", logs.String())
	}
}
