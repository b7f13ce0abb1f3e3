package storage

import (
	"bytes"
	"fmt"
	"slices"

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
	err := s.lookup(func(tx *bolt.Tx) error {
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

// LatestMeetingsForCountry returns what a lookup needs to show the n
// newest meetings in which code is a party, of the newest window
// readouts, newest first: every readout until n of those returned could
// report no meeting that a newer one returned reports, and after that
// only those that could (their meetings rows' prefixes, mayPair; a
// readout without a row could report any). Grouping what it returns by meeting (meeting.Same),
// newest first, gives the same first n meetings as grouping all window
// readouts, and a lookup decodes about n heads instead of window.
//
// Each comes for showing summaries: a readout with sections or key points
// as its head record holds it (see encodeReadout), without its Body, the
// Text of the sections that have a summary, the countries mentioned,
// anniversaries, pledges and attachments, and its compressed text is not
// read; one with neither, whose lookup shows an excerpt of its body,
// comes whole. With window n it is the newest n readouts.
func (s *Store) LatestMeetingsForCountry(code string, n, window int) ([]*readout.Readout, error) {
	if n <= 0 || window <= 0 {
		return nil, nil
	}
	type prefix struct {
		side, sides []byte
		known       bool
	}
	var out []*readout.Readout
	err := s.lookup(func(tx *bolt.Tx) error {
		heads := tx.Bucket(bucketHeads)
		under := append([]byte(code), 0)
		c, mc := tx.Bucket(bucketByCountry).Cursor(), tx.Bucket(bucketMeetIndex).Cursor()
		// The meetings index has the by-country index's keys: its cursor
		// walks back in step.
		mk, mv := lastUnder(mc, under)
		var kept []prefix // of the readouts in out; valid in the transaction
		alone, seen := 0, 0
		for k, rk := lastUnder(c, under); k != nil && bytes.HasPrefix(k, under) && seen < window; k, rk = c.Prev() {
			for mk != nil && bytes.Compare(mk, k) > 0 {
				mk, mv = mc.Prev()
			}
			var p prefix
			if bytes.Equal(mk, k) {
				p.side, p.sides, _, p.known = splitMeetingRow(mv)
			}
			paired := !p.known || slices.ContainsFunc(kept, func(q prefix) bool {
				return !q.known || mayPair(q.side, q.sides, p.side, p.sides)
			})
			if !paired && alone == n {
				// A meeting after the first n: its head is not read. A
				// lookup's first read of a head page costs a page fault
				// (tens of microseconds on a virtual machine), and this
				// skips up to window-n of them.
				seen++
				continue
			}
			h := heads.Get(rk)
			if h == nil {
				continue
			}
			seen++
			if !paired {
				alone++
			}
			r, err := decodeBrief(tx, rk, h)
			if err != nil {
				return fmt.Errorf("decode readout %x: %w", rk, err)
			}
			out = append(out, r)
			kept = append(kept, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: latest meetings for %s: %w", code, err)
	}
	return out, nil
}

// decodeBrief decodes a readout as LatestMeetingsForCountry returns it: its
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
