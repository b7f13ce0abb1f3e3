package storage

import (
	"bytes"
	"fmt"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// Readout returns a stored readout by ID, or ErrNotFound.
func (s *Store) Readout(id string) (*readout.Readout, error) {
	var r readout.Readout
	err := s.db.View(func(tx *bolt.Tx) error {
		ok, err := getJSON(tx.Bucket(bucketReadouts), []byte(id), &r)
		if err == nil && !ok {
			err = ErrNotFound
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: readout %s: %w", id, err)
	}
	return &r, nil
}

// LatestForCountry returns up to n readouts in which the country is a
// party, newest first. match, when not nil, keeps only the readouts for
// which it returns true.
func (s *Store) LatestForCountry(code string, n int, match func(*readout.Readout) bool) ([]*readout.Readout, error) {
	out, _, err := s.ScanForCountry(code, n, 0, match)
	return out, err
}

// newestFirst walks the stored readouts in which code is a party, newest
// first (the index is code/time/id: seek past the prefix, walk back),
// passing each one's ID and encoded value to visit until it returns false.
func newestFirst(tx *bolt.Tx, code string, visit func(id, v []byte) (more bool, err error)) error {
	rb := tx.Bucket(bucketReadouts)
	prefix := append([]byte(code), 0)
	c := tx.Bucket(bucketByCountry).Cursor()
	k, _ := c.Seek(append(bytes.Clone(prefix), 0xff))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		id := k[len(prefix)+8:]
		v := rb.Get(id)
		if v == nil {
			continue
		}
		if more, err := visit(id, v); err != nil || !more {
			return err
		}
	}
	return nil
}

// Latest returns up to n readouts of any country, newest first.
func (s *Store) Latest(n int) ([]*readout.Readout, error) {
	var out []*readout.Readout
	err := s.db.View(func(tx *bolt.Tx) error {
		rb := tx.Bucket(bucketReadouts)
		c := tx.Bucket(bucketByTime).Cursor()
		for k, _ := c.Last(); k != nil && len(out) < n; k, _ = c.Prev() {
			var r readout.Readout
			ok, err := getJSON(rb, k[8:], &r)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, &r)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: latest: %w", err)
	}
	return out, nil
}

// CountReadouts returns how many readouts are stored.
func (s *Store) CountReadouts() (int, error) {
	var n int
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketReadouts).Stats().KeyN
		return nil
	})
	return n, err
}
