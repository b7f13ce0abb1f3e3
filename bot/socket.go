package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/readout-bot/readout/internal/backoff"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// socketBackoff is the Socket Mode reconnection backoff, after RunContext
// gives up (slack-go retries transient failures itself and returns on
// fatal ones).
var socketBackoff = backoff.Policy{Initial: time.Second, Max: 2 * time.Minute}

const (
	// socketStable is how long a connection must have run for the backoff
	// to start again from its minimum.
	socketStable = time.Minute
	// seenEnvelopes bounds the envelope IDs remembered for deduplication.
	seenEnvelopes = 4096
)

// RunSocketMode answers slash commands over Socket Mode until ctx ends. api
// must carry the app-level token (slack.OptionAppLevelToken). Every
// envelope is acknowledged: slash commands with their reply when it is
// ready within about 2 seconds (else "Working on it…" and the reply through
// response_url), events and interactions (such as clicks on the readout's
// source button) with an empty ack. Redelivered envelopes are not handled
// twice. When slack-go's client gives up, it is restarted with backoff; a
// `disconnect` from Slack is handled by the client itself, which connects
// again. RunSocketMode returns nil once ctx is done.
func RunSocketMode(ctx context.Context, api *slack.Client, h *Commands, log *slog.Logger) error {
	return RunSocketModeWith(ctx, api, h, log, SocketHooks{})
}

// SocketHooks are RunSocketModeWith's optional callbacks. They must not
// block.
type SocketHooks struct {
	// OnConnection is called with true when a connection to Slack is up,
	// and with false when it is lost.
	OnConnection func(up bool)
	// OnCommand is called with the time each slash command took to answer.
	OnCommand func(took time.Duration)
	// Home, when set, publishes the App Home tab on app_home_opened.
	Home *Home
}

// RunSocketModeWith is RunSocketMode with hooks.
func RunSocketModeWith(ctx context.Context, api *slack.Client, h *Commands, log *slog.Logger, hooks SocketHooks) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := newSocketRunner(h, log)
	s.hooks = hooks
	return s.run(ctx, api)
}

func newSocketRunner(h *Commands, log *slog.Logger) *socketRunner {
	return &socketRunner{h: h, log: log, seen: newEnvelopeSet(seenEnvelopes), wait: ackWait}
}

// run is RunSocketMode's supervise loop.
func (s *socketRunner) run(ctx context.Context, api *slack.Client) error {
	log := s.log
	failures := 0
	for {
		client := socketmode.New(api, socketmode.OptionLog(slog.NewLogLogger(log.Handler(), slog.LevelDebug)))
		runCtx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		wg.Go(func() { s.drain(runCtx, client) })
		started := time.Now()
		err := client.RunContext(runCtx)
		cancel()
		wg.Wait()
		s.connected(false)
		if ctx.Err() != nil {
			return nil
		}
		if time.Since(started) > socketStable {
			failures = 0
		}
		failures++
		wait := socketBackoff.Wait(failures)
		log.Error("socket mode connection ended; reconnecting", "error", err, "retry_in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// socketRunner handles the events of successive socketmode clients.
type socketRunner struct {
	h     *Commands
	log   *slog.Logger
	seen  *envelopeSet
	wait  time.Duration                                              // how long a reply may take to go in the ack
	post  func(context.Context, string, *slack.WebhookMessage) error // nil: slack.PostWebhookContext
	hooks SocketHooks
}

func (s *socketRunner) connected(up bool) {
	if s.hooks.OnConnection != nil {
		s.hooks.OnConnection(up)
	}
}

// drain reads client.Events until ctx ends, so the client's receive loop
// never blocks; each envelope is handled in its own goroutine.
func (s *socketRunner) drain(ctx context.Context, client *socketmode.Client) {
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-client.Events:
			if !ok {
				return
			}
			s.event(ctx, client, ev, &wg)
		}
	}
}

// event dispatches one client event.
func (s *socketRunner) event(ctx context.Context, client *socketmode.Client, ev socketmode.Event, wg *sync.WaitGroup) {
	switch ev.Type {
	case socketmode.EventTypeConnecting:
		s.log.Debug("socket mode connecting")
	case socketmode.EventTypeConnected:
		s.log.Info("socket mode connected")
		s.connected(true)
	case socketmode.EventTypeHello, socketmode.EventTypeDisconnect:
		reason := ""
		if ev.Request != nil {
			reason = ev.Request.Reason
		}
		s.log.Debug("socket mode "+string(ev.Type), "reason", reason)
	case socketmode.EventTypeIncomingError:
		// A read on a connection closed for a refresh: routine.
		s.log.Debug("socket mode read ended", "detail", errorDetail(ev.Data))
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth,
		socketmode.EventTypeErrorWriteFailed, socketmode.EventTypeErrorBadMessage:
		s.log.Warn("socket mode trouble", "event", string(ev.Type), "detail", errorDetail(ev.Data))
		if ev.Type == socketmode.EventTypeConnectionError || ev.Type == socketmode.EventTypeInvalidAuth {
			s.connected(false)
		}
	case socketmode.EventTypeSlashCommand, socketmode.EventTypeEventsAPI, socketmode.EventTypeInteractive:
		if ev.Request == nil || ev.Request.EnvelopeID == "" {
			return
		}
		wg.Go(func() { s.envelope(ctx, client, ev) })
	default:
		if ev.Request != nil && ev.Request.EnvelopeID != "" {
			wg.Go(func() { s.ack(ctx, client, ev.Request, nil) })
		}
	}
}

// errorDetail renders an error event's data for the log.
func errorDetail(data any) string {
	if err, ok := data.(error); ok {
		return err.Error()
	}
	if data == nil {
		return ""
	}
	b, _ := json.Marshal(data)
	return string(b)
}

// envelope acknowledges one envelope, answering it when it is a slash
// command seen for the first time.
func (s *socketRunner) envelope(ctx context.Context, client *socketmode.Client, ev socketmode.Event) {
	req := ev.Request
	entry, first := s.seen.add(req.EnvelopeID)
	if !first {
		// A redelivery of an envelope already handled or being handled
		// (its ack was lost with a connection): acknowledge it with the
		// same answer, without doing the work again.
		s.log.Debug("socket mode redelivery", "envelope_id", req.EnvelopeID, "retry_attempt", req.RetryAttempt)
		select {
		case <-entry.done:
		case <-ctx.Done():
			return
		}
		s.ack(ctx, client, req, entry.body)
		return
	}
	defer close(entry.done)
	if ev.Type != socketmode.EventTypeSlashCommand {
		s.ack(ctx, client, req, nil)
		s.homeOpened(ctx, ev)
		return
	}
	cmd, ok := ev.Data.(slack.SlashCommand)
	if !ok {
		s.log.Warn("slash command envelope without a command", "envelope_id", req.EnvelopeID)
		s.ack(ctx, client, req, nil)
		return
	}
	r := Request{Text: cmd.Text, ChannelID: cmd.ChannelID, UserID: cmd.UserID,
		ResponseURL: cmd.ResponseURL, TriggerID: cmd.TriggerID}
	start := time.Now()
	entry.body = json.RawMessage(answer(ctx, s.h, r, s.wait, s.log, s.post))
	s.ack(ctx, client, req, entry.body)
	took := time.Since(start)
	if s.hooks.OnCommand != nil {
		s.hooks.OnCommand(took)
	}
	s.log.Info("slash command", "channel", cmd.ChannelID, "user", cmd.UserID,
		"took", took.Round(time.Millisecond))
}

// homeOpened publishes the App Home when ev is an app_home_opened event
// for the Home tab.
func (s *socketRunner) homeOpened(ctx context.Context, ev socketmode.Event) {
	if s.hooks.Home == nil || ev.Type != socketmode.EventTypeEventsAPI {
		return
	}
	outer, ok := ev.Data.(slackevents.EventsAPIEvent)
	if !ok {
		return
	}
	opened, ok := outer.InnerEvent.Data.(*slackevents.AppHomeOpenedEvent)
	if !ok || (opened.Tab != "" && opened.Tab != "home") {
		return
	}
	if err := s.hooks.Home.Opened(ctx, opened.User); err != nil && ctx.Err() == nil {
		s.log.Warn("app home not published", "user", opened.User, "error", err)
	}
}

// ack acknowledges an envelope, with payload when it is not nil.
func (s *socketRunner) ack(ctx context.Context, client *socketmode.Client, req *socketmode.Request, payload json.RawMessage) {
	var p any
	if payload != nil {
		p = payload
	}
	actx, cancel := context.WithTimeout(ctx, ackWait)
	defer cancel()
	if err := client.AckCtx(actx, req.EnvelopeID, p); err != nil && !errors.Is(err, context.Canceled) {
		s.log.Warn("socket mode ack failed", "envelope_id", req.EnvelopeID, "error", err)
	}
}

// envelopeSet remembers the most recent envelopes and their acks.
type envelopeSet struct {
	mu    sync.Mutex
	ids   map[string]*envelopeEntry
	order []string
	max   int
}

// envelopeEntry is one envelope's ack: body (nil for an empty ack) is set
// before done is closed.
type envelopeEntry struct {
	done chan struct{}
	body json.RawMessage
}

func newEnvelopeSet(max int) *envelopeSet {
	return &envelopeSet{ids: make(map[string]*envelopeEntry), max: max}
}

// add records id and reports whether it is new; either way it returns the
// envelope's entry.
func (e *envelopeSet) add(id string) (*envelopeEntry, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if en, ok := e.ids[id]; ok {
		return en, false
	}
	en := &envelopeEntry{done: make(chan struct{})}
	e.ids[id] = en
	e.order = append(e.order, id)
	if len(e.order) > e.max {
		delete(e.ids, e.order[0])
		e.order = e.order[1:]
	}
	return en, true
}
