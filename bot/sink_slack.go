package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// chatPoster is the part of *slack.Client the Slack sink uses.
type chatPoster interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	GetConversationHistoryContext(ctx context.Context, params *slack.GetConversationHistoryParameters) (*slack.GetConversationHistoryResponse, error)
	GetConversationRepliesContext(ctx context.Context, params *slack.GetConversationRepliesParameters) ([]slack.Message, bool, string, error)
	JoinConversationContext(ctx context.Context, channelID string) (*slack.Channel, string, []string, error)
}

// SlackSink posts messages with chat.postMessage.
//
// The fallback text and the blocks are sent as rendered (already escaped);
// link_names and parse are never set, and link and media unfurling are
// turned off so that a post is exactly the rendered message.
type SlackSink struct {
	client chatPoster
}

var _ Sink = (*SlackSink)(nil)

// NewSlackSink returns a sink that posts through client.
func NewSlackSink(client *slack.Client) *SlackSink {
	return &SlackSink{client: client}
}

// PostParent posts m's parent message alone and returns its timestamp.
// With PostReply it lets a caller record progress between the posts.
func (s *SlackSink) PostParent(ctx context.Context, channel string, m Message, meta Meta) (string, error) {
	ts, err := s.post(ctx, channel, m.Text, m.Blocks, meta)
	if err != nil {
		return "", fmt.Errorf("bot: post to %s: %w", channel, err)
	}
	return ts, nil
}

// PostReply posts r in the thread of the message parentTS and returns the
// reply's timestamp.
func (s *SlackSink) PostReply(ctx context.Context, channel, parentTS string, r Reply, meta Meta) (string, error) {
	if parentTS == "" {
		return "", fmt.Errorf("bot: post reply to %s: no parent timestamp", channel)
	}
	ts, err := s.post(ctx, channel, r.Text, r.Blocks, meta, slack.MsgOptionTS(parentTS))
	if err != nil {
		return "", fmt.Errorf("bot: post reply to %s in thread %s: %w", channel, parentTS, err)
	}
	return ts, nil
}

func (s *SlackSink) post(ctx context.Context, channel, text string, blocks []slack.Block, meta Meta, extra ...slack.MsgOption) (string, error) {
	if text == "" {
		// Slack wants a fallback; the renderer always sets one.
		text = " "
	}
	opts := []slack.MsgOption{
		slack.MsgOptionText(text, false), // escaped by the renderer
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	if meta.EventType != "" {
		opts = append(opts, slack.MsgOptionMetadata(slack.SlackMetadata{
			EventType:    meta.EventType,
			EventPayload: meta.Payload,
		}))
	}
	opts = append(opts, extra...)
	_, ts, err := s.client.PostMessageContext(ctx, channel, opts...)
	if err != nil {
		return "", err
	}
	if ts == "" {
		return "", errors.New("slack returned no message timestamp")
	}
	return ts, nil
}

// FindPosted pages through the channel's history since the given time for
// a parent whose metadata carries key, then reads its thread for the
// highest reply part. It needs channels:history (groups:history for private
// channels), and the bot in the channel: when Slack answers not_in_channel
// it joins the channel (channels:join) and reads again.
func (s *SlackSink) FindPosted(ctx context.Context, channel string, key PostKey, since time.Time) (string, int, bool, error) {
	return s.readJoined(ctx, channel, func() (string, int, bool, error) {
		return s.findPosted(ctx, channel, key, since)
	})
}

// readJoined runs read, and when Slack answers not_in_channel joins the
// channel and runs it once more.
func (s *SlackSink) readJoined(ctx context.Context, channel string, read func() (string, int, bool, error)) (string, int, bool, error) {
	ts, parts, found, err := read()
	if slackError(err) != "not_in_channel" {
		return ts, parts, found, err
	}
	if jerr := s.Join(ctx, channel); jerr != nil {
		return "", 0, false, errors.Join(err, jerr)
	}
	return read()
}

func (s *SlackSink) findPosted(ctx context.Context, channel string, key PostKey, since time.Time) (string, int, bool, error) {
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          channel,
		Oldest:             slackTS(since),
		Limit:              200,
		IncludeAllMetadata: true,
	}
	for {
		resp, err := s.client.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return "", 0, false, fmt.Errorf("bot: history of %s: %w", channel, err)
		}
		for _, m := range resp.Messages {
			if m.ThreadTimestamp != "" && m.ThreadTimestamp != m.Timestamp {
				continue // a reply shown in the channel
			}
			if !ownPost(m.Metadata, key) {
				continue
			}
			_, parts, _, err := s.findInThread(ctx, channel, m.Timestamp, key)
			return m.Timestamp, parts, true, err
		}
		if !resp.HasMore || resp.ResponseMetaData.NextCursor == "" {
			return "", 0, false, nil
		}
		params.Cursor = resp.ResponseMetaData.NextCursor
	}
}

// Join joins a public channel (conversations.join, scope channels:join).
// Joining a channel the bot is in already is harmless; a private channel
// or a DM (method_not_supported_for_channel_type) is not an error, as the
// bot is in those it can post to.
func (s *SlackSink) Join(ctx context.Context, channel string) error {
	_, _, _, err := s.client.JoinConversationContext(ctx, channel)
	if err != nil && slackError(err) != "method_not_supported_for_channel_type" {
		return fmt.Errorf("bot: join %s: %w", channel, err)
	}
	return nil
}

// ownPost reports whether metadata marks a post of the delivery key: one of
// the bot's event types with key's instance_id and delivery_id.
func ownPost(md slack.SlackMetadata, key PostKey) bool {
	if md.EventType != EventReadoutPosted && md.EventType != EventMessagePosted {
		return false
	}
	inst, _ := md.EventPayload["instance_id"].(string)
	return inst == key.Instance && fmt.Sprint(md.EventPayload["delivery_id"]) == key.DeliveryID
}

// slackTS formats t as a Slack timestamp ("1700000000.000000").
func slackTS(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d.%06d", t.Unix(), t.Nanosecond()/1000)
}

// Metadata event types the bot posts with.
const (
	EventReadoutPosted = "readout_posted"         // a readout: instance_id, delivery_id, readout_id, part
	EventMessagePosted = "readout_message_posted" // a reminder or notice: instance_id, delivery_id, part
)

// permanentErrors are chat.postMessage errors that retrying cannot fix:
// the channel, the token, the app's rights or the message itself is wrong.
var permanentErrors = map[string]bool{
	"account_inactive":                         true,
	"as_user_not_supported":                    true,
	"cannot_reply_to_message":                  true,
	"channel_not_found":                        true,
	"duplicate_channel_not_found":              true,
	"ekm_access_denied":                        true,
	"invalid_arg_name":                         true,
	"invalid_arguments":                        true,
	"invalid_array_arg":                        true,
	"invalid_auth":                             true,
	"invalid_blocks":                           true,
	"invalid_blocks_format":                    true,
	"invalid_charset":                          true,
	"invalid_form_data":                        true,
	"invalid_metadata_format":                  true,
	"invalid_metadata_schema":                  true,
	"invalid_post_type":                        true,
	"is_archived":                              true,
	"metadata_must_be_sent_from_app":           true,
	"metadata_too_large":                       true,
	"missing_post_type":                        true,
	"missing_scope":                            true,
	"msg_blocks_too_long":                      true,
	"msg_too_long":                             true,
	"no_permission":                            true,
	"no_text":                                  true,
	"not_allowed_token_type":                   true,
	"not_authed":                               true,
	"not_in_channel":                           true,
	"org_login_required":                       true,
	"restricted_action":                        true,
	"restricted_action_non_threadable_channel": true,
	"restricted_action_read_only_channel":      true,
	"restricted_action_thread_only_channel":    true,
	"team_access_not_granted":                  true,
	"thread_not_found":                         true,
	"token_expired":                            true,
	"token_revoked":                            true,
	"too_many_attachments":                     true,
}

// IsPermanent reports whether err is a Slack error that retrying the same
// post cannot fix (channel_not_found, not_in_channel, is_archived,
// invalid_blocks, msg_too_long, invalid_auth, token_revoked, …), or an
// HTTP client error other than 429. Rate limits, server errors, network
// errors and unknown Slack errors are not permanent.
func IsPermanent(err error) bool {
	if err == nil {
		return false
	}
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return false
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return permanentErrors[se.Err]
	}
	var sep *slack.SlackErrorResponse
	if errors.As(err, &sep) && sep != nil {
		return permanentErrors[sep.Err]
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		return sc.Code >= 400 && sc.Code < 500 && sc.Code != http.StatusTooManyRequests && sc.Code != http.StatusRequestTimeout
	}
	return false
}

// RetryAfter reports how long Slack asked to wait before posting again
// (HTTP 429 with Retry-After), at least one second.
func RetryAfter(err error) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) {
		return 0, false
	}
	return max(rl.RetryAfter, time.Second), true
}
