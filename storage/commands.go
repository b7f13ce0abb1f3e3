package storage

import (
	"fmt"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// ScanForCountry is LatestForCountry for searches that may match little: it
// walks the country's readouts newest first like LatestForCountry, but
// reads at most limit of them (all when limit <= 0), so that a keyword
// nobody used costs a bounded amount of work. It returns up to n matching
// readouts, and reports whether it stopped at the limit with older
// readouts left unread.
func (s *Store) ScanForCountry(code string, n, limit int, match func(*readout.Readout) bool) ([]*readout.Readout, bool, error) {
	var (
		out       []*readout.Readout
		truncated bool
	)
	if n <= 0 {
		return nil, false, nil
	}
	read := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		return newestFirst(tx, code, func(key, v []byte) (bool, error) {
			if limit > 0 && read == limit {
				truncated = true
				return false, nil
			}
			read++
			r, err := decodeReadout(v)
			if err != nil {
				return false, fmt.Errorf("decode readout %s: %w", key[8:], err)
			}
			if match == nil || match(r) {
				out = append(out, r)
			}
			return len(out) < n, nil
		})
	})
	if err != nil {
		return nil, false, fmt.Errorf("storage: scan for %s: %w", code, err)
	}
	return out, truncated, nil
}

// LatestBriefForCountry is LatestForCountry(code, n, nil) for showing
// summaries: a readout with sections or key points comes without its Body
// and without the Text of the sections that have a summary (read from the
// small copy kept for lookups); a readout with neither comes whole.
func (s *Store) LatestBriefForCountry(code string, n int) ([]*readout.Readout, error) {
	var out []*readout.Readout
	if n <= 0 {
		return nil, nil
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		briefs := tx.Bucket(bucketBriefs)
		return newestFirst(tx, code, func(key, v []byte) (bool, error) {
			if b := briefs.Get(key); b != nil {
				v = b
			}
			r, err := decodeReadout(v)
			if err != nil {
				return false, fmt.Errorf("decode readout %s: %w", key[8:], err)
			}
			out = append(out, r)
			return len(out) < n, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("storage: latest brief for %s: %w", code, err)
	}
	return out, nil
}
