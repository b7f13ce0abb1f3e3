package storage

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// metaDatesClamped marks a file whose by-country index was checked for
// publication dates too far ahead (clampFutureDates). Files written before
// Ingest stored such dates as the fetch time may hold some.
var metaDatesClamped = []byte("future_dates_clamped")

// clampFutureDates moves every readout indexed more than MaxFuture after
// now to now, in the index and in the stored readout's head, as
// Ingest now does at the fetch: a 2200 pubDate stored by an earlier
// version stops pinning its readout to the top of the lookups. It walks
// the index's keys once, decoding only the readouts it moves, and returns
// how many it moved.
func clampFutureDates(tx *bolt.Tx, now time.Time) (int, error) {
	byCountry, heads := tx.Bucket(bucketByCountry), tx.Bucket(bucketHeads)
	limit, nowKey := timeKey(now.Add(MaxFuture)), timeKey(now)
	type row struct{ k, rk []byte }
	var rows []row
	c := byCountry.Cursor()
	for k, rk := c.First(); k != nil; k, rk = c.Next() {
		i := bytes.IndexByte(k, 0)
		if i < 0 || len(k) < i+1+len(nowKey) {
			continue
		}
		if bytes.Compare(k[i+1:i+1+len(nowKey)], limit) > 0 {
			rows = append(rows, row{bytes.Clone(k), bytes.Clone(rk)})
		}
	}
	moved := map[string]bool{}
	for _, r := range rows {
		i := bytes.IndexByte(r.k, 0)
		code, id := string(r.k[:i]), string(r.k[i+1+len(nowKey):])
		if err := byCountry.Delete(r.k); err != nil {
			return 0, err
		}
		if err := byCountry.Put(countryKey(code, nowKey, id), r.rk); err != nil {
			return 0, err
		}
		if moved[string(r.rk)] {
			continue
		}
		moved[string(r.rk)] = true
		v := heads.Get(r.rk)
		if v == nil {
			continue
		}
		h, err := setPublished(v, now)
		if err != nil {
			return 0, fmt.Errorf("readout %s: %w", id, err)
		}
		if err := heads.Put(r.rk, h); err != nil {
			return 0, err
		}
	}
	return len(moved), nil
}

// setPublished returns head record v with the publication time t.
func setPublished(v []byte, t time.Time) ([]byte, error) {
	r, err := decodeHead(v)
	if err != nil {
		return nil, err
	}
	r.Published = t
	return encodeHead(r), nil
}
