package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// seenRecord is stored per feed item.
type seenRecord struct {
	FirstSeen time.Time `json:"first_seen"`
	Hash      string    `json:"hash,omitempty"`
	ReadoutID string    `json:"readout_id,omitempty"`
	Edits     int       `json:"edits,omitempty"`
}

// NewItem is one item of a polled feed to record.
type NewItem struct {
	Key  string // readout.Item.Key
	Hash string // readout.Item.Hash
	// Readout is the parsed readout; nil records the item as seen only.
	Readout *readout.Readout
	// Channels get one delivery each, committed with the readout.
	Channels []string
	// Matches holds, by channel, what its filters matched; it becomes the
	// delivery's Match.
	Matches map[string]string
}

// IngestResult counts what Ingest did.
type IngestResult struct {
	Saved      int      // new readouts stored
	Edited     int      // items seen before whose content changed (not re-posted)
	Skipped    int      // items seen before, unchanged
	Deliveries int      // outbox rows enqueued
	IDs        []string // IDs of the new readouts, in input order
}

// MaxFuture is how far ahead of the fetch a readout's publication date may
// lie (time zones, clocks a little fast); a later one is stored as the
// fetch time, so that a bad date cannot pin a readout to the top of the
// lookups.
const MaxFuture = 48 * time.Hour

// ReadoutID is the stable ID of the readout made from a feed's item.
func ReadoutID(feedID, itemKey string) string {
	sum := sha256.Sum256([]byte(feedID + "\x00" + itemKey))
	return hex.EncodeToString(sum[:8])
}

// Seen returns the content hash recorded for each of keys already seen in
// the feed; keys absent from the map are new.
func (s *Store) Seen(feedID string, keys []string) (map[string]string, error) {
	out := make(map[string]string)
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeenHashed)
		for _, k := range keys {
			rec, ok, err := getSeen(b, seenKey(feedID, k))
			if err != nil {
				return err
			}
			if ok {
				out[k] = rec.Hash
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: seen %s: %w", feedID, err)
	}
	return out, nil
}

// Ingest records one poll of a feed in a single transaction: the feed's new
// state, each new item's readout with its index rows and seen mark, and one
// outbox delivery per channel. Items already seen are not stored again; a
// changed hash is recorded as an edit and not delivered again.
func (s *Store) Ingest(feedID string, st readout.FeedState, items []NewItem) (IngestResult, error) {
	var res IngestResult
	now := s.now()
	// The pipeline's concurrent polls commit together, in fewer and
	// larger transactions (s.group); each call's writes still commit
	// together or not at all, and this function may run more than once,
	// so it starts afresh.
	n := 0
	for _, it := range items {
		if it.Readout != nil {
			n++
		}
	}
	err := s.group(n, func(tx *bolt.Tx) error {
		res = IngestResult{}
		if err := putJSON(tx.Bucket(bucketFeeds), []byte(feedID), st); err != nil {
			return err
		}
		seen := tx.Bucket(bucketSeenHashed)
		fillIndexes(tx)
		for _, it := range items {
			key := seenKey(feedID, it.Key)
			rec, ok, err := getSeen(seen, key)
			if err != nil {
				return err
			}
			if ok {
				if it.Hash != "" && rec.Hash != it.Hash {
					rec.Hash = it.Hash
					rec.Edits++
					res.Edited++
					if err := seen.Put(key, encodeSeen(rec)); err != nil {
						return err
					}
				} else {
					res.Skipped++
				}
				continue
			}
			rec = seenRecord{FirstSeen: now, Hash: it.Hash}
			if it.Readout != nil {
				id, saved, n, err := ingestReadout(tx, now, feedID, it)
				if err != nil {
					return err
				}
				rec.ReadoutID = id
				if saved {
					res.Saved++
					res.IDs = append(res.IDs, id)
				}
				res.Deliveries += n
				// Pairing a readout scans the meetings index around its
				// date, a few hundred kilobytes of pages on a busy day:
				// keep a feed's first poll from mapping megabytes. The
				// writer drops them itself: woken from here, the trimmer
				// fell behind a group commit of a hundred readouts, whose
				// work mapped up to 35 MB before its commit.
				s.trimBeforeCommit(tx)
			}
			if err := seen.Put(key, encodeSeen(rec)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return IngestResult{}, fmt.Errorf("storage: ingest %s: %w", feedID, err)
	}
	return res, nil
}

// Fill percents of the buckets an ingest writes, where bbolt splits a
// page half full by default: buckets keyed by a sequence only ever
// append, so a split page is not written again; the others take rows at
// random places, and fuller pages still leave room for a few.
const (
	appendFill = 1.0
	indexFill  = 0.8
)

// fillIndexes sets the fill percents of the buckets Ingest writes, for
// tx (a bucket's fill percent lasts one transaction).
func fillIndexes(tx *bolt.Tx) {
	for _, name := range [][]byte{bucketReadouts, bucketHeads, bucketOutbox} {
		tx.Bucket(name).FillPercent = appendFill
	}
	for _, name := range [][]byte{bucketSeenHashed, bucketRKeys, bucketByCountry, bucketItemKeys, bucketMeetIndex} {
		tx.Bucket(name).FillPercent = indexFill
	}
}

// getSeen reads a seen mark.
func getSeen(b *bolt.Bucket, key []byte) (seenRecord, bool, error) {
	v := b.Get(key)
	if v == nil {
		return seenRecord{}, false, nil
	}
	rec, err := decodeSeen(v)
	if err != nil {
		return rec, true, fmt.Errorf("seen %x: %w", key, err)
	}
	return rec, true, nil
}

// saveReadout stores r and its index rows. r.ID and r.Published must be set.
func saveReadout(tx *bolt.Tx, r *readout.Readout) error {
	// Readouts are keyed by an ingest sequence, not by their hash ID nor
	// their publication time: every new one is appended at the right edge
	// of the tree, so bbolt touches (and keeps mapped) only a few pages
	// whatever the publication dates. The by-country index orders by time.
	rb, heads := tx.Bucket(bucketReadouts), tx.Bucket(bucketHeads)
	seq, err := rb.NextSequence()
	if err != nil {
		return err
	}
	rk := u64(seq)
	head, text := encodeReadout(r)
	if err := rb.Put(rk, text); err != nil {
		return err
	}
	if err := heads.Put(rk, head); err != nil {
		return err
	}
	if err := tx.Bucket(bucketRKeys).Put([]byte(r.ID), rk); err != nil {
		return err
	}
	tk := timeKey(r.Published)
	byCountry := tx.Bucket(bucketByCountry)
	for _, code := range r.Parties {
		if err := byCountry.Put(countryKey(code, tk, r.ID), rk); err != nil {
			return err
		}
	}
	return nil
}

func countryKey(code string, tk []byte, id string) []byte {
	k := make([]byte, 0, len(code)+1+len(tk)+len(id))
	k = append(k, code...)
	k = append(k, 0)
	k = append(k, tk...)
	return append(k, id...)
}
