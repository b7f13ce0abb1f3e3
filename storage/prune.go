package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// pruneBatch bounds the readouts one pruning transaction deletes.
const pruneBatch = 500

// Prune deletes the readouts published before cutoff, with their index
// rows, the record of the channels they were posted to, and the
// cross-feed item keys that point at them, in transactions of pruneBatch
// readouts, and returns how many it deleted. Seen marks stay (a feed that
// still lists an old item must not post it again), and readouts that
// deliveries in the outbox or held for a digest still need stay until a
// later prune (queuedReadouts). The pages freed are reused by new readouts;
// Compact gives them back to the file system.
func (s *Store) Prune(cutoff time.Time) (int, error) {
	type victim struct {
		rk, id  []byte
		tk      []byte
		parties []string
	}
	var victims []victim
	err := s.view(func(tx *bolt.Tx) error {
		queued := queuedReadouts(tx)
		c := tx.Bucket(bucketHeads).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			r, err := decodeHead(v)
			if err != nil {
				return fmt.Errorf("decode readout %x: %w", k, err)
			}
			if r.Published.Before(cutoff) && !queued[r.ID] {
				// Copies: r's strings share its whole record, kept for
				// every victim of a prune of years otherwise.
				parties := make([]string, len(r.Parties))
				for i, p := range r.Parties {
					parties[i] = strings.Clone(p)
				}
				victims = append(victims, victim{append([]byte(nil), k...), []byte(r.ID), timeKey(r.Published), parties})
			}
		}
		return nil
	})
	if err != nil || len(victims) == 0 {
		return 0, wrapPrune(err)
	}
	gone := make(map[string]bool, len(victims))
	for start := 0; start < len(victims); start += pruneBatch {
		batch := victims[start:min(start+pruneBatch, len(victims))]
		err := s.update(func(tx *bolt.Tx) error {
			for _, v := range batch {
				for _, b := range [][]byte{bucketHeads, bucketReadouts} {
					if err := tx.Bucket(b).Delete(v.rk); err != nil {
						return err
					}
				}
				if err := tx.Bucket(bucketRKeys).Delete(v.id); err != nil {
					return err
				}
				for _, code := range v.parties {
					k := countryKey(code, v.tk, string(v.id))
					if err := tx.Bucket(bucketByCountry).Delete(k); err != nil {
						return err
					}
					if err := tx.Bucket(bucketMeetIndex).Delete(k); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return start, wrapPrune(err)
		}
		for _, v := range batch {
			gone[string(v.id)] = true
		}
	}
	// What points at the deleted readouts by ID: posted and digested
	// marks (channel \x00 readout ID) and cross-feed item keys (-> readout
	// ID).
	err = s.update(func(tx *bolt.Tx) error {
		var dead [][]byte
		for _, name := range [][]byte{bucketPosted, bucketDigested} {
			marks := tx.Bucket(name)
			dead = dead[:0]
			if err := marks.ForEach(func(k, _ []byte) error {
				if i := indexByte(k, 0); i >= 0 && gone[string(k[i+1:])] {
					dead = append(dead, append([]byte(nil), k...))
				}
				return nil
			}); err != nil {
				return err
			}
			for _, k := range dead {
				if err := marks.Delete(k); err != nil {
					return err
				}
			}
		}
		dead = dead[:0]
		items := tx.Bucket(bucketItemKeys)
		if err := items.ForEach(func(k, v []byte) error {
			if gone[string(v)] {
				dead = append(dead, append([]byte(nil), k...))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range dead {
			if err := items.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	return len(victims), wrapPrune(err)
}

// queuedReadouts is the IDs of the readouts that deliveries waiting in
// the outbox or held for a digest still need: their own, the first
// readout of a meeting whose thread they answer in, a digest's. Prune
// keeps those until they are delivered (an old item ingested today would
// otherwise go to the dead letters as "not found"). A row that does not
// decode needs nothing: it is a dead letter already.
func queuedReadouts(tx *bolt.Tx) map[string]bool {
	ids := map[string]bool{}
	for _, name := range [][]byte{bucketOutbox, bucketHeld} {
		_ = tx.Bucket(name).ForEach(func(_, v []byte) error {
			var d readout.Delivery
			if json.Unmarshal(v, &d) != nil {
				return nil
			}
			ids[d.ReadoutID], ids[d.ThreadOf] = true, true
			if d.Digest != nil {
				for _, g := range d.Digest.Groups {
					for _, id := range g.ReadoutIDs {
						ids[id] = true
					}
				}
			}
			return nil
		})
	}
	delete(ids, "")
	return ids
}

func wrapPrune(err error) error {
	if err != nil {
		return fmt.Errorf("storage: prune: %w", err)
	}
	return nil
}

func indexByte(b []byte, c byte) int { // bytes.IndexByte
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// compactTxSize is how many bytes Compact copies per transaction of the
// new file.
const compactTxSize = 64 << 20

// Compact rewrites the database into a new file holding only the live
// pages, packed (bbolt's Compact), and puts it in place of the open one
// with a rename, so that the file at the path is always a whole database.
// Writes wait while it copies and reads go on; both wait for the moment
// of the swap. It returns the file's size before and after.
func (s *Store) Compact() (before, after int64, err error) {
	s.writes.Lock()
	defer s.writes.Unlock()
	path, err := filepath.EvalSymlinks(s.path)
	if err != nil {
		return 0, 0, fmt.Errorf("storage: compact %s: %w", s.path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, 0, fmt.Errorf("storage: compact %s: %w", s.path, err)
	}
	before = fi.Size()
	tmp := path + ".compact"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return before, 0, fmt.Errorf("storage: compact %s: %w", s.path, err)
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: s.opts.Timeout})
	if err != nil {
		return before, 0, fmt.Errorf("storage: compact %s: %w", s.path, err)
	}
	s.swap.RLock()
	// The copy reads every page of the file: trim the mapping as it goes,
	// so that compacting does not make the whole file resident.
	stop := make(chan struct{})
	trimmed := make(chan struct{})
	go func() {
		defer close(trimmed)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				trimMapping(s.db)
			}
		}
	}()
	err = bolt.Compact(dst, s.db, compactTxSize)
	close(stop)
	<-trimmed
	trimMapping(s.db)
	s.swap.RUnlock()
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return before, 0, fmt.Errorf("storage: compact %s: %w", s.path, err)
	}
	// The copy is whole and synced; open it (taking its lock) before it
	// replaces the file, so that no other process can take the new file.
	db, err := openBolt(tmp, s.opts)
	if err != nil {
		return before, 0, err
	}
	s.swap.Lock()
	defer s.swap.Unlock()
	if err := os.Rename(tmp, path); err != nil {
		_ = db.Close()
		return before, 0, fmt.Errorf("storage: compact %s: %w", s.path, err)
	}
	_ = syncDir(filepath.Dir(path)) // the rename survives a crash
	old := s.db
	s.db = db
	if err := old.Close(); err != nil {
		return before, 0, fmt.Errorf("storage: compact %s: close the old file: %w", s.path, err)
	}
	if fi, err := os.Stat(path); err == nil {
		after = fi.Size()
	}
	return before, after, nil
}
