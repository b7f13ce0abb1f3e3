package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/slack-go/slack"
)

// Outbox is the part of the store the delivery worker drains.
type Outbox interface {
	Due(now time.Time, limit int) ([]readout.Delivery, error)
	Readout(id string) (*readout.Readout, error)
	Delivered(id uint64, ts string) error
	Retry(id uint64, next time.Time, reason string) error
	Kill(id uint64, reason string) error
	SetInactive(channel, reason string) error
}

// Deliverer drains the outbox into a Sink: one message per delivery, at
// most one per channel per PerChannel interval, retrying what Slack
// refuses for a while and setting aside what it refuses for good.
type Deliverer struct {
	Outbox Outbox
	Sink   Sink
	Logger *slog.Logger
	Now    func() time.Time
	// PerChannel is the minimum gap between two posts to one channel
	// (default 1s, Slack's pace).
	PerChannel time.Duration
	// Poll is how often Run looks at the outbox without being woken
	// (default 5s), so retries come due.
	Poll time.Duration

	once     sync.Once
	wake     chan struct{}
	lastPost map[string]time.Time // used only by the draining goroutine
}

// DrainStats counts what one pass over the outbox did.
type DrainStats struct {
	Posted, Retrying, Dead int
}

func (d *Deliverer) init() {
	d.once.Do(func() {
		d.wake = make(chan struct{}, 1)
		d.lastPost = map[string]time.Time{}
	})
}

func (d *Deliverer) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Deliverer) logger() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Wake asks a running worker to look at the outbox now. It never blocks
// and is safe to call from any goroutine.
func (d *Deliverer) Wake() {
	d.init()
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers until ctx is cancelled. A post in flight when ctx ends is
// allowed to finish and be recorded; the rest stays in the outbox.
func (d *Deliverer) Run(ctx context.Context) error {
	d.init()
	t := time.NewTicker(cmp.Or(d.Poll, 5*time.Second))
	defer t.Stop()
	for {
		if _, err := d.Drain(ctx); err != nil && ctx.Err() == nil {
			d.logger().Error("outbox drain failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-d.wake:
		case <-t.C:
		}
	}
}

// Drain delivers every delivery that is due now, then returns.
func (d *Deliverer) Drain(ctx context.Context) (DrainStats, error) {
	d.init()
	var st DrainStats
	for ctx.Err() == nil {
		due, err := d.Outbox.Due(d.now(), 50)
		if err != nil {
			return st, err
		}
		if len(due) == 0 {
			return st, nil
		}
		for _, del := range due {
			if ctx.Err() != nil {
				return st, nil
			}
			if err := d.pace(ctx, del.Channel); err != nil {
				return st, nil
			}
			switch d.deliver(ctx, del) {
			case outcomePosted:
				st.Posted++
			case outcomeRetry:
				st.Retrying++
			case outcomeDead:
				st.Dead++
			}
		}
	}
	return st, nil
}

// pace waits until the channel may receive another message.
func (d *Deliverer) pace(ctx context.Context, channel string) error {
	gap := cmp.Or(d.PerChannel, time.Second)
	last, ok := d.lastPost[channel]
	if !ok {
		return nil
	}
	wait := last.Add(gap).Sub(d.now())
	if wait <= 0 {
		return nil
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

type outcome int

const (
	outcomePosted outcome = iota
	outcomeRetry
	outcomeDead
)

// channelGone lists the errors after which the channel's subscription is
// marked inactive.
var channelGone = map[string]bool{"channel_not_found": true, "not_in_channel": true, "is_archived": true}

func (d *Deliverer) deliver(ctx context.Context, del readout.Delivery) outcome {
	log := d.logger().With("delivery_id", del.ID, "channel", del.Channel, "readout_id", del.ReadoutID)
	msg, err := d.render(del)
	if err != nil {
		log.Error("delivery cannot be rendered; moved to dead letters", "error", err)
		d.record(log, d.Outbox.Kill(del.ID, err.Error()))
		return outcomeDead
	}
	meta := Meta{EventType: "readout_posted", Payload: map[string]any{
		"delivery_id": fmt.Sprint(del.ID), "readout_id": del.ReadoutID,
	}}
	// Let a post that has started finish even during shutdown, bounded.
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	ts, err := d.Sink.Post(pctx, del.Channel, msg, meta)
	cancel()
	d.lastPost[del.Channel] = d.now()
	if err == nil || ts != "" {
		// The parent is in the channel: never post it again. A thread reply
		// that failed is logged; the readout's link carries the full text.
		if err != nil {
			log.Warn("posted, but a thread reply failed", "ts", ts, "error", err)
		}
		d.record(log, d.Outbox.Delivered(del.ID, ts))
		log.Info("posted", "ts", ts)
		return outcomePosted
	}
	if IsPermanent(err) {
		reason := slackError(err)
		log.Warn("delivery failed for good; moved to dead letters", "error", err)
		d.record(log, d.Outbox.Kill(del.ID, reason))
		if channelGone[reason] {
			log.Warn("channel marked inactive: the bot cannot post there", "reason", reason)
			d.record(log, d.Outbox.SetInactive(del.Channel, reason))
		}
		return outcomeDead
	}
	wait := retryWait(del.Attempts + 1)
	if ra, ok := RetryAfter(err); ok {
		wait = ra
	}
	next := d.now().Add(wait)
	log.Warn("delivery failed; will retry", "error", err, "attempt", del.Attempts+1, "next_try", next.Format(time.RFC3339))
	d.record(log, d.Outbox.Retry(del.ID, next, err.Error()))
	return outcomeRetry
}

func (d *Deliverer) record(log *slog.Logger, err error) {
	if err != nil {
		log.Error("outbox update failed", "error", err)
	}
}

func (d *Deliverer) render(del readout.Delivery) (Message, error) {
	switch del.Kind {
	case readout.KindReadout, "":
		r, err := d.Outbox.Readout(del.ReadoutID)
		if err != nil {
			return Message{}, err
		}
		return RenderReadout(r), nil
	default:
		return Message{}, fmt.Errorf("unknown delivery kind %q", del.Kind)
	}
}

// retryWait is the backoff after the n-th failed attempt: 30s doubling
// to 30 minutes, with ±20% jitter.
func retryWait(n int) time.Duration {
	d := min(30*time.Second<<min(n-1, 10), 30*time.Minute)
	return d + time.Duration((rand.Float64()*0.4-0.2)*float64(d))
}

// slackError returns Slack's error string ("channel_not_found") or the
// error's text.
func slackError(err error) string {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	return err.Error()
}
