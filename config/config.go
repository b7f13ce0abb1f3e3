// Package config builds the daemon's one Config from defaults, an optional
// YAML file and environment variables, in that order of precedence (the
// environment wins), and validates it with errors that name the offending key.
//
// Slack tokens are read only from the environment (SLACK_BOT_TOKEN,
// SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, or the same names with _FILE naming a
// file that holds the value). They are held as [Secret] values, which never
// print, marshal or log their content.
//
// Paths: a relative data_dir, whether from the file or from READOUT_DATA_DIR,
// is relative to the process's working directory, not to the file.
//
// Feed references: the built-in feed catalog lives in package feeds, which
// this package does not import. [Config.Validate] checks everything it can
// without the catalog; [Config.ResolveFeeds] takes the catalog, merges the
// file's feeds into it and checks every feed id the file names.
//
// Every error from [Load] and [Parse] means the configuration is unusable;
// the daemon reports it and exits with status 2.
package config

import (
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"time"

	// Timezones must load on minimal images (distroless, scratch) that ship
	// no zoneinfo; embedding the database costs about 450 kB.
	_ "time/tzdata"

	"github.com/readout-bot/readout/digest"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/topics"
)

// Log formats accepted by log_format.
const (
	LogFormatAuto = "auto" // text on a terminal, JSON otherwise
	LogFormatText = "text"
	LogFormatJSON = "json"
)

// Slack connection modes accepted by slack_mode.
const (
	SlackModeSocket = "socket" // Socket Mode: needs SLACK_APP_TOKEN
	SlackModeHTTP   = "http"   // HTTP request URLs: needs SLACK_SIGNING_SECRET
)

// DBFile is the name of the bbolt database inside the data directory.
const DBFile = "readout.db"

// Config is the daemon's whole configuration. The zero value is not valid;
// start from [Default] or [Load].
//
// The struct is the file's schema: each field's yaml tag is its key, and
// the decoder (yaml's, with unknown keys refused) knows no other list of
// keys. Fields tagged "-" never come from the file.
type Config struct {
	// DataDir holds the database. Relative paths are relative to the
	// working directory. Env: READOUT_DATA_DIR.
	DataDir string `yaml:"data_dir"`
	// PollSchedule is the robfig/cron spec on which feeds are polled,
	// unless a feed overrides it.
	PollSchedule string `yaml:"poll_schedule"`
	// BuiltinFeeds selects the built-in sources polled besides the file's
	// feeds: the default ones, none, all, or the default ones and those
	// named (see [Builtin]).
	BuiltinFeeds Builtin `yaml:"builtin_feeds"`
	// PostLatestOnFirstPoll is how many of a feed's newest items are posted
	// on its first successful poll; the rest are only recorded.
	PostLatestOnFirstPoll int `yaml:"post_latest_on_first_poll"`
	// Feeds adds feeds, replaces built-in ones with the same id, or adjusts
	// built-in ones (see [Config.ResolveFeeds]).
	Feeds []Feed `yaml:"feeds"`
	// Subscriptions route readouts to Slack channels.
	Subscriptions []Subscription `yaml:"subscriptions"`

	// HTTPAddr is the host:port of the HTTP listener (admin endpoint, Slack
	// requests in HTTP mode). Env: READOUT_HTTP_ADDR.
	HTTPAddr string `yaml:"http_addr"`
	// LogLevel is one of slog's four levels. Env: READOUT_LOG_LEVEL.
	LogLevel Level `yaml:"log_level"`
	// LogFormat is LogFormatAuto, LogFormatText or LogFormatJSON.
	LogFormat string `yaml:"log_format"`

	// SlackAPIURL is the base URL of Slack's Web API, always ending in "/".
	// Env: SLACK_API_URL.
	SlackAPIURL string `yaml:"slack_api_url"`
	// SlackMode is SlackModeSocket or SlackModeHTTP.
	SlackMode string `yaml:"slack_mode"`
	// Admins are the Slack user IDs allowed to change subscriptions and
	// anniversaries; empty means everyone.
	Admins []string `yaml:"admins,flow"`
	// AdminChannel receives feed-failure alerts; "" sends none.
	AdminChannel string `yaml:"admin_channel"`
	// FeedFailureAlertAfter is the number of consecutive failures of a feed
	// that triggers an alert; 0 never alerts.
	FeedFailureAlertAfter int `yaml:"feed_failure_alert_after"`

	// UserAgent, when set, is sent with every feed and article request in
	// place of the fetcher's browser-like default (feeds.DefaultUserAgent).
	UserAgent string `yaml:"user_agent"`
	// MaxFeedBytes caps the size of a fetched feed or article body.
	MaxFeedBytes int64 `yaml:"max_feed_bytes"`
	// FetchTimeout bounds one feed or article request.
	FetchTimeout time.Duration `yaml:"fetch_timeout"`
	// HostInterval is the least time between two requests to one host;
	// a host's feed and article requests go one at a time.
	HostInterval time.Duration `yaml:"host_interval"`
	// AllowPrivateAddresses permits fetching from loopback, private and
	// link-local addresses (tests, intranets).
	AllowPrivateAddresses bool `yaml:"allow_private_addresses"`

	// Retention is how long readouts are kept (by publication date),
	// pruned daily; the zero value keeps every readout.
	Retention Retention `yaml:"retention"`

	// MemoryLimit is the soft limit `readout serve` sets on the memory
	// the Go runtime holds (runtime/debug.SetMemoryLimit): near it the
	// collector runs sooner and gives freed memory back to the system
	// at once, where by default the heap may grow to twice what is live
	// and freed pages are returned slowly. 0 sets no limit; the
	// GOMEMLIMIT environment variable, when set, wins.
	MemoryLimit MemoryLimit `yaml:"memory_limit"`

	// Delivery paces posting to Slack.
	Delivery Delivery `yaml:"delivery"`
	// Reminders schedules anniversary reminders.
	Reminders Reminders `yaml:"reminders"`

	// SlackBotToken ("xoxb-…") enables posting to Slack; without it posts go
	// to the console sink. Env only: SLACK_BOT_TOKEN or SLACK_BOT_TOKEN_FILE.
	SlackBotToken Secret `yaml:"-"`
	// SlackAppToken ("xapp-…") is needed in Socket Mode. Env only:
	// SLACK_APP_TOKEN or SLACK_APP_TOKEN_FILE.
	SlackAppToken Secret `yaml:"-"`
	// SlackSigningSecret verifies requests in HTTP mode. Env only:
	// SLACK_SIGNING_SECRET or SLACK_SIGNING_SECRET_FILE.
	SlackSigningSecret Secret `yaml:"-"`
}

// Feed is one feed entry of the file. An entry with a URL defines a feed (or
// replaces the built-in feed with the same ID); an entry without a URL adjusts
// the built-in feed with that ID: Enabled, and Schedule or FetchArticle when
// set.
type Feed struct {
	ID        string `yaml:"id"`                  // unique; lower-case letters, digits, '.', '-', '_'
	URL       string `yaml:"url,omitempty"`       // absolute http(s) URL
	Publisher string `yaml:"publisher,omitempty"` // human name of the publisher
	Country   string `yaml:"country,omitempty"`   // ISO 3166-1 alpha-2 code of the publisher's country, upper case
	Language  string `yaml:"language,omitempty"`  // BCP 47 tag; "en" by default when URL is set
	Schedule  string `yaml:"schedule,omitempty"`  // robfig/cron spec overriding PollSchedule; "" for the default
	// FetchArticle fetches the linked page when an item carries only a teaser.
	FetchArticle bool `yaml:"fetch_article,omitempty"`
	// Kind is "feed" (RSS, RDF, Atom, JSON Feed; the default) or "listing"
	// (an HTML list of press releases read with Listing).
	Kind string `yaml:"kind,omitempty"`
	// Listing holds a listing's CSS selectors and date layout.
	Listing *readout.ListingSpec `yaml:"listing,omitempty"`
	// UserAgent replaces user_agent for this source; "browser" sends a
	// plain browser's, for sites that refuse anything else.
	UserAgent string `yaml:"user_agent,omitempty"`
	// Enabled is true when the file does not say; false stops polling the
	// feed.
	Enabled bool `yaml:"enabled"`
}

// Subscription routes readouts to one Slack channel: those in which one of
// Countries is a party, and everything from Feeds, narrowed by Topics and
// ExcludeTopics and widened by Mentions.
type Subscription struct {
	Channel   string   `yaml:"channel"`                  // Slack channel ID, e.g. "C0123456789"
	Countries []string `yaml:"countries,flow,omitempty"` // ISO 3166-1 alpha-2 codes, upper case
	Feeds     []string `yaml:"feeds,flow,omitempty"`     // feed IDs
	// Timezone is the IANA name used for this channel's dates and
	// reminders; "" uses Reminders.Location.
	Timezone string `yaml:"timezone,omitempty"`
	// Topics keeps only readouts about one of these: built-in topics by
	// name or alias, or free keywords (see package topics). Empty: all.
	Topics []string `yaml:"topics,flow,omitempty"`
	// ExcludeTopics drops readouts about any of these.
	ExcludeTopics []string `yaml:"exclude_topics,flow,omitempty"`
	// Mentions also routes readouts that only mention one of Countries
	// (not as a party).
	Mentions bool `yaml:"mentions,omitempty"`
	// Digest gathers the channel's readouts into one message a day or a
	// week: "daily 09:00" or "weekly mon 08:30", in Timezone unless it
	// names its own ("daily 09:00 Asia/Tokyo"); see package digest. ""
	// posts each readout as it comes.
	Digest string `yaml:"digest,omitempty"`
}

// DigestSchedule reads Digest, in the subscription's time zone unless it
// names its own; the zero Schedule when Digest is "".
func (s Subscription) DigestSchedule() (digest.Schedule, error) {
	if strings.TrimSpace(s.Digest) == "" {
		return digest.Schedule{}, nil
	}
	loc, err := s.Location()
	if err != nil {
		return digest.Schedule{}, err
	}
	return digest.Parse(s.Digest, loc)
}

// Delivery paces posting to Slack.
type Delivery struct {
	// PerChannelBurst is how many messages may go to one channel at once
	// before Slack's one-per-second pace applies.
	PerChannelBurst int `yaml:"per_channel_burst"`
	// MaxConcurrent is the number of channels posted to in parallel.
	MaxConcurrent int `yaml:"max_concurrent"`
	// RetryInitial is the wait after a post fails for a reason worth
	// retrying (a server error, a timeout); it doubles with each attempt up
	// to RetryMax. A rate limit waits as long as Slack asks instead.
	RetryInitial time.Duration `yaml:"retry_initial"`
	RetryMax     time.Duration `yaml:"retry_max"`
}

// Reminders schedules anniversary reminders.
type Reminders struct {
	Schedule string `yaml:"schedule"` // robfig/cron spec of the reminder run
	// Timezone is the IANA name of the timezone of Schedule and of the
	// dates; Location is that timezone, loaded by [Load] and [Parse].
	Timezone    string         `yaml:"timezone"`
	Location    *time.Location `yaml:"-"`
	OffsetsDays []int          `yaml:"offsets_days,flow"` // remind this many days before an anniversary (0: on the day)
	EveryYear   bool           `yaml:"every_year"`        // remind every year, not only on round anniversaries
}

// Default returns the configuration used when neither a file nor environment
// variables say otherwise: data in ./data, the built-in feed catalog polled
// every five minutes, and the console sink (no Slack token).
func Default() Config {
	return Config{
		DataDir:               "./data",
		PollSchedule:          "@every 5m",
		BuiltinFeeds:          Builtin{On: true},
		PostLatestOnFirstPoll: 0,
		HTTPAddr:              "127.0.0.1:8080",
		LogLevel:              Level(slog.LevelInfo),
		LogFormat:             LogFormatAuto,
		SlackAPIURL:           "https://slack.com/api/",
		SlackMode:             SlackModeSocket,
		FeedFailureAlertAfter: 5,
		UserAgent:             "", // the fetcher's own
		MaxFeedBytes:          10 << 20,
		FetchTimeout:          20 * time.Second,
		HostInterval:          time.Second,
		AllowPrivateAddresses: false,
		MemoryLimit:           54 << 20,
		Delivery: Delivery{
			PerChannelBurst: 1,
			RetryInitial:    30 * time.Second,
			RetryMax:        30 * time.Minute,
			MaxConcurrent:   4,
		},
		Reminders: Reminders{
			Schedule:    "0 9 * * *",
			Timezone:    "UTC",
			Location:    time.UTC,
			OffsetsDays: []int{30, 7, 0},
			EveryYear:   false,
		},
	}
}

// Level is a log level: one of slog's four, written debug, info, warn or
// error in the file. It is a slog.Leveler.
type Level slog.Level

// Level implements slog.Leveler.
func (l Level) Level() slog.Level { return slog.Level(l) }

// String is slog's name of the level ("INFO").
func (l Level) String() string { return slog.Level(l).String() }

// DBPath is the path of the bbolt database file in DataDir.
func (c Config) DBPath() string {
	return filepath.Join(c.DataDir, DBFile)
}

// SlackEnabled reports whether posts go to Slack (a bot token is set) rather
// than to the console sink.
func (c Config) SlackEnabled() bool {
	return c.SlackBotToken != ""
}

// Location loads the subscription's timezone; it returns nil, nil when
// Timezone is empty, meaning the caller's default.
func (s Subscription) Location() (*time.Location, error) {
	if s.Timezone == "" {
		return nil, nil
	}
	return time.LoadLocation(s.Timezone)
}

// Readout converts the subscription to the domain type, marked as coming
// from the configuration, with its topics in the stored form (a topic's
// name, a keyword in quotes). [Config.Validate] has refused topics that do
// not resolve; such a one is passed on as written.
func (s Subscription) Readout() readout.Subscription {
	return readout.Subscription{
		Channel:   s.Channel,
		Countries: append([]string(nil), s.Countries...),
		Feeds:     append([]string(nil), s.Feeds...),
		Source:    "config",
		Filter: readout.Filter{
			Topics:        storedTopics(s.Topics),
			ExcludeTopics: storedTopics(s.ExcludeTopics),
			Mentions:      s.Mentions,
		},
	}
}

// storedTopics returns the stored form of each of list's topics.
func storedTopics(list []string) []string {
	var out []string
	for _, s := range list {
		if t, err := topics.Resolve(s); err == nil {
			s = t.String()
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
