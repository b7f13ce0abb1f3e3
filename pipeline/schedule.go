package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/robfig/cron/v3"
)

// SpecParser parses every schedule the configuration accepts: five-field
// cron specs and descriptors such as "@every 5m" or "@hourly".
var SpecParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// CronLogger adapts slog to robfig/cron's logger interface.
type CronLogger struct{ L *slog.Logger }

// Info logs cron's routine messages at debug level.
func (c CronLogger) Info(msg string, kv ...any) { c.L.Debug("cron: "+msg, kv...) }

// Error logs cron's errors, such as a recovered panic.
func (c CronLogger) Error(err error, msg string, kv ...any) {
	c.L.Error("cron: "+msg, append(kv, "error", err)...)
}

// NewCron returns a cron with panics recovered and overlapping runs of one
// job skipped, logging through l, in loc.
func NewCron(l *slog.Logger, loc *time.Location) *cron.Cron {
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	cl := CronLogger{L: l}
	return cron.New(
		cron.WithParser(SpecParser),
		cron.WithLocation(cmp.Or(loc, time.UTC)),
		cron.WithLogger(cl),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)),
	)
}

// Schedule adds one cron job per distinct poll schedule to c: each polls
// the feeds with that schedule (defaultSpec for feeds without one) that
// are due. It also sets p.NextTick, so failing feeds log their real next
// try. onCycle, when not nil, receives each job's results.
func (p *Pipeline) Schedule(ctx context.Context, c *cron.Cron, list []readout.Feed, defaultSpec string, onCycle func([]Result)) error {
	groups := map[string][]readout.Feed{}
	var order []string
	scheds := map[string]cron.Schedule{}
	for _, f := range list {
		spec := cmp.Or(f.Schedule, defaultSpec)
		if _, ok := groups[spec]; !ok {
			s, err := SpecParser.Parse(spec)
			if err != nil {
				return fmt.Errorf("schedule for feed %s: %q: %w", f.ID, spec, err)
			}
			scheds[spec] = s
			order = append(order, spec)
		}
		groups[spec] = append(groups[spec], f)
	}
	ids := map[string]cron.EntryID{}
	for _, spec := range order {
		fs := groups[spec]
		ids[spec] = c.Schedule(scheds[spec], cron.FuncJob(func() {
			res := p.PollDue(ctx, fs, false)
			if onCycle != nil {
				onCycle(res)
			}
		}))
	}
	specOf := map[string]string{}
	for spec, fs := range groups {
		for _, f := range fs {
			specOf[f.ID] = spec
		}
	}
	// NextTick is the first firing of the feed's job at or after t,
	// counted from the entry's real next run ("@every" schedules are
	// anchored to when cron started, not to t).
	p.NextTick = func(feedID string, t time.Time) time.Time {
		spec, ok := specOf[feedID]
		if !ok {
			return t
		}
		sched := scheds[spec]
		n := c.Entry(ids[spec]).Next
		if n.IsZero() {
			return sched.Next(t)
		}
		for n.Before(t) {
			n = sched.Next(n)
		}
		return n
	}
	return nil
}
