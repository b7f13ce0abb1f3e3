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
	Countries      []string  `json:"countries,omitempty"`
	Inactive       bool      `json:"inactive,omitempty"`
	InactiveReason string    `json:"inactive_reason,omitempty"`
	Updated        time.Time `json:"updated"`
}

func (s *Store) updateChannel(channel string, f func(*channelRecord)) error {
	return s.db.Update(func(tx *bolt.Tx) error {
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
// reactivates the channel.
func (s *Store) Subscribe(channel string, codes ...string) error {
	err := s.updateChannel(channel, func(rec *channelRecord) {
		for _, c := range codes {
			if !slices.Contains(rec.Countries, c) {
				rec.Countries = append(rec.Countries, c)
			}
		}
		slices.Sort(rec.Countries)
		rec.Inactive, rec.InactiveReason = false, ""
	})
	if err != nil {
		return fmt.Errorf("storage: subscribe %s: %w", channel, err)
	}
	return nil
}

// Unsubscribe removes countries from a channel's subscription.
func (s *Store) Unsubscribe(channel string, codes ...string) error {
	err := s.updateChannel(channel, func(rec *channelRecord) {
		rec.Countries = slices.DeleteFunc(rec.Countries, func(c string) bool { return slices.Contains(codes, c) })
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
// (Source "slack"); inactive ones are left out unless all is true.
func (s *Store) Subscriptions(all bool) ([]readout.Subscription, error) {
	var out []readout.Subscription
	err := s.forEachChannel(func(ch string, rec channelRecord) {
		if len(rec.Countries) == 0 || (rec.Inactive && !all) {
			return
		}
		out = append(out, readout.Subscription{Channel: ch, Countries: slices.Clone(rec.Countries), Source: "slack"})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: subscriptions: %w", err)
	}
	return out, nil
}

func (s *Store) forEachChannel(f func(string, channelRecord)) error {
	return s.db.View(func(tx *bolt.Tx) error {
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
