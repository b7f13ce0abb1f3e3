package storagetest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// fakeTB collects the cleanups and errors of Open, to run and read them
// by hand; everything else goes to the real test.
type fakeTB struct {
	testing.TB
	dir      string
	cleanups []func()
	errs     []string
}

func (f *fakeTB) Helper()           {}
func (f *fakeTB) TempDir() string   { return f.dir }
func (f *fakeTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }
func (f *fakeTB) Error(args ...any) { f.errs = append(f.errs, fmt.Sprint(args...)) }
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errs = append(f.errs, fmt.Sprintf(format, args...))
}

func (f *fakeTB) cleanup() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}

// The cleanup closes a store the test left open and passes a sound
// database; it reports one that fails the check, closed by the test or
// not.
func TestCleanupChecksEveryDatabase(t *testing.T) {
	tb := &fakeTB{TB: t, dir: t.TempDir()}
	s := storagetest.Open(tb, storage.Options{})
	if _, err := s.Ingest("f", readout.FeedState{}, []storage.NewItem{{Key: "a", Readout: &readout.Readout{Title: "A", Parties: []string{"JP"}}}}); err != nil {
		t.Fatal(err)
	}
	tb.cleanup()
	if len(tb.errs) != 0 || s.Ping() == nil {
		t.Errorf("sound database: errors %q, store open after cleanup: %v", tb.errs, s.Ping() == nil)
	}

	tb = &fakeTB{TB: t, dir: t.TempDir()}
	path := filepath.Join(tb.dir, "reopened.db")
	s = storagetest.OpenPath(tb, path, storage.Options{})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, 4096); err != nil { // half its meta pages
		t.Fatal(err)
	}
	tb.cleanup()
	if len(tb.errs) != 1 {
		t.Errorf("damaged database: errors %q, want one", tb.errs)
	}
}
