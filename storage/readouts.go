package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// Readout returns a stored readout by ID, or ErrNotFound.
func (s *Store) Readout(id string) (*readout.Readout, error) {
	var r *readout.Readout
	err := s.view(func(tx *bolt.Tx) error {
		rk := tx.Bucket(bucketRKeys).Get([]byte(id))
		if rk == nil {
			return ErrNotFound
		}
		var err error
		r, err = readWhole(tx, rk)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: readout %s: %w", id, err)
	}
	return r, nil
}

// readWhole decodes the readout stored under key rk from its head and its
// text; ErrNotFound when there is none.
func readWhole(tx *bolt.Tx, rk []byte) (*readout.Readout, error) {
	h, t := tx.Bucket(bucketHeads).Get(rk), tx.Bucket(bucketReadouts).Get(rk)
	if h == nil || t == nil {
		return nil, ErrNotFound
	}
	return decodeReadout(h, t)
}

// decodeJSONReadout decodes a readout as schema 1 and 2 stored it:
// Readout's JSON document. Only the migrations read it.
func decodeJSONReadout(v []byte) (*readout.Readout, error) {
	var r readout.Readout
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, err
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
// first (the index is code/time/id -> readout key: seek past the prefix,
// walk back), passing each one's key and head record to visit until it
// returns false.
func newestFirst(tx *bolt.Tx, code string, visit func(key, head []byte) (more bool, err error)) error {
	heads := tx.Bucket(bucketHeads)
	prefix := append([]byte(code), 0)
	c := tx.Bucket(bucketByCountry).Cursor()
	for k, rk := lastUnder(c, prefix); k != nil && bytes.HasPrefix(k, prefix); k, rk = c.Prev() {
		h := heads.Get(rk)
		if h == nil {
			continue
		}
		if more, err := visit(rk, h); err != nil || !more {
			return err
		}
	}
	return nil
}

// lastUnder positions c on the last key that has prefix (a party's
// newest index row), or on the last key before them when there is none.
func lastUnder(c *bolt.Cursor, prefix []byte) (k, v []byte) {
	k, _ = c.Seek(append(bytes.Clone(prefix), 0xff))
	if k == nil {
		return c.Last()
	}
	return c.Prev()
}

// migrateSeqKeys moves a schema 1 file's readouts from ID keys to
// sequence keys (in publication order), fills readout_keys, and points
// the by-country index at the new keys.
func migrateSeqKeys(tx *bolt.Tx) error {
	rb, rkeys, byCountry := tx.Bucket(bucketReadouts), tx.Bucket(bucketRKeys), tx.Bucket(bucketByCountry)
	type row struct {
		id, v []byte
		at    time.Time
	}
	var rows []row
	if err := rb.ForEach(func(k, v []byte) error {
		dr, err := decodeJSONReadout(v)
		if err != nil {
			return fmt.Errorf("decode readout %s: %w", k, err)
		}
		rows = append(rows, row{bytes.Clone(k), bytes.Clone(v), dr.Published})
		return nil
	}); err != nil {
		return err
	}
	slices.SortStableFunc(rows, func(a, b row) int { return a.at.Compare(b.at) })
	for _, r := range rows {
		if err := rb.Delete(r.id); err != nil {
			return err
		}
	}
	for _, r := range rows {
		seq, err := rb.NextSequence()
		if err != nil {
			return err
		}
		if err := rb.Put(u64(seq), r.v); err != nil {
			return err
		}
		if err := rkeys.Put(r.id, u64(seq)); err != nil {
			return err
		}
	}
	var keys [][]byte
	if err := byCountry.ForEach(func(k, _ []byte) error {
		keys = append(keys, bytes.Clone(k))
		return nil
	}); err != nil {
		return err
	}
	for _, k := range keys {
		// code \x00 time(8) id
		sep := bytes.IndexByte(k, 0)
		if sep < 0 || len(k) < sep+9 {
			continue
		}
		if rk := rkeys.Get(k[sep+9:]); rk != nil {
			if err := byCountry.Put(k, bytes.Clone(rk)); err != nil {
				return err
			}
		}
	}
	if tx.Bucket([]byte("by_time")) != nil {
		return tx.DeleteBucket([]byte("by_time"))
	}
	return nil
}

// Latest returns up to n readouts of any country, the most recently
// stored first.
func (s *Store) Latest(n int) ([]*readout.Readout, error) {
	var out []*readout.Readout
	err := s.lookup(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketHeads).Cursor()
		for k, _ := c.Last(); k != nil && len(out) < n; k, _ = c.Prev() {
			r, err := readWhole(tx, k)
			if err != nil {
				return fmt.Errorf("decode readout %x: %w", k, err)
			}
			out = append(out, r)
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
	err := s.view(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketHeads).Stats().KeyN
		return nil
	})
	return n, err
}
