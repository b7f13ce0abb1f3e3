package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/readout-bot/readout/internal/admin"
)

// runOutbox lists the outbox (pending, retrying, dead) or re-queues one
// delivery, whether or not the daemon is running.
func runOutbox(ctx context.Context, e env, args []string) error {
	fs := newFlags("outbox", e)
	cfgPath := configFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: readout outbox [--config FILE]            list pending, retrying and dead deliveries\n       readout outbox [--config FILE] retry ID   send delivery ID again now")
		fs.PrintDefaults()
	}
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		var v admin.Outbox
		err := withAdmin(cfg, e, func(s admin.Service) (err error) { v, err = s.Outbox(ctx); return err })
		if err != nil {
			return err
		}
		printOutbox(e.stdout, v, time.Now())
		return nil
	case fs.NArg() == 2 && fs.Arg(0) == "retry":
		id, err := strconv.ParseUint(fs.Arg(1), 10, 64)
		if err != nil {
			return usageError{fmt.Errorf("retry takes a delivery ID (a number), got %q", fs.Arg(1))}
		}
		err = withAdmin(cfg, e, func(s admin.Service) error { return s.Retry(ctx, id) })
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "delivery %d is due now\n", id)
		return nil
	}
	return usageError{errors.New("usage: readout outbox [retry ID]")}
}

func printOutbox(w io.Writer, v admin.Outbox, now time.Time) {
	if len(v.Pending) == 0 && len(v.Dead) == 0 {
		fmt.Fprintln(w, "The outbox is empty: everything was delivered.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tCHANNEL\tWHAT\tATTEMPTS\tNEXT TRY\tLAST ERROR")
	for _, d := range v.Pending {
		state, next := "pending", "now"
		if d.Attempts > 0 {
			state = "retrying"
		}
		if d.NextTry.After(now) {
			next = d.NextTry.Local().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", d.ID, state, d.Channel, what(d.Kind, d.ReadoutID, d.Text), d.Attempts, next, oneLine(d.LastError))
	}
	for _, d := range v.Dead {
		fmt.Fprintf(tw, "%d\tdead\t%s\t%s\t%d\t-\t%s\n", d.ID, d.Channel, what(d.Kind, d.ReadoutID, d.Text), d.Attempts, oneLine(d.LastError))
	}
	tw.Flush()
	if len(v.Dead) > 0 {
		fmt.Fprintln(w, "\nFix the cause (invite the bot, check the token), then: readout outbox retry ID")
	}
}

func what(kind, readoutID, text string) string {
	if readoutID != "" {
		return kind + " " + readoutID
	}
	return kind + " " + strconv.Quote(clip(text, 40))
}

func oneLine(s string) string {
	return clip(strings.ReplaceAll(s, "\n", " "), 80)
}

// clip cuts s to at most n runes, marking the cut with "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
