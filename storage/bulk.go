package storage

import (
	"bytes"
	"fmt"
	"iter"
	"slices"

	"github.com/readout-bot/readout/meeting"
	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// BulkLoad stores readouts with their by-country and meetings index rows, in
// transactions of batch readouts each (2,000 when batch <= 0). The daemon
// never calls it: it is the one way in for the capacity run
// (cmd/readout-bench) and the lookup benchmarks, which need a large
// database quickly. Each
// readout must have its ID set and should come in ascending Published
// order; within a transaction the rows are written in key order, since
// bbolt inserts ascending keys far faster than scattered ones. No seen or
// outbox rows are written. It returns how many readouts were stored.
func (s *Store) BulkLoad(rs iter.Seq[*readout.Readout], batch int) (int, error) {
	if batch <= 0 {
		batch = 2000
	}
	type pending struct {
		r          *readout.Readout
		head, text []byte
	}
	type row struct{ k, v []byte }
	var todo []pending
	n := 0
	flush := func() error {
		if len(todo) == 0 {
			return nil
		}
		err := s.update(func(tx *bolt.Tx) error {
			rb := tx.Bucket(bucketReadouts)
			base := rb.Sequence()
			var texts, heads, rkeys, byCountry, meetings []row
			for i, p := range todo {
				rk := u64(base + uint64(i) + 1) // sequence keys, in input order: appends
				texts = append(texts, row{rk, p.text})
				heads = append(heads, row{rk, p.head})
				rkeys = append(rkeys, row{[]byte(p.r.ID), rk})
				tk := timeKey(p.r.Published)
				mrow := append(meetingPrefix(meeting.FactsOf(p.r)), rk...)
				for _, code := range p.r.Parties {
					k := countryKey(code, tk, p.r.ID)
					byCountry = append(byCountry, row{k, rk})
					meetings = append(meetings, row{k, mrow})
				}
			}
			for _, rows := range [][]row{rkeys, byCountry, meetings} {
				slices.SortFunc(rows, func(a, b row) int { return bytes.Compare(a.k, b.k) })
			}
			for _, w := range []struct {
				bucket []byte
				rows   []row
				fill   float64
			}{
				{bucketReadouts, texts, appendFill}, // sequence keys: only appends
				{bucketHeads, heads, appendFill},
				{bucketRKeys, rkeys, 0.9}, // mostly appends: pack pages
				{bucketByCountry, byCountry, 0.9},
				{bucketMeetIndex, meetings, 0.9},
			} {
				b := tx.Bucket(w.bucket)
				b.FillPercent = w.fill
				for _, r := range w.rows {
					if err := b.Put(r.k, r.v); err != nil {
						return err
					}
				}
			}
			return rb.SetSequence(base + uint64(len(todo)))
		})
		if err != nil {
			return err
		}
		n += len(todo)
		todo = todo[:0]
		return nil
	}
	for r := range rs {
		if r.ID == "" {
			return n, fmt.Errorf("storage: bulk load: readout %q has no ID", r.Title)
		}
		head, text := encodeReadout(r)
		todo = append(todo, pending{r: r, head: head, text: text})
		if len(todo) >= batch {
			if err := flush(); err != nil {
				return n, fmt.Errorf("storage: bulk load: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("storage: bulk load: %w", err)
	}
	return n, nil
}
