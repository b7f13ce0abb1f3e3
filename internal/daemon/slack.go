package daemon

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

// Commands builds the /readout handler from the app's store and
// configuration.
func (a *App) Commands() *bot.Commands {
	c := &bot.Commands{
		Store:      a.Store,
		ConfigSubs: a.subs,
		Admins:     a.Cfg.Admins,
		Logger:     a.Log.With("component", "commands"),
		Sources: func(context.Context) ([]readout.Feed, map[string]readout.FeedState, error) {
			states, err := a.Admin().States() // as `readout feeds` shows them
			return a.Feeds, states, err
		},
	}
	if a.Reminders != nil {
		c.Anniversaries = a.Reminders
	}
	if a.Digests != nil {
		c.Digests = a.Digests
	}
	if a.Slack != nil {
		c.Join = bot.NewSlackSink(a.Slack).Join
	}
	return c
}

// startSlack starts answering /readout when the daemon posts to Slack: in
// Socket Mode (the default) a connection supervised in g until ctx ends, or
// in HTTP mode the route POST /slack/commands on the HTTP listener. Without
// SLACK_APP_TOKEN in Socket Mode the daemon still posts but answers no
// commands, and says so.
func (a *App) startSlack(ctx context.Context, g *errgroup.Group) error {
	if a.Slack == nil {
		return nil
	}
	log := a.Log.With("component", "slack_commands")
	h := a.Commands()
	switch a.Cfg.SlackMode {
	case config.SlackModeHTTP:
		// config.Validate requires the signing secret in HTTP mode.
		if a.Cfg.HTTPAddr == "" {
			return fmt.Errorf("slack_mode is http but http_addr (READOUT_HTTP_ADDR) is empty: Slack's requests would have nowhere to go")
		}
		a.Mux.Handle(http.MethodPost+" "+slackCommandsPath, a.timeCommands(bot.SlashHandler(a.Cfg.SlackSigningSecret.Reveal(), h, log)))
		// HTTP mode has no Events API endpoint, so no App Home.
		log.Info("slash commands over HTTP", "path", slackCommandsPath, "addr", a.Cfg.HTTPAddr)
	default:
		if a.Cfg.SlackAppToken == "" {
			log.Warn("commands disabled: set SLACK_APP_TOKEN")
			return nil
		}
		a.home = a.newHome(log)
		h.Store = a.home.WatchStore(ctx, a.Store)
		a.Health.WantSlack()
		hooks := bot.SocketHooks{
			OnConnection: a.Health.SlackConnection,
			OnCommand:    func(d time.Duration) { a.Metrics.Command("socket", d) },
			Home:         a.home,
		}
		g.Go(func() error { return bot.RunSocketModeWith(ctx, a.Slack, h, log, hooks) })
		log.Info("slash commands and App Home over Socket Mode")
	}
	return nil
}

// timeCommands records the time each slash command request over HTTP took.
func (a *App) timeCommands(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		a.Metrics.Command("http", time.Since(start))
	})
}

// newHome builds the App Home from the app's store, feeds and reminders.
func (a *App) newHome(log *slog.Logger) *bot.Home {
	h := &bot.Home{API: a.Slack, Store: a.Store, ConfigSubs: a.subs, Feeds: a.Feeds, Logger: log, Digests: a.Digests}
	if a.Reminders != nil {
		h.Anniversaries = func(ctx context.Context, from time.Time, days int) ([]bot.HomeAnniversary, error) {
			list, err := a.Reminders.List(ctx, "", from, days)
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
