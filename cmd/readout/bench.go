package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/capacity"
)

// runBench runs the capacity benchmark: a loopback feed farm and a
// loopback Slack, the daemon wired as serve wires it, and a Markdown table
// of the figures against their targets on stdout. Progress goes to stderr.
func runBench(ctx context.Context, e env, args []string) error {
	fs := newFlags("bench", e)
	fs.String("config", "", "ignored: the benchmark writes its own configuration")
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
	lookupProfile := fs.String("lookup-profile", "", "write a CPU profile of the /readout lookups to `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	for _, p := range []struct {
		path string
		w    *io.Writer
	}{{*cycleProfile, &o.CycleProfile}, {*lookupProfile, &o.LookupProfile}} {
		if p.path == "" {
			continue
		}
		f, err := os.Create(p.path)
		if err != nil {
			return err
		}
		defer f.Close()
		*p.w = f
	}
	o.Progress = e.stderr
	o.Open = openBenchDaemon
	rep, err := capacity.Run(ctx, o)
	if rep != nil {
		fmt.Fprint(e.stdout, rep.Markdown())
	}
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// openBenchDaemon opens the app exactly as serve does, posting to the
// Slack the configuration names, and answers lookups with bot.Commands.
func openBenchDaemon(cfg config.Config, log *slog.Logger) (*capacity.Daemon, error) {
	a, err := openApp(cfg, log, io.Discard)
	if err != nil {
		return nil, err
	}
	cmds := a.commands()
	return &capacity.Daemon{
		Store:     a.store,
		Pipeline:  a.pipeline,
		Deliverer: a.deliverer,
		Feeds:     a.feeds,
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
