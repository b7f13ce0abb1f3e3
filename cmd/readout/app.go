package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/internal/metrics"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/reminders"
	"github.com/readout-bot/readout/storage"
	"github.com/slack-go/slack"
)

// app is the daemon's components, wired from one configuration.
type app struct {
	cfg       config.Config
	log       *slog.Logger
	store     *storage.Store
	feeds     []readout.Feed
	pipeline  *pipeline.Pipeline
	deliverer *bot.Deliverer
	reminders *reminders.Service
	slack     *slack.Client  // nil when posting to the console
	mux       *http.ServeMux // the HTTP listener's routes
	metrics   *metrics.Metrics
	health    *health
	home      *bot.Home // nil unless commands run over Socket Mode
}

// loadConfig reads --config and the environment; a bad file is a usage
// error (exit status 2) listing every problem.
func loadConfig(path string, e env) (config.Config, error) {
	cfg, err := config.Load(path, e.getenv)
	if err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

// newLogger builds the process logger from the configuration.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == config.LogFormatJSON || (cfg.LogFormat == config.LogFormatAuto && !isTerminal(w)) {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// openApp opens the database and wires the pipeline and the delivery
// worker. Posts go to Slack when a bot token is set, else to console.
func openApp(cfg config.Config, log *slog.Logger, console io.Writer) (*app, error) {
	list, err := cfg.ResolveFeeds(feeds.Catalog())
	if err != nil {
		return nil, usageError{err}
	}
	store, err := storage.Open(cfg.DBPath(), storage.Options{Timeout: time.Second})
	if err != nil {
		return nil, err
	}
	imported, err := store.ImportedFeeds()
	if err != nil {
		_ = store.Close()
		return nil, err
	}
	list = mergeFeeds(list, imported, log)
	a := &app{cfg: cfg, log: log, store: store, feeds: list, mux: http.NewServeMux(),
		metrics: metrics.New(versionString())}
	a.health = newHealth(cfg, store)
	a.metrics.WatchOutbox(store.OutboxStats, nil)
	var fetcher pipeline.Fetcher = adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{
		UserAgent:    cfg.UserAgent,
		Timeout:      cfg.FetchTimeout,
		MaxBytes:     cfg.MaxFeedBytes,
		AllowPrivate: cfg.AllowPrivateAddresses,
		Logger:       log.With("component", "fetcher"),
	})}
	fetcher = meteredFetcher{next: fetcher, m: a.metrics}
	var sink bot.Sink = &bot.ConsoleSink{W: console}
	if cfg.SlackEnabled() {
		a.slack = slack.New(cfg.SlackBotToken.Reveal(),
			slack.OptionAPIURL(cfg.SlackAPIURL),
			slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second, Transport: a.metrics.SlackTransport(nil)}),
			slack.OptionAppLevelToken(cfg.SlackAppToken.Reveal()),
			slack.OptionLog(slog.NewLogLogger(log.With("component", "slack").Handler(), slog.LevelDebug)),
		)
		sink = bot.NewSlackSink(a.slack)
	}
	a.deliverer = &bot.Deliverer{
		Outbox: store, Sink: sink, Logger: log.With("component", "deliverer"),
		Burst: cfg.Delivery.PerChannelBurst, MaxConcurrent: cfg.Delivery.MaxConcurrent,
		RetryInitial: cfg.Delivery.RetryInitial, RetryMax: cfg.Delivery.RetryMax,
		OnResult: a.metrics.Delivery,
	}
	if a.slack == nil {
		a.deliverer.MaxConcurrent = 1 // one message at a time reads best on a console
	}
	var subs []readout.Subscription
	for _, s := range cfg.Subscriptions {
		subs = append(subs, s.Readout())
	}
	a.reminders = newReminders(cfg, store, log, a.deliverer.Wake)
	a.pipeline = &pipeline.Pipeline{
		Store:                 adapters.Store{Store: store},
		Fetcher:               fetcher,
		Parse:                 readout.Parse,
		Subscriptions:         subs,
		PostLatestOnFirstPoll: cfg.PostLatestOnFirstPoll,
		Logger:                log.With("component", "poller"),
		Notify:                a.deliverer.Wake,
		Learn:                 a.reminders.Learn,
		AlertChannel:          cfg.AdminChannel,
		AlertAfter:            cfg.FeedFailureAlertAfter,
	}
	a.routes()
	return a, nil
}

func (a *app) Close() error {
	return a.store.Close()
}

// logCycle logs one line per poll cycle, and records the cycle in the
// metrics and the readiness check.
func (a *app) logCycle(res []pipeline.Result) {
	var fresh, unchanged, failed, skipped int
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
		}
		a.metrics.Poll(r.FeedID, result, r.New)
		if r.Status == pipeline.StatusError {
			a.log.Debug("feed poll failed", "feed", r.FeedID, "error", r.Err, "next_try", r.NextTry)
		}
	}
	now := time.Now()
	a.metrics.Cycle(now)
	a.health.cycleDone(now)
	a.log.Info("poll cycle", "feeds", len(res), "new_readouts", fresh, "not_modified", unchanged, "failed", failed, "in_backoff", skipped)
}

// openForCommand opens the app for a one-shot command, turning a locked
// database into a message that says what to do.
func openForCommand(cfg config.Config, log *slog.Logger, console io.Writer) (*app, error) {
	a, err := openApp(cfg, log, console)
	if errors.Is(err, storage.ErrLocked) {
		return nil, fmt.Errorf("%w (is `readout serve` running on the data directory %s?)", err, cmp.Or(cfg.DataDir, "."))
	}
	return a, err
}

// mergeFeeds adds the imported feeds to the configured ones: a feed whose
// ID or normalized URL is already configured is left out (the
// configuration wins), with a warning.
func mergeFeeds(configured, imported []readout.Feed, log *slog.Logger) []readout.Feed {
	ids := make(map[string]bool, len(configured))
	urls := make(map[string]bool, len(configured))
	for _, f := range configured {
		ids[f.ID] = true
		urls[feeds.NormalizeURL(f.URL)] = true
	}
	out := configured
	for _, f := range imported {
		if ids[f.ID] || urls[feeds.NormalizeURL(f.URL)] {
			log.Warn("imported feed not polled: the configuration has a feed with its ID or URL", "feed", f.ID, "url", f.URL)
			continue
		}
		ids[f.ID] = true
		urls[feeds.NormalizeURL(f.URL)] = true
		out = append(out, f)
	}
	return out
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
	f.m.Fetch(feed.ID, result, time.Since(start), len(res.Items))
	return res, err
}

func (f meteredFetcher) FetchArticle(ctx context.Context, rawURL string) (string, string, error) {
	return f.next.FetchArticle(ctx, rawURL)
}

func (f meteredFetcher) IsTeaser(it readout.Item) bool { return f.next.IsTeaser(it) }
