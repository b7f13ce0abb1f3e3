package subscriptions_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/subscriptions"
)

// source is an in-memory Source: Slack-made subscriptions and inactive
// channels, as storage keeps them.
type source struct {
	slack    []readout.Subscription
	inactive map[string]string
	err      error
}

func (s source) Subscriptions(all bool) ([]readout.Subscription, error) {
	var out []readout.Subscription
	for _, sub := range s.slack {
		if _, off := s.inactive[sub.Channel]; all || !off {
			out = append(out, sub)
		}
	}
	return out, s.err
}

func (s source) Inactive() (map[string]string, error) { return s.inactive, nil }

func TestChannelsAndEffective(t *testing.T) {
	config := []readout.Subscription{
		{Channel: "C0BOTH", Countries: []string{"kh", "LA"}, Source: "config"},
		{Channel: "C0FEEDS", Feeds: []string{"kantei-en"}, Source: "config"},
		{Channel: "C0BOTH", Countries: []string{"LA", "VN"}, Feeds: []string{"state-press"}, Source: "config"},
		{Channel: "C0PAUSED", Countries: []string{"JP"}, Source: "config"},
	}
	src := source{
		slack: []readout.Subscription{
			{Channel: "C0SLACK", Countries: []string{"TH"}, Source: "slack"},
			{Channel: "C0BOTH", Countries: []string{"KH", "MM"}, Source: "slack"},
			{Channel: "C0PAUSED", Countries: []string{"KR"}, Source: "slack"},
		},
		inactive: map[string]string{"C0PAUSED": "not_in_channel"},
	}
	chans, err := subscriptions.Channels(src, config)
	if err != nil {
		t.Fatal(err)
	}
	wantChans := []subscriptions.Channel{
		{ID: "C0BOTH", ConfigCountries: []string{"KH", "LA", "VN"}, SlackCountries: []string{"KH", "MM"}, Feeds: []string{"state-press"}},
		{ID: "C0FEEDS", Feeds: []string{"kantei-en"}},
		{ID: "C0PAUSED", ConfigCountries: []string{"JP"}, SlackCountries: []string{"KR"}, Inactive: "not_in_channel"},
		{ID: "C0SLACK", SlackCountries: []string{"TH"}},
	}
	for i := range chans {
		chans[i].Config, chans[i].Slack = nil, nil // compared in TestRoutesKeepFilters
	}
	if !reflect.DeepEqual(chans, wantChans) {
		t.Errorf("Channels:\n got %+v\nwant %+v", chans, wantChans)
	}
	if got := chans[0].Countries(); !reflect.DeepEqual(got, []string{"KH", "LA", "VN", "MM"}) {
		t.Errorf("Countries() = %v", got)
	}

	subs, err := subscriptions.Effective(src, config)
	if err != nil {
		t.Fatal(err)
	}
	wantSubs := []readout.Subscription{
		{Channel: "C0BOTH", Countries: []string{"KH", "LA", "VN", "MM"}, Feeds: []string{"state-press"}, Source: "config"},
		{Channel: "C0FEEDS", Countries: []string{}, Feeds: []string{"kantei-en"}, Source: "config"},
		{Channel: "C0SLACK", Countries: []string{"TH"}, Feeds: nil, Source: "slack"},
	}
	if len(subs) != len(wantSubs) {
		t.Fatalf("Effective: got %+v, want %+v", subs, wantSubs)
	}
	for i := range subs {
		g, w := subs[i], wantSubs[i]
		if g.Channel != w.Channel || g.Source != w.Source || len(g.Countries) != len(w.Countries) || len(g.Feeds) != len(w.Feeds) ||
			(len(w.Countries) > 0 && !reflect.DeepEqual(g.Countries, w.Countries)) || (len(w.Feeds) > 0 && !reflect.DeepEqual(g.Feeds, w.Feeds)) {
			t.Errorf("Effective[%d]: got %+v, want %+v", i, g, w)
		}
	}
}

func TestSourceErrorPassedOn(t *testing.T) {
	boom := errors.New("disk on fire")
	if _, err := subscriptions.Effective(source{err: boom}, nil); !errors.Is(err, boom) {
		t.Errorf("got %v, want the source's error", err)
	}
}

func TestRoutesKeepFilters(t *testing.T) {
	sec := readout.Filter{Topics: []string{"security"}}
	mentions := readout.Filter{Mentions: true}
	config := []readout.Subscription{
		{Channel: "C0BOTH", Countries: []string{"kh"}, Feeds: []string{"state-press"}, Source: "config", Filter: sec},
		{Channel: "C0OFF", Countries: []string{"JP"}, Source: "config"},
	}
	src := source{
		slack: []readout.Subscription{
			{Channel: "C0BOTH", Countries: []string{"LA"}, Source: "slack"},
			{Channel: "C0BOTH", Countries: []string{"KH", "TH"}, Source: "slack", Filter: mentions},
			{Channel: "C0OFF", Countries: []string{"KR"}, Source: "slack", Filter: sec},
		},
		inactive: map[string]string{"C0OFF": "is_archived"},
	}
	routes, err := subscriptions.Routes(src, config)
	if err != nil {
		t.Fatal(err)
	}
	want := []readout.Subscription{
		{Channel: "C0BOTH", Countries: []string{"KH"}, Feeds: []string{"state-press"}, Source: "config", Filter: sec},
		{Channel: "C0BOTH", Countries: []string{"LA"}, Source: "slack"},
		{Channel: "C0BOTH", Countries: []string{"KH", "TH"}, Source: "slack", Filter: mentions},
	}
	if !reflect.DeepEqual(routes, want) {
		t.Errorf("Routes:\n got %+v\nwant %+v", routes, want)
	}
	chans, err := subscriptions.Channels(src, config)
	if err != nil {
		t.Fatal(err)
	}
	fromConfig, fromSlack := chans[0].Filters()
	if !reflect.DeepEqual(fromConfig, map[string]readout.Filter{"KH": sec}) ||
		!reflect.DeepEqual(fromSlack, map[string]readout.Filter{"KH": mentions, "TH": mentions}) {
		t.Errorf("Filters() = %v, %v", fromConfig, fromSlack)
	}
}
