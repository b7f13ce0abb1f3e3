package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// runBinary runs the built readout binary to completion.
func runBinary(t *testing.T, env []string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(binPath(t), args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// outboxEmpty runs `readout outbox --config cfgFile` in this process, as
// the binary would with env added to the environment (through the
// daemon's admin socket while it runs), and reports whether it says the
// outbox is empty. A wait that polls it starts no process at each look.
func outboxEmpty(t *testing.T, env []string, cfgFile string) bool {
	t.Helper()
	vars := map[string]string{}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	getenv := func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		return os.Getenv(k)
	}
	var out, errb bytes.Buffer
	code := run(t.Context(), []string{"outbox", "--config", cfgFile}, getenv, strings.NewReader(""), &out, &errb)
	return code == exitOK && strings.Contains(out.String(), "The outbox is empty")
}

// While the daemon holds the database, `outbox` and `feeds` go through its
// admin socket; `outbox retry` re-queues a dead delivery.
func TestOutboxAndFeedsThroughDaemon(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	slk.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		if p.Channel == "C0GONE" {
			return slackfake.Response{Error: "channel_not_found"}
		}
		return slackfake.Response{}
	})
	dataDir := t.TempDir()
	feed.add("old", "Japan-Laos Foreign Ministers' Meeting", "An older readout.", time.Now().Add(-time.Hour))
	cfgFile := filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
allow_private_addresses: true # the test feed is on 127.0.0.1
poll_schedule: "@every 1s"
builtin_feeds: false
post_latest_on_first_poll: 1
feeds:
  - id: test-mofa
    url: %s/feed.xml
    publisher: Test Ministry
    country: JP
subscriptions:
  - channel: C0GONE
    feeds: [test-mofa]
`, dataDir, feed.URL)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"SLACK_BOT_TOKEN=xoxb-test", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0"}
	d := startDaemon(t, env, "serve", "--config", cfgFile)
	waitFor(t, 15*time.Second, "the admin socket", func() bool {
		_, err := os.Stat(filepath.Join(dataDir, "readout.sock"))
		return err == nil
	})
	var out string
	waitFor(t, 15*time.Second, "a dead letter", func() bool {
		var err error
		out, err = runBinary(t, env, "outbox", "--config", cfgFile)
		return err == nil && strings.Contains(out, "dead")
	})
	if !strings.Contains(out, "C0GONE") || !strings.Contains(out, "channel_not_found") {
		t.Fatalf("outbox listing lacks the dead delivery:\n%s", out)
	}
	id := regexp.MustCompile(`(?m)^(\d+)\s+dead`).FindStringSubmatch(out)
	if id == nil {
		t.Fatalf("no delivery ID in:\n%s", out)
	}
	calls := slk.Calls("chat.postMessage")
	out, err := runBinary(t, env, "outbox", "--config", cfgFile, "retry", id[1])
	if err != nil || !strings.Contains(out, "due now") {
		t.Fatalf("outbox retry: %v\n%s", err, out)
	}
	waitFor(t, 15*time.Second, "the re-queued post", func() bool { return slk.Calls("chat.postMessage") > calls })
	out, err = runBinary(t, env, "outbox", "--config", cfgFile, "retry", "999999")
	if err == nil || !strings.Contains(out, "no delivery 999999") {
		t.Errorf("retry of an unknown ID: %v\n%s", err, out)
	}
	out, err = runBinary(t, env, "feeds", "--config", cfgFile)
	if err != nil || !regexp.MustCompile(`test-mofa\s+ok`).MatchString(out) {
		t.Errorf("feeds: %v\n%s", err, out)
	}
	// anniversaries works while the daemon runs (at 315343f it refused).
	out, err = runBinary(t, env, "anniversaries", "--config", cfgFile, "--from", "2027-01-01", "--days", "366", "cambodia")
	if err != nil || !strings.Contains(out, "Cambodia") {
		t.Errorf("anniversaries through the daemon: %v\n%s", err, out)
	}
	// feeds remove: an imported feed goes, a configured one is not removable.
	opml := filepath.Join(t.TempDir(), "more.opml")
	if err := os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="More" xmlUrl="https://more.example/rss" readoutId="more-mofa" country="FR"/></body></opml>`), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err = runBinary(t, env, "feeds", "import", "--config", cfgFile, opml); err != nil || !strings.Contains(out, "added more-mofa") {
		t.Errorf("feeds import through the daemon: %v\n%s", err, out)
	}
	if out, err = runBinary(t, env, "feeds", "remove", "--config", cfgFile, "more-mofa"); err != nil || !strings.Contains(out, "removed imported feed more-mofa") {
		t.Errorf("feeds remove through the daemon: %v\n%s", err, out)
	}
	if out, err = runBinary(t, env, "feeds", "remove", "--config", cfgFile, "test-mofa"); err == nil || !strings.Contains(out, "not imported") {
		t.Errorf("feeds remove of a configured feed: %v\n%s", err, out)
	}
	d.stop(t)
	// With the daemon stopped, the same commands open the file themselves.
	out, err = runBinary(t, env, "outbox", "--config", cfgFile)
	if err != nil || !strings.Contains(out, "C0GONE") {
		t.Errorf("outbox without the daemon: %v\n%s", err, out)
	}
}
