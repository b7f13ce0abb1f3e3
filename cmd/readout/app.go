package main

import (
	"cmp"
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
	a := &app{cfg: cfg, log: log, store: store, feeds: list, mux: http.NewServeMux()}
	fetcher := feeds.NewFetcher(feeds.Options{
		UserAgent:    cfg.UserAgent,
		Timeout:      cfg.FetchTimeout,
		MaxBytes:     cfg.MaxFeedBytes,
		AllowPrivate: cfg.AllowPrivateAddresses,
	})
	var sink bot.Sink = &bot.ConsoleSink{W: console}
	if cfg.SlackEnabled() {
		a.slack = slack.New(cfg.SlackBotToken.Reveal(),
			slack.OptionAPIURL(cfg.SlackAPIURL),
			slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second}),
			slack.OptionAppLevelToken(cfg.SlackAppToken.Reveal()),
		)
		sink = bot.NewSlackSink(a.slack)
	}
	a.deliverer = &bot.Deliverer{
		Outbox: store, Sink: sink, Logger: log.With("component", "deliverer"),
		Burst: cfg.Delivery.PerChannelBurst, MaxConcurrent: cfg.Delivery.MaxConcurrent,
		RetryInitial: cfg.Delivery.RetryInitial, RetryMax: cfg.Delivery.RetryMax,
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
		Store:                 store,
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

// pollCycleSummary logs one line per poll cycle.
func (a *app) logCycle(res []pipeline.Result) {
	var fresh, unchanged, failed, skipped int
	for _, r := range res {
		switch r.Status {
		case pipeline.StatusNew:
			fresh += r.New
		case pipeline.StatusNotModified:
			unchanged++
		case pipeline.StatusError:
			failed++
		case pipeline.StatusSkipped:
			skipped++
		}
	}
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
