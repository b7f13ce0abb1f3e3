package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/internal/sitefarm"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// listingPipeline is the daemon's pipeline over a real store and fetcher
// (hosts paced, as in the daemon, with a short interval), parsing with
// readout.Parse, alerting CADMIN after two failures.
func listingPipeline(t *testing.T, now *time.Time) (*pipeline.Pipeline, *storage.Store) {
	t.Helper()
	st, err := storage.Open(filepath.Join(t.TempDir(), "r.db"), storage.Options{NoSync: true, Now: func() time.Time { return *now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &pipeline.Pipeline{
		Store:         adapters.Store{Store: st},
		Fetcher:       adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true, HostInterval: time.Millisecond})},
		Parse:         readout.Parse,
		Subscriptions: []readout.Subscription{{Channel: "CKH", Countries: []string{"KH"}}, {Channel: "CBN", Countries: []string{"BN"}}},
		AlertChannel:  "CADMIN",
		AlertAfter:    2,
		Now:           func() time.Time { return *now },
	}, st
}

// due returns the texts of the deliveries waiting for channel.
func due(t *testing.T, st *storage.Store, now time.Time, channel string) []string {
	t.Helper()
	ds, err := st.Due(now.Add(24*time.Hour), 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range ds {
		if d.Channel == channel {
			out = append(out, d.Text+d.ReadoutID)
		}
	}
	return out
}

func pollOnce(t *testing.T, p *pipeline.Pipeline, f readout.Feed, now *time.Time) pipeline.Result {
	t.Helper()
	*now = now.Add(10 * time.Minute)
	res := p.PollDue(t.Context(), []readout.Feed{f}, true)
	return res[0]
}

// A listing source's new item is posted exactly once; a list that has
// not changed is not parsed again and its items' pages are not fetched
// again.
func TestListingSourceEndToEnd(t *testing.T) {
	farm := sitefarm.New(t)
	now := time.Date(2026, 4, 8, 9, 0, 0, 0, time.UTC)
	p, st := listingPipeline(t, &now)
	src := farm.Sources()[1] // the HTML-only list
	if src.ID != "farm-list" {
		t.Fatalf("source %s", src.ID)
	}

	r := pollOnce(t, p, src, &now)
	if r.Status != pipeline.StatusNew || r.New != 7 || !r.FirstPoll || r.Deliveries != 0 {
		t.Fatalf("first poll: %v; want 7 items stored, none posted", r)
	}
	pages := farm.PageRequests(sitefarm.SiteList)
	if pages != 7 {
		t.Errorf("first poll fetched %d item pages, want 7 (one per item)", pages)
	}

	farm.Add(sitefarm.SiteList, sitefarm.Release{Slug: "fmm-brunei", Title: "Foreign Ministers' Meeting with Brunei",
		Published: time.Date(2026, 4, 8, 9, 0, 0, 0, time.UTC), Guest: "H.E. Dato Erywan Yusof", GuestCountry: "Brunei Darussalam"})
	r = pollOnce(t, p, src, &now)
	if r.Status != pipeline.StatusNew || r.New != 1 || r.Deliveries != 1 {
		t.Fatalf("after a new release: %v; want 1 new item, 1 delivery", r)
	}
	if got := farm.PageRequests(sitefarm.SiteList); got != pages+1 {
		t.Errorf("item pages fetched %d, want %d (only the new one)", got, pages+1)
	}

	lists := farm.ListResponses(sitefarm.SiteList)
	for range 3 {
		if r := pollOnce(t, p, src, &now); r.Status != pipeline.StatusNotModified {
			t.Fatalf("unchanged list: %v; want not modified (no parsing)", r)
		}
	}
	if got := farm.ListResponses(sitefarm.SiteList); got != lists+3 {
		t.Errorf("list served %d times, want %d: the site sends no validators, so it is fetched and hashed", got, lists+3)
	}
	if got := farm.PageRequests(sitefarm.SiteList); got != pages+1 {
		t.Errorf("an unchanged list fetched item pages again: %d", got)
	}
	if got := due(t, st, now, "CBN"); len(got) != 1 {
		t.Errorf("Brunei channel has %d deliveries, want exactly 1: %q", len(got), got)
	}
	if got := due(t, st, now, "CKH"); len(got) != 0 {
		t.Errorf("Cambodia channel got %q from a first poll, want nothing", got)
	}
}

// A list whose markup changes is reported once to the admin channel with
// the reason and the probe command, and once when it works again; never
// every cycle.
func TestBrokenListingAlertsOnceAndRecoversOnce(t *testing.T) {
	farm := sitefarm.New(t)
	now := time.Date(2026, 4, 8, 9, 0, 0, 0, time.UTC)
	p, st := listingPipeline(t, &now)
	var src readout.Feed
	for _, f := range farm.Sources() {
		if f.ID == "farm-markup" {
			src = f
		}
	}
	if r := pollOnce(t, p, src, &now); r.Status != pipeline.StatusNew {
		t.Fatalf("first poll: %v", r)
	}
	farm.ChangeMarkup(true)
	for range 6 {
		if r := pollOnce(t, p, src, &now); r.Status != pipeline.StatusError {
			t.Fatalf("after the redesign: %v; want an error", r)
		}
	}
	alerts := due(t, st, now, "CADMIN")
	if len(alerts) != 1 {
		t.Fatalf("after 6 failed polls: %d notices %q, want 1", len(alerts), alerts)
	}
	for _, want := range []string{"farm-markup", "matches nothing", "readout feeds probe farm-markup"} {
		if !strings.Contains(alerts[0], want) {
			t.Errorf("alert %q lacks %q", alerts[0], want)
		}
	}
	farm.ChangeMarkup(false)
	for range 3 {
		if r := pollOnce(t, p, src, &now); r.Status == pipeline.StatusError {
			t.Fatalf("after the fix: %v", r)
		}
	}
	alerts = due(t, st, now, "CADMIN")
	if len(alerts) != 2 || !strings.Contains(alerts[1], "works again") {
		t.Fatalf("after recovery: notices %q, want the alert and one recovery", alerts)
	}
	fs, err := st.FeedState(src.ID)
	if err != nil || fs.Broken != "" || fs.Failures != 0 {
		t.Errorf("state after recovery: %+v, %v", fs, err)
	}
}

// articleFetcher serves scripted items whose pages fail while broken.
type articleFetcher struct {
	fakeFetcher
	broken bool
}

func (f *articleFetcher) FetchArticle(ctx context.Context, u string) (string, string, error) {
	if f.broken {
		return "", "", errors.New("fetch article " + u + ": HTTP 403 Forbidden")
	}
	return "<html><body><p>The ministers met in Phnom Penh.</p></body></html>", u, nil
}

// A source whose list still answers but whose item pages cannot be read
// is reported once, and once again when they can.
func TestUnreadableItemsAlertOnce(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, _ := setup(t, &now, 0)
	af := &articleFetcher{broken: true}
	p.Fetcher, p.AlertChannel, p.AlertAfter = af, "CADMIN", 2
	src := readout.Feed{ID: "mofa", URL: "https://mofa.example/list", Country: "JP", FetchArticle: true, Kind: readout.KindListing}
	teaser := func(k string) readout.Item {
		return readout.Item{Key: k, Title: "Talk " + k, Link: "https://mofa.example/" + k, Hash: "h" + k}
	}
	for i := range 5 {
		af.items = append(af.items, teaser(fmt.Sprint(i)))
		p.PollDue(t.Context(), []readout.Feed{src}, true)
	}
	notices := due(t, st, now, "CADMIN")
	if len(notices) != 1 || !strings.Contains(notices[0], "cannot be read") || !strings.Contains(notices[0], "403") ||
		!strings.Contains(notices[0], "readout feeds probe mofa") {
		t.Fatalf("notices %q; want one alert naming the 403 and the probe command", notices)
	}
	af.broken = false
	for i := 5; i < 8; i++ {
		af.items = append(af.items, teaser(fmt.Sprint(i)))
		p.PollDue(t.Context(), []readout.Feed{src}, true)
	}
	notices = due(t, st, now, "CADMIN")
	if len(notices) != 2 || !strings.Contains(notices[1], "works again") {
		t.Fatalf("notices %q; want the alert and one recovery", notices)
	}
}
