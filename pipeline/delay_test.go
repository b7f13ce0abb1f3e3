package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

const tinyFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x</link><description>d</description>
<item><title>Japan-Cambodia Summit Meeting</title><link>http://x/1</link><guid>g1</guid><description>The Prime Minister met the Prime Minister of Cambodia.</description></item>
</channel></rss>`

// One response must not stop a feed for decades: every delay a server
// gives (Expires, Cache-Control max-age, Retry-After in seconds or as an
// HTTP date) is capped at the longest backoff, an hour.
func TestServerDelayCapped(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	far := time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat)
	tests := []struct {
		name   string
		status int
		header map[string]string
	}{
		{"Expires in 2099 on a 200", 200, map[string]string{"Expires": far}},
		{"max-age of a year on a 200", 200, map[string]string{"Cache-Control": "max-age=31536000"}},
		{"Retry-After date in 2099 on a 503", 503, map[string]string{"Retry-After": far}},
		{"Retry-After of 10 years in seconds on a 429", 429, map[string]string{"Retry-After": "315360000"}},
		{"Expires in 2099 on a 304", 304, map[string]string{"Expires": far}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.status)
				if tt.status == 200 {
					fmt.Fprint(w, tinyFeed)
				}
			}))
			defer srv.Close()
			st := storagetest.Open(t, storage.Options{})
			clock := func() time.Time { return now }
			p := &pipeline.Pipeline{
				Store:   adapters.Store{Store: st},
				Fetcher: adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true, Now: clock})},
				Parse:   parseByTitle,
				Now:     clock,
			}
			f := readout.Feed{ID: "f", URL: srv.URL + "/feed.xml", Country: "JP"}
			res := p.PollDue(t.Context(), []readout.Feed{f}, true)[0]
			if res.Status == pipeline.StatusSkipped {
				t.Fatalf("poll: %v", res)
			}
			fs, err := st.FeedState(f.ID)
			if err != nil {
				t.Fatal(err)
			}
			// An hour, plus the backoff's ±10% jitter on a failure.
			if limit := now.Add(66 * time.Minute); fs.NextPoll.After(limit) {
				t.Errorf("next poll %s, want at most %s (%s)", fs.NextPoll.Format(time.RFC3339), limit.Format(time.RFC3339), res)
			}
			if fs.NextPoll.Before(now.Add(time.Minute - 6*time.Second)) {
				t.Errorf("next poll %s: the server's delay was dropped, not capped", fs.NextPoll.Format(time.RFC3339))
			}
		})
	}
}
