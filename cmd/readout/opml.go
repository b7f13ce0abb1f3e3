package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

// importResult is what an import did, locally or through the daemon.
type importResult struct {
	Added   []readout.Feed  `json:"added"`
	Skipped []feeds.Skipped `json:"skipped"`
}

// importFeeds adds incoming to the imported feeds of a's store, skipping
// duplicates of a's feeds (configured and imported) by normalized URL.
func importFeeds(a *app, incoming []readout.Feed) (importResult, error) {
	add, skipped := feeds.MergeImport(a.feeds, incoming)
	if len(add) > 0 {
		if err := a.store.AddImportedFeeds(add); err != nil {
			return importResult{}, err
		}
	}
	return importResult{Added: add, Skipped: skipped}, nil
}

// serveImport is the admin API's POST /feeds/import: a JSON list of feeds.
// They are stored and polled from the daemon's next start.
func (a *app) serveImport(w http.ResponseWriter, r *http.Request) {
	var incoming []readout.Feed
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<20)).Decode(&incoming); err != nil {
		http.Error(w, "a JSON list of feeds: "+err.Error(), http.StatusBadRequest)
		return
	}
	res, err := importFeeds(a, incoming)
	if err == nil && len(res.Added) > 0 {
		a.log.Info("feeds imported; they are polled from the next start", "added", len(res.Added), "skipped", len(res.Skipped))
	}
	writeJSON(w, res, err)
}

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
	var in io.Reader = e.stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	incoming, err := feeds.ReadOPML(in)
	if err != nil {
		return err
	}
	var res importResult
	running := false
	err = withState(cfg, e,
		func(a *app) (err error) { res, err = importFeeds(a, incoming); return err },
		func(c *adminClient) error {
			running = true
			body, err := json.Marshal(incoming)
			if err != nil {
				return err
			}
			return c.do(ctx, "POST", "/feeds/import", body, &res)
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
	err = withState(cfg, e,
		func(a *app) error { list = a.feeds; return nil },
		func(c *adminClient) error { return c.do(ctx, "GET", "/feeds/export", nil, &list) })
	if err != nil {
		return err
	}
	return feeds.WriteOPML(e.stdout, "readout feeds", list, time.Now())
}
