package bot

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// maxCommandBody caps a slash command request's body; Slack's are well under
// 4 KiB.
const maxCommandBody = 64 << 10

// SlashHandler serves Slack's slash command requests in HTTP mode (POST
// /slack/commands). Each request's v0 signature is checked against secret,
// with Slack's 5-minute timestamp window, before anything is done with it:
// a missing, wrong or stale signature gets 401 and nothing happens, and so
// does a signed request seen before (a replay within the window). A
// verified command is answered in the response body when the answer is
// ready within about 2 seconds; otherwise the body says "Working on it…"
// and the answer follows through the command's response_url.
//
// Slack's SSL checks (a form with ssl_check=1, which Slack sends unsigned)
// get an empty 200 before any verification, as Slack's own SDKs answer
// them; nothing else is done with them. A signed url_verification body
// (Slack checking an Events API request URL) gets its challenge back;
// other signed events and interaction payloads (button clicks, when
// interactivity points at the same URL) an empty 200.
func SlashHandler(secret string, h *Commands, log *slog.Logger) http.Handler {
	return &slashHandler{secret: secret, h: h, log: log, wait: ackWait, replays: newReplayCache(replayCacheSize)}
}

type slashHandler struct {
	secret  string
	h       *Commands
	log     *slog.Logger
	wait    time.Duration                                              // how long a reply may take to go in the response
	post    func(context.Context, string, *slack.WebhookMessage) error // nil: slack.PostWebhookContext
	replays *replayCache
}

func (s *slashHandler) logger() *slog.Logger {
	if s.log != nil {
		return s.log
	}
	return slog.New(slog.DiscardHandler)
}

func (s *slashHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	log := s.logger()
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	// The signature covers the raw body, so read it (capped) first.
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxCommandBody))
	if err != nil {
		log.WarnContext(r.Context(), "slash command body unreadable", "remote", r.RemoteAddr, "error", err)
		http.Error(w, "request body too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	if isSSLCheck(r.Header, body) {
		// Unsigned by design; acknowledged and otherwise ignored.
		w.WriteHeader(http.StatusOK)
		return
	}
	verifier, err := slack.NewSecretsVerifier(r.Header, s.secret)
	if err != nil {
		log.WarnContext(r.Context(), "slash command rejected", "remote", r.RemoteAddr, "error", err)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if _, err := verifier.Write(body); err != nil {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if err := verifier.Ensure(); err != nil {
		log.WarnContext(r.Context(), "slash command rejected", "remote", r.RemoteAddr, "error", err)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if !s.replays.first(r.Header.Get("X-Slack-Signature"), time.Now()) {
		log.WarnContext(r.Context(), "slash command rejected: a signed request seen before", "remote", r.RemoteAddr)
		http.Error(w, "request already received", http.StatusUnauthorized)
		return
	}
	if isJSON(r.Header) {
		s.event(w, r, body)
		return
	}

	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "malformed slash command", http.StatusBadRequest)
		return
	}
	if r.PostForm.Get("payload") != "" {
		// An interaction (a click on a readout's source button) sent to
		// the same URL: acknowledged, nothing to do.
		w.WriteHeader(http.StatusOK)
		return
	}
	req := Request{Text: cmd.Text, ChannelID: cmd.ChannelID, UserID: cmd.UserID,
		ResponseURL: cmd.ResponseURL, TriggerID: cmd.TriggerID}
	// The late reply outlives this request; it ends with its own timeout.
	ctx := context.WithoutCancel(r.Context())
	reply := answer(ctx, s.h, req, s.wait, log, s.post)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(reply); err != nil {
		log.WarnContext(r.Context(), "write slash command reply", "error", err)
	}
}

// event answers a verified JSON body: Slack's url_verification with its
// challenge, anything else (an Events API callback) with an empty 200.
func (s *slashHandler) event(w http.ResponseWriter, r *http.Request, body []byte) {
	var ev struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "malformed JSON body", http.StatusBadRequest)
		return
	}
	if ev.Type != "url_verification" {
		s.logger().DebugContext(r.Context(), "Slack event acknowledged, not handled in HTTP mode", "type", ev.Type)
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(map[string]string{"challenge": ev.Challenge})
}

// isSSLCheck reports whether a request is Slack's SSL check: a form whose
// ssl_check field is 1.
func isSSLCheck(h http.Header, body []byte) bool {
	if isJSON(h) {
		return false
	}
	form, err := url.ParseQuery(string(body))
	return err == nil && form.Get("ssl_check") == "1"
}

// isJSON reports whether the request's body is JSON (Events API), not a
// form (slash commands, interactions, SSL checks).
func isJSON(h http.Header) bool {
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt == "application/json"
}

// replayCacheSize bounds the signatures remembered. Only requests signed
// with the secret get in, so only Slack's own traffic fills it.
const replayCacheSize = 10000

// replayWindow is how long a signature is remembered: Slack's 5-minute
// timestamp window on either side of now, which the verifier accepts.
const replayWindow = 10 * time.Minute

// replayCache remembers the signatures of verified requests for as long
// as the verifier would accept them again, so that a request captured on
// the way (a proxy's log, a leaked capture) cannot be played back.
type replayCache struct {
	mu    sync.Mutex
	seen  map[string]time.Time // signature -> when it may be forgotten
	order []string             // oldest first
	max   int
}

func newReplayCache(max int) *replayCache {
	return &replayCache{seen: make(map[string]time.Time), max: max}
}

// first records sig at now and reports whether it was not seen within the
// window.
func (c *replayCache) first(sig string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.order) > 0 && (now.After(c.seen[c.order[0]]) || len(c.order) >= c.max) {
		delete(c.seen, c.order[0])
		c.order = c.order[1:]
	}
	if _, ok := c.seen[sig]; ok {
		return false
	}
	c.seen[sig] = now.Add(replayWindow)
	c.order = append(c.order, sig)
	return true
}

// Sign returns Slack's v0 signature of a request body sent at timestamp ts
// (Unix seconds): "v0=" and the hex HMAC-SHA256, keyed by the signing
// secret, of "v0:" + ts + ":" + body. It is what Slack puts in the
// X-Slack-Signature header.
func Sign(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}
