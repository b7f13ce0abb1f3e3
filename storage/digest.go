package storage

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// Buckets of digests and pauses (in allBuckets).
var (
	bucketDigest = []byte("digest") // channel ID -> DigestState JSON
	bucketHeld   = []byte("held")   // channel \x00 BE(outbox seq) -> Delivery JSON, waiting for the channel's digest
	// bucketDigested marks the readouts a channel got in a digest, so that
	// a copy from another feed of the publisher is not delivered again.
	bucketDigested = []byte("digested") // channel \x00 readout ID -> the digest's key
)

// heldFor adds to out the channels holding a delivery of readoutID for
// their digest.
func heldFor(tx *bolt.Tx, readoutID string, out map[string]bool) error {
	held := tx.Bucket(bucketHeld)
	if held == nil {
		return nil
	}
	return held.ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, []byte(readoutID)) {
			return nil
		}
		var d readout.Delivery
		if json.Unmarshal(v, &d) == nil && d.ReadoutID == readoutID {
			out[d.Channel] = true
		}
		return nil
	})
}

// digested reports whether channel got readoutID in a digest.
func digested(tx *bolt.Tx, channel, readoutID string) bool {
	b := tx.Bucket(bucketDigested)
	return b != nil && b.Get(join(channel, readoutID)) != nil
}

// DigestState is a channel's digest and pause, as set from Slack, and the
// bookkeeping of its periods.
type DigestState struct {
	// Schedule is the digest set from Slack, as digest.Parse reads it
	// ("daily 09:00 Asia/Tokyo"); "" when off (the configuration file may
	// set one).
	Schedule string `json:"schedule,omitempty"`
	// Last is the end of the last period whose digest was made, or when
	// the digest was turned on: the next digest is the first period after
	// it.
	Last time.Time `json:"last,omitzero"`
	// Paused is set from `/readout pause` until `/readout resume`, or
	// until PausedUntil when that is set.
	Paused      bool      `json:"paused,omitempty"`
	PausedSince time.Time `json:"paused_since,omitzero"`
	PausedUntil time.Time `json:"paused_until,omitzero"`
	PausedBy    string    `json:"paused_by,omitempty"`
	// Updated is when the state last changed.
	Updated time.Time `json:"updated,omitzero"`
}

// DigestStates returns every channel's digest state.
func (s *Store) DigestStates() (map[string]DigestState, error) {
	out := map[string]DigestState{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDigest)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var st DigestState
			if err := json.Unmarshal(v, &st); err != nil {
				return fmt.Errorf("decode %q: %w", k, err)
			}
			out[string(k)] = st
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: digest states: %w", err)
	}
	return out, nil
}

// DigestState returns a channel's digest state and how many readouts it
// holds for its next digest.
func (s *Store) DigestState(channel string) (DigestState, int, error) {
	var st DigestState
	held := 0
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketDigest); b != nil {
			if _, err := getJSON(b, []byte(channel), &st); err != nil {
				return err
			}
		}
		if b := tx.Bucket(bucketHeld); b != nil {
			prefix := join(channel, "")
			c := b.Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				held++
			}
		}
		return nil
	})
	if err != nil {
		return DigestState{}, 0, fmt.Errorf("storage: digest state of %s: %w", channel, err)
	}
	return st, held, nil
}

// UpdateDigestState changes a channel's digest state in one transaction;
// f's error aborts it.
func (s *Store) UpdateDigestState(channel string, f func(*DigestState) error) error {
	err := s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketDigest)
		if err != nil {
			return err
		}
		var st DigestState
		if _, err := getJSON(b, []byte(channel), &st); err != nil {
			return err
		}
		if err := f(&st); err != nil {
			return err
		}
		st.Updated = s.now()
		return putJSON(b, []byte(channel), st)
	})
	if err != nil {
		return fmt.Errorf("storage: update digest state of %s: %w", channel, err)
	}
	return nil
}

// Hold moves a readout's delivery from the outbox to its channel's held
// readouts, which the channel's next digest (or the end of its pause)
// posts instead. A delivery that has begun posting, or is no longer in the
// outbox, is left alone; Hold reports whether it moved.
func (s *Store) Hold(id uint64) (bool, error) {
	moved := false
	err := s.update(func(tx *bolt.Tx) error {
		out := tx.Bucket(bucketOutbox)
		var d readout.Delivery
		ok, err := getJSON(out, u64(id), &d)
		if err != nil || !ok || !holdable(d) {
			return err
		}
		held, err := tx.CreateBucketIfNotExists(bucketHeld)
		if err != nil {
			return err
		}
		if err := putJSON(held, heldKey(d.Channel, id), d); err != nil {
			return err
		}
		moved = true
		return out.Delete(u64(id))
	})
	if err != nil {
		return false, fmt.Errorf("storage: hold delivery %d: %w", id, err)
	}
	return moved, nil
}

// holdable reports whether a delivery may go into a digest instead: a
// readout's, not yet begun.
func holdable(d readout.Delivery) bool {
	return (d.Kind == readout.KindReadout || d.Kind == "") && d.ReadoutID != "" &&
		d.Sending.IsZero() && d.ParentTS == ""
}

func heldKey(channel string, seq uint64) []byte {
	return append(join(channel, ""), u64(seq)...)
}

// DigestRun makes one digest of what a channel holds: the readouts held
// for it and its readout deliveries still waiting in the outbox.
type DigestRun struct {
	Channel string
	// Update checks and changes the channel's state, in the same
	// transaction; false leaves everything as it was (the period was made
	// already, the pause was lifted already).
	Update func(*DigestState) bool
	// Key and Title go into every part (readout.DigestPayload).
	Key, Title string
	// Split cuts the readouts, in the order they arrived, into the parts
	// of the digest, each part's readouts grouped by country. It must
	// place every readout once.
	Split func([]*readout.Readout) [][]readout.DigestGroup
}

// RunDigest makes a digest in one transaction: it updates the channel's
// state (run.Update), takes every readout the channel holds, enqueues one
// delivery per part and forgets the held rows. A period already made is
// not made again, so a restart can run it again safely; a period with
// nothing held posts nothing. It returns the deliveries enqueued.
func (s *Store) RunDigest(run DigestRun) (int, error) {
	n := 0
	err := s.update(func(tx *bolt.Tx) error {
		n = 0
		states, err := tx.CreateBucketIfNotExists(bucketDigest)
		if err != nil {
			return err
		}
		var st DigestState
		if _, err := getJSON(states, []byte(run.Channel), &st); err != nil {
			return err
		}
		if !run.Update(&st) {
			return nil
		}
		st.Updated = s.now()
		if err := putJSON(states, []byte(run.Channel), st); err != nil {
			return err
		}
		taken, err := takeHeld(tx, run.Channel)
		if err != nil || len(taken) == 0 {
			return err
		}
		var rs []*readout.Readout
		seen := map[string]bool{}
		for _, d := range taken {
			if seen[d.ReadoutID] {
				continue // one readout carried by two feeds of a publisher
			}
			seen[d.ReadoutID] = true
			r, err := readoutTx(tx, d.ReadoutID)
			if err != nil {
				return err
			}
			if r != nil {
				rs = append(rs, r)
			}
		}
		if len(rs) == 0 {
			return nil
		}
		marks, err := tx.CreateBucketIfNotExists(bucketDigested)
		if err != nil {
			return err
		}
		for _, r := range rs {
			if err := marks.Put(join(run.Channel, r.ID), []byte(run.Key)); err != nil {
				return err
			}
		}
		parts := run.Split(rs)
		if placed := countPlaced(parts); placed != len(rs) {
			return fmt.Errorf("digest %s: the parts hold %d readouts, not %d", run.Key, placed, len(rs))
		}
		out := tx.Bucket(bucketOutbox)
		now := s.now()
		for i, groups := range parts {
			seq, err := out.NextSequence()
			if err != nil {
				return err
			}
			d := readout.Delivery{ID: seq, Channel: run.Channel, Kind: readout.KindDigest, Created: now, NextTry: now,
				Text:   fmt.Sprintf("%s (%d of %d)", run.Title, i+1, len(parts)),
				Digest: &readout.DigestPayload{Key: run.Key, Title: run.Title, Part: i + 1, Parts: len(parts), Total: len(rs), Groups: groups}}
			if err := putJSON(out, u64(seq), d); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("storage: digest %s for %s: %w", run.Key, run.Channel, err)
	}
	return n, nil
}

func countPlaced(parts [][]readout.DigestGroup) int {
	n := 0
	for _, p := range parts {
		for _, g := range p {
			n += len(g.ReadoutIDs)
		}
	}
	return n
}

// takeHeld removes and returns, in the order they were enqueued, the
// channel's held deliveries and its readout deliveries waiting in the
// outbox that have not begun posting.
func takeHeld(tx *bolt.Tx, channel string) ([]readout.Delivery, error) {
	type row struct {
		seq uint64
		d   readout.Delivery
	}
	var rows []row
	if held := tx.Bucket(bucketHeld); held != nil {
		prefix := join(channel, "")
		c := held.Cursor()
		var keys [][]byte
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var d readout.Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return nil, fmt.Errorf("decode held %q: %w", k, err)
			}
			rows = append(rows, row{binary.BigEndian.Uint64(k[len(prefix):]), d})
			keys = append(keys, bytes.Clone(k))
		}
		for _, k := range keys {
			if err := held.Delete(k); err != nil {
				return nil, err
			}
		}
	}
	out := tx.Bucket(bucketOutbox)
	var waiting [][]byte
	err := out.ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, []byte(channel)) {
			return nil
		}
		var d readout.Delivery
		if json.Unmarshal(v, &d) != nil || d.Channel != channel || !holdable(d) {
			return nil
		}
		rows = append(rows, row{binary.BigEndian.Uint64(k), d})
		waiting = append(waiting, bytes.Clone(k))
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, k := range waiting {
		if err := out.Delete(k); err != nil {
			return nil, err
		}
	}
	// Held rows were enqueued before the waiting ones, except when a
	// hold raced a take; the sequence decides.
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.seq, b.seq) })
	ds := make([]readout.Delivery, len(rows))
	for i, r := range rows {
		ds[i] = r.d
	}
	return ds, nil
}

// readoutTx returns a stored readout by ID in its brief form (what a
// digest line shows), or nil when it is no longer stored.
func readoutTx(tx *bolt.Tx, id string) (*readout.Readout, error) {
	rk := tx.Bucket(bucketRKeys).Get([]byte(id))
	if rk == nil {
		return nil, nil
	}
	h := tx.Bucket(bucketHeads).Get(rk)
	if h == nil {
		return nil, nil
	}
	r, err := decodeBrief(tx, rk, h)
	if err != nil {
		return nil, fmt.Errorf("decode readout %s: %w", id, err)
	}
	return r, nil
}
