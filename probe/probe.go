// Package probe checks sources against the real sites: Probe fetches a
// source once and says whether it works, and if not what to change;
// Discover finds the source behind a page (the feed it advertises, or its
// list of dated press releases) for `readout feeds add`.
package probe

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/listing"
	"github.com/readout-bot/readout/readout"
)

// Verdicts of a Report.
const (
	VerdictOK          = "ok"
	VerdictBlocked     = "blocked"
	VerdictGone        = "gone"
	VerdictMarkup      = "markup changed"
	VerdictNotFeed     = "not a feed"
	VerdictEmpty       = "empty"
	VerdictItemsBroken = "items unreadable"
	VerdictUnavailable = "unavailable"
	VerdictUnreachable = "unreachable"
)

// sampleSize is how many of the newest items Probe reads as readouts.
const sampleSize = 3

// Report is what one probe found.
type Report struct {
	ID, URL string
	Kind    string // readout.KindFeed or readout.KindListing
	// Status is the list's HTTP status ("200 OK", "403 Forbidden") or the
	// error that kept it from answering.
	Status string
	Items  int
	Newest time.Time // zero when no item is dated
	// Sample is the title of the item read as a readout; Readout says
	// whether it parsed as one ("yes: 2 participants", "no participants").
	Sample  string
	Readout string
	Verdict string
	// Reason explains a verdict other than ok; Fix says what to change.
	Reason, Fix string
}

// OK reports whether the source works.
func (r Report) OK() bool { return r.Verdict == VerdictOK }

// Prober fetches sources once.
type Prober struct {
	Fetcher *feeds.Fetcher
	// Parse reads a document as a readout (readout.Parse when nil).
	Parse func(readout.Document) (*readout.Readout, error)
}

// Probe fetches src once, as the poller would on a first poll, reads up to
// three of its newest items as readouts, and judges it.
func (p Prober) Probe(ctx context.Context, src readout.Feed) Report {
	r := Report{ID: src.ID, URL: src.URL, Kind: cmp.Or(src.Kind, readout.KindFeed)}
	res, err := p.Fetcher.Fetch(ctx, src, readout.FeedState{})
	if err != nil {
		p.judgeError(ctx, src, err, &r)
		return r
	}
	r.Status = "200 OK"
	r.Items = len(res.Items)
	for _, it := range res.Items {
		if t := cmp.Or(it.Published, it.Updated); t.After(r.Newest) {
			r.Newest = t
		}
	}
	if r.Items == 0 {
		r.Verdict, r.Reason = VerdictEmpty, "the source answered with no items"
		r.Fix = "check the URL in a browser; a list that moved needs `readout feeds add " + src.URL + "`"
		return r
	}
	p.sample(ctx, src, res.Items, &r)
	return r
}

// sample reads the newest items as the pipeline would, until one has
// participants.
func (p Prober) sample(ctx context.Context, src readout.Feed, items []readout.Item, r *Report) {
	newest := newestFirst(items)
	parse := p.Parse
	if parse == nil {
		parse = readout.Parse
	}
	var fetchErrs []error
	read := 0
	for _, it := range newest[:min(sampleSize, len(newest))] {
		body, link := it.Content, it.Link
		if src.FetchArticle && it.Link != "" && feeds.IsTeaser(it) {
			html, final, err := p.Fetcher.FetchArticle(ctx, it.Link)
			if err != nil {
				fetchErrs = append(fetchErrs, err)
				continue
			}
			body, link = html, cmp.Or(final, link)
		}
		ro, err := parse(readout.Document{Title: it.Title, URL: link, Publisher: src.Publisher,
			PublisherCountry: src.Country, Published: cmp.Or(it.Published, it.Updated), Body: body})
		if err != nil || strings.TrimSpace(ro.Body) == "" {
			continue
		}
		read++
		if r.Sample == "" {
			r.Sample = it.Title
		}
		if n := len(ro.Participants); n > 0 {
			r.Sample = it.Title
			r.Readout = fmt.Sprintf("yes: %d participant(s)", n)
			break
		}
	}
	switch {
	case r.Readout != "":
		r.Verdict = VerdictOK
	case read > 0:
		r.Verdict = VerdictOK
		r.Readout = fmt.Sprintf("no participants in the %d newest item(s)", read)
	default:
		r.Verdict = VerdictItemsBroken
		r.Readout = "no item page could be read"
		if len(fetchErrs) > 0 {
			r.Reason = "item pages fail: " + fetchErrs[0].Error()
			r.Fix = fixForFetch(src, fetchErrs[0])
		} else {
			r.Reason = "the newest items have no text"
			r.Fix = "turn on fetch_article for the source"
		}
	}
}

// judgeError classifies a failed fetch of the source itself.
func (p Prober) judgeError(ctx context.Context, src readout.Feed, err error, r *Report) {
	r.Reason = err.Error()
	var he *feeds.HTTPError
	switch {
	case errors.As(err, &he):
		r.Status = he.Error()[len("HTTP "):]
		switch he.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			r.Verdict = VerdictBlocked
		case http.StatusNotFound, http.StatusGone:
			r.Verdict = VerdictGone
			r.Fix = "the page moved: find its new address and run `readout feeds add URL`"
			return
		default:
			r.Verdict = VerdictUnavailable
			r.Fix = "a server error: probe again later; if it lasts, the site may have moved"
			return
		}
		r.Fix = fixForFetch(src, err)
	case errors.Is(err, listing.ErrNoItems):
		r.Status = "200 OK"
		r.Verdict = VerdictMarkup
		r.Fix = "the list's markup changed: `readout feeds add " + src.URL + "` proposes new selectors"
	case errors.Is(err, feeds.ErrNotFeed):
		r.Status = "200 OK"
		r.Verdict = VerdictNotFeed
		r.Fix = p.fixForPage(ctx, src)
	default:
		r.Status = "error"
		r.Verdict = VerdictUnreachable
		r.Fix = "check the host name and the network; probe again later"
	}
}

// fixForFetch is the advice for a refused request.
func fixForFetch(src readout.Feed, err error) string {
	if !isForbidden(err) {
		return "probe again later; if it lasts, check the item pages in a browser"
	}
	if src.UserAgent == "" {
		return "the site refuses non-browser user agents: set `user_agent: browser` for " + src.ID
	}
	return "the site refuses this network even as a browser: probe from another network, or turn " + src.ID + " off"
}

// fixForPage looks at a page that is not a feed for what it offers.
func (p Prober) fixForPage(ctx context.Context, src readout.Feed) string {
	page, final, err := p.Fetcher.FetchPage(ctx, src)
	if err != nil {
		return "the URL no longer serves a feed: `readout feeds add " + src.URL + "` looks for what it offers"
	}
	if links := listing.FeedLinks(page, final); len(links) > 0 {
		return "the page advertises a feed: use " + links[0].URL + " as the URL of " + src.ID
	}
	if _, err := listing.Detect(page, final); err == nil {
		return "the page is a list of press releases: `readout feeds add " + src.URL + "` makes it a listing source"
	}
	return "the URL serves a page without a feed or a list: find the ministry's press releases and run `readout feeds add URL`"
}
