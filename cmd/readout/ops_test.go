package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/health"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/storage"
	"go.yaml.in/yaml/v3"
)

// writeOpsConfig writes a daemon configuration polling feedURL every second
// into a new data directory and returns the file and the directory.
func writeOpsConfig(t *testing.T, feedURL, extra string) (file, dataDir string) {
	t.Helper()
	dataDir = t.TempDir()
	file = filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
poll_schedule: "@every 1s"
builtin_feeds: false
post_latest_on_first_poll: 2
allow_private_addresses: true
feeds:
  - id: test-mofa
    url: %s/feed.xml
    publisher: Test Ministry
    country: JP
subscriptions:
  - channel: C0OPS
    feeds: [test-mofa]
%s`, dataDir, feedURL, extra)
	if err := os.WriteFile(file, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return file, dataDir
}

var listenerRe = regexp.MustCompile(`"msg":"HTTP listener started","addr":"([^"]+)"`)

// httpAddr waits for the daemon's log line naming its HTTP listener.
func (d *process) httpAddr(t *testing.T) string {
	t.Helper()
	var addr string
	waitFor(t, 15*time.Second, "the HTTP listener", func() bool {
		m := listenerRe.FindStringSubmatch(d.out.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	})
	return "http://" + addr
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// After one poll cycle against loopback servers, /metrics exposes every
// series the issue names; /readyz and `readout healthcheck` report ready.
func TestMetricsAndHealthAfterPoll(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	feed.add("a", "Japan-Laos Foreign Ministers' Meeting", "On May 1, the ministers of Japan and Laos met and agreed to cooperate.", time.Now().Add(-time.Hour))
	feed.add("b", "Japan-Cambodia Summit Meeting", "On May 2, the leaders of Japan and Cambodia met and agreed to cooperate.", time.Now().Add(-time.Minute))
	cfgFile, _ := writeOpsConfig(t, feed.URL, "")
	env := []string{"SLACK_BOT_TOKEN=xoxb-test", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0"}
	d := startDaemon(t, env, "serve", "--config", cfgFile)
	base := d.httpAddr(t)
	if _, err := slk.WaitPosts(testContext(t), 2); err != nil {
		t.Fatalf("posts: %v", err)
	}
	var body string
	// The outbox gauges are read when the deliverer next looks at the
	// outbox, which can come just after the counter of posted deliveries.
	waitFor(t, 15*time.Second, "a completed cycle, deliveries and an empty outbox in /metrics", func() bool {
		_, body = get(t, base+"/metrics")
		return regexp.MustCompile(`(?m)^readout_poll_cycles_total [1-9]`).MatchString(body) &&
			strings.Contains(body, `readout_deliveries_total{kind="readout",result="posted"} 2`) &&
			strings.Contains(body, "readout_outbox_depth 0\n")
	})
	for _, want := range []string{
		`readout_polls_total{feed="test-mofa",result="new"}`,
		`readout_fetch_duration_seconds_bucket{feed="test-mofa",result="ok",le="+Inf"}`,
		`readout_items_fetched_total{feed="test-mofa"} 2`,
		`readout_readouts_ingested_total{feed="test-mofa"} 2`,
		`readout_deliveries_total{kind="readout",result="posted"} 2`,
		"readout_outbox_depth 0",
		"readout_outbox_oldest_age_seconds 0",
		`readout_slack_request_duration_seconds_count{method="chat.postMessage"}`,
		`readout_slack_rate_limited_total{method="chat.postMessage"} 0`,
		`readout_command_duration_seconds_count{transport="socket"} 0`,
		"# TYPE readout_reminders_enqueued_total counter",
		`readout_build_info{goversion="go`,
		"readout_last_poll_cycle_timestamp_seconds ",
		"go_goroutines ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("/metrics:\n%s", body)
	}

	code, ready := get(t, base+"/readyz")
	var r health.Readiness
	if err := json.Unmarshal([]byte(ready), &r); err != nil || code != http.StatusOK || r.Status != "ready" {
		t.Errorf("/readyz: got %d %s (%v), want 200 ready", code, ready, err)
	}
	names := map[string]bool{}
	for _, c := range r.Checks {
		names[c.Name] = c.OK
	}
	if !names["database"] || !names["poll"] || !names["slack"] {
		t.Errorf("/readyz checks: got %+v, want database, poll and slack all ok", r.Checks)
	}
	if out, err := runBinary(t, nil, "healthcheck", "--url", base); err != nil || !strings.Contains(out, `"status":"ready"`) {
		t.Errorf("healthcheck: %v\n%s", err, out)
	}
	if out, err := runBinary(t, nil, "healthcheck", "--live", "--url", base); err != nil || !strings.Contains(out, "200 OK") {
		t.Errorf("healthcheck --live: %v\n%s", err, out)
	}
	d.stop(t)
	if out, err := runBinary(t, nil, "healthcheck", "--url", base); err == nil {
		t.Errorf("healthcheck of a stopped daemon exited 0:\n%s", out)
	}
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// `config check` names every invalid key of a broken file and exits 2; on a
// good file it prints the effective configuration with secrets masked.
func TestConfigCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte(`poll_schedule: "every five minutes"
log_level: loud
http_addr: "localhost"
delivery:
  max_concurrent: -1
feeds:
  - id: "Bad ID"
    url: ftp://example.org/feed
subscriptions:
  - channel: general
    countries: [KH]
colour: blue
`), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "config", "check", "--config", bad)
	if code != exitConfig {
		t.Errorf("exit: got %d, want %d", code, exitConfig)
	}
	if out != "" {
		t.Errorf("stdout of an invalid check: got %q, want nothing", out)
	}
	for _, key := range []string{"poll_schedule", "log_level", "http_addr", "delivery.max_concurrent",
		"feeds[0].id", "feeds[0].url", "subscriptions[0].channel", "colour"} {
		if !strings.Contains(errOut, key) {
			t.Errorf("stderr does not name %s:\n%s", key, errOut)
		}
	}

	good := filepath.Join(dir, "good.yaml")
	if err := os.WriteFile(good, []byte("poll_schedule: \"@every 10m\"\nbuiltin_feeds: true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	getenv := func(k string) string {
		return map[string]string{"SLACK_BOT_TOKEN": "xoxb-1234567890-secretpart", "SLACK_APP_TOKEN": "xapp-1-abcdefsecret"}[k]
	}
	code = run(t.Context(), []string{"config", "check", "--config", good}, getenv, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("good file: exit %d: %s", code, stderr.String())
	}
	got := stdout.String()
	if strings.Contains(got, "secretpart") || strings.Contains(got, "abcdefsecret") {
		t.Errorf("config check printed a secret:\n%s", got)
	}
	for _, want := range []string{"poll_schedule: '@every 10m'", "SLACK_BOT_TOKEN: [redacted]", "SLACK_SIGNING_SECRET: not set"} {
		if !strings.Contains(got, want) {
			t.Errorf("config check output lacks %q:\n%s", want, got)
		}
	}
	if _, err := config.Parse(strings.NewReader(got)); err != nil {
		t.Errorf("config check output does not load back: %v", err)
	}
}

func TestConfigExample(t *testing.T) {
	t.Parallel()
	code, out, errOut := runCLI(t, "", "config", "example")
	if code != exitOK || out != config.Example() {
		t.Fatalf("config example: exit %d, stderr %q; output equals config.Example(): %v", code, errOut, out == config.Example())
	}
	code, _, errOut = runCLI(t, "", "config", "frob")
	if code != exitConfig || !strings.Contains(errOut, "check or example") {
		t.Errorf("config frob: got %d %q", code, errOut)
	}
}

// The README's configuration reference is config.Example(), verbatim.
func TestREADMEConfigReference(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "```yaml\n"+config.Example()+"```\n") {
		t.Errorf("README lacks the output of `readout config example` in a yaml block; paste it again")
	}
}

// While the daemon ingests, `readout backup` goes through its admin socket
// and writes a copy that passes bbolt's consistency check; feeds import
// and export go through it too, and import skips duplicates.
func TestBackupAndOPMLThroughDaemon(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	for i := range 20 {
		feed.add(fmt.Sprintf("old-%d", i), fmt.Sprintf("Japan-Laos Meeting %d", i), "On May 1, the ministers of Japan and Laos met.", time.Now().Add(-time.Duration(i)*time.Hour))
	}
	cfgFile, dataDir := writeOpsConfig(t, feed.URL, "")
	d := startDaemon(t, []string{"READOUT_HTTP_ADDR="}, "serve", "--config", cfgFile)
	waitFor(t, 15*time.Second, "the admin socket", func() bool {
		_, err := os.Stat(filepath.Join(dataDir, "readout.sock"))
		return err == nil
	})
	// Keep the daemon ingesting while the backups are taken.
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
			feed.add(fmt.Sprintf("new-%d", i), fmt.Sprintf("Japan-Cambodia Meeting %d", i), "On May 2, the leaders of Japan and Cambodia met.", time.Now())
		}
	}()
	dir := t.TempDir()
	for i := range 3 {
		dst := filepath.Join(dir, fmt.Sprintf("readout-%d.db", i))
		out, err := runBinary(t, nil, "backup", "--config", cfgFile, dst)
		if err != nil || !strings.Contains(out, "consistency check passed") {
			t.Fatalf("backup %d: %v\n%s", i, err, out)
		}
		if err := storage.CheckFile(dst); err != nil {
			t.Errorf("backup %d fails the consistency check: %v", i, err)
		}
		time.Sleep(300 * time.Millisecond)
	}
	close(stop)
	<-done

	opml := filepath.Join(dir, "ministries.opml")
	if err := os.WriteFile(opml, []byte(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>t</title></head><body>
<outline type="rss" text="Same as the configured feed" xmlUrl="`+strings.ToUpper(feed.URL[:4])+feed.URL[4:]+`/feed.xml#top"/>
<outline type="rss" text="Ministry of Foreign Affairs of Laos" xmlUrl="https://www.mofa.gov.la/en/feed/" country="LA"/>
</body></opml>
`), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runBinary(t, nil, "feeds", "import", "--config", cfgFile, opml)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	for _, want := range []string{"skipped", "duplicate of feed test-mofa", "added mofa-gov-la-feed", "1 feed(s) added, 1 skipped", "restart"} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	d.stop(t)

	// After a restart the imported feed is polled with the configured one.
	out, err = runBinary(t, nil, "feeds", "export", "--config", cfgFile)
	if err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	for _, want := range []string{`xmlUrl="` + feed.URL + `/feed.xml"`, `xmlUrl="https://www.mofa.gov.la/en/feed/"`, `readoutId="mofa-gov-la-feed"`, `country="LA"`} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %q:\n%s", want, out)
		}
	}
	// Importing the export again adds nothing.
	again := filepath.Join(dir, "export.opml")
	if err := os.WriteFile(again, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err = runBinary(t, nil, "feeds", "import", "--config", cfgFile, again)
	if err != nil || !strings.Contains(out, "0 feed(s) added, 2 skipped") {
		t.Errorf("re-import of the export: %v\n%s", err, out)
	}
	// Without the daemon, backup opens the file itself.
	dst := filepath.Join(dir, "offline.db")
	if out, err := runBinary(t, nil, "backup", "--config", cfgFile, dst); err != nil {
		t.Fatalf("offline backup: %v\n%s", err, out)
	}
	if err := storage.CheckFile(dst); err != nil {
		t.Errorf("offline backup: %v", err)
	}
}

// The Dockerfile builds the binary with the same command as .ci/run, but
// for the output path.
func TestDockerfileBuildMatchesCI(t *testing.T) {
	t.Parallel()
	buildLine := regexp.MustCompile(`CGO_ENABLED=0 go build .*`)
	outPath := regexp.MustCompile(`-o \S+ `)
	var got []string
	for _, f := range []string{"../../Dockerfile", "../../.ci/run"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := buildLine.FindAllString(string(b), -1)
		if len(lines) != 1 {
			t.Fatalf("%s: got %d build lines %q, want 1", f, len(lines), lines)
		}
		got = append(got, outPath.ReplaceAllString(lines[0], "-o OUT "))
	}
	if got[0] != got[1] {
		t.Errorf("build commands differ:\nDockerfile: %s\n.ci/run:    %s", got[0], got[1])
	}
	b, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`HEALTHCHECK `, `CMD ["readout", "healthcheck"]`, "USER 10001:10001", "FROM scratch"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
}

// compose.yaml keeps the data directory in a volume and the tokens in an
// env file, and uses the image's health check.
func TestComposeExample(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Services map[string]struct {
			EnvFile     string            `yaml:"env_file"`
			Environment map[string]string `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	svc, ok := doc.Services["readout"]
	if !ok {
		t.Fatalf("compose.yaml has no readout service")
	}
	if svc.EnvFile == "" || strings.Contains(string(b), "xoxb-1") {
		t.Errorf("tokens must come from an env file: env_file %q", svc.EnvFile)
	}
	dataDir := svc.Environment["READOUT_DATA_DIR"]
	if _, ok := doc.Volumes["readout-data"]; !ok || !slices.Contains(svc.Volumes, "readout-data:"+dataDir) {
		t.Errorf("the data directory %q is not on the readout-data volume: %v", dataDir, svc.Volumes)
	}
}
