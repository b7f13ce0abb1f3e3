package storage_test

import (
	"encoding/binary"
	"encoding/json"
	"path/filepath"
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
