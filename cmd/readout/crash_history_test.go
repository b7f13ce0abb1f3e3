package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// TestStoredBut500NotInChannelOneParent is the crash test's variant for
// issue 19's item 12, against the real binary: the bot was never in the
// public channel, where conversations.history answers not_in_channel, and
// Slack stores each parent's first post but answers it with a 500. The
// daemon is killed right after; the next one drains the outbox. Each
// readout has one parent, with its thread.
func TestStoredBut500NotInChannelOneParent(t *testing.T) {
	t.Parallel()
	const readouts = 3
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	slk.RequireMembership()
	stored := make(chan struct{}, readouts)
	slk.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		if p.ThreadTS == "" && attempt == 1 {
			stored <- struct{}{}
			return slackfake.Response{Status: 500, Stored: true}
		}
		return slackfake.Response{}
	})
	for i := range readouts {
		body := fmt.Sprintf(`<p>On June %d, the Minister for Foreign Affairs of Japan held a meeting with the Minister of Foreign Affairs of the Kingdom of Cambodia. An overview of the meeting is as follows.</p>
<p>1. Bilateral relations</p><p>The two ministers agreed to deepen cooperation on demining, meeting number %d.</p>`, i+1, i)
		feed.add(fmt.Sprintf("nic-%d", i), fmt.Sprintf("Japan-Cambodia Foreign Ministers' Meeting No. %d", i+1), body, time.Now().Add(time.Duration(i)*time.Minute))
	}
	cfgFile := filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
allow_private_addresses: true # the test feed is on 127.0.0.1
poll_schedule: "@every 1m"
builtin_feeds: false
post_latest_on_first_poll: 10
delivery:
  per_channel_burst: 10
  retry_initial: 100ms
  retry_max: 1s
feeds:
  - id: nic-feed
    url: %s/feed.xml
    publisher: Test Ministry
    country: JP
subscriptions:
  - channel: C0PUBLICNIC
    countries: [KH]
`, t.TempDir(), feed.URL)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"SLACK_BOT_TOKEN=xoxb-nic", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0"}

	// The first daemon dies right after Slack stored a post it answered 500.
	d := startDaemon(t, env, "serve", "--config", cfgFile)
	select {
	case <-stored:
	case <-time.After(30 * time.Second):
		t.Fatal("no post reached Slack")
	}
	if err := d.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-d.done
	// Slack is well again; the stored post must be found, not repeated.
	slk.SetPostHook(nil)

	d = startDaemon(t, env, "serve", "--config", cfgFile)
	d.httpAddr(t)
	waitFor(t, 60*time.Second, "an empty outbox", func() bool {
		return outboxEmpty(t, env, cfgFile)
	})
	d.stop(t)

	byReadout := map[string]int{}
	replies := 0
	for _, p := range slk.History("C0PUBLICNIC") {
		if p.ThreadTS != "" {
			replies++
			continue
		}
		byReadout[fmt.Sprint(p.Metadata.EventPayload["readout_id"])]++
	}
	if len(byReadout) != readouts {
		t.Errorf("%d readouts posted, want %d: %v", len(byReadout), readouts, byReadout)
	}
	for id, n := range byReadout {
		if n != 1 {
			t.Errorf("readout %s has %d parents, want 1", id, n)
		}
	}
	if replies < readouts {
		t.Errorf("%d thread replies for %d readouts", replies, readouts)
	}
	if !slk.IsMember("C0PUBLICNIC") {
		t.Errorf("the bot did not join the channel")
	}
}
