package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/readout-bot/readout/storage"
)

// runBackup writes a consistent copy of the database to FILE: from the
// database itself when no daemon holds it, else through the daemon's admin
// socket. The copy is written beside FILE, checked with bbolt's
// consistency check, then renamed into place, so FILE is never a partial
// copy.
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
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	var n int64
	err = withState(cfg, e,
		func(a *app) (err error) { n, err = a.store.Backup(tmp); return err },
		func(c *adminClient) (err error) { n, err = c.stream(ctx, "/backup", tmp); return err })
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

// serveBackup streams a consistent copy of the database (admin API).
func (a *app) serveBackup(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/octet-stream")
	if _, err := a.store.Backup(w); err != nil {
		// The status line has gone; a broken copy fails the client's
		// consistency check. Say why in the log.
		a.log.Error("backup through the admin socket failed", "error", err)
		return
	}
}

// stream copies the body of GET path on the admin socket to w.
func (c *adminClient) stream(ctx context.Context, path string, w io.Writer) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://readout"+path, nil)
	if err != nil {
		return 0, err
	}
	hc := *c.http
	hc.Timeout = 0 // a large database takes a while; ctx bounds it
	resp, err := hc.Do(req)
	if err != nil {
		return 0, fmt.Errorf("the database is in use, and the running daemon did not answer on its admin socket: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
		return 0, fmt.Errorf("daemon: %s", trimNL(body))
	}
	n, err := io.Copy(w, resp.Body)
	if err != nil {
		return n, fmt.Errorf("read the daemon's copy: %w", err)
	}
	return n, nil
}
