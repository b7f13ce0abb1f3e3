package bot

import (
	"context"
	"fmt"

	"github.com/slack-go/slack"
)

var _ ThreadFinder = (*SlackSink)(nil)

// FindInThread reads the thread of threadTS (conversations.replies) for the
// posts of key: the first part (metadata without "part") and the highest
// reply part. Like FindPosted it joins the channel when Slack answers
// not_in_channel, and reads again.
func (s *SlackSink) FindInThread(ctx context.Context, channel, threadTS string, key PostKey) (string, int, bool, error) {
	return s.readJoined(ctx, channel, func() (string, int, bool, error) {
		return s.findInThread(ctx, channel, threadTS, key)
	})
}

func (s *SlackSink) findInThread(ctx context.Context, channel, threadTS string, key PostKey) (string, int, bool, error) {
	params := &slack.GetConversationRepliesParameters{ChannelID: channel, Timestamp: threadTS, Limit: 200, IncludeAllMetadata: true}
	ts, most, found := "", 0, false
	for {
		msgs, hasMore, cursor, err := s.client.GetConversationRepliesContext(ctx, params)
		if err != nil {
			return "", 0, false, fmt.Errorf("bot: thread %s in %s: %w", threadTS, channel, err)
		}
		for _, m := range msgs {
			if m.Timestamp == threadTS || !ownPost(m.Metadata, key) {
				continue
			}
			if p, ok := m.Metadata.EventPayload["part"].(float64); ok {
				most = max(most, int(p))
				continue
			}
			ts, found = m.Timestamp, true
		}
		if !hasMore || cursor == "" {
			return ts, most, found, nil
		}
		params.Cursor = cursor
	}
}
