package bot

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"
)

// Sink posts messages part by part, so that the delivery worker can
// record its progress between the parent and each thread reply, and can
// find what an earlier process posted before it died.
type Sink interface {
	// PostParent posts the parent message and returns its timestamp
	// (Slack's message ID).
	PostParent(ctx context.Context, channel string, m Message, meta Meta) (ts string, err error)
	// PostReply posts r in the thread of parentTS.
	PostReply(ctx context.Context, channel, parentTS string, r Reply, meta Meta) (ts string, err error)
	// FindPosted looks in the channel, since the given time, for a parent
	// this deployment posted for the delivery: metadata whose instance_id
	// and delivery_id are key's. It returns its timestamp and the highest
	// reply part already in its thread.
	FindPosted(ctx context.Context, channel string, key PostKey, since time.Time) (ts string, parts int, found bool, err error)
	// Join makes the bot a member of channel, so that FindPosted can read
	// its history. A channel the bot cannot join by itself (a private one,
	// which takes an invitation) is not an error.
	Join(ctx context.Context, channel string) error
}

// PostKey identifies one delivery's posts: the posting deployment (a
// random ID kept in its database) and the delivery's ID in that database.
// Delivery IDs are per database, so a staging and a production deployment
// posting to one channel would take each other's posts for their own
// without the instance.
type PostKey struct {
	Instance   string
	DeliveryID string
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

// PostParent writes the parent message under a "── #channel ──" line.
// The metadata is not shown.
func (s *ConsoleSink) PostParent(ctx context.Context, channel string, m Message, meta Meta) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.write(ctx, channel, "── #"+channel+" ──\n"+m.consoleParent()); err != nil {
		return "", err
	}
	s.n++
	return fmt.Sprintf("console.%06d", s.n), nil
}

// PostReply writes a thread reply, indented under the parent.
func (s *ConsoleSink) PostReply(ctx context.Context, channel, parentTS string, r Reply, meta Meta) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.write(ctx, channel, r.console()); err != nil {
		return "", err
	}
	return parentTS + ".reply", nil
}

// FindPosted finds nothing: the console keeps no history.
func (s *ConsoleSink) FindPosted(context.Context, string, PostKey, time.Time) (string, int, bool, error) {
	return "", 0, false, nil
}

// Join does nothing: the console has no channels to join.
func (s *ConsoleSink) Join(context.Context, string) error { return nil }

func (s *ConsoleSink) write(ctx context.Context, channel, text string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bot: console post to %s: %w", channel, err)
	}
	if _, err := io.WriteString(s.W, text); err != nil {
		return fmt.Errorf("bot: console post to %s: %w", channel, err)
	}
	return nil
}
