package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/readout-bot/readout/storage"
	bolt "go.etcd.io/bbolt"
)

// newDatabase writes a configuration whose data directory holds a fresh
// database, and returns the configuration and the database's paths.
func newDatabase(t *testing.T) (cfg, db string) {
	t.Helper()
	cfg, dataDir := writeConfig(t, "")
	db = filepath.Join(dataDir, "readout.db")
	s, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return cfg, db
}

// `readout backup` onto the live database, by any path to it, is refused
// with a clear message: at 315343f the copy replaced the file the daemon
// held, which then wrote on into a deleted inode.
func TestBackupRefusesLiveDatabase(t *testing.T) {
	t.Parallel()
	cfg, db := newDatabase(t)
	held, err := storage.Open(db, storage.Options{}) // as serve holds it
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	before, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, db)
	if err != nil {
		t.Fatal(err)
	}
	links := t.TempDir()
	symlink, hardlink := filepath.Join(links, "sym.db"), filepath.Join(links, "hard.db")
	if err := os.Symlink(db, symlink); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(db, hardlink); err != nil {
		t.Fatal(err)
	}
	for name, dst := range map[string]string{"the path": db, "a relative path": rel, "a symlink": symlink, "a hard link": hardlink,
		"a path with dots": filepath.Join(filepath.Dir(db), ".", "..", filepath.Base(filepath.Dir(db)), "readout.db")} {
		code, out, errOut := runCLI(t, "", "backup", "--config", cfg, dst)
		if code != exitConfig || !strings.Contains(errOut, "is the database itself") {
			t.Errorf("backup onto %s (%s): exit %d, stdout %q, stderr %q; want exit %d saying it is the database itself", name, dst, code, out, errOut, exitConfig)
		}
	}
	after, err := os.Stat(db)
	if err != nil || !os.SameFile(before, after) {
		t.Errorf("the database file was replaced: %v", err)
	}
	// A copy elsewhere still works without a daemon.
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "", "backup", "--config", cfg, filepath.Join(links, "copy.db")); code != exitOK {
		t.Errorf("backup to another file: exit %d, stderr %q", code, errOut)
	}
}

// A second serve on a data directory another readout holds refuses to
// start, saying so.
func TestSecondServeRefused(t *testing.T) {
	t.Parallel()
	cfg, db := newDatabase(t)
	held, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	code, _, errOut := runCLI(t, "", "serve", "--config", cfg)
	if code != exitFail || !strings.Contains(errOut, "another readout is running") || !strings.Contains(errOut, db) {
		t.Errorf("second serve: exit %d, stderr %q; want exit %d saying another readout is running, naming %s", code, errOut, exitFail, db)
	}
}

// Commands that read or report refuse a data directory without a
// database, and create none; at 315343f they created an empty one and
// reported success.
func TestReadCommandsRefuseDataDirWithoutDatabase(t *testing.T) {
	t.Parallel()
	cfg, dataDir := writeConfig(t, "")
	opml := filepath.Join(t.TempDir(), "feeds.opml")
	if err := os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/></body></opml>`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"outbox", "--config", cfg}, {"outbox", "--config", cfg, "retry", "1"},
		{"feeds", "--config", cfg}, {"feeds", "export", "--config", cfg},
		{"feeds", "import", "--config", cfg, opml}, {"feeds", "remove", "--config", cfg, "a-feed"},
		{"backup", "--config", cfg, filepath.Join(t.TempDir(), "copy.db")}, {"anniversaries", "--config", cfg, "japan"},
	} {
		code, _, errOut := runCLI(t, "", args...)
		if code != exitFail || !strings.Contains(errOut, "has no database") || !strings.Contains(errOut, dataDir) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d saying %s has no database", args[:2], code, errOut, exitFail, dataDir)
		}
	}
	if entries, err := os.ReadDir(dataDir); err != nil || len(entries) != 0 {
		t.Errorf("the data directory holds %v (%v); want nothing created", entries, err)
	}
}

// An OPML file with an invalid schedule or country is refused, each bad
// outline named, and nothing reaches the database; at 315343f it was
// stored and the next serve exited 2.
func TestOPMLImportRefusesInvalidScheduleOrCountry(t *testing.T) {
	t.Parallel()
	cfg, db := newDatabase(t)
	opml := filepath.Join(t.TempDir(), "feeds.opml")
	doc := `<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Good" xmlUrl="https://good.example/rss" readoutId="good" country="FR"/>
<outline text="Bad schedule" xmlUrl="https://a.example/rss" readoutId="bad-schedule" schedule="every five minutes"/>
<outline text="Bad country" xmlUrl="https://b.example/rss" readoutId="bad-country" country="France"/>
</body></opml>`
	if err := os.WriteFile(opml, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "feeds", "import", "--config", cfg, opml)
	if code != exitFail || !strings.Contains(errOut, "bad-schedule (https://a.example/rss): schedule: ") ||
		!strings.Contains(errOut, "bad-country (https://b.example/rss): country: ") || strings.Contains(errOut, "good") {
		t.Errorf("import: exit %d, stdout %q, stderr %q; want exit %d naming each bad outline", code, out, errOut, exitFail)
	}
	s, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.ImportedFeeds(); err != nil || len(got) != 0 {
		t.Errorf("imported feeds after a refused import: %+v, %v", got, err)
	}
}

// An outbox row that does not decode is listed by `readout outbox` as a
// dead letter with its reason, instead of failing the listing.
func TestOutboxListsUndecodableRow(t *testing.T) {
	t.Parallel()
	cfg, db := newDatabase(t)
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("outbox")).Put(binary.BigEndian.AppendUint64(nil, 85), []byte("{not json"))
	})
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "outbox", "--config", cfg)
	if code != exitOK || !regexp.MustCompile(`(?m)^85\s+\S+\s+.*undecodable outbox row`).MatchString(out) {
		t.Errorf("outbox: exit %d, stdout %q, stderr %q; want row 85 listed as undecodable", code, out, errOut)
	}
}
