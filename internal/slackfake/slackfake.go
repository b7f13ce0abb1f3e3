// Package slackfake is a loopback fake of Slack for tests: the Web API methods
// readout uses (auth.test, chat.postMessage, chat.update, conversations.history,
// conversations.replies, conversations.join, views.publish,
// apps.connections.open), the Socket Mode
// WebSocket (hello, pings, envelopes, acks, disconnect) and the response_url sink.
//
// A Server listens on 127.0.0.1 only and is driven by the real slack-go client:
//
//	s := slackfake.New(t)
//	api := slack.New("xoxb-test", slack.OptionAPIURL(s.APIURL()), slack.OptionAppLevelToken("xapp-test"))
//
// Tests observe what the code under test sent (Posts, History, Views, Responses),
// block on it without sleeping (WaitPosts, WaitViews, WaitResponses,
// WaitConnected), script failures of chat.postMessage (SetPostHook, also
// posts Slack stored but answered with an error) and of channel membership
// (RequireMembership, Invite, SetJoinError), and play
// Slack's side of Socket Mode (SendSlashCommand, SendEvent, Disconnect).
//
// Timestamps ("ts") come from the server's clock (see WithClock) in Slack's
// "seconds.microseconds" form and are unique and strictly increasing, so code
// that filters history by wall-clock time sees realistic values.
package slackfake

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"
)

// Identity the fake reports for the bot and its workspace (auth.test,
// conversations.history, envelopes).
const (
	TeamID    = "T0SLACKFAKE"
	TeamName  = "slackfake"
	AppID     = "A0SLACKFAKE"
	BotID     = "B0SLACKFAKE"
	BotUserID = "U0SLACKFAKE"
	BotName   = "readout"
)

// ErrClosed is returned by waits and sends that were cut short because the
// Server was closed.
var ErrClosed = errors.New("slackfake: server closed")

// Metadata is Slack message metadata as sent with chat.postMessage.
type Metadata struct {
	EventType    string         `json:"event_type"`
	EventPayload map[string]any `json:"event_payload,omitempty"`
}

// Post is one message accepted by chat.postMessage.
type Post struct {
	Channel  string
	Text     string
	ThreadTS string // parent ts when the post is a thread reply
	TS       string // assigned by the fake; empty in the Post given to a post hook
	Blocks   json.RawMessage
	Metadata *Metadata
	Token    string     // the bot token the request carried
	Form     url.Values // every form field as received, token included
	At       time.Time  // server clock when the post was accepted
}

// Response scripts the outcome of one chat.postMessage request (see
// SetPostHook). The zero value lets the post succeed.
//
//   - Status 429 with RetryAfter > 0 answers HTTP 429 with a Retry-After header
//     (slack-go returns *slack.RateLimitedError).
//   - Any other Status besides 0 and 200 answers that HTTP status
//     (slack-go returns slack.StatusCodeError).
//   - Error answers HTTP 200 with {"ok":false,"error":Error}
//     (slack-go returns slack.SlackErrorResponse), for example
//     "channel_not_found", "not_in_channel", "is_archived", "msg_too_long".
//
// A scripted failure stores nothing and is not listed by Posts, unless
// Stored is set: then the post is stored (and listed) before the failure is
// answered, as when Slack kept the message but its answer was a 500 or
// never arrived.
type Response struct {
	Status     int
	RetryAfter int // seconds
	Error      string
	Stored     bool
}

// View is one views.publish call.
type View struct {
	UserID string
	ID     string          // view ID assigned by the fake
	Hash   string          // hash assigned by the fake to this version
	View   json.RawMessage // the view object as sent
	At     time.Time
}

// ResponseURLPost is one JSON body POSTed to a response_url issued by the fake.
type ResponseURLPost struct {
	URL             string
	ResponseType    string // "ephemeral" when the body did not say
	Text            string
	ThreadTS        string
	ReplaceOriginal bool
	DeleteOriginal  bool
	Blocks          json.RawMessage
	Body            json.RawMessage // the whole body as received
	At              time.Time
}

// Option configures a Server.
type Option func(*Server)

// WithClock sets the clock used for message timestamps and recorded times.
// The default is time.Now.
func WithClock(now func() time.Time) Option {
	return func(s *Server) { s.now = now }
}

// WithPingInterval sets how often the fake sends WebSocket PING frames on a
// Socket Mode connection. The default is 100 ms, well inside slack-go's
// watchdog; a non-positive d keeps the default.
func WithPingInterval(d time.Duration) Option {
	return func(s *Server) {
		if d > 0 {
			s.pingInterval = d
		}
	}
}

// WithAddr sets the address the fake listens on, "127.0.0.1:0" by default.
// Tests of the container images use the Docker bridge's address on this
// machine, which a container can reach and the host's loopback it cannot.
func WithAddr(addr string) Option {
	return func(s *Server) { s.addr = addr }
}

// Server is a fake Slack. It is safe for concurrent use.
type Server struct {
	srv          *httptest.Server
	addr         string
	now          func() time.Time
	pingInterval time.Duration
	httpClient   *http.Client // for PostSlashCommand
	hookMu       sync.Mutex   // serializes post hook calls

	mu         sync.Mutex
	closed     bool
	changed    chan struct{} // closed and replaced on every state change
	wg         sync.WaitGroup
	calls      map[string]int
	lastTS     int64 // microseconds
	posts      []Post
	attempts   map[string]int
	postHook   func(Post, int) Response
	channels   map[string][]*message // per channel, ascending ts
	membership bool                  // history needs the bot in the channel
	members    map[string]bool       // channels the bot is in
	joinErr    string                // conversations.join's scripted error
	views      map[string][]View
	viewSeq    int
	respSeq    int
	respUses   map[int]int
	responses  []ResponseURLPost
	tickets    map[string]bool
	ticketSeq  int
	opens      int
	hellos     int
	conns      []*conn // live sockets, oldest first
	pending    map[string]chan Ack
	envSeq     int
	eventSeq   int
	triggerSeq int
}

// New starts a fake Slack on 127.0.0.1. t.Cleanup closes it.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s, err := Start(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// Close closes every Socket Mode connection, stops the HTTP server and waits
// for the fake's goroutines. It is idempotent; New registers it with t.Cleanup.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	conns := slices.Clone(s.conns)
	s.notifyLocked()
	s.mu.Unlock()

	for _, c := range conns {
		_ = c.ws.Close()
	}
	s.srv.Close()
	s.wg.Wait()
	s.httpClient.CloseIdleConnections()
}

// URL returns the server's base URL, "http://127.0.0.1:PORT" unless
// WithAddr chose another address.
func (s *Server) URL() string { return s.srv.URL }

// APIURL returns the Web API base, "http://127.0.0.1:PORT/api/", with the
// trailing slash slack.OptionAPIURL needs.
func (s *Server) APIURL() string { return s.srv.URL + "/api/" }

// Calls returns how many requests the Web API method (e.g. "chat.postMessage")
// received, whatever their outcome.
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// Posts returns every successful chat.postMessage, in order.
func (s *Server) Posts() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.posts)
}

// WaitPosts blocks until at least n posts succeeded and returns them all.
func (s *Server) WaitPosts(ctx context.Context, n int) ([]Post, error) {
	var got []Post
	err := s.waitFor(ctx, func() bool {
		got = slices.Clone(s.posts)
		return len(got) >= n
	})
	if err != nil {
		return got, fmt.Errorf("wait for %d posts (have %d): %w", n, len(got), err)
	}
	return got, nil
}

// History returns the messages stored in a channel, oldest first, thread
// replies included, as they are now (after any chat.update).
func (s *Server) History(channel string) []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	msgs := s.channels[channel]
	out := make([]Post, len(msgs))
	for i, m := range msgs {
		out[i] = m.Post
	}
	return out
}

// SetPostHook installs f to decide the outcome of each well-formed
// chat.postMessage request; nil removes it. attempt is 1 for the first request
// carrying this channel, thread_ts, text, blocks and metadata, 2 for the first
// retry of the same message, and so on. Calls to f are serialized, and f may
// call the Server's read methods.
func (s *Server) SetPostHook(f func(p Post, attempt int) Response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.postHook = f
}

// RequireMembership makes the fake check the bot's channel membership as
// Slack does: conversations.history and conversations.replies answer
// not_in_channel in a channel the bot has not joined (conversations.join)
// or been invited to (Invite). chat.postMessage still posts to public
// channels without membership (the chat:write.public scope); a private
// channel ("G…") the bot is not in answers channel_not_found. Without
// RequireMembership the bot can read every channel.
func (s *Server) RequireMembership() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.membership = true
}

// Invite puts the bot in channel, as /invite @readout would.
func (s *Server) Invite(channel string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[channel] = true
	s.notifyLocked()
}

// IsMember reports whether the bot is in channel (joined or invited).
func (s *Server) IsMember(channel string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.members[channel]
}

// SetJoinError makes every conversations.join answer {"ok":false,
// "error":code}, e.g. "missing_scope" when the app lacks channels:join; ""
// lets joins succeed again.
func (s *Server) SetJoinError(code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.joinErr = code
}

// Views returns every view published for userID, oldest first.
func (s *Server) Views(userID string) []View {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.views[userID])
}

// WaitViews blocks until at least n views were published for userID and
// returns them all.
func (s *Server) WaitViews(ctx context.Context, userID string, n int) ([]View, error) {
	var got []View
	err := s.waitFor(ctx, func() bool {
		got = slices.Clone(s.views[userID])
		return len(got) >= n
	})
	if err != nil {
		return got, fmt.Errorf("wait for %d views of %s (have %d): %w", n, userID, len(got), err)
	}
	return got, nil
}

// Responses returns every body POSTed to a response_url, in order.
func (s *Server) Responses() []ResponseURLPost {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.responses)
}

// WaitResponses blocks until at least n response_url posts arrived and returns
// them all.
func (s *Server) WaitResponses(ctx context.Context, n int) ([]ResponseURLPost, error) {
	var got []ResponseURLPost
	err := s.waitFor(ctx, func() bool {
		got = slices.Clone(s.responses)
		return len(got) >= n
	})
	if err != nil {
		return got, fmt.Errorf("wait for %d response_url posts (have %d): %w", n, len(got), err)
	}
	return got, nil
}

// NewResponseURL issues a fresh response_url on the fake, as a slash command
// would carry; it accepts up to 5 posts.
func (s *Server) NewResponseURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newResponseURLLocked()
}

func (s *Server) newResponseURLLocked() string {
	s.respSeq++
	s.respUses[s.respSeq] = 0
	return fmt.Sprintf("%s/resp/%d", s.srv.URL, s.respSeq)
}

// waitFor calls cond under s.mu until it returns true, the context ends or the
// server closes.
func (s *Server) waitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		changed, closed := s.changed, s.closed
		s.mu.Unlock()
		if ok {
			return nil
		}
		if closed {
			return ErrClosed
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// notifyLocked wakes every waiter. s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// nextTSLocked returns a unique, strictly increasing Slack ts from the clock.
func (s *Server) nextTSLocked(at time.Time) string {
	us := at.UnixMicro()
	if us <= s.lastTS {
		us = s.lastTS + 1
	}
	s.lastTS = us
	return formatTS(us)
}
