package storage

import (
	"fmt"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// UpdateDelivery changes a delivery in the outbox, e.g. to record that
// its parent message was posted. It returns ErrNotFound when the delivery
// is no longer in the outbox.
func (s *Store) UpdateDelivery(id uint64, f func(*readout.Delivery)) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		var d readout.Delivery
		ok, err := getJSON(b, u64(id), &d)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		f(&d)
		d.ID = id
		return putJSON(b, u64(id), d)
	})
	if err != nil {
		return fmt.Errorf("storage: update delivery %d: %w", id, err)
	}
	return nil
}

// EnqueueText adds a text message (a notice) for a channel to the outbox.
func (s *Store) EnqueueText(channel, kind, text string) (uint64, error) {
	var id uint64
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		now := s.now()
		id = seq
		return putJSON(b, u64(seq), readout.Delivery{ID: seq, Channel: channel, Kind: kind, Text: text, Created: now, NextTry: now})
	})
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue %s for %s: %w", kind, channel, err)
	}
	return id, nil
}
