package slackfake

import (
	"bytes"
	"cmp"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// writeTimeout bounds a frame write when the caller's context has no deadline.
const writeTimeout = 5 * time.Second

// VerificationToken is the deprecated verification token the fake puts in
// slash command and event payloads.
const VerificationToken = "slackfake-verification-token"

// SlashCommand is what a user typed; the fake fills in the rest of Slack's
// payload (response_url, trigger_id, team domain, app ID).
type SlashCommand struct {
	Command   string // e.g. "/readout"
	Text      string // everything after the command
	ChannelID string
	UserID    string
	TeamID    string // TeamID when empty
}

// Ack is a client's acknowledgement of an envelope.
type Ack struct {
	EnvelopeID   string
	Payload      json.RawMessage // nil when the client acked without a payload
	RetryAttempt int             // 0 for the first delivery, n for the n-th redelivery
	ResponseURL  string          // the response_url issued with a slash command
}

// HTTPReply is the bot's answer to a request the fake sent it over HTTP.
type HTTPReply struct {
	Status int
	Header http.Header
	Body   []byte
}

// envelope is a Socket Mode message from Slack.
type envelope struct {
	Type                   string          `json:"type"`
	EnvelopeID             string          `json:"envelope_id"`
	Payload                json.RawMessage `json:"payload"`
	AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	RetryAttempt           int             `json:"retry_attempt"`
	RetryReason            string          `json:"retry_reason"`
}

// conn is one Socket Mode WebSocket.
type conn struct {
	ws      *websocket.Conn
	writeMu sync.Mutex    // serializes data frames; pings use WriteControl
	done    chan struct{} // closed when the read loop has ended
	retired bool          // guarded by Server.mu: no new envelopes go here
}

func (c *conn) writeJSON(ctx context.Context, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("marshal socket mode frame: %w", err)
	}
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(writeTimeout)
	}
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	if err := c.ws.SetWriteDeadline(deadline); err != nil {
		return fmt.Errorf("set write deadline: %w", err)
	}
	if err := c.ws.WriteMessage(websocket.TextMessage, data); err != nil {
		return fmt.Errorf("write socket mode frame: %w", err)
	}
	return nil
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveLink is the Socket Mode WebSocket endpoint, /link/?ticket=….
func (s *Server) serveLink(w http.ResponseWriter, r *http.Request) {
	ticket := r.URL.Query().Get("ticket")
	s.mu.Lock()
	ok := s.tickets[ticket]
	delete(s.tickets, ticket)
	s.mu.Unlock()
	if !ok {
		http.Error(w, "unknown or used ticket", http.StatusUnauthorized)
		return
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	c := &conn{ws: ws, done: make(chan struct{})}

	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		_ = ws.Close()
		return
	}
	s.wg.Add(2) // this handler (hijacked: httptest does not wait for it) and the pinger
	s.mu.Unlock()
	defer func() {
		// Unlist c before closing done, so a sender woken by done never picks c again.
		s.mu.Lock()
		s.conns = slices.DeleteFunc(s.conns, func(x *conn) bool { return x == c })
		s.notifyLocked()
		s.mu.Unlock()
		close(c.done)
		_ = ws.Close()
		s.wg.Done()
	}()
	go func() {
		defer s.wg.Done()
		s.pingLoop(c)
	}()

	hello := map[string]any{
		"type":            "hello",
		"num_connections": 1,
		"connection_info": map[string]string{"app_id": AppID},
		"debug_info":      map[string]any{"host": "slackfake", "build_number": 1, "approximate_connection_time": 18060},
	}
	if err := c.writeJSON(context.Background(), hello); err != nil {
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.conns = append(s.conns, c)
	s.hellos++
	s.notifyLocked()
	s.mu.Unlock()

	s.readAcks(c)
}

// pingLoop sends WebSocket PINGs, which slack-go's watchdog requires, until
// the connection ends.
func (s *Server) pingLoop(c *conn) {
	t := time.NewTicker(s.pingInterval)
	defer t.Stop()
	for {
		select {
		case <-c.done:
			return
		case <-t.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeTimeout)); err != nil {
				return
			}
		}
	}
}

// readAcks routes acks to the senders waiting for them until the socket fails.
func (s *Server) readAcks(c *conn) {
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			continue
		}
		if string(ack.Payload) == "null" {
			ack.Payload = nil
		}
		s.mu.Lock()
		ch := s.pending[ack.EnvelopeID]
		delete(s.pending, ack.EnvelopeID)
		s.mu.Unlock()
		if ch != nil {
			select {
			case ch <- Ack{EnvelopeID: ack.EnvelopeID, Payload: ack.Payload}:
			default: // already acked on an earlier delivery
			}
		}
	}
}

// currentLocked returns the newest live connection not told to disconnect.
// s.mu must be held.
func (s *Server) currentLocked() *conn {
	for _, c := range slices.Backward(s.conns) {
		if !c.retired {
			return c
		}
	}
	return nil
}

// Connections returns how many apps.connections.open calls got a URL.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opens
}

// WaitConnected blocks until at least n Socket Mode connections have been
// greeted with hello and one of them is live (not closed, not told to
// disconnect).
func (s *Server) WaitConnected(ctx context.Context, n int) error {
	var have int
	err := s.waitFor(ctx, func() bool {
		have = s.hellos
		return have >= n && s.currentLocked() != nil
	})
	if err != nil {
		return fmt.Errorf("wait for socket mode connection %d (have %d): %w", n, have, err)
	}
	return nil
}

// Disconnect sends {"type":"disconnect","reason":reason} on the current
// socket, as Slack does before refreshing a connection ("refresh_requested",
// "warning", "link_disabled"). No further envelope goes to that socket; the
// client is expected to call apps.connections.open again.
func (s *Server) Disconnect(reason string) error {
	s.mu.Lock()
	c := s.currentLocked()
	if c != nil {
		c.retired = true
		s.notifyLocked()
	}
	s.mu.Unlock()
	if c == nil {
		return errors.New("slackfake: disconnect: no live socket mode connection")
	}
	msg := map[string]any{"type": "disconnect", "reason": reason, "debug_info": map[string]string{"host": "slackfake"}}
	if err := c.writeJSON(context.Background(), msg); err != nil {
		return fmt.Errorf("slackfake: disconnect: %w", err)
	}
	return nil
}

// SendSlashCommand delivers a slash_commands envelope on the current Socket
// Mode connection, waiting for one if there is none, and returns the client's
// ack. If the connection drops before the ack, the envelope is redelivered on
// the next connection with retry_attempt incremented, as Slack does.
func (s *Server) SendSlashCommand(ctx context.Context, cmd SlashCommand) (Ack, error) {
	s.mu.Lock()
	respURL := s.newResponseURLLocked()
	trigger := s.nextTriggerLocked()
	s.mu.Unlock()
	payload := map[string]any{
		"token": VerificationToken, "team_id": cmp.Or(cmd.TeamID, TeamID), "team_domain": TeamName,
		"channel_id": cmd.ChannelID, "channel_name": "fake-" + strings.ToLower(cmd.ChannelID),
		"user_id": cmd.UserID, "user_name": "fake-" + strings.ToLower(cmd.UserID),
		"command": cmd.Command, "text": cmd.Text, "api_app_id": AppID,
		"is_enterprise_install": false, "response_url": respURL, "trigger_id": trigger,
	}
	ack, err := s.SendEnvelope(ctx, "slash_commands", payload)
	ack.ResponseURL = respURL
	return ack, err
}

// SendEvent delivers an events_api envelope wrapping an event_callback whose
// inner event is event with "type" set to eventType, e.g.
// SendEvent(ctx, "app_home_opened", map[string]any{"user": "U1", "tab": "home"}).
func (s *Server) SendEvent(ctx context.Context, eventType string, event map[string]any) (Ack, error) {
	s.mu.Lock()
	s.eventSeq++
	id := fmt.Sprintf("Ev%08d", s.eventSeq)
	at := s.now()
	ts := s.nextTSLocked(at)
	s.mu.Unlock()
	inner := map[string]any{"event_ts": ts}
	for k, v := range event {
		inner[k] = v
	}
	inner["type"] = eventType
	payload := map[string]any{
		"token": VerificationToken, "team_id": TeamID, "api_app_id": AppID,
		"event": inner, "type": "event_callback", "event_id": id, "event_time": at.Unix(),
		"authorizations": []map[string]any{{"team_id": TeamID, "user_id": BotUserID, "is_bot": true}},
	}
	return s.SendEnvelope(ctx, "events_api", payload)
}

// SendEnvelope delivers an envelope of any type ("slash_commands",
// "events_api", "interactive") with payload marshalled as JSON, waits for the
// client's ack and returns it. See SendSlashCommand for redelivery.
func (s *Server) SendEnvelope(ctx context.Context, envType string, payload any) (Ack, error) {
	raw, err := json.Marshal(payload)
	if err != nil {
		return Ack{}, fmt.Errorf("slackfake: marshal %s payload: %w", envType, err)
	}
	s.mu.Lock()
	s.envSeq++
	env := envelope{
		Type:                   envType,
		EnvelopeID:             fmt.Sprintf("env-%d", s.envSeq),
		Payload:                raw,
		AcceptsResponsePayload: envType == "slash_commands" || envType == "interactive",
	}
	s.mu.Unlock()

	acked := make(chan Ack, 1)
	defer func() {
		s.mu.Lock()
		delete(s.pending, env.EnvelopeID)
		s.mu.Unlock()
	}()
	for attempt := 0; ; {
		var c *conn
		err := s.waitFor(ctx, func() bool {
			c = s.currentLocked()
			return c != nil
		})
		if err != nil {
			return Ack{}, fmt.Errorf("slackfake: deliver %s %s: wait for a connection: %w", envType, env.EnvelopeID, err)
		}
		env.RetryAttempt = attempt
		if attempt > 0 {
			env.RetryReason = "timeout"
		}
		s.mu.Lock()
		s.pending[env.EnvelopeID] = acked
		s.mu.Unlock()
		if err := c.writeJSON(ctx, env); err != nil {
			if ctx.Err() != nil {
				return Ack{}, fmt.Errorf("slackfake: deliver %s %s: %w", envType, env.EnvelopeID, ctx.Err())
			}
			s.retire(c) // not delivered: same attempt on the next connection
			continue
		}
		select {
		case a := <-acked:
			a.RetryAttempt = attempt
			return a, nil
		case <-c.done:
			select { // an ack that raced with the close still counts
			case a := <-acked:
				a.RetryAttempt = attempt
				return a, nil
			default:
			}
			attempt++ // delivered but never acked: Slack retries
		case <-ctx.Done():
			return Ack{}, fmt.Errorf("slackfake: wait for ack of %s %s: %w", envType, env.EnvelopeID, ctx.Err())
		}
	}
}

// retire stops routing envelopes to c and closes it, after a failed write.
func (s *Server) retire(c *conn) {
	s.mu.Lock()
	c.retired = true
	s.notifyLocked()
	s.mu.Unlock()
	_ = c.ws.Close()
}

// nextTriggerLocked issues a trigger_id. s.mu must be held.
func (s *Server) nextTriggerLocked() string {
	s.triggerSeq++
	return fmt.Sprintf("%d.%d.slackfake", s.triggerSeq, s.lastTS)
}

// PostSlashCommand plays Slack's side of a slash command in HTTP mode: it
// POSTs the form payload to endpoint (the bot's Request URL), signed with
// signingSecret (v0 scheme, current time), and returns the bot's reply. The
// payload carries a fresh response_url on the fake.
func (s *Server) PostSlashCommand(ctx context.Context, endpoint, signingSecret string, cmd SlashCommand) (HTTPReply, error) {
	s.mu.Lock()
	respURL := s.newResponseURLLocked()
	trigger := s.nextTriggerLocked()
	s.mu.Unlock()
	form := url.Values{
		"token": {VerificationToken}, "team_id": {cmp.Or(cmd.TeamID, TeamID)}, "team_domain": {TeamName},
		"channel_id": {cmd.ChannelID}, "channel_name": {"fake-" + strings.ToLower(cmd.ChannelID)},
		"user_id": {cmd.UserID}, "user_name": {"fake-" + strings.ToLower(cmd.UserID)},
		"command": {cmd.Command}, "text": {cmd.Text}, "api_app_id": {AppID},
		"is_enterprise_install": {"false"}, "response_url": {respURL}, "trigger_id": {trigger},
	}
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(body))
	if err != nil {
		return HTTPReply{}, fmt.Errorf("slackfake: slash command request to %s: %w", endpoint, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", Sign(signingSecret, ts, []byte(body)))
	resp, err := s.httpClient.Do(req)
	if err != nil {
		return HTTPReply{}, fmt.Errorf("slackfake: post slash command to %s: %w", endpoint, err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(resp.Body, maxBody)); err != nil {
		return HTTPReply{}, fmt.Errorf("slackfake: read reply from %s: %w", endpoint, err)
	}
	return HTTPReply{Status: resp.StatusCode, Header: resp.Header, Body: buf.Bytes()}, nil
}

// Sign returns Slack's v0 request signature of body sent at timestamp ts
// (Unix seconds, as a string): "v0=" + hex(HMAC-SHA256(secret, "v0:ts:body")).
func Sign(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", ts)
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}
