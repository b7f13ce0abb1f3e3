package storage

import (
	"fmt"
	"maps"
	"slices"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// FeedState returns what is remembered about a feed; a feed never polled
// has the zero state.
func (s *Store) FeedState(feedID string) (readout.FeedState, error) {
	var st readout.FeedState
	err := s.view(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketFeeds), []byte(feedID), &st)
		return err
	})
	if err != nil {
		return st, fmt.Errorf("storage: feed state %s: %w", feedID, err)
	}
	return st, nil
}

// FeedStates returns the state of every feed polled at least once, by ID.
func (s *Store) FeedStates() (map[string]readout.FeedState, error) {
	out := map[string]readout.FeedState{}
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFeeds).ForEach(func(k, v []byte) error {
			var st readout.FeedState
			if _, err := getJSON(tx.Bucket(bucketFeeds), k, &st); err != nil {
				return err
			}
			out[string(k)] = st
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: feed states: %w", err)
	}
	return out, nil
}

// SaveFeedState records a feed's state on its own, e.g. after a failed poll.
func (s *Store) SaveFeedState(feedID string, st readout.FeedState) error {
	err := s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketFeeds), []byte(feedID), st)
	})
	if err != nil {
		return fmt.Errorf("storage: save feed state %s: %w", feedID, err)
	}
	return nil
}

// SaveFeedStates records several feeds' states in one transaction (one
// fsync), e.g. those of a poll cycle whose servers answered 304.
func (s *Store) SaveFeedStates(states map[string]readout.FeedState) error {
	if len(states) == 0 {
		return nil
	}
	ids := slices.Sorted(maps.Keys(states))
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeeds)
		for _, id := range ids {
			if err := putJSON(b, []byte(id), states[id]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: save %d feed states: %w", len(states), err)
	}
	return nil
}
