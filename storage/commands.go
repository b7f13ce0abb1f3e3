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
	err := s.view(func(tx *bolt.Tx) error {
		texts := tx.Bucket(bucketReadouts)
		return newestFirst(tx, code, func(key, head []byte) (bool, error) {
			if limit > 0 && read == limit {
				truncated = true
				return false, nil
			}
			read++
			r, err := decodeReadout(head, texts.Get(key))
			if err != nil {
				return false, fmt.Errorf("decode readout %x: %w", key, err)
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
// summaries: a readout with sections or key points comes as its head
// record holds it (see encodeReadout), without its Body, the Text of the
// sections that have a summary, the countries mentioned, anniversaries,
// pledges and attachments, and its compressed text is not read; one with
// neither, whose lookup shows an excerpt of its body, comes whole.
func (s *Store) LatestBriefForCountry(code string, n int) ([]*readout.Readout, error) {
	var out []*readout.Readout
	if n <= 0 {
		return nil, nil
	}
	err := s.view(func(tx *bolt.Tx) error {
		return newestFirst(tx, code, func(key, head []byte) (bool, error) {
			r, err := decodeBrief(tx, key, head)
			if err != nil {
				return false, fmt.Errorf("decode readout %x: %w", key, err)
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

// decodeBrief decodes a readout as LatestBriefForCountry returns it: its
// head, and its text too when it has neither sections nor key points.
// The text record is looked up only then: finding it reads a page of the
// texts bucket, which a lookup of a readout with sections does not need.
func decodeBrief(tx *bolt.Tx, key, head []byte) (*readout.Readout, error) {
	r, err := decodeHead(head)
	if err == nil && len(r.Sections) == 0 && len(r.KeyPoints) == 0 {
		err = decodeText(r, tx.Bucket(bucketReadouts).Get(key))
	}
	return r, err
}
