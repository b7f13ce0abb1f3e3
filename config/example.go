package config

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// exampleFeeds and exampleSubscriptions are the commented-out samples of
// Example; tests check that they parse.
const exampleFeeds = `feeds:
  - id: kantei-en                 # unique: lower-case letters, digits, . - _
    url: https://japan.kantei.go.jp/index-e2.rdf
    publisher: Prime Minister's Office of Japan
    country: JP                   # the publisher's own country (ISO 3166-1)
    language: en                  # BCP 47 tag; default en
    schedule: "@every 10m"        # optional: overrides poll_schedule
    fetch_article: true           # fetch the linked page when items are teasers
    enabled: true                 # default true
  # A ministry without a feed: its HTML list of press releases, read with
  # CSS selectors (` + "`readout feeds add URL`" + ` proposes them).
  - id: ph-dfa
    url: https://dfa.gov.ph/dfa-news/dfa-releasesupdate
    publisher: Department of Foreign Affairs of the Philippines
    country: PH
    kind: listing                 # feed (RSS, RDF, Atom, JSON Feed; default) or listing
    listing:
      item: "#adminForm table tbody tr"   # one element per press release
      link: a                     # within it; default: its first link
      title: a                    # default: the link's text
      date: td.list-date          # its datetime or text; default: none
      date_layout: 02.01.2006     # Go layout; default: common layouts
    user_agent: browser           # optional: this source's user agent; browser for sites that refuse bots
  # An entry without url adjusts the built-in feed with that id
  # (see ` + "`readout feeds`" + `): enabled, schedule, fetch_article.
  - id: whitehouse-news
    enabled: false
`

const exampleSubscriptions = `subscriptions:
  - channel: C0123456789          # Slack channel ID
    countries: [KH, LA]           # readouts in which one of these is a party
    feeds: [kantei-en]            # or everything from these feeds
    timezone: Asia/Phnom_Penh     # optional: dates and reminders for this channel
    # Optional filters. topics: only readouts about one of these, built-in
    # topics (` + "`/readout topics`" + ` lists them) or keywords; exclude_topics: none
    # about these; mentions: also readouts that only mention a country.
    topics: [security, infrastructure, "rare earths"]
    exclude_topics: [trade]
    mentions: true
    # Optional: one message a day or a week instead of each readout, in
    # timezone unless it names its own (daily 09:00 Asia/Tokyo). From
    # Slack: /readout digest, /readout pause [for 7d], /readout resume.
    digest: weekly mon 08:30
`

// Example returns a commented configuration file that sets every key to its
// default (`readout config example`). Feeds and subscriptions are empty by
// default; commented samples show their keys.
func Example() string {
	var b strings.Builder
	b.WriteString(`# readout configuration. Every key is optional; the values below are the
# defaults. Environment variables win over this file.
#
# Slack credentials are never read from this file. Set them in the
# environment, or name a file holding each with the _FILE variant:
#   SLACK_BOT_TOKEN (xoxb-...)  without it, posts go to the console sink
#   SLACK_APP_TOKEN (xapp-...)  needed for /readout commands when slack_mode is socket
#   SLACK_SIGNING_SECRET        needed when slack_mode is http

# Where the database lives; relative to the working directory.
# Env READOUT_DATA_DIR wins.
data_dir: ./data

# When feeds are polled: any robfig/cron spec, five fields or a descriptor
# such as "@hourly" or "@every 5m".
poll_schedule: "@every 5m"

# true: poll the built-in sources that were seen working recently, as well
# as the feeds below. false: only the feeds below. all: the whole catalog.
# A list turns on more by ID or country, e.g. [jp-mofa, kh-mfaic] or [KH]
# (` + "`readout feeds catalog`" + ` lists them).
builtin_feeds: true

# On a feed's first successful poll, post its newest N items; the others
# are only recorded as seen. 0 posts nothing until new items appear.
post_latest_on_first_poll: 0

# Feeds to add to the catalog, replace in it (same id, with url) or adjust.
feeds: []
`)
	b.WriteString(commentOut(exampleFeeds))
	b.WriteString(`
# Channels and what they receive.
subscriptions: []
`)
	b.WriteString(commentOut(exampleSubscriptions))
	b.WriteString(`
# HTTP listener: admin endpoint, health check, Slack requests in http mode.
# Env READOUT_HTTP_ADDR wins.
http_addr: 127.0.0.1:8080

# debug, info, warn or error. Env READOUT_LOG_LEVEL wins.
log_level: info

# auto (text on a terminal, JSON otherwise), text or json.
log_format: auto

# Base URL of Slack's Web API; point tests or staging at another server.
# Env SLACK_API_URL wins.
slack_api_url: https://slack.com/api/

# socket (Socket Mode, needs SLACK_APP_TOKEN) or http (request URLs,
# needs SLACK_SIGNING_SECRET).
slack_mode: socket

# Slack user IDs allowed to subscribe, unsubscribe and add anniversaries.
# Empty: everyone. Example: [U0123456789, U0987654321]
admins: []

# Channel ID for feed-failure alerts; empty sends none.
admin_channel: ""

# Alert after this many consecutive failures of one feed; 0 never alerts.
feed_failure_alert_after: 5

# Sent with every feed and article request; empty sends the built-in one,
# which looks like a browser (some ministries refuse bots) and names the bot.
user_agent: ""

# Largest feed or article body read, in bytes (10 MiB).
max_feed_bytes: 10485760

# Time limit of one feed or article request.
fetch_timeout: 20s

# Least time between two requests to one host: a host's feed and article
# requests go one at a time, this far apart.
host_interval: 1s

# Allow fetching from loopback, private and link-local addresses.
allow_private_addresses: false

# How long readouts are kept, by publication date: years, months, weeks or
# days (5y, 18mo, 8w, 90d), pruned daily; 0 keeps every readout.
# ` + "`readout compact`" + ` then gives the space back to the disk.
retention: 0

# Soft limit on the memory the daemon's Go runtime holds (54MiB, 1GiB; 0 for
# none): near it garbage is collected sooner and freed memory goes back to
# the system. The GOMEMLIMIT environment variable wins when set.
memory_limit: 54MiB

# Posting to Slack: messages sent to one channel at once before pacing at
# about one a second, channels posted to in parallel, and the wait after a
# failed post (doubling from retry_initial up to retry_max; a rate limit
# waits as long as Slack asks).
delivery:
  per_channel_burst: 1
  max_concurrent: 4
  retry_initial: 30s
  retry_max: 30m

# Anniversary reminders: when the reminder run happens (cron spec, in
# timezone), how many days before an anniversary to remind, and whether
# every anniversary is announced each year or only round ones.
reminders:
  schedule: "0 9 * * *"
  timezone: UTC
  offsets_days: [30, 7, 0]
  every_year: false
`)
	return b.String()
}

// commentOut prefixes every line of s with "# ".
func commentOut(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("# "+l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}

// YAML formats c as a configuration file (`readout config check`), followed
// by comments saying which Slack credentials are set, redacted.
func (c Config) YAML() ([]byte, error) {
	var doc yaml.Node
	if err := doc.Encode(c); err != nil {
		return nil, fmt.Errorf("config: encode yaml: %w", err)
	}
	shortDurations(&doc, reflect.ValueOf(c))
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("config: encode yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("config: encode yaml: %w", err)
	}
	buf.WriteString("# Slack credentials (environment only):\n")
	for _, s := range []struct {
		name string
		v    Secret
	}{
		{EnvSlackBotToken, c.SlackBotToken},
		{EnvSlackAppToken, c.SlackAppToken},
		{EnvSlackSigningSecret, c.SlackSigningSecret},
	} {
		state := "not set"
		if s.v != "" {
			state = s.v.String()
		}
		fmt.Fprintf(&buf, "#   %s: %s\n", s.name, state)
	}
	return buf.Bytes(), nil
}

// shortDurations rewrites the durations in n, the encoding of v, without
// the zero units yaml's encoder (time.Duration.String) writes: "5m", not
// "5m0s". It follows v's yaml tags.
func shortDurations(n *yaml.Node, v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeFor[time.Duration]():
		if n.Kind == yaml.ScalarNode {
			n.Value = formatDuration(time.Duration(v.Int()))
		}
	case v.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		for i := range v.NumField() {
			name := yamlName(v.Type().Field(i))
			for k := 0; name != "" && k+1 < len(n.Content); k += 2 {
				if n.Content[k].Value == name {
					shortDurations(n.Content[k+1], v.Field(i))
				}
			}
		}
	case v.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		for i := 0; i < v.Len() && i < len(n.Content); i++ {
			shortDurations(n.Content[i], v.Index(i))
		}
	}
}

// formatDuration prints whole hours and minutes without the trailing zero
// units time.Duration.String adds ("5m", not "5m0s").
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
