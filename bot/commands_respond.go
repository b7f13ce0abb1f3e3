package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/slack-go/slack"
)

// What both transports share: Slack wants every command acknowledged within
// 3 seconds. The reply goes in the acknowledgement when it is ready within
// ackWait and small enough; otherwise the acknowledgement says "Working on
// it…" and the reply follows through the command's response_url.
const (
	// ackWait is how long a command may take to be answered in the ack.
	ackWait = 2 * time.Second
	// maxAckPayload bounds an ack's marshalled reply: Slack drops Socket
	// Mode messages of 20 KiB or more, and the envelope adds a little.
	maxAckPayload = 18 << 10
	// handleTimeout bounds a command's work, including a late reply.
	handleTimeout = 30 * time.Second
	// workingText is the ack of a command answered later.
	workingText = "Working on it…"
)

// responsePayload is a slash command reply as Slack reads it, in an ack or
// an HTTP response body.
type responsePayload struct {
	ResponseType string        `json:"response_type"`
	Text         string        `json:"text"`
	Blocks       []slack.Block `json:"blocks,omitempty"`
}

func (r CommandReply) payload() responsePayload {
	p := responsePayload{ResponseType: slack.ResponseTypeEphemeral, Text: r.Text, Blocks: r.Blocks}
	if r.InChannel {
		p.ResponseType = slack.ResponseTypeInChannel
	}
	return p
}

// workingPayload is the ack of a command whose reply comes later.
var workingPayload = responsePayload{ResponseType: slack.ResponseTypeEphemeral, Text: workingText}

// answer runs the command and returns the acknowledgement payload. When the
// reply is not ready within wait, or is too big for an ack, the payload is
// "Working on it…" and the reply is posted to the request's response_url
// once ready, from a goroutine bound to ctx. post does that posting (nil for
// slack.PostWebhookContext).
func answer(ctx context.Context, h *Commands, req Request, wait time.Duration, log *slog.Logger,
	post func(context.Context, string, *slack.WebhookMessage) error) []byte {
	if post == nil {
		post = slack.PostWebhookContext
	}
	hctx, cancel := context.WithTimeout(ctx, handleTimeout)
	done := make(chan CommandReply, 1)
	go func() { done <- h.Handle(hctx, req) }()

	later := func(r CommandReply) {
		defer cancel()
		if err := postResponse(hctx, post, req.ResponseURL, r); err != nil {
			log.WarnContext(hctx, "slash command reply not delivered", "channel", req.ChannelID,
				"user", req.UserID, "error", err)
		}
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case r := <-done:
		body, err := json.Marshal(r.payload())
		if err == nil && len(body) <= maxAckPayload {
			cancel()
			return body
		}
		if err != nil {
			log.ErrorContext(ctx, "marshal slash command reply", "error", err)
		}
		go later(r)
	case <-timer.C:
		go func() {
			select {
			case r := <-done:
				later(r)
			case <-hctx.Done():
				cancel()
				log.WarnContext(ctx, "slash command gave up", "channel", req.ChannelID, "error", hctx.Err())
			}
		}()
	}
	body, _ := json.Marshal(workingPayload)
	return body
}

// postResponse sends a reply to a response_url.
func postResponse(ctx context.Context, post func(context.Context, string, *slack.WebhookMessage) error,
	responseURL string, r CommandReply) error {
	u, err := url.Parse(responseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("post reply: bad response_url %q", responseURL)
	}
	p := r.payload()
	msg := &slack.WebhookMessage{ResponseType: p.ResponseType, Text: p.Text, ReplaceOriginal: false}
	if len(p.Blocks) > 0 {
		msg.Blocks = &slack.Blocks{BlockSet: p.Blocks}
	}
	if err := post(ctx, responseURL, msg); err != nil {
		return fmt.Errorf("post reply to response_url: %w", err)
	}
	return nil
}
