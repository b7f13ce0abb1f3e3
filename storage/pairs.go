package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/readout-bot/readout/meeting"
	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// pairWindow is how far apart two sides' readouts of one meeting may be
// published: the sides' time zones and a day's delay in publishing.
const pairWindow = 3 * 24 * time.Hour

// ingestReadout stores a new item's readout and enqueues its deliveries,
// unless another feed of its publisher already brought the same item: then
// it only enqueues that readout for the channels that have not had it
// (posted or queued). A readout that reports the same meeting as one
// stored before (the other side's readout) is enqueued, for each channel
// that got or is getting the first, as a reply in its thread. It returns
// the readout ID the item's seen mark points at, whether it was new, and
// how many deliveries it enqueued.
func ingestReadout(tx *bolt.Tx, now time.Time, feedID string, it NewItem) (id string, saved bool, deliveries int, err error) {
	r := *it.Readout
	r.ID, r.FeedID = ReadoutID(feedID, it.Key), feedID
	if r.Published.IsZero() || r.Published.After(now.Add(MaxFuture)) {
		r.Published = now // undated, or dated implausibly far ahead: the fetch time
	}
	keys := tx.Bucket(bucketItemKeys)
	ik := itemKeys(&r, it.Key)
	for _, k := range ik {
		if dup := keys.Get(k); dup != nil {
			n, err := enqueueFor(tx, now, string(dup), "", it.Channels, it.Matches, true)
			return string(dup), false, n, err
		}
	}
	if err := saveReadout(tx, &r); err != nil {
		return "", false, 0, err
	}
	for _, k := range ik {
		if err := keys.Put(k, []byte(r.ID)); err != nil {
			return "", false, 0, err
		}
	}
	facts := meeting.FactsOf(&r)
	first, err := findPair(tx, &r, facts)
	if err != nil {
		return "", false, 0, err
	}
	if err := indexMeeting(tx, &r, facts); err != nil {
		return "", false, 0, err
	}
	n, err := enqueueFor(tx, now, r.ID, first, it.Channels, it.Matches, false)
	return r.ID, true, n, err
}

// itemKeys are the keys under which an item is known across its
// publisher's feeds (itemKey): of publisher \x00 "k:" item key and
// publisher \x00 "u:" canonical URL.
func itemKeys(r *readout.Readout, itemKey string) [][]byte {
	pub := itemPublisher(r)
	if pub == "" {
		return nil
	}
	var out [][]byte
	if itemKey != "" {
		out = append(out, itemKeyOf(pub, string(join(pub, "k:"+itemKey))))
	}
	if c := canonicalURL(r.URL); c != "" {
		out = append(out, itemKeyOf(pub, string(join(pub, "u:"+c))))
	}
	return out
}

// itemPublisher is who an item's keys are scoped to: the readout's
// publisher, else its site's host name.
func itemPublisher(r *readout.Readout) string {
	if r.Publisher != "" {
		return r.Publisher
	}
	if u, err := url.Parse(r.URL); err == nil {
		return strings.ToLower(u.Hostname())
	}
	return ""
}

// itemKeyOf is the key of an item key k of publisher pub: 4 bytes of the
// publisher's hash, which keep a publisher's keys on a few pages, then
// the 16 of k's (keyHash).
func itemKeyOf(pub, k string) []byte {
	return append(publisherTag(pub), keyHash(k)...)
}

// publisherTag is the first 4 bytes of the SHA-256 of a publisher.
func publisherTag(pub string) []byte {
	h := sha256.Sum256([]byte(pub))
	return h[:4:4]
}

// canonicalURL is the form of a readout's address that two feeds of one
// publisher share: https, host lower-cased without "www.", no fragment,
// no utm_* parameters, no trailing slash. "" for no http(s) URL.
func canonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	var kept []string
	for part := range strings.SplitSeq(u.RawQuery, "&") {
		name, _, _ := strings.Cut(part, "=")
		if part != "" && !strings.HasPrefix(strings.ToLower(name), "utm_") {
			kept = append(kept, part)
		}
	}
	s := "https://" + host + strings.TrimRight(u.EscapedPath(), "/")
	if len(kept) > 0 {
		s += "?" + strings.Join(kept, "&")
	}
	return s
}

// meetingPrefix is the part of a meetings row read before any decoding.
func meetingPrefix(f meeting.Facts) []byte {
	sides := strings.Join(f.Sides, "-")
	if f.Event != nil {
		sides = "event"
	}
	return join(f.Side, sides, "")
}

// splitMeetingRow splits a meetings row into its prefix (side, sides)
// and its readout key.
func splitMeetingRow(v []byte) (side, sides, rk []byte, ok bool) {
	side, rest, ok := bytes.Cut(v, []byte{0})
	if !ok {
		return nil, nil, nil, false
	}
	sides, rk, ok = bytes.Cut(rest, []byte{0})
	return side, sides, rk, ok
}

// mayPair reports whether two readouts whose meetings rows have these
// prefixes (meetingPrefix) can report the same meeting: not when they
// are the same side's, nor when both are meetings of two or more sides
// (not events) between different sides. meeting.Same holds of no pair
// it rules out.
func mayPair(sideA, sidesA, sideB, sidesB []byte) bool {
	if bytes.Equal(sideA, sideB) {
		return false
	}
	event := []byte("event")
	return bytes.Equal(sidesA, event) || bytes.Equal(sidesB, event) || bytes.Equal(sidesA, sidesB) ||
		bytes.IndexByte(sidesA, '-') < 0 || bytes.IndexByte(sidesB, '-') < 0
}

// indexMeeting adds r's rows to the meetings index, one per party: the
// prefix that rules most candidates out (meetingPrefix), then r's
// readout key. The facts matching needs are read again from the head of
// a candidate that passes the prefix: everything Plausible looks at is
// there.
func indexMeeting(tx *bolt.Tx, r *readout.Readout, f meeting.Facts) error {
	rk := tx.Bucket(bucketRKeys).Get([]byte(r.ID))
	if rk == nil {
		return fmt.Errorf("index meeting of %s: readout not stored", r.ID)
	}
	v := append(meetingPrefix(f), rk...)
	tk := timeKey(r.Published)
	b := tx.Bucket(bucketMeetIndex)
	for _, code := range r.Parties {
		if err := b.Put(countryKey(code, tk, r.ID), v); err != nil {
			return err
		}
	}
	return nil
}

// findPair returns the ID of the first stored readout (the earliest
// ingested) that reports the same meeting as r from another side, or "".
// Candidates share a party with r and were published within pairWindow of
// it: a seek in the meetings index per party, not a scan. A candidate of
// r's own side, or a bilateral one between other sides, is passed over on
// its row's prefix; the rest are checked on the facts of their head, and
// only those that could pair are read whole.
func findPair(tx *bolt.Tx, r *readout.Readout, facts meeting.Facts) (string, error) {
	mb, heads := tx.Bucket(bucketMeetIndex), tx.Bucket(bucketHeads)
	mySide, mySides, _, _ := splitMeetingRow(meetingPrefix(facts))
	tried := map[string]bool{r.ID: true}
	best, bestSeq := "", uint64(0)
	// A busy day has thousands of rows in the window: the prefix is
	// compared in place, allocating nothing for the rows it rules out (a
	// readout's rows under each of its parties have the same prefix, so
	// one ruled out under one party is ruled out under the others).
	for _, code := range r.Parties {
		from := countryKey(code, timeKey(r.Published.Add(-pairWindow)), "")
		to := countryKey(code, timeKey(r.Published.Add(pairWindow)), "\xff")
		c := mb.Cursor()
		for k, v := c.Seek(from); k != nil && bytes.Compare(k, to) <= 0; k, v = c.Next() {
			side, sides, rk, ok := splitMeetingRow(v)
			if !ok || !mayPair(mySide, mySides, side, sides) {
				continue
			}
			id := string(k[len(code)+1+8:])
			if tried[id] {
				continue
			}
			tried[id] = true
			h := heads.Get(rk)
			if h == nil {
				continue
			}
			head, err := decodeHead(h)
			if err != nil {
				return "", fmt.Errorf("decode readout %s: %w", id, err)
			}
			if !meeting.Plausible(meeting.FactsOf(head), facts) {
				continue
			}
			full, err := readWhole(tx, rk)
			if err != nil {
				return "", fmt.Errorf("decode readout %s: %w", id, err)
			}
			seq := binary.BigEndian.Uint64(rk)
			if (best == "" || seq < bestSeq) && meeting.Same(meeting.FactsOf(full), facts) {
				best, bestSeq = id, seq
			}
		}
	}
	return best, nil
}

// enqueueFor adds one delivery of a readout per distinct channel. With
// first set, a channel that got (or is about to get) first's post has the
// delivery answer in that thread. With missingOnly, a channel that got or
// is getting the readout itself is skipped. matches gives each channel's
// delivery its Match.
func enqueueFor(tx *bolt.Tx, now time.Time, readoutID, first string, channels []string, matches map[string]string, missingOnly bool) (int, error) {
	var queued map[string]bool // channel -> the readout in question is in the outbox
	want := first
	if missingOnly {
		want = readoutID
	}
	if want != "" {
		var err error
		if queued, err = queuedFor(tx, want); err != nil {
			return 0, err
		}
	}
	had := func(ch string) bool {
		return want != "" && (queued[ch] || tx.Bucket(bucketPosted).Get(join(ch, want)) != nil || digested(tx, ch, want))
	}
	b := tx.Bucket(bucketOutbox)
	n := 0
	done := map[string]bool{}
	for _, ch := range channels {
		if ch == "" || done[ch] {
			continue
		}
		done[ch] = true
		if missingOnly && had(ch) {
			continue
		}
		seq, err := b.NextSequence()
		if err != nil {
			return n, err
		}
		d := readout.Delivery{ID: seq, Channel: ch, Kind: readout.KindReadout, ReadoutID: readoutID, Created: now, NextTry: now, Match: matches[ch]}
		if !missingOnly && had(ch) {
			d.ThreadOf = first
		}
		if err := putJSON(b, u64(seq), d); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// queuedFor returns the channels with a delivery of readoutID in the
// outbox or held for their digest.
func queuedFor(tx *bolt.Tx, readoutID string) (map[string]bool, error) {
	out := map[string]bool{}
	err := tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
		// Cheap test before decoding: most rows are other readouts'.
		if !bytes.Contains(v, []byte(readoutID)) {
			return nil
		}
		var d readout.Delivery
		if err := json.Unmarshal(v, &d); err != nil {
			return nil // an undecodable row is the outbox's to report
		}
		if d.ReadoutID == readoutID {
			out[d.Channel] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, heldFor(tx, readoutID, out)
}

// Queued reports whether a delivery of readoutID to channel is still in
// the outbox: the deliverer waits for it before answering in its thread.
func (s *Store) Queued(channel, readoutID string) (bool, error) {
	var found bool
	err := s.view(func(tx *bolt.Tx) error {
		q, err := queuedFor(tx, readoutID)
		found = q[channel]
		return err
	})
	if err != nil {
		return false, fmt.Errorf("storage: queued %s %s: %w", channel, readoutID, err)
	}
	return found, nil
}
