package main

import (
	"context"
	"fmt"
	"net/http"

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
		a.mux.Handle(http.MethodPost+" "+slackCommandsPath, bot.SlashHandler(a.cfg.SlackSigningSecret.Reveal(), h, log))
		log.Info("slash commands over HTTP", "path", slackCommandsPath, "addr", a.cfg.HTTPAddr)
	default:
		if a.cfg.SlackAppToken == "" {
			log.Warn("commands disabled: set SLACK_APP_TOKEN")
			return nil
		}
		g.Go(func() error { return bot.RunSocketMode(ctx, a.slack, h, log) })
		log.Info("slash commands over Socket Mode")
	}
	return nil
}
