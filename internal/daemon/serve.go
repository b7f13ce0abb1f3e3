package daemon

import (
	"context"
	"time"

	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/pipeline"
	"golang.org/x/sync/errgroup"
)

// shutdownGrace bounds the wait for running poll jobs at shutdown.
const shutdownGrace = 5 * time.Second

// Serve runs the daemon until ctx ends: the poll and reminder schedules,
// the delivery worker, Slack, the HTTP listener and the admin socket. It
// polls once at start rather than waiting for the first tick.
func (a *App) Serve(ctx context.Context) error {
	log := a.Log
	sink := "console"
	if a.Slack != nil {
		sink = "slack"
	}
	log.Info("readout starting", "version", a.version, "database", a.Cfg.DBPath(), "feeds", len(a.Feeds),
		"subscriptions", len(a.Cfg.Subscriptions), "sink", sink, "poll_schedule", a.Cfg.PollSchedule)
	if a.Slack == nil {
		log.Info("no SLACK_BOT_TOKEN: new readouts are printed here as they would be posted (README: Connect to Slack)")
	}

	// The cron jobs run in the group's context, so that a component that
	// fails (and so ends the daemon) also stops the polls under way.
	g, gctx := errgroup.WithContext(ctx)
	c := pipeline.NewCron(log.With("component", "cron"), time.UTC)
	if err := a.Pipeline.Schedule(gctx, c, a.Feeds, a.Cfg.PollSchedule, a.LogCycle); err != nil {
		return ConfigError{err}
	}
	catchUpReminders, err := a.scheduleReminders(gctx, c)
	if err != nil {
		return ConfigError{err}
	}
	pruneAtStart := a.schedulePrune(gctx, c)
	ln, err := a.listenHTTP()
	if err != nil {
		return err
	}
	g.Go(func() error { return a.startSlack(gctx, g) })
	if ln != nil {
		g.Go(func() error { return a.serveHTTP(gctx, ln) })
	}
	g.Go(func() error { return a.Deliverer.Run(gctx) })
	g.Go(func() error { catchUpReminders(gctx); return nil })
	g.Go(func() error { pruneAtStart(); return nil })
	g.Go(func() error { return a.Digests.Run(gctx) })
	adminSrv := &admin.Server{Service: a.Admin(), Logger: log.With("component", "admin")}
	g.Go(func() error { return adminSrv.Serve(gctx, admin.SocketPath(a.Cfg.DataDir)) })
	g.Go(func() error {
		a.LogCycle(a.Pipeline.PollDue(gctx, a.Feeds, false))
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
