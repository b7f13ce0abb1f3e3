package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/readout-bot/readout/pipeline"
)

func runPoll(ctx context.Context, e env, args []string) (err error) {
	fs := newFlags("poll", e)
	cfgPath := configFlag(fs)
	once := fs.Bool("once", false, "poll every feed once, deliver what that enqueued, and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*once {
		return usageError{errors.New("poll runs a single cycle: pass --once (use `readout serve` to poll on a schedule)")}
	}
	cfg, err := loadConfig(*cfgPath, e)
	if err != nil {
		return err
	}
	a, err := openDaemon(cfg, e, newLogger(cfg, e.stderr), true)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, a.Close()) }()

	results := a.Pipeline.PollDue(ctx, a.Feeds, true)
	failed := 0
	for _, r := range results {
		fmt.Fprintln(e.stdout, r)
		if r.Status == pipeline.StatusError {
			failed++
		}
	}
	st, err := a.Deliverer.Drain(ctx)
	if err != nil {
		return fmt.Errorf("deliver: %w", err)
	}
	fmt.Fprintf(e.stdout, "delivered %d message(s); %d waiting to retry; %d failed for good\n", st.Posted, st.Retrying, st.Dead)
	if failed > 0 {
		return fmt.Errorf("%d of %d feed(s) failed", failed, len(results))
	}
	return nil
}
