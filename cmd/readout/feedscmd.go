package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/readout-bot/readout/internal/admin"
)

// runFeeds shows each feed's last success, last error and next try,
// whether or not the daemon is running.
func runFeeds(ctx context.Context, e env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "import":
			return runFeedsImport(ctx, e, args[1:])
		case "export":
			return runFeedsExport(ctx, e, args[1:])
		case "remove":
			return runFeedsRemove(ctx, e, args[1:])
		case "add":
			return runFeedsAdd(ctx, e, args[1:])
		case "probe":
			return runFeedsProbe(ctx, e, args[1:])
		case "catalog":
			return runFeedsCatalog(ctx, e, args[1:])
		}
	}
	fs := newFlags("feeds", e)
	cfgPath := configFlag(fs)
	cfg, err := parseConfigFlags(fs, cfgPath, args, e)
	if err != nil {
		return err
	}
	var v []admin.FeedStatus
	err = withAdmin(cfg, e, func(s admin.Service) (err error) { v, err = s.Feeds(ctx); return err })
	if err != nil {
		return err
	}
	printFeeds(e.stdout, v)
	return nil
}

func printFeeds(w io.Writer, v []admin.FeedStatus) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tSTATUS\tLAST SUCCESS\tNEXT TRY\tLAST ERROR")
	for _, f := range v {
		st := f.State
		status := "ok"
		switch {
		case st.LastPoll.IsZero():
			status = "not polled yet"
		case st.Broken != "":
			status = "broken (readout feeds probe " + f.ID + ")"
		case st.Failures > 0:
			status = fmt.Sprintf("failing (%d in a row)", st.Failures)
		}
		next := "next cycle"
		if !st.NextPoll.IsZero() && st.NextPoll.After(time.Now()) {
			next = st.NextPoll.Local().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.ID, status, stamp(st.LastSuccess), next, oneLine(st.LastError))
	}
	tw.Flush()
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format(time.DateTime)
}
