// Package daemon wires the readout daemon from one configuration: the
// database, the feed pipeline, the delivery worker, the reminders, Slack,
// the HTTP listener (health, metrics, Slack requests in HTTP mode) and the
// admin socket. Commands open an App and run it (Serve) or use its parts.
package daemon

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/digest"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/internal/health"
	"github.com/readout-bot/readout/internal/metrics"
	"github.com/readout-bot/readout/internal/redact"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/reminders"
	"github.com/readout-bot/readout/storage"
	"github.com/slack-go/slack"
)

// App is the daemon's components, wired from one configuration.
type App struct {
	Cfg       config.Config
	Log       *slog.Logger
	Store     *storage.Store
	Feeds     []readout.Feed // every feed polled: built-in, configured, imported
	Pipeline  *pipeline.Pipeline
	Deliverer *bot.Deliverer
	Reminders *reminders.Service
	Digests   *digest.Service
	Slack     *slack.Client  // nil when posting to the console
	Mux       *http.ServeMux // the HTTP listener's routes
	Metrics   *metrics.Metrics
	Health    *health.Tracker

	subs    []readout.Subscription // the configuration's subscriptions
	version string
	home    *bot.Home // nil unless commands run over Socket Mode
}

// Options tune Open.
type Options struct {
	// Logger is the process logger (default: discard).
	Logger *slog.Logger
	// Console receives the posts when no bot token is set (default:
	// discard).
	Console io.Writer
	// Version is the binary's version, for the logs and the metrics.
	Version string
	// Create creates the database when the data directory has none: for
	// serve, poll and demo. Other commands refuse such a directory
	// (storage.ErrNoDatabase) rather than report on an empty database.
	Create bool
	// DigestClock is the clock digests and pauses end by (time.Now when
	// nil), and DigestTick how often the daemon looks (default 30s):
	// end-to-end tests move the clock instead of waiting for it.
	DigestClock func() time.Time
	DigestTick  time.Duration
}

// ConfigError marks an error in the configuration (exit status 2).
type ConfigError struct{ Err error }

func (e ConfigError) Error() string { return e.Err.Error() }
func (e ConfigError) Unwrap() error { return e.Err }

// Open opens the database and wires the pipeline and the delivery
// worker. Posts go to Slack when a bot token is set, else to o.Console.
// When another process holds the database, the error wraps
// storage.ErrLocked and says so.
func Open(cfg config.Config, o Options) (*App, error) {
	log := cmp.Or(o.Logger, slog.New(slog.DiscardHandler))
	console := o.Console
	if console == nil {
		console = io.Discard
	}
	list, err := ConfiguredFeeds(cfg)
	if err != nil {
		return nil, err
	}
	store, err := storage.Open(cfg.DBPath(), storage.Options{Timeout: time.Second, MustExist: !o.Create})
	if errors.Is(err, storage.ErrLocked) {
		return nil, fmt.Errorf("%w: another readout is running on the data directory %s (`readout serve`?)", err, cmp.Or(cfg.DataDir, "."))
	}
	if err != nil {
		return nil, err
	}
	imported, err := store.ImportedFeeds()
	if err != nil {
		_ = store.Close()
		return nil, err
	}
	list = mergeImported(list, imported, log)
	a := &App{Cfg: cfg, Log: log, Store: store, Feeds: list, Mux: http.NewServeMux(),
		Metrics: metrics.New(o.Version), version: o.Version}
	for _, s := range cfg.Subscriptions {
		a.subs = append(a.subs, s.Readout())
	}
	a.Health = health.New(cfg.PollSchedule, store)
	a.Metrics.WatchOutbox(store.OutboxStats, nil)
	var fetcher pipeline.Fetcher = adapters.Fetcher{Fetcher: feeds.NewFetcher(FetcherOptions(cfg, log.With("component", "fetcher")))}
	fetcher = meteredFetcher{next: fetcher, m: a.Metrics}
	var sink bot.Sink = &bot.ConsoleSink{W: console}
	if cfg.SlackEnabled() {
		a.Slack = slack.New(cfg.SlackBotToken.Reveal(),
			slack.OptionAPIURL(cfg.SlackAPIURL),
			slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second, Transport: a.Metrics.SlackTransport(nil)}),
			slack.OptionAppLevelToken(cfg.SlackAppToken.Reveal()),
			slack.OptionLog(slog.NewLogLogger(log.With("component", "slack").Handler(), slog.LevelDebug)),
		)
		sink = bot.NewSlackSink(a.Slack)
	}
	a.Deliverer = &bot.Deliverer{
		Outbox: store, Sink: sink, Logger: log.With("component", "deliverer"),
		Burst: cfg.Delivery.PerChannelBurst, MaxConcurrent: cfg.Delivery.MaxConcurrent,
		RetryInitial: cfg.Delivery.RetryInitial, RetryMax: cfg.Delivery.RetryMax,
		OnResult: a.Metrics.Delivery,
	}
	if a.Slack == nil {
		a.Deliverer.MaxConcurrent = 1 // one message at a time reads best on a console
		// Slack's pace of a message a second per channel is not a
		// console's: a readout and its thread print at once.
		a.Deliverer.PerChannel = time.Millisecond
	}
	a.Reminders = newReminders(cfg, store, log, a.Deliverer.Wake)
	a.Digests = newDigests(cfg, store, a.subs, o, log, a.Deliverer.Wake)
	a.Deliverer.Held = a.Digests.Held
	a.Pipeline = &pipeline.Pipeline{
		Store:                 adapters.Store{Store: store},
		Fetcher:               fetcher,
		Parse:                 readout.Parse,
		Subscriptions:         a.subs,
		PostLatestOnFirstPoll: cfg.PostLatestOnFirstPoll,
		Logger:                log.With("component", "poller"),
		Notify:                a.Deliverer.Wake,
		Learn:                 a.Reminders.Learn,
		AlertChannel:          cfg.AdminChannel,
		AlertAfter:            cfg.FeedFailureAlertAfter,
	}
	a.Health.WatchStorage(a.Pipeline.StorageErr)
	a.routes()
	return a, nil
}

// ConfiguredFeeds returns the feeds the configuration polls: the built-in
// ones its builtin_feeds list selects, merged with its own (see
// [config.Config.ResolveFeeds]); the imported ones are the database's. A
// bad builtin_feeds name or feed reference is a ConfigError.
func ConfiguredFeeds(cfg config.Config) ([]readout.Feed, error) {
	builtin, err := feeds.SelectCatalog(cfg.BuiltinFeeds.Names)
	if err != nil {
		return nil, ConfigError{err}
	}
	list, err := cfg.ResolveFeeds(builtin)
	if err != nil {
		return nil, ConfigError{err}
	}
	return list, nil
}

// FetcherOptions are the options the daemon fetches with: its user agent,
// timeout, size cap, address policy and one request at a time per host.
// Commands that fetch as the daemon does use them too.
func FetcherOptions(cfg config.Config, log *slog.Logger) feeds.Options {
	return feeds.Options{
		UserAgent:    cfg.UserAgent,
		Timeout:      cfg.FetchTimeout,
		MaxBytes:     cfg.MaxFeedBytes,
		AllowPrivate: cfg.AllowPrivateAddresses,
		HostInterval: cfg.HostInterval,
		Logger:       log,
	}
}

// Close closes the database.
func (a *App) Close() error {
	return a.Store.Close()
}

// Admin is the admin service on the app's own state.
func (a *App) Admin() *admin.Local {
	return &admin.Local{
		Store:    a.Store,
		Polled:   a.Feeds,
		Wake:     a.Deliverer.Wake,
		Upcoming: a.Reminders.UpcomingPlain,
		Unsaved:  a.Pipeline.UnsavedStates,
		Logger:   a.Log.With("component", "admin"),
	}
}

// LogCycle logs one line per poll cycle, and records the cycle in the
// metrics and the readiness check.
func (a *App) LogCycle(res []pipeline.Result) {
	var fresh, unchanged, failed, skipped, busy int
	for _, r := range res {
		result := "new"
		switch r.Status {
		case pipeline.StatusNew:
			fresh += r.New
		case pipeline.StatusNotModified:
			unchanged++
			result = "not_modified"
		case pipeline.StatusError:
			failed++
			result = "error"
		case pipeline.StatusSkipped:
			skipped++
			result = "skipped"
		case pipeline.StatusBusy:
			busy++
			result = "skipped"
		}
		a.Metrics.Poll(r.FeedID, result, r.New) // the pipeline logged each failure
	}
	now := time.Now()
	a.Metrics.Cycle(now)
	a.Health.CycleDone(now)
	a.Log.Info("poll cycle", "feeds", len(res), "new_readouts", fresh, "not_modified", unchanged, "failed", failed, "in_backoff", skipped, "being_polled", busy)
}

// mergeImported adds the imported feeds to the configured ones. An
// imported feed whose ID the configuration has, one with the URL of a
// configured feed (feeds.MergeImport's rule), and one the configuration
// would refuse, are left out with a warning: the configuration wins.
func mergeImported(configured, imported []readout.Feed, log *slog.Logger) []readout.Feed {
	ids := make(map[string]bool, len(configured))
	for _, f := range configured {
		ids[f.ID] = true
	}
	var rest []readout.Feed
	for _, f := range imported {
		if ids[f.ID] {
			log.Warn("imported feed not polled: the configuration has a feed with its ID", "feed_id", f.ID, "url", redact.URL(f.URL))
			continue
		}
		if err := admin.CheckFeeds([]readout.Feed{f}); err != nil {
			log.Warn("imported feed not polled: "+err.Error(), "feed_id", f.ID, "url", redact.URL(f.URL))
			continue
		}
		rest = append(rest, f)
	}
	add, skipped := feeds.MergeImport(configured, rest)
	for _, s := range skipped {
		log.Warn("imported feed not polled: "+s.Reason, "feed_id", s.Feed.ID, "url", redact.URL(s.Feed.URL))
	}
	return append(configured, add...)
}

// meteredFetcher times each feed fetch for the metrics.
type meteredFetcher struct {
	next pipeline.Fetcher
	m    *metrics.Metrics
}

func (f meteredFetcher) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	start := time.Now()
	res, err := f.next.Fetch(ctx, feed, st)
	result := "ok"
	switch {
	case err != nil:
		result = "error"
	case res.NotModified:
		result = "not_modified"
	}
	f.m.Fetch(feed.ID, result, time.Since(start), res.Len())
	return res, err
}

func (f meteredFetcher) FetchArticle(ctx context.Context, rawURL string) (string, string, error) {
	return f.next.FetchArticle(ctx, rawURL)
}

func (f meteredFetcher) IsTeaser(it readout.Item) bool { return f.next.IsTeaser(it) }
