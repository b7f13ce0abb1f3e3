package slackfake_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/internal/slackfake"
)

// fixedClock returns a clock stuck at one instant, so ts values differ only
// by the fake's 1 µs increments.
func fixedClock() func() time.Time {
	at := time.Date(2022, 3, 20, 8, 35, 0, 0, time.UTC)
	return func() time.Time { return at }
}

func newAPI(s *slackfake.Server, token string) *slack.Client {
	return slack.New(token, slack.OptionAPIURL(s.APIURL()), slack.OptionAppLevelToken("xapp-1-test"))
}

func section(text string) slack.Block {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, true), nil, nil)
}

// postForm sends a raw form to a Web API method and decodes the JSON reply.
func postForm(t *testing.T, s *slackfake.Server, method string, form url.Values) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, s.APIURL()+method, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("post %s: %v", method, err)
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("decode %s reply: %v", method, err)
	}
	return resp.StatusCode, body
}

func TestPostAndHistoryMetadataRoundTrip(t *testing.T) {
	s := slackfake.New(t)
	api := newAPI(s, "xoxb-test")
	ctx := t.Context()

	md := slack.SlackMetadata{EventType: "readout_item_posted", EventPayload: map[string]any{"readout_id": "jp-kh-2022-03-20", "feed_id": float64(7)}}
	start := time.Now()
	ch, ts1, err := api.PostMessageContext(ctx, "C100",
		slack.MsgOptionText("Japan–Cambodia Summit Meeting", true),
		slack.MsgOptionBlocks(section("*Bilateral relations*")),
		slack.MsgOptionMetadata(md))
	if err != nil {
		t.Fatalf("PostMessage: %v", err)
	}
	if ch != "C100" {
		t.Errorf("channel: got %q, want C100", ch)
	}
	_, ts2, err := api.PostMessageContext(ctx, "C100", slack.MsgOptionText("second", false))
	if err != nil {
		t.Fatalf("PostMessage second: %v", err)
	}
	if ts2 <= ts1 {
		t.Errorf("ts not increasing: got %q then %q", ts1, ts2)
	}
	if sec, _, _ := strings.Cut(ts1, "."); sec < fmt.Sprint(start.Unix()-1) {
		t.Errorf("ts %q does not follow the clock (started at %d)", ts1, start.Unix())
	}

	posts := s.Posts()
	if len(posts) != 2 {
		t.Fatalf("Posts: got %d, want 2", len(posts))
	}
	p := posts[0]
	if p.Channel != "C100" || p.TS != ts1 || p.Token != "xoxb-test" || p.Text != "Japan–Cambodia Summit Meeting" {
		t.Errorf("post 0: got channel %q ts %q token %q text %q", p.Channel, p.TS, p.Token, p.Text)
	}
	if p.Metadata == nil || p.Metadata.EventType != md.EventType || !reflect.DeepEqual(p.Metadata.EventPayload, md.EventPayload) {
		t.Errorf("post 0 metadata: got %+v, want %+v", p.Metadata, md)
	}
	if !strings.Contains(string(p.Blocks), "*Bilateral relations*") {
		t.Errorf("post 0 blocks: got %s, want the section text", p.Blocks)
	}

	for _, tc := range []struct {
		name        string
		includeAll  bool
		wantPayload map[string]any
	}{
		{"include_all_metadata", true, md.EventPayload},
		{"event type only", false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C100", IncludeAllMetadata: tc.includeAll})
			if err != nil {
				t.Fatalf("history: %v", err)
			}
			if len(h.Messages) != 2 {
				t.Fatalf("messages: got %d, want 2", len(h.Messages))
			}
			if got := []string{h.Messages[0].Timestamp, h.Messages[1].Timestamp}; got[0] != ts2 || got[1] != ts1 {
				t.Errorf("order: got %v, want newest first [%s %s]", got, ts2, ts1)
			}
			m := h.Messages[1]
			if m.BotID != slackfake.BotID {
				t.Errorf("bot_id: got %q, want %q", m.BotID, slackfake.BotID)
			}
			if m.Metadata.EventType != md.EventType {
				t.Errorf("event_type: got %q, want %q", m.Metadata.EventType, md.EventType)
			}
			if !reflect.DeepEqual(m.Metadata.EventPayload, tc.wantPayload) {
				t.Errorf("event_payload: got %v, want %v", m.Metadata.EventPayload, tc.wantPayload)
			}
		})
	}
}

func TestHistoryWindowAndPaging(t *testing.T) {
	s := slackfake.New(t, slackfake.WithClock(fixedClock()))
	api := newAPI(s, "xoxb-test")
	ctx := t.Context()
	var ts []string // oldest first
	for i := range 5 {
		_, got, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText(fmt.Sprint("m", i), false))
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, got)
	}
	if want := "1647765300.000000"; ts[0] != want {
		t.Errorf("first ts: got %q, want %q", ts[0], want)
	}
	if want := "1647765300.000004"; ts[4] != want {
		t.Errorf("fifth ts: got %q, want %q", ts[4], want)
	}

	for _, tc := range []struct {
		name   string
		params slack.GetConversationHistoryParameters
		want   []string // newest first
	}{
		{"all", slack.GetConversationHistoryParameters{}, []string{ts[4], ts[3], ts[2], ts[1], ts[0]}},
		{"oldest exclusive", slack.GetConversationHistoryParameters{Oldest: ts[2]}, []string{ts[4], ts[3]}},
		{"oldest inclusive", slack.GetConversationHistoryParameters{Oldest: ts[2], Inclusive: true}, []string{ts[4], ts[3], ts[2]}},
		{"latest exclusive", slack.GetConversationHistoryParameters{Latest: ts[1]}, []string{ts[0]}},
		{"window", slack.GetConversationHistoryParameters{Oldest: ts[0], Latest: ts[4]}, []string{ts[3], ts[2], ts[1]}},
		{"whole seconds", slack.GetConversationHistoryParameters{Oldest: "1647765299", Latest: "1647765301"}, []string{ts[4], ts[3], ts[2], ts[1], ts[0]}},
		{"limit", slack.GetConversationHistoryParameters{Limit: 2}, []string{ts[4], ts[3]}},
		{"other channel", slack.GetConversationHistoryParameters{ChannelID: "C2"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.params
			if p.ChannelID == "" {
				p.ChannelID = "C1"
			}
			h, err := api.GetConversationHistoryContext(ctx, &p)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range h.Messages {
				got = append(got, m.Timestamp)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}

	t.Run("cursor", func(t *testing.T) {
		var got []string
		cursor := ""
		for pages := 0; ; pages++ {
			if pages > 5 {
				t.Fatal("cursor never ended")
			}
			h, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1", Limit: 2, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range h.Messages {
				got = append(got, m.Timestamp)
			}
			if !h.HasMore {
				if h.ResponseMetaData.NextCursor != "" {
					t.Errorf("last page next_cursor: got %q, want empty", h.ResponseMetaData.NextCursor)
				}
				break
			}
			cursor = h.ResponseMetaData.NextCursor
		}
		if want := []string{ts[4], ts[3], ts[2], ts[1], ts[0]}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})

	t.Run("bad oldest", func(t *testing.T) {
		_, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1", Oldest: "yesterday"})
		assertSlackError(t, err, "invalid_ts_oldest")
	})
}

func assertSlackError(t *testing.T, err error, want string) {
	t.Helper()
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		t.Fatalf("error: got %v (%T), want slack.SlackErrorResponse %q", err, err, want)
	}
	if se.Err != want {
		t.Errorf("error code: got %q, want %q", se.Err, want)
	}
}

func TestPostHookFailures(t *testing.T) {
	for _, tc := range []struct {
		name  string
		resp  slackfake.Response
		check func(t *testing.T, err error)
	}{
		{"rate limited", slackfake.Response{Status: 429, RetryAfter: 3}, func(t *testing.T, err error) {
			var rl *slack.RateLimitedError
			if !errors.As(err, &rl) {
				t.Fatalf("got %v (%T), want *slack.RateLimitedError", err, err)
			}
			if rl.RetryAfter != 3*time.Second {
				t.Errorf("RetryAfter: got %v, want 3s", rl.RetryAfter)
			}
		}},
		{"server error", slackfake.Response{Status: 500}, func(t *testing.T, err error) {
			var sc slack.StatusCodeError
			if !errors.As(err, &sc) || sc.Code != 500 {
				t.Fatalf("got %v (%T), want slack.StatusCodeError 500", err, err)
			}
		}},
		{"429 without Retry-After", slackfake.Response{Status: 429}, func(t *testing.T, err error) {
			var sc slack.StatusCodeError
			if !errors.As(err, &sc) || sc.Code != 429 {
				t.Fatalf("got %v (%T), want slack.StatusCodeError 429", err, err)
			}
		}},
		{"channel_not_found", slackfake.Response{Error: "channel_not_found"}, func(t *testing.T, err error) { assertSlackError(t, err, "channel_not_found") }},
		{"not_in_channel", slackfake.Response{Error: "not_in_channel"}, func(t *testing.T, err error) { assertSlackError(t, err, "not_in_channel") }},
		{"is_archived", slackfake.Response{Error: "is_archived"}, func(t *testing.T, err error) { assertSlackError(t, err, "is_archived") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := slackfake.New(t)
			s.SetPostHook(func(slackfake.Post, int) slackfake.Response { return tc.resp })
			_, _, err := newAPI(s, "xoxb-test").PostMessageContext(t.Context(), "C1", slack.MsgOptionText("hello", false))
			tc.check(t, err)
			if n := len(s.Posts()); n != 0 {
				t.Errorf("Posts after failure: got %d, want 0", n)
			}
			if n := len(s.History("C1")); n != 0 {
				t.Errorf("History after failure: got %d, want 0", n)
			}
			if n := s.Calls("chat.postMessage"); n != 1 {
				t.Errorf("Calls: got %d, want 1", n)
			}
		})
	}
}

func TestPostHookAttempts(t *testing.T) {
	s := slackfake.New(t)
	type seen struct {
		text    string
		attempt int
	}
	var got []seen
	s.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		got = append(got, seen{p.Text, attempt})
		if p.TS != "" {
			t.Errorf("hook saw ts %q before the post was accepted", p.TS)
		}
		if attempt == 1 {
			return slackfake.Response{Status: 429, RetryAfter: 1}
		}
		return slackfake.Response{}
	})
	api := newAPI(s, "xoxb-test")
	for _, tc := range []struct {
		text    string
		wantErr bool
	}{
		{"a", true}, {"a", false}, {"b", true}, {"a", false}, {"b", false},
	} {
		_, _, err := api.PostMessageContext(t.Context(), "C1", slack.MsgOptionText(tc.text, false))
		if (err != nil) != tc.wantErr {
			t.Errorf("post %q: got error %v, want error %v", tc.text, err, tc.wantErr)
		}
	}
	want := []seen{{"a", 1}, {"a", 2}, {"b", 1}, {"a", 3}, {"b", 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("attempts: got %v, want %v", got, want)
	}
	if n := len(s.Posts()); n != 3 {
		t.Errorf("Posts: got %d, want 3", n)
	}
	s.SetPostHook(nil)
	if _, _, err := api.PostMessageContext(t.Context(), "C1", slack.MsgOptionText("c", false)); err != nil {
		t.Errorf("post after removing hook: %v", err)
	}
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		name, bot, app  string
		wantBot, wantWS string // "" means success
	}{
		{"valid", "xoxb-1-abc", "xapp-1-abc", "", ""},
		{"missing", "", "", "not_authed", "not_authed"},
		{"unknown", "hunter2", "hunter2", "invalid_auth", "invalid_auth"},
		{"swapped", "xapp-1-abc", "xoxb-1-abc", "not_allowed_token_type", "not_allowed_token_type"},
		{"bare prefix", "xoxb-", "xapp-", "invalid_auth", "invalid_auth"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := slackfake.New(t)
			api := slack.New(tc.bot, slack.OptionAPIURL(s.APIURL()), slack.OptionAppLevelToken(tc.app))
			res, err := api.AuthTestContext(t.Context())
			if tc.wantBot == "" {
				if err != nil {
					t.Fatalf("auth.test: %v", err)
				}
				if res.BotID != slackfake.BotID || res.UserID != slackfake.BotUserID || res.TeamID != slackfake.TeamID {
					t.Errorf("auth.test: got %+v", res)
				}
			} else {
				assertSlackError(t, err, tc.wantBot)
			}
			_, wsURL, err := api.StartSocketModeContext(t.Context())
			if tc.wantWS == "" {
				if err != nil || !strings.HasPrefix(wsURL, "ws://127.0.0.1:") {
					t.Fatalf("apps.connections.open: got %q, %v", wsURL, err)
				}
				if n := s.Connections(); n != 1 {
					t.Errorf("Connections: got %d, want 1", n)
				}
			} else {
				assertSlackError(t, err, tc.wantWS)
				if n := s.Connections(); n != 0 {
					t.Errorf("Connections: got %d, want 0", n)
				}
			}
			if n := s.Calls("auth.test"); n != 1 {
				t.Errorf("Calls(auth.test): got %d, want 1", n)
			}
		})
	}

	t.Run("bearer header on a form method", func(t *testing.T) {
		s := slackfake.New(t)
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, s.APIURL()+"chat.postMessage",
			strings.NewReader(url.Values{"channel": {"C1"}, "text": {"hi"}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Authorization", "Bearer xoxb-header")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		posts := s.Posts()
		if len(posts) != 1 || posts[0].Token != "xoxb-header" {
			t.Errorf("got posts %+v, want one with token xoxb-header", posts)
		}
	})

	t.Run("app token as form field", func(t *testing.T) {
		s := slackfake.New(t)
		_, body := postForm(t, s, "apps.connections.open", url.Values{"token": {"xapp-1-abc"}})
		if body["error"] != "not_authed" {
			t.Errorf("got %v, want not_authed", body)
		}
	})
}

func TestUnknownMethod(t *testing.T) {
	s := slackfake.New(t)
	status, body := postForm(t, s, "chat.delete", url.Values{"token": {"xoxb-test"}})
	if status != http.StatusNotFound || body["ok"] != false || body["error"] != "unknown_method" {
		t.Errorf("got %d %v, want 404 unknown_method", status, body)
	}
	_, _, err := newAPI(s, "xoxb-test").DeleteMessageContext(t.Context(), "C1", "1.000001")
	var sc slack.StatusCodeError
	if !errors.As(err, &sc) || sc.Code != http.StatusNotFound {
		t.Errorf("slack-go: got %v, want StatusCodeError 404", err)
	}
	if n := s.Calls("chat.delete"); n != 2 {
		t.Errorf("Calls: got %d, want 2", n)
	}
}

func TestPostValidation(t *testing.T) {
	blocks := func(n int, b string) string {
		return "[" + strings.TrimSuffix(strings.Repeat(b+",", n), ",") + "]"
	}
	sectionJSON := func(text string) string {
		t, _ := json.Marshal(text)
		return `{"type":"section","text":{"type":"mrkdwn","text":` + string(t) + `}}`
	}
	headerJSON := func(text string) string {
		t, _ := json.Marshal(text)
		return `{"type":"header","text":{"type":"plain_text","text":` + string(t) + `}}`
	}
	for _, tc := range []struct {
		name string
		form url.Values
		want string // "" for ok
	}{
		{"text only", url.Values{"text": {"hi"}}, ""},
		{"blocks only", url.Values{"blocks": {blocks(1, sectionJSON("hi"))}}, ""},
		{"no channel", url.Values{"channel": {""}, "text": {"hi"}}, "channel_not_found"},
		{"nothing", url.Values{}, "no_text"},
		{"empty blocks no text", url.Values{"blocks": {"[]"}}, "no_text"},
		{"text at limit", url.Values{"text": {strings.Repeat("é", 40000)}}, ""},
		{"text too long", url.Values{"text": {strings.Repeat("é", 40001)}}, "msg_too_long"},
		{"blocks not json", url.Values{"text": {"x"}, "blocks": {"[{"}}, "invalid_blocks_format"},
		{"50 blocks", url.Values{"text": {"x"}, "blocks": {blocks(50, sectionJSON("s"))}}, ""},
		{"51 blocks", url.Values{"text": {"x"}, "blocks": {blocks(51, sectionJSON("s"))}}, "invalid_blocks"},
		{"header 150", url.Values{"text": {"x"}, "blocks": {blocks(1, headerJSON(strings.Repeat("h", 150)))}}, ""},
		{"header 151", url.Values{"text": {"x"}, "blocks": {blocks(1, headerJSON(strings.Repeat("h", 151)))}}, "invalid_blocks"},
		{"header mrkdwn", url.Values{"text": {"x"}, "blocks": {`[{"type":"header","text":{"type":"mrkdwn","text":"h"}}]`}}, "invalid_blocks"},
		{"section 3000", url.Values{"text": {"x"}, "blocks": {blocks(1, sectionJSON(strings.Repeat("s", 3000)))}}, ""},
		{"section 3001", url.Values{"text": {"x"}, "blocks": {blocks(1, sectionJSON(strings.Repeat("s", 3001)))}}, "invalid_blocks"},
		{"section empty text", url.Values{"text": {"x"}, "blocks": {blocks(1, sectionJSON(""))}}, "invalid_blocks"},
		{"block without type", url.Values{"text": {"x"}, "blocks": {`[{"text":{"type":"mrkdwn","text":"h"}}]`}}, "invalid_blocks"},
		{"11 context elements", url.Values{"text": {"x"}, "blocks": {`[{"type":"context","elements":[` + strings.TrimSuffix(strings.Repeat(`{"type":"mrkdwn","text":"c"},`, 11), ",") + `]}]`}}, "invalid_blocks"},
		{"unknown block type passes", url.Values{"text": {"x"}, "blocks": {`[{"type":"rich_text","elements":[]}]`}}, ""},
		{"metadata ok", url.Values{"text": {"x"}, "metadata": {`{"event_type":"readout_item_posted","event_payload":{"id":"1"}}`}}, ""},
		{"metadata not json", url.Values{"text": {"x"}, "metadata": {`{"event_type":`}}, "invalid_metadata_format"},
		{"metadata without type", url.Values{"text": {"x"}, "metadata": {`{"event_payload":{}}`}}, "invalid_metadata_format"},
		{"bad thread_ts", url.Values{"text": {"x"}, "thread_ts": {"soon"}}, "invalid_thread_ts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := slackfake.New(t)
			form := url.Values{"token": {"xoxb-test"}, "channel": {"C1"}}
			for k, v := range tc.form {
				form[k] = v
			}
			status, body := postForm(t, s, "chat.postMessage", form)
			if status != http.StatusOK {
				t.Fatalf("status: got %d, want 200", status)
			}
			if tc.want == "" {
				if body["ok"] != true {
					t.Errorf("got %v, want ok", body)
				}
				if n := len(s.Posts()); n != 1 {
					t.Errorf("Posts: got %d, want 1", n)
				}
				return
			}
			if body["ok"] != false || body["error"] != tc.want {
				t.Errorf("got %v, want error %q", body, tc.want)
			}
			if n := len(s.Posts()); n != 0 {
				t.Errorf("Posts: got %d, want 0", n)
			}
		})
	}
}

func TestChatUpdate(t *testing.T) {
	s := slackfake.New(t)
	api := newAPI(s, "xoxb-test")
	ctx := t.Context()
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("draft", false))
	if err != nil {
		t.Fatal(err)
	}
	_, gotTS, text, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("final", false), slack.MsgOptionBlocks(section("final")))
	if err != nil {
		t.Fatalf("update: %v", err)
	}
	if gotTS != ts || text != "final" {
		t.Errorf("update reply: got ts %q text %q, want %q final", gotTS, text, ts)
	}
	h := s.History("C1")
	if len(h) != 1 || h[0].Text != "final" || !strings.Contains(string(h[0].Blocks), "final") {
		t.Errorf("History: got %+v, want one updated message", h)
	}
	if p := s.Posts(); len(p) != 1 || p[0].Text != "draft" {
		t.Errorf("Posts keeps what was posted: got %+v", p)
	}
	hist, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1"})
	if err != nil {
		t.Fatal(err)
	}
	if m := hist.Messages[0]; m.Text != "final" || m.Edited == nil {
		t.Errorf("history after update: got text %q edited %v", m.Text, m.Edited)
	}
	_, _, _, err = api.UpdateMessageContext(ctx, "C1", "1.000001", slack.MsgOptionText("x", false))
	assertSlackError(t, err, "message_not_found")
}

func TestThreadReplies(t *testing.T) {
	s := slackfake.New(t)
	api := newAPI(s, "xoxb-test")
	ctx := t.Context()
	_, parent, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("parent", false))
	if err != nil {
		t.Fatal(err)
	}
	var replies []string
	for _, text := range []string{"Bilateral relations", "Regional situation"} {
		_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText(text, false), slack.MsgOptionTS(parent))
		if err != nil {
			t.Fatal(err)
		}
		replies = append(replies, ts)
	}
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("other", false)); err != nil {
		t.Fatal(err)
	}

	msgs, hasMore, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: parent})
	if err != nil {
		t.Fatalf("replies: %v", err)
	}
	var got []string
	for _, m := range msgs {
		got = append(got, m.Timestamp)
	}
	if want := []string{parent, replies[0], replies[1]}; !reflect.DeepEqual(got, want) || hasMore {
		t.Errorf("replies: got %v (has_more %v), want %v", got, hasMore, want)
	}
	if msgs[1].ThreadTimestamp != parent {
		t.Errorf("reply thread_ts: got %q, want %q", msgs[1].ThreadTimestamp, parent)
	}

	h, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Messages) != 2 {
		t.Fatalf("history: got %d messages, want 2 (replies stay in the thread)", len(h.Messages))
	}
	if p := h.Messages[1]; p.ReplyCount != 2 || p.LatestReply != replies[1] || p.ThreadTimestamp != parent {
		t.Errorf("parent: got reply_count %d latest_reply %q thread_ts %q", p.ReplyCount, p.LatestReply, p.ThreadTimestamp)
	}
	if ps := s.Posts(); ps[1].ThreadTS != parent {
		t.Errorf("Post.ThreadTS: got %q, want %q", ps[1].ThreadTS, parent)
	}

	_, _, _, err = api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: replies[0]})
	assertSlackError(t, err, "thread_not_found")
}

func TestViewsPublish(t *testing.T) {
	s := slackfake.New(t)
	api := newAPI(s, "xoxb-test")
	ctx := t.Context()
	home := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{section("Cambodia: 3 readouts")}}}

	v1, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1", View: home})
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	if v1.ID == "" || v1.Hash == "" || v1.Type != slack.VTHomeTab || v1.TeamID != slackfake.TeamID {
		t.Errorf("view: got id %q hash %q type %q team %q", v1.ID, v1.Hash, v1.Type, v1.TeamID)
	}
	stale := "1.stale"
	_, err = api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1", View: home, Hash: &stale})
	assertSlackError(t, err, "hash_conflict")
	v2, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1", View: home, Hash: &v1.Hash})
	if err != nil {
		t.Fatalf("publish with current hash: %v", err)
	}
	if v2.ID != v1.ID || v2.Hash == v1.Hash {
		t.Errorf("republish: got id %q hash %q, want id %q and a new hash", v2.ID, v2.Hash, v1.ID)
	}

	views := s.Views("U1")
	if len(views) != 2 || views[1].Hash != v2.Hash || !strings.Contains(string(views[0].View), "Cambodia: 3 readouts") {
		t.Errorf("Views(U1): got %+v", views)
	}
	if n := len(s.Views("U2")); n != 0 {
		t.Errorf("Views(U2): got %d, want 0", n)
	}

	modal := `{"user_id":"U1","view":{"type":"modal","blocks":[]}}`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.APIURL()+"views.publish", strings.NewReader(modal))
	req.Header.Set("Authorization", "Bearer xoxb-test")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&body)
	if body["error"] != "invalid_arguments" {
		t.Errorf("modal on views.publish: got %v, want invalid_arguments", body)
	}
}

func TestWaitPosts(t *testing.T) {
	s := slackfake.New(t)
	api := newAPI(s, "xoxb-test")
	done := make(chan error, 1)
	go func() {
		for i := range 3 {
			if _, _, err := api.PostMessageContext(t.Context(), "C1", slack.MsgOptionText(fmt.Sprint(i), false)); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	posts, err := s.WaitPosts(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) < 3 || posts[0].Text != "0" || posts[2].Text != "2" {
		t.Errorf("got %+v, want posts 0, 1, 2", posts)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	cancelled, cancel2 := context.WithCancel(t.Context())
	cancel2()
	got, err := s.WaitPosts(cancelled, 4)
	if !errors.Is(err, context.Canceled) || len(got) != 3 {
		t.Errorf("WaitPosts past the end: got %d posts, %v; want 3 and context.Canceled", len(got), err)
	}
}

// TestMembershipJoinAndStoredFailure: with RequireMembership the history
// of a channel the bot is not in answers not_in_channel, conversations.join
// fixes that for a public channel (a private one takes an invitation), and
// a scripted failure with Stored keeps the post while answering the error.
func TestMembershipJoinAndStoredFailure(t *testing.T) {
	s := slackfake.New(t)
	s.RequireMembership()
	api := newAPI(s, "xoxb-test")
	ctx := t.Context()
	s.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		return slackfake.Response{Status: http.StatusInternalServerError, Stored: true}
	})
	_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("stored", false))
	var sc slack.StatusCodeError
	if !errors.As(err, &sc) || sc.Code != http.StatusInternalServerError {
		t.Fatalf("post: got %v, want a 500", err)
	}
	if n := len(s.History("C1")); n != 1 {
		t.Fatalf("%d messages stored, want the one answered 500", n)
	}
	s.SetPostHook(nil)
	if _, _, err := api.PostMessageContext(ctx, "G1", slack.MsgOptionText("x", false)); err == nil || !strings.Contains(err.Error(), "channel_not_found") {
		t.Errorf("post to a private channel the bot is not in: got %v, want channel_not_found", err)
	}

	params := &slack.GetConversationHistoryParameters{ChannelID: "C1", IncludeAllMetadata: true}
	if _, err := api.GetConversationHistoryContext(ctx, params); err == nil || err.Error() != "not_in_channel" {
		t.Errorf("history before joining: got %v, want not_in_channel", err)
	}
	if _, _, _, err := api.JoinConversationContext(ctx, "C1"); err != nil {
		t.Fatalf("join: %v", err)
	}
	if _, warning, _, err := api.JoinConversationContext(ctx, "C1"); err != nil || warning != "already_in_channel" {
		t.Errorf("second join: warning %q, %v; want already_in_channel", warning, err)
	}
	resp, err := api.GetConversationHistoryContext(ctx, params)
	if err != nil || len(resp.Messages) != 1 {
		t.Errorf("history after joining: %v, %v; want the stored message", resp, err)
	}
	if _, _, _, err := api.JoinConversationContext(ctx, "G1"); err == nil || err.Error() != "method_not_supported_for_channel_type" {
		t.Errorf("join of a private channel: got %v", err)
	}
	s.Invite("G1")
	if _, _, err := api.PostMessageContext(ctx, "G1", slack.MsgOptionText("x", false)); err != nil {
		t.Errorf("post after an invitation: %v", err)
	}
	s.SetJoinError("missing_scope")
	if _, _, _, err := api.JoinConversationContext(ctx, "C2"); err == nil || err.Error() != "missing_scope" {
		t.Errorf("scripted join error: got %v", err)
	}
	if s.IsMember("C2") || !s.IsMember("C1") || s.Calls("conversations.join") != 4 {
		t.Errorf("members: C1 %v, C2 %v after %d joins", s.IsMember("C1"), s.IsMember("C2"), s.Calls("conversations.join"))
	}
}
