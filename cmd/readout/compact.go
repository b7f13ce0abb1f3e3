package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/readout-bot/readout/internal/admin"
)

// runCompact rewrites the database file without its free pages (those
// that pruned readouts and posted deliveries left) and puts it in place
// of the old one: itself when no daemon holds the file, else through the
// daemon's admin socket, the daemon serving on. It prints the file's size
// before and after.
func runCompact(ctx context.Context, e env, args []string) error {
	fs := newFlags("compact", e)
	cfgPath := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{errors.New("compact takes no arguments")}
	}
	cfg, err := loadConfig(*cfgPath, e)
	if err != nil {
		return err
	}
	var res admin.CompactResult
	if err := withAdmin(cfg, e, func(s admin.Service) (err error) { res, err = s.Compact(ctx); return err }); err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	saved := ""
	if res.Before > 0 && res.After < res.Before {
		saved = fmt.Sprintf(" (%.0f%% smaller)", 100*float64(res.Before-res.After)/float64(res.Before))
	}
	fmt.Fprintf(e.stdout, "compacted %s: %s before, %s after%s\n", res.Path, size(res.Before), size(res.After), saved)
	return nil
}

// size writes a byte count for people: "1.4 MiB (1,468,006 bytes)".
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB (%d bytes)", float64(n)/(1<<30), n)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB (%d bytes)", float64(n)/(1<<20), n)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB (%d bytes)", float64(n)/(1<<10), n)
	}
	return fmt.Sprintf("%d bytes", n)
}
