// Package reminders turns the anniversary facts the bot knows into Slack
// reminders: it merges the built-in table with the facts stored in the
// database (added by users or learned from readouts), works out on each run
// which anniversaries are due in each subscribed channel's time zone, and
// puts one outbox delivery per reminder, exactly once, however often it
// runs or restarts.
//
// It also answers the lookups of `/readout anniversaries` and of the
// `readout anniversaries` command, and keeps the facts users add and
// remove.
package reminders

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/readout-bot/readout/anniversary"
	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/subscriptions"
)

// Store is what the service needs kept, in the domain's terms; the
// storage package implements it.
type Store interface {
	// Facts returns every stored record, removal marks included.
	Facts() ([]anniversary.Record, error)
	// UpdateFact reads the record with key and, in the same transaction,
	// writes what f returns when f asks for it.
	UpdateFact(key string, f func(cur anniversary.Record, found bool) (anniversary.Record, bool, error)) error
	// DeleteFact removes the record with key.
	DeleteFact(key string) error
	Subscriptions(all bool) ([]readout.Subscription, error)
	Inactive() (map[string]string, error)
	Readout(id string) (*readout.Readout, error)
	LatestForCountry(code string, n int, match func(*readout.Readout) bool) ([]*readout.Readout, error)
	// EnqueueReminders puts each reminder not sent before in the outbox
	// and records it as sent, and returns how many it enqueued.
	EnqueueReminders(items []readout.ReminderDelivery) (int, error)
	LastReminderRun() (time.Time, error)
	SetLastReminderRun(t time.Time) error
}

// Channel is a channel subscribed in the configuration file.
type Channel struct {
	ID        string
	Countries []string       // ISO codes
	Location  *time.Location // the channel's time zone; nil for Service.Location
}

// DefaultOffsets are the days ahead of an anniversary at which reminders
// go out when Service.Offsets is empty.
var DefaultOffsets = []int{30, 7, 0}

// Service reminds channels of anniversaries and keeps the facts.
type Service struct {
	Store Store
	// Builtin is the built-in table; nil means anniversary.Builtin(). An
	// empty, non-nil slice means no built-in facts.
	Builtin []anniversary.Fact
	// Channels are the configuration file's subscriptions; subscriptions
	// made in Slack come from the store and use Location.
	Channels []Channel
	// Location is the default time zone (UTC when nil).
	Location *time.Location
	// Offsets are the days ahead of an anniversary to remind at
	// (DefaultOffsets when empty); EveryYear reminds of every anniversary
	// at each offset, not only of milestones.
	Offsets   []int
	EveryYear bool
	// Notify is called after a run enqueued reminders (the deliverer's
	// Wake).
	Notify func()
	Logger *slog.Logger
	Now    func() time.Time

	mu sync.Mutex // one run at a time
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

func (s *Service) location() *time.Location {
	return cmp.Or(s.Location, time.UTC)
}

func (s *Service) offsets() []int {
	if len(s.Offsets) == 0 {
		return DefaultOffsets
	}
	return s.Offsets
}

func (s *Service) builtin() []anniversary.Fact {
	if s.Builtin == nil {
		return anniversary.Builtin()
	}
	return slices.Clone(s.Builtin)
}

// catchUpDays bounds how far back a run looks for days it missed: as far
// as the largest offset, and at least a month so that a month's or year's
// "this month marks" reminder is made up within its month.
func (s *Service) catchUpDays() int {
	return max(slices.Max(append([]int{0}, s.offsets()...)), 31)
}

// name resolves a party code for messages: countries by name,
// organisations by their code.
func name(code string) string {
	if anniversary.IsCountryCode(code) {
		return country.Name(code)
	}
	return ""
}

// Run enqueues the reminders due today in each subscribed channel's time
// zone, and those of the days missed since the last run that are still
// ahead of their anniversary, then wakes the deliverer. Each reminder
// (channel, fact, year, offset) is enqueued once, whatever the number of
// runs. It returns how many deliveries it enqueued.
func (s *Service) Run(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	last, err := s.Store.LastReminderRun()
	if err != nil {
		return 0, fmt.Errorf("reminders: run: %w", err)
	}
	facts, err := s.Facts()
	if err != nil {
		return 0, fmt.Errorf("reminders: run: %w", err)
	}
	channels, err := s.channels()
	if err != nil {
		return 0, fmt.Errorf("reminders: run: %w", err)
	}
	b := &batch{s: s, latest: map[string]ref{}, sources: map[string]ref{}}
	for _, ch := range channels {
		if err := ctx.Err(); err != nil {
			return 0, fmt.Errorf("reminders: run: %w", err)
		}
		b.channel(ch, facts, last, now)
	}
	n, err := s.Store.EnqueueReminders(b.items)
	if err != nil {
		return 0, fmt.Errorf("reminders: run: %w", err)
	}
	if err := s.Store.SetLastReminderRun(now); err != nil {
		return n, fmt.Errorf("reminders: run: %w", err)
	}
	if n > 0 && s.Notify != nil {
		s.Notify()
	}
	s.logger().Info("reminder run", "channels", len(channels), "due", len(b.items), "enqueued", n,
		"last_run", last.Format(time.RFC3339))
	return n, nil
}

// CatchUp runs the reminders now if the schedule had a run between the
// last completed run and now, that is while the daemon was down; next
// returns the schedule's first run after a time. On the first start ever
// there is nothing to make up and it does nothing. It returns how many
// deliveries it enqueued.
func (s *Service) CatchUp(ctx context.Context, next func(time.Time) time.Time) (int, error) {
	last, err := s.Store.LastReminderRun()
	if err != nil {
		return 0, fmt.Errorf("reminders: catch up: %w", err)
	}
	if last.IsZero() || next(last).After(s.now()) {
		return 0, nil
	}
	s.logger().Info("reminder runs were missed; making them up", "last_run", last.Format(time.RFC3339))
	return s.Run(ctx)
}

// channels returns the active subscribed channels with countries: the
// configuration's, with their time zones, and those made in Slack. A
// channel in both gets the union of its countries.
func (s *Service) channels() ([]Channel, error) {
	var config []readout.Subscription
	loc := map[string]*time.Location{}
	for _, ch := range s.Channels {
		config = append(config, readout.Subscription{Channel: ch.ID, Countries: ch.Countries})
		if _, ok := loc[ch.ID]; !ok {
			loc[ch.ID] = ch.Location
		}
	}
	subs, err := subscriptions.Effective(s.Store, config)
	if err != nil {
		return nil, err
	}
	var out []Channel
	for _, sub := range subs {
		if len(sub.Countries) > 0 {
			out = append(out, Channel{ID: sub.Channel, Countries: sub.Countries, Location: cmp.Or(loc[sub.Channel], s.location())})
		}
	}
	return out, nil
}

// ref is a titled link: a source or a readout.
type ref struct{ title, url string }

// batch collects one run's reminders.
type batch struct {
	s       *Service
	items   []readout.ReminderDelivery
	latest  map[string]ref // by fact key
	sources map[string]ref // by fact source
}

// channel adds the reminders of one channel: those due today and those of
// the missed days since last that are still ahead of their anniversary.
// When one fact has several reminders in the run (a 30-day reminder made
// up on the day of the 7-day one), only the nearest offset is posted; the
// others are recorded as sent.
func (b *batch) channel(ch Channel, facts []anniversary.Fact, last, now time.Time) {
	loc := ch.Location
	var mine []anniversary.Fact
	for _, f := range facts {
		if slices.ContainsFunc(f.Parties, func(p string) bool { return slices.Contains(ch.Countries, p) }) {
			mine = append(mine, f)
		}
	}
	if len(mine) == 0 {
		return
	}
	today := anniversary.DayOf(now, loc)
	start := today
	if !last.IsZero() {
		start = anniversary.DayOf(last, loc)
		if floor := today.AddDays(-b.s.catchUpDays()); start.Before(floor) {
			start = floor
		}
		if today.Before(start) { // the clock went back
			start = today
		}
	}
	type pick struct {
		item readout.ReminderDelivery
		r    anniversary.Reminder
		on   anniversary.CivilDay
	}
	picked := map[string]int{} // fact key and year -> index in picks
	var picks []pick
	for d := start; !today.Before(d); d = d.AddDays(1) {
		for _, r := range anniversary.Due(mine, d.Noon(loc), loc, b.s.offsets(), b.s.EveryYear) {
			on := anniversary.DayOf(r.Occurrence.Date, loc)
			if d != today && !stillAhead(r, on, today) {
				continue
			}
			f := r.Occurrence.Fact
			item := readout.ReminderDelivery{
				Channel: ch.ID, FactKey: f.Key(), Year: f.Since.Year + r.Occurrence.Ordinal, OffsetDays: r.OffsetDays,
			}
			if f.Precision == anniversary.Day {
				r.OffsetDays = today.DaysUntil(on) // a made-up reminder says how far off it really is
			}
			id := fmt.Sprint(item.FactKey, "\x00", item.Year)
			if i, ok := picked[id]; ok {
				// Keep the nearest offset visible; record the other as sent.
				if item.OffsetDays < picks[i].item.OffsetDays {
					picks[i].item.Superseded = true
					picks = append(picks, pick{item, r, on})
					picked[id] = len(picks) - 1
				} else {
					item.Superseded = true
					picks = append(picks, pick{item, r, on})
				}
				continue
			}
			picked[id] = len(picks)
			picks = append(picks, pick{item, r, on})
		}
	}
	for _, p := range picks {
		if !p.item.Superseded {
			p.item.Text = p.r.Text(name)
			p.item.Payload = b.payload(p.r, p.on)
		}
		b.items = append(b.items, p.item)
	}
}

// stillAhead reports whether a reminder of a missed day is still worth
// sending today: a day-precise anniversary must be after today (today's own
// reminders cover the day itself); a month's or a year's must still be
// running.
func stillAhead(r anniversary.Reminder, on, today anniversary.CivilDay) bool {
	switch r.Occurrence.Fact.Precision {
	case anniversary.Month:
		return on.Y == today.Y && on.M == today.M
	case anniversary.Year:
		return on.Y == today.Y
	}
	return today.Before(on)
}

// payload is what the renderer needs besides the text.
func (b *batch) payload(r anniversary.Reminder, on anniversary.CivilDay) readout.ReminderPayload {
	f := r.Occurrence.Fact
	p := readout.ReminderPayload{
		Parties:   slices.Clone(f.Parties),
		Ordinal:   r.Occurrence.Ordinal,
		Milestone: r.Occurrence.Milestone,
		Date:      on.String(),
	}
	src, ok := b.sources[f.Source]
	if !ok {
		src = b.s.source(f.Source)
		b.sources[f.Source] = src
	}
	p.SourceTitle, p.SourceURL = src.title, src.url
	lat, ok := b.latest[f.Key()]
	if !ok {
		lat = b.s.latestBetween(f.Parties)
		b.latest[f.Key()] = lat
	}
	p.LatestTitle, p.LatestURL = lat.title, lat.url
	return p
}

// source describes a fact's source: a web page by its host, a readout by
// its title and link, a user's addition as such.
func (s *Service) source(src string) ref {
	switch {
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		u, err := url.Parse(src)
		if err != nil || u.Host == "" {
			return ref{}
		}
		return ref{title: strings.TrimPrefix(u.Hostname(), "www."), url: src}
	case strings.HasPrefix(src, "readout:"):
		r, err := s.Store.Readout(strings.TrimPrefix(src, "readout:"))
		if err != nil {
			s.logger().Debug("source readout not found", "source", src, "error", err)
			return ref{title: "a readout"}
		}
		return ref{title: cmp.Or(strings.TrimSpace(r.Title), "a readout"), url: r.URL}
	case strings.HasPrefix(src, "user:"):
		return ref{title: "added in Slack"}
	}
	return ref{}
}

// latestBetween returns the latest readout whose parties include every
// country among parties; an organisation party must be named in its title.
func (s *Service) latestBetween(parties []string) ref {
	var countries, orgs []string
	for _, p := range parties {
		if anniversary.IsCountryCode(p) {
			countries = append(countries, p)
		} else {
			orgs = append(orgs, p)
		}
	}
	if len(countries) == 0 {
		return ref{}
	}
	rs, err := s.Store.LatestForCountry(countries[0], 1, func(r *readout.Readout) bool {
		for _, c := range countries[1:] {
			if !r.HasParty(c) {
				return false
			}
		}
		for _, o := range orgs {
			if !strings.Contains(r.Title, o) {
				return false
			}
		}
		return true
	})
	if err != nil {
		s.logger().Warn("latest readout for a reminder", "parties", parties, "error", err)
		return ref{}
	}
	if len(rs) == 0 {
		return ref{}
	}
	return ref{title: rs[0].Title, url: rs[0].URL}
}
