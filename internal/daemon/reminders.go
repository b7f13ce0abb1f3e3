package daemon

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/reminders"
	"github.com/readout-bot/readout/storage"
	"github.com/robfig/cron/v3"
)

// newReminders wires the anniversary reminders from the configuration:
// the file's subscriptions with their time zones, the offsets, and notify
// (the deliverer's Wake; nil for one-shot commands).
func newReminders(cfg config.Config, store *storage.Store, log *slog.Logger, notify func()) *reminders.Service {
	var channels []reminders.Channel
	for _, s := range cfg.Subscriptions {
		loc, err := s.Location()
		if err != nil { // config.Validate has rejected unknown zones
			log.Warn("subscription time zone not loaded; using the reminders' default", "channel", s.Channel, "error", err)
		}
		channels = append(channels, reminders.Channel{ID: s.Channel, Countries: s.Countries, Location: loc})
	}
	return &reminders.Service{
		Store:     store,
		Channels:  channels,
		Location:  cfg.Reminders.Location,
		Offsets:   cfg.Reminders.OffsetsDays,
		EveryYear: cfg.Reminders.EveryYear,
		Notify:    notify,
		Logger:    log.With("component", "reminders"),
	}
}

// scheduleReminders adds the reminder run to c on cfg.Reminders.Schedule,
// read in cfg.Reminders.Location whatever c's own location, and returns
// the catch-up to run once at start: it makes up a scheduled run missed
// while the daemon was down.
func (a *App) scheduleReminders(ctx context.Context, c *cron.Cron) (catchUp func(context.Context), err error) {
	spec := a.Cfg.Reminders.Schedule
	sched, err := pipeline.SpecParser.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("reminders.schedule %q: %w", spec, err)
	}
	if s, ok := sched.(*cron.SpecSchedule); ok && a.Cfg.Reminders.Location != nil {
		s.Location = a.Cfg.Reminders.Location
	}
	c.Schedule(sched, cron.FuncJob(func() { a.runReminders(ctx, a.Reminders.Run) }))
	a.Log.Info("reminders scheduled", "schedule", spec, "timezone", a.Reminders.Location.String(),
		"offsets_days", a.Cfg.Reminders.OffsetsDays)
	return func(ctx context.Context) {
		a.runReminders(ctx, func(ctx context.Context) (int, error) { return a.Reminders.CatchUp(ctx, sched.Next) })
	}, nil
}

// runReminders runs one reminder pass and logs its failure.
func (a *App) runReminders(ctx context.Context, run func(context.Context) (int, error)) {
	n, err := run(ctx)
	a.Metrics.RemindersEnqueued(n)
	if err != nil && ctx.Err() == nil {
		a.Log.Error("reminder run failed", "error", err)
	}
}
