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
	// Batches of 40 rather than migrateBatch's 2,000: the same two
	// transactions and progress log, for a fiftieth of the readouts to
	// write and convert (2 s of CPU under -race at 2,000).
	const batch = 40
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
	rs, err := s.LatestMeetingsForCountry("VN", 2, 2)
	if err != nil || len(rs) != 2 || rs[0].Title != fmt.Sprintf("Meeting %d", n-1) {
		t.Errorf("LatestMeetingsForCountry: %+v, %v", rs, err)
	}
}

// A file written with schema 3's first item keys (a bare hash, one page
// per insert) gets the publisher's prefix on open: an item another feed of
// the publisher brought before is still recognised, and one whose readout
// is gone is dropped.
func TestConvertItemHashes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "items.db")
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	r := &readout.Readout{Title: "Japan-Cambodia Summit Meeting", Publisher: "Ministry of Foreign Affairs of Japan",
		URL: "https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000001.html", Published: time.Now(), Parties: []string{"JP", "KH"}}
	if _, err := s.Ingest("mofa-all", readout.FeedState{}, []NewItem{{Key: "guid-1", Readout: r}}); err != nil {
		t.Fatal(err)
	}
	// As the first form of schema 3 kept them, and one more row whose
	// readout is not stored.
	err = s.update(func(tx *bolt.Tx) error {
		old, err := tx.CreateBucket(bucketItemHashes)
		if err != nil {
			return err
		}
		cur := tx.Bucket(bucketItemKeys)
		var keys [][]byte
		if err := cur.ForEach(func(k, v []byte) error {
			keys = append(keys, bytes.Clone(k))
			return old.Put(k[4:], bytes.Clone(v))
		}); err != nil {
			return err
		}
		if len(keys) != 2 {
			return fmt.Errorf("%d item keys, want a GUID's and a URL's", len(keys))
		}
		for _, k := range keys {
			if err := cur.Delete(k); err != nil {
				return err
			}
		}
		return old.Put(keyHash("gone"), []byte("0123456789abcdef"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rows int
	err = s.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketItemHashes) != nil {
			return fmt.Errorf("the old bucket is still there")
		}
		tag := publisherTag(r.Publisher)
		return tx.Bucket(bucketItemKeys).ForEach(func(k, _ []byte) error {
			rows++
			if !bytes.HasPrefix(k, tag) || len(k) != 20 {
				return fmt.Errorf("item key %x has not the publisher's prefix %x", k, tag)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if rows != 2 {
		t.Errorf("%d item keys after the conversion, want 2", rows)
	}
	// The category feed carries the same item, and another its page.
	res, err := s.Ingest("mofa-sea", readout.FeedState{}, []NewItem{{Key: "guid-1", Readout: r, Channels: []string{"C1"}}})
	if err != nil {
		t.Fatal(err)
	}
	byURL := *r
	res2, err := s.Ingest("mofa-rss", readout.FeedState{}, []NewItem{{Key: "link", Readout: &byURL, Channels: []string{"C1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Saved != 0 || res2.Saved != 0 {
		t.Errorf("the same item from other feeds after the conversion: saved %d and %d, want 0", res.Saved, res2.Saved)
	}
}
