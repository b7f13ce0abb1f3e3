package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/internal/testmain"
)

// The readout binary, for the tests that need a real process (signals,
// file locks, kill -9), is built once, in the background while the
// in-process tests run; binPath waits for it. It is built into a folder
// of the user's cache that belongs to this package's directory, where go
// build leaves it as it is when nothing it is built from changed: a
// second run of the tests does not link it again (3s of CPU).
var (
	buildDone chan struct{}
	builtBin  string
	buildErr  error
)

// binPath returns the built readout binary, failing the test if the build
// failed.
func binPath(t testing.TB) string {
	t.Helper()
	<-buildDone
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// processParallel is how many tests run at once unless -test.parallel
// says otherwise: the process tests mostly wait on their daemons' poll
// ticks, not on the CPU, so more of them than GOMAXPROCS overlap well.
const processParallel = 12

func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if p := flag.Lookup("test.parallel"); p != nil && !set && runtime.GOMAXPROCS(0) < processParallel {
		_ = p.Value.Set(strconv.Itoa(processParallel))
	}
	dir, err := binDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	builtBin = filepath.Join(dir, "readout")
	buildDone = make(chan struct{})
	go func() {
		defer close(buildDone)
		// The testclock tag lets a test move the daemon's digest clock
		// through testClockEnv; the daemon users build has no such seam.
		if out, err := exec.Command("go", "build", "-tags", "testclock", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build readout: %v\n%s", err, out)
		}
	}()
	code := m.Run()
	<-buildDone
	testmain.Exit(code)
}

// binDir is the folder the readout binary is built into: one per checkout
// of the package, in the user's cache (else the temporary directory).
func binDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	sum := sha256.Sum256([]byte(wd))
	dir := filepath.Join(base, "readout-test", fmt.Sprintf("%x", sum[:8]))
	return dir, os.MkdirAll(dir, 0o755)
}

// feedServer is a loopback ministry feed with ETags that counts requests.
type feedServer struct {
	*httptest.Server
	mu          sync.Mutex
	items       []string // <item> elements, newest first
	requests    int
	conditional int // requests answered 304
}

func newFeedServer(t *testing.T) *feedServer {
	f := &feedServer{}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *feedServer) add(guid, title, body string, published time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	item := fmt.Sprintf("<item><title>%s</title><link>%s/%s.html</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate><description><![CDATA[%s]]></description></item>",
		title, f.URL, guid, guid, published.Format(time.RFC1123Z), body)
	f.items = append([]string{item}, f.items...)
}

func (f *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests++
	doc := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test ministry</title><link>` +
		f.URL + `</link><description>t</description>` + strings.Join(f.items, "") + `</channel></rss>`
	etag := fmt.Sprintf(`"%x"`, sha256.Sum256([]byte(doc)))
	if r.Header.Get("If-None-Match") == etag {
		f.conditional++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	_, _ = w.Write([]byte(doc))
}

func (f *feedServer) counts() (requests, conditional int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests, f.conditional
}

// waitFor polls cond until it holds or the timeout passes, every 20ms at
// first and less often the longer it waits (up to every 100ms): many
// conditions run the binary, and a drain that takes seconds started one
// every 20ms.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for pause := 20 * time.Millisecond; !cond(); pause = min(pause*5/4, 100*time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(pause)
	}
}

// process is a running `readout serve` process.
type process struct {
	cmd    *exec.Cmd
	out    *lockedBuffer
	done   chan struct{}
	err    error
	exited time.Time
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func startDaemon(t *testing.T, env []string, args ...string) *process {
	t.Helper()
	d := &process{out: &lockedBuffer{}, done: make(chan struct{})}
	d.cmd = exec.Command(binPath(t), args...)
	d.cmd.Env = append(os.Environ(), env...)
	d.cmd.Stdout, d.cmd.Stderr = d.out, d.out
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		d.err = d.cmd.Wait()
		d.exited = time.Now()
		close(d.done)
	}()
	t.Cleanup(func() {
		select {
		case <-d.done:
		default:
			_ = d.cmd.Process.Kill()
			<-d.done
		}
		if t.Failed() {
			t.Logf("daemon output:\n%s", d.out)
		}
	})
	return d
}

// waitPollCycle waits until d has logged the end of a poll cycle: from then
// on every item of its feeds is stored with its deliveries, so that an
// empty outbox means they were delivered, not that the poll has not yet
// stored them (a daemon killed before its first poll ended stored nothing).
func (d *process) waitPollCycle(t *testing.T) {
	t.Helper()
	waitFor(t, 60*time.Second, "a completed poll cycle", func() bool {
		return strings.Contains(d.out.String(), `"msg":"poll cycle"`)
	})
}

// stop sends SIGTERM and requires exit status 0 within 10 seconds.
func (d *process) stop(t *testing.T) {
	t.Helper()
	sent := time.Now()
	if err := d.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		t.Fatalf("daemon still running 10s after SIGTERM")
	}
	if d.err != nil {
		t.Fatalf("daemon exit after SIGTERM: %v", d.err)
	}
	t.Logf("daemon exited 0, %s after SIGTERM", d.exited.Sub(sent).Round(time.Millisecond))
}

// parents returns the posts that are not thread replies.
func parents(posts []slackfake.Post) []slackfake.Post {
	var out []slackfake.Post
	for _, p := range posts {
		if p.ThreadTS == "" {
			out = append(out, p)
		}
	}
	return out
}

func headerText(t *testing.T, p slackfake.Post) string {
	t.Helper()
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	if err := json.Unmarshal(p.Blocks, &blocks); err != nil {
		t.Fatalf("decode blocks: %v", err)
	}
	for _, b := range blocks {
		if b.Type == "header" && b.Text != nil {
			return b.Text.Text
		}
	}
	return ""
}

func TestServeEndToEnd(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	dataDir := t.TempDir()
	base := time.Now().Add(-48 * time.Hour)
	feed.add("old-1", "Japan-Viet Nam Foreign Ministers' Meeting", "An older readout on Viet Nam.", base)
	feed.add("old-2", "Japan-Cambodia Vice-Ministerial Consultation", "An older readout on Cambodia.", base.Add(time.Hour))

	cfgFile := filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf(`data_dir: %s
poll_schedule: "@every 1s"
builtin_feeds: false
allow_private_addresses: true
feeds:
  - id: test-mofa
    url: %s/feed.xml
    publisher: Test Ministry of Foreign Affairs
    country: JP
subscriptions:
  - channel: C0TESTKH1
    countries: [KH]
  - channel: C0TESTFEED
    feeds: [test-mofa]
  - channel: C0TESTFR1
    countries: [FR]
`, dataDir, feed.URL)
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"SLACK_BOT_TOKEN=xoxb-test-token", "SLACK_API_URL=" + slk.APIURL(), "READOUT_LOG_LEVEL=debug", "READOUT_HTTP_ADDR=127.0.0.1:0"}

	d := startDaemon(t, env, "serve", "--config", cfgFile)
	// (a) The first poll stores the existing items and posts nothing.
	waitFor(t, 15*time.Second, "two polls", func() bool { n, _ := feed.counts(); return n >= 2 })
	if n := len(slk.Posts()); n != 0 {
		t.Fatalf("first poll posted %d messages, want 0", n)
	}

	// (b) A new item is posted exactly once to each subscribed channel.
	title := "Japan-Cambodia Summit Meeting"
	feed.add("new-1", title, "On March 20, Prime Minister KISHIDA Fumio held a meeting with Prime Minister Hun Sen of the Kingdom of Cambodia. The two leaders agreed to strengthen cooperation.", time.Now())
	waitFor(t, 20*time.Second, "posts to C1 and C2", func() bool { return len(parents(slk.Posts())) >= 2 })
	before, _ := feed.counts()
	waitFor(t, 15*time.Second, "three more polls", func() bool { n, _ := feed.counts(); return n >= before+3 })
	got := parents(slk.Posts())
	byChannel := map[string]int{}
	for _, p := range got {
		byChannel[p.Channel]++
		if h := headerText(t, p); !strings.Contains(h, title) {
			t.Errorf("post to %s: header %q does not hold the title %q", p.Channel, h, title)
		}
		if p.Metadata == nil || p.Metadata.EventPayload["readout_id"] == nil {
			t.Errorf("post to %s carries no readout_id metadata: %+v", p.Channel, p.Metadata)
		}
	}
	if byChannel["C0TESTKH1"] != 1 || byChannel["C0TESTFEED"] != 1 || len(got) != 2 {
		t.Fatalf("parent posts by channel: got %v, want C0TESTKH1:1 C0TESTFEED:1 and nothing else", byChannel)
	}
	// (d) The unchanged feed is answered with 304.
	if _, cond := feed.counts(); cond == 0 {
		t.Errorf("no conditional request was answered 304")
	}
	// (e) SIGTERM ends the daemon with status 0 within 10 seconds.
	d.stop(t)
	posted := len(slk.Posts())

	// (c) After a restart nothing is posted again.
	d2 := startDaemon(t, env, "serve", "--config", cfgFile)
	before, _ = feed.counts()
	waitFor(t, 15*time.Second, "two polls after restart", func() bool { n, _ := feed.counts(); return n >= before+2 })

	// A second daemon on the same data directory exits non-zero, at once:
	// it waits a second for the lock (generous bound: the run may be busy).
	d3 := startDaemon(t, env, "serve", "--config", cfgFile)
	start := time.Now()
	select {
	case <-d3.done:
	case <-time.After(15 * time.Second):
		t.Fatalf("second daemon still running after 15s")
	}
	if d3.err == nil {
		t.Errorf("second daemon exited 0, want non-zero")
	}
	if out := d3.out.String(); !strings.Contains(out, filepath.Join(dataDir, "readout.db")) || !strings.Contains(out, "in use") {
		t.Errorf("second daemon's message does not name the database and say it is in use:\n%s", out)
	}
	t.Logf("second daemon exited after %s", d3.exited.Sub(start).Round(time.Millisecond))

	if n := len(slk.Posts()); n != posted {
		t.Errorf("after restart: %d posts, want still %d", n, posted)
	}
	d2.stop(t)
	if out := d.out.String() + d2.out.String(); strings.Contains(out, "xoxb-test-token") {
		t.Errorf("the bot token appears in the daemon's output")
	}
}
