package bot

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Sink posts messages. Post posts the parent message, then its replies
// threaded under it, and returns the parent's timestamp (Slack's message
// ID). When a reply fails after the parent was posted, Post returns the
// parent's timestamp together with the error, so that the caller can
// record it and not post the parent twice.
type Sink interface {
	Post(ctx context.Context, channel string, m Message, meta Meta) (ts string, err error)
}

// Meta is the Slack message metadata attached to a post, e.g. EventType
// "readout_posted" with Payload {"delivery_id": 42, "readout_id": "…"}.
// It lets the bot find its own posts after a crash. Property names must
// match [a-z][a-z0-9_]*. An empty EventType attaches no metadata.
type Meta struct {
	EventType string
	Payload   map[string]any
}

// replyMeta is the metadata of the part-th reply (1-based): the parent's
// payload plus "part", so that the replies already posted can be told from
// the ones still missing.
func replyMeta(meta Meta, part int) Meta {
	if meta.EventType == "" {
		return meta
	}
	payload := make(map[string]any, len(meta.Payload)+1)
	for k, v := range meta.Payload {
		payload[k] = v
	}
	payload["part"] = part
	return Meta{EventType: meta.EventType, Payload: payload}
}

// ConsoleSink writes each message to W, as it would appear in Slack, under
// a "── #channel ──" line. It lets the daemon run without a Slack
// workspace. Its timestamps are fake and increasing: "console.000001", …
// It is safe for concurrent use; each message is written in one piece.
type ConsoleSink struct {
	W io.Writer

	mu sync.Mutex
	n  int
}

var _ Sink = (*ConsoleSink)(nil)

// Post writes m to the console. The metadata is not shown.
func (s *ConsoleSink) Post(ctx context.Context, channel string, m Message, meta Meta) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("bot: console post to %s: %w", channel, err)
	}
	var b strings.Builder
	b.WriteString("── #" + channel + " ──\n")
	b.WriteString(m.Console())

	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := io.WriteString(s.W, b.String()); err != nil {
		return "", fmt.Errorf("bot: console post to %s: %w", channel, err)
	}
	s.n++
	return fmt.Sprintf("console.%06d", s.n), nil
}
