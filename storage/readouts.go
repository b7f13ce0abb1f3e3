package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// Readout returns a stored readout by ID, or ErrNotFound.
func (s *Store) Readout(id string) (*readout.Readout, error) {
	var r *readout.Readout
	err := s.db.View(func(tx *bolt.Tx) error {
		rk := tx.Bucket(bucketRKeys).Get([]byte(id))
		if rk == nil {
			return ErrNotFound
		}
		v := tx.Bucket(bucketReadouts).Get(rk)
		if v == nil {
			return ErrNotFound
		}
		var err error
		r, err = decodeReadout(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storage: readout %s: %w", id, err)
	}
	return r, nil
}

// plainReadout is readout.Readout without its JSON methods, so that
// decoding a stored readout scans its bytes once (a type with its own
// UnmarshalJSON is scanned twice: once to find its end, once to decode).
type plainReadout readout.Readout

// storedReadout is the stored form: Readout.MarshalJSON's output.
type storedReadout struct {
	plainReadout
	PublishedAt   time.Time `json:"published_at"`
	PublishedDate string    `json:"published"`
}

// encodeReadout encodes r for storage: Readout's JSON document, written in
// one pass (a type with its own MarshalJSON is encoded, then scanned and
// compacted again by encoding/json).
func encodeReadout(r *readout.Readout) ([]byte, error) {
	w := storedReadout{plainReadout: plainReadout(*r), PublishedAt: r.Published}
	if !r.Published.IsZero() {
		w.PublishedDate = r.Published.Format(time.DateOnly)
	}
	v, err := json.Marshal(&w)
	if err != nil {
		return nil, fmt.Errorf("encode readout %s: %w", r.ID, err)
	}
	return v, nil
}

// decodeReadout decodes what encodeReadout wrote.
func decodeReadout(v []byte) (*readout.Readout, error) {
	var w storedReadout
	if err := jsonv2.Unmarshal(v, &w); err != nil {
		return nil, err
	}
	r := readout.Readout(w.plainReadout)
	r.Published = w.PublishedAt
	if r.Published.IsZero() && w.PublishedDate != "" {
		t, err := time.Parse(time.DateOnly, w.PublishedDate)
		if err != nil {
			return nil, err
		}
		r.Published = t
	}
	return &r, nil
}

// brief is the part of a readout that a lookup shows: a readout with
// sections or key points loses its Body and the Text of the sections that
// have a summary, most of its bytes; one with neither stays whole.
func brief(r *readout.Readout) *readout.Readout {
	if len(r.Sections) == 0 && len(r.KeyPoints) == 0 {
		return r
	}
	b := *r
	b.Body = ""
	b.Sections = slices.Clone(r.Sections)
	for i := range b.Sections {
		if b.Sections[i].Summary != "" {
			b.Sections[i].Text = ""
		}
	}
	return &b
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
// walk back), passing each one's key and encoded value to visit until it
// returns false.
func newestFirst(tx *bolt.Tx, code string, visit func(key, v []byte) (more bool, err error)) error {
	rb := tx.Bucket(bucketReadouts)
	prefix := append([]byte(code), 0)
	c := tx.Bucket(bucketByCountry).Cursor()
	k, _ := c.Seek(append(bytes.Clone(prefix), 0xff))
	var rk []byte
	if k == nil {
		k, rk = c.Last()
	} else {
		k, rk = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, rk = c.Prev() {
		v := rb.Get(rk)
		if v == nil {
			continue
		}
		if more, err := visit(rk, v); err != nil || !more {
			return err
		}
	}
	return nil
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
		dr, err := decodeReadout(v)
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
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketReadouts).Cursor()
		for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
			r, err := decodeReadout(v)
			if err != nil {
				return fmt.Errorf("decode readout %s: %w", k[8:], err)
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
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketReadouts).Stats().KeyN
		return nil
	})
	return n, err
}
