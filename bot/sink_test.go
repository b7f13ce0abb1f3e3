package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
)

// fakeSlack is a chat.postMessage endpoint on 127.0.0.1 that records the
// form of every post and answers with respond.
type fakeSlack struct {
	mu    sync.Mutex
	posts []url.Values
	// respond writes the answer to the n-th post (0-based); nil answers ok.
	respond func(w http.ResponseWriter, n int) bool
}

func newFakeSlack(t *testing.T, respond func(w http.ResponseWriter, n int) bool) (*fakeSlack, *slack.Client) {
	t.Helper()
	f := &fakeSlack{respond: respond}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/chat.postMessage" {
			http.NotFound(w, r)
			return
		}
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		n := len(f.posts)
		f.posts = append(f.posts, r.PostForm)
		f.mu.Unlock()
		if f.respond != nil && f.respond(w, n) {
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, r.PostForm.Get("channel"), n+1)
	}))
	t.Cleanup(srv.Close)
	client := slack.New("xoxb-test", slack.OptionAPIURL(srv.URL+"/"), slack.OptionHTTPClient(srv.Client()))
	return f, client
}

func (f *fakeSlack) forms() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.posts...)
}

func TestSlackSinkPost(t *testing.T) {
	fake, client := newFakeSlack(t, nil)
	sink := bot.NewSlackSink(client)
	m := bot.RenderReadout(hostileReadout())
	if len(m.Replies) < 2 {
		t.Fatalf("fixture renders %d replies, want at least 2", len(m.Replies))
	}
	meta := bot.Meta{EventType: "readout_posted", Payload: map[string]any{"delivery_id": "42", "readout_id": "r-1"}}

	ts, err := bot.Post(t.Context(), sink, "C123", m, meta)
	if err != nil {
		t.Fatalf("Post: %v", err)
	}
	if ts != "1700000000.000001" {
		t.Errorf("ts = %q, want the parent's 1700000000.000001", ts)
	}
	forms := fake.forms()
	if got, want := len(forms), 1+len(m.Replies); got != want {
		t.Fatalf("%d posts, want %d", got, want)
	}
	for i, f := range forms {
		wantText, wantBlocks := m.Text, m.Blocks
		if i > 0 {
			wantText, wantBlocks = m.Replies[i-1].Text, m.Replies[i-1].Blocks
		}
		if got := f.Get("channel"); got != "C123" {
			t.Errorf("post %d: channel = %q, want C123", i, got)
		}
		if got := f.Get("text"); got != wantText {
			t.Errorf("post %d: text = %q, want the rendered text unchanged %q", i, got, wantText)
		}
		var blocks []map[string]any
		if err := json.Unmarshal([]byte(f.Get("blocks")), &blocks); err != nil {
			t.Errorf("post %d: blocks: %v", i, err)
		}
		if len(blocks) != len(wantBlocks) {
			t.Errorf("post %d: %d blocks, want %d", i, len(blocks), len(wantBlocks))
		}
		for _, key := range []string{"link_names", "parse", "as_user"} {
			if f.Has(key) {
				t.Errorf("post %d: %s = %q, want it unset", i, key, f.Get(key))
			}
		}
		if got := f.Get("unfurl_links"); got != "false" {
			t.Errorf("post %d: unfurl_links = %q, want false", i, got)
		}
		var md slack.SlackMetadata
		if err := json.Unmarshal([]byte(f.Get("metadata")), &md); err != nil {
			t.Fatalf("post %d: metadata %q: %v", i, f.Get("metadata"), err)
		}
		if md.EventType != "readout_posted" || md.EventPayload["readout_id"] != "r-1" || md.EventPayload["delivery_id"] != "42" {
			t.Errorf("post %d: metadata = %+v, want readout_posted for r-1, delivery 42", i, md)
		}
		if i == 0 {
			if f.Has("thread_ts") {
				t.Errorf("parent: thread_ts = %q, want none", f.Get("thread_ts"))
			}
			if _, ok := md.EventPayload["part"]; ok {
				t.Errorf("parent metadata has a part: %+v", md.EventPayload)
			}
			continue
		}
		if got := f.Get("thread_ts"); got != ts {
			t.Errorf("reply %d: thread_ts = %q, want the parent's %q", i, got, ts)
		}
		if got := md.EventPayload["part"]; got != float64(i) {
			t.Errorf("reply %d: metadata part = %v, want %d", i, got, i)
		}
	}
	if len(meta.Payload) != 2 {
		t.Errorf("Post changed the caller's payload: %+v", meta.Payload)
	}
}

func TestSlackSinkNoMetadata(t *testing.T) {
	fake, client := newFakeSlack(t, nil)
	m := bot.Message{Text: "hello", Blocks: bot.RenderReadout(callReadout()).Blocks}
	if _, err := bot.Post(t.Context(), bot.NewSlackSink(client), "C1", m, bot.Meta{}); err != nil {
		t.Fatalf("Post: %v", err)
	}
	if f := fake.forms()[0]; f.Has("metadata") {
		t.Errorf("metadata = %q, want none for an empty Meta", f.Get("metadata"))
	}
}

func slackError(code string) func(http.ResponseWriter, int) bool {
	return func(w http.ResponseWriter, _ int) bool {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"ok":false,"error":%q}`, code)
		return true
	}
}

func TestSlackSinkErrors(t *testing.T) {
	tests := []struct {
		name       string
		respond    func(http.ResponseWriter, int) bool
		permanent  bool
		retryAfter time.Duration // 0: RetryAfter reports false
		inError    string
	}{
		{name: "channel not found", respond: slackError("channel_not_found"), permanent: true, inError: "channel_not_found"},
		{name: "not in channel", respond: slackError("not_in_channel"), permanent: true},
		{name: "archived", respond: slackError("is_archived"), permanent: true},
		{name: "invalid blocks", respond: slackError("invalid_blocks"), permanent: true},
		{name: "token revoked", respond: slackError("token_revoked"), permanent: true},
		{name: "internal error", respond: slackError("internal_error"), permanent: false},
		{name: "unknown error", respond: slackError("something_new"), permanent: false},
		{
			name: "rate limited",
			respond: func(w http.ResponseWriter, _ int) bool {
				w.Header().Set("Retry-After", "2")
				w.WriteHeader(http.StatusTooManyRequests)
				return true
			},
			retryAfter: 2 * time.Second,
		},
		{
			name: "rate limited without a wait",
			respond: func(w http.ResponseWriter, _ int) bool {
				w.Header().Set("Retry-After", "0")
				w.WriteHeader(http.StatusTooManyRequests)
				return true
			},
			retryAfter: time.Second,
		},
		{
			name: "server error",
			respond: func(w http.ResponseWriter, _ int) bool {
				w.WriteHeader(http.StatusServiceUnavailable)
				return true
			},
		},
		{
			name: "forbidden",
			respond: func(w http.ResponseWriter, _ int) bool {
				w.WriteHeader(http.StatusForbidden)
				return true
			},
			permanent: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, client := newFakeSlack(t, tt.respond)
			m := bot.RenderReadout(summitReadout())
			ts, err := bot.Post(t.Context(), bot.NewSlackSink(client), "C404", m, bot.Meta{})
			if err == nil {
				t.Fatalf("Post succeeded with ts %q, want an error", ts)
			}
			if ts != "" {
				t.Errorf("ts = %q, want none when the parent failed", ts)
			}
			if !strings.Contains(err.Error(), "C404") || (tt.inError != "" && !strings.Contains(err.Error(), tt.inError)) {
				t.Errorf("error %q does not name the channel and %q", err, tt.inError)
			}
			if got := bot.IsPermanent(err); got != tt.permanent {
				t.Errorf("IsPermanent(%v) = %v, want %v", err, got, tt.permanent)
			}
			d, ok := bot.RetryAfter(err)
			if ok != (tt.retryAfter > 0) || d != tt.retryAfter {
				t.Errorf("RetryAfter(%v) = %v, %v; want %v, %v", err, d, ok, tt.retryAfter, tt.retryAfter > 0)
			}
		})
	}
}

func TestSlackSinkReplyFailureKeepsParent(t *testing.T) {
	// The parent and the first reply succeed; the second reply is refused.
	fake, client := newFakeSlack(t, func(w http.ResponseWriter, n int) bool {
		if n < 2 {
			return false
		}
		w.Header().Set("Retry-After", "7")
		w.WriteHeader(http.StatusTooManyRequests)
		return true
	})
	m := bot.RenderReadout(summitReadout())
	ts, err := bot.Post(t.Context(), bot.NewSlackSink(client), "C9", m, bot.Meta{EventType: "readout_posted"})
	if err == nil {
		t.Fatal("Post succeeded, want the reply's error")
	}
	if ts != "1700000000.000001" {
		t.Errorf("ts = %q, want the parent's, which was posted", ts)
	}
	if d, ok := bot.RetryAfter(err); !ok || d != 7*time.Second {
		t.Errorf("RetryAfter = %v, %v; want 7s, true", d, ok)
	}
	if !strings.Contains(err.Error(), "reply 2 of 4") {
		t.Errorf("error %q does not say which reply failed", err)
	}
	if got := len(fake.forms()); got != 3 {
		t.Errorf("%d posts, want 3 (no replies after the failure)", got)
	}
}

func TestSlackSinkPostReply(t *testing.T) {
	fake, client := newFakeSlack(t, nil)
	sink := bot.NewSlackSink(client)
	r := bot.Reply{Text: "text", Blocks: bot.RenderReadout(callReadout()).Replies[0].Blocks}
	if _, err := sink.PostReply(t.Context(), "C1", "", r, bot.Meta{}); err == nil {
		t.Error("PostReply without a parent succeeded, want an error")
	}
	ts, err := sink.PostReply(t.Context(), "C1", "1699999999.000100", r, bot.Meta{})
	if err != nil {
		t.Fatalf("PostReply: %v", err)
	}
	if ts == "" {
		t.Error("PostReply returned no ts")
	}
	if got := fake.forms()[0].Get("thread_ts"); got != "1699999999.000100" {
		t.Errorf("thread_ts = %q, want 1699999999.000100", got)
	}
}

func TestSlackSinkCancelled(t *testing.T) {
	_, client := newFakeSlack(t, nil)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := bot.Post(ctx, bot.NewSlackSink(client), "C1", bot.RenderReadout(callReadout()), bot.Meta{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if bot.IsPermanent(err) {
		t.Errorf("IsPermanent(%v) = true, want false", err)
	}
}

func TestIsPermanentWrapped(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{errors.New("boom"), false},
		{fmt.Errorf("post: %w", slack.SlackErrorResponse{Err: "msg_too_long"}), true},
		{fmt.Errorf("post: %w", &slack.SlackErrorResponse{Err: "account_inactive"}), true},
		{fmt.Errorf("post: %w", slack.SlackErrorResponse{Err: "ratelimited"}), false},
		{fmt.Errorf("post: %w", &slack.RateLimitedError{RetryAfter: time.Minute}), false},
		{fmt.Errorf("post: %w", slack.StatusCodeError{Code: http.StatusNotFound}), true},
		{fmt.Errorf("post: %w", slack.StatusCodeError{Code: http.StatusBadGateway}), false},
	}
	for _, tt := range tests {
		if got := bot.IsPermanent(tt.err); got != tt.want {
			t.Errorf("IsPermanent(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
	if d, ok := bot.RetryAfter(fmt.Errorf("x: %w", &slack.RateLimitedError{RetryAfter: time.Minute})); !ok || d != time.Minute {
		t.Errorf("RetryAfter = %v, %v; want 1m, true", d, ok)
	}
	if _, ok := bot.RetryAfter(errors.New("boom")); ok {
		t.Error("RetryAfter(plain error) reports a wait")
	}
}

func TestConsoleSink(t *testing.T) {
	var buf bytes.Buffer
	sink := &bot.ConsoleSink{W: &buf}
	m := bot.RenderReadout(callReadout())
	for i, want := range []string{"console.000001", "console.000002"} {
		ts, err := bot.Post(t.Context(), sink, "C123", m, bot.Meta{EventType: "readout_posted"})
		if err != nil {
			t.Fatalf("Post %d: %v", i, err)
		}
		if ts != want {
			t.Errorf("Post %d: ts = %q, want %q", i, ts, want)
		}
	}
	one := "── #C123 ──\n" + m.Console()
	if got, want := buf.String(), one+one; got != want {
		t.Errorf("console output:\n%s\nwant:\n%s", got, want)
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := bot.Post(ctx, sink, "C123", m, bot.Meta{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Post with a cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestConsoleSinkConcurrent(t *testing.T) {
	var buf bytes.Buffer
	sink := &bot.ConsoleSink{W: &buf}
	msgs := []bot.Message{bot.RenderReadout(callReadout()), bot.RenderReadout(bodyOnlyReadout())}
	const n = 16
	var wg sync.WaitGroup
	tss := make(chan string, n)
	for i := range n {
		wg.Go(func() {
			ts, err := sink.PostParent(context.Background(), fmt.Sprintf("C%02d", i), msgs[i%2], bot.Meta{})
			if err != nil {
				t.Errorf("Post: %v", err)
			}
			tss <- ts
		})
	}
	wg.Wait()
	close(tss)
	seen := map[string]bool{}
	for ts := range tss {
		if seen[ts] {
			t.Errorf("ts %q returned twice", ts)
		}
		seen[ts] = true
	}
	// Every message is written whole: the output splits into n intact
	// parents (the delivery worker posts to the console one message at a
	// time, so a thread's replies follow its parent).
	out := buf.String()
	for i := range n {
		parent := bot.Message{Text: msgs[i%2].Text, Blocks: msgs[i%2].Blocks}
		want := fmt.Sprintf("── #C%02d ──\n", i) + parent.Console()
		if !strings.Contains(out, want) {
			t.Errorf("post to C%02d is not intact in the output", i)
		}
	}
}
