package storage

import (
	"fmt"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// ImportedFeeds returns the feeds added with `readout feeds import`, by ID
// order. The daemon polls them beside the configuration's feeds.
func (s *Store) ImportedFeeds() ([]readout.Feed, error) {
	var out []readout.Feed
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketImported)
		return b.ForEach(func(k, _ []byte) error {
			var f readout.Feed
			if _, err := getJSON(b, k, &f); err != nil {
				return err
			}
			out = append(out, f)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: imported feeds: %w", err)
	}
	return out, nil
}

// AddImportedFeeds stores feeds, in one transaction, replacing any
// imported feed with the same ID. Every feed needs an ID and a URL.
func (s *Store) AddImportedFeeds(feeds []readout.Feed) error {
	for _, f := range feeds {
		if f.ID == "" || f.URL == "" {
			return fmt.Errorf("storage: add imported feed %q: an ID and a URL are required", f.ID)
		}
	}
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketImported)
		for _, f := range feeds {
			if err := putJSON(b, []byte(f.ID), f); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: add imported feeds: %w", err)
	}
	return nil
}

// RemoveImportedFeed deletes an imported feed; ErrNotFound when there is
// none with that ID.
func (s *Store) RemoveImportedFeed(id string) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketImported)
		if b.Get([]byte(id)) == nil {
			return ErrNotFound
		}
		return b.Delete([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("storage: remove imported feed %s: %w", id, err)
	}
	return nil
}
