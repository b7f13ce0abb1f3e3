// Package storage keeps the daemon's state in one embedded bbolt file:
// feed state, the items already seen, parsed readouts with a per-country
// index, channel subscriptions and the outbox of messages to post.
//
// Every public method is one transaction; related writes (a polled feed's
// new readouts, their index rows, their seen marks and their deliveries)
// commit together or not at all.
package storage

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Schema version written to the meta bucket. Version 3 stores a readout
// as a head record and a compressed text (see encodeReadout); version 2
// stored it as JSON, with a JSON "brief" copy for lookups; version 1 keyed
// readouts by ID, version 2 and later by ingest sequence (see
// saveReadout).
const schemaVersion = 3

// Bucket names.
var (
	bucketMeta      = []byte("meta")
	bucketFeeds     = []byte("feeds")         // feed ID -> FeedState JSON
	bucketReadouts  = []byte("readouts")      // BE(ingest sequence) -> the readout's compressed text (encodeText)
	bucketHeads     = []byte("heads")         // BE(ingest sequence) -> the readout's head (encodeHead)
	bucketRKeys     = []byte("readout_keys")  // readout ID -> its key in readouts and heads
	bucketByCountry = []byte("by_country")    // code \x00 BE(unix nanos) readout ID -> readout key
	bucketSubs      = []byte("subs")          // channel ID -> channelRecord JSON
	bucketOutbox    = []byte("outbox")        // BE(seq) -> Delivery JSON
	bucketDead      = []byte("dead")          // BE(seq) -> Delivery JSON (LastError holds the reason)
	bucketPosted    = []byte("posted")        // channel \x00 readout ID -> Slack ts
	bucketAnniv     = []byte("anniversaries") // fact key -> anniversary fact JSON
	bucketReminded  = []byte("reminded")      // channel \x00 fact key \x00 year \x00 offset -> when
	bucketImported  = []byte("imported")      // feed ID -> readout.Feed JSON (`readout feeds import`)

	allBuckets = [][]byte{bucketMeta, bucketFeeds, bucketSeenHashed, bucketReadouts, bucketHeads, bucketByCountry,
		bucketRKeys, bucketSubs, bucketOutbox, bucketDead, bucketPosted, bucketAnniv, bucketReminded,
		bucketImported, bucketItemKeys, bucketMeetIndex, bucketDigest, bucketHeld, bucketDigested}
)

// Errors callers branch on.
var (
	// ErrNotFound means nothing is stored under the key asked for. It has
	// a NotFound method, so that packages that do not import this one
	// (the delivery worker) can tell it apart.
	ErrNotFound error = notFound{}
	// ErrLocked means another process holds the database file.
	ErrLocked = errors.New("database is in use by another process")
)

// Options tune Open.
type Options struct {
	// Timeout bounds the wait for the file lock (default 1s).
	Timeout time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// NoSync skips fsync on commit; for benchmarks and tests only.
	NoSync bool
	// MustExist refuses (ErrNoDatabase) a path with no file rather than
	// create a database there: for commands that only read or report.
	MustExist bool
	// Logger receives the progress of a migration to a new schema
	// (default: none).
	Logger *slog.Logger
	// migrateBatch, when set, replaces migrateBatch: a test migrates a
	// file of several batches without writing thousands of readouts.
	migrateBatch int
}

// Store is an open database.
type Store struct {
	// swap is held for reading by every transaction and for writing while
	// Compact puts the compacted file in place of the open one; writes is
	// held for reading by every write transaction and for writing while
	// Compact copies the file, so that no write is lost in the copy while
	// lookups go on.
	swap, writes sync.RWMutex
	gc           groupCommit
	resident     resident
	db           *bolt.DB
	path         string
	opts         Options
	now          func() time.Time
}

// view runs fn in a read transaction and keeps the file's pages mapped
// into the process within budget (see resident).
func (s *Store) view(fn func(*bolt.Tx) error) error {
	s.swap.RLock()
	defer s.swap.RUnlock()
	return s.db.View(func(tx *bolt.Tx) error {
		defer s.checkResident(true)
		return fn(tx)
	})
}

// update runs fn in a write transaction and then keeps the file's pages
// mapped into the process within budget (see resident), counting those
// the commit read.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	s.writes.RLock()
	defer s.writes.RUnlock()
	s.swap.RLock()
	defer s.swap.RUnlock()
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		s.trimBeforeCommit(tx)
		return nil
	})
	s.checkResident(false)
	return err
}

// Open opens (creating if needed, unless opts.MustExist) the database at
// path, creates every bucket, and fails fast with ErrLocked when another
// process has it open. A file that exists is checked before bbolt maps it:
// an empty or truncated file, or one failing bbolt's consistency check
// (run on files up to CheckLimit), is refused with ErrDamaged and never
// re-created.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && opts.MustExist:
		return nil, fmt.Errorf("storage: open %s: %w", path, ErrNoDatabase)
	case errors.Is(err, fs.ErrNotExist):
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return nil, fmt.Errorf("storage: create data directory %s: %w", dir, err)
			}
		}
		if err := create(path, opts); err != nil {
			return nil, fmt.Errorf("storage: create %s: %w", path, err)
		}
	case err != nil:
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("storage: open %s: not a regular file", path)
	default:
		if err := checkHeader(path, fi.Size()); err != nil {
			return nil, fmt.Errorf("storage: open: %w", err)
		}
	}
	db, err := openBolt(path, opts)
	if err != nil {
		return nil, err
	}
	if fi != nil && fi.Size() <= CheckLimit {
		if err := db.View(check); err != nil {
			_ = db.Close()
			return nil, fmt.Errorf("storage: open %s: %w: %w; restore a backup", path, ErrDamaged, err)
		}
	}
	s := &Store{db: db, path: path, opts: opts, now: opts.Now}
	if err := s.init(); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// create makes a new database file at path whole or not at all: bbolt
// writes its first pages into a temporary file beside it, which is linked
// into place once written and synced. Created in place, a daemon killed
// during its first start could leave an empty file, which every later
// start refuses as damaged. When another process has created path
// meanwhile, its file is kept.
func create(path string, opts Options) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		if rerr := os.Remove(name); err == nil && rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = rerr
		}
	}()
	if err := tmp.Close(); err != nil {
		return err
	}
	db, err := bolt.Open(name, 0o600, &bolt.Options{Timeout: opts.Timeout})
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if err := os.Link(name, path); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// syncDir makes a new name in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	serr := d.Sync()
	if cerr := d.Close(); serr == nil {
		serr = cerr
	}
	return serr
}

// openBolt opens the bbolt file at path with the store's options.
func openBolt(path string, opts Options) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.Timeout, NoSync: opts.NoSync})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("storage: open %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	return db, nil
}

// init creates the buckets and brings an older file to the current
// schema.
func (s *Store) init() error {
	var version uint64
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		version = schemaVersion // a new file
		if v := meta.Get([]byte("schema_version")); v != nil {
			version = binary.BigEndian.Uint64(v)
		}
		if version > schemaVersion {
			return fmt.Errorf("schema version %d is newer than this binary's %d", version, schemaVersion)
		}
		if version == 1 {
			if err := migrateSeqKeys(tx); err != nil {
				return fmt.Errorf("migrate to schema 2: %w", err)
			}
			version = 2
		}
		return meta.Put([]byte("schema_version"), u64(version))
	})
	if err == nil && version == 2 {
		err = migrateV3(s.db, s.opts.Logger, cmp.Or(s.opts.migrateBatch, migrateBatch))
	}
	if err == nil {
		err = convertIndexes(s.db, s.opts.Logger)
	}
	if err == nil {
		err = s.db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			if meta.Get(metaDatesClamped) == nil {
				if _, err := clampFutureDates(tx, s.now()); err != nil {
					return fmt.Errorf("clamp future publication dates: %w", err)
				}
				if err := meta.Put(metaDatesClamped, []byte{1}); err != nil {
					return err
				}
			}
			return meta.Put([]byte("schema_version"), u64(schemaVersion))
		})
	}
	if err != nil {
		return fmt.Errorf("storage: initialize %s: %w", s.path, err)
	}
	return nil
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database; it waits for open transactions.
func (s *Store) Close() error {
	s.stopTrimmer()
	s.swap.Lock()
	defer s.swap.Unlock()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("storage: close %s: %w", s.path, err)
	}
	return nil
}

// Check runs bbolt's consistency check.
func (s *Store) Check() error {
	return s.view(check)
}

// CheckFile opens the database file at path read-only (a copy, such as a
// backup; not one a Store holds) and runs bbolt's consistency check on it.
func CheckFile(path string) (err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("storage: check %s: %w", path, err)
	}
	if err := checkHeader(path, fi.Size()); err != nil {
		return fmt.Errorf("storage: check: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("storage: check %s: %w", path, err)
	}
	defer func() { err = errors.Join(err, db.Close()) }()
	return db.View(check)
}

// check returns the first error of bbolt's consistency check of tx.
func check(tx *bolt.Tx) error {
	var first error
	for err := range tx.Check() { // drain: the checker goroutine sends every error
		if first == nil {
			first = fmt.Errorf("storage: check: %w", err)
		}
	}
	return first
}

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// timeKey encodes t so that keys sort by time. UnixNano is defined only
// from 1678 to 2262, so times outside 1970..2262 clamp to its ends: before
// 1970 to 0, after 2262 to the largest key (Ingest stores implausible
// future dates as the fetch time, so none should reach here).
func timeKey(t time.Time) []byte {
	switch {
	case t.IsZero() || t.Before(time.Unix(0, 0)):
		return u64(0)
	case t.After(maxKeyTime):
		return u64(math.MaxInt64)
	}
	return u64(uint64(t.UnixNano()))
}

// maxKeyTime is the last time UnixNano represents.
var maxKeyTime = time.Unix(0, math.MaxInt64)

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	buf, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put(key, buf)
}

func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	buf := b.Get(key)
	if buf == nil {
		return false, nil
	}
	if err := json.Unmarshal(buf, v); err != nil {
		return true, fmt.Errorf("decode %q: %w", key, err)
	}
	return true, nil
}

func join(parts ...string) []byte {
	n := len(parts) - 1
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, p...)
	}
	return b
}

type notFound struct{}

func (notFound) Error() string  { return "storage: not found" }
func (notFound) NotFound() bool { return true }
