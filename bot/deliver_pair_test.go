package bot_test

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/slack-go/slack"
)

// TestDelivererThreadsTheOtherSide: Cambodia's readout of a meeting waits
// while Japan's is still queued for a channel, then goes into its thread;
// where Japan's went to the dead letters it is posted as a parent.
func TestDelivererThreadsTheOtherSide(t *testing.T) {
	now := time.Date(2023, 9, 7, 3, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newStore(t, clock)
	fake := slackfake.New(t)
	client := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
	d := &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(client), Now: clock, PerChannel: time.Nanosecond,
		Logger: slog.New(slog.NewTextHandler(t.Output(), nil))}

	ingest := func(feed, key, name string, channels ...string) string {
		t.Helper()
		res, err := s.Ingest(feed, readout.FeedState{}, []storage.NewItem{{Key: key, Readout: loadMeetingFixture(t, name), Channels: channels}})
		if err != nil {
			t.Fatal(err)
		}
		return res.IDs[0]
	}
	jp := ingest("mofa", "jp", "jp-kh-summit.mofa.md", "C1", "C2")
	pending, _ := s.Pending()
	// Japan's post to C1 is held back (a rate limit); C2's will fail.
	for _, p := range pending {
		if p.Channel == "C1" {
			if err := s.Retry(p.ID, now.Add(time.Minute), "ratelimited"); err != nil {
				t.Fatal(err)
			}
		}
	}
	kh := ingest("mfaic", "kh", "jp-kh-summit.mfaic.md", "C1", "C2")
	for _, p := range pending {
		if p.Channel == "C2" {
			if err := s.Kill(p.ID, "channel_not_found"); err != nil {
				t.Fatal(err)
			}
		}
	}
	st, err := d.Drain(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Posted != 1 || st.Retrying != 1 {
		t.Fatalf("first drain: %+v, want Cambodia's posted in C2 and waiting in C1", st)
	}
	c2 := fake.History("C2")
	if len(c2) == 0 || c2[0].ThreadTS != "" || strings.Contains(c2[0].Text, "readout of this meeting") {
		t.Fatalf("C2: %+v, want Cambodia's readout as a parent", c2)
	}
	if len(fake.History("C1")) != 0 {
		t.Fatalf("C1 got a post before Japan's readout")
	}

	now = now.Add(2 * time.Minute)
	if _, err := d.Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	c1 := fake.History("C1")
	if len(c1) == 0 || c1[0].ThreadTS != "" {
		t.Fatalf("C1: %+v", c1)
	}
	root := c1[0].TS
	var threaded []slackfake.Post
	for _, p := range c1[1:] {
		if p.ThreadTS != root {
			t.Errorf("C1: post %s outside Japan's thread", p.TS)
		}
		if p.Metadata != nil && p.Metadata.EventPayload["readout_id"] == kh {
			threaded = append(threaded, p)
		}
	}
	if len(threaded) < 2 || !strings.Contains(threaded[0].Text, "Cambodia's readout of this meeting") ||
		!strings.HasPrefix(threaded[1].Text, "How the two readouts differ") {
		t.Fatalf("Cambodia's posts in Japan's thread: %d: %+v", len(threaded), threaded)
	}
	// Cambodia's readout is recorded under the thread it went to, so that
	// a third readout of the meeting answers there too.
	if ts, ok, _ := s.PostedTS("C1", kh); !ok || ts != root {
		t.Errorf("PostedTS(C1, cambodia) = %q, %v; want the thread %s", ts, ok, root)
	}
	if ts, _, _ := s.PostedTS("C1", jp); ts != root {
		t.Errorf("PostedTS(C1, japan) = %q, want %s", ts, root)
	}
	if p, _ := s.Pending(); len(p) != 0 {
		t.Errorf("outbox not empty: %+v", p)
	}
}
