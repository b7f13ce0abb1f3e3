package bot_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// gatedStore holds LatestMeetingsForCountry until gate is closed (when gate is not
// nil) and counts the calls.
type gatedStore struct {
	*storage.Store
	gate  chan struct{}
	calls atomic.Int32
}

func (g *gatedStore) LatestMeetingsForCountry(code string, n, window int) ([]*readout.Readout, error) {
	g.calls.Add(1)
	if g.gate != nil {
		<-g.gate
	}
	return g.Store.LatestMeetingsForCountry(code, n, window)
}

// ackPayload decodes a slash command ack.
type ackPayload struct {
	ResponseType string            `json:"response_type"`
	Text         string            `json:"text"`
	Blocks       []json.RawMessage `json:"blocks"`
}

func decodeAck(t *testing.T, raw json.RawMessage) ackPayload {
	t.Helper()
	var p ackPayload
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatalf("decode ack payload %s: %v", raw, err)
	}
	return p
}

// startSocket runs the Socket Mode transport against a fake Slack until the
// test ends.
func startSocket(t *testing.T, st bot.CommandStore, wait time.Duration) *slackfake.Server {
	t.Helper()
	fake := slackfake.New(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()), slack.OptionAppLevelToken("xapp-test"))
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := bot.RunSocketModeWait(ctx, api, &bot.Commands{Store: st}, slog.New(slog.DiscardHandler), wait); err != nil {
			t.Errorf("RunSocketMode: %v", err)
		}
	})
	t.Cleanup(func() {
		cancel()
		wg.Wait()
	})
	if err := fake.WaitConnected(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	return fake
}

func TestSocketModeAnswersInAck(t *testing.T) {
	store := &gatedStore{Store: cmdStore(t)}
	fake := startSocket(t, store, 2*time.Second)
	ctx := t.Context()

	ack, err := fake.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1"})
	if err != nil {
		t.Fatal(err)
	}
	p := decodeAck(t, ack.Payload)
	if p.ResponseType != "ephemeral" || !strings.Contains(string(ack.Payload), "Japan-Cambodia Policy Consultation 5") {
		t.Errorf("ack: got %s, want an ephemeral reply with the newest Cambodian readout", ack.Payload)
	}

	// A disconnect from Slack is followed by a new connection, and the
	// next command is answered there.
	if err := fake.Disconnect("refresh_requested"); err != nil {
		t.Fatal(err)
	}
	if err := fake.WaitConnected(ctx, 2); err != nil {
		t.Fatal(err)
	}
	ack, err = fake.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: "subscribe laos", ChannelID: "C9", UserID: "U1"})
	if err != nil {
		t.Fatal(err)
	}
	if p := decodeAck(t, ack.Payload); p.ResponseType != "in_channel" || !strings.Contains(p.Text, "Laos") {
		t.Errorf("subscribe ack after reconnect: got %s, want an in_channel confirmation", ack.Payload)
	}
	subs, err := store.Subscriptions(false)
	if err != nil || len(subs) != 1 || subs[0].Channel != "C9" {
		t.Errorf("subscriptions after subscribe: got %v, %v; want C9", subs, err)
	}

	// Clicks on the readout's source button and events are acked empty.
	click := map[string]any{"type": "block_actions", "user": map[string]string{"id": "U1"},
		"actions": []map[string]string{{"action_id": "readout_open_source", "type": "button", "value": ""}}}
	if ack, err := fake.SendEnvelope(ctx, "interactive", click); err != nil || ack.Payload != nil {
		t.Errorf("button click: ack %+v, %v; want an empty ack", ack, err)
	}
	if ack, err := fake.SendEvent(ctx, "app_home_opened", map[string]any{"user": "U1", "tab": "home"}); err != nil || ack.Payload != nil {
		t.Errorf("app_home_opened: ack %+v, %v; want an empty ack", ack, err)
	}
}

func TestSocketModeSlowReplyGoesToResponseURL(t *testing.T) {
	store := &gatedStore{Store: cmdStore(t), gate: make(chan struct{})}
	// The store holds the lookup until the ack has come: the ack can only
	// be "Working on it…".
	fake := startSocket(t, store, 10*time.Millisecond)
	ack, err := fake.SendSlashCommand(t.Context(), slackfake.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1"})
	close(store.gate)
	if err != nil {
		t.Fatal(err)
	}
	if p := decodeAck(t, ack.Payload); p.Text != "Working on it…" || p.ResponseType != "ephemeral" {
		t.Errorf("ack: got %s, want an ephemeral “Working on it…”", ack.Payload)
	}
	resps, err := fake.WaitResponses(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	r := resps[0]
	if r.URL != ack.ResponseURL || r.ResponseType != "ephemeral" || !strings.Contains(string(r.Blocks), "Japan-Cambodia Policy Consultation 5") {
		t.Errorf("response_url post: got %s to %s, want the lookup to %s", r.Body, r.URL, ack.ResponseURL)
	}
}

// TestSocketModeRetriesAfterFatalError: when slack-go's client gives up
// (here: Slack refuses the app token), RunSocketMode tries again after a
// backoff instead of returning, and returns nil when its context ends.
func TestSocketModeRetriesAfterFatalError(t *testing.T) {
	t.Parallel() // waits on the clock: the other tests use the CPU meanwhile
	fake := slackfake.New(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()), slack.OptionAppLevelToken("revoked"))
	ctx, cancel := context.WithCancel(t.Context())
	errc := make(chan error, 1)
	go func() { errc <- bot.RunSocketMode(ctx, api, &bot.Commands{Store: cmdStore(t)}, nil) }()
	deadline := time.Now().Add(15 * time.Second)
	for fake.Calls("apps.connections.open") < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("apps.connections.open called %d times in 15s, want a retry", fake.Calls("apps.connections.open"))
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("RunSocketMode after cancel: got %v, want nil", err)
	}
}
