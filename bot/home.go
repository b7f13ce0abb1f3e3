package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/readout-bot/readout/country"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/subscriptions"
	"github.com/slack-go/slack"
)

// Limits of the App Home view. Block Kit allows 100 blocks in a Home tab
// and 3000 characters in a section's text.
const (
	homeMaxBlocks      = 100
	homeSectionChars   = 2900
	homeReadouts       = 8
	homeAnniversaries  = 10
	homeAnniversaryDay = 60  // days ahead shown
	homeMaxParts       = 40  // countries and feeds listed per channel
	homeMaxLines       = 150 // channels or feeds listed; about 5 sections each
	homeMaxViewers     = 64  // users whose Home is refreshed on changes
	homeViewerTTL      = 24 * time.Hour
	homePublishTimeout = 15 * time.Second
)

// HomeStore is the part of the store the App Home reads.
type HomeStore interface {
	// Subscriptions returns the subscriptions made from Slack; inactive
	// channels' too when all is true.
	Subscriptions(all bool) ([]readout.Subscription, error)
	// Inactive returns the channels the bot cannot post to, with reasons.
	Inactive() (map[string]string, error)
	// FeedStates returns the state of every feed polled at least once.
	FeedStates() (map[string]readout.FeedState, error)
	// Latest returns the n newest readouts.
	Latest(n int) ([]*readout.Readout, error)
}

// HomeAnniversary is one coming anniversary on the Home tab.
type HomeAnniversary struct {
	When string // "9 Jan 2028", as precisely as the date is known
	Text string // "70th anniversary of Japan–Cambodia diplomatic relations"
}

// ViewPublisher publishes a Home tab (slack.Client does).
type ViewPublisher interface {
	PublishViewContext(ctx context.Context, req slack.PublishViewContextRequest) (*slack.ViewResponse, error)
}

// Home builds and publishes the bot's App Home tab: the subscriptions of
// every channel (the bot cannot cheaply tell which channels the viewer is
// in, so it shows all of them), the next anniversaries, each feed's health
// and the latest readouts. It remembers the users who opened it recently
// and publishes their Home again when subscriptions change. It is safe for
// concurrent use.
type Home struct {
	API   ViewPublisher
	Store HomeStore
	// ConfigSubs are the configuration file's subscriptions.
	ConfigSubs []readout.Subscription
	// Feeds are the feeds the daemon polls.
	Feeds []readout.Feed
	// Anniversaries, when set, lists the anniversaries in the days days
	// from from.
	Anniversaries func(ctx context.Context, from time.Time, days int) ([]HomeAnniversary, error)
	Now           func() time.Time
	Logger        *slog.Logger
	// Digests, when set, says each channel's digest and pause.
	Digests Digests

	mu      sync.Mutex
	viewers map[string]time.Time // user ID -> last app_home_opened
}

func (h *Home) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h *Home) logger() *slog.Logger {
	if h.Logger != nil {
		return h.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Opened publishes the Home tab for user, who has just opened it, and
// remembers user for refreshes.
func (h *Home) Opened(ctx context.Context, user string) error {
	if user == "" {
		return nil
	}
	h.mu.Lock()
	if h.viewers == nil {
		h.viewers = map[string]time.Time{}
	}
	h.viewers[user] = h.now()
	if len(h.viewers) > homeMaxViewers {
		oldest, at := "", time.Time{}
		for u, t := range h.viewers {
			if oldest == "" || t.Before(at) {
				oldest, at = u, t
			}
		}
		delete(h.viewers, oldest)
	}
	h.mu.Unlock()
	return h.publish(ctx, []string{user})
}

// Viewers returns the users whose Home tab is kept current, sorted.
func (h *Home) Viewers() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	cutoff := h.now().Add(-homeViewerTTL)
	var out []string
	for u, t := range h.viewers {
		if t.Before(cutoff) {
			delete(h.viewers, u)
			continue
		}
		out = append(out, u)
	}
	slices.Sort(out)
	return out
}

// Refresh publishes the Home tab again for the recent viewers.
func (h *Home) Refresh(ctx context.Context) error {
	return h.publish(ctx, h.Viewers())
}

func (h *Home) publish(ctx context.Context, users []string) error {
	if len(users) == 0 {
		return nil
	}
	view, err := h.View(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, u := range users {
		pctx, cancel := context.WithTimeout(ctx, homePublishTimeout)
		_, err := h.API.PublishViewContext(pctx, slack.PublishViewContextRequest{UserID: u, View: view})
		cancel()
		if err != nil {
			errs = append(errs, fmt.Errorf("publish home for %s: %w", u, err))
		}
	}
	return errors.Join(errs...)
}

// WatchStore returns s with Subscribe, SubscribeFiltered and Unsubscribe refreshing the
// viewers' Home tabs after they succeed (in the background, so that the
// command's answer does not wait). Use it as Commands.Store.
func (h *Home) WatchStore(ctx context.Context, s CommandStore) CommandStore {
	return &homeWatchedStore{CommandStore: s, home: h, ctx: ctx}
}

type homeWatchedStore struct {
	CommandStore
	home *Home
	ctx  context.Context
}

func (w *homeWatchedStore) Subscribe(channel string, codes ...string) error {
	err := w.CommandStore.Subscribe(channel, codes...)
	if err == nil {
		w.changed()
	}
	return err
}

func (w *homeWatchedStore) SubscribeFiltered(channel string, filters map[string]readout.Filter) error {
	err := w.CommandStore.SubscribeFiltered(channel, filters)
	if err == nil {
		w.changed()
	}
	return err
}

func (w *homeWatchedStore) Unsubscribe(channel string, codes ...string) error {
	err := w.CommandStore.Unsubscribe(channel, codes...)
	if err == nil {
		w.changed()
	}
	return err
}

func (w *homeWatchedStore) changed() {
	go func() {
		if err := w.home.Refresh(w.ctx); err != nil && w.ctx.Err() == nil {
			w.home.logger().Warn("app home refresh failed", "error", err)
		}
	}()
}

// View builds the Home tab. A part whose data cannot be read says so in
// place; the view always fits Block Kit's limits.
func (h *Home) View(ctx context.Context) (slack.HomeTabViewRequest, error) {
	var b homeBuilder
	b.blocks = append(b.blocks, slack.NewHeaderBlock(plainText("Readout")))
	b.context("Meeting readouts from foreign ministries, posted to the channels subscribed to their countries. " +
		"Type `/readout help` in a channel to subscribe it.")

	b.title("Subscriptions (all channels)")
	b.lines(capLines(h.subscriptionLines(), "channels"), "No channel is subscribed yet.")

	if h.Anniversaries != nil {
		b.title(fmt.Sprintf("Next anniversaries (%d days)", homeAnniversaryDay))
		b.lines(h.anniversaryLines(ctx), "None in the coming days.")
	}

	b.title("Feeds")
	b.lines(capLines(h.feedLines(), "feeds: `readout feeds` lists them all"), "No feeds are configured.")

	b.title("Latest readouts")
	b.lines(h.readoutLines(), "No readout has been stored yet.")

	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: b.done()}}, nil
}

// digestNote is a channel's digest and pause for its line, " _(Digest
// every day at 09:00 (Asia/Tokyo).)_"; "" when neither is on.
func (h *Home) digestNote(channel string) string {
	if h.Digests == nil {
		return ""
	}
	lines, err := h.Digests.Status(channel)
	if err != nil {
		h.logger().Warn("app home: digest state", "channel", channel, "error", err)
		return ""
	}
	if len(lines) == 0 {
		return ""
	}
	note, _ := fit(strings.Join(lines, " "), 300)
	return " _(" + note + ")_"
}

func (h *Home) subscriptionLines() []string {
	chans, err := subscriptions.Channels(h.Store, h.ConfigSubs)
	if err != nil {
		h.logger().Warn("app home: subscriptions", "error", err)
		return []string{"_Subscriptions could not be read._"}
	}
	slices.SortFunc(chans, func(a, b subscriptions.Channel) int { return strings.Compare(a.ID, b.ID) })
	var out []string
	for _, ch := range chans {
		var parts []string
		configFilters, slackFilters := ch.Filters()
		for _, c := range ch.Countries() {
			part := Escape(country.Name(c))
			if f := homeFilter(c, ch, configFilters, slackFilters); f != "" {
				part += " (" + f + ")"
			}
			parts = append(parts, part)
		}
		for _, f := range ch.Feeds {
			parts = append(parts, "feed "+Escape(f))
		}
		if len(parts) == 0 {
			continue
		}
		if len(parts) > homeMaxParts {
			parts = append(parts[:homeMaxParts], fmt.Sprintf("and %d more", len(parts)-homeMaxParts))
		}
		line := fmt.Sprintf("<#%s>: %s", Escape(ch.ID), strings.Join(parts, ", "))
		if ch.Inactive != "" {
			line += fmt.Sprintf(" _(paused: %s)_", Escape(ch.Inactive))
		}
		line += h.digestNote(ch.ID)
		out = append(out, line)
	}
	return out
}

func (h *Home) anniversaryLines(ctx context.Context) []string {
	list, err := h.Anniversaries(ctx, h.now(), homeAnniversaryDay)
	if err != nil {
		h.logger().Warn("app home: anniversaries", "error", err)
		return []string{"_Anniversaries could not be read._"}
	}
	var out []string
	for i, a := range list {
		if i == homeAnniversaries {
			out = append(out, fmt.Sprintf("_…and %d more: `/readout anniversaries`_", len(list)-i))
			break
		}
		out = append(out, fmt.Sprintf("• *%s* %s", Escape(a.When), Escape(a.Text)))
	}
	return out
}

func (h *Home) feedLines() []string {
	states, err := h.Store.FeedStates()
	if err != nil {
		h.logger().Warn("app home: feed states", "error", err)
		return []string{"_Feed states could not be read._"}
	}
	var out []string
	for _, f := range h.Feeds {
		out = append(out, fmt.Sprintf("`%s` %s", Escape(f.ID), sourceStatus(f.ID, states[f.ID])))
	}
	return out
}

func (h *Home) readoutLines() []string {
	list, err := h.Store.Latest(homeReadouts)
	if err != nil {
		h.logger().Warn("app home: latest readouts", "error", err)
		return []string{"_Readouts could not be read._"}
	}
	var out []string
	for _, r := range list {
		title := cutRunes(strings.TrimSpace(r.Title), 150)
		line := "• " + link(r.URL, title)
		if !r.Published.IsZero() {
			line += " — " + r.Published.UTC().Format("2 Jan 2006")
		}
		out = append(out, line)
	}
	return out
}

// capLines keeps the first homeMaxLines lines and says how many more
// there are.
func capLines(lines []string, what string) []string {
	if len(lines) <= homeMaxLines {
		return lines
	}
	return append(lines[:homeMaxLines:homeMaxLines], fmt.Sprintf("_…and %d more %s_", len(lines)-homeMaxLines, what))
}

// homeTime renders a time in UTC for the Home tab.
func homeTime(t time.Time) string {
	return t.UTC().Format("2 Jan 15:04 MST")
}

// homeBuilder collects blocks within the Home tab's limits.
type homeBuilder struct {
	blocks    []slack.Block
	truncated bool
}

func (b *homeBuilder) room() bool {
	// One block is kept for the truncation notice.
	return len(b.blocks) < homeMaxBlocks-1
}

func (b *homeBuilder) title(s string) {
	if !b.room() || len(b.blocks)+2 > homeMaxBlocks-1 {
		b.truncated = true
		return
	}
	b.blocks = append(b.blocks, slack.NewDividerBlock(),
		slack.NewSectionBlock(mrkdwnText(bold(Escape(s))), nil, nil))
}

func (b *homeBuilder) context(s string) {
	if !b.room() {
		b.truncated = true
		return
	}
	b.blocks = append(b.blocks, slack.NewContextBlock("", mrkdwnText(s)))
}

// lines packs escaped mrkdwn lines into sections of at most
// homeSectionChars characters; empty is shown when there are none.
func (b *homeBuilder) lines(lines []string, empty string) {
	if len(lines) == 0 {
		b.context(Escape(empty))
		return
	}
	var cur strings.Builder
	flush := func() bool {
		if cur.Len() == 0 {
			return true
		}
		if !b.room() {
			b.truncated = true
			return false
		}
		b.blocks = append(b.blocks, slack.NewSectionBlock(mrkdwnText(cur.String()), nil, nil))
		cur.Reset()
		return true
	}
	for _, l := range lines {
		if len(l) > homeSectionChars { // lines are capped well below; never cut markup
			continue
		}
		if cur.Len() > 0 && cur.Len()+1+len(l) > homeSectionChars {
			if !flush() {
				return
			}
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(l)
	}
	flush()
}

func (b *homeBuilder) done() []slack.Block {
	if b.truncated {
		b.blocks = append(b.blocks, slack.NewContextBlock("",
			mrkdwnText("_The Home tab holds no more: use `/readout list` in a channel, and `readout feeds`, for the rest._")))
	}
	return b.blocks
}

// homeFilter is a country's filter in a channel, shortly: "security,
// infrastructure; not economy; mentions". It is "" when the channel takes
// every readout of the country from one of its sources.
func homeFilter(code string, ch subscriptions.Channel, config, slack map[string]readout.Filter) string {
	var fs []readout.Filter
	if slices.Contains(ch.ConfigCountries, code) {
		fs = append(fs, config[code])
	}
	if slices.Contains(ch.SlackCountries, code) {
		fs = append(fs, slack[code])
	}
	if len(fs) == 0 || slices.ContainsFunc(fs, readout.Filter.IsZero) {
		return ""
	}
	if len(fs) == 2 && !fs[0].Equal(fs[1]) {
		return "two filters: see /readout list"
	}
	f := fs[0]
	var parts []string
	if len(f.Topics) > 0 {
		parts = append(parts, Escape(strings.Join(f.Topics, ", ")))
	}
	if len(f.ExcludeTopics) > 0 {
		parts = append(parts, "not "+Escape(strings.Join(f.ExcludeTopics, ", ")))
	}
	if f.Mentions {
		parts = append(parts, "mentions")
	}
	return strings.Join(parts, "; ")
}
