package storage

import (
	"fmt"
	"slices"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// channelRecord is a channel's Slack-managed subscription and status.
type channelRecord struct {
	Countries []string `json:"countries,omitempty"`
	// Filters holds the filter of each country that has one.
	Filters        map[string]readout.Filter `json:"filters,omitempty"`
	Inactive       bool                      `json:"inactive,omitempty"`
	InactiveReason string                    `json:"inactive_reason,omitempty"`
	Updated        time.Time                 `json:"updated"`
}

func (s *Store) updateChannel(channel string, f func(*channelRecord)) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		var rec channelRecord
		if _, err := getJSON(b, []byte(channel), &rec); err != nil {
			return err
		}
		f(&rec)
		rec.Updated = s.now()
		if len(rec.Countries) == 0 && !rec.Inactive {
			return b.Delete([]byte(channel))
		}
		return putJSON(b, []byte(channel), rec)
	})
}

// Subscribe adds countries (ISO codes) to a channel's subscription and
// reactivates the channel. Countries already subscribed keep their filters.
func (s *Store) Subscribe(channel string, codes ...string) error {
	err := s.updateChannel(channel, func(rec *channelRecord) {
		rec.add(codes)
		rec.Inactive, rec.InactiveReason = false, ""
	})
	if err != nil {
		return fmt.Errorf("storage: subscribe %s: %w", channel, err)
	}
	return nil
}

// SubscribeFiltered subscribes a channel to each country of filters with
// its filter, which replaces any filter the country had (the zero Filter
// removes it), in one transaction, and reactivates the channel.
func (s *Store) SubscribeFiltered(channel string, filters map[string]readout.Filter) error {
	err := s.updateChannel(channel, func(rec *channelRecord) {
		for c, f := range filters {
			rec.add([]string{c})
			if f.IsZero() {
				delete(rec.Filters, c)
				continue
			}
			if rec.Filters == nil {
				rec.Filters = map[string]readout.Filter{}
			}
			rec.Filters[c] = readout.Filter{Topics: slices.Clone(f.Topics), ExcludeTopics: slices.Clone(f.ExcludeTopics), Mentions: f.Mentions}
		}
		rec.Inactive, rec.InactiveReason = false, ""
	})
	if err != nil {
		return fmt.Errorf("storage: subscribe %s: %w", channel, err)
	}
	return nil
}

func (rec *channelRecord) add(codes []string) {
	for _, c := range codes {
		if !slices.Contains(rec.Countries, c) {
			rec.Countries = append(rec.Countries, c)
		}
	}
	slices.Sort(rec.Countries)
}

// Unsubscribe removes countries, and their filters, from a channel's
// subscription.
func (s *Store) Unsubscribe(channel string, codes ...string) error {
	err := s.updateChannel(channel, func(rec *channelRecord) {
		rec.Countries = slices.DeleteFunc(rec.Countries, func(c string) bool { return slices.Contains(codes, c) })
		for _, c := range codes {
			delete(rec.Filters, c)
		}
	})
	if err != nil {
		return fmt.Errorf("storage: unsubscribe %s: %w", channel, err)
	}
	return nil
}

// SetInactive marks a channel the bot cannot post to; its subscriptions are
// kept but no longer routed until the channel subscribes again.
func (s *Store) SetInactive(channel, reason string) error {
	err := s.updateChannel(channel, func(rec *channelRecord) {
		rec.Inactive, rec.InactiveReason = true, reason
	})
	if err != nil {
		return fmt.Errorf("storage: set inactive %s: %w", channel, err)
	}
	return nil
}

// Inactive returns the channels marked inactive with their reasons.
func (s *Store) Inactive() (map[string]string, error) {
	out := map[string]string{}
	err := s.forEachChannel(func(ch string, rec channelRecord) {
		if rec.Inactive {
			out[ch] = rec.InactiveReason
		}
	})
	if err != nil {
		return nil, fmt.Errorf("storage: inactive channels: %w", err)
	}
	return out, nil
}

// Subscriptions returns the subscriptions made from Slack, active or not
// (Source "slack"); inactive ones are left out unless all is true. A
// channel's countries come in one subscription per filter: those without
// one first, then each filter's in the order of their first country.
func (s *Store) Subscriptions(all bool) ([]readout.Subscription, error) {
	var out []readout.Subscription
	err := s.forEachChannel(func(ch string, rec channelRecord) {
		if len(rec.Countries) == 0 || (rec.Inactive && !all) {
			return
		}
		start := len(out)
		for _, c := range rec.Countries {
			f := rec.Filters[c]
			i := slices.IndexFunc(out[start:], func(s readout.Subscription) bool { return s.Filter.Equal(f) })
			if i < 0 {
				out = append(out, readout.Subscription{Channel: ch, Source: "slack", Filter: f})
				i = len(out) - 1 - start
			}
			out[start+i].Countries = append(out[start+i].Countries, c)
		}
		// The unfiltered countries first, as before filters existed.
		slices.SortStableFunc(out[start:], func(a, b readout.Subscription) int {
			return cmpBool(b.Filter.IsZero(), a.Filter.IsZero())
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: subscriptions: %w", err)
	}
	return out, nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	default:
		return 1
	}
}

func (s *Store) forEachChannel(f func(string, channelRecord)) error {
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		return b.ForEach(func(k, _ []byte) error {
			var rec channelRecord
			if _, err := getJSON(b, k, &rec); err != nil {
				return err
			}
			f(string(k), rec)
			return nil
		})
	})
}
