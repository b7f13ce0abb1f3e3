package config_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/readout"
)

// env returns a getenv over a fixed map, so tests never touch os.Setenv.
func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// writeFile writes content to name in a fresh temporary directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// sameConfig reports whether a and b are equal, comparing timezones by name
// (time.LoadLocation returns a fresh *Location each time).
func sameConfig(a, b config.Config) bool {
	name := func(l *time.Location) string {
		if l == nil {
			return "<nil>"
		}
		return l.String()
	}
	if name(a.Reminders.Location) != name(b.Reminders.Location) {
		return false
	}
	a.Reminders.Location, b.Reminders.Location = nil, nil
	return reflect.DeepEqual(a, b)
}

func mustParse(t *testing.T, yaml string) config.Config {
	t.Helper()
	c, err := config.Parse(strings.NewReader(yaml))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return c
}

// problems returns the problems of a *ValidationError, failing otherwise.
func problems(t *testing.T, err error) []config.Problem {
	t.Helper()
	var ve *config.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("got error %v (%T), want *config.ValidationError", err, err)
	}
	return ve.Problems
}

func TestDefault(t *testing.T) {
	c := config.Default()
	if err := c.Validate(); err != nil {
		t.Fatalf("Default().Validate() = %v, want nil", err)
	}
	if got, want := c.DBPath(), filepath.Join("data", "readout.db"); got != want {
		t.Errorf("DBPath() = %q, want %q", got, want)
	}
	if c.SlackEnabled() {
		t.Error("SlackEnabled() = true with no token, want false (console sink)")
	}
	if !c.BuiltinFeeds.On || len(c.Feeds) != 0 {
		t.Errorf("BuiltinFeeds, Feeds = %v, %v; want the built-in catalog only", c.BuiltinFeeds, c.Feeds)
	}
}

func TestLoadNothing(t *testing.T) {
	for name, getenv := range map[string]func(string) string{
		"nil getenv":   nil,
		"empty getenv": env(nil),
	} {
		t.Run(name, func(t *testing.T) {
			c, err := config.Load("", getenv)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !sameConfig(c, config.Default()) {
				t.Errorf("Load(\"\") = %+v, want Default() %+v", c, config.Default())
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "absent.yaml")
	_, err := config.Load(path, nil)
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v, want an error wrapping os.ErrNotExist", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the path", err)
	}
}

func TestParseFull(t *testing.T) {
	c, err := config.Load("testdata/full.yaml", nil)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	want := config.Config{
		DataDir:               "/var/lib/readout",
		PollSchedule:          "*/10 * * * *",
		BuiltinFeeds:          config.Builtin{On: true},
		PostLatestOnFirstPoll: 3,
		Feeds: []config.Feed{
			{ID: "kantei-en", URL: "https://japan.kantei.go.jp/index-e2.rdf",
				Publisher: "Prime Minister's Office of Japan", Country: "JP", Language: "en",
				Schedule: "@every 10m", Enabled: true},
			{ID: "mofa-kr-press", URL: "https://www.mofa.go.kr/www/brd/rss.do?brdId=235",
				Publisher: "Ministry of Foreign Affairs, Republic of Korea", Country: "KR", Language: "ko",
				FetchArticle: true, Enabled: true},
			{ID: "whitehouse-briefings", Enabled: false},
		},
		Subscriptions: []config.Subscription{
			{Channel: "C0SEASIA01", Countries: []string{"KH", "LA", "VN"}, Timezone: "Asia/Phnom_Penh"},
			{Channel: "G0KOREADESK", Feeds: []string{"mofa-kr-press"}, Countries: []string{"KR", "KP"},
				Topics: []string{"north-korea", "Security", "rare earths"}, ExcludeTopics: []string{"trade"}, Mentions: true},
		},
		HTTPAddr:              ":9090",
		LogLevel:              config.Level(slog.LevelDebug),
		LogFormat:             config.LogFormatJSON,
		SlackAPIURL:           "http://127.0.0.1:9999/api/",
		SlackMode:             config.SlackModeHTTP,
		Admins:                []string{"U0ALICE01", "W0BOB0002"},
		AdminChannel:          "C0OPSALERTS",
		FeedFailureAlertAfter: 0,
		UserAgent:             "newsroom-readout/2.1 (ops@example.org)",
		MaxFeedBytes:          2 << 20,
		FetchTimeout:          90 * time.Second,
		HostInterval:          time.Second,
		AllowPrivateAddresses: true,
		MemoryLimit:           54 << 20,
		Delivery:              config.Delivery{PerChannelBurst: 3, MaxConcurrent: 8, RetryInitial: 30 * time.Second, RetryMax: 30 * time.Minute},
		Reminders: config.Reminders{Schedule: "30 8 * * 1-5", Timezone: "Asia/Tokyo", Location: tokyo,
			OffsetsDays: []int{14, 1}, EveryYear: true},
	}
	if !sameConfig(c, want) {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
	loc, err := c.Subscriptions[0].Location()
	if err != nil || loc.String() != "Asia/Phnom_Penh" {
		t.Errorf("Subscriptions[0].Location() = %v, %v; want Asia/Phnom_Penh", loc, err)
	}
	if loc, err := c.Subscriptions[1].Location(); loc != nil || err != nil {
		t.Errorf("Subscriptions[1].Location() = %v, %v; want nil, nil", loc, err)
	}
	// The domain form holds the topics as subscriptions store them.
	wantFilter := readout.Filter{Topics: []string{"north korea", "security", `"rare earths"`}, ExcludeTopics: []string{"economy"}, Mentions: true}
	if got := c.Subscriptions[1].Readout().Filter; !got.Equal(wantFilter) {
		t.Errorf("Subscriptions[1].Readout().Filter = %+v, want %+v", got, wantFilter)
	}
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		check func(config.Config) string // returns a failure, or ""
	}{
		{"empty file", "", func(c config.Config) string { return diffDefault(c) }},
		{"comments only", "# nothing here\n\n", func(c config.Config) string { return diffDefault(c) }},
		{"empty mapping", "{}\n", func(c config.Config) string { return diffDefault(c) }},
		{"null sections", "feeds:\nsubscriptions:\ndelivery:\nreminders:\n",
			func(c config.Config) string { return diffDefault(c) }},
		{"minimal subscription", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n",
			func(c config.Config) string {
				if len(c.Subscriptions) != 1 || c.Subscriptions[0].Countries[0] != "KH" {
					return "subscription not decoded"
				}
				return ""
			}},
		{"digest in the subscription's timezone", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    timezone: Asia/Phnom_Penh\n    digest: weekly Mon 08:30\n",
			func(c config.Config) string {
				sch, err := c.Subscriptions[0].DigestSchedule()
				if err != nil || sch.String() != "weekly mon 08:30 Asia/Phnom_Penh" {
					return fmt.Sprintf("DigestSchedule() = %q, %v; want weekly mon 08:30 Asia/Phnom_Penh", sch.String(), err)
				}
				return ""
			}},
		{"language defaults to en with url", "feeds:\n  - id: a\n    url: https://example.org/rss\n",
			func(c config.Config) string {
				if got := c.Feeds[0].Language; got != "en" {
					return "Language = " + got + ", want en"
				}
				if !c.Feeds[0].Enabled {
					return "Enabled = false, want true by default"
				}
				return ""
			}},
		{"no language default without url", "feeds:\n  - id: builtin-one\n    enabled: false\n",
			func(c config.Config) string {
				if got := c.Feeds[0].Language; got != "" {
					return "Language = " + got + ", want empty"
				}
				return ""
			}},
		{"country upper-cased", "feeds:\n  - {id: a, url: 'https://example.org/', country: kh}\n",
			func(c config.Config) string {
				if got := c.Feeds[0].Country; got != "KH" {
					return "Country = " + got + ", want KH"
				}
				return ""
			}},
		{"slack_api_url gains a slash", "slack_api_url: https://slack.example.org/api\n",
			func(c config.Config) string {
				if got := c.SlackAPIURL; got != "https://slack.example.org/api/" {
					return "SlackAPIURL = " + got
				}
				return ""
			}},
		{"anchors and aliases", "poll_schedule: &s \"@every 15m\"\nreminders:\n  schedule: *s\n",
			func(c config.Config) string {
				if c.PollSchedule != "@every 15m" || c.Reminders.Schedule != "@every 15m" {
					return "alias not resolved: " + c.PollSchedule + " / " + c.Reminders.Schedule
				}
				return ""
			}},
		{"cron with timezone prefix", "poll_schedule: \"CRON_TZ=Asia/Tokyo 0 9 * * *\"\n",
			func(c config.Config) string {
				if c.PollSchedule != "CRON_TZ=Asia/Tokyo 0 9 * * *" {
					return "PollSchedule = " + c.PollSchedule
				}
				return ""
			}},
		{"log level any case, warning alias", "log_level: Warning\n",
			func(c config.Config) string {
				if c.LogLevel.Level() != slog.LevelWarn {
					return "LogLevel = " + c.LogLevel.String()
				}
				return ""
			}},
		{"empty offsets", "reminders:\n  offsets_days: []\n",
			func(c config.Config) string {
				if len(c.Reminders.OffsetsDays) != 0 {
					return "offsets not emptied"
				}
				return ""
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, tt.yaml)
			if msg := tt.check(c); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func diffDefault(c config.Config) string {
	if !sameConfig(c, config.Default()) {
		return "config differs from Default()"
	}
	return ""
}

// TestParseEveryProblem checks that one file with a mistake at nearly every
// key reports all of them, in file order, each with its key and line.
func TestParseEveryProblem(t *testing.T) {
	_, err := config.Load("testdata/invalid.yaml", nil)
	want := []struct {
		key  string
		line int
		msg  string // a fragment of the message
	}{
		{"data_dir", 2, "must not be empty"},
		{"poll_schedule", 3, `invalid cron spec "every five minutes"`},
		{"builtin_feeds", 4, `must be true, false, all, or a list of built-in source IDs and country codes such as [jp-mofa, KH], got "yes"`},
		{"post_latest_on_first_poll", 5, "must be 0 or more"},
		{"feeds[0].id", 7, "lower-case letters"},
		{"feeds[0].url", 8, "http or https URL"},
		{"feeds[0].country", 9, `got "JPN"`},
		{"feeds[0].language", 10, "language tag"},
		{"feeds[0].schedule", 11, `invalid cron spec "61 * * * *"`},
		{"feeds[1].id", 12, "must not be empty"},
		{"feeds[3].id", 16, `duplicate id "dup", also feeds[2]`},
		{"feeds[3].colour", 18, "unknown key"},
		{"feeds[4].url", 19, "is required when publisher"},
		{"feeds[5]", 21, "must be a mapping"},
		{"subscriptions[0].channel", 23, `got "general"`},
		{"subscriptions[0].countries[0]", 24, `got "KHM"`},
		{"subscriptions[0].countries[1]", 24, `got "K1"`},
		{"subscriptions[0].feeds[0]", 25, "must be a feed id"},
		{"subscriptions[0].timezone", 26, "unknown timezone"},
		{"subscriptions[1]", 27, "needs countries or feeds"},
		{"subscriptions[2].channel", 28, "duplicate channel C0123456789, also subscriptions[1]"},
		{"subscriptions[2].countries", 29, "must be a list"},
		{"http_addr", 30, "must be host:port"},
		{"log_level", 31, `got "verbose"`},
		{"log_format", 32, `got "xml"`},
		{"slack_api_url", 33, "http or https URL"},
		{"slack_mode", 34, `got "rtm"`},
		{"admins[0]", 35, "Slack user ID"},
		{"admin_channel", 36, "Slack channel ID"},
		{"feed_failure_alert_after", 37, "got -2"},
		{"user_agent", 38, "must not contain control characters"},
		{"max_feed_bytes", 39, "must be positive"},
		{"fetch_timeout", 40, "must be a duration"},
		{"allow_private_addresses", 41, "must be true or false"},
		{"delivery.per_channel_burst", 43, "must be 1 or more"},
		{"delivery.max_concurrent", 44, "must be an integer"},
		{"reminders.schedule", 46, "at least 1s"},
		{"reminders.timezone", 47, "unknown timezone"},
		{"reminders.offsets_days[1]", 48, "got -1"},
		{"reminders.offsets_days[2]", 48, "duplicate offset 7, also at offsets_days[0]"},
		{"slack_bot_token", 50, "SLACK_BOT_TOKEN"},
		{"pol_schedule", 51, `did you mean "poll_schedule"`},
	}
	got := problems(t, err)
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(got):
			t.Errorf("problem %d: missing, want %s (line %d)", i, want[i].key, want[i].line)
		case i >= len(want):
			t.Errorf("problem %d: unexpected %v", i, got[i])
		case got[i].Key != want[i].key || got[i].Line != want[i].line || !strings.Contains(got[i].Message, want[i].msg):
			t.Errorf("problem %d: got %v, want %s: …%s… (line %d)", i, got[i], want[i].key, want[i].msg, want[i].line)
		}
	}
	if strings.Contains(err.Error(), "xoxb-should-not-be-here") {
		t.Error("error message repeats the token written in the file")
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != len(got) {
		t.Errorf("Error() has %d lines, want one per problem (%d)", n, len(got))
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string // the whole Error()
	}{
		{"syntax error keeps its line", "data_dir: ./data\n  http_addr: x\n",
			"config: invalid YAML: mapping values are not allowed in this context (line 2)"},
		{"syntax error further down", "data_dir: ./data\nfeeds:\n  - id: a\n    url: x\n  bad\n",
			"config: invalid YAML: could not find expected ':' (line 5)"},
		{"tab indentation", "delivery:\n\tmax_concurrent: 2\n",
			"config: invalid YAML: found character that cannot start any token (line 2)"},
		{"two documents", "data_dir: a\n---\ndata_dir: b\n",
			"config: must hold one YAML document; another starts here (line 2)"},
		{"not a mapping", "- data_dir\n",
			"config: must be a mapping of keys to values (line 1)"},
		{"duplicate key", "data_dir: a\nlog_level: info\ndata_dir: b\n",
			"config: data_dir: duplicate key, first set on line 1 (line 3)"},
		{"section of wrong type", "delivery: fast\n",
			"config: delivery: must be a mapping of keys to values (line 1)"},
		{"list of wrong type", "feeds: kantei\n",
			"config: feeds: must be a list (line 1)"},
		{"string of wrong type", "data_dir: [a, b]\n",
			"config: data_dir: must be a string (line 1)"},
		{"unknown nested key with suggestion", "reminders:\n  offset_days: [1]\n",
			`config: reminders.offset_days: unknown key (did you mean "offsets_days"?) (line 2)`},
		{"cron spec that never fires", "poll_schedule: \"0 0 30 2 *\"\n",
			`config: poll_schedule: cron spec "0 0 30 2 *" never fires (line 1)`},
		{"malformed TZ prefix does not panic", "poll_schedule: \"TZ=UTC\"\n",
			`config: poll_schedule: invalid cron spec "TZ=UTC" (line 1)`},
		{"negative @every", "poll_schedule: \"@every -5m\"\n",
			`config: poll_schedule: invalid cron spec "@every -5m": @every needs a duration of at least 1s (line 1)`},
		{"seconds field rejected", "poll_schedule: \"0 */5 * * * *\"\n",
			`config: poll_schedule: invalid cron spec "0 */5 * * * *": expected exactly 5 fields, found 6: [0 */5 * * * *] (line 1)`},
		{"negative duration", "fetch_timeout: -5s\n",
			"config: fetch_timeout: must be positive, got -5s (line 1)"},
		{"url with credentials", "feeds:\n  - id: a\n    url: ftp://user:pw@example.org/rss\n",
			"config: feeds[0].url: must not contain a user name or password (line 3)"},
		{"unparsable url is not echoed", "feeds:\n  - id: a\n    url: \"https://user:p%zz@example.org\"\n",
			"config: feeds[0].url: must be an absolute http or https URL; it does not parse (line 3)"},
		{"relative url", "feeds:\n  - id: a\n    url: /rss.xml\n",
			`config: feeds[0].url: must be an absolute http or https URL, got "/rss.xml" (line 3)`},
		{"port out of range", "http_addr: 127.0.0.1:70000\n",
			`config: http_addr: port must be a number from 0 to 65535, got "70000" (line 1)`},
		{"misspelt topic", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    topics: [security, securty]\n",
			`config: subscriptions[0].topics[1]: unknown topic "securty": did you mean "security"? (to look for the word itself, quote it inside the YAML string: '"securty"') (line 4)`},
		{"misspelt excluded topic", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    exclude_topics:\n      - tarde\n",
			`config: subscriptions[0].exclude_topics[0]: unknown topic "tarde": did you mean "trade" (economy)? (to look for the word itself, quote it inside the YAML string: '"tarde"') (line 5)`},
		{"empty topic", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    topics: [\"\"]\n",
			`config: subscriptions[0].topics[0]: empty topic (line 4)`},
		{"digest at 25:00", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    digest: daily 25:00\n",
			`config: subscriptions[0].digest: "25:00" is not a time of day: write HH:MM from 00:00 to 23:59, e.g. 09:00 (line 4)`},
		{"digest on funday", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    digest: weekly funday 08:30\n",
			`config: subscriptions[0].digest: "funday" is not a day of the week: use mon, tue, wed, thu, fri, sat or sun, e.g. "weekly mon 08:30 Europe/Paris" (line 4)`},
		{"digest in an unknown zone", "subscriptions:\n  - channel: C0123456789\n    countries: [KH]\n    digest: daily 09:00 Mars/Olympus\n",
			`config: subscriptions[0].digest: "Mars/Olympus" is not a time zone I know: use an IANA name such as Asia/Tokyo, Europe/Paris or UTC (line 4)`},
		{"mentions without countries", "subscriptions:\n  - channel: C0123456789\n    feeds: [a]\n    mentions: true\n",
			`config: subscriptions[0].mentions: applies to countries, and this subscription has none (line 4)`},
		{"yes is not a boolean", "builtin_feeds: yes\n",
			`config: builtin_feeds: must be true, false, all, or a list of built-in source IDs and country codes such as [jp-mofa, KH], got "yes" (line 1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.Parse(strings.NewReader(tt.yaml))
			if err == nil {
				t.Fatalf("Parse succeeded, want error %q", tt.want)
			}
			problems(t, err)
			if got := err.Error(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestValidateZeroConfig(t *testing.T) {
	err := config.Config{}.Validate()
	ps := problems(t, err)
	keys := make(map[string]bool)
	for _, p := range ps {
		keys[p.Key] = true
		if p.Line != 0 {
			t.Errorf("Validate problem %v has a line; only Load and Parse know lines", p)
		}
	}
	for _, k := range []string{"data_dir", "poll_schedule", "http_addr", "log_format", "slack_api_url",
		"slack_mode", "max_feed_bytes", "fetch_timeout", "delivery.per_channel_burst",
		"delivery.max_concurrent", "reminders.schedule", "reminders.timezone"} {
		if !keys[k] {
			t.Errorf("zero Config: no problem for %s; got %v", k, err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := config.Load("testdata/full.yaml", env(nil)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadInvalid(b *testing.B) {
	for b.Loop() {
		if _, err := config.Load("testdata/invalid.yaml", env(nil)); err == nil {
			b.Fatal("no error")
		}
	}
}

// TestUnknownCountryCodeRefused is issue 19's item 14: `countries: [XX]`
// (well-formed, but no country) was accepted silently, and the channel
// never got a readout. It is refused, naming the key and the line.
func TestUnknownCountryCodeRefused(t *testing.T) {
	_, err := config.Parse(strings.NewReader("subscriptions:\n  - channel: C0123456789\n    countries: [KH, XX]\nfeeds:\n  - {id: a, url: 'https://example.org/rss', country: QQ}\n"))
	got := problems(t, err)
	want := []config.Problem{
		{Key: "subscriptions[0].countries[1]", Line: 3, Message: `unknown country code "XX" (ISO 3166-1 alpha-2, such as KH, or an organisation's such as EU)`},
		{Key: "feeds[0].country", Line: 5, Message: `unknown country code "QQ" (ISO 3166-1 alpha-2, such as JP, or an organisation's such as EU)`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

// Readouts make the EU and NATO sides of a meeting (the EU Council's
// calls, the NATO Secretary General's meetings): a channel may follow
// them, and a feed of the EU's may name it as its publisher's side. An
// organisation's name is no code and is refused, as a country's is.
func TestOrganisationCodesAccepted(t *testing.T) {
	if _, err := config.Parse(strings.NewReader("subscriptions:\n  - channel: C0123456789\n    countries: [EU, NATO, UN, KH]\nfeeds:\n  - {id: a, url: 'https://example.org/rss', country: EU}\n")); err != nil {
		t.Fatalf("organisation codes refused: %v", err)
	}
	_, err := config.Parse(strings.NewReader("subscriptions:\n  - channel: C0123456789\n    countries: [eu, European Union]\n"))
	if got := problems(t, err); len(got) != 1 || got[0].Key != "subscriptions[0].countries[1]" {
		t.Errorf("got %v, want the name refused", got)
	}
}

// TestCronStepBeyondRangeRefused is issue 19's item 14: `*/61 * * * *` was
// accepted, and robfig/cron then fires at minute 0 only. A step no larger
// than its field's range is required, with the key and line named.
func TestCronStepBeyondRangeRefused(t *testing.T) {
	for _, tt := range []struct{ spec, key, frag string }{
		{"*/61 * * * *", "poll_schedule", "the minute step /61 is larger than its range 0-59 allows"},
		{"0 */24 * * *", "poll_schedule", "the hour step /24 is larger than its range 0-23 allows"},
		{"0 9 1-5/5 * *", "poll_schedule", "the day of month step /5 is larger than its range 1-5 allows"},
	} {
		_, err := config.Parse(strings.NewReader("builtin_feeds: true\npoll_schedule: \"" + tt.spec + "\"\n"))
		got := problems(t, err)
		if len(got) != 1 || got[0].Key != tt.key || got[0].Line != 2 || !strings.Contains(got[0].Message, tt.frag) {
			t.Errorf("%q: got %v, want %s (line 2): …%s…", tt.spec, got, tt.key, tt.frag)
		}
	}
	for _, spec := range []string{"*/59 * * * *", "*/30 * * * *", "0 */12 * * *", "0 9 * * 1-5", "5-55/10 * * * *", "@every 61m"} {
		if _, err := config.Parse(strings.NewReader("poll_schedule: \"" + spec + "\"\n")); err != nil {
			t.Errorf("%q refused: %v", spec, err)
		}
	}
}

// TestTypeErrorsAllReported is issue 16's item 3: yaml's decoder reports
// every unknown key and ill-typed value of a file in one error; each
// becomes a problem naming its key and line, also inside lists and flow
// mappings.
func TestTypeErrorsAllReported(t *testing.T) {
	src := `feeds:
  - id: a
    url: https://example.org/rss
    enabeld: true
    fetch_article: maybe
  - {id: b, url: 'https://example.org/b', scedule: "@hourly"}
delivery:
  retry_initial: soon
  max_concurrent: [1]
reminders:
  offsets_days: [1, two]
`
	_, err := config.Parse(strings.NewReader(src))
	got := problems(t, err)
	want := []config.Problem{
		{Key: "feeds[0].enabeld", Line: 4, Message: `unknown key (did you mean "enabled"?)`},
		{Key: "feeds[0].fetch_article", Line: 5, Message: `must be true or false, got "maybe"`},
		{Key: "feeds[1].scedule", Line: 6, Message: `unknown key (did you mean "schedule"?)`},
		{Key: "delivery.retry_initial", Line: 8, Message: `must be a duration such as "20s" or "1m30s", got "soon"`},
		{Key: "delivery.max_concurrent", Line: 9, Message: "must be an integer"},
		{Key: "reminders.offsets_days[1]", Line: 11, Message: `must be an integer, got "two"`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
}
