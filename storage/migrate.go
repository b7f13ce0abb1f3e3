package storage

import (
	"bytes"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"
)

// bucketBriefs held schema 2's JSON copy of each readout without its full
// text, for lookups; schema 3's head records replace it.
var bucketBriefs = []byte("briefs")

// migrateBatch is how many readouts one migration transaction converts:
// bounded, so that converting a large file holds a bounded number of
// dirty pages in memory.
const migrateBatch = 2000

// migrateV3 converts a schema 2 file's readouts, stored as JSON with a
// JSON brief copy, to schema 3's head and compressed text records, in
// transactions of batch readouts (migrateBatch), then drops the briefs
// and records schema 3. A crash part-way leaves the file at schema 2 with some
// readouts converted; the next open goes on from there (a text record
// starts with textV1, a JSON document with '{'). Large files log their
// progress.
func migrateV3(db *bolt.DB, log *slog.Logger, batch int) error {
	var total int
	if err := db.View(func(tx *bolt.Tx) error {
		total = tx.Bucket(bucketReadouts).Stats().KeyN
		return nil
	}); err != nil {
		return err
	}
	large := total > batch
	if large {
		log.Info("migrating the database to schema 3: each readout stored once, compressed", "readouts", total)
	}
	start, lastLog := time.Now(), time.Now()
	var after []byte // the last key looked at
	done := 0
	for {
		var last []byte
		n := 0
		err := db.Update(func(tx *bolt.Tx) error {
			rb, heads := tx.Bucket(bucketReadouts), tx.Bucket(bucketHeads)
			type row struct{ k, v []byte }
			var rows []row
			c := rb.Cursor()
			k, v := c.First()
			if after != nil {
				if k, v = c.Seek(after); bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(rows) < batch; k, v = c.Next() {
				last = bytes.Clone(k)
				if len(v) > 0 && v[0] == '{' {
					rows = append(rows, row{last, bytes.Clone(v)})
				}
			}
			for _, w := range rows {
				r, err := decodeJSONReadout(w.v)
				if err != nil {
					return fmt.Errorf("decode readout %x: %w", w.k, err)
				}
				head, text := encodeReadout(r)
				if err := rb.Put(w.k, text); err != nil {
					return err
				}
				if err := heads.Put(w.k, head); err != nil {
					return err
				}
			}
			n = len(rows)
			return nil
		})
		if err != nil {
			return fmt.Errorf("migrate to schema 3: %w", err)
		}
		trimMapping(db) // a large file is read whole: keep it out of the resident set
		if last == nil {
			break
		}
		after, done = last, done+n
		if large && time.Since(lastLog) >= 2*time.Second {
			log.Info("migrating the database to schema 3", "converted", done, "readouts", total)
			lastLog = time.Now()
		}
	}
	err := db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketBriefs) != nil {
			if err := tx.DeleteBucket(bucketBriefs); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put([]byte("schema_version"), u64(3))
	})
	if err != nil {
		return fmt.Errorf("migrate to schema 3: %w", err)
	}
	if large {
		log.Info("database migrated to schema 3; `readout compact` returns the space the old records took to the disk",
			"readouts", total, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}
