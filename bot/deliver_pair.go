package bot

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/readout-bot/readout/readout"
)

// threadOutbox is the part of the outbox a delivery needs to answer in the
// thread of another readout's post (readout.Delivery.ThreadOf);
// *storage.Store has it. With an Outbox without it, such a delivery is
// posted as a parent.
type threadOutbox interface {
	// PostedTS returns the timestamp recorded for a readout's post in a
	// channel: for a readout posted in a thread, the thread's.
	PostedTS(channel, readoutID string) (string, bool, error)
	// Queued reports whether a delivery of the readout to the channel is
	// still in the outbox.
	Queued(channel, readoutID string) (bool, error)
}

// ThreadFinder is a Sink that can find a delivery's posts in a thread it
// answered in: thread replies do not show in the channel's history, where
// FindPosted looks.
type ThreadFinder interface {
	// FindInThread looks in the thread of threadTS for the posts of key:
	// the first part's timestamp and the highest reply part.
	FindInThread(ctx context.Context, channel, threadTS string, key PostKey) (ts string, parts int, found bool, err error)
}

// resolveThread fixes, before anything is posted, where a delivery that
// answers another readout's post goes: into that post's thread when the
// channel has it (the thread is recorded in the delivery, so that a
// restart answers in the same thread); nowhere yet while that post is
// still queued for the channel; as a parent when it never reached the
// channel. It reports false, with the outcome, when the delivery waits.
func (d *Deliverer) resolveThread(log *slog.Logger, del *readout.Delivery) (outcome, bool) {
	out, ok := d.Outbox.(threadOutbox)
	if !ok {
		del.ThreadOf = ""
		return outcomePosted, true
	}
	ts, found, err := out.PostedTS(del.Channel, del.ThreadOf)
	if err != nil {
		log.Error("cannot read where the first readout of this meeting was posted; delivery waits", "error", err)
		return outcomeStopped, false
	}
	if found {
		if err := d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.ThreadTS = ts }); err != nil {
			log.Error("outbox update failed", "error", err)
			return outcomeStopped, false
		}
		del.ThreadTS = ts
		return outcomePosted, true
	}
	queued, err := out.Queued(del.Channel, del.ThreadOf)
	if err != nil {
		log.Error("cannot read the outbox; delivery waits", "error", err)
		return outcomeStopped, false
	}
	if queued {
		next := d.now().Add(d.retryWait(1))
		log.Info("waiting for the first readout of this meeting to be posted in the channel",
			"thread_of", del.ThreadOf, "next_try", next.Format(time.RFC3339))
		d.record(log, d.Outbox.Retry(del.ID, next, "waiting for the first readout of this meeting ("+del.ThreadOf+") to be posted here"))
		return outcomeRetry, false
	}
	log.Info("the first readout of this meeting was not posted in the channel; posting this one as a parent", "thread_of", del.ThreadOf)
	if err := d.Outbox.UpdateDelivery(del.ID, func(x *readout.Delivery) { x.ThreadOf = "" }); err != nil {
		log.Error("outbox update failed", "error", err)
		return outcomeStopped, false
	}
	del.ThreadOf = ""
	return outcomePosted, true
}

// renderPaired renders a delivery that answers in the first readout's
// thread: whose readout it is, and the comparison of the two.
func (d *Deliverer) renderPaired(del readout.Delivery) (Message, error) {
	r, err := d.Outbox.Readout(del.ReadoutID)
	if err != nil {
		return Message{}, err
	}
	first, err := d.Outbox.Readout(del.ThreadOf)
	if err != nil {
		return Message{}, fmt.Errorf("the first readout of the meeting: %w", err)
	}
	return RenderPaired(r, first), nil
}

// findPosted looks for an earlier attempt's posts: in the thread the
// delivery answers in, else in the channel's history.
func (d *Deliverer) findPosted(ctx context.Context, del readout.Delivery, key PostKey, since time.Time) (string, int, bool, error) {
	if del.ThreadTS != "" {
		if tf, ok := d.Sink.(ThreadFinder); ok {
			return tf.FindInThread(ctx, del.Channel, del.ThreadTS, key)
		}
	}
	return d.Sink.FindPosted(ctx, del.Channel, key, since)
}

// postFirst posts a delivery's first part: a parent, or the first reply
// in the thread it answers in.
func (d *Deliverer) postFirst(ctx context.Context, del readout.Delivery, msg Message, meta Meta) (string, error) {
	if del.ThreadTS != "" {
		return d.Sink.PostReply(ctx, del.Channel, del.ThreadTS, Reply{Text: msg.Text, Blocks: msg.Blocks}, meta)
	}
	return d.Sink.PostParent(ctx, del.Channel, msg, meta)
}

// thread is the thread a delivery's replies go to, and the timestamp its
// readout is recorded under: its own parent's, or the one it answers in.
func thread(del readout.Delivery) string {
	if del.ThreadTS != "" {
		return del.ThreadTS
	}
	return del.ParentTS
}
