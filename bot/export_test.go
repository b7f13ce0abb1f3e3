package bot

import (
	"context"
	"fmt"
)

// Post posts m whole: the parent, then each reply. It returns the parent's
// timestamp, also when a reply fails after the parent was posted.
func Post(ctx context.Context, s Sink, channel string, m Message, meta Meta) (string, error) {
	ts, err := s.PostParent(ctx, channel, m, meta)
	if err != nil {
		return "", err
	}
	for i, r := range m.Replies {
		if _, err := s.PostReply(ctx, channel, ts, r, replyMeta(meta, i+1)); err != nil {
			return ts, fmt.Errorf("bot: reply %d of %d: %w", i+1, len(m.Replies), err)
		}
	}
	return ts, nil
}
