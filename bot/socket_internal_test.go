package bot

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/readout-bot/readout/readout"
)

// countingStore answers every lookup with one readout and counts lookups.
type countingStore struct {
	lookups atomic.Int32
}

func (s *countingStore) LatestMeetingsForCountry(string, int, int) ([]*readout.Readout, error) {
	s.lookups.Add(1)
	return []*readout.Readout{{Title: "Japan-Cambodia Summit Meeting", Parties: []string{"JP", "KH"}}}, nil
}

func (s *countingStore) ScanForCountry(string, int, int, func(*readout.Readout) bool) ([]*readout.Readout, bool, error) {
	return nil, false, nil
}
func (s *countingStore) Subscribe(string, ...string) error   { return nil }
func (s *countingStore) Unsubscribe(string, ...string) error { return nil }
func (s *countingStore) SubscribeFiltered(string, map[string]readout.Filter) error {
	return nil
}
func (s *countingStore) Subscriptions(bool) ([]readout.Subscription, error) { return nil, nil }
func (s *countingStore) Inactive() (map[string]string, error)               { return nil, nil }

func TestSocketModeRedeliveryHandledOnce(t *testing.T) {
	store := &countingStore{}
	s := newSocketRunner(&Commands{Store: store}, slog.New(slog.DiscardHandler))
	// The client is not connected: acks wait in its send queue.
	client := socketmode.New(slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-test")))
	cmd := slack.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1",
		ResponseURL: "http://127.0.0.1:1/resp/1"}
	for attempt, env := range []string{"env-1", "env-1", "env-1", "env-2"} {
		ev := socketmode.Event{Type: socketmode.EventTypeSlashCommand, Data: cmd,
			Request: &socketmode.Request{Type: "slash_commands", EnvelopeID: env, RetryAttempt: min(attempt, 2)}}
		s.envelope(context.Background(), client, ev)
	}
	if got := store.lookups.Load(); got != 2 {
		t.Errorf("lookups for env-1 ×3 and env-2 ×1: got %d, want 2", got)
	}
	entry, first := s.seen.add("env-1")
	if first || entry.body == nil {
		t.Errorf("env-1 not remembered with its ack (first %v, body %s)", first, entry.body)
	}
}

func TestEnvelopeSetForgetsOldest(t *testing.T) {
	e := newEnvelopeSet(2)
	for _, id := range []string{"a", "b", "c"} {
		if _, first := e.add(id); !first {
			t.Fatalf("add(%q): got seen before, want new", id)
		}
	}
	for _, c := range []struct {
		id   string
		want bool
	}{{"c", false}, {"a", true}} {
		id, want := c.id, c.want
		if _, first := e.add(id); first != want {
			t.Errorf("add(%q) after a, b, c with room for 2: got new=%v, want %v", id, first, want)
		}
	}
}
