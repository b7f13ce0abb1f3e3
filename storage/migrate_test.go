package storage_test

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	bolt "go.etcd.io/bbolt"
)

// A schema 1 file (readouts keyed by ID, a by_time index) opens as
// schema 2 with every readout still found by ID and by country.
func TestMigrateSchema1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC)
	err = db.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucket([]byte("meta"))
		v := make([]byte, 8)
		binary.BigEndian.PutUint64(v, 1)
		if err := meta.Put([]byte("schema_version"), v); err != nil {
			return err
		}
		rb, _ := tx.CreateBucket([]byte("readouts"))
		bt, _ := tx.CreateBucket([]byte("by_time"))
		bc, _ := tx.CreateBucket([]byte("by_country"))
		for i, id := range []string{"bbbb", "aaaa"} {
			r := readout.Readout{ID: id, Title: "readout " + id, Published: at.Add(time.Duration(i) * time.Hour), Parties: []string{"JP", "VN"}}
			b, _ := json.Marshal(r)
			tk := make([]byte, 8)
			binary.BigEndian.PutUint64(tk, uint64(r.Published.UnixNano()))
			if err := rb.Put([]byte(id), b); err != nil {
				return err
			}
			if err := bt.Put(append(append([]byte{}, tk...), id...), nil); err != nil {
				return err
			}
			if err := bc.Put(append(append([]byte("VN\x00"), tk...), id...), nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	r, err := s.Readout("aaaa")
	if err != nil || r.Title != "readout aaaa" {
		t.Fatalf("Readout(aaaa): %+v, %v", r, err)
	}
	rs, err := s.LatestForCountry("VN", 5, nil)
	if err != nil || len(rs) != 2 || rs[0].ID != "aaaa" {
		t.Fatalf("LatestForCountry: %d readouts, %v", len(rs), err)
	}
	if latest, err := s.Latest(1); err != nil || latest[0].ID != "aaaa" {
		t.Errorf("Latest: %v, %v", latest, err)
	}
}

// copyFixture copies testdata/name into a temporary directory.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// testdata/schema2.db is a schema 2 file written by the storage code of
// commit 33d3a6e (testdata/genv2.go.txt, run from that commit's tree):
// the parser's six golden readouts ingested from one feed for two
// channels, one delivery posted. testdata/schema2.readouts.json holds the
// readouts as that code returned them (Latest). It opens as schema 3 with
// every readout, delivery, subscription and feed state as it was.
func TestMigrateSchema2(t *testing.T) {
	path := copyFixture(t, "schema2.db")
	js, err := os.ReadFile("testdata/schema2.readouts.json")
	if err != nil {
		t.Fatal(err)
	}
	var want []*readout.Readout
	if err := json.Unmarshal(js, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != 6 {
		t.Fatalf("fixture holds %d readouts, want 6", len(want))
	}
	for round := range 2 { // the second open finds schema 3 and changes nothing
		s, err := storage.Open(path, storage.Options{})
		if err != nil {
			t.Fatalf("open %d: %v", round, err)
		}
		if err := s.Check(); err != nil {
			t.Fatal(err)
		}
		latest, err := s.Latest(100)
		if err != nil {
			t.Fatal(err)
		}
		if len(latest) != len(want) {
			t.Fatalf("Latest: %d readouts, want %d", len(latest), len(want))
		}
		for i, w := range want {
			got, err := s.Readout(w.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Published.Equal(w.Published) {
				t.Errorf("%s: published %v, want %v", w.ID, got.Published, w.Published)
			}
			g, ww := *got, *w
			g.Published, ww.Published = time.Time{}, time.Time{}
			if !reflect.DeepEqual(g, ww) {
				t.Errorf("%s: migrated\n%+v\nwant\n%+v", w.ID, g, ww)
			}
			if latest[i].ID != w.ID {
				t.Errorf("Latest[%d] = %s, want %s", i, latest[i].ID, w.ID)
			}
		}
		for _, code := range want[0].Parties {
			brief, err := s.LatestMeetingsForCountry(code, 10, 10)
			if err != nil || len(brief) == 0 {
				t.Errorf("LatestMeetingsForCountry(%s): %d readouts, %v", code, len(brief), err)
			}
		}
		pending, err := s.Pending()
		if err != nil || len(pending) != 2*len(want)-1 {
			t.Errorf("outbox: %d deliveries, %v; want %d", len(pending), err, 2*len(want)-1)
		}
		// Seen marks and item keys were converted to their hashed keys:
		// the feed's items are known, with their content hashes.
		files, _ := filepath.Glob("../readout/testdata/*.golden.json")
		sort.Strings(files)
		var keys []string
		for _, f := range files {
			keys = append(keys, filepath.Base(f))
		}
		seen, err := s.Seen("mofa", append(keys, "never.json"))
		if err != nil || len(seen) != len(want) || seen[keys[1]] != "h1" {
			t.Errorf("Seen: %v, %v; want the %d golden files, hashes h0…", seen, err, len(want))
		}
		st, err := s.FeedState("mofa")
		if err != nil || st.ETag != `"v2"` {
			t.Errorf("feed state: %+v, %v", st, err)
		}
		subs, err := s.Subscriptions(false)
		if err != nil || len(subs) != 1 || subs[0].Channel != "C0DESK1" {
			t.Errorf("subscriptions: %+v, %v", subs, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket([]byte("meta")).Get([]byte("schema_version")); binary.BigEndian.Uint64(v) != 3 {
			t.Errorf("schema version %d, want 3", binary.BigEndian.Uint64(v))
		}
		if tx.Bucket([]byte("briefs")) != nil {
			t.Error("the briefs bucket of schema 2 is still there")
		}
		return nil
	})
}
