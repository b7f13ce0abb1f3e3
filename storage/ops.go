package storage

import (
	"fmt"
	"io"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// Ping reports whether the database is open and answers a read
// transaction; it fails once the Store is closed.
func (s *Store) Ping() error {
	if err := s.view(func(*bolt.Tx) error { return nil }); err != nil {
		return fmt.Errorf("storage: ping %s: %w", s.path, err)
	}
	return nil
}

// OutboxStats returns how many deliveries wait in the outbox and when the
// oldest of them was created (zero when the outbox is empty).
func (s *Store) OutboxStats() (n int, oldest time.Time, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		n = b.Stats().KeyN
		// Keys are sequence numbers, so the first row is the oldest.
		k, _ := b.Cursor().First()
		if k == nil {
			return nil
		}
		var d readout.Delivery
		if _, err := getJSON(b, k, &d); err != nil {
			return err
		}
		oldest = d.Created
		return nil
	})
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("storage: outbox stats: %w", err)
	}
	return n, oldest, nil
}

// Backup writes a consistent copy of the whole database to w, from one
// read transaction, while other transactions go on. It returns the bytes
// written. The copy is a bbolt file: restore it by putting it in place of
// the database file while no process has it open.
func (s *Store) Backup(w io.Writer) (int64, error) {
	var n int64
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("storage: backup %s: %w", s.path, err)
	}
	return n, nil
}
