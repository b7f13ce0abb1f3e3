package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Schema 3's indexes take less room than schema 2's, which kept item keys
// (URLs, mostly) whole and a JSON document per seen item and per party of
// a meeting:
//
//   - seen items are keyed by feed ID and a 16-byte hash of the item key,
//     with a binary record (seenRecord);
//   - an item several feeds of one publisher carry is found by a 16-byte
//     hash of its publisher and key or address, after 4 bytes of a hash of
//     the publisher alone (itemKeys), so that a feed's new items go to a
//     few pages of the bucket rather than one page each;
//   - the meetings index keeps, per party, the prefix that rules most
//     candidates out and the readout's sequence key, where schema 2 kept
//     the meeting facts as JSON: they are read from the readout's head.
var (
	bucketSeenHashed = []byte("seen_items")         // feed ID \x00 hash(item key) -> seenRecord (encodeSeen)
	bucketItemKeys   = []byte("items_by_publisher") // hash(publisher)[:4] hash(publisher \x00 k:key or u:URL) -> readout ID
	bucketMeetIndex  = []byte("meeting_index")      // party code \x00 BE(published) readout ID -> side \x00 sides \x00 BE(readout key)

	// Schema 2's buckets that these replace; converted on open.
	bucketSeenV2     = []byte("seen")
	bucketItemKeysV2 = []byte("item_keys")
	bucketMeetingsV2 = []byte("meetings")
	// The first form of schema 3's item keys, without the publisher's
	// prefix (one random page per insert); converted on open.
	bucketItemHashes = []byte("item_hashes")
)

// keyHash is the 16 bytes of SHA-256 that stand for a long key: one
// collision in 2^64 keys.
func keyHash(s string) []byte {
	h := sha256.Sum256([]byte(s))
	return h[:16]
}

// seenKey is the seen_items key of a feed's item.
func seenKey(feedID, itemKey string) []byte {
	return join(feedID, string(keyHash(itemKey)))
}

const seenV1 = 1

// encodeSeen encodes a seen record: first seen, content hash and readout
// ID (hex strings kept as their bytes), edits.
func encodeSeen(rec seenRecord) []byte {
	w := wbuf{seenV1}
	w.time(rec.FirstSeen)
	w.hexStr(rec.Hash)
	w.hexStr(rec.ReadoutID)
	w.uvarint(uint64(rec.Edits))
	return w
}

// decodeSeen decodes a seen record, binary or (schema 2) JSON.
func decodeSeen(v []byte) (seenRecord, error) {
	var rec seenRecord
	if len(v) > 0 && v[0] == '{' {
		err := json.Unmarshal(v, &rec)
		return rec, err
	}
	if len(v) == 0 || v[0] != seenV1 {
		return rec, fmt.Errorf("unknown seen record format")
	}
	b := rbuf{b: v[1:]}
	rec.FirstSeen = b.time()
	rec.Hash = b.hexStr()
	rec.ReadoutID = b.hexStr()
	rec.Edits = int(b.uvarint())
	if b.err != nil {
		return rec, fmt.Errorf("decode seen record: %w", b.err)
	}
	return rec, nil
}

// hexStr writes s, as its bytes when it is lower-case hex.
func (w *wbuf) hexStr(s string) {
	if b, err := hex.DecodeString(s); err == nil && len(s) > 0 && hex.EncodeToString(b) == s {
		w.uvarint(uint64(len(b))<<1 | 1)
		*w = append(*w, b...)
		return
	}
	w.uvarint(uint64(len(s)) << 1)
	*w = append(*w, s...)
}

func (r *rbuf) hexStr() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	l := n >> 1
	if l > uint64(len(r.b)) {
		r.err = errShort
		return ""
	}
	b := r.b[:l]
	r.b = r.b[l:]
	if n&1 == 1 {
		return hex.EncodeToString(b)
	}
	return string(b)
}

// convertIndexes moves a schema 2 file's seen marks, item keys and
// meetings index into schema 3's buckets, in transactions of
// migrateBatch rows, then drops the old buckets. Stopped part-way, it
// starts again at the next open: the rows it writes are the same.
func convertIndexes(db *bolt.DB, log *slog.Logger) error {
	start := time.Now()
	total := 0
	for _, c := range []struct {
		old     []byte
		convert func(tx *bolt.Tx, k, v []byte) error
	}{
		{bucketSeenV2, convertSeen},
		{bucketItemKeysV2, convertItemKey},
		{bucketItemHashes, convertItemHash},
		{bucketMeetingsV2, convertMeeting},
	} {
		var after []byte
		for {
			var last []byte
			err := db.Update(func(tx *bolt.Tx) error {
				ob := tx.Bucket(c.old)
				if ob == nil {
					return nil
				}
				type row struct{ k, v []byte }
				var rows []row
				cur := ob.Cursor()
				k, v := cur.First()
				if after != nil {
					if k, v = cur.Seek(after); bytes.Equal(k, after) {
						k, v = cur.Next()
					}
				}
				for ; k != nil && len(rows) < migrateBatch; k, v = cur.Next() {
					rows = append(rows, row{bytes.Clone(k), bytes.Clone(v)})
				}
				for _, r := range rows {
					if err := c.convert(tx, r.k, r.v); err != nil {
						return fmt.Errorf("convert %s row %q: %w", c.old, r.k, err)
					}
					last = r.k
				}
				total += len(rows)
				return nil
			})
			if err != nil {
				return err
			}
			trimMapping(db)
			if last == nil {
				break
			}
			after = last
		}
		err := db.Update(func(tx *bolt.Tx) error {
			if tx.Bucket(c.old) == nil {
				return nil
			}
			return tx.DeleteBucket(c.old)
		})
		if err != nil {
			return err
		}
	}
	if total > migrateBatch {
		log.Info("database indexes converted to schema 3", "rows", total, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

func convertSeen(tx *bolt.Tx, k, v []byte) error {
	i := bytes.IndexByte(k, 0)
	if i < 0 {
		return nil // not a seen mark
	}
	rec, err := decodeSeen(v)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketSeenHashed).Put(seenKey(string(k[:i]), string(k[i+1:])), encodeSeen(rec))
}

// convertItemKey converts a schema 2 item key (publisher \x00 k:key or
// u:URL, whole).
func convertItemKey(tx *bolt.Tx, k, v []byte) error {
	pub, _, ok := bytes.Cut(k, []byte{0})
	if !ok {
		return nil // not an item key
	}
	return tx.Bucket(bucketItemKeys).Put(itemKeyOf(string(pub), string(k)), bytes.Clone(v))
}

// convertItemHash gives an item key of schema 3's first form its
// publisher's prefix, read from the readout it points at; one pointing at
// no stored readout is dropped (pruning would drop it).
func convertItemHash(tx *bolt.Tx, k, v []byte) error {
	rk := tx.Bucket(bucketRKeys).Get(v)
	if rk == nil || len(k) != 16 {
		return nil
	}
	h := tx.Bucket(bucketHeads).Get(rk)
	if h == nil {
		return nil
	}
	r, err := decodeHead(h)
	if err != nil {
		return fmt.Errorf("decode readout %s: %w", v, err)
	}
	pub := itemPublisher(r)
	if pub == "" {
		return nil
	}
	return tx.Bucket(bucketItemKeys).Put(append(publisherTag(pub), k...), bytes.Clone(v))
}

func convertMeeting(tx *bolt.Tx, k, v []byte) error {
	parts := bytes.SplitN(v, []byte{0}, 3)
	sep := bytes.IndexByte(k, 0)
	if len(parts) != 3 || sep < 0 || len(k) < sep+9 {
		return nil // not a meetings row: nothing to keep
	}
	rk := tx.Bucket(bucketRKeys).Get(k[sep+9:])
	if rk == nil {
		return nil // its readout is gone
	}
	return tx.Bucket(bucketMeetIndex).Put(k, meetingRow(parts[0], parts[1], rk))
}

// meetingRow is a meeting_index value: side \x00 sides \x00 readout key.
func meetingRow(side, sides, rk []byte) []byte {
	v := make([]byte, 0, len(side)+len(sides)+2+len(rk))
	v = append(v, side...)
	v = append(v, 0)
	v = append(v, sides...)
	v = append(v, 0)
	return append(v, rk...)
}
