package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/readout"
)

// sourceStates are one source in each state of health.
func sourceStates(now time.Time) ([]readout.Feed, map[string]readout.FeedState) {
	list := []readout.Feed{
		{ID: "kantei-en"},
		{ID: "jp-mofa", Kind: readout.KindListing},
		{ID: "state-press"},
		{ID: "kh-mfaic", Kind: readout.KindListing},
		{ID: "un-press"},
	}
	states := map[string]readout.FeedState{
		"kantei-en":   {LastPoll: now, LastSuccess: now},
		"jp-mofa":     {LastPoll: now, LastSuccess: now.Add(-2 * time.Hour), Failures: 6, Broken: `read listing https://www.mofa.go.jp/press/release/index.html: no items: item selector "dl.title-list" matches nothing`},
		"state-press": {LastPoll: now, LastSuccess: now.Add(-time.Hour), Failures: 2},
		"kh-mfaic":    {LastPoll: now, LastSuccess: now, ItemFailures: 2},
	}
	return list, states
}

// `/readout sources` lists each source's health, broken ones first, with
// the reason and the probe command.
func TestSourcesCommand(t *testing.T) {
	now := time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC)
	list, states := sourceStates(now)
	c := &bot.Commands{Sources: func(context.Context) ([]readout.Feed, map[string]readout.FeedState, error) { return list, states, nil }}
	got := replyText(t, c.Handle(t.Context(), bot.Request{Text: "sources", ChannelID: "C1", UserID: "U1"}))
	for _, want := range []string{
		"*Sources*: 5 polled, 1 broken, 2 failing.",
		"`jp-mofa` _(list page)_ :x: broken: read listing https://www.mofa.go.jp/press/release/index.html: no items: item selector \"dl.title-list\" matches nothing (check with `readout feeds probe jp-mofa`)",
		"`state-press` :warning: failing (2 in a row, since 1 Apr 11:00 UTC)",
		"`kh-mfaic` _(list page)_ :warning: list ok, but its last 2 new item(s) could not be read",
		"`kantei-en` :white_check_mark: ok",
		"`un-press` not polled yet",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("reply lacks %q:\n%s", want, got)
		}
	}
	if strings.Index(got, "jp-mofa") > strings.Index(got, "kantei-en") {
		t.Errorf("broken sources should come first:\n%s", got)
	}

	c.Sources = func(context.Context) ([]readout.Feed, map[string]readout.FeedState, error) {
		return nil, nil, errors.New("disk")
	}
	if got := replyText(t, c.Handle(t.Context(), bot.Request{Text: "sources"})); !strings.Contains(got, "went wrong") {
		t.Errorf("store failure: %q", got)
	}
}

// The App Home shows a broken source with its reason.
func TestHomeShowsBrokenSource(t *testing.T) {
	now := time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC)
	list, states := sourceStates(now)
	s := openStore(t)
	for id, st := range states {
		if err := s.SaveFeedState(id, st); err != nil {
			t.Fatal(err)
		}
	}
	h := &bot.Home{Store: s, Feeds: list, Now: func() time.Time { return now }}
	v, err := h.View(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	_, text := homeBlocks(t, v)
	for _, want := range []string{"`jp-mofa` :x: broken: read listing", "(check with `readout feeds probe jp-mofa`)", "`kh-mfaic` :warning: list ok"} {
		if !strings.Contains(text, want) {
			t.Errorf("home lacks %q:\n%s", want, text)
		}
	}
}
