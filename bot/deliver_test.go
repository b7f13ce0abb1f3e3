package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/slack-go/slack"
)

func newStore(t *testing.T, now func() time.Time) *storage.Store {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), "r.db"), storage.Options{NoSync: true, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
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
		case p.Channel == "CBUSY" && attempt == 1:
			return slackfake.Response{Status: 429, RetryAfter: 7}
		}
		return slackfake.Response{}
	})
	client := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
	d := &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(client), Now: clock, PerChannel: time.Nanosecond}
	id := enqueue(t, s, "a", "COK", "CGONE", "CBUSY")

	st, err := d.Drain(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Posted != 1 || st.Dead != 1 || st.Retrying != 1 {
		t.Fatalf("first drain: got %+v, want 1 posted, 1 dead, 1 retrying", st)
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
	// The rate-limited post waits for Retry-After, then goes out.
	pending, _ := s.Pending()
	if len(pending) != 1 || !pending[0].NextTry.Equal(now.Add(7*time.Second)) {
		t.Fatalf("pending: got %+v, want CBUSY due in 7s", pending)
	}
	now = now.Add(7 * time.Second)
	st, _ = d.Drain(t.Context())
	if st.Posted != 1 {
		t.Errorf("second drain: got %+v, want 1 posted", st)
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
	if parents != 2 {
		t.Errorf("parents posted: got %d, want 2", parents)
	}
}

func TestDelivererPacesEachChannel(t *testing.T) {
	s := newStore(t, nil)
	var sink recordingSink
	d := &bot.Deliverer{Outbox: s, Sink: &sink, PerChannel: 30 * time.Millisecond}
	for _, k := range []string{"a", "b", "c"} {
		enqueue(t, s, k, "C1")
	}
	if _, err := d.Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	if len(sink.at) != 3 {
		t.Fatalf("posts: got %d, want 3", len(sink.at))
	}
	for i := 1; i < len(sink.at); i++ {
		if gap := sink.at[i].Sub(sink.at[i-1]); gap < 30*time.Millisecond {
			t.Errorf("gap between posts %d and %d: %v, want at least 30ms", i-1, i, gap)
		}
	}
}

type recordingSink struct{ at []time.Time }

func (r *recordingSink) Post(_ context.Context, _ string, _ bot.Message, _ bot.Meta) (string, error) {
	r.at = append(r.at, time.Now())
	return fmt.Sprint(len(r.at)), nil
}
