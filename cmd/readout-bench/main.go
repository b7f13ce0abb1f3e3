// Command readout-bench is the capacity run of BENCHMARKS.md: a loopback
// feed farm and a loopback Slack, the daemon wired as `readout serve` wires
// it, and a Markdown table of the figures against their targets on
// stdout. Progress goes to stderr. It is its own command so that the
// daemon ships none of the test servers it uses.
//
// Usage:
//
//	go run ./cmd/readout-bench [flags]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/capacity"
	"github.com/readout-bot/readout/internal/daemon"
)

func main() {
	capacity.ServeFarmIfChild() // the feed farm's child process (see capacity.StartFarmProcess)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.As(err, new(usageError)):
		fmt.Fprintf(os.Stderr, "readout-bench: %v\n", err)
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "readout-bench: %v\n", err)
		os.Exit(1)
	}
}

type usageError struct{ error }

// run parses the flags and runs the capacity benchmark.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	fs := flag.NewFlagSet("readout-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o capacity.Options
	fs.IntVar(&o.Feeds, "feeds", 1000, "feeds on the loopback farm")
	fs.IntVar(&o.Items, "items", 30, "items per feed")
	fs.Float64Var(&o.Changing, "changing", 0.01, "share of feeds that publish an item per cycle")
	fs.IntVar(&o.Readouts, "readouts", 100_000, "readouts stored in all (bulk-loaded plus the first poll's)")
	fs.DurationVar(&o.Interval, "duration", 60*time.Second, "interval of the real-schedule run (@every `d`, one tick)")
	fs.IntVar(&o.Cycles, "cycles", 4, "changed poll cycles measured tick to post")
	fs.IntVar(&o.Lookups, "lookups", 2000, "/readout requests to time")
	fs.IntVar(&o.Rate, "rate", 200, "/readout requests a second")
	fs.StringVar(&o.Dir, "dir", "", "parent `directory` of the temporary data directory (default: the system's)")
	cycleProfile := fs.String("cycle-profile", "", "write a CPU profile of the unchanged poll cycles to `file`")
	fs.BoolVar(&o.TickNow, "tick-now", false, "run the real-schedule cron job at once instead of waiting for its tick (for tests)")
	fs.DurationVar(&o.HostInterval, "host-interval", 0, "least time between two requests to one host (default: the daemon's; for tests)")
	fs.IntVar(&o.PerChannelBurst, "per-channel-burst", 0, "messages posted to one channel at once before the pace of one a second (default: the daemon's; for tests)")
	lookupProfile := fs.String("lookup-profile", "", "write a CPU profile of the /readout lookups to `file`")
	lookupTrace := fs.String("lookup-trace", "", "write an execution trace of the /readout lookups to `file` (go tool trace)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	for _, p := range []struct {
		path string
		w    *io.Writer
	}{{*cycleProfile, &o.CycleProfile}, {*lookupProfile, &o.LookupProfile}, {*lookupTrace, &o.LookupTrace}} {
		if p.path == "" {
			continue
		}
		f, err := os.Create(p.path)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); cerr != nil && err == nil {
				err = fmt.Errorf("bench: write profile: %w", cerr)
			}
		}()
		*p.w = f
	}
	o.Progress = stderr
	o.Open = openDaemon
	o.StartFarm = func(feeds, items int) (capacity.FeedFarm, error) { return capacity.StartFarmProcess(feeds, items) }
	rep, err := capacity.Run(ctx, o)
	if rep != nil {
		fmt.Fprint(stdout, rep.Markdown())
	}
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// openDaemon opens the daemon exactly as `readout serve` does, posting to
// the Slack the configuration names, and answers lookups with its
// /readout handler.
func openDaemon(cfg config.Config, log *slog.Logger) (*capacity.Daemon, error) {
	a, err := daemon.Open(cfg, daemon.Options{Logger: log, Version: "bench", Create: true})
	if err != nil {
		return nil, err
	}
	daemon.LimitMemory(cfg, os.Getenv, log)
	cmds := a.Commands()
	return &capacity.Daemon{
		Store:     a.Store,
		Pipeline:  a.Pipeline,
		Deliverer: a.Deliverer,
		Feeds:     a.Feeds,
		// The /readout path as Slack reaches it: parse, look up, render.
		Lookup: func(ctx context.Context, code string) error {
			rep := cmds.Handle(ctx, bot.Request{Text: strings.ToLower(code), ChannelID: "C0DESK0001", UserID: "U0BENCH"})
			if len(rep.Blocks) == 0 || strings.HasPrefix(rep.Text, "Sorry") {
				return fmt.Errorf("/readout %s: %q", code, rep.Text)
			}
			return nil
		},
		Close: a.Close,
	}, nil
}
