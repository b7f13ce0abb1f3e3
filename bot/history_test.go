package bot_test

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/storage"
)

// process is one run of the daemon's delivery worker on a store: a fresh
// Deliverer, as after a restart, at the given clock.
func process(t *testing.T, s *storage.Store, fake *slackfake.Server, now func() time.Time) *bot.Deliverer {
	t.Helper()
	return &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))),
		Now: now, PerChannel: time.Nanosecond, RetryInitial: time.Second, RetryMax: time.Second,
		Logger: slog.New(slog.NewTextHandler(t.Output(), nil))}
}

// parents returns the parent posts in a channel.
func parents(fake *slackfake.Server, channel string) []slackfake.Post {
	var out []slackfake.Post
	for _, p := range fake.History(channel) {
		if p.ThreadTS == "" {
			out = append(out, p)
		}
	}
	return out
}

// storedBut500 answers the first attempt of every parent with a 500 after
// storing it, as Slack does when its answer is lost after the write.
func storedBut500(p slackfake.Post, attempt int) slackfake.Response {
	if p.ThreadTS == "" && attempt == 1 {
		return slackfake.Response{Status: 500, Stored: true}
	}
	return slackfake.Response{}
}

// TestStoredBut500NotPostedTwiceWhenNotInChannel is issue 19's item 12:
// with chat:write.public the bot posts to a public channel it never joined,
// where conversations.history answers not_in_channel; a post Slack stored
// but answered 500 was then posted again (two parents). The bot joins the
// channel now, so the next process finds the stored post in the history.
func TestStoredBut500NotPostedTwiceWhenNotInChannel(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newStore(t, clock)
	fake := slackfake.New(t)
	fake.RequireMembership()
	fake.SetPostHook(storedBut500)
	id := enqueue(t, s, "a", "C0PUBLIC")

	if st, err := process(t, s, fake, clock).Drain(t.Context()); err != nil || st.Retrying != 1 {
		t.Fatalf("first run: %+v, %v; want the 500 retried", st, err)
	}
	if !fake.IsMember("C0PUBLIC") {
		t.Errorf("the bot did not join the channel it posts to")
	}
	now = now.Add(time.Hour)
	if st, err := process(t, s, fake, clock).Drain(t.Context()); err != nil || st.Posted != 1 {
		t.Fatalf("second run (a new process): %+v, %v; want it posted", st, err)
	}
	if ps := parents(fake, "C0PUBLIC"); len(ps) != 1 {
		t.Errorf("%d parents in the channel, want 1", len(ps))
	}
	if ts, ok, _ := s.PostedTS("C0PUBLIC", id); !ok || ts != parents(fake, "C0PUBLIC")[0].TS {
		t.Errorf("recorded ts %q, want the stored post's", ts)
	}
	if n := len(fake.History("C0PUBLIC")); n != 2 {
		t.Errorf("%d messages in the channel, want the parent and its one reply", n)
	}
}

// TestHistoryNotInChannelJoinsAndReads: the sink's own look at the history
// joins the channel when Slack answers not_in_channel, then reads it.
func TestHistoryNotInChannelJoinsAndReads(t *testing.T) {
	fake := slackfake.New(t)
	fake.RequireMembership()
	sink := bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL())))
	key := bot.PostKey{Instance: "inst-a", DeliveryID: "7"}
	meta := bot.Meta{EventType: bot.EventReadoutPosted, Payload: map[string]any{"instance_id": "inst-a", "delivery_id": "7"}}
	ts, err := sink.PostParent(t.Context(), "C0PUBLIC", bot.Message{Text: "x"}, meta)
	if err != nil {
		t.Fatal(err)
	}
	got, _, found, err := sink.FindPosted(t.Context(), "C0PUBLIC", key, time.Time{})
	if err != nil || !found || got != ts {
		t.Errorf("FindPosted: %q, %v, %v; want %q found", got, found, err, ts)
	}
	if !fake.IsMember("C0PUBLIC") || fake.Calls("conversations.join") != 1 {
		t.Errorf("joined: %v after %d joins, want one join", fake.IsMember("C0PUBLIC"), fake.Calls("conversations.join"))
	}
	// A private channel cannot be joined; joining it is not an error.
	if err := sink.Join(t.Context(), "G0PRIVATE"); err != nil {
		t.Errorf("join of a private channel: %v, want nil", err)
	}
}

// TestStoredBut500NotPostedTwiceWhenHistoryUnreadable: where the bot
// cannot join (the app lacks channels:join), the history stays unreadable
// and a post whose outcome is unknown cannot be checked. It is not posted
// again: it goes to the dead letters with a reason that says what to do,
// and `readout outbox retry` posts it.
func TestStoredBut500NotPostedTwiceWhenHistoryUnreadable(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newStore(t, clock)
	fake := slackfake.New(t)
	fake.RequireMembership()
	fake.SetJoinError("missing_scope")
	fake.SetPostHook(storedBut500)
	id := enqueue(t, s, "a", "C0PUBLIC")
	_ = id

	if _, err := process(t, s, fake, clock).Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Hour)
	st, err := process(t, s, fake, clock).Drain(t.Context())
	if err != nil || st.Dead != 1 || st.Posted != 0 {
		t.Fatalf("second run: %+v, %v; want the delivery dead-lettered, not posted", st, err)
	}
	if ps := parents(fake, "C0PUBLIC"); len(ps) != 1 {
		t.Fatalf("%d parents in the channel, want 1", len(ps))
	}
	dead, err := s.DeadLetters()
	if err != nil || len(dead) != 1 {
		t.Fatalf("dead letters: %+v, %v", dead, err)
	}
	for _, w := range []string{"not posted again", "not_in_channel", fmt.Sprintf("readout outbox retry %d", dead[0].ID)} {
		if !strings.Contains(dead[0].LastError, w) {
			t.Errorf("dead-letter reason %q lacks %q", dead[0].LastError, w)
		}
	}
	if inactive, _ := s.Inactive(); len(inactive) != 0 {
		t.Errorf("the channel was paused: %v", inactive)
	}
	// Someone looked and wants it posted: a retry by hand posts it.
	if err := s.Requeue(dead[0].ID); err != nil {
		t.Fatal(err)
	}
	if st, err := process(t, s, fake, clock).Drain(t.Context()); err != nil || st.Posted != 1 {
		t.Fatalf("after retry: %+v, %v; want it posted", st, err)
	}
	if ps := parents(fake, "C0PUBLIC"); len(ps) != 2 {
		t.Errorf("%d parents after the retry by hand, want 2", len(ps))
	}
}

// TestOtherInstancePostNotTakenForOurs is issue 19's item 12: delivery IDs
// are per database, so two deployments posting to one channel could take
// each other's posts for their own. Each database has its own instance ID
// in the metadata now, and only the deployment's own posts match.
func TestOtherInstancePostNotTakenForOurs(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	staging, production := newStore(t, clock), newStore(t, clock)
	fake := slackfake.New(t)
	// Production's first parent gets a 500 that stored nothing: its
	// outcome is unknown to production, which looks at the history.
	fake.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		if p.ThreadTS == "" && strings.Contains(p.Text, "production") && attempt == 1 {
			return slackfake.Response{Status: 500}
		}
		return slackfake.Response{}
	})
	stagingID := enqueue(t, staging, "staging", "C0SHARED")
	prodID := enqueue(t, production, "production", "C0SHARED")
	if _, err := process(t, production, fake, clock).Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	if st, err := process(t, staging, fake, clock).Drain(t.Context()); err != nil || st.Posted != 1 {
		t.Fatalf("staging: %+v, %v", st, err)
	}
	now = now.Add(time.Hour)
	if st, err := process(t, production, fake, clock).Drain(t.Context()); err != nil || st.Posted != 1 {
		t.Fatalf("production's second run: %+v, %v", st, err)
	}
	got := map[string]int{}
	for _, p := range parents(fake, "C0SHARED") {
		got[fmt.Sprint(p.Metadata.EventPayload["readout_id"])]++
		if p.Metadata.EventPayload["instance_id"] == nil {
			t.Errorf("post %s carries no instance_id", p.TS)
		}
	}
	if got[stagingID] != 1 || got[prodID] != 1 {
		t.Errorf("parents by readout: %v; want one of staging's %s and one of production's %s", got, stagingID, prodID)
	}
	a, _ := staging.InstanceID()
	b, _ := production.InstanceID()
	if a == b || len(a) != 32 {
		t.Errorf("instance IDs %q and %q: want two different random IDs", a, b)
	}
	if again, _ := staging.InstanceID(); again != a {
		t.Errorf("instance ID changed: %q then %q", a, again)
	}
}

// TestSubscribeJoinsChannel is issue 19's item 12: subscribing a public
// channel from Slack joins it (conversations.join), so that the bot can
// read back its posts there; when it cannot, the answer says so.
func TestSubscribeJoinsChannel(t *testing.T) {
	fake := slackfake.New(t)
	fake.RequireMembership()
	sink := bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL())))
	c := &bot.Commands{Store: cmdStore(t), Join: sink.Join}
	got := replyText(t, c.Handle(t.Context(), bot.Request{Text: "subscribe laos", ChannelID: "C0PUBLIC", UserID: "U1"}))
	if !fake.IsMember("C0PUBLIC") {
		t.Errorf("subscribe did not join the channel")
	}
	if strings.Contains(got, "could not join") {
		t.Errorf("reply warns of a join that worked:\n%s", got)
	}
	fake.SetJoinError("missing_scope")
	got = replyText(t, c.Handle(t.Context(), bot.Request{Text: "subscribe cambodia", ChannelID: "C0OTHER", UserID: "U1"}))
	if !strings.Contains(got, "could not join this channel (missing_scope)") || !strings.Contains(got, "/invite @readout") {
		t.Errorf("reply does not say the join failed and what to do:\n%s", got)
	}
	if !strings.Contains(got, "subscribed this channel to 🇰🇭 Cambodia") {
		t.Errorf("the subscription itself failed:\n%s", got)
	}
}
