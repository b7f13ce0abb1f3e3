package main

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/internal/slackfake"
)

// TestTopicFiltersEndToEnd is issue 15's acceptance for topic filters and
// mentions, over HTTP mode, a loopback feed and the fake Slack: channels
// subscribe with `topic:`, `-topic:` and `mentions` (and one through the
// configuration file); each gets exactly the readouts its filters route,
// and each post names what matched, or that it only mentions the country.
// Every bad argument gets a clear answer and changes nothing.
func TestTopicFiltersEndToEnd(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	feed.add("old", "Japan-Cambodia Vice-Ministerial Consultation",
		"On April 2, Vice-Minister Sato held a consultation with Secretary of State Chea Sophara of the Kingdom of Cambodia.", time.Now().Add(-48*time.Hour))
	// A channel filtered in the configuration file: Cambodia's readouts
	// about health only.
	// A burst that covers a channel's posts: the test waits on routing,
	// not on Slack's pace of one post a second.
	cfg := commandsConfig(t, feed.URL, "  - channel: C0CFGHEALTH\n    countries: [KH]\n    topics: [health]\nslack_mode: http\ndelivery:\n  per_channel_burst: 30\n")
	const secret = "e2e-topics-secret"
	env := []string{"SLACK_BOT_TOKEN=xoxb-test-token", "SLACK_SIGNING_SECRET=" + secret, "SLACK_API_URL=" + slk.APIURL(),
		"READOUT_HTTP_ADDR=127.0.0.1:0", "READOUT_LOG_LEVEL=debug"}
	d := startDaemon(t, env, "serve", "--config", cfg)
	addrRE := regexp.MustCompile(`"HTTP listener started","addr":"(127\.0\.0\.1:\d+)"|HTTP listener started" addr=(127\.0\.0\.1:\d+)`)
	var addr string
	waitFor(t, 20*time.Second, "the HTTP listener", func() bool {
		if m := addrRE.FindStringSubmatch(d.out.String()); m != nil {
			addr = m[1] + m[2]
		}
		return addr != ""
	})
	waitFor(t, 20*time.Second, "the first poll", func() bool { n, _ := feed.counts(); return n >= 1 })
	endpoint := "http://" + addr + "/slack/commands"
	command := func(channel, text string) (reply string, inChannel bool) {
		t.Helper()
		r, err := slk.PostSlashCommand(t.Context(), endpoint, secret, slackfake.SlashCommand{Command: "/readout", Text: text, ChannelID: channel, UserID: "U0ADMIN"})
		if err != nil {
			t.Fatalf("/readout %s: %v", text, err)
		}
		var p map[string]json.RawMessage
		if err := json.Unmarshal(r.Body, &p); err != nil || r.Status != 200 {
			t.Fatalf("/readout %s: status %d, body %s (%v)", text, r.Status, r.Body, err)
		}
		return blockTexts(t, p["blocks"]), string(p["response_type"]) == `"in_channel"`
	}
	expect := func(channel, text string, inChannel bool, want ...string) {
		t.Helper()
		got, in := command(channel, text)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("/readout %s in %s: reply lacks %q; got:\n%s", text, channel, w, got)
			}
		}
		if in != inChannel {
			t.Errorf("/readout %s in %s: in_channel %v, want %v", text, channel, in, inChannel)
		}
	}

	expect("C0SEC", "subscribe cambodia topic:security,infrastructure -topic:trade", true,
		"subscribed this channel to 🇰🇭 Cambodia", "only readouts about *security* or *infrastructure*; none about *economy*")
	expect("C0LAOS", "subscribe laos mentions", true, "subscribed this channel to 🇱🇦 Laos", "also readouts that only mention it")
	expect("C0ALL", "subscribe cambodia", true, "subscribed this channel to 🇰🇭 Cambodia")

	// Bad arguments: a clear answer each, and nothing changes.
	listBefore, _ := command("C0SEC", "list")
	for _, bad := range []struct{ text, want string }{
		{"subscribe cambodia topic:securty", `I don't know the topic “securty”. Did you mean *security*? Nothing was changed.`},
		{"subscribe cambodia -topic:", "`-topic:` needs a topic after the colon"},
		{"subscribe cambodia topic:\"rare earths", "a quotation mark is not closed"},
		{"subscribe cambodia topic:trade", "*economy* would be both asked for (`topic:`) and excluded (`-topic:`)"},
		{"subscribe cambodai topic:health", "Did you mean *Cambodia*?"},
		{"unsubscribe cambodia topic:security", "`/readout unsubscribe` takes only countries. Nothing was changed."},
	} {
		expect("C0SEC", bad.text, false, bad.want)
	}
	if listAfter, _ := command("C0SEC", "list"); listAfter != listBefore {
		t.Errorf("bad arguments changed the channel's subscription:\nbefore %s\nafter  %s", listBefore, listAfter)
	}
	expect("C0SEC", "list", false, "• 🇰🇭 Cambodia: only readouts about *security* or *infrastructure*; none about *economy*")
	expect("C0CFGHEALTH", "list", false, "• 🇰🇭 Cambodia: only readouts about *health* _(from the configuration file")

	const (
		security = "Japan-Cambodia Foreign Ministers' Meeting"
		trade    = "Japan-Cambodia Economic Dialogue"
		culture  = "Japan-Cambodia Cultural Exchange Meeting"
		health   = "Japan-Cambodia Health Policy Meeting"
		vietnam  = "Japan-Viet Nam Foreign Ministers' Meeting"
	)
	now := time.Now()
	feed.add("sec", security, `On June 9, Foreign Minister Hayashi held a meeting with Deputy Prime Minister Prak Sokhonn, Minister of Foreign Affairs of the Kingdom of Cambodia, in Tokyo.

1. Security

 The two ministers condemned the ballistic missile launches and agreed to deepen defence cooperation.

2. Infrastructure

 They welcomed progress on the Sihanoukville port expansion.`, now.Add(-5*time.Minute))
	feed.add("trade", trade, `On June 10, Foreign Minister Hayashi held a meeting with Mr. Sun Chanthol, Senior Minister of the Kingdom of Cambodia, in Tokyo.

1. Economy

 The two sides agreed to expand trade and investment, and to hold a security dialogue.`, now.Add(-4*time.Minute))
	feed.add("culture", culture, `On June 11, Foreign Minister Hayashi held a meeting with Mr. Phoeurng Sackona, Minister of Culture and Fine Arts of the Kingdom of Cambodia, in Tokyo.

1. Exchanges

 The two ministers agreed to promote exchanges between museums and young artists.`, now.Add(-3*time.Minute))
	feed.add("health", health, `On June 12, Foreign Minister Hayashi held a meeting with Mr. Mam Bunheng, Minister of Health of the Kingdom of Cambodia, in Tokyo.

1. Cooperation

 The two ministers discussed vaccines and hospital equipment.`, now.Add(-2*time.Minute))
	feed.add("vn", vietnam, `On June 13, Foreign Minister Hayashi held a meeting with Mr. Bui Thanh Son, Minister of Foreign Affairs of the Socialist Republic of Viet Nam, in Tokyo.

1. Regional cooperation

 The two ministers discussed cooperation with the Lao People's Democratic Republic on Mekong connectivity.`, now.Add(-time.Minute))

	// Each channel's posts: header and the context line naming what
	// matched. The unfiltered channel getting all four Cambodian readouts
	// shows they were all polled and routed.
	type post struct{ header, text string }
	postsIn := func(channel string) []post {
		var out []post
		for _, p := range parents(slk.History(channel)) {
			out = append(out, post{headerText(t, p), blockTexts(t, p.Blocks)})
		}
		return out
	}
	want := map[string][]struct{ title, match string }{
		"C0ALL":       {{security, ""}, {trade, ""}, {culture, ""}, {health, ""}},
		"C0SEC":       {{security, "Matched: security, infrastructure"}},
		"C0CFGHEALTH": {{health, "Matched: health"}},
		"C0LAOS":      {{vietnam, "Mentions Laos"}},
	}
	waitFor(t, 60*time.Second, "every channel's readouts", func() bool {
		for ch, w := range want {
			if len(postsIn(ch)) < len(w) {
				return false
			}
		}
		return true
	})
	// Anything routed wrongly was enqueued with the right ones, in the same
	// polls; the outbox posts a channel's deliveries in order, and a
	// sentinel every channel takes comes after them.
	const sentinel = "Japan-Cambodia-Laos Trilateral Meeting"
	feed.add("sentinel", sentinel, `On June 14, Foreign Minister Hayashi held a trilateral meeting with Deputy Prime Minister Prak Sokhonn, Minister of Foreign Affairs of the Kingdom of Cambodia, and Mr. Saleumxay Kommasith, Minister of Foreign Affairs of the Lao People's Democratic Republic, in Tokyo.

1. Cooperation

 The three ministers discussed maritime security and hospital construction.`, now)
	deadline := time.Now().Add(60 * time.Second)
	for ch := range want {
		for {
			ps := postsIn(ch)
			if len(ps) > 0 && strings.Contains(ps[len(ps)-1].header, sentinel) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for the sentinel in %s; it has %q", ch, ps)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	for ch, w := range want {
		ps := postsIn(ch)
		ps = ps[:len(ps)-1] // the sentinel
		var titles []string
		for _, p := range ps {
			titles = append(titles, p.header)
		}
		if len(ps) != len(w) {
			t.Errorf("%s got %d readouts %q, want %d", ch, len(ps), titles, len(w))
			continue
		}
		// In any order: the feed lists them newest first.
		for _, w := range w {
			i := slices.IndexFunc(ps, func(p post) bool { return strings.Contains(p.header, w.title) })
			if i < 0 {
				t.Errorf("%s lacks %q; it got %q", ch, w.title, titles)
				continue
			}
			p := ps[i]
			hasLine := strings.Contains(p.text, "Matched:") || strings.Contains(p.text, "Mentions ")
			switch {
			case w.match == "" && hasLine:
				t.Errorf("%s: %s names a match though the channel has no filter:\n%s", ch, w.title, p.text)
			case w.match != "" && !strings.Contains(p.text, w.match):
				t.Errorf("%s: %s lacks %q:\n%s", ch, w.title, w.match, p.text)
			}
		}
	}
	// The excluded topic kept the trade readout out of C0SEC even though it
	// speaks of security; the sentinel, a party readout, is not marked as
	// a mere mention in C0LAOS.
	laos := postsIn("C0LAOS")
	if last := laos[len(laos)-1]; strings.Contains(last.text, "Mentions Laos") {
		t.Errorf("C0LAOS: the sentinel, in which Laos is a party, is marked as a mention:\n%s", last.text)
	}
	sec := postsIn("C0SEC")
	if slices.ContainsFunc(sec, func(p post) bool { return strings.Contains(p.header, trade) }) {
		t.Errorf("C0SEC got the excluded trade readout")
	}
	d.stop(t)
}
