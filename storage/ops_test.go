package storage_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	bolt "go.etcd.io/bbolt"
)

// checkFile opens a bbolt file read-only and runs its consistency check.
func checkFile(t *testing.T, path string) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatalf("open backup: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	err = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatalf("backup fails the consistency check: %v", err)
	}
	return db
}

// Backups taken while a writer ingests readouts open and pass bbolt's
// consistency check, and each holds a whole number of ingests.
func TestBackupDuringIngestion(t *testing.T) {
	s := mustOpen(t, nil)
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ctx.Err() == nil; i++ {
			items := []storage.NewItem{{
				Key: fmt.Sprintf("k%d", i), Hash: "h",
				Readout:  ro(fmt.Sprintf("Japan-Cambodia Meeting %d", i), time.Date(2026, 1, 1, 0, 0, i, 0, time.UTC), "JP", "KH"),
				Channels: []string{"C0AAA", "C0BBB"},
			}}
			if _, err := s.Ingest("test-mofa", readout.FeedState{Polled: true}, items); err != nil {
				t.Errorf("ingest %d: %v", i, err)
				return
			}
		}
	})
	dir := t.TempDir()
	for i := range 5 {
		path := filepath.Join(dir, fmt.Sprintf("backup-%d.db", i))
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		n, err := s.Backup(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		if fi, _ := os.Stat(path); fi.Size() != n {
			t.Errorf("backup %d: wrote %d bytes, file has %d", i, n, fi.Size())
		}
		db := checkFile(t, path)
		// Every readout came with two deliveries in the same transaction.
		err = db.View(func(tx *bolt.Tx) error {
			readouts, outbox := tx.Bucket([]byte("readouts")).Stats().KeyN, tx.Bucket([]byte("outbox")).Stats().KeyN
			if outbox != 2*readouts {
				return fmt.Errorf("%d readouts but %d outbox rows, want twice as many", readouts, outbox)
			}
			return nil
		})
		if err != nil {
			t.Errorf("backup %d: %v", i, err)
		}
	}
	cancel()
	wg.Wait()
}

func TestPing(t *testing.T) {
	s, err := storage.Open(filepath.Join(t.TempDir(), "readout.db"), storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(); err != nil {
		t.Fatalf("ping open store: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(); err == nil || !strings.Contains(err.Error(), "not open") {
		t.Fatalf("ping closed store: got %v, want database not open", err)
	}
}

func TestOutboxStats(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	n, oldest, err := s.OutboxStats()
	if err != nil || n != 0 || !oldest.IsZero() {
		t.Fatalf("empty outbox: got %d, %v, %v; want 0, zero time", n, oldest, err)
	}
	first, err := s.EnqueueText("C0AAA", readout.KindReminder, "one")
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Minute)
	if _, err := s.EnqueueText("C0BBB", readout.KindReminder, "two"); err != nil {
		t.Fatal(err)
	}
	n, oldest, err = s.OutboxStats()
	if err != nil || n != 2 || !oldest.Equal(now.Add(-time.Minute)) {
		t.Fatalf("two rows: got %d, %v, %v; want 2, %v", n, oldest, err, now.Add(-time.Minute))
	}
	if err := s.Delivered(first, "1.0"); err != nil {
		t.Fatal(err)
	}
	n, oldest, err = s.OutboxStats()
	if err != nil || n != 1 || !oldest.Equal(now) {
		t.Fatalf("after delivering the first: got %d, %v, %v; want 1, %v", n, oldest, err, now)
	}
}

func TestImportedFeeds(t *testing.T) {
	s := mustOpen(t, nil)
	got, err := s.ImportedFeeds()
	if err != nil || len(got) != 0 {
		t.Fatalf("new store: got %v, %v; want none", got, err)
	}
	a := readout.Feed{ID: "b-feed", URL: "https://b.example/feed", Publisher: "B", Country: "KH", FetchArticle: true}
	b := readout.Feed{ID: "a-feed", URL: "https://a.example/feed", Schedule: "@every 10m"}
	if err := s.AddImportedFeeds([]readout.Feed{a, b}); err != nil {
		t.Fatal(err)
	}
	a.Publisher = "B, renamed"
	if err := s.AddImportedFeeds([]readout.Feed{a}); err != nil {
		t.Fatal(err)
	}
	got, err = s.ImportedFeeds()
	if want := []readout.Feed{b, a}; err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("imported: got %+v, %v; want %+v", got, err, want)
	}
	if err := s.AddImportedFeeds([]readout.Feed{{ID: "no-url"}}); err == nil {
		t.Errorf("a feed without URL was stored")
	}
	if err := s.RemoveImportedFeed("a-feed"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveImportedFeed("a-feed"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("second remove: got %v, want ErrNotFound", err)
	}
}
