package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/readout-bot/readout/internal/backoff"
	"github.com/readout-bot/readout/readout"
	"github.com/slack-go/slack"
	"golang.org/x/sync/errgroup"
	"golang.org/x/time/rate"
)

// Outbox is the part of the store the delivery worker drains.
type Outbox interface {
	Due(now time.Time, limit int) ([]readout.Delivery, error)
	Readout(id string) (*readout.Readout, error)
	UpdateDelivery(id uint64, f func(*readout.Delivery)) error
	Delivered(id uint64, ts string) error
	Retry(id uint64, next time.Time, reason string) error
	Kill(id uint64, reason string) error
	SetInactive(channel, reason string) error
}

// Deliverer drains the outbox into a Sink.
//
// Each delivery is posted part by part (the parent, then each thread
// reply) and its progress is recorded after every part, so a process that
// dies mid-delivery resumes where it stopped: a delivery that had started
// is first looked for in the channel's history (by the instance and
// delivery IDs in the message metadata), so nothing is posted twice and
// replies always follow their parent. The bot joins a channel before it
// first posts there, so that it can read that history; where it cannot,
// a delivery whose earlier attempt may have posted goes to the dead
// letters rather than out a second time. Channels are paced (PerChannel,
// Burst) and posted to in parallel up to MaxConcurrent. Rate limits and server errors are retried
// with backoff; errors retrying cannot fix go to the dead-letter list, and
// a channel the bot cannot post to is marked inactive.
type Deliverer struct {
	Outbox Outbox
	Sink   Sink
	Logger *slog.Logger
	Now    func() time.Time
	// Sleep waits for d or until ctx ends (default: a timer); tests inject
	// a fake clock through Now and Sleep.
	Sleep func(ctx context.Context, d time.Duration) error
	// PerChannel is the interval between two messages to one channel
	// (default 1s, Slack's pace); Burst is how many may go at once
	// (default 1).
	PerChannel time.Duration
	Burst      int
	// MaxConcurrent caps the channels posted to at once (default 4).
	MaxConcurrent int
	// RetryInitial is the wait after the first failed attempt (default
	// 30s); it doubles per attempt up to RetryMax (default 30m), ±20%.
	RetryInitial, RetryMax time.Duration
	// Poll is how often Run looks at the outbox without being woken, so
	// that retries come due (default 5s, or RetryInitial when that is
	// shorter, so that a short retry wait is not stretched to the poll's).
	Poll time.Duration
	// OnResult, when set, is called after each delivery attempt with the
	// delivery's kind and the outcome: posted, retry, dead or stopped
	// (e.g. to count them in metrics). It must not block.
	OnResult func(kind, outcome string)

	// Held, when set, reports whether a channel's readouts wait for its
	// digest (a digest is on, or the channel is paused): their deliveries
	// move to the channel's held readouts (the outbox's Hold) instead of
	// being posted one by one. It must not block.
	Held func(channel string) bool

	// Instance is the deployment's ID in message metadata, which tells its
	// posts from another deployment's in the same channel. Empty: the
	// outbox's InstanceID when it has one (storage keeps one per
	// database).
	Instance string

	once       sync.Once
	wake       chan struct{}
	mu         sync.Mutex
	limiters   map[string]*rate.Limiter
	joined     map[string]bool // channels Join was tried for
	instanceID string
}

// DrainStats counts what a drain did.
type DrainStats struct {
	Posted, Retrying, Dead int
}

func (d *Deliverer) init() {
	d.once.Do(func() {
		d.wake = make(chan struct{}, 1)
		d.limiters = map[string]*rate.Limiter{}
		d.joined = map[string]bool{}
	})
}

func (d *Deliverer) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Deliverer) sleep(ctx context.Context, dur time.Duration) error {
	if dur <= 0 {
		return ctx.Err()
	}
	if d.Sleep != nil {
		return d.Sleep(ctx, dur)
	}
	t := time.NewTimer(dur)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
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
	t := time.NewTicker(cmp.Or(d.Poll, min(5*time.Second, cmp.Or(d.RetryInitial, 30*time.Second))))
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

// Drain delivers every delivery that is due now, then returns. After a
// delivery to a channel must wait (a rate limit, an outage), the channel's
// later deliveries wait for the next drain.
func (d *Deliverer) Drain(ctx context.Context) (DrainStats, error) {
	d.init()
	var (
		st      DrainStats
		mu      sync.Mutex
		blocked = map[string]bool{}
	)
	for ctx.Err() == nil {
		due, err := d.Outbox.Due(d.now(), 500)
		if err != nil {
			return st, err
		}
		var order []string
		byChannel := map[string][]readout.Delivery{}
		for _, del := range due {
			if blocked[del.Channel] {
				continue
			}
			if held, err := d.hold(del); err != nil {
				d.logger().Error("cannot hold a readout for the channel's digest; it waits", "delivery_id", del.ID,
					"channel", del.Channel, "error", err)
				blocked[del.Channel] = true
				continue
			} else if held {
				continue
			}
			if _, ok := byChannel[del.Channel]; !ok {
				order = append(order, del.Channel)
			}
			byChannel[del.Channel] = append(byChannel[del.Channel], del)
		}
		if len(order) == 0 {
			return st, nil
		}
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(cmp.Or(d.MaxConcurrent, 4))
		for _, ch := range order {
			g.Go(func() error {
				for _, del := range byChannel[ch] {
					if gctx.Err() != nil {
						return nil
					}
					out := d.deliver(gctx, del)
					if d.OnResult != nil {
						d.OnResult(del.Kind, out.String())
					}
					mu.Lock()
					switch out {
					case outcomePosted:
						st.Posted++
					case outcomeDead:
						st.Dead++
					case outcomeRetry:
						st.Retrying++
						blocked[ch] = true
					case outcomeStopped:
						blocked[ch] = true
					}
					stop := blocked[ch]
					mu.Unlock()
					if stop {
						return nil
					}
				}
				return nil
			})
		}
		_ = g.Wait()
	}
	return st, nil
}

// Holder is an outbox that can keep a readout's delivery for the
// channel's digest (*storage.Store).
type Holder interface {
	// Hold moves a readout's delivery that has not begun posting out of
	// the outbox, to wait for its channel's digest; it reports whether it
	// moved.
	Hold(id uint64) (bool, error)
}

// hold moves a readout's delivery to its channel's held readouts when the
// channel's readouts wait for a digest, and reports whether it did.
func (d *Deliverer) hold(del readout.Delivery) (bool, error) {
	if d.Held == nil || (del.Kind != readout.KindReadout && del.Kind != "") || !del.Sending.IsZero() || del.ParentTS != "" {
		return false, nil
	}
	h, ok := d.Outbox.(Holder)
	if !ok || !d.Held(del.Channel) {
		return false, nil
	}
	moved, err := h.Hold(del.ID)
	if moved {
		d.logger().Debug("readout held for the channel's digest", "delivery_id", del.ID, "channel", del.Channel,
			"readout_id", del.ReadoutID)
	}
	return moved, err
}

// pace waits until the channel may receive another message.
func (d *Deliverer) pace(ctx context.Context, channel string) error {
	d.mu.Lock()
	lim, ok := d.limiters[channel]
	if !ok {
		lim = rate.NewLimiter(rate.Every(cmp.Or(d.PerChannel, time.Second)), max(d.Burst, 1))
		d.limiters[channel] = lim
	}
	now := d.now()
	r := lim.ReserveN(now, 1)
	d.mu.Unlock()
	return d.sleep(ctx, r.DelayFrom(now))
}

type outcome int

const (
	outcomePosted  outcome = iota
	outcomeRetry           // failed; tried again later
	outcomeDead            // failed for good
	outcomeStopped         // shutting down; left in the outbox
)

func (o outcome) String() string {
	switch o {
	case outcomePosted:
		return "posted"
	case outcomeRetry:
		return "retry"
	case outcomeDead:
		return "dead"
	}
	return "stopped"
}

// channelGone lists the errors after which the channel's subscription is
// marked inactive.
var channelGone = map[string]bool{"channel_not_found": true, "not_in_channel": true, "is_archived": true}

// postTimeout bounds one Slack call; a call in flight at shutdown is let
// finish within it.
const postTimeout = 30 * time.Second

func (d *Deliverer) deliver(ctx context.Context, del readout.Delivery) outcome {
	log := d.logger().With("delivery_id", del.ID, "channel", del.Channel, "kind", del.Kind)
	if del.ReadoutID != "" {
		log = log.With("readout_id", del.ReadoutID)
	}
	if del.ThreadOf != "" && del.ThreadTS == "" {
		if out, ok := d.resolveThread(log, &del); !ok {
			return out
		}
	}
	msg, err := d.render(del)
	if err != nil {
		log.Error("delivery cannot be rendered; moved to dead letters", "error", err)
		d.record(log, d.Outbox.Kill(del.ID, err.Error()))
		return outcomeDead
	}
	inst, err := d.instance()
	if err != nil {
		log.Error("cannot read the instance ID; delivery waits", "error", err)
		return outcomeStopped
	}
	key := PostKey{Instance: inst, DeliveryID: fmt.Sprint(del.ID)}
	payload := map[string]any{"delivery_id": key.DeliveryID}
	if inst != "" {
		payload["instance_id"] = inst
	}
	meta := Meta{EventType: EventMessagePosted, Payload: payload}
	if del.Kind == readout.KindReadout || del.Kind == "" {
		payload["readout_id"] = del.ReadoutID
		meta = Meta{EventType: EventReadoutPosted, Payload: payload}
	}
	if del.Digest != nil {
		payload["digest_key"] = del.Digest.Key
		payload["digest_part"] = del.Digest.Part
	}
	call := func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.WithoutCancel(ctx), postTimeout)
	}
	d.join(ctx, log, del.Channel)

	// An earlier attempt started: look before posting again.
	if !del.Sending.IsZero() {
		cctx, cancel := call()
		ts, parts, found, err := d.findPosted(cctx, del, key, del.Sending.Add(-2*time.Minute))
		cancel()
		switch {
		case err != nil && !IsPermanent(err):
			return d.fail(log, del, fmt.Errorf("check history before posting again: %w", err))
		case err != nil && del.ParentTS == "":
			return d.outcomeUnknown(log, del, err)
		case err != nil:
			// The parent is there; only whether the next reply went out
			// is unknown.
			log.Warn("cannot read the thread to see which replies an earlier attempt posted; "+
				"continuing after the last one recorded, which may repeat one reply", "error", err)
		case found:
			if ts != del.ParentTS || parts > del.Replies {
				log.Info("found the earlier attempt's post in the channel", "ts", ts, "replies", parts)
			}
			del.ParentTS, del.Replies = ts, max(parts, del.Replies)
		case del.ParentTS != "":
			// Recorded as posted but not in the history we can see (deleted,
			// or history hidden): keep the record rather than post again.
		}
	}
	if del.ParentTS == "" {
		if err := d.pace(ctx, del.Channel); err != nil {
			return outcomeStopped
		}
		sending := d.now()
		if err := d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.Sending = sending }); err != nil {
			log.Error("outbox update failed", "error", err)
			return outcomeStopped
		}
		cctx, cancel := call()
		ts, err := d.postFirst(cctx, del, msg, meta)
		cancel()
		if blocks, ok := withoutButtons(msg.Blocks); ok && slackError(err) == "invalid_blocks" {
			// Slack stored nothing. A source URL it refuses must not cost
			// the readout: post it again without its buttons.
			log.Warn("Slack refused the message's blocks; posting it without its buttons", "error", err)
			msg.Blocks = blocks
			cctx, cancel := call()
			ts, err = d.postFirst(cctx, del, msg, meta)
			cancel()
		}
		if err != nil {
			if notStored(err) {
				// Slack answered and stored nothing: the next attempt
				// needs no look at the history first.
				d.record(log, d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.Sending = time.Time{} }))
			}
			return d.fail(log, del, err)
		}
		del.ParentTS, del.Replies = ts, 0
		if err := d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.ParentTS, x.Replies = ts, 0 }); err != nil {
			log.Error("outbox update failed", "error", err)
		}
	}
	for i := del.Replies; i < len(msg.Replies); i++ {
		if err := d.pace(ctx, del.Channel); err != nil {
			return outcomeStopped
		}
		cctx, cancel := call()
		_, err := d.Sink.PostReply(cctx, del.Channel, thread(del), msg.Replies[i], replyMeta(meta, i+1))
		cancel()
		if blocks, ok := withoutButtons(msg.Replies[i].Blocks); ok && slackError(err) == "invalid_blocks" {
			log.Warn("Slack refused the reply's blocks; posting it without its buttons", "part", i+1, "error", err)
			msg.Replies[i].Blocks = blocks
			cctx, cancel := call()
			_, err = d.Sink.PostReply(cctx, del.Channel, thread(del), msg.Replies[i], replyMeta(meta, i+1))
			cancel()
		}
		if err != nil {
			if IsPermanent(err) {
				// The parent is there; a reply Slack refuses is given up.
				log.Warn("thread reply refused; the rest of the thread is skipped", "part", i+1, "error", err)
				break
			}
			return d.fail(log, del, fmt.Errorf("reply %d of %d: %w", i+1, len(msg.Replies), err))
		}
		if err := d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.Replies = i + 1 }); err != nil {
			log.Error("outbox update failed", "error", err)
		}
	}
	d.record(log, d.Outbox.Delivered(del.ID, thread(del)))
	log.Info("posted", "ts", del.ParentTS, "replies", len(msg.Replies))
	return outcomePosted
}

// outcomeUnknown handles a delivery an earlier attempt may have posted
// (the process died mid-post, or Slack stored the message but answered an
// error) in a channel whose history cannot be read to check (the bot is
// not in it and cannot join). Posting again could post it twice, so it is
// not: it goes to the dead letters with a reason saying so, and `readout
// outbox retry` posts it once someone has looked at the channel.
func (d *Deliverer) outcomeUnknown(log *slog.Logger, del readout.Delivery, err error) outcome {
	reason := fmt.Sprintf("not posted again: an earlier attempt may have posted it, and the channel's history "+
		"cannot be read to check (%s; invite the bot to the channel or grant channels:join); "+
		"look in the channel, then run `readout outbox retry %d` to post it", slackError(err), del.ID)
	log.Error("an earlier attempt may have posted this, and the channel's history cannot be read; "+
		"moved to dead letters rather than risk posting it twice", "error", err)
	// A retry by hand means "post it": no history check then.
	d.record(log, d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.Sending = time.Time{} }))
	d.record(log, d.Outbox.Kill(del.ID, reason))
	return outcomeDead
}

// notStored reports whether a failed post's error proves Slack stored
// nothing: a rate limit, or an answer with ok:false.
func notStored(err error) bool {
	var rl *slack.RateLimitedError
	var se slack.SlackErrorResponse
	return errors.As(err, &rl) || errors.As(err, &se)
}

// instance returns the deployment's instance ID: Instance, else the
// outbox's own (a store with an InstanceID method keeps one per
// database), else "".
func (d *Deliverer) instance() (string, error) {
	if d.Instance != "" {
		return d.Instance, nil
	}
	src, ok := d.Outbox.(interface{ InstanceID() (string, error) })
	if !ok {
		return "", nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.instanceID == "" {
		id, err := src.InstanceID()
		if err != nil {
			return "", err
		}
		d.instanceID = id
	}
	return d.instanceID, nil
}

// join asks the sink, once per channel and process, to make the bot a
// member of the channel before posting there, so that its history can be
// read after a crash. A failure is logged: the post itself shows whether
// the bot may post there (an app installed with chat:write.public may),
// but exactly-once cannot be checked there.
func (d *Deliverer) join(ctx context.Context, log *slog.Logger, channel string) {
	d.mu.Lock()
	done := d.joined[channel]
	d.joined[channel] = true
	d.mu.Unlock()
	if done {
		return
	}
	jctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	if err := d.Sink.Join(jctx, channel); err != nil && ctx.Err() == nil {
		log.Warn("cannot join the channel, so its history cannot be read: a post whose outcome is unknown "+
			"after a crash will go to the dead letters instead of being posted again; invite the bot or grant channels:join",
			"error", err)
	}
}

// fail records a failed attempt: dead letter for errors retrying cannot
// fix (marking gone channels inactive), else a retry with backoff.
func (d *Deliverer) fail(log *slog.Logger, del readout.Delivery, err error) outcome {
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
	wait := d.retryWait(del.Attempts + 1)
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
		if del.ThreadTS != "" {
			return d.renderPaired(del)
		}
		r, err := d.Outbox.Readout(del.ReadoutID)
		if err != nil {
			return Message{}, err
		}
		return WithMatch(RenderReadout(r), del.Match), nil
	case readout.KindNotice:
		return RenderNotice(del.Text), nil
	case readout.KindReminder:
		return RenderReminder(del.Text, del.Reminder), nil
	case readout.KindDigest:
		if del.Digest == nil {
			return Message{}, errors.New("digest delivery without its digest")
		}
		return RenderDigest(del.Digest, d.Outbox.Readout)
	default:
		return Message{}, fmt.Errorf("unknown delivery kind %q", del.Kind)
	}
}

// RenderNotice renders an operational message (a feed failing or
// recovering) as one escaped section.
func RenderNotice(text string) Message {
	esc, _ := fit(text, 2900)
	return Message{
		Text:   esc,
		Blocks: []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, esc, false, true), nil, nil)},
	}
}

// retryWait is the backoff after the n-th failed attempt.
func (d *Deliverer) retryWait(n int) time.Duration {
	p := backoff.Policy{Initial: cmp.Or(d.RetryInitial, 30*time.Second), Max: cmp.Or(d.RetryMax, 30*time.Minute), Jitter: 0.2}
	return p.Wait(n)
}

// withoutButtons returns blocks without their actions blocks (the source
// buttons), and whether there were any.
func withoutButtons(blocks []slack.Block) ([]slack.Block, bool) {
	out := make([]slack.Block, 0, len(blocks))
	for _, b := range blocks {
		if b.BlockType() != slack.MBTAction {
			out = append(out, b)
		}
	}
	return out, len(out) < len(blocks)
}

// slackError returns Slack's error string ("channel_not_found") or the
// error's text.
func slackError(err error) string {
	if err == nil {
		return ""
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	return err.Error()
}
