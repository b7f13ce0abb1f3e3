package bot_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
)

// Slack's documented signing example
// (api.slack.com/authentication/verifying-requests-from-slack).
const (
	docSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	docTS     = "1531420618"
	docBody   = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	docSig    = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func TestSignSlackExample(t *testing.T) {
	if got := bot.Sign(docSecret, docTS, []byte(docBody)); got != docSig {
		t.Errorf("Sign(Slack's example): got %s, want %s", got, docSig)
	}
	if got := bot.Sign(docSecret, docTS, []byte(docBody+"x")); got == docSig {
		t.Errorf("Sign of a different body gave the same signature")
	}
}

const testSecret = "s3cr3t-signing"

// commandBody is a slash command form as Slack sends it.
func commandBody(text, channel, responseURL string) string {
	return url.Values{"token": {"t"}, "team_id": {"T1"}, "channel_id": {channel}, "user_id": {"U1"},
		"command": {"/readout"}, "text": {text}, "response_url": {responseURL}, "trigger_id": {"1.2.3"}}.Encode()
}

// postSigned posts body to srv, signed with secret at time at; sig
// overrides the signature when not empty, "-" sends no signature headers.
func postSigned(t *testing.T, endpoint, secret, body string, at time.Time, sig string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, endpoint, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	ts := strconv.FormatInt(at.Unix(), 10)
	if sig == "" {
		sig = bot.Sign(secret, ts, []byte(body))
	}
	if sig != "-" {
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestSlashHandler(t *testing.T) {
	store := &gatedStore{Store: cmdStore(t)}
	c := &bot.Commands{Store: store}
	srv := httptest.NewServer(bot.SlashHandler(testSecret, c, nil))
	defer srv.Close()
	fake := slackfake.New(t)
	endpoint := srv.URL + "/slack/commands"

	// The fake plays Slack: correctly signed, answered in the body.
	reply, err := fake.PostSlashCommand(t.Context(), endpoint, testSecret, slackfake.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1"})
	if err != nil {
		t.Fatal(err)
	}
	var p ackPayload
	if reply.Status != http.StatusOK || json.Unmarshal(reply.Body, &p) != nil || p.ResponseType != "ephemeral" ||
		!strings.Contains(string(reply.Body), "Japan-Cambodia Policy Consultation 5") {
		t.Fatalf("signed command: got %d %s, want 200 and the lookup", reply.Status, reply.Body)
	}
	if ct := reply.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type: got %q, want application/json", ct)
	}

	now := time.Now()
	sub := commandBody("subscribe laos", "C7", fake.NewResponseURL())
	tests := []struct {
		name   string
		body   string
		at     time.Time
		secret string
		sig    string
		want   int
	}{
		{"wrong signature", sub, now, testSecret, "v0=" + strings.Repeat("ab", 32), http.StatusUnauthorized},
		{"signed with another secret", sub, now, "not-the-secret", "", http.StatusUnauthorized},
		{"six minutes old", sub, now.Add(-6 * time.Minute), testSecret, "", http.StatusUnauthorized},
		{"six minutes ahead", sub, now.Add(6 * time.Minute), testSecret, "", http.StatusUnauthorized},
		{"no signature", sub, now, testSecret, "-", http.StatusUnauthorized},
		{"body too large", sub + "&pad=" + strings.Repeat("x", 70<<10), now, testSecret, "", http.StatusRequestEntityTooLarge},
		{"ssl check", "ssl_check=1&token=t", now, testSecret, "", http.StatusOK},
		{"button click", "payload=" + url.QueryEscape(`{"type":"block_actions","actions":[{"action_id":"readout_open_source"}]}`), now, testSecret, "", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := postSigned(t, endpoint, tt.secret, tt.body, tt.at, tt.sig)
			if status != tt.want {
				t.Errorf("status: got %d (%s), want %d", status, body, tt.want)
			}
			if tt.want == http.StatusOK && body != "" {
				t.Errorf("body: got %q, want empty", body)
			}
		})
	}
	// None of the rejected requests did anything.
	if subs, _ := store.Subscriptions(true); len(subs) != 0 {
		t.Errorf("rejected requests changed subscriptions: %v", subs)
	}
	if n := store.calls.Load(); n != 1 {
		t.Errorf("lookups: got %d, want 1 (the signed command only)", n)
	}

	// The same body, correctly signed now, subscribes.
	if status, body := postSigned(t, endpoint, testSecret, sub, time.Now(), ""); status != http.StatusOK || !strings.Contains(body, `"in_channel"`) {
		t.Errorf("signed subscribe: got %d %s, want 200 in_channel", status, body)
	}
	if subs, _ := store.Subscriptions(true); len(subs) != 1 || subs[0].Channel != "C7" {
		t.Errorf("subscriptions after the signed subscribe: got %v, want C7: LA", subs)
	}

	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, endpoint, nil)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: got %v %v, want 405", resp.StatusCode, err)
	} else {
		resp.Body.Close()
	}
}

func TestSlashHandlerSlowReply(t *testing.T) {
	store := &gatedStore{Store: cmdStore(t), gate: make(chan struct{})}
	srv := httptest.NewServer(bot.SlashHandlerWait(testSecret, &bot.Commands{Store: store}, nil, 10*time.Millisecond))
	defer srv.Close()
	fake := slackfake.New(t)
	reply, err := fake.PostSlashCommand(t.Context(), srv.URL, testSecret, slackfake.SlashCommand{Command: "/readout", Text: "kh 2", ChannelID: "C1", UserID: "U1"})
	close(store.gate)
	if err != nil {
		t.Fatal(err)
	}
	if reply.Status != http.StatusOK || !strings.Contains(string(reply.Body), "Working on it…") {
		t.Errorf("slow command: got %d %s, want 200 “Working on it…”", reply.Status, reply.Body)
	}
	resps, err := fake.WaitResponses(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(resps[0].Blocks); !strings.Contains(got, "Consultation 5") || !strings.Contains(got, "Consultation 4") {
		t.Errorf("response_url post: got %s, want the two newest readouts", resps[0].Body)
	}
}
