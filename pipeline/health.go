package pipeline

import (
	"cmp"
	"fmt"
	"log/slog"
	"time"

	"github.com/readout-bot/readout/internal/redact"
	"github.com/readout-bot/readout/readout"
)

// itemAlertAfter is how many new items in a row whose page could not be
// read make a source broken: the list still answers, but what it links to
// does not (a firewall on the item pages, pages moved).
const itemAlertAfter = 3

// defaultBrokenAfter is the failures in a row that make a source broken
// when alerts are off (AlertAfter 0): the state still says so, for
// `/readout sources` and `readout feeds`.
const defaultBrokenAfter = 5

// itemHealth counts what became of a poll's new items.
type itemHealth struct {
	read   int   // pages fetched (or text in the feed) and parsed
	failed int   // page fetches that failed
	err    error // the first failure
}

// healthEvent is a change of a source's health worth one notice.
type healthEvent int

const (
	noEvent healthEvent = iota
	broke
	recovered
)

// brokenAfter is the failures in a row that make a source broken.
func (p *Pipeline) brokenAfter() int { return cmp.Or(max(p.AlertAfter, 0), defaultBrokenAfter) }

// judge records in st whether the source is broken now: reason says why,
// "" that it works. It returns the change, if any: a source is reported
// broken once, with the first reason, and recovered once.
func judge(st *readout.FeedState, reason string) healthEvent {
	switch {
	case reason != "" && st.Broken == "":
		st.Broken = reason
		return broke
	case reason == "" && st.Broken != "":
		st.Broken = ""
		return recovered
	}
	return noEvent
}

// countItems updates st's run of unreadable items with a poll's outcome
// and returns the reason the items make the source broken, or "".
func countItems(st *readout.FeedState, ih itemHealth) string {
	switch {
	case ih.read > 0:
		st.ItemFailures = 0
	case ih.failed > 0:
		st.ItemFailures += ih.failed
	}
	if st.ItemFailures < itemAlertAfter {
		return ""
	}
	why := "the pages of its new items cannot be read"
	if ih.err != nil {
		why += ": " + ih.err.Error()
	}
	return why
}

// notify sends the admin channel the notice of a health change.
func (p *Pipeline) notify(log *slog.Logger, ev healthEvent, f readout.Feed, st readout.FeedState, was string, next time.Time) {
	if ev == noEvent || !p.alerting() {
		return
	}
	probe := fmt.Sprintf("Check it with `readout feeds probe %s`.", f.ID)
	switch {
	case ev == broke && st.Failures > 0:
		p.alert(log, fmt.Sprintf(":warning: Feed *%s* (%s) has failed %d times in a row: %s\nLast success: %s. It is still tried; next try %s. %s",
			f.ID, redact.URL(f.URL), st.Failures, st.Broken, when(st.LastSuccess), next.UTC().Format("2 Jan 15:04 MST"), probe))
	case ev == broke:
		p.alert(log, fmt.Sprintf(":warning: Feed *%s* (%s) is broken: %s (%d new items in a row). Its list is still read. %s",
			f.ID, redact.URL(f.URL), st.Broken, st.ItemFailures, probe))
	case ev == recovered:
		p.alert(log, fmt.Sprintf(":white_check_mark: Feed *%s* (%s) works again (it was: %s).", f.ID, redact.URL(f.URL), was))
	}
}

// notifyRecovered sends the notice of a change found on a successful
// fetch: failures is the run of failed fetches it ended.
func (p *Pipeline) notifyRecovered(log *slog.Logger, ev healthEvent, f readout.Feed, st readout.FeedState, was string, failures int) {
	if ev == recovered && failures > 0 && p.alerting() {
		p.alert(log, fmt.Sprintf(":white_check_mark: Feed *%s* (%s) works again after %d failures (it was: %s).", f.ID, redact.URL(f.URL), failures, was))
		return
	}
	p.notify(log, ev, f, st, was, time.Time{})
}
