package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/readout-bot/readout/readout"
)

// SourceLister gives `/readout sources` the polled sources and their
// states (the daemon's feed list and storage's FeedStates).
type SourceLister func(ctx context.Context) ([]readout.Feed, map[string]readout.FeedState, error)

// sourceStatus renders a source's health as one line of mrkdwn: not
// polled yet, broken (with the reason it was reported for and the probe
// command), failing, items unreadable, or ok.
func sourceStatus(id string, st readout.FeedState) string {
	switch {
	case st.LastPoll.IsZero():
		return "not polled yet"
	case st.Broken != "":
		why, _ := fit(st.Broken, 160)
		return fmt.Sprintf(":x: broken: %s (check with `readout feeds probe %s`)", why, Escape(id))
	case st.Failures > 0:
		since := "since " + homeTime(st.LastSuccess)
		if st.LastSuccess.IsZero() {
			since = "never worked"
		}
		return fmt.Sprintf(":warning: failing (%d in a row, %s)", st.Failures, since)
	case st.ItemFailures > 0:
		return fmt.Sprintf(":warning: list ok, but its last %d new item(s) could not be read", st.ItemFailures)
	}
	return ":white_check_mark: ok"
}

// sourcesMax bounds the sources one reply lists.
const sourcesMax = 60

// sources answers `/readout sources`: every polled source with its health,
// broken ones first.
func (c *Commands) sources(ctx context.Context, req Request) CommandReply {
	if c.Sources == nil {
		return textReply("Source health is not available here.")
	}
	list, states, err := c.Sources(ctx)
	if err != nil {
		return c.failed(ctx, req, "sources", err)
	}
	var bad, good []string
	broken, failing := 0, 0
	for _, f := range list {
		st := states[f.ID]
		kind := ""
		if f.IsListing() {
			kind = " _(list page)_"
		}
		line := fmt.Sprintf("• `%s`%s %s", Escape(f.ID), kind, sourceStatus(f.ID, st))
		switch {
		case st.Broken != "":
			broken++
			bad = append(bad, line)
		case st.Failures > 0 || st.ItemFailures > 0:
			failing++
			bad = append(bad, line)
		default:
			good = append(good, line)
		}
	}
	lines := append(bad, good...)
	if len(lines) > sourcesMax {
		lines = append(lines[:sourcesMax:sourcesMax], fmt.Sprintf("_…and %d more: `readout feeds` lists them all_", len(lines)-sourcesMax))
	}
	head := fmt.Sprintf("*Sources*: %d polled, %d broken, %d failing.", len(list), broken, failing)
	if broken+failing > 0 {
		head += " Whoever runs readout can check one with `readout feeds probe ID`."
	}
	return textReply(head + "\n" + strings.Join(lines, "\n"))
}
