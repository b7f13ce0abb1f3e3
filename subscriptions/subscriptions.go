// Package subscriptions computes the effective subscriptions, in one place:
// the configuration file's, plus those made in Slack, less the channels the
// bot cannot post to. The pipeline routes readouts by them (with their
// filters), the reminders go to their channels, and the bot's /readout
// list and Home tab show them.
package subscriptions

import (
	"fmt"
	"slices"
	"strings"

	"github.com/readout-bot/readout/readout"
)

// Source is where the subscriptions made in Slack and the inactive
// channels are kept (*storage.Store).
type Source interface {
	// Subscriptions returns the subscriptions made from Slack; inactive
	// channels' too when all is true.
	Subscriptions(all bool) ([]readout.Subscription, error)
	// Inactive returns the channels the bot cannot post to, with reasons.
	Inactive() (map[string]string, error)
}

// Channel is one channel's subscriptions from both sources.
type Channel struct {
	ID string
	// ConfigCountries and Feeds come from the configuration file,
	// SlackCountries from /readout subscribe; each in order, without
	// repeats. Country codes are upper case.
	ConfigCountries []string
	SlackCountries  []string
	Feeds           []string
	// Config and Slack are the channel's subscriptions as each source
	// holds them, each with its filter (country codes upper case): the
	// file's entries, and Slack's countries grouped by filter.
	Config, Slack []readout.Subscription
	// Inactive says why the bot cannot post to the channel; "" when it
	// can.
	Inactive string
}

// Filters returns the filter of each of the channel's countries that has
// one, by source: a country may be in both with different filters.
func (c Channel) Filters() (config, slack map[string]readout.Filter) {
	of := func(subs []readout.Subscription) map[string]readout.Filter {
		out := map[string]readout.Filter{}
		for _, s := range subs {
			if s.Filter.IsZero() {
				continue
			}
			for _, code := range s.Countries {
				if _, ok := out[code]; !ok {
					out[code] = s.Filter
				}
			}
		}
		return out
	}
	return of(c.Config), of(c.Slack)
}

// Countries returns the channel's countries from both sources: the
// configuration's, then Slack's, without repeats.
func (c Channel) Countries() []string {
	out := slices.Clone(c.ConfigCountries)
	for _, code := range c.SlackCountries {
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// Channels returns every subscribed channel, inactive ones too (with the
// reason): first the configuration file's, in its order, then those only
// subscribed in Slack, in the source's order.
func Channels(src Source, config []readout.Subscription) ([]Channel, error) {
	fromSlack, err := src.Subscriptions(true)
	if err != nil {
		return nil, fmt.Errorf("subscriptions: %w", err)
	}
	inactive, err := src.Inactive()
	if err != nil {
		return nil, fmt.Errorf("subscriptions: %w", err)
	}
	var out []Channel
	index := map[string]int{}
	channel := func(id string) *Channel {
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, Channel{ID: id, Inactive: inactive[id]})
		}
		return &out[i]
	}
	for _, s := range config {
		if s.Channel == "" {
			continue
		}
		c := channel(s.Channel)
		c.ConfigCountries = appendCodes(c.ConfigCountries, s.Countries...)
		c.Feeds = appendNew(c.Feeds, s.Feeds...)
		c.Config = append(c.Config, normalized(s))
	}
	for _, s := range fromSlack {
		if s.Channel == "" {
			continue
		}
		c := channel(s.Channel)
		c.SlackCountries = appendCodes(c.SlackCountries, s.Countries...)
		c.Slack = append(c.Slack, normalized(s))
	}
	return out, nil
}

// normalized returns a copy of s with upper-case country codes, without
// repeats or blanks.
func normalized(s readout.Subscription) readout.Subscription {
	s.Countries = appendCodes(nil, s.Countries...)
	s.Feeds = appendNew(nil, s.Feeds...)
	return s
}

// Routes returns the subscriptions readouts are routed by: each active
// channel's subscriptions from the configuration, then from Slack, each
// with its own filter, in the order of Channels. A channel may come more
// than once; it takes a readout when any of its subscriptions does.
func Routes(src Source, config []readout.Subscription) ([]readout.Subscription, error) {
	chans, err := Channels(src, config)
	if err != nil {
		return nil, err
	}
	var out []readout.Subscription
	for _, c := range chans {
		if c.Inactive != "" {
			continue
		}
		out = append(out, c.Config...)
		out = append(out, c.Slack...)
	}
	return out, nil
}

// Effective returns the subscriptions reminders go by: one per active
// channel, the configuration's and Slack's merged (Source "config" when
// the file names the channel, else "slack"), in the order of Channels,
// without filters. Readouts are routed by [Routes].
func Effective(src Source, config []readout.Subscription) ([]readout.Subscription, error) {
	chans, err := Channels(src, config)
	if err != nil {
		return nil, err
	}
	var out []readout.Subscription
	for _, c := range chans {
		if c.Inactive != "" {
			continue
		}
		source := "config"
		if len(c.ConfigCountries)+len(c.Feeds) == 0 {
			source = "slack"
		}
		out = append(out, readout.Subscription{Channel: c.ID, Countries: c.Countries(), Feeds: slices.Clone(c.Feeds), Source: source})
	}
	return out, nil
}

// appendNew appends the items of add that are not in list yet.
func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		if a = strings.TrimSpace(a); a != "" && !slices.Contains(list, a) {
			list = append(list, a)
		}
	}
	return list
}

// appendCodes appends the country codes of add, upper-cased, that are not
// in list yet.
func appendCodes(list []string, add ...string) []string {
	for _, a := range add {
		list = appendNew(list, strings.ToUpper(a))
	}
	return list
}
