package daemon

import (
	"context"
	"time"

	"github.com/readout-bot/readout/pipeline"
	"github.com/robfig/cron/v3"
)

// pruneSchedule is when readouts older than the retention are deleted:
// daily, at an hour with little else to do.
const pruneSchedule = "30 3 * * *"

// schedulePrune adds the daily pruning of readouts older than
// cfg.Retention to c, and returns the run to make once at start (a daemon
// restarted daily would otherwise never prune). With a retention of 0 it
// adds nothing.
func (a *App) schedulePrune(ctx context.Context, c *cron.Cron) (atStart func()) {
	if a.Cfg.Retention.KeepsAll() {
		return func() {}
	}
	sched, err := pipeline.SpecParser.Parse(pruneSchedule)
	if err != nil {
		panic(err) // a constant
	}
	c.Schedule(sched, cron.FuncJob(func() { a.prune(ctx) }))
	a.Log.Info("pruning scheduled", "retention", a.Cfg.Retention.String(), "schedule", pruneSchedule)
	return func() { a.prune(ctx) }
}

// prune deletes the readouts published before the retention's cutoff.
func (a *App) prune(ctx context.Context) {
	if ctx.Err() != nil {
		return
	}
	cutoff := a.Cfg.Retention.Cutoff(time.Now())
	start := time.Now()
	n, err := a.Store.Prune(cutoff)
	if err != nil {
		a.Log.Error("pruning old readouts failed", "error", err, "pruned", n)
		return
	}
	if n > 0 {
		a.Log.Info("old readouts pruned; `readout compact` gives their space back to the disk",
			"pruned", n, "published_before", cutoff.Format(time.DateOnly), "took", time.Since(start).Round(time.Millisecond))
	}
}
