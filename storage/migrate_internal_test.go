package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	bolt "go.etcd.io/bbolt"
)

// writeSchema2 writes n readouts into a new file as schema 2 stored them
// (JSON under sequence keys, with their ID and by-country rows and a JSON
// brief copy), the first converted ones already in schema 3's records, as
// a migration stopped by a crash leaves them.
func writeSchema2(t *testing.T, path string, n, converted int) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range append(allBuckets, bucketBriefs) {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketMeta).Put([]byte("schema_version"), u64(2)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(metaDatesClamped, []byte{1}); err != nil {
			return err
		}
		for i := range n {
			r := &readout.Readout{ID: fmt.Sprintf("%016x", i), Title: fmt.Sprintf("Meeting %d", i),
				Published: base.Add(time.Duration(i) * time.Hour), Parties: []string{"JP", "VN"},
				Lead: "The two ministers met.", Body: fmt.Sprintf("The two ministers met.\nThey spoke of item %d.", i),
				Sections: []readout.Section{{Number: "1", Summary: "Items.", Text: fmt.Sprintf("They spoke of item %d.", i)}}}
			rk := u64(uint64(i + 1))
			v, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if i < converted {
				head, text := encodeReadout(r)
				if err := tx.Bucket(bucketHeads).Put(rk, head); err != nil {
					return err
				}
				v = text
			} else if err := tx.Bucket(bucketBriefs).Put(rk, []byte(`{"title":"brief"}`)); err != nil {
				return err
			}
			if err := tx.Bucket(bucketReadouts).Put(rk, v); err != nil {
				return err
			}
			if err := tx.Bucket(bucketRKeys).Put([]byte(r.ID), rk); err != nil {
				return err
			}
			if err := tx.Bucket(bucketByCountry).Put(countryKey("VN", timeKey(r.Published), r.ID), rk); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketReadouts).SetSequence(uint64(n))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A large schema 2 file migrates in several transactions, saying so on
// the log, and a migration stopped part-way goes on from where it was.
func TestMigrateV3LargeAndResumed(t *testing.T) {
	t.Parallel()
	// Batches of 200 rather than migrateBatch's 2,000: the same two
	// transactions and progress log, for a tenth of the readouts to write
	// and convert (2 s of CPU under -race).
	const batch = 200
	const n = batch + batch/2
	path := filepath.Join(t.TempDir(), "v2.db")
	writeSchema2(t, path, n, 10)
	var log bytes.Buffer
	s, err := Open(path, Options{NoSync: true, Logger: slog.New(slog.NewTextHandler(&log, nil)), migrateBatch: batch})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, want := range []string{"migrating the database to schema 3", fmt.Sprintf("readouts=%d", n), "database migrated to schema 3"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	if got, err := s.CountReadouts(); err != nil || got != n {
		t.Errorf("CountReadouts: %d, %v; want %d", got, err, n)
	}
	for _, i := range []int{0, 9, 10, batch, n - 1} {
		r, err := s.Readout(fmt.Sprintf("%016x", i))
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("The two ministers met.\nThey spoke of item %d.", i); r.Body != want || r.Title != fmt.Sprintf("Meeting %d", i) {
			t.Errorf("readout %d: title %q body %q", i, r.Title, r.Body)
		}
	}
	rs, err := s.LatestBriefForCountry("VN", 2)
	if err != nil || len(rs) != 2 || rs[0].Title != fmt.Sprintf("Meeting %d", n-1) {
		t.Errorf("LatestBriefForCountry: %+v, %v", rs, err)
	}
}
