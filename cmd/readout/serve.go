package main

import (
	"context"
	"time"

	"github.com/readout-bot/readout/pipeline"
	"golang.org/x/sync/errgroup"
)

// shutdownGrace bounds the wait for running poll jobs at shutdown.
const shutdownGrace = 5 * time.Second

func runServe(ctx context.Context, e env, args []string) error {
	fs := newFlags("serve", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	log := newLogger(cfg, e.stderr)
	a, err := openForCommand(cfg, log, e.stdout)
	if err != nil {
		return err
	}
	defer a.Close()

	sink := "console"
	if a.slack != nil {
		sink = "slack"
	}
	log.Info("readout starting", "version", versionString(), "database", cfg.DBPath(), "feeds", len(a.feeds),
		"subscriptions", len(cfg.Subscriptions), "sink", sink, "poll_schedule", cfg.PollSchedule)
	if a.slack == nil {
		log.Info("no SLACK_BOT_TOKEN: new readouts are printed here as they would be posted (README: Connect to Slack)")
	}

	c := pipeline.NewCron(log.With("component", "cron"), time.UTC)
	if err := a.pipeline.Schedule(ctx, c, a.feeds, cfg.PollSchedule, a.logCycle); err != nil {
		return usageError{err}
	}
	catchUpReminders, err := a.scheduleReminders(ctx, c)
	if err != nil {
		return usageError{err}
	}
	ln, err := a.listenHTTP()
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return a.startSlack(gctx, g) })
	if ln != nil {
		g.Go(func() error { return a.serveHTTP(gctx, ln) })
	}
	g.Go(func() error { return a.deliverer.Run(gctx) })
	g.Go(func() error { catchUpReminders(gctx); return nil })
	g.Go(func() error { return a.serveAdmin(gctx) })
	g.Go(func() error {
		// Poll once at start rather than waiting for the first tick.
		a.logCycle(a.pipeline.PollDue(gctx, a.feeds, false))
		return nil
	})
	c.Start()
	<-gctx.Done()

	log.Info("shutting down")
	stopped := c.Stop()
	select {
	case <-stopped.Done():
	case <-time.After(shutdownGrace):
		log.Warn("poll jobs still running at shutdown; leaving them", "grace", shutdownGrace)
	}
	if err := g.Wait(); err != nil {
		return err
	}
	log.Info("readout stopped")
	return nil
}
