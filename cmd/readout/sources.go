package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/admin"
	"github.com/readout-bot/readout/internal/daemon"
	"github.com/readout-bot/readout/probe"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"go.yaml.in/yaml/v3"
	"golang.org/x/sync/errgroup"
)

// newProber fetches as the daemon does: its user agent, timeout, size cap,
// address policy and one request at a time per host.
func newProber(cfg config.Config, e env) probe.Prober {
	return probe.Prober{Fetcher: feeds.NewFetcher(daemon.FetcherOptions(cfg, newLogger(cfg, e.stderr)))}
}

// runFeedsAdd is `readout feeds add URL`: it finds the source behind a
// page, prints its five newest items and adds it to the database, like an
// OPML import.
func runFeedsAdd(ctx context.Context, e env, args []string) error {
	fs := newFlags("feeds add", e)
	cfgPath := configFlag(fs)
	id := fs.String("id", "", "the source's `ID` (default: made from the URL)")
	country := fs.String("country", "", "the publisher's country, ISO 3166-1 `code` (e.g. KH)")
	lang := fs.String("language", "", "the publisher's `language` (default: the page's, else en)")
	publisher := fs.String("publisher", "", "the publisher's `name` (default: the page's title)")
	dryRun := fs.Bool("dry-run", false, "show what would be added, add nothing")
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("feeds add takes one URL: a feed, or a page that advertises one or lists press releases")}
	}
	d, err := newProber(cfg, e).Discover(ctx, fs.Arg(0))
	if err != nil {
		return fmt.Errorf("feeds add %s: %w", fs.Arg(0), err)
	}
	f := d.Feed
	f.ID = cmp.Or(*id, f.ID)
	f.Country = strings.ToUpper(cmp.Or(*country, f.Country))
	f.Language = cmp.Or(*lang, f.Language, "en")
	f.Publisher = cmp.Or(*publisher, f.Publisher)
	printDiscovery(e.stdout, d, f)
	if *dryRun {
		return nil
	}
	var res admin.ImportResult
	running := false
	err = withAdmin(cfg, e, func(s admin.Service) (err error) {
		_, running = s.(*admin.Client)
		res, err = s.Import(ctx, []readout.Feed{f})
		return err
	})
	if err != nil {
		return err
	}
	if len(res.Skipped) > 0 {
		return fmt.Errorf("not added: %s", res.Skipped[0].Reason)
	}
	for _, a := range res.Added {
		fmt.Fprintf(e.stdout, "added %s (%s): %s\n", a.ID, cmp.Or(a.Kind, readout.KindFeed), a.URL)
	}
	if running {
		fmt.Fprintln(e.stdout, "the running daemon polls it from its next start: restart it")
	}
	return nil
}

// printDiscovery shows what Discover found: how, the source as a
// configuration entry, and its newest items.
func printDiscovery(w io.Writer, d probe.Discovery, f readout.Feed) {
	fmt.Fprintf(w, "found: %s (%s)\n", d.Via, cmp.Or(f.Kind, readout.KindFeed))
	if b, err := yaml.Marshal(map[string][]config.Feed{"feeds": {admin.ConfigFeed(f)}}); err == nil {
		fmt.Fprintf(w, "as configuration (the database keeps it; edit it in the file instead if you like):\n%s", indent(string(b), "  "))
	}
	fmt.Fprintf(w, "newest %d of %d items:\n", len(d.Newest), d.Items)
	for _, it := range d.Newest {
		date := "undated   "
		if t := cmp.Or(it.Published, it.Updated); !t.IsZero() {
			date = t.UTC().Format(time.DateOnly)
		}
		fmt.Fprintf(w, "  %s  %s\n              %s\n", date, clip(it.Title, 90), it.Link)
	}
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n") + "\n"
}

// runFeedsProbe is `readout feeds probe [--all] [ID…]`: it fetches each
// source once and says whether it works, and if not what to change. It
// fails (exit 1) when a source is broken.
func runFeedsProbe(ctx context.Context, e env, args []string) error {
	fs := newFlags("feeds probe", e)
	cfgPath := configFlag(fs)
	all := fs.Bool("all", false, "every polled source and every built-in one (unless builtin_feeds is false)")
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	if *all == (fs.NArg() > 0) {
		return usageError{errors.New("feeds probe takes source IDs, or --all")}
	}
	polled, err := polledSources(ctx, cfg, e)
	if err != nil {
		return err
	}
	var list []readout.Feed
	if *all {
		list = polled
		if cfg.BuiltinFeeds.On {
			list = addMissing(list, catalogFeeds())
		}
	} else {
		for _, id := range fs.Args() {
			f, ok := findSource(id, polled)
			if !ok {
				return usageError{fmt.Errorf("no source %q (see `readout feeds` and `readout feeds catalog`)", id)}
			}
			list = append(list, f)
		}
	}
	p := newProber(cfg, e)
	reports := make([]probe.Report, len(list))
	var g errgroup.Group
	g.SetLimit(8) // hosts are paced by the fetcher; this bounds the hosts at once
	for i, f := range list {
		g.Go(func() error {
			reports[i] = p.Probe(ctx, f)
			return nil
		})
	}
	_ = g.Wait()
	broken := printReports(e.stdout, reports)
	if broken > 0 {
		return fmt.Errorf("%d of %d sources broken", broken, len(reports))
	}
	return nil
}

// printReports writes one line per source, then each broken one's reason
// and fix, and returns how many are broken.
func printReports(w io.Writer, reports []probe.Report) int {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tSTATUS\tITEMS\tNEWEST\tREADOUT\tVERDICT")
	broken := 0
	for _, r := range reports {
		newest := "-"
		if !r.Newest.IsZero() {
			newest = r.Newest.UTC().Format(time.DateOnly)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", r.ID, r.Kind, clip(r.Status, 40), r.Items, newest, cmp.Or(r.Readout, "-"), r.Verdict)
		if !r.OK() {
			broken++
		}
	}
	tw.Flush()
	for _, r := range reports {
		if r.OK() {
			continue
		}
		fmt.Fprintf(w, "\n%s: %s\n  reason: %s\n  fix: %s\n", r.ID, r.Verdict, oneLine(r.Reason), r.Fix)
	}
	return broken
}

// polledSources returns the sources the daemon polls: from the database
// (through the daemon while it runs), or from the configuration alone
// where there is no database yet.
func polledSources(ctx context.Context, cfg config.Config, e env) ([]readout.Feed, error) {
	var list []readout.Feed
	err := withAdmin(cfg, e, func(s admin.Service) (err error) { list, err = s.Export(ctx); return err })
	if errors.Is(err, storage.ErrNoDatabase) {
		list, err = daemon.ConfiguredFeeds(cfg)
		if err != nil {
			return nil, usageError{err}
		}
		return list, nil
	}
	return list, err
}

func catalogFeeds() []readout.Feed {
	var out []readout.Feed
	for _, e := range feeds.CatalogEntries() {
		out = append(out, e.Feed)
	}
	return out
}

// addMissing appends the sources of more whose IDs list lacks.
func addMissing(list, more []readout.Feed) []readout.Feed {
	have := map[string]bool{}
	for _, f := range list {
		have[f.ID] = true
	}
	for _, f := range more {
		if !have[f.ID] {
			list = append(list, f)
		}
	}
	return list
}

// findSource looks id up among the polled sources, then the catalog.
func findSource(id string, polled []readout.Feed) (readout.Feed, bool) {
	for _, f := range polled {
		if f.ID == id {
			return f, true
		}
	}
	return feeds.CatalogFeed(id)
}

// runFeedsCatalog is `readout feeds catalog`: the built-in publishers,
// whether the configuration polls each, and the evidence for each.
func runFeedsCatalog(_ context.Context, e env, args []string) error {
	fs := newFlags("feeds catalog", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	list, err := daemon.ConfiguredFeeds(cfg)
	if err != nil {
		return usageError{err}
	}
	polled := map[string]bool{}
	for _, f := range list {
		if c, ok := feeds.CatalogFeed(f.ID); ok && c.URL == f.URL {
			polled[f.ID] = true
		}
	}
	entries := feeds.SortedCatalog()
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCOUNTRY\tKIND\tLANG\tPOLLED\tEVIDENCE\tLAST SEEN\tPUBLISHER")
	n := 0
	for _, en := range entries {
		on := "-"
		if polled[en.ID] {
			on, n = "yes", n+1
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", en.ID, en.Country, cmp.Or(en.Kind, readout.KindFeed), en.Language,
			on, en.Evidence.Status, cmp.Or(en.Evidence.LastSeen, "never"), en.Publisher)
	}
	tw.Flush()
	fmt.Fprintf(e.stdout, "\n%d publishers, %d polled. On by default: those seen working in 2026 that publish in English.\n", len(entries), n)
	fmt.Fprintln(e.stdout, "Turn others on with builtin_feeds: [ID or country, …] or all; check them with `readout feeds probe ID`.")
	fmt.Fprintln(e.stdout, "\nEvidence and URLs:")
	for _, en := range entries {
		ev := en.Evidence
		fmt.Fprintf(e.stdout, "  %s  %s\n      %s", en.ID, en.URL, cmp.Or(ev.Source, "no record"))
		if ev.Note != "" {
			fmt.Fprintf(e.stdout, "; %s", ev.Note)
		}
		fmt.Fprintln(e.stdout)
	}
	return nil
}
