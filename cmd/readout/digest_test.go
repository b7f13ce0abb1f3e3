package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// digestBody is a Japan–Cambodia readout numbered n.
func digestBody(n int) string {
	return fmt.Sprintf(`<p>On December %d, the Minister for Foreign Affairs of Japan held a meeting with the Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia. An overview of the meeting is as follows.</p>
<p>1. Bilateral relations</p><p>The two ministers agreed to deepen cooperation on demining and connectivity, meeting number %d.</p>`, n%28+1, n)
}

// digestRig is a daemon in HTTP mode with a clock file, a feed and Slack.
type digestRig struct {
	t        *testing.T
	feed     *feedServer
	slk      *slackfake.Server
	env      []string
	cfg      string
	clock    string
	endpoint string
	d        *process
	n        int
}

const digestSecret = "digest-e2e-secret"

// twoChannels subscribes C0DIGESTA and C0DIGESTB to Cambodia.
const twoChannels = "  - channel: C0DIGESTA\n    countries: [KH]\n  - channel: C0DIGESTB\n    countries: [KH]\n"

func newDigestRig(t *testing.T, start time.Time, subs string) *digestRig {
	r := &digestRig{t: t, feed: newFeedServer(t), slk: slackfake.New(t)}
	r.feed.add("old", "Japan-Cambodia Consultation 0", digestBody(0), time.Now().Add(-time.Hour))
	r.clock = filepath.Join(t.TempDir(), "clock")
	r.setClock(start)
	r.cfg = commandsConfig(t, r.feed.URL, `slack_mode: http
delivery:
  per_channel_burst: 10
  retry_initial: 100ms
  retry_max: 1s
`)
	// A second file: the same, with the channels this test uses.
	raw, err := os.ReadFile(r.cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg := strings.Replace(string(raw), "subscriptions:\n", "subscriptions:\n"+subs, 1)
	if err := os.WriteFile(r.cfg, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	r.env = []string{"SLACK_BOT_TOKEN=xoxb-digest", "SLACK_SIGNING_SECRET=" + digestSecret, "SLACK_API_URL=" + r.slk.APIURL(),
		"READOUT_HTTP_ADDR=127.0.0.1:0", "READOUT_LOG_LEVEL=debug", testClockEnv + "=" + r.clock}
	return r
}

func (r *digestRig) setClock(t time.Time) {
	r.t.Helper()
	if err := os.WriteFile(r.clock, []byte(t.Format(time.RFC3339)), 0o600); err != nil {
		r.t.Fatal(err)
	}
}

var listenerRE = regexp.MustCompile(`"HTTP listener started","addr":"(127\.0\.0\.1:\d+)"|HTTP listener started" addr=(127\.0\.0\.1:\d+)`)

// start starts the daemon and waits for its HTTP listener and a poll.
func (r *digestRig) start() {
	r.t.Helper()
	r.d = startDaemon(r.t, r.env, "serve", "--config", r.cfg)
	var addr string
	waitFor(r.t, 20*time.Second, "the HTTP listener", func() bool {
		if m := listenerRE.FindStringSubmatch(r.d.out.String()); m != nil {
			addr = m[1] + m[2]
		}
		return addr != ""
	})
	r.endpoint = "http://" + addr + "/slack/commands"
	before, _ := r.feed.counts()
	waitFor(r.t, 20*time.Second, "a poll", func() bool { n, _ := r.feed.counts(); return n > before })
}

func (r *digestRig) kill() {
	r.t.Helper()
	if err := r.d.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		r.t.Fatal(err)
	}
	<-r.d.done
}

// command runs /readout text in channel over HTTP and returns the reply.
func (r *digestRig) command(channel, text string) string {
	r.t.Helper()
	reply, err := r.slk.PostSlashCommand(r.t.Context(), r.endpoint, digestSecret,
		slackfake.SlashCommand{Command: "/readout", Text: text, ChannelID: channel, UserID: "U0DIGEST"})
	if err != nil {
		r.t.Fatalf("/readout %s: %v", text, err)
	}
	if reply.Status != 200 {
		r.t.Fatalf("/readout %s: status %d %s", text, reply.Status, reply.Body)
	}
	return blockTexts(r.t, jsonField(r.t, reply.Body, "blocks"))
}

// publish adds n new Cambodian readouts to the feed and returns their
// titles.
func (r *digestRig) publish(n int) []string {
	var titles []string
	for range n {
		r.n++
		title := fmt.Sprintf("Japan-Cambodia Foreign Ministers' Meeting No. %d", r.n)
		r.feed.add(fmt.Sprintf("dg-%d", r.n), title, digestBody(r.n), time.Now())
		titles = append(titles, title)
	}
	return titles
}

// waiting waits until channel's `/readout list` says n readouts wait.
func (r *digestRig) waiting(channel string, n int) {
	r.t.Helper()
	want := fmt.Sprintf("%d readouts waiting", n)
	if n == 1 {
		want = "1 readout waiting"
	}
	waitFor(r.t, 30*time.Second, channel+": "+want, func() bool {
		return strings.Contains(r.command(channel, "list"), want)
	})
}

// digests returns the digest posts in channel: their header and text.
func (r *digestRig) digests(channel string) []string {
	var out []string
	for _, p := range r.slk.History(channel) {
		if p.ThreadTS == "" && p.Metadata != nil && p.Metadata.EventPayload["digest_key"] != nil {
			out = append(out, headerText(r.t, p)+"\n"+blockTexts(r.t, p.Blocks))
		}
	}
	return out
}

// readoutPosts counts channel's posts of single readouts.
func (r *digestRig) readoutPosts(channel string) int {
	n := 0
	for _, p := range r.slk.History(channel) {
		if p.ThreadTS == "" && p.Metadata != nil && p.Metadata.EventPayload["readout_id"] != nil {
			n++
		}
	}
	return n
}

// TestDigestEndToEnd is issue 15's digest acceptance over HTTP mode, a
// loopback feed and Slack, time driven through the daemon's clock file:
// a daily digest set from Slack arrives at 09:00 Tokyo time with every
// readout since the last one, each period exactly once across a restart
// and SIGKILLs, an empty period posts nothing, and bad arguments change
// nothing.
func TestDigestEndToEnd(t *testing.T) {
	t.Parallel()
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	day := func(d int, hm string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", fmt.Sprintf("2026-12-%02d %s", d, hm), tokyo)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	r := newDigestRig(t, day(6, "10:00"), twoChannels)
	r.start()

	for _, bad := range []struct{ text, want string }{
		{"digest daily 25:00", "is not a time of day"},
		{"digest weekly funday 08:30", "is not a day of the week"},
		{"digest daily 09:00 Asia/Atlantis", "is not a time zone I know"},
		{"pause for 7x", "is not a length"},
	} {
		if got := r.command("C0DIGESTA", bad.text); !strings.Contains(got, bad.want) || !strings.Contains(got, "Nothing was changed") {
			t.Errorf("/readout %s: %q, want %q", bad.text, got, bad.want)
		}
	}
	if got := r.command("C0DIGESTA", "list"); strings.Contains(got, "Digest") || strings.Contains(got, "Paused") {
		t.Errorf("bad arguments changed the channel: list says %q", got)
	}
	if got := r.command("C0DIGESTA", "digest daily 09:00 Asia/Tokyo"); !strings.Contains(got, "every day at 09:00 (Asia/Tokyo)") {
		t.Fatalf("digest on: %q", got)
	}

	// Day 1: three readouts wait; at 09:00 Tokyo they come as one digest.
	first := r.publish(3)
	r.waiting("C0DIGESTA", 3)
	// C0DIGESTB has no digest: it gets each readout as it comes.
	waitFor(t, 30*time.Second, "C0DIGESTB's three posts", func() bool { return r.readoutPosts("C0DIGESTB") == 3 })
	// A minute before its time, the daemon looks and posts nothing.
	r.setClock(day(7, "08:59"))
	waitFor(t, 30*time.Second, "a look at 08:59", func() bool {
		return strings.Contains(r.d.out.String(), `"msg":"digests looked at","component":"digest","now":"2026-12-07T08:59:00+09:00"`)
	})
	if got := r.command("C0DIGESTA", "digest"); !strings.Contains(got, "3 readouts waiting") || len(r.digests("C0DIGESTA")) != 0 {
		t.Errorf("at 08:59: %q, %d digests; want 3 waiting and none posted", got, len(r.digests("C0DIGESTA")))
	}
	r.setClock(day(7, "09:00"))
	waitFor(t, 30*time.Second, "the first digest", func() bool { return len(r.digests("C0DIGESTA")) == 1 })
	got := r.digests("C0DIGESTA")[0]
	if !strings.Contains(got, "Daily digest · Mon 7 Dec 2026") || !strings.Contains(got, "3 new readouts") || !strings.Contains(got, "Cambodia") {
		t.Errorf("first digest: %q", got)
	}
	for _, title := range first {
		if strings.Count(got, title) != 1 {
			t.Errorf("first digest does not hold %q once: %q", title, got)
		}
	}

	// A restart.
	r.d.stop(t)
	r.start()

	// Day 2: two readouts; the period ends, and the daemon is killed right
	// then and again a few times while it makes and posts the digest.
	second := r.publish(2)
	r.waiting("C0DIGESTA", 2)
	r.setClock(day(8, "09:00"))
	for range 3 {
		r.kill()
		r.start()
	}
	waitFor(t, 60*time.Second, "the second digest", func() bool { return len(r.digests("C0DIGESTA")) >= 2 })
	waitFor(t, 60*time.Second, "an empty outbox", func() bool {
		return outboxEmpty(t, r.env, r.cfg)
	})
	// Day 3: nothing new; the period passes (the log says so) and posts nothing.
	r.setClock(day(9, "09:00"))
	waitFor(t, 30*time.Second, "the empty period", func() bool {
		return strings.Contains(r.d.out.String(), `"period_end":"2026-12-09T09:00:00+09:00","messages":0`)
	})
	r.d.stop(t)

	ds := r.digests("C0DIGESTA")
	if len(ds) != 2 {
		t.Fatalf("%d digests, want 2 (day 1 and day 2; none for the empty day): %q", len(ds), ds)
	}
	if !strings.Contains(ds[1], "Daily digest · Tue 8 Dec 2026") || !strings.Contains(ds[1], "2 new readouts") {
		t.Errorf("second digest: %q", ds[1])
	}
	for _, title := range second {
		if strings.Count(ds[1], title) != 1 {
			t.Errorf("second digest does not hold %q once: %q", title, ds[1])
		}
	}
	for _, title := range first {
		if strings.Contains(ds[1], title) {
			t.Errorf("second digest repeats %q from the first", title)
		}
	}
	if n := r.readoutPosts("C0DIGESTA"); n != 0 {
		t.Errorf("C0DIGESTA got %d single readouts while its digest was on", n)
	}
	if n := r.readoutPosts("C0DIGESTB"); n != 5 {
		t.Errorf("C0DIGESTB got %d single readouts, want all 5", n)
	}
}

// TestPauseEndToEnd is issue 15's pause acceptance over HTTP mode: what
// arrives while a channel is paused comes as one "while this channel was
// paused" digest on resume, nothing lost and nothing twice, across a
// SIGKILL during the pause; a pause for a while ends by itself.
func TestPauseEndToEnd(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	r := newDigestRig(t, start, twoChannels)
	r.start()

	before := r.publish(1)
	waitFor(t, 30*time.Second, "a post before the pause", func() bool { return r.readoutPosts("C0DIGESTB") == 1 })
	if got := r.command("C0DIGESTB", "pause"); !strings.Contains(got, "Paused until") {
		t.Fatalf("pause: %q", got)
	}
	during := r.publish(3)
	r.waiting("C0DIGESTB", 3)
	r.kill()
	r.start()
	if got := r.command("C0DIGESTB", "list"); !strings.Contains(got, "Paused since") {
		t.Errorf("list after the restart: %q", got)
	}
	if got := r.command("C0DIGESTB", "resume"); !strings.Contains(got, "follows as one digest") {
		t.Fatalf("resume: %q", got)
	}
	waitFor(t, 30*time.Second, "the catch-up digest", func() bool { return len(r.digests("C0DIGESTB")) == 1 })
	if got := r.command("C0DIGESTB", "resume"); !strings.Contains(got, "not paused") {
		t.Errorf("a second resume: %q", got)
	}
	after := r.publish(1)
	waitFor(t, 30*time.Second, "a post after the resume", func() bool { return r.readoutPosts("C0DIGESTB") == 2 })

	// A pause for 2 days ends by itself when the clock passes it.
	if got := r.command("C0DIGESTB", "pause for 2d"); !strings.Contains(got, "Tue 8 Dec 2026 10:00 UTC") {
		t.Fatalf("pause for 2d: %q", got)
	}
	later := r.publish(2)
	r.waiting("C0DIGESTB", 2)
	r.setClock(start.Add(48 * time.Hour))
	waitFor(t, 30*time.Second, "the second catch-up digest", func() bool { return len(r.digests("C0DIGESTB")) == 2 })
	waitFor(t, 60*time.Second, "an empty outbox", func() bool {
		return outboxEmpty(t, r.env, r.cfg)
	})
	r.d.stop(t)

	ds := r.digests("C0DIGESTB")
	if len(ds) != 2 {
		t.Fatalf("%d digests, want 2: %q", len(ds), ds)
	}
	for i, want := range [][]string{during, later} {
		if !strings.Contains(ds[i], "While this channel was paused") || !strings.Contains(ds[i], fmt.Sprintf("%d new readouts", len(want))) {
			t.Errorf("catch-up %d: %q", i+1, ds[i])
		}
		for _, title := range want {
			if strings.Count(ds[i], title) != 1 {
				t.Errorf("catch-up %d does not hold %q once: %q", i+1, title, ds[i])
			}
		}
	}
	// Nothing lost, nothing twice: every readout reached the channel once,
	// alone or in a digest.
	all := strings.Join(ds, "\n")
	var singles []string
	for _, p := range r.slk.History("C0DIGESTB") {
		if p.ThreadTS == "" && p.Metadata != nil && p.Metadata.EventPayload["readout_id"] != nil {
			singles = append(singles, headerText(t, p))
		}
	}
	for _, title := range append(append(append(before, during...), after...), later...) {
		n := strings.Count(all, title)
		for _, s := range singles {
			if strings.Contains(s, title) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q reached the channel %d times, want once", title, n)
		}
	}
	// C0DIGESTA was never paused: it got each readout as it came.
	if n := r.readoutPosts("C0DIGESTA"); n != 7 {
		t.Errorf("C0DIGESTA got %d readouts, want 7", n)
	}
}

// jsonField returns one field of a JSON object.
func jsonField(t *testing.T, body []byte, name string) []byte {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return m[name]
}

// TestDigestCrashSafe: a digest from the configuration file long enough
// for several messages is posted while a flaky Slack answers 429 and 500
// and the daemon is killed with SIGKILL at random moments; in the end
// each part is in the channel once, and every readout in one part.
func TestDigestCrashSafe(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills and restarts the daemon")
	}
	const readouts, kills = 60, 8
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 12, 6, 10, 0, 0, 0, tokyo)
	r := newDigestRig(t, start, "  - channel: C0DIGESTA\n    countries: [KH]\n    digest: daily 09:00 Asia/Tokyo\n")
	rng := rand.New(rand.NewPCG(5, 6))
	killRNG := rand.New(rand.NewPCG(7, 8))
	var mu sync.Mutex
	r.slk.SetPostHook(func(slackfake.Post, int) slackfake.Response {
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
	r.start()
	if got := r.command("C0DIGESTA", "list"); !strings.Contains(got, "Digest every day at 09:00 (Asia/Tokyo) (from the configuration file).") {
		t.Fatalf("list: %q", got)
	}
	titles := r.publish(readouts)
	r.waiting("C0DIGESTA", readouts)
	r.setClock(start.Add(23 * time.Hour))
	for k := range kills {
		time.Sleep(time.Duration(killRNG.IntN(400)) * time.Millisecond)
		r.kill()
		if k < kills-1 {
			r.d = startDaemon(t, r.env, "serve", "--config", r.cfg)
		}
	}
	r.start()
	waitFor(t, 90*time.Second, "an empty outbox", func() bool {
		return outboxEmpty(t, r.env, r.cfg)
	})
	r.d.stop(t)

	parts := map[string]int{}
	var text strings.Builder
	total := 0
	for _, p := range r.slk.History("C0DIGESTA") {
		if p.ThreadTS != "" || p.Metadata == nil {
			continue
		}
		if p.Metadata.EventPayload["readout_id"] != nil {
			t.Errorf("a single readout was posted: %s", p.Text)
			continue
		}
		key := fmt.Sprint(p.Metadata.EventPayload["digest_key"], "#", p.Metadata.EventPayload["digest_part"])
		parts[key]++
		text.WriteString(blockTexts(t, p.Blocks))
		text.WriteByte('\n')
		total++
	}
	if len(parts) < 2 {
		t.Errorf("%d digest messages, want several for %d readouts", len(parts), readouts)
	}
	for key, n := range parts {
		if n != 1 {
			t.Errorf("digest part %s posted %d times", key, n)
		}
		if !strings.HasPrefix(key, "period:2026-12-07T00:00:00Z#") {
			t.Errorf("digest part %s, want the period ending 7 Dec 09:00 Tokyo", key)
		}
	}
	all := text.String()
	for _, title := range titles {
		if n := strings.Count(all, "|"+title+">"); n != 1 {
			t.Errorf("%q is in the digest %d times", title, n)
		}
	}
	t.Logf("%d readouts in %d messages (%d posted) after %d kills", readouts, len(parts), total, kills)
}
