package storage_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
	bolt "go.etcd.io/bbolt"
)

// fill writes a database at path with n readouts and closes it (50 take
// 22 pages of 4 KiB in a file of 128 KiB).
func fill(t *testing.T, path string, n int) {
	t.Helper()
	s, err := storage.Open(path, storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	var items []storage.NewItem
	for i := range n {
		r := ro(fmt.Sprintf("Meeting %d", i), now.Add(time.Duration(i)*time.Minute), "JP", "KH")
		r.Lead = strings.Repeat(fmt.Sprintf("Paragraph %d of the readout. ", i), 40)
		items = append(items, storage.NewItem{Key: fmt.Sprint(i), Readout: r, Channels: []string{"C1"}})
	}
	if _, err := s.Ingest("f", readout.FeedState{}, items); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// A half-truncated file is refused at open with a clear message, never
// mapped (bbolt would die with SIGBUS on the first read past the end).
func TestTruncatedDatabaseRefusedAtOpen(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "readout.db")
	fill(t, path, 50)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(path, storage.Options{})
	if err == nil {
		// What the daemon did next at 315343f: read the outbox.
		_, derr := s.Due(time.Now(), 0)
		s.Close()
		t.Fatalf("truncated file opened (Due: %v); want ErrDamaged", derr)
	}
	if !errors.Is(err, storage.ErrDamaged) || !strings.Contains(err.Error(), "truncated") || !strings.Contains(err.Error(), path) {
		t.Errorf("got %v; want ErrDamaged naming the file and saying it is truncated", err)
	}
	if err := storage.CheckFile(path); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("CheckFile: got %v, want ErrDamaged", err)
	}
}

// A zero-length file that exists is refused, never re-created as an
// empty database (which lost the subscriptions and re-posted readouts).
func TestEmptyDatabaseFileNotRecreated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "readout.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := storage.Open(path, storage.Options{})
	if !errors.Is(err, storage.ErrDamaged) || !strings.Contains(err.Error(), "empty") {
		t.Errorf("got %v; want ErrDamaged saying the file is empty", err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %v", fi, err)
	}
}

// A file whose pages are overwritten fails bbolt's consistency check at
// open and is refused; so is a file that is no database at all.
func TestDamagedDatabaseRefusedAtOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "readout.db")
	fill(t, path, 50)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Zero the root bucket's page, which the meta pages (left intact)
	// point at: in the meta page after its 16-byte header, magic,
	// version, page size and flags, the root's page ID (little-endian on
	// the machines we run on). Both meta pages are read, and the newer
	// one's root zeroed.
	head := make([]byte, 2*64<<10)
	if _, err := f.ReadAt(head, 0); err != nil {
		t.Fatal(err)
	}
	ps := int(binary.LittleEndian.Uint32(head[16+8:])) // the page size, after magic and version
	root := func(page int) (pgid, txid uint64) {
		m := head[page*ps+16:]
		return binary.LittleEndian.Uint64(m[16:]), binary.LittleEndian.Uint64(m[48:])
	}
	r0, tx0 := root(0)
	r1, tx1 := root(1)
	if tx1 > tx0 {
		r0 = r1
	}
	if _, err := f.WriteAt(make([]byte, ps), int64(r0)*int64(ps)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := storage.Open(path, storage.Options{}); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("overwritten pages: got %v, want ErrDamaged", err)
	}
	text := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database\n", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Open(text, storage.Options{}); !errors.Is(err, storage.ErrDamaged) || !strings.Contains(err.Error(), "meta page") {
		t.Errorf("text file: got %v, want ErrDamaged saying it has no meta page", err)
	}
}

// MustExist refuses a path without a database and creates nothing there.
func TestOpenMustExist(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "readout.db")
	if _, err := storage.Open(path, storage.Options{MustExist: true}); !errors.Is(err, storage.ErrNoDatabase) {
		t.Errorf("got %v, want ErrNoDatabase", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the data directory was created: %v", err)
	}
	fill(t, path, 1)
	s, err := storage.Open(path, storage.Options{MustExist: true})
	if err != nil {
		t.Fatalf("existing database: %v", err)
	}
	s.Close()
}

// One outbox row that does not decode is moved to the dead letters with
// the reason; the others are still delivered.
func TestUndecodableOutboxRowDeadLettered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "readout.db")
	fill(t, path, 3)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	const badID = 2
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("outbox")).Put(binary.BigEndian.AppendUint64(nil, badID), []byte(`{"id":2,"channel":`))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pending, err := s.Pending()
	if err != nil || len(pending) != 3 {
		t.Fatalf("pending: %d, %v; want the 3 rows listed, the bad one among them", len(pending), err)
	}
	due, err := s.Due(time.Now(), 0)
	if err != nil {
		t.Fatalf("due: %v", err)
	}
	if len(due) != 2 {
		t.Errorf("due: got %d deliveries, want the 2 good ones", len(due))
	}
	dead, err := s.DeadLetters()
	if err != nil || len(dead) != 1 {
		t.Fatalf("dead letters: %+v, %v", dead, err)
	}
	d := dead[0]
	if d.ID != badID || d.Kind != storage.KindUndecodable || !strings.Contains(d.LastError, "undecodable") || d.Text != `{"id":2,"channel":` {
		t.Errorf("dead letter: %+v; want the row, its reason and its bytes", d)
	}
	if err := s.Requeue(badID); err == nil || !strings.Contains(err.Error(), "cannot be sent again") {
		t.Errorf("requeue of an undecodable row: %v", err)
	}
	if again, err := s.Due(time.Now(), 0); err != nil || len(again) != 2 {
		t.Errorf("due again: %d, %v", len(again), err)
	}
}

// A pubDate far in the future (or past 2262, where UnixNano overflows)
// does not pin a readout to the top of the lookups: it is stored as the
// fetch time.
func TestFarFuturePubDateDoesNotPinLookup(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s := mustOpen(t, func() time.Time { return now })
	ingest := func(key string, published time.Time) {
		t.Helper()
		if _, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: key, Readout: ro(key, published, "KH")}}); err != nil {
			t.Fatal(err)
		}
	}
	ingest("from-2200", time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC))
	now = now.Add(time.Minute)
	ingest("from-2300", time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC))
	ingest("from-1600", time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC))
	ingest("tomorrow", now.Add(24*time.Hour)) // within the allowed skew
	now = now.Add(time.Hour - time.Minute)
	ingest("an-hour-later", now.Add(-time.Minute))
	got, err := s.LatestForCountry("KH", 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range got {
		titles = append(titles, r.Title)
	}
	want := "tomorrow an-hour-later from-2300 from-2200 from-1600"
	if strings.Join(titles, " ") != want {
		t.Errorf("newest first: got %v, want %s", titles, want)
	}
	if !got[3].Published.Equal(now.Add(-time.Hour)) {
		t.Errorf("the 2200 readout's date: got %v, want its fetch time %v", got[3].Published, now.Add(-time.Hour))
	}
}

// A file written before Ingest stored far-future dates as the fetch time
// has them moved to the time of the first open, once: the 2200 readout no
// longer leads the lookups.
func TestFarFutureDatesClampedOnOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "readout.db")
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s, err := storage.Open(path, storage.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	old := []*readout.Readout{ // as an earlier version stored them
		{ID: "r2200", Title: "from 2200", Published: time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), Parties: []string{"JP", "KH"}},
		{ID: "rnow", Title: "recent", Published: now.Add(-time.Hour), Parties: []string{"KH"}},
	}
	if _, err := s.BulkLoad(slices.Values(old), 0); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Delete([]byte("future_dates_clamped")) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	now = now.Add(2 * time.Hour)
	s = storagetest.OpenPath(t, path, storage.Options{Now: func() time.Time { return now }})
	if _, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: "later", Readout: ro("later", now.Add(time.Minute), "KH")}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.LatestForCountry("KH", 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range got {
		titles = append(titles, r.Title)
	}
	if strings.Join(titles, "|") != "later|from 2200|recent" {
		t.Errorf("newest first: got %q, want later, then the 2200 readout at the open's time, then recent", titles)
	}
	if r, err := s.Readout("r2200"); err != nil || !r.Published.Equal(time.Date(2026, 3, 1, 11, 0, 0, 0, time.UTC)) {
		t.Errorf("the 2200 readout: %+v, %v; want it dated at the open", r, err)
	}
	if jp, _ := s.LatestForCountry("JP", 5, nil); len(jp) != 1 || jp[0].ID != "r2200" {
		t.Errorf("JP's index: %+v; want the moved readout still there once", jp)
	}
}

// A new database is written beside its name and linked into place whole:
// a daemon killed during its first start leaves no empty file that the
// next start would refuse (a stale temporary file stays harmless), and a
// file another process created meanwhile is kept.
func TestCreateWholeOrNotAtAll(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data", "readout.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	stale := path + ".new-123"
	if err := os.WriteFile(stale, nil, 0o600); err != nil { // a killed first start's
		t.Fatal(err)
	}
	s, err := storage.Open(path, storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 2 || names[0] != "readout.db" || names[1] != "readout.db.new-123" {
		t.Errorf("data directory after the first open: %q, want the database and the stale file only", names)
	}
	if s, err = storage.Open(path, storage.Options{NoSync: true, MustExist: true}); err != nil {
		t.Fatalf("second open: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
