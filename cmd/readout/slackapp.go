package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/readout"
)

// slackCommandsPath is where Slack posts slash commands in HTTP mode (the
// Request URL of /readout is https://<host>/slack/commands).
const slackCommandsPath = "/slack/commands"

// commands builds the /readout handler from the app's store and
// configuration.
func (a *app) commands() *bot.Commands {
	var subs []readout.Subscription
	for _, s := range a.cfg.Subscriptions {
		subs = append(subs, s.Readout())
	}
	c := &bot.Commands{
		Store:      a.store,
		ConfigSubs: subs,
		Admins:     a.cfg.Admins,
		Logger:     a.log.With("component", "commands"),
	}
	if a.reminders != nil {
		c.Anniversaries = a.reminders
	}
	if a.slack != nil {
		c.Join = bot.NewSlackSink(a.slack).Join
	}
	return c
}

// startSlack starts answering /readout when the daemon posts to Slack: in
// Socket Mode (the default) a connection supervised in g until ctx ends, or
// in HTTP mode the route POST /slack/commands on the HTTP listener. Without
// SLACK_APP_TOKEN in Socket Mode the daemon still posts but answers no
// commands, and says so.
func (a *app) startSlack(ctx context.Context, g *errgroup.Group) error {
	if a.slack == nil {
		return nil
	}
	log := a.log.With("component", "slack_commands")
	h := a.commands()
	switch a.cfg.SlackMode {
	case config.SlackModeHTTP:
		// config.Validate requires the signing secret in HTTP mode.
		if a.cfg.HTTPAddr == "" {
			return fmt.Errorf("slack_mode is http but http_addr (READOUT_HTTP_ADDR) is empty: Slack's requests would have nowhere to go")
		}
		a.mux.Handle(http.MethodPost+" "+slackCommandsPath, a.timeCommands(bot.SlashHandler(a.cfg.SlackSigningSecret.Reveal(), h, log)))
		// HTTP mode has no Events API endpoint, so no App Home.
		log.Info("slash commands over HTTP", "path", slackCommandsPath, "addr", a.cfg.HTTPAddr)
	default:
		if a.cfg.SlackAppToken == "" {
			log.Warn("commands disabled: set SLACK_APP_TOKEN")
			return nil
		}
		a.home = a.newHome(log)
		h.Store = a.home.WatchStore(ctx, a.store)
		a.health.wantSlack()
		hooks := bot.SocketHooks{
			OnConnection: a.health.slackConnection,
			OnCommand:    func(d time.Duration) { a.metrics.Command("socket", d) },
			Home:         a.home,
		}
		g.Go(func() error { return bot.RunSocketModeWith(ctx, a.slack, h, log, hooks) })
		log.Info("slash commands and App Home over Socket Mode")
	}
	return nil
}

// timeCommands records the time each slash command request over HTTP took.
func (a *app) timeCommands(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		a.metrics.Command("http", time.Since(start))
	})
}

// newHome builds the App Home from the app's store, feeds and reminders.
func (a *app) newHome(log *slog.Logger) *bot.Home {
	var subs []readout.Subscription
	for _, s := range a.cfg.Subscriptions {
		subs = append(subs, s.Readout())
	}
	h := &bot.Home{API: a.slack, Store: a.store, ConfigSubs: subs, Feeds: a.feeds, Logger: log}
	if a.reminders != nil {
		h.Anniversaries = func(ctx context.Context, from time.Time, days int) ([]bot.HomeAnniversary, error) {
			list, err := a.reminders.List(ctx, "", from, days)
			if err != nil {
				return nil, err
			}
			out := make([]bot.HomeAnniversary, 0, len(list))
			for _, e := range list {
				out = append(out, bot.HomeAnniversary{When: e.When(), Text: e.Text})
			}
			return out, nil
		}
	}
	return h
}
