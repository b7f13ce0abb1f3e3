package bot_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// TestButtonURLHasNoRawMarkup is issue 19's item 14: a source URL's raw
// '<', '>', '|' and '"' (kept by url.URL.String in a query) reached the
// button, and Slack may refuse such blocks. Every character a URL may not
// hold raw is percent-encoded now, and the fake (which refuses such
// buttons as Slack does) takes the post.
func TestButtonURLHasNoRawMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{`https://www.mofa.example/press?q=<b>|"c"`, `https://www.mofa.example/press?q=%3Cb%3E%7C%22c%22`},
		{`https://www.mofa.example/a/{x}^y\z` + "`z`", `https://www.mofa.example/a/%7Bx%7D%5Ey%5Cz%60z%60`},
		{`https://www.mofa.example/p#frag<i>`, `https://www.mofa.example/p#frag%3Ci%3E`},
		{`https://bücher.example/ü?q=ä`, `https://xn--bcher-kva.example/%C3%BC?q=%C3%A4`},
	}
	fake := slackfake.New(t)
	sink := bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL())))
	for _, tt := range tests {
		r := &readout.Readout{Title: "Foreign Ministers' Meeting", URL: tt.in, Parties: []string{"JP"}}
		m := bot.RenderReadout(r)
		btn := findButton(t, m.Blocks)
		if btn == nil {
			t.Errorf("%s: no button", tt.in)
			continue
		}
		if btn.URL != tt.want {
			t.Errorf("button url for %q:\n got %s\nwant %s", tt.in, btn.URL, tt.want)
		}
		if strings.ContainsAny(btn.URL, "<>|\" ") {
			t.Errorf("button url %q holds raw markup", btn.URL)
		}
		if _, err := sink.PostParent(t.Context(), "C1", m, bot.Meta{}); err != nil {
			t.Errorf("post with button %s: %v", btn.URL, err)
		}
	}
}

// TestHeaderDropsBidiOverride is issue 19's item 14: U+202E (right-to-left
// override) passed into the header, so a feed could show a title in an
// order other than its own. Bidi controls are dropped from all feed text.
func TestHeaderDropsBidiOverride(t *testing.T) {
	r := &readout.Readout{Title: "Summit \u202egnirettam\u202c \u2066isolate\u2069 \u200fmark\u200e\u061c", Parties: []string{"JP"},
		Sections: []readout.Section{{Number: "1", Heading: "Outset \u202eA", Level: 1, Text: "Text \u202dB"}}}
	m := bot.RenderReadout(r)
	raw, err := json.Marshal(append(m.Blocks, m.Replies[0].Blocks...))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{m.Text, m.Replies[0].Text, string(raw)} {
		for _, r := range text {
			if r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c {
				t.Errorf("bidi control U+%04X left in %q", r, text)
			}
		}
	}
	if got := headerOf(t, m.Blocks); got != "🇯🇵 Summit gnirettam isolate mark" {
		t.Errorf("header: got %q", got)
	}
}

func headerOf(t *testing.T, blocks []slack.Block) string {
	t.Helper()
	for _, b := range blocks {
		if h, ok := b.(*slack.HeaderBlock); ok {
			return h.Text.Text
		}
	}
	t.Fatal("no header block")
	return ""
}

// TestInvalidBlocksDoesNotLosePost is issue 19's item 14: invalid_blocks
// is permanent, so one URL Slack refused sent the whole readout to the
// dead letters. The message now goes out again without its buttons.
func TestInvalidBlocksDoesNotLosePost(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := newStore(t, clock)
	fake := slackfake.New(t)
	fake.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		if strings.Contains(string(p.Blocks), `"actions"`) {
			return slackfake.Response{Error: "invalid_blocks"}
		}
		return slackfake.Response{}
	})
	d := &bot.Deliverer{Outbox: s, Sink: bot.NewSlackSink(slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))),
		Now: clock, PerChannel: time.Nanosecond, Logger: slog.New(slog.NewTextHandler(t.Output(), nil))}
	enqueueWithURL(t, s, "https://www.mofa.example/press/1", "C1")
	st, err := d.Drain(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Posted != 1 || st.Dead != 0 {
		t.Fatalf("drain: got %+v, want the readout posted", st)
	}
	var parents int
	for _, p := range fake.History("C1") {
		if p.ThreadTS == "" {
			parents++
		}
	}
	if parents != 1 {
		t.Errorf("%d parents in C1, want 1", parents)
	}
}

// enqueueWithURL stores a readout with a source URL for channels.
func enqueueWithURL(t *testing.T, s *storage.Store, u string, channels ...string) string {
	t.Helper()
	r := &readout.Readout{Title: "Japan-Cambodia Summit Meeting", URL: u, Parties: []string{"JP", "KH"},
		Sections: []readout.Section{{Number: "1", Heading: "Outset", Level: 1, Summary: "Both leaders met.", Text: "Both leaders met in Phnom Penh."}}}
	res, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: u, Readout: r, Channels: channels}})
	if err != nil {
		t.Fatal(err)
	}
	return res.IDs[0]
}

// TestSSLCheckAnsweredUnsigned is issue 19's item 13: Slack sends its SSL
// checks unsigned, and they got 401. They get an empty 200 now, before
// verification, and run nothing.
func TestSSLCheckAnsweredUnsigned(t *testing.T) {
	store := &gatedStore{Store: cmdStore(t)}
	srv := httptest.NewServer(bot.SlashHandler(testSecret, &bot.Commands{Store: store}, nil))
	defer srv.Close()
	status, body := postSigned(t, srv.URL, testSecret, "ssl_check=1&token=t", time.Now(), "-")
	if status != http.StatusOK || body != "" {
		t.Errorf("unsigned ssl_check: got %d %q, want 200 and an empty body", status, body)
	}
	// Only the check itself passes unsigned: a command beside it does not.
	status, _ = postSigned(t, srv.URL, testSecret, "ssl_check=0&"+commandBody("subscribe laos", "C7", ""), time.Now(), "-")
	if status != http.StatusUnauthorized {
		t.Errorf("unsigned command: got %d, want 401", status)
	}
	if n := store.calls.Load(); n != 0 {
		t.Errorf("the SSL check ran %d lookups", n)
	}
	if subs, _ := store.Subscriptions(true); len(subs) != 0 {
		t.Errorf("subscriptions changed: %v", subs)
	}
}

// TestURLVerificationAnswersChallenge is issue 19's item 13: a signed
// url_verification body got the help text instead of its challenge.
func TestURLVerificationAnswersChallenge(t *testing.T) {
	srv := httptest.NewServer(bot.SlashHandler(testSecret, &bot.Commands{Store: cmdStore(t)}, nil))
	defer srv.Close()
	body := `{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`
	post := func(sig string) (int, string) {
		req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		if sig == "" {
			sig = bot.Sign(testSecret, ts, []byte(body))
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	status, got := post("")
	var ans struct{ Challenge string }
	if status != http.StatusOK || json.Unmarshal([]byte(got), &ans) != nil || ans.Challenge != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification: got %d %s, want 200 and the challenge", status, got)
	}
	if status, _ := post("v0=" + strings.Repeat("00", 32)); status != http.StatusUnauthorized {
		t.Errorf("wrongly signed url_verification: got %d, want 401", status)
	}
}

// TestReplayedSignedRequestRefused is issue 19's item 14: a signed request
// played back within Slack's 5-minute window was accepted again.
func TestReplayedSignedRequestRefused(t *testing.T) {
	store := cmdStore(t)
	srv := httptest.NewServer(bot.SlashHandler(testSecret, &bot.Commands{Store: store}, nil))
	defer srv.Close()
	at := time.Now().Add(-time.Minute)
	sub := commandBody("subscribe laos", "C7", "")
	if status, body := postSigned(t, srv.URL, testSecret, sub, at, ""); status != http.StatusOK {
		t.Fatalf("first request: got %d %s", status, body)
	}
	if err := store.Unsubscribe("C7", "LA"); err != nil {
		t.Fatal(err)
	}
	if status, _ := postSigned(t, srv.URL, testSecret, sub, at, ""); status != http.StatusUnauthorized {
		t.Errorf("replayed request: got %d, want 401", status)
	}
	if subs, _ := store.Subscriptions(true); len(subs) != 0 {
		t.Errorf("the replay subscribed again: %v", subs)
	}
	// The same command sent anew (another timestamp) is a new request.
	if status, _ := postSigned(t, srv.URL, testSecret, sub, at.Add(time.Second), ""); status != http.StatusOK {
		t.Errorf("a new request with the same text: got %d, want 200", status)
	}
}
