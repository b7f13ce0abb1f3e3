package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/storage"
)

// runBackup writes a consistent copy of the database to FILE: from the
// database itself when no daemon holds it, else through the daemon's admin
// socket. The copy is written beside FILE, checked with bbolt's
// consistency check, then renamed into place, so FILE is never a partial
// copy. FILE must not be the database itself (by any path).
func runBackup(ctx context.Context, e env, args []string) error {
	fs := newFlags("backup", e)
	cfgPath := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("backup takes one FILE to write")}
	}
	dst := fs.Arg(0)
	cfg, err := loadConfig(*cfgPath, e)
	if err != nil {
		return err
	}
	if err := refuseSameFile(dst, cfg.DBPath()); err != nil {
		return usageError{err}
	}
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // fails harmlessly after the rename
	var n int64
	err = withAdmin(cfg, e, func(s admin.Service) (err error) { n, err = s.Backup(ctx, tmp); return err })
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := storage.CheckFile(tmp.Name()); err != nil {
		return fmt.Errorf("backup: the copy failed its consistency check: %w", err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes); consistency check passed\n", dst, n)
	return nil
}

// refuseSameFile refuses a backup FILE that is the database itself, by
// whatever path (relative, through a symbolic link, a hard link): the copy
// would replace the live database, the daemon writing on into a deleted
// file.
func refuseSameFile(dst, db string) error {
	di, err := os.Stat(dst)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	dbi, err := os.Stat(db)
	if err != nil {
		return nil // no database there: the backup itself says so
	}
	if os.SameFile(di, dbi) {
		return fmt.Errorf("backup: %s is the database itself (%s): write the copy to another file", dst, db)
	}
	return nil
}
