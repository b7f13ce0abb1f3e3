package bot_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
	"github.com/slack-go/slack"
)

func newStore(t *testing.T, now func() time.Time) *storage.Store {
	t.Helper()
	return storagetest.Open(t, storage.Options{Now: now})
}

func enqueue(t *testing.T, s *storage.Store, key string, channels ...string) string {
	t.Helper()
	r := &readout.Readout{Title: "Japan-Cambodia Summit Meeting " + key, Parties: []string{"JP", "KH"},
		Sections: []readout.Section{{Number: "1", Heading: "Outset", Level: 1, Summary: "Both leaders met.", Text: "Both leaders met in Phnom Penh."}}}
	res, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: key, Readout: r, Channels: channels}})
	if err != nil {
		t.Fatal(err)
	}
	return res.IDs[0]
}

func TestDelivererPostsRetriesAndDeadLetters(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newStore(t, clock)
	fake := slackfake.New(t)
	fake.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		switch {
		case p.Channel == "CGONE":
			return slackfake.Response{Error: "channel_not_found"}
		case p.Channel == "CBUSY" && p.ThreadTS == "" && attempt == 1:
			return slackfake.Response{Status: 429, RetryAfter: 7}
		case p.Channel == "CREPLY" && p.ThreadTS != "" && attempt == 1:
			return slackfake.Response{Status: 500}
		}
		return slackfake.Response{}
	})
	client := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
	d := &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(client), Now: clock, PerChannel: time.Nanosecond,
		Logger: slog.New(slog.NewTextHandler(t.Output(), nil))}
	id := enqueue(t, s, "a", "COK", "CGONE", "CBUSY", "CREPLY")

	st, err := d.Drain(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Posted != 1 || st.Dead != 1 || st.Retrying != 2 {
		t.Fatalf("first drain: got %+v, want 1 posted, 1 dead, 2 retrying", st)
	}
	if ts, ok, _ := s.PostedTS("COK", id); !ok || ts == "" {
		t.Errorf("no ts recorded for COK")
	}
	dead, _ := s.DeadLetters()
	if len(dead) != 1 || dead[0].Channel != "CGONE" || dead[0].LastError != "channel_not_found" {
		t.Errorf("dead letters: got %+v", dead)
	}
	if inactive, _ := s.Inactive(); inactive["CGONE"] != "channel_not_found" {
		t.Errorf("CGONE not marked inactive: %v", inactive)
	}
	// The rate-limited post waits for Retry-After; the failed reply waits
	// for its backoff. Then both go out, the reply under the parent
	// already posted.
	pending, _ := s.Pending()
	if len(pending) != 2 || !pending[0].NextTry.Equal(now.Add(7*time.Second)) || pending[1].ParentTS == "" {
		t.Fatalf("pending: got %+v, want CBUSY due in 7s and CREPLY with its parent recorded", pending)
	}
	now = now.Add(time.Hour)
	st, _ = d.Drain(t.Context())
	if st.Posted != 2 {
		t.Errorf("second drain: got %+v, want 2 posted", st)
	}
	for _, ch := range []string{"COK", "CBUSY", "CREPLY"} {
		hist := fake.History(ch)
		if len(hist) != 2 || hist[0].ThreadTS != "" || hist[1].ThreadTS != hist[0].TS {
			t.Errorf("%s: got %d messages %+v, want one parent then its reply", ch, len(hist), hist)
		}
	}
	// Every parent carries the readout ID; replies are threaded under it.
	parents := 0
	for _, p := range fake.Posts() {
		if p.ThreadTS != "" {
			continue
		}
		parents++
		if p.Metadata == nil || p.Metadata.EventType != "readout_posted" || p.Metadata.EventPayload["readout_id"] != id {
			t.Errorf("parent to %s: metadata %+v", p.Channel, p.Metadata)
		}
	}
	if parents != 3 {
		t.Errorf("parents posted: got %d, want 3", parents)
	}
}

// fakeClock is a clock that Sleep advances.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	return ctx.Err()
}

func TestDelivererPacesEachChannel(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	s := newStore(t, clock.Now)
	fake := slackfake.New(t, slackfake.WithClock(clock.Now))
	client := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
	// One channel at a time: concurrent sleepers would move the shared fake
	// clock under each other.
	d := &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(client), Now: clock.Now, Sleep: clock.Sleep, MaxConcurrent: 1}
	for i := range 20 {
		enqueue(t, s, fmt.Sprint(i), "C1")
	}
	enqueue(t, s, "other", "C2")
	st, err := d.Drain(t.Context())
	if err != nil || st.Posted != 21 {
		t.Fatalf("drain: got %+v, %v; want 21 posted", st, err)
	}
	hist := fake.History("C1")
	var parents []slackfake.Post
	for _, p := range hist {
		if p.ThreadTS == "" {
			parents = append(parents, p)
		}
	}
	if len(parents) != 20 {
		t.Fatalf("C1 parents: got %d, want 20", len(parents))
	}
	// Slack's pace: one message a second per channel, replies included.
	if span := hist[len(hist)-1].At.Sub(hist[0].At); span < 19*time.Second {
		t.Errorf("20 readouts to one channel took %v of Slack time, want at least 19s", span)
	}
	for i := 1; i < len(hist); i++ {
		if gap := hist[i].At.Sub(hist[i-1].At); gap < time.Second {
			t.Errorf("messages %d and %d to C1 are %v apart, want at least 1s", i-1, i, gap)
		}
	}
}
