package slackfake_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/readout-bot/readout/internal/slackfake"
)

// testCtx bounds a test that waits on the network; it is a guard against
// hangs, not a timing assertion.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// runSocketClient runs a real slack-go Socket Mode client against s and calls
// handle for every event, in order, on one goroutine. Cleanup stops both
// goroutines and waits for them.
func runSocketClient(t testing.TB, s *slackfake.Server, handle func(*slack.Client, *socketmode.Client, socketmode.Event)) {
	t.Helper()
	api := newAPI(s, "xoxb-test")
	client := socketmode.New(api)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	runErr := make(chan error, 1)
	wg.Go(func() { runErr <- client.RunContext(ctx) })
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case evt := <-client.Events:
				handle(api, client, evt)
			}
		}
	})
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		if err := <-runErr; !errors.Is(err, context.Canceled) {
			t.Errorf("RunContext: got %v, want context.Canceled", err)
		}
	})
}

func TestSocketModeSlashCommandAndReconnect(t *testing.T) {
	s := slackfake.New(t)
	ctx := testCtx(t)

	var mu sync.Mutex
	var seen []socketmode.EventType
	var cmds []slack.SlashCommand
	runSocketClient(t, s, func(_ *slack.Client, c *socketmode.Client, evt socketmode.Event) {
		mu.Lock()
		seen = append(seen, evt.Type)
		mu.Unlock()
		if evt.Type != socketmode.EventTypeSlashCommand {
			return
		}
		cmd := evt.Data.(slack.SlashCommand)
		mu.Lock()
		cmds = append(cmds, cmd)
		mu.Unlock()
		reply := map[string]any{"response_type": "ephemeral", "text": "readouts on " + cmd.Text}
		if err := c.AckCtx(ctx, evt.Request.EnvelopeID, reply); err != nil {
			t.Errorf("ack: %v", err)
		}
	})

	for i, text := range []string{"cambodia", "laos"} {
		if i == 1 {
			if err := s.Disconnect("refresh_requested"); err != nil {
				t.Fatalf("Disconnect: %v", err)
			}
		}
		ack, err := s.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: text, ChannelID: "C1", UserID: "U1"})
		if err != nil {
			t.Fatalf("SendSlashCommand %q: %v", text, err)
		}
		var payload struct{ ResponseType, Text string }
		if err := json.Unmarshal(ack.Payload, &payload); err != nil {
			t.Fatalf("ack payload %s: %v", ack.Payload, err)
		}
		if want := "readouts on " + text; payload.Text != want {
			t.Errorf("ack text: got %q, want %q", payload.Text, want)
		}
		if ack.EnvelopeID == "" || !strings.HasPrefix(ack.ResponseURL, s.URL()+"/resp/") {
			t.Errorf("ack: got envelope %q response_url %q", ack.EnvelopeID, ack.ResponseURL)
		}
	}
	if n := s.Connections(); n != 2 {
		t.Errorf("Connections after disconnect: got %d, want 2", n)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(seen) < 2 || seen[0] != socketmode.EventTypeConnecting {
		t.Errorf("events: got %v, want connecting first", seen)
	}
	hello := -1
	for i, e := range seen {
		if e == socketmode.EventTypeHello {
			hello = i
			break
		}
	}
	firstCmd := -1
	for i, e := range seen {
		if e == socketmode.EventTypeSlashCommand {
			firstCmd = i
			break
		}
	}
	if hello < 0 || firstCmd < hello {
		t.Errorf("events: got %v, want hello before the slash command", seen)
	}
	if len(cmds) != 2 {
		t.Fatalf("commands: got %d, want 2", len(cmds))
	}
	c := cmds[0]
	if c.Command != "/readout" || c.ChannelID != "C1" || c.UserID != "U1" || c.TeamID != slackfake.TeamID || c.TriggerID == "" || c.APIAppID != slackfake.AppID {
		t.Errorf("slash command payload: got %+v", c)
	}
	if cmds[0].ResponseURL == cmds[1].ResponseURL {
		t.Errorf("response_url reused: %q", c.ResponseURL)
	}
}

func TestResponseURL(t *testing.T) {
	s := slackfake.New(t)
	ctx := testCtx(t)
	answered := make(chan error, 1)
	runSocketClient(t, s, func(api *slack.Client, c *socketmode.Client, evt socketmode.Event) {
		if evt.Type != socketmode.EventTypeSlashCommand {
			return
		}
		cmd := evt.Data.(slack.SlashCommand)
		if err := c.AckCtx(ctx, evt.Request.EnvelopeID, nil); err != nil {
			t.Errorf("ack: %v", err)
		}
		// The delayed answer goes to response_url, here through chat's option.
		_, _, err := api.PostMessageContext(ctx, cmd.ChannelID,
			slack.MsgOptionResponseURL(cmd.ResponseURL, slack.ResponseTypeInChannel),
			slack.MsgOptionText("3 readouts on "+cmd.Text, false),
			slack.MsgOptionBlocks(section("*Japan–Cambodia Summit Meeting*")))
		answered <- err
	})
	ack, err := s.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1"})
	if err != nil {
		t.Fatal(err)
	}
	if ack.Payload != nil {
		t.Errorf("ack payload: got %s, want none", ack.Payload)
	}
	rs, err := s.WaitResponses(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-answered; err != nil {
		t.Errorf("post to response_url: %v", err)
	}
	r := rs[0]
	if r.URL != ack.ResponseURL || r.ResponseType != "in_channel" || r.Text != "3 readouts on cambodia" || !strings.Contains(string(r.Blocks), "Summit") {
		t.Errorf("response_url post: got %+v", r)
	}
	if n := len(s.Posts()); n != 0 {
		t.Errorf("Posts: got %d, want 0 (response_url is not chat.postMessage)", n)
	}

	t.Run("webhook, five uses", func(t *testing.T) {
		u := s.NewResponseURL()
		for i := range 6 {
			err := slack.PostWebhookContext(ctx, u, &slack.WebhookMessage{Text: fmt.Sprint("answer ", i)})
			var sc slack.StatusCodeError
			switch {
			case i < 5 && err != nil:
				t.Errorf("use %d: %v", i+1, err)
			case i == 5 && (!errors.As(err, &sc) || sc.Code != http.StatusNotFound):
				t.Errorf("use 6: got %v, want StatusCodeError 404", err)
			}
		}
		got := s.Responses()
		if len(got) != 6 || got[5].Text != "answer 4" || got[5].ResponseType != "ephemeral" {
			t.Errorf("Responses: got %d, last %+v; want 6, last \"answer 4\" ephemeral", len(got), got[len(got)-1])
		}
	})

	t.Run("unknown url", func(t *testing.T) {
		err := slack.PostWebhookContext(ctx, s.URL()+"/resp/999", &slack.WebhookMessage{Text: "x"})
		var sc slack.StatusCodeError
		if !errors.As(err, &sc) || sc.Code != http.StatusNotFound {
			t.Errorf("got %v, want StatusCodeError 404", err)
		}
	})
}

func TestSendEventAppHome(t *testing.T) {
	s := slackfake.New(t)
	ctx := testCtx(t)
	published := make(chan error, 1)
	runSocketClient(t, s, func(api *slack.Client, c *socketmode.Client, evt socketmode.Event) {
		if evt.Type != socketmode.EventTypeEventsAPI {
			return
		}
		if err := c.AckCtx(ctx, evt.Request.EnvelopeID, nil); err != nil {
			t.Errorf("ack: %v", err)
		}
		outer := evt.Data.(slackevents.EventsAPIEvent)
		opened, ok := outer.InnerEvent.Data.(*slackevents.AppHomeOpenedEvent)
		if !ok {
			t.Errorf("inner event: got %T, want *slackevents.AppHomeOpenedEvent", outer.InnerEvent.Data)
			return
		}
		home := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{section("Subscribed: Cambodia, Laos")}}}
		_, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: opened.User, View: home})
		published <- err
	})
	ack, err := s.SendEvent(ctx, "app_home_opened", map[string]any{"user": "U42", "channel": "D42", "tab": "home"})
	if err != nil {
		t.Fatal(err)
	}
	if ack.Payload != nil || ack.RetryAttempt != 0 {
		t.Errorf("ack: got %+v", ack)
	}
	views, err := s.WaitViews(ctx, "U42", 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(views[0].View), "Subscribed: Cambodia, Laos") {
		t.Errorf("view: got %s", views[0].View)
	}
	if err := <-published; err != nil {
		t.Errorf("publish: %v", err)
	}
}

// rawSocket opens a Socket Mode connection by hand and reads the hello.
func rawSocket(t *testing.T, ctx context.Context, s *slackfake.Server) (*websocket.Conn, string) {
	t.Helper()
	_, wsURL, err := newAPI(s, "xoxb-test").StartSocketModeContext(ctx)
	if err != nil {
		t.Fatalf("apps.connections.open: %v", err)
	}
	ws, resp, err := websocket.DefaultDialer.DialContext(ctx, wsURL, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", wsURL, err)
	}
	resp.Body.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = ws.SetReadDeadline(dl)
	}
	var hello struct{ Type string }
	if err := ws.ReadJSON(&hello); err != nil || hello.Type != "hello" {
		t.Fatalf("first frame: got %+v, %v; want hello", hello, err)
	}
	return ws, wsURL
}

type rawEnvelope struct {
	Type                   string          `json:"type"`
	EnvelopeID             string          `json:"envelope_id"`
	Payload                json.RawMessage `json:"payload"`
	AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	RetryAttempt           int             `json:"retry_attempt"`
	RetryReason            string          `json:"retry_reason"`
}

func TestRedeliveryAfterDroppedConnection(t *testing.T) {
	s := slackfake.New(t)
	ctx := testCtx(t)

	type result struct {
		ack slackfake.Ack
		err error
	}
	res := make(chan result, 1)
	go func() {
		ack, err := s.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: "kh", ChannelID: "C1", UserID: "U1"})
		res <- result{ack, err}
	}()

	ws1, url1 := rawSocket(t, ctx, s)
	var first rawEnvelope
	if err := ws1.ReadJSON(&first); err != nil {
		t.Fatal(err)
	}
	if first.Type != "slash_commands" || !first.AcceptsResponsePayload || first.RetryAttempt != 0 {
		t.Errorf("first delivery: got %+v", first)
	}
	ws1.Close() // drop it without acking

	if _, resp, err := websocket.DefaultDialer.DialContext(ctx, url1, nil); err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("reusing a ticket: got %v, want a 401 handshake failure", err)
	}

	ws2, _ := rawSocket(t, ctx, s)
	defer ws2.Close()
	var second rawEnvelope
	if err := ws2.ReadJSON(&second); err != nil {
		t.Fatal(err)
	}
	if second.EnvelopeID != first.EnvelopeID || second.RetryAttempt != 1 || second.RetryReason != "timeout" {
		t.Errorf("redelivery: got envelope %q attempt %d reason %q, want %q attempt 1 reason timeout", second.EnvelopeID, second.RetryAttempt, second.RetryReason, first.EnvelopeID)
	}
	if err := ws2.WriteJSON(map[string]any{"envelope_id": second.EnvelopeID, "payload": map[string]string{"text": "late"}}); err != nil {
		t.Fatal(err)
	}
	r := <-res
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.ack.RetryAttempt != 1 || string(r.ack.Payload) != `{"text":"late"}` {
		t.Errorf("ack: got attempt %d payload %s", r.ack.RetryAttempt, r.ack.Payload)
	}
}

func TestServerSendsPings(t *testing.T) {
	s := slackfake.New(t, slackfake.WithPingInterval(time.Millisecond))
	ctx := testCtx(t)
	ws, _ := rawSocket(t, ctx, s)
	defer ws.Close()
	pinged := make(chan struct{}, 1)
	ws.SetPingHandler(func(string) error {
		select {
		case pinged <- struct{}{}:
		default:
		}
		return nil
	})
	go func() { _, _, _ = ws.ReadMessage() }() // control frames are handled inside reads
	select {
	case <-pinged:
	case <-ctx.Done():
		t.Fatal("no PING frame from the server")
	}
}

func TestSendWithoutClient(t *testing.T) {
	s := slackfake.New(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout"}); !errors.Is(err, context.Canceled) {
		t.Errorf("SendSlashCommand with no connection: got %v, want context.Canceled", err)
	}
	if err := s.Disconnect("warning"); err == nil {
		t.Error("Disconnect with no connection: got nil error")
	}
}

func TestCloseStopsEverything(t *testing.T) {
	s := slackfake.New(t)
	ctx := testCtx(t)
	ws, _ := rawSocket(t, ctx, s)
	defer ws.Close()
	go func() { // keep answering pings so the socket stays healthy until Close
		for {
			if _, _, err := ws.ReadMessage(); err != nil {
				return
			}
		}
	}()

	sent := make(chan error, 1)
	go func() {
		_, err := s.SendEvent(ctx, "app_home_opened", map[string]any{"user": "U1"})
		sent <- err
	}()
	if err := s.WaitConnected(ctx, 1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := <-sent; !errors.Is(err, slackfake.ErrClosed) {
		t.Errorf("SendEvent across Close: got %v, want ErrClosed", err)
	}
	if _, err := s.WaitPosts(ctx, 1); !errors.Is(err, slackfake.ErrClosed) {
		t.Errorf("WaitPosts after Close: got %v, want ErrClosed", err)
	}
	buf := make([]byte, 1<<20)
	stacks := string(buf[:runtime.Stack(buf, true)])
	if strings.Contains(stacks, "internal/slackfake.(*Server)") {
		t.Errorf("goroutines of the fake still running after Close:\n%s", stacks)
	}
	s.Close() // idempotent
}

func TestPostSlashCommandHTTP(t *testing.T) {
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	s := slackfake.New(t)
	got := make(chan slack.SlashCommand, 1)
	bot := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := slack.NewSecretsVerifier(r.Header, secret)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(io.TeeReader(r.Body, &v))
		cmd, err := slack.SlashCommandParse(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := v.Ensure(); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		got <- cmd
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"response_type":"ephemeral","text":"ok"}`)
	}))
	defer bot.Close()

	for _, tc := range []struct {
		name, secret string
		wantStatus   int
	}{
		{"signed with the right secret", secret, http.StatusOK},
		{"signed with another secret", "not-the-secret", http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reply, err := s.PostSlashCommand(testCtx(t), bot.URL, tc.secret, slackfake.SlashCommand{Command: "/readout", Text: "subscribe cambodia, laos", ChannelID: "C9", UserID: "U9"})
			if err != nil {
				t.Fatal(err)
			}
			if reply.Status != tc.wantStatus {
				t.Fatalf("status: got %d (%s), want %d", reply.Status, reply.Body, tc.wantStatus)
			}
			if tc.wantStatus != http.StatusOK {
				return
			}
			if string(reply.Body) != `{"response_type":"ephemeral","text":"ok"}` {
				t.Errorf("body: got %s", reply.Body)
			}
			cmd := <-got
			if cmd.Command != "/readout" || cmd.Text != "subscribe cambodia, laos" || cmd.ChannelID != "C9" || !strings.HasPrefix(cmd.ResponseURL, s.URL()+"/resp/") {
				t.Errorf("parsed command: got %+v", cmd)
			}
		})
	}
}

func TestSign(t *testing.T) {
	for _, tc := range []struct {
		name, secret, ts, body, want string
	}{
		{
			"Slack's documented example",
			"8f742231b10e8888abcd99yyyzzz85a5", "1531420618",
			"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
			"v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := slackfake.Sign(tc.secret, tc.ts, []byte(tc.body)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
