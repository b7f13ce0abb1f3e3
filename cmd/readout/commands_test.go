package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/internal/slackfake"
)

// commandsSeedPath is the reference readout, beside the repository.
const commandsSeedPath = "../../../shared/seed/japan-cambodia-summit-2022-03-20.txt"

// commandsConfig writes a configuration polling feed every second.
func commandsConfig(t *testing.T, feedURL, extra string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "readout.yaml")
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
  - channel: C0TESTVN1
    countries: [VN]
%s`, t.TempDir(), feedURL, extra)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// blockTexts is every text of a Block Kit JSON array, joined by newlines.
func blockTexts(t *testing.T, raw []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("decode blocks %s: %v", raw, err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				out = append(out, s)
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(v)
	return strings.Join(out, "\n")
}

// slash sends a command over Socket Mode and returns the ack's payload
// and how long the ack took.
func slash(t *testing.T, slk *slackfake.Server, channel, text string) (map[string]json.RawMessage, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	start := time.Now()
	ack, err := slk.SendSlashCommand(ctx, slackfake.SlashCommand{Command: "/readout", Text: text, ChannelID: channel, UserID: "U0ASKER"})
	took := time.Since(start)
	if err != nil {
		t.Fatalf("/readout %s: %v", text, err)
	}
	var p map[string]json.RawMessage
	if err := json.Unmarshal(ack.Payload, &p); err != nil {
		t.Fatalf("/readout %s: ack payload %s: %v", text, ack.Payload, err)
	}
	return p, took
}

// TestSlashCommandsEndToEnd is issue 4's acceptance over Socket Mode,
// against the real binary: the seed readout (in a clone without ../shared,
// testdata's summit of the same shape) is found by `/readout cambodia`
// with the older readout after it, acknowledged well within 3 seconds; `/readout subscribe
// cambodia` in C1 makes the next Cambodian readout go to C1 with its
// sections in the thread; a hostile item is posted with nothing live; after
// a disconnect the next command still works.
func TestSlashCommandsEndToEnd(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	base := time.Now().Add(-24 * time.Hour)
	seed, err := os.ReadFile(commandsSeedPath)
	haveSeed := err == nil
	if !haveSeed {
		// A clone without ../shared: a summit readout of the same shape
		// from testdata stands in for the seed.
		t.Logf("seed readout not available (%v): the lookup is checked on testdata's summit", err)
		if seed, err = os.ReadFile("testdata/japan-cambodia-summit.txt"); err != nil {
			t.Fatal(err)
		}
	}
	feed.add("seed", "Japan-Cambodia Summit Meeting", string(seed), base)
	feed.add("older", "Japan-Cambodia Vice-Ministerial Consultation",
		"On April 2, Vice-Minister Sato held a consultation with Secretary of State Chea Sophara of the Kingdom of Cambodia. The two sides reviewed progress on the Sihanoukville port project.", base.Add(-time.Hour))
	cfg := commandsConfig(t, feed.URL, "")
	env := []string{"SLACK_BOT_TOKEN=xoxb-test-token", "SLACK_APP_TOKEN=xapp-test-token", "SLACK_API_URL=" + slk.APIURL(),
		"READOUT_HTTP_ADDR=127.0.0.1:0", "READOUT_LOG_LEVEL=debug"}
	d := startDaemon(t, env, "serve", "--config", cfg)
	if err := slk.WaitConnected(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "two polls", func() bool { n, _ := feed.counts(); return n >= 2 })

	// (1) /readout cambodia answers in the ack, visible to the asker only.
	p, took := slash(t, slk, "C0ANYWHERE", "cambodia")
	t.Logf("/readout cambodia acked in %s", took.Round(time.Millisecond))
	if took > 3*time.Second {
		t.Errorf("/readout cambodia acked after %s, want within 3s", took)
	}
	if rt := string(p["response_type"]); rt != `"ephemeral"` {
		t.Errorf("response_type: got %s, want ephemeral", rt)
	}
	got := blockTexts(t, p["blocks"])
	want := []string{"Cambodia: the latest 2 readouts", "Japan-Cambodia Summit Meeting",
		"*Outset*: ", "*Bilateral relations*: ", "*Regional situation*: ",
		"Japan-Cambodia Vice-Ministerial Consultation"}
	if haveSeed {
		want = []string{"Cambodia: the latest 2 readouts", "Japan-Cambodia Summit Meeting",
			"*Outset*: Kishida paid respect to Hun Sen",
			"Important infrastructure development: Kishida: Japan will provide support to make the Sihanoukville Port",
			"Situation in Ukraine: Kishida highly appreciated",
			"Regional situation: Kishida: Japan contributes 150 million yen to the ACMECS Development Fund",
			"Japan-Cambodia Vice-Ministerial Consultation"}
	}
	rest := got
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("/readout cambodia lacks %q (in order):\n%s", w, got)
		}
		rest = rest[i+len(w):]
	}

	// (2) Subscribing C1 routes the next Cambodian readout there, with its
	// sections in the thread.
	p, _ = slash(t, slk, "C1", "subscribe cambodia")
	if rt := string(p["response_type"]); rt != `"in_channel"` || !strings.Contains(string(p["text"]), "Cambodia") {
		t.Fatalf("subscribe: got %s %s, want an in_channel confirmation", rt, p["text"])
	}
	title := "Japan-Cambodia Foreign Ministers' Meeting"
	feed.add("new", title, `On June 9, Foreign Minister Hayashi held a meeting with Deputy Prime Minister Prak Sokhonn, Minister of Foreign Affairs of the Kingdom of Cambodia, in Tokyo.

1. Bilateral relations

 The two ministers welcomed the progress of the Sihanoukville port expansion and agreed to cooperate on mine clearance.

2. Regional situation

 The two ministers exchanged views on the situation in Myanmar and agreed to cooperate toward the ASEAN Summit.`, time.Now())
	waitFor(t, 30*time.Second, "the new readout in C1 with its thread", func() bool {
		var parent, replies int
		for _, post := range slk.History("C1") {
			if post.ThreadTS == "" {
				parent++
			} else {
				replies++
			}
		}
		return parent >= 1 && replies >= 3 // the lead and two sections
	})
	var parentTS string
	for _, post := range slk.History("C1") {
		if post.ThreadTS == "" {
			if h := headerText(t, post); !strings.Contains(h, title) {
				t.Errorf("C1 parent header: got %q, want %q", h, title)
			}
			if post.Metadata == nil || post.Metadata.EventPayload["readout_id"] == nil {
				t.Errorf("C1 parent carries no readout_id metadata: %+v", post.Metadata)
			}
			parentTS = post.TS
		} else if post.ThreadTS != parentTS {
			t.Errorf("C1 reply threaded under %s, want %s", post.ThreadTS, parentTS)
		}
	}
	replies := ""
	for _, post := range slk.History("C1") {
		if post.ThreadTS != "" {
			replies += blockTexts(t, post.Blocks)
		}
	}
	for _, w := range []string{"Bilateral relations", "mine clearance", "Regional situation", "ASEAN Summit"} {
		if !strings.Contains(replies, w) {
			t.Errorf("C1 thread lacks %q:\n%s", w, replies)
		}
	}

	// (3) A hostile item is posted to C1 with nothing live.
	feed.add("evil", "Japan-Cambodia talks &lt;!channel&gt; @here &lt;@U123&gt; &lt;https://evil.example|bank&gt;",
		"On June 10, Minister Hayashi met the Minister of Foreign Affairs of the Kingdom of Cambodia. <!channel> @here <@U123> see <https://evil.example|bank> now. The two sides agreed to meet again.", time.Now())
	waitFor(t, 30*time.Second, "the hostile readout in C1", func() bool {
		for _, post := range slk.History("C1") {
			if strings.Contains(post.Text, "evil.example") {
				return true
			}
		}
		return false
	})
	for _, post := range slk.History("C1") {
		all := post.Text + "\n" + blockTexts(t, post.Blocks)
		for _, live := range []string{"<!channel>", "<@U123>", "<https://evil.example", "@here"} {
			if strings.Contains(all, live) {
				t.Errorf("post to C1 holds a live %q:\n%s", live, all)
			}
		}
	}

	// (4) After a disconnect, the next command still works; list shows
	// both kinds of subscription.
	if err := slk.Disconnect("refresh_requested"); err != nil {
		t.Fatal(err)
	}
	if err := slk.WaitConnected(t.Context(), 2); err != nil {
		t.Fatal(err)
	}
	p, _ = slash(t, slk, "C1", "list")
	if got := blockTexts(t, p["blocks"]); !strings.Contains(got, "Cambodia") {
		t.Errorf("list after reconnect: got %s, want Cambodia", got)
	}
	p, _ = slash(t, slk, "C0TESTVN1", "list")
	if got := blockTexts(t, p["blocks"]); !strings.Contains(got, "Vietnam _(from the configuration file") {
		t.Errorf("list of the configured channel: got %s, want Vietnam from the configuration file", got)
	}
	d.stop(t)
}

// TestSlashCommandsHTTPEndToEnd: in HTTP mode the daemon answers a
// correctly signed command on POST /slack/commands and refuses a wrong
// signature or a stale timestamp with 401.
func TestSlashCommandsHTTPEndToEnd(t *testing.T) {
	t.Parallel()
	feed := newFeedServer(t)
	slk := slackfake.New(t)
	feed.add("kh", "Japan-Cambodia Vice-Ministerial Consultation",
		"On April 2, Vice-Minister Sato held a consultation with Secretary of State Chea Sophara of the Kingdom of Cambodia.", time.Now().Add(-time.Hour))
	cfg := commandsConfig(t, feed.URL, "slack_mode: http\n")
	const secret = "e2e-signing-secret"
	env := []string{"SLACK_BOT_TOKEN=xoxb-test-token", "SLACK_SIGNING_SECRET=" + secret, "SLACK_API_URL=" + slk.APIURL(),
		"READOUT_HTTP_ADDR=127.0.0.1:0", "READOUT_LOG_LEVEL=debug"}
	d := startDaemon(t, env, "serve", "--config", cfg)
	addrRE := regexp.MustCompile(`"HTTP listener started","addr":"(127\.0\.0\.1:\d+)"|HTTP listener started" addr=(127\.0\.0\.1:\d+)`)
	var addr string
	waitFor(t, 20*time.Second, "the HTTP listener", func() bool {
		m := addrRE.FindStringSubmatch(d.out.String())
		if m != nil {
			addr = m[1] + m[2]
		}
		return addr != ""
	})
	waitFor(t, 20*time.Second, "two polls", func() bool { n, _ := feed.counts(); return n >= 2 })
	endpoint := "http://" + addr + "/slack/commands"

	reply, err := slk.PostSlashCommand(t.Context(), endpoint, secret, slackfake.SlashCommand{Command: "/readout", Text: "cambodia", ChannelID: "C1", UserID: "U1"})
	if err != nil {
		t.Fatal(err)
	}
	if reply.Status != http.StatusOK || !strings.Contains(string(reply.Body), "Japan-Cambodia Vice-Ministerial Consultation") {
		t.Errorf("signed command: got %d %s, want 200 and the readout", reply.Status, reply.Body)
	}

	body := url.Values{"command": {"/readout"}, "text": {"subscribe cambodia"}, "channel_id": {"C2"}, "user_id": {"U1"},
		"response_url": {slk.NewResponseURL()}}.Encode()
	post := func(ts time.Time, sig string) int {
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, endpoint, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		stamp := strconv.FormatInt(ts.Unix(), 10)
		if sig == "" {
			sig = bot.Sign(secret, stamp, []byte(body))
		}
		req.Header.Set("X-Slack-Request-Timestamp", stamp)
		req.Header.Set("X-Slack-Signature", sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post(time.Now(), bot.Sign("wrong-secret", strconv.FormatInt(time.Now().Unix(), 10), []byte(body))); got != http.StatusUnauthorized {
		t.Errorf("wrong signature: got %d, want 401", got)
	}
	if got := post(time.Now().Add(-6*time.Minute), ""); got != http.StatusUnauthorized {
		t.Errorf("6-minute-old timestamp: got %d, want 401", got)
	}
	if got := post(time.Now(), ""); got != http.StatusOK {
		t.Errorf("the same body correctly signed: got %d, want 200", got)
	}
	d.stop(t)
	if strings.Contains(d.out.String(), secret) {
		t.Errorf("the signing secret appears in the daemon's output")
	}
}

// TestSlackManifest checks the app manifest the README tells people to use.
func TestSlackManifest(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("../../slack-app-manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Display struct {
			Name        string `yaml:"name"`
			Description string `yaml:"description"`
		} `yaml:"display_information"`
		Features struct {
			SlashCommands []struct {
				Command     string `yaml:"command"`
				Description string `yaml:"description"`
				UsageHint   string `yaml:"usage_hint"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				BotEvents []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				IsEnabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketMode bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if n := len(m.Display.Name); n == 0 || n > 35 || len(m.Display.Description) > 140 {
		t.Errorf("display name %q or description too long for Slack", m.Display.Name)
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.IsEnabled {
		t.Errorf("socket mode %v, interactivity %v: want both on", m.Settings.SocketMode, m.Settings.Interactivity.IsEnabled)
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/readout" ||
		!containsAll(m.Features.SlashCommands[0].UsageHint, "subscribe", "topic:", "list", "digest", "pause", "resume") {
		t.Errorf("slash commands: got %+v, want /readout with a usage hint", m.Features.SlashCommands)
	}
	for _, scope := range []string{"chat:write", "channels:join", "commands", "channels:history", "groups:history"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, scope) {
			t.Errorf("bot scopes %v lack %s", m.OAuth.Scopes.Bot, scope)
		}
	}
	if !slices.Contains(m.Settings.Events.BotEvents, "app_home_opened") {
		t.Errorf("bot events %v lack app_home_opened", m.Settings.Events.BotEvents)
	}
}

// containsAll reports whether s contains every one of subs.
func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
