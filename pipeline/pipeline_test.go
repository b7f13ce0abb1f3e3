package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// fakeFetcher serves a scripted feed.
type fakeFetcher struct {
	items []readout.Item
	err   error
	calls int
}

func (f *fakeFetcher) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	f.calls++
	if f.err != nil {
		return pipeline.Fetched{}, f.err
	}
	return pipeline.Fetched{Items: slices.Clone(f.items), ETag: fmt.Sprint(f.calls)}, nil
}

func (f *fakeFetcher) IsTeaser(it readout.Item) bool { return feeds.IsTeaser(it) }

func (f *fakeFetcher) FetchArticle(ctx context.Context, u string) (string, string, error) {
	return "", "", errors.New("no articles here")
}

func item(key, title string, published time.Time) readout.Item {
	return readout.Item{Key: key, Title: title, Published: published, Content: title + " body", Hash: "h-" + key}
}

// parseByTitle gives each readout the parties named in its title.
func parseByTitle(doc readout.Document) (*readout.Readout, error) {
	r := &readout.Readout{Title: doc.Title, Published: doc.Published, Parties: []string{doc.PublisherCountry}}
	for _, c := range []string{"KH", "LA", "VN"} {
		if slices.Contains(splitWords(doc.Title), c) {
			r.Parties = append(r.Parties, c)
		}
	}
	return r, nil
}

func splitWords(s string) []string {
	var out []string
	word := ""
	for _, r := range s + " " {
		if r == ' ' {
			if word != "" {
				out = append(out, word)
			}
			word = ""
			continue
		}
		word += string(r)
	}
	return out
}

func setup(t *testing.T, now *time.Time, firstN int) (*pipeline.Pipeline, *storage.Store, *fakeFetcher) {
	t.Helper()
	st := storagetest.Open(t, storage.Options{Now: func() time.Time { return *now }})
	ff := &fakeFetcher{}
	p := &pipeline.Pipeline{
		Store: adapters.Store{Store: st}, Fetcher: ff, Parse: parseByTitle, PostLatestOnFirstPoll: firstN,
		Subscriptions: []readout.Subscription{
			{Channel: "C1", Countries: []string{"KH"}},
			{Channel: "C2", Feeds: []string{"mofa"}},
		},
		Now: func() time.Time { return *now },
	}
	return p, st, ff
}

var mofa = readout.Feed{ID: "mofa", Publisher: "MOFA", Country: "JP"}

func TestFirstPollStoresWithoutPosting(t *testing.T) {
	tests := []struct {
		firstN     int
		deliveries int
	}{
		{0, 0},
		{1, 2}, // the newest (KH) item goes to C1 and C2
		{5, 3},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint("post_latest=", tt.firstN), func(t *testing.T) {
			now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
			p, st, ff := setup(t, &now, tt.firstN)
			ff.items = []readout.Item{item("a", "VN talk", now.Add(-2*time.Hour)), item("b", "KH summit", now.Add(-time.Hour))}
			res := p.PollDue(t.Context(), []readout.Feed{mofa}, false)
			if res[0].Status != pipeline.StatusNew || res[0].New != 2 || !res[0].FirstPoll {
				t.Fatalf("first poll: got %+v", res[0])
			}
			if res[0].Deliveries != tt.deliveries {
				t.Errorf("deliveries: got %d, want %d", res[0].Deliveries, tt.deliveries)
			}
			if rs, _ := st.LatestForCountry("KH", 5, nil); len(rs) != 1 {
				t.Errorf("stored KH readouts: got %d, want 1 (lookups must find first-poll items)", len(rs))
			}
		})
	}
}

func TestNewItemRoutedOnce(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, ff := setup(t, &now, 0)
	ff.items = []readout.Item{item("a", "VN talk", now)}
	p.PollDue(t.Context(), []readout.Feed{mofa}, true)

	ff.items = append(ff.items, item("b", "KH LA summit", now), item("c", "VN call", now))
	res := p.PollDue(t.Context(), []readout.Feed{mofa}, true)
	if res[0].New != 2 || res[0].Deliveries != 3 { // b -> C1, C2; c -> C2
		t.Fatalf("second poll: got %+v, want 2 new, 3 deliveries", res[0])
	}
	due, _ := st.Due(now, 0)
	var got []string
	for _, d := range due {
		r, err := st.Readout(d.ReadoutID)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d.Channel+":"+r.Title)
	}
	want := []string{"C1:KH LA summit", "C2:KH LA summit", "C2:VN call"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("deliveries: got %v, want %v", got, want)
	}
	// Polling again, with b edited by its publisher, posts nothing more.
	ff.items[1].Hash = "edited"
	res = p.PollDue(t.Context(), []readout.Feed{mofa}, true)
	if res[0].New != 0 || res[0].Deliveries != 0 || res[0].Edited != 1 {
		t.Errorf("third poll: got %+v, want nothing new, 1 edited", res[0])
	}
}

func TestFailureBacksOffAndRecovers(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, ff := setup(t, &now, 0)
	ff.err = errors.New("connection refused")
	res := p.PollDue(t.Context(), []readout.Feed{mofa}, false)
	if res[0].Status != pipeline.StatusError || !res[0].NextTry.After(now) {
		t.Fatalf("failed poll: got %+v", res[0])
	}
	fs, _ := st.FeedState("mofa")
	if fs.Failures != 1 || fs.LastError != "connection refused" {
		t.Errorf("feed state after failure: got %+v", fs)
	}
	// Within the backoff the feed is skipped without a fetch.
	calls := ff.calls
	res = p.PollDue(t.Context(), []readout.Feed{mofa}, false)
	if res[0].Status != pipeline.StatusSkipped || ff.calls != calls {
		t.Errorf("poll in backoff: got %+v, %d fetches", res[0], ff.calls-calls)
	}
	// The second failure waits longer than the first.
	now = fs.NextPoll
	p.PollDue(t.Context(), []readout.Feed{mofa}, false)
	fs2, _ := st.FeedState("mofa")
	if fs2.Failures != 2 || fs2.NextPoll.Sub(now) <= fs.NextPoll.Sub(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))*3/2 {
		t.Errorf("second backoff: got %v after %v", fs2.NextPoll.Sub(now), fs.NextPoll.Sub(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)))
	}
	// It recovers.
	ff.err = nil
	now = fs2.NextPoll
	res = p.PollDue(t.Context(), []readout.Feed{mofa}, false)
	if res[0].Status != pipeline.StatusNew {
		t.Errorf("recovered poll: got %+v", res[0])
	}
	if fs, _ := st.FeedState("mofa"); fs.Failures != 0 || fs.LastError != "" {
		t.Errorf("feed state after recovery: got %+v", fs)
	}
}

func TestRoute(t *testing.T) {
	subs := []readout.Subscription{
		{Channel: "C1", Countries: []string{"KH"}},
		{Channel: "C2", Feeds: []string{"mofa"}},
		{Channel: "C1", Countries: []string{"JP"}},
		{Channel: "C3", Countries: []string{"FR"}},
	}
	r := &readout.Readout{Parties: []string{"JP", "KH"}}
	if got, _ := pipeline.Route(subs, "mofa", r); fmt.Sprint(got) != "[C1 C2]" {
		t.Errorf("got %v, want [C1 C2]", got)
	}
	if got, _ := pipeline.Route(subs, "other", &readout.Readout{Parties: []string{"US"}}); len(got) != 0 {
		t.Errorf("got %v, want none", got)
	}
}

func TestScheduleNextTick(t *testing.T) {
	p := &pipeline.Pipeline{}
	c := pipeline.NewCron(nil, time.UTC)
	list := []readout.Feed{{ID: "a"}, {ID: "b", Schedule: "0 * * * *"}}
	if err := p.Schedule(t.Context(), c, list, "@every 5m", nil); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 1, 10, 7, 0, 0, time.UTC)
	if got, want := p.NextTick("b", at), time.Date(2026, 3, 1, 11, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("hourly: got %v, want %v", got, want)
	}
	if got, want := p.NextTick("a", at), at.Add(5*time.Minute); !got.Equal(want) {
		t.Errorf("every 5m before start: got %v, want %v", got, want)
	}
	if err := p.Schedule(t.Context(), c, []readout.Feed{{ID: "x", Schedule: "every day"}}, "@every 5m", nil); err == nil {
		t.Error("a bad spec was accepted")
	}
}

func TestFeedAlertsOnceAndRecovery(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, ff := setup(t, &now, 0)
	p.AlertChannel, p.AlertAfter = "CADMIN", 3
	ff.err = errors.New("HTTP 503 Service Unavailable")
	for range 5 {
		p.PollDue(t.Context(), []readout.Feed{mofa}, true)
	}
	notices := func() []string {
		due, _ := st.Due(now.Add(time.Hour), 0)
		var out []string
		for _, d := range due {
			if d.Kind == readout.KindNotice && d.Channel == "CADMIN" {
				out = append(out, d.Text)
			}
		}
		return out
	}
	if got := notices(); len(got) != 1 || !strings.Contains(got[0], "failed 3 times") || !strings.Contains(got[0], "503") {
		t.Fatalf("after 5 failures: got notices %q, want one alert", got)
	}
	ff.err = nil
	p.PollDue(t.Context(), []readout.Feed{mofa}, true)
	p.PollDue(t.Context(), []readout.Feed{mofa}, true)
	got := notices()
	if len(got) != 2 || !strings.Contains(got[1], "works again after 5 failures") {
		t.Errorf("after recovery: got notices %q, want the alert and one recovery notice", got)
	}
}
