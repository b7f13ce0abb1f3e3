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
	"time"

	// Timezones must load on minimal images (distroless, scratch) that ship
	// no zoneinfo; embedding the database costs about 450 kB.
	_ "time/tzdata"

	"github.com/readout-bot/readout/readout"
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
type Config struct {
	// DataDir holds the database. Relative paths are relative to the
	// working directory. Env: READOUT_DATA_DIR.
	DataDir string
	// PollSchedule is the robfig/cron spec on which feeds are polled,
	// unless a feed overrides it.
	PollSchedule string
	// BuiltinFeeds includes the built-in feed catalog; when false only the
	// file's feeds are polled.
	BuiltinFeeds bool
	// Feeds adds feeds, replaces built-in ones with the same id, or adjusts
	// built-in ones (see [Config.ResolveFeeds]).
	Feeds []Feed
	// Subscriptions route readouts to Slack channels.
	Subscriptions []Subscription
	// PostLatestOnFirstPoll is how many of a feed's newest items are posted
	// on its first successful poll; the rest are only recorded.
	PostLatestOnFirstPoll int

	// HTTPAddr is the host:port of the HTTP listener (admin endpoint, Slack
	// requests in HTTP mode). Env: READOUT_HTTP_ADDR.
	HTTPAddr string
	// LogLevel is one of slog's four levels. Env: READOUT_LOG_LEVEL.
	LogLevel slog.Level
	// LogFormat is LogFormatAuto, LogFormatText or LogFormatJSON.
	LogFormat string

	// SlackAPIURL is the base URL of Slack's Web API, always ending in "/".
	// Env: SLACK_API_URL.
	SlackAPIURL string
	// SlackMode is SlackModeSocket or SlackModeHTTP.
	SlackMode string
	// Admins are the Slack user IDs allowed to change subscriptions and
	// anniversaries; empty means everyone.
	Admins []string
	// AdminChannel receives feed-failure alerts; "" sends none.
	AdminChannel string
	// FeedFailureAlertAfter is the number of consecutive failures of a feed
	// that triggers an alert; 0 never alerts.
	FeedFailureAlertAfter int

	// UserAgent is sent with every feed and article request.
	UserAgent string
	// MaxFeedBytes caps the size of a fetched feed or article body.
	MaxFeedBytes int64
	// FetchTimeout bounds one feed or article request.
	FetchTimeout time.Duration
	// AllowPrivateAddresses permits fetching from loopback, private and
	// link-local addresses (tests, intranets).
	AllowPrivateAddresses bool

	// Delivery paces posting to Slack.
	Delivery Delivery
	// Reminders schedules anniversary reminders.
	Reminders Reminders

	// SlackBotToken ("xoxb-…") enables posting to Slack; without it posts go
	// to the console sink. Env only: SLACK_BOT_TOKEN or SLACK_BOT_TOKEN_FILE.
	SlackBotToken Secret
	// SlackAppToken ("xapp-…") is needed in Socket Mode. Env only:
	// SLACK_APP_TOKEN or SLACK_APP_TOKEN_FILE.
	SlackAppToken Secret
	// SlackSigningSecret verifies requests in HTTP mode. Env only:
	// SLACK_SIGNING_SECRET or SLACK_SIGNING_SECRET_FILE.
	SlackSigningSecret Secret
}

// Feed is one feed entry of the file. An entry with a URL defines a feed (or
// replaces the built-in feed with the same ID); an entry without a URL adjusts
// the built-in feed with that ID: Enabled, and Schedule or FetchArticle when
// set.
type Feed struct {
	ID        string // unique; lower-case letters, digits, '.', '-', '_'
	URL       string // absolute http(s) URL
	Publisher string // human name of the publisher
	Country   string // ISO 3166-1 alpha-2 code of the publisher's country, upper case
	Language  string // BCP 47 tag; "en" by default when URL is set
	Schedule  string // robfig/cron spec overriding PollSchedule; "" for the default
	// FetchArticle fetches the linked page when an item carries only a teaser.
	FetchArticle bool
	// Enabled is true by default; false stops polling the feed.
	Enabled bool
}

// Subscription routes readouts to one Slack channel: those in which one of
// Countries is a party, and everything from Feeds.
type Subscription struct {
	Channel   string   // Slack channel ID, e.g. "C0123456789"
	Countries []string // ISO 3166-1 alpha-2 codes, upper case
	Feeds     []string // feed IDs
	// Timezone is the IANA name used for this channel's dates and
	// reminders; "" uses Reminders.Location.
	Timezone string
}

// Delivery paces posting to Slack.
type Delivery struct {
	// PerChannelBurst is how many messages may go to one channel at once
	// before Slack's one-per-second pace applies.
	PerChannelBurst int
	// RetryInitial is the wait after a post fails for a reason worth
	// retrying (a server error, a timeout); it doubles with each attempt up
	// to RetryMax. A rate limit waits as long as Slack asks instead.
	RetryInitial time.Duration
	RetryMax     time.Duration
	// MaxConcurrent is the number of channels posted to in parallel.
	MaxConcurrent int
}

// Reminders schedules anniversary reminders.
type Reminders struct {
	Schedule    string         // robfig/cron spec of the reminder run
	Location    *time.Location // timezone of Schedule and of the dates; file key "timezone"
	OffsetsDays []int          // remind this many days before an anniversary (0: on the day)
	EveryYear   bool           // remind every year, not only on round anniversaries
}

// Default returns the configuration used when neither a file nor environment
// variables say otherwise: data in ./data, the built-in feed catalog polled
// every five minutes, and the console sink (no Slack token).
func Default() Config {
	return Config{
		DataDir:               "./data",
		PollSchedule:          "@every 5m",
		BuiltinFeeds:          true,
		PostLatestOnFirstPoll: 0,
		HTTPAddr:              "127.0.0.1:8080",
		LogLevel:              slog.LevelInfo,
		LogFormat:             LogFormatAuto,
		SlackAPIURL:           "https://slack.com/api/",
		SlackMode:             SlackModeSocket,
		FeedFailureAlertAfter: 5,
		UserAgent:             "readout-bot/1.0 (+https://github.com/readout-bot/readout)",
		MaxFeedBytes:          10 << 20,
		FetchTimeout:          20 * time.Second,
		AllowPrivateAddresses: false,
		Delivery: Delivery{
			PerChannelBurst: 1,
			RetryInitial:    30 * time.Second,
			RetryMax:        30 * time.Minute,
			MaxConcurrent:   4,
		},
		Reminders: Reminders{
			Schedule:    "0 9 * * *",
			Location:    time.UTC,
			OffsetsDays: []int{30, 7, 0},
			EveryYear:   false,
		},
	}
}

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
// from the configuration.
func (s Subscription) Readout() readout.Subscription {
	return readout.Subscription{
		Channel:   s.Channel,
		Countries: append([]string(nil), s.Countries...),
		Feeds:     append([]string(nil), s.Feeds...),
		Source:    "config",
	}
}
