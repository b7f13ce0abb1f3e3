package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/internal/daemon"
	"github.com/readout-bot/readout/storage"
)

// loadConfig reads --config and the environment; a bad file is a usage
// error (exit status 2) listing every problem.
func loadConfig(path string, e env) (config.Config, error) {
	cfg, err := config.Load(path, e.getenv)
	if err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

// newLogger builds the process logger from the configuration.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == config.LogFormatJSON || (cfg.LogFormat == config.LogFormatAuto && !isTerminal(w)) {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// openDaemon opens the daemon's components for a command, posting to the
// console (stdout) when no bot token is set. Only serve, poll and demo
// create a database (create); the other commands refuse a data directory
// without one.
func openDaemon(cfg config.Config, e env, log *slog.Logger, create bool) (*daemon.App, error) {
	clock, tick := testClock(e, log)
	a, err := daemon.Open(cfg, daemon.Options{Logger: log, Console: e.stdout, Version: versionString(), Create: create,
		DigestClock: clock, DigestTick: tick})
	if errors.Is(err, storage.ErrNoDatabase) {
		return nil, fmt.Errorf("%w: the data directory %s has no database; check --config and data_dir (only `readout serve`, `poll` and `demo` create one)", err, cmp.Or(cfg.DataDir, "."))
	}
	var ce daemon.ConfigError
	if errors.As(err, &ce) {
		return nil, usageError{err}
	}
	return a, err
}

// withAdmin runs f on the daemon's state: on the database itself when no
// daemon holds it, else through the running daemon's admin socket. A
// daemon that answers on its socket is asked at once; opening the
// database first waited a second for its lock before turning to it.
func withAdmin(cfg config.Config, e env, f func(admin.Service) error) (err error) {
	socket := admin.SocketPath(cfg.DataDir)
	if conn, err := net.DialTimeout("unix", socket, time.Second); err == nil {
		_ = conn.Close()
		return f(admin.NewClient(socket))
	}
	a, err := openDaemon(cfg, e, newLogger(cfg, e.stderr), false)
	if errors.Is(err, storage.ErrLocked) {
		return f(admin.NewClient(socket))
	}
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, a.Close()) }()
	return f(a.Admin())
}
