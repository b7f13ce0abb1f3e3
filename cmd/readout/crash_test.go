package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// The daemon is killed with SIGKILL at random moments, 30 times, while a
// flaky Slack answers 429 and 500 at random; in the end every readout is
// in each subscribed channel exactly once, with its thread replies after
// it, each part once.
func TestCrashSafeDelivery(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills and restarts the daemon 30 times")
	}
	const readouts, kills = 6, 30
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	rng := rand.New(rand.NewPCG(1, 2)) // Slack's answers; used under mu
	killRNG := rand.New(rand.NewPCG(3, 4))
	var mu sync.Mutex
	slk.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		mu.Lock()
		defer mu.Unlock()
		switch n := rng.IntN(100); {
		case n < 15:
			return slackfake.Response{Status: 429, RetryAfter: 1}
		case n < 30:
			return slackfake.Response{Status: 500}
		}
		return slackfake.Response{}
	})
	for i := range readouts {
		body := fmt.Sprintf(`<p>On June %d, the Minister for Foreign Affairs of Japan held a meeting with the Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia. An overview of the meeting is as follows.</p>
<p>1. Bilateral relations</p><p>The two ministers agreed to deepen cooperation on demining, connectivity and human resources, meeting number %d.</p>
<p>2. Regional situation</p><p>They exchanged views on Myanmar and the South China Sea and agreed to work together at the United Nations.</p>`, i+1, i)
		feed.add(fmt.Sprintf("crash-%d", i), fmt.Sprintf("Japan-Cambodia Foreign Ministers' Meeting No. %d", i+1), body, time.Now().Add(time.Duration(i)*time.Minute))
	}
	dataDir := t.TempDir()
	cfgFile := filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
allow_private_addresses: true # the test feed is on 127.0.0.1
poll_schedule: "@every 1m"
builtin_feeds: false
post_latest_on_first_poll: 10
delivery:
  per_channel_burst: 30 # every post of a channel: no daemon waits on Slack's pace
  max_concurrent: 2
  retry_initial: 100ms
  retry_max: 1s
feeds:
  - id: crash-feed
    url: %s/feed.xml
    publisher: Test Ministry
    country: JP
subscriptions:
  - channel: C0CRASHA
    countries: [KH]
  - channel: C0CRASHB
    feeds: [crash-feed]
`, dataDir, feed.URL)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"SLACK_BOT_TOKEN=xoxb-crash", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0"}

	start := time.Now()
	for k := range kills {
		d := startDaemon(t, env, "serve", "--config", cfgFile)
		time.Sleep(time.Duration(30+killRNG.IntN(300)) * time.Millisecond)
		if err := d.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		<-d.done
	}
	t.Logf("%d kills in %s; %d posts so far", kills, time.Since(start).Round(time.Millisecond), len(slk.Posts()))

	// A last run drains the outbox.
	d := startDaemon(t, env, "serve", "--config", cfgFile)
	// Until it listens, `outbox` may open the database itself and a
	// SIGTERM may come before the daemon handles signals.
	d.httpAddr(t)
	d.waitPollCycle(t)
	waitFor(t, 90*time.Second, "an empty outbox", func() bool {
		return outboxEmpty(t, env, cfgFile)
	})
	d.stop(t)
	t.Logf("drained after %s", time.Since(start).Round(time.Millisecond))

	for _, ch := range []string{"C0CRASHA", "C0CRASHB"} {
		parents := map[string]slackfake.Post{} // ts -> parent
		byReadout := map[string]int{}
		parts := map[string]map[int]int{} // parent ts -> part -> count
		for _, p := range slk.History(ch) {
			if p.ThreadTS == "" {
				parents[p.TS] = p
				if p.Metadata != nil {
					byReadout[fmt.Sprint(p.Metadata.EventPayload["readout_id"])]++
				}
				continue
			}
			parent, ok := parents[p.ThreadTS]
			if !ok {
				t.Errorf("%s: reply %s came before (or without) its parent %s", ch, p.TS, p.ThreadTS)
				continue
			}
			if p.TS <= parent.TS {
				t.Errorf("%s: reply %s is older than its parent %s", ch, p.TS, parent.TS)
			}
			part := 0
			if p.Metadata != nil {
				fmt.Sscan(fmt.Sprint(p.Metadata.EventPayload["part"]), &part)
			}
			if parts[p.ThreadTS] == nil {
				parts[p.ThreadTS] = map[int]int{}
			}
			parts[p.ThreadTS][part]++
		}
		if len(byReadout) != readouts || len(parents) != readouts {
			t.Errorf("%s: %d parents for %d readouts, want %d each exactly once: %v", ch, len(parents), len(byReadout), readouts, byReadout)
		}
		for id, n := range byReadout {
			if n != 1 {
				t.Errorf("%s: readout %s posted %d times", ch, id, n)
			}
		}
		for ts, ps := range parts {
			for part := 1; part <= len(ps); part++ {
				if ps[part] != 1 {
					t.Errorf("%s: thread %s has part %d %d times (parts %v)", ch, ts, part, ps[part], ps)
				}
			}
		}
		if len(parts) != readouts {
			t.Errorf("%s: %d parents have thread replies, want %d", ch, len(parts), readouts)
		}
	}
}
