package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/readout-bot/readout/reminders"
	"github.com/readout-bot/readout/storage"
)

// runAnniversaries lists the coming anniversaries of a country (or of all
// countries): the built-in table with the facts users added and the
// readouts taught, milestones marked, with their sources.
func runAnniversaries(ctx context.Context, e env, args []string) error {
	fs := newFlags("anniversaries", e)
	cfgPath := configFlag(fs)
	from := fs.String("from", "", "first day to list, `YYYY-MM-DD` (default: today)")
	days := fs.Int("days", reminders.DefaultDays, "how many `days` to list")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: readout anniversaries [--config PATH] [--from YYYY-MM-DD] [--days N] [country]\n\nLists the coming anniversaries of a country (of every country when none is named), in the reminders' time zone.")
		fs.PrintDefaults()
	}
	// Flags may come before or after the country's words.
	var words []string
	for rest := args; ; {
		if err := parseFlags(fs, rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if *days <= 0 {
		return usageError{fmt.Errorf("--days %d: want a positive number of days", *days)}
	}
	cfg, err := loadConfig(*cfgPath, e)
	if err != nil {
		return err
	}
	start := time.Now()
	if *from != "" {
		start, err = time.ParseInLocation(time.DateOnly, *from, cfg.Reminders.Location)
		if err != nil {
			return usageError{fmt.Errorf("--from %q: want YYYY-MM-DD", *from)}
		}
	}
	// The daemon holds the database's lock; this command reads the file
	// only while no daemon runs.
	store, err := storage.Open(cfg.DBPath(), storage.Options{Timeout: time.Second})
	if errors.Is(err, storage.ErrLocked) {
		return fmt.Errorf("%w: `readout serve` is running on %s; stop it to list anniversaries here, or ask in Slack with /readout anniversaries", err, cfg.DBPath())
	}
	if err != nil {
		return err
	}
	defer store.Close()
	svc := newReminders(cfg, store, newLogger(cfg, e.stderr), nil)
	text, err := svc.UpcomingPlain(ctx, strings.Join(words, " "), start, *days)
	if err != nil {
		return err
	}
	_, err = io.WriteString(e.stdout, text)
	return err
}
