package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/readout"
)

// runFeedsImport is `readout feeds import FILE.opml`.
func runFeedsImport(ctx context.Context, e env, args []string) error {
	fs := newFlags("feeds import", e)
	cfgPath := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("feeds import takes one OPML FILE (or - for stdin)")}
	}
	cfg, err := loadConfig(*cfgPath, e)
	if err != nil {
		return err
	}
	in := e.stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer func() { _ = f.Close() }() // read only
		in = f
	}
	incoming, err := feeds.ReadOPML(in)
	if err != nil {
		return err
	}
	var res admin.ImportResult
	running := false
	err = withAdmin(cfg, e, func(s admin.Service) (err error) {
		_, running = s.(*admin.Client)
		res, err = s.Import(ctx, incoming)
		return err
	})
	if err != nil {
		return err
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(e.stdout, "skipped %s (%s): %s\n", s.Feed.URL, s.Feed.ID, s.Reason)
	}
	for _, f := range res.Added {
		fmt.Fprintf(e.stdout, "added %s: %s\n", f.ID, f.URL)
	}
	fmt.Fprintf(e.stdout, "%d feed(s) added, %d skipped\n", len(res.Added), len(res.Skipped))
	if running && len(res.Added) > 0 {
		fmt.Fprintln(e.stdout, "the running daemon polls them from its next start: restart it")
	}
	return nil
}

// runFeedsExport is `readout feeds export`: every feed polled (built-in,
// configured and imported) as OPML 2.0 on stdout.
func runFeedsExport(ctx context.Context, e env, args []string) error {
	fs := newFlags("feeds export", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	var list []readout.Feed
	err = withAdmin(cfg, e, func(s admin.Service) (err error) { list, err = s.Export(ctx); return err })
	if err != nil {
		return err
	}
	return feeds.WriteOPML(e.stdout, "readout feeds", list, time.Now())
}

// runFeedsRemove is `readout feeds remove ID`: it deletes an imported
// feed, through the daemon while it runs.
func runFeedsRemove(ctx context.Context, e env, args []string) error {
	fs := newFlags("feeds remove", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("feeds remove takes the ID of one imported feed (see `readout feeds`)")}
	}
	id := fs.Arg(0)
	running := false
	err = withAdmin(cfg, e, func(s admin.Service) error {
		_, running = s.(*admin.Client)
		return s.RemoveFeed(ctx, id)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "removed imported feed %s\n", id)
	if running {
		fmt.Fprintln(e.stdout, "the running daemon polls it until its next start: restart it")
	}
	return nil
}
