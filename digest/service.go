package digest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/subscriptions"
)

// Store keeps the channels' digest states and what they hold
// (*storage.Store).
type Store interface {
	subscriptions.Source
	DigestStates() (map[string]storage.DigestState, error)
	DigestState(channel string) (storage.DigestState, int, error)
	UpdateDigestState(channel string, f func(*storage.DigestState) error) error
	RunDigest(run storage.DigestRun) (int, error)
}

// Service posts each channel's digest at the end of its periods and the
// catch-up digest at the end of a pause, and answers the digest, pause
// and resume commands. Readouts reach it through the deliverer, which
// holds (Held) the deliveries of channels whose readouts wait.
type Service struct {
	Store Store
	// Config is the configuration file's digests by channel; a channel's
	// digest set there can only be changed there.
	Config map[string]Schedule
	// ConfigSubs are the configuration file's subscriptions: a digest
	// groups readouts under the countries its channel follows first.
	ConfigSubs []readout.Subscription
	// Split cuts a digest into messages (bot.SplitDigest); follows is the
	// channel's countries.
	Split func(rs []*readout.Readout, follows []string) [][]readout.DigestGroup
	// Now is the clock (time.Now when nil): periods and pauses end by it.
	Now func() time.Time
	// Tick is how often Run looks for periods and pauses that ended
	// (default 30s).
	Tick time.Duration
	// Notify is called after digests were enqueued (the deliverer's Wake).
	Notify func()
	Logger *slog.Logger
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Run makes the digests that come due until ctx ends: once at once (a
// period that ended while the daemon was down), then when the next period
// or pause ends, and at least every Tick.
func (s *Service) Run(ctx context.Context) error {
	tick := cmp.Or(s.Tick, 30*time.Second)
	for {
		if _, err := s.RunDue(); err != nil && ctx.Err() == nil {
			s.logger().Error("digest run failed", "error", err)
		}
		wait := tick
		if next, ok := s.nextEnd(); ok {
			wait = min(wait, max(next.Sub(s.now()), 0))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// nextEnd is when the next period or pause ends, if any does.
func (s *Service) nextEnd() (time.Time, bool) {
	states, err := s.Store.DigestStates()
	if err != nil {
		return time.Time{}, false
	}
	now := s.now()
	var next time.Time
	consider := func(t time.Time) {
		if !t.IsZero() && (next.IsZero() || t.Before(next)) {
			next = t
		}
	}
	for ch, st := range states {
		if st.Paused {
			consider(st.PausedUntil)
			continue
		}
		if sch, _ := s.schedule(ch, st); !sch.IsZero() {
			consider(sch.Next(now))
		}
	}
	for ch, sch := range s.Config {
		if _, ok := states[ch]; !ok {
			consider(sch.Next(now))
		}
	}
	return next, !next.IsZero()
}

// schedule is the channel's digest: the configuration file's, else the
// one set from Slack; zero when off.
func (s *Service) schedule(channel string, st storage.DigestState) (sch Schedule, fromConfig bool) {
	if c, ok := s.Config[channel]; ok && !c.IsZero() {
		return c, true
	}
	if st.Schedule == "" {
		return Schedule{}, false
	}
	sch, err := Parse(st.Schedule, nil)
	if err != nil {
		s.logger().Warn("stored digest schedule not readable; digest off", "channel", channel, "schedule", st.Schedule, "error", err)
		return Schedule{}, false
	}
	return sch, false
}

// Held reports whether a channel's readouts wait: it has a digest, or it
// is paused. The deliverer asks it for each readout. A store failure
// holds nothing (the readout is posted as usual) and is logged.
func (s *Service) Held(channel string) bool {
	if c, ok := s.Config[channel]; ok && !c.IsZero() {
		return true
	}
	st, _, err := s.Store.DigestState(channel)
	if err != nil {
		s.logger().Error("cannot read the channel's digest state; posting its readouts one by one", "channel", channel, "error", err)
		return false
	}
	return st.Paused || st.Schedule != ""
}

// RunDue makes every digest due by now: each channel's period that ended
// since its last digest, and each pause that ran out. It returns the
// deliveries it enqueued. Running it again for the same instant enqueues
// nothing more.
func (s *Service) RunDue() (int, error) {
	now := s.now()
	states, err := s.Store.DigestStates()
	if err != nil {
		return 0, fmt.Errorf("digest: %w", err)
	}
	channels := make([]string, 0, len(states)+len(s.Config))
	for ch := range states {
		channels = append(channels, ch)
	}
	for ch := range s.Config {
		if _, ok := states[ch]; !ok {
			channels = append(channels, ch)
		}
	}
	slices.Sort(channels)
	inactive, err := s.Store.Inactive()
	if err != nil {
		return 0, fmt.Errorf("digest: %w", err)
	}
	total := 0
	var errs []error
	for _, ch := range channels {
		if _, gone := inactive[ch]; gone {
			// The bot cannot post there: what it holds waits until the
			// channel is subscribed again, then comes in the next digest.
			continue
		}
		n, err := s.runChannel(ch, states[ch], now)
		total += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	if total > 0 && s.Notify != nil {
		s.Notify()
	}
	s.logger().Debug("digests looked at", "now", now.Format(time.RFC3339), "channels", len(channels), "messages", total)
	return total, errors.Join(errs...)
}

func (s *Service) runChannel(ch string, st storage.DigestState, now time.Time) (int, error) {
	if st.Paused {
		if st.PausedUntil.IsZero() || now.Before(st.PausedUntil) {
			return 0, nil
		}
		n, _, err := s.resume(ch)
		if n > 0 {
			s.logger().Info("pause ended; catch-up digest enqueued", "channel", ch, "messages", n)
		}
		return n, err
	}
	sch, _ := s.schedule(ch, st)
	if sch.IsZero() {
		return s.flushStray(ch, now)
	}
	if st.Last.IsZero() {
		// A digest the configuration file just set: its first period is
		// the next one.
		return 0, s.Store.UpdateDigestState(ch, func(st *storage.DigestState) error {
			if st.Last.IsZero() {
				st.Last = now
			}
			return nil
		})
	}
	end, ok := sch.Due(st.Last, now)
	if !ok {
		return 0, nil
	}
	n, err := s.Store.RunDigest(storage.DigestRun{
		Channel: ch,
		Key:     "period:" + end.UTC().Format(time.RFC3339),
		Title:   periodTitle(sch, end),
		Update: func(st *storage.DigestState) bool {
			if st.Paused || !end.After(st.Last) {
				return false
			}
			st.Last = end
			return true
		},
		Split: s.splitFor(ch),
	})
	if err != nil {
		return 0, err
	}
	s.logger().Info("digest period ended", "channel", ch, "period_end", end.Format(time.RFC3339), "messages", n)
	return n, nil
}

// flushStray posts what a channel holds although it neither has a digest
// nor is paused: a readout the deliverer held just as the digest was
// turned off.
func (s *Service) flushStray(ch string, now time.Time) (int, error) {
	_, held, err := s.Store.DigestState(ch)
	if err != nil || held == 0 {
		return 0, err
	}
	return s.Store.RunDigest(storage.DigestRun{
		Channel: ch,
		Key:     "late:" + now.UTC().Format(time.RFC3339Nano),
		Title:   "Digest · the readouts since the last one",
		Update: func(st *storage.DigestState) bool {
			_, fromConfig := s.Config[ch]
			return !st.Paused && st.Schedule == "" && !fromConfig
		},
		Split: s.splitFor(ch),
	})
}

// periodTitle heads a period's digest: "Daily digest · Mon 7 Dec 2026",
// "Weekly digest · week to Mon 7 Dec 2026".
func periodTitle(sch Schedule, end time.Time) string {
	day := end.In(sch.location()).Format("Mon 2 Jan 2006")
	if sch.Frequency == Weekly {
		return "Weekly digest · week to " + day
	}
	return "Daily digest · " + day
}

// splitFor returns the split for a channel's digest, which groups its
// readouts under the countries the channel follows first.
func (s *Service) splitFor(channel string) func([]*readout.Readout) [][]readout.DigestGroup {
	var follows []string
	if chans, err := subscriptions.Channels(s.Store, s.ConfigSubs); err == nil {
		for _, c := range chans {
			if c.ID == channel {
				follows = c.Countries()
			}
		}
	} else {
		s.logger().Warn("cannot read the channel's countries; its digest groups readouts by their first party", "channel", channel, "error", err)
	}
	split := s.Split
	if split == nil {
		split = oneGroupEach
	}
	return func(rs []*readout.Readout) [][]readout.DigestGroup { return split(rs, follows) }
}

// oneGroupEach puts every readout in one message, grouped by its first
// party; for a Service without a Split.
func oneGroupEach(rs []*readout.Readout, _ []string) [][]readout.DigestGroup {
	var groups []readout.DigestGroup
	for _, r := range rs {
		c := ""
		if len(r.Parties) > 0 {
			c = r.Parties[0]
		}
		groups = append(groups, readout.DigestGroup{Country: c, ReadoutIDs: []string{r.ID}})
	}
	return [][]readout.DigestGroup{groups}
}

// resume ends a channel's pause and enqueues what it held as one
// "while this channel was paused" digest, in one transaction. It reports
// the deliveries enqueued and whether the channel was paused.
func (s *Service) resume(ch string) (int, bool, error) {
	st, _, err := s.Store.DigestState(ch)
	if err != nil {
		return 0, false, err
	}
	if !st.Paused {
		return 0, false, nil
	}
	since := st.PausedSince
	wasPaused := false
	n, err := s.Store.RunDigest(storage.DigestRun{
		Channel: ch,
		Key:     "pause:" + since.UTC().Format(time.RFC3339Nano),
		Title:   "While this channel was paused · since " + since.UTC().Format("Mon 2 Jan 2006 15:04 MST"),
		Update: func(st *storage.DigestState) bool {
			if !st.Paused || !st.PausedSince.Equal(since) {
				return false
			}
			wasPaused = true
			st.Paused, st.PausedSince, st.PausedUntil, st.PausedBy = false, time.Time{}, time.Time{}, ""
			return true
		},
		Split: s.splitFor(ch),
	})
	return n, wasPaused, err
}

// Answers to commands are plain text; they may quote commands in
// backticks.

// Digest answers `/readout digest …`: "daily 09:00 Asia/Tokyo", "weekly
// mon 08:30 Europe/Paris", "off", or nothing (what is set). A mistake
// changes nothing.
func (s *Service) Digest(ctx context.Context, channel, user string, args []string) (string, error) {
	st, held, err := s.Store.DigestState(channel)
	if err != nil {
		return "", err
	}
	cur, fromConfig := s.schedule(channel, st)
	if len(args) == 0 {
		if cur.IsZero() {
			return "This channel gets each readout as it comes. `/readout digest daily 09:00 Asia/Tokyo` or " +
				"`/readout digest weekly mon 08:30 Europe/Paris` gathers them into one message a day or a week.", nil
		}
		return fmt.Sprintf("This channel gets a digest %s; %s waiting for the next one. `/readout digest off` stops it.",
			cur.Describe(), plural(held, "readout")), nil
	}
	if fromConfig {
		return fmt.Sprintf("This channel's digest (%s) is set in readout's configuration file and can only be changed there.",
			cur.Describe()), nil
	}
	if len(args) == 1 && strings.EqualFold(args[0], "off") {
		if cur.IsZero() {
			return "This channel has no digest: it gets each readout as it comes.", nil
		}
		return s.digestOff(channel, user)
	}
	sch, err := Parse(strings.Join(args, " "), nil)
	if err != nil {
		if errors.Is(err, ErrUsage) {
			return usageText(err) + " Nothing was changed.", nil
		}
		return "", err
	}
	now := s.now()
	err = s.Store.UpdateDigestState(channel, func(st *storage.DigestState) error {
		if st.Schedule == "" {
			st.Last = now // the first digest is the next period's
		}
		st.Schedule = sch.String()
		return nil
	})
	if err != nil {
		return "", err
	}
	s.logger().InfoContext(ctx, "digest set", "channel", channel, "user", user, "schedule", sch.String())
	next := sch.Next(now)
	return fmt.Sprintf("From now on this channel gets one digest %s instead of each readout as it comes; "+
		"the first on %s. `/readout digest off` goes back.", sch.Describe(), next.In(sch.location()).Format("Mon 2 Jan 2006 15:04 MST")), nil
}

// digestOff turns a channel's digest off; what it held is posted at once
// as a last digest (unless the channel is paused: then on resume).
func (s *Service) digestOff(channel, user string) (string, error) {
	now := s.now()
	paused := false
	n, err := s.Store.RunDigest(storage.DigestRun{
		Channel: channel,
		Key:     "off:" + now.UTC().Format(time.RFC3339Nano),
		Title:   "Digest · the readouts since the last one",
		Update: func(st *storage.DigestState) bool {
			paused = st.Paused
			st.Schedule = ""
			return !paused
		},
		Split: s.splitFor(channel),
	})
	if err != nil {
		return "", err
	}
	if paused {
		// The run above changed nothing; what the channel holds waits
		// for the end of its pause.
		err = s.Store.UpdateDigestState(channel, func(st *storage.DigestState) error {
			st.Schedule = ""
			return nil
		})
		if err != nil {
			return "", err
		}
	}
	if n > 0 && s.Notify != nil {
		s.Notify()
	}
	s.logger().Info("digest off", "channel", channel, "user", user, "messages", n)
	msg := "Digest off: this channel gets each readout as it comes again."
	switch {
	case paused:
		msg += " It is paused, though: `/readout resume` posts what arrived meanwhile."
	case n > 0:
		msg += " The readouts waiting for the next digest follow now."
	}
	return msg, nil
}

// Pause answers `/readout pause` and `/readout pause for 7d`.
func (s *Service) Pause(ctx context.Context, channel, user string, args []string) (string, error) {
	d, err := ParsePause(args)
	if err != nil {
		if errors.Is(err, ErrUsage) {
			return usageText(err) + " Nothing was changed.", nil
		}
		return "", err
	}
	now := s.now()
	var until time.Time
	if d > 0 {
		until = now.Add(d)
	}
	already := false
	err = s.Store.UpdateDigestState(channel, func(st *storage.DigestState) error {
		already = st.Paused
		if !st.Paused {
			st.Paused, st.PausedSince, st.PausedBy = true, now, user
		}
		st.PausedUntil = until
		return nil
	})
	if err != nil {
		return "", err
	}
	s.logger().InfoContext(ctx, "channel paused", "channel", channel, "user", user, "until", until)
	how := "until `/readout resume`"
	if !until.IsZero() {
		how = "until " + until.UTC().Format("Mon 2 Jan 2006 15:04 MST") + " (or `/readout resume`)"
	}
	if already {
		return "This channel was paused already; it now stays paused " + how + ".", nil
	}
	return "Paused " + how + ". Nothing is lost: what arrives meanwhile comes as one digest when the pause ends.", nil
}

// Resume answers `/readout resume`: the pause ends and what arrived
// meanwhile is posted as one digest.
func (s *Service) Resume(ctx context.Context, channel, user string) (string, error) {
	n, was, err := s.resume(channel)
	if err != nil {
		return "", err
	}
	if !was {
		return "This channel is not paused.", nil
	}
	if n > 0 && s.Notify != nil {
		s.Notify()
	}
	s.logger().InfoContext(ctx, "channel resumed", "channel", channel, "user", user, "messages", n)
	if n == 0 {
		return "Resumed. Nothing arrived while this channel was paused.", nil
	}
	return "Resumed. What arrived while this channel was paused follows as one digest.", nil
}

// Status is what `/readout list` says of the channel's digest and pause:
// no lines when neither is on.
func (s *Service) Status(channel string) ([]string, error) {
	st, held, err := s.Store.DigestState(channel)
	if err != nil {
		return nil, err
	}
	var lines []string
	sch, fromConfig := s.schedule(channel, st)
	if !sch.IsZero() {
		l := "Digest " + sch.Describe()
		if fromConfig {
			l += " (from the configuration file)"
		}
		lines = append(lines, l+".")
	}
	if st.Paused {
		l := "Paused since " + st.PausedSince.UTC().Format("Mon 2 Jan 2006 15:04 MST")
		if !st.PausedUntil.IsZero() {
			l += ", until " + st.PausedUntil.UTC().Format("Mon 2 Jan 2006 15:04 MST")
		} else {
			l += ", until `/readout resume`"
		}
		lines = append(lines, l+".")
	}
	if held > 0 {
		lines = append(lines, plural(held, "readout")+" waiting for the next digest.")
	}
	return lines, nil
}

// usageText is a usage error's explanation, without its "digest: "
// prefix, as a sentence.
func usageText(err error) string {
	msg := strings.TrimPrefix(err.Error(), ErrUsage.Error()+": ")
	if msg == "" {
		return msg
	}
	return strings.ToUpper(msg[:1]) + msg[1:] + "."
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
