package main

import (
	"bytes"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/readout"
)

// addFixture puts a readout of meeting/testdata in a loopback feed as an
// item with the given GUID.
func addFixture(t *testing.T, f *feedServer, guid, name string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "meeting", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := readout.ParseMarkdown(src)
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, line := range strings.Split(doc.Body, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			body.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	f.add(guid, html.EscapeString(doc.Title), body.String(), doc.Published.Add(10*3600e9))
}

// runWith runs the command in-process with the given environment.
func runWith(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(t.Context(), args, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestPairedReadoutsEndToEnd polls loopback feeds of Japan's foreign
// ministry (an umbrella feed and a category feed carrying the same item)
// and Cambodia's, and posts to a fake Slack. Cambodia's readout of the
// meeting goes once into the thread of Japan's in the channel that got
// Japan's, with the comparison, although Slack's first answer to that
// post is lost and another process finishes the delivery; the channel that
// follows only Cambodia's feed gets it as a parent; Japan's readout is
// posted once per channel although two feeds carry it.
func TestPairedReadoutsEndToEnd(t *testing.T) {
	t.Parallel()
	mofa, asia, mfaic := newFeedServer(t), newFeedServer(t), newFeedServer(t)
	addFixture(t, mofa, "mofa-kh-700", "jp-kh-summit.mofa.md")
	addFixture(t, asia, "mofa-kh-700", "jp-kh-summit.mofa.md")
	slk := slackfake.New(t)
	var mu sync.Mutex
	lost := 0
	slk.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		mu.Lock()
		defer mu.Unlock()
		// Slack keeps the first threaded post of Cambodia's readout but
		// its answer is lost.
		if p.Channel == "C0BOTH" && p.ThreadTS != "" && strings.Contains(p.Text, "Cambodia's readout") && lost == 0 {
			lost++
			return slackfake.Response{Status: 500, Stored: true}
		}
		return slackfake.Response{}
	})
	cfg, _ := writeConfig(t, fmt.Sprintf(`allow_private_addresses: true
post_latest_on_first_poll: 5
delivery:
  per_channel_burst: 20
  retry_initial: 10ms
  retry_max: 50ms
feeds:
  - id: mofa
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs of Japan
    country: JP
  - id: mofa-asia
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs of Japan
    country: JP
  - id: mfaic
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs and International Cooperation of Cambodia
    country: KH
subscriptions:
  - channel: C0BOTH
    countries: [KH]
  - channel: C0JP
    feeds: [mofa]
  - channel: C0ASIA
    feeds: [mofa-asia]
  - channel: C0KH
    feeds: [mfaic]
`, mofa.URL, asia.URL, mfaic.URL))
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-pair", "SLACK_API_URL": slk.APIURL()}
	poll := func() {
		t.Helper()
		if code, out, errOut := runWith(t, env, "poll", "--once", "--config", cfg); code != exitOK {
			t.Fatalf("poll: exit %d\n%s\n%s", code, out, errOut)
		}
	}
	poll()
	for _, ch := range []string{"C0BOTH", "C0JP", "C0ASIA"} {
		if got := channelParents(slk, ch); len(got) != 1 {
			t.Fatalf("%s: %d parents after Japan's readout, want 1", ch, len(got))
		}
	}

	addFixture(t, mfaic, "mfaic-2023-09-06", "jp-kh-summit.mfaic.md")
	poll()
	// The lost answer left the delivery to retry; later processes finish it.
	waitFor(t, time.Minute, "an empty outbox", func() bool {
		poll()
		code, out, _ := runWith(t, env, "outbox", "--config", cfg)
		return code == exitOK && strings.Contains(out, "The outbox is empty")
	})
	if lost != 1 {
		t.Fatalf("the lost answer was scripted %d times, want 1", lost)
	}

	both := channelParents(slk, "C0BOTH")
	if len(both) != 1 {
		t.Fatalf("C0BOTH: %d parents, want Japan's only", len(both))
	}
	var firstParts, comparisons int
	partCount := map[int]int{}
	for _, p := range slk.History("C0BOTH") {
		if p.ThreadTS != both[0].TS || !strings.Contains(fmt.Sprint(p.Metadata), "instance_id") {
			continue
		}
		if p.Metadata.EventPayload["readout_id"] == both[0].Metadata.EventPayload["readout_id"] {
			continue // Japan's own thread replies
		}
		part, ok := p.Metadata.EventPayload["part"]
		if !ok {
			firstParts++
			if !strings.Contains(p.Text, "Cambodia's readout of this meeting") {
				t.Errorf("the threaded post does not say whose readout it is: %.200q", p.Text)
			}
			continue
		}
		var n int
		fmt.Sscan(fmt.Sprint(part), &n)
		partCount[n]++
		if strings.HasPrefix(p.Text, "How the two readouts differ") {
			comparisons++
			for _, want := range []string{"only in Japan's readout", "only in Cambodia's readout", "calls it"} {
				if !strings.Contains(string(p.Blocks), want) {
					t.Errorf("comparison lacks %q: %s", want, p.Blocks)
				}
			}
		}
	}
	if firstParts != 1 || comparisons != 1 {
		t.Errorf("C0BOTH thread: Cambodia's readout %d times, comparison %d times; want once each", firstParts, comparisons)
	}
	for part, n := range partCount {
		if n != 1 {
			t.Errorf("C0BOTH thread: part %d posted %d times", part, n)
		}
	}
	kh := channelParents(slk, "C0KH")
	if len(kh) != 1 || strings.Contains(kh[0].Text, "readout of this meeting") {
		t.Errorf("C0KH: %d parents, want Cambodia's readout as a plain parent", len(kh))
	}
	for _, ch := range []string{"C0JP", "C0ASIA"} {
		if got := channelParents(slk, ch); len(got) != 1 {
			t.Errorf("%s: %d parents, want Japan's readout once", ch, len(got))
		}
		for _, p := range slk.History(ch) {
			if strings.Contains(p.Text, "Cambodia's readout") {
				t.Errorf("%s got Cambodia's readout, which it does not follow", ch)
			}
		}
	}
}

// channelParents returns a channel's parent messages.
func channelParents(slk *slackfake.Server, channel string) []slackfake.Post {
	var out []slackfake.Post
	for _, p := range slk.History(channel) {
		if p.ThreadTS == "" {
			out = append(out, p)
		}
	}
	return out
}

// TestPairedReadoutsSurviveKills: both sides' readouts of a meeting are
// polled and posted by a daemon killed with SIGKILL at random moments
// while a flaky Slack answers 429 and 500 at random, sometimes after
// storing the message; in the end the channel following both has one
// parent and the other side's readout once in its thread, each part once,
// and the channels following one side have that side's readout once.
func TestPairedReadoutsSurviveKills(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills and restarts the daemon")
	}
	const kills = 8
	mofa, mfaic := newFeedServer(t), newFeedServer(t)
	addFixture(t, mofa, "mofa-kh-700", "jp-kh-summit.mofa.md")
	addFixture(t, mfaic, "mfaic-2023-09-06", "jp-kh-summit.mfaic.md")
	slk := slackfake.New(t)
	rng := rand.New(rand.NewPCG(5, 6))
	killRNG := rand.New(rand.NewPCG(7, 8))
	var mu sync.Mutex
	slk.SetPostHook(func(p slackfake.Post, attempt int) slackfake.Response {
		mu.Lock()
		defer mu.Unlock()
		switch n := rng.IntN(100); {
		case n < 15:
			return slackfake.Response{Status: 429, RetryAfter: 1}
		case n < 25:
			return slackfake.Response{Status: 500}
		case n < 35:
			return slackfake.Response{Status: 500, Stored: true}
		}
		return slackfake.Response{}
	})
	cfg, _ := writeConfig(t, fmt.Sprintf(`allow_private_addresses: true
poll_schedule: "@every 1m"
post_latest_on_first_poll: 5
delivery:
  per_channel_burst: 20
  retry_initial: 100ms
  retry_max: 1s
feeds:
  - id: mofa
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs of Japan
    country: JP
  - id: mfaic
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs and International Cooperation of Cambodia
    country: KH
subscriptions:
  - channel: C0BOTH
    countries: [KH]
  - channel: C0JP
    feeds: [mofa]
  - channel: C0KH
    feeds: [mfaic]
`, mofa.URL, mfaic.URL))
	env := []string{"SLACK_BOT_TOKEN=xoxb-pair", "SLACK_API_URL=" + slk.APIURL(), "READOUT_HTTP_ADDR=127.0.0.1:0"}
	for k := range kills {
		d := startDaemon(t, env, "serve", "--config", cfg)
		time.Sleep(time.Duration(30+killRNG.IntN(300)) * time.Millisecond)
		if err := d.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		<-d.done
	}
	d := startDaemon(t, env, "serve", "--config", cfg)
	d.httpAddr(t)
	d.waitPollCycle(t)
	waitFor(t, 90*time.Second, "an empty outbox", func() bool {
		return outboxEmpty(t, env, cfg)
	})
	d.stop(t)

	for _, ch := range []string{"C0BOTH", "C0JP", "C0KH"} {
		ps := channelParents(slk, ch)
		if len(ps) != 1 {
			t.Errorf("%s: %d parents, want 1", ch, len(ps))
			continue
		}
		root := ps[0].TS
		// Every post of a delivery (instance, delivery ID, part) once.
		seen := map[string]int{}
		readouts := map[any]bool{}
		for _, p := range slk.History(ch) {
			if p.TS != root && p.ThreadTS != root {
				t.Errorf("%s: post %s is neither the parent nor in its thread", ch, p.TS)
			}
			if p.Metadata == nil {
				continue
			}
			readouts[p.Metadata.EventPayload["readout_id"]] = true
			seen[fmt.Sprint(p.Metadata.EventPayload["delivery_id"], "/", p.Metadata.EventPayload["part"])]++
		}
		for part, n := range seen {
			if n != 1 {
				t.Errorf("%s: delivery/part %s posted %d times", ch, part, n)
			}
		}
		if want := map[string]int{"C0BOTH": 2, "C0JP": 1, "C0KH": 1}[ch]; len(readouts) != want {
			t.Errorf("%s: posts of %d readouts, want %d", ch, len(readouts), want)
		}
	}
	threaded := 0
	for _, p := range slk.History("C0BOTH") {
		if p.ThreadTS != "" && strings.Contains(p.Text, "readout of this meeting") {
			threaded++
		}
	}
	if threaded != 1 {
		t.Errorf("C0BOTH: the other side's readout is in the thread %d times, want once", threaded)
	}
}
