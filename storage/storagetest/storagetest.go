// Package storagetest opens test databases the way bbolt's btesting does:
// each in its test's temporary directory, closed on cleanup and then put
// through bbolt's consistency check, so that every database a test writes
// is checked.
package storagetest

import (
	"path/filepath"
	"testing"

	"github.com/readout-bot/readout/storage"
)

// Open opens a new database in tb's temporary directory with opts (NoSync
// always: a test needs no fsync). On cleanup it is closed, if the test has
// not closed it, and checked.
func Open(tb testing.TB, opts storage.Options) *storage.Store {
	tb.Helper()
	return OpenPath(tb, filepath.Join(tb.TempDir(), "readout.db"), opts)
}

// OpenPath is Open at path, for a test that reopens its database. Each
// store it returns is closed and checked on cleanup.
func OpenPath(tb testing.TB, path string, opts storage.Options) *storage.Store {
	tb.Helper()
	opts.NoSync = true
	s, err := storage.Open(path, opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if s.Ping() == nil { // still open: the test did not close it
			if err := s.Close(); err != nil {
				tb.Error(err)
			}
		}
		if err := storage.CheckFile(path); err != nil {
			tb.Errorf("test database %s: %v", path, err)
		}
	})
	return s
}
