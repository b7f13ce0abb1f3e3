package deploy_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// needDeploy skips the test unless .ci/deploy prepared this machine.
func needDeploy(t *testing.T) {
	t.Helper()
	if os.Getenv("READOUT_DEPLOY_TEST") == "" {
		t.Skip("needs root, a Docker engine and systemd-nspawn; .ci/deploy sets them up and runs this with READOUT_DEPLOY_TEST=1")
	}
}

// The readout the test feed carries: a Japan–Philippines telephone talk in
// the Kantei's format, our own fixture.
const (
	feedTitle   = "Japan-Philippines Summit Telephone Talk (Summary)"
	feedChannel = "C0DEPLOY01"
)

// serveFeed serves an RSS feed with one readout on addr ("host:0").
func serveFeed(t *testing.T, addr string) string {
	t.Helper()
	body, err := os.ReadFile("../readout/testdata/kantei-summary.txt")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("feed server: %v", err)
	}
	srv := &httptest.Server{Listener: ln, Config: &http.Server{ReadHeaderTimeout: 10 * time.Second}}
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test ministry</title><link>%[1]s</link><description>deploy test</description>`+
			`<item><title>%[2]s</title><link>%[1]s/jp-ph-2024-02-06.html</link><guid isPermaLink="false">jp-ph-2024-02-06</guid><pubDate>Tue, 06 Feb 2024 17:30:00 +0900</pubDate><description><![CDATA[%[3]s]]></description></item>`+
			`</channel></rss>`, srv.URL, feedTitle, body)
	})
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL + "/feed.xml"
}

// startSlack starts the fake Slack on addr.
func startSlack(t *testing.T, addr string) *slackfake.Server {
	t.Helper()
	s, err := slackfake.Start(slackfake.WithAddr(addr))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// config is the readout.yaml the tests deploy: the test feed only (never
// the built-in catalog, which is on the internet) and one subscription.
func config(feedURL string) string {
	return fmt.Sprintf(`builtin_feeds: false
allow_private_addresses: true # the test serves the feed on this machine
post_latest_on_first_poll: 1
feeds:
  - id: test-ministry
    url: %s
    publisher: Test ministry
    country: JP
subscriptions:
  - channel: %s
    countries: [PH]
`, feedURL, feedChannel)
}

// env is the readout.env the tests deploy: both tokens, so the daemon
// posts and answers /readout over Socket Mode.
func env(slack *slackfake.Server) string {
	return fmt.Sprintf("SLACK_BOT_TOKEN=xoxb-deploy-test\nSLACK_APP_TOKEN=xapp-deploy-test\nSLACK_API_URL=%s\n", slack.APIURL())
}

// socketReady is what /readyz says when the Socket Mode connection is up.
const socketReady = `{"name":"slack","ok":true,"detail":"socket mode connected"}`

// askReadout sends `/readout philippines` over Socket Mode, as a user in
// Slack would, and checks that the deployed daemon answers with the test
// readout.
func askReadout(t *testing.T, slack *slackfake.Server) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := slack.WaitConnected(ctx, 1); err != nil {
		t.Fatalf("no Socket Mode connection: %v", err)
	}
	ack, err := slack.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: "philippines", ChannelID: feedChannel, UserID: "U0DEPLOY1"})
	if err != nil {
		t.Fatalf("/readout philippines: %v", err)
	}
	if !strings.Contains(string(ack.Payload), "Japan-Philippines Summit Telephone Talk") {
		t.Fatalf("/readout philippines answered without the readout: %.500s", ack.Payload)
	}
}

// parents counts the test readout's top-level posts to the channel (its
// sections follow as thread replies).
func parents(slack *slackfake.Server) int {
	n := 0
	for _, p := range slack.Posts() {
		if p.Channel == feedChannel && p.ThreadTS == "" && strings.Contains(p.Text+string(p.Blocks), "Japan-Philippines Summit Telephone Talk") {
			n++
		}
	}
	return n
}

// waitPost waits until the test readout has been posted n times.
func waitPost(t *testing.T, slack *slackfake.Server, n int) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); parents(slack) < n; time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the test readout was posted %d times, want %d; all posts: %d", parents(slack), n, len(slack.Posts()))
		}
	}
}

// A runner runs one shell command line where the README's reader would.
type runner func(ctx context.Context, cmd string) (string, error)

// runSteps runs each step in order and fails the test at the first that
// does not do what it should.
func runSteps(t *testing.T, run runner, steps []step) {
	t.Helper()
	for _, s := range steps {
		t.Logf("$ %s", s.cmd)
		start := time.Now()
		var out string
		var err error
		for {
			limit := 10 * time.Minute
			if s.follow > 0 {
				limit = s.follow
			}
			ctx, cancel := context.WithTimeout(t.Context(), limit)
			out, err = run(ctx, s.cmd)
			if s.follow > 0 && ctx.Err() != nil {
				err = nil // stopped, as the reader would with Ctrl-C
			}
			cancel()
			if err == nil && strings.Contains(out, s.want) {
				break
			}
			if time.Since(start) >= s.retry {
				if err == nil {
					err = fmt.Errorf("output lacks %q", s.want)
				}
				t.Fatalf("%s: %v\n%s", s.cmd, err, out)
			}
			time.Sleep(time.Second)
		}
		t.Logf("  ok in %s: %s", time.Since(start).Round(time.Millisecond), firstLines(out, 3))
		if s.after != nil {
			s.after(t)
		}
	}
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, " | ")
}

// shell runs cmd with bash in dir, with this process's environment plus
// extra, and returns its combined output.
func shell(ctx context.Context, dir string, extra []string, name string, args ...string) (string, error) {
	c := exec.CommandContext(ctx, name, args...)
	c.Dir = dir
	c.Env = append(os.Environ(), extra...)
	c.WaitDelay = 2 * time.Second
	out, err := c.CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		err = fmt.Errorf("exit status %d", ee.ExitCode())
	}
	return string(out), err
}

// copyRepo copies the checkout, without .git and local data, to dir: the
// build context, as a fresh clone would have it.
func copyRepo(t *testing.T, dir string) {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && (rel == ".git" || rel == "data") {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() {
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dir, rel), 0o755)
			}
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), b, info.Mode().Perm())
	})
	if err != nil {
		t.Fatalf("copy the checkout: %v", err)
	}
}
