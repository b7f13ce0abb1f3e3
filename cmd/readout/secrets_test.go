package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// Tokens never appear in anything readout prints: the daemon's logs
// (including Slack errors and a failing channel), command replies, and the
// output of the other commands, on success and on error.
func TestSecretsNeverPrinted(t *testing.T) {
	t.Parallel()
	const (
		bot    = "xoxb-1111-SECRET-BOT-TOKEN-VALUE"
		app    = "xapp-2222-SECRET-APP-TOKEN-VALUE"
		secret = "SECRET-SIGNING-SECRET-VALUE-3333"
	)
	feed := newFeedServer(t)
	feed.add("s1", "Japan-Cambodia Summit Meeting", "Prime Minister Kishida met Prime Minister Hun Sen of the Kingdom of Cambodia.", time.Now())
	slk := slackfake.New(t)
	slk.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		if p.Channel == "C0GONE" {
			return slackfake.Response{Error: "not_in_channel"}
		}
		return slackfake.Response{}
	})
	dataDir := t.TempDir()
	cfgFile := filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
allow_private_addresses: true # the test feed is on 127.0.0.1
poll_schedule: "@every 1s"
builtin_feeds: false
post_latest_on_first_poll: 1
feeds:
  - id: secret-feed
    url: %s/feed.xml
    publisher: Test Ministry
    country: JP
  - id: dead-feed
    url: http://127.0.0.1:1/feed.xml
    publisher: Nobody
    country: JP
subscriptions:
  - channel: C0OK
    feeds: [secret-feed]
  - channel: C0GONE
    feeds: [secret-feed]
`, dataDir, feed.URL)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	appFile := filepath.Join(t.TempDir(), "app-token")
	if err := os.WriteFile(appFile, []byte(app+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"SLACK_BOT_TOKEN=" + bot, "SLACK_APP_TOKEN_FILE=" + appFile, "SLACK_SIGNING_SECRET=" + secret,
		"SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0", "READOUT_LOG_LEVEL=debug"}

	var all strings.Builder
	d := startDaemon(t, env, "serve", "--config", cfgFile)
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if _, err := slk.WaitPosts(ctx, 2); err != nil {
		t.Fatalf("no posts: %v", err)
	}
	for _, text := range []string{"cambodia", "subscribe laos", "list", "nowhere", "help"} {
		ack, err := slk.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: text, ChannelID: "C0OK", UserID: "U0ME"})
		if err != nil {
			t.Fatalf("/readout %s: %v", text, err)
		}
		all.Write(ack.Payload)
	}
	waitFor(t, 15*time.Second, "the failing channel's dead letter", func() bool {
		out, err := runBinary(t, env, "outbox", "--config", cfgFile)
		all.WriteString(out)
		return err == nil && strings.Contains(out, "not_in_channel")
	})
	for _, args := range [][]string{{"feeds", "--config", cfgFile}, {"version"}} {
		out, _ := runBinary(t, env, args...)
		all.WriteString(out)
	}
	d.stop(t)
	all.WriteString(d.out.String())
	for _, args := range [][]string{
		{"poll", "--once", "--config", cfgFile},
		{"outbox", "--config", cfgFile},
		{"serve", "--config", filepath.Join(t.TempDir(), "missing.yaml")},
	} {
		out, _ := runBinary(t, env, args...)
		all.WriteString(out)
	}
	// A token of the wrong kind is an error that must not quote it.
	bad := append([]string{"SLACK_BOT_TOKEN=" + app}, env[1:]...)
	out, err := runBinary(t, bad, "poll", "--once", "--config", cfgFile)
	if err == nil {
		t.Errorf("an app token as the bot token was accepted")
	}
	all.WriteString(out)
	for _, r := range slk.Responses() {
		all.Write(r.Body)
	}

	text := all.String()
	if len(text) < 1000 {
		t.Fatalf("collected only %d bytes of output; the test is not looking at much", len(text))
	}
	for _, s := range []string{bot, app, secret, "SECRET"} {
		if i := strings.Index(text, s); i >= 0 {
			t.Errorf("%q appears in readout's output: …%s…", s, text[max(0, i-200):min(len(text), i+100)])
		}
	}
}
