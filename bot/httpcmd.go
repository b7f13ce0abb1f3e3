package bot

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// maxCommandBody caps a slash command request's body; Slack's are well under
// 4 KiB.
const maxCommandBody = 64 << 10

// SlashHandler serves Slack's slash command requests in HTTP mode (POST
// /slack/commands). Each request's v0 signature is checked against secret,
// with Slack's 5-minute timestamp window, before anything else is read from
// it: a missing, wrong or stale signature gets 401 and nothing happens. A
// verified command is answered in the response body when the answer is
// ready within about 2 seconds; otherwise the body says "Working on it…" and
// the answer follows through the command's response_url. Slack's SSL checks
// (ssl_check=1) and interaction payloads (button clicks, when interactivity
// points at the same URL) get an empty 200.
func SlashHandler(secret string, h *Commands, log *slog.Logger) http.Handler {
	return &slashHandler{secret: secret, h: h, log: log, wait: ackWait}
}

type slashHandler struct {
	secret string
	h      *Commands
	log    *slog.Logger
	wait   time.Duration                                              // how long a reply may take to go in the response
	post   func(context.Context, string, *slack.WebhookMessage) error // nil: slack.PostWebhookContext
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
	// The signature covers the raw body, so read it (capped) first, then
	// verify; nothing is parsed before the signature holds.
	verifier, err := slack.NewSecretsVerifier(r.Header, s.secret)
	if err != nil {
		log.WarnContext(r.Context(), "slash command rejected", "remote", r.RemoteAddr, "error", err)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxCommandBody))
	if err != nil {
		log.WarnContext(r.Context(), "slash command body unreadable", "remote", r.RemoteAddr, "error", err)
		http.Error(w, "request body too large or unreadable", http.StatusRequestEntityTooLarge)
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

	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "malformed slash command", http.StatusBadRequest)
		return
	}
	if r.PostForm.Get("ssl_check") == "1" || r.PostForm.Get("payload") != "" {
		// Slack's SSL check, or an interaction (a click on a readout's
		// source button) sent to the same URL: acknowledged, nothing to do.
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
