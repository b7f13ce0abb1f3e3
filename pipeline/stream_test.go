package pipeline_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// streamSeen wraps the real fetcher and records whether the document's
// items came a run at a time.
type streamSeen struct {
	pipeline.Fetcher
	runs, items int
}

func (s *streamSeen) Fetch(ctx context.Context, f readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	fr, err := s.Fetcher.Fetch(ctx, f, st)
	if fr.Runs != nil {
		s.runs++
	}
	s.items += len(fr.Items)
	return fr, err
}

// A feed serving 520 new items in one document (1.1 MB, read a run of
// items at a time) stores the oldest MaxNewPerPoll of them per poll, in
// age order whatever the document's order, and leaves the rest for the
// following polls.
func TestLargeFeedStoresOldestFirstAcrossPolls(t *testing.T) {
	t.Parallel()
	// 1.1 MB: over the 1 MiB from which a document is read in runs (by 4%),
	// in items of 2 kB (12,000 short items cost four times as much to
	// parse: 2.5 s of CPU under -race), more than two polls store.
	const n = 520
	summary := strings.Repeat("The two ministers spoke of trade and of the region. ", 38)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>archive</title><link>https://mfa.example.gov/</link>`)
	for i := n - 1; i >= 0; i-- { // newest first, as feeds are; item i is the i-th oldest
		fmt.Fprintf(&doc, "<item><title>VN talk %d</title><guid>g%d</guid><pubDate>%s</pubDate><description>%s</description></item>\n", i, i, base.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), summary)
	}
	doc.WriteString(`</channel></rss>`)
	body := doc.String()
	if len(body) < 1<<20 || n <= 2*pipeline.MaxNewPerPoll {
		t.Fatalf("document of %d bytes, %d items: too small to be read in runs or to last past two polls", len(body), n)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(body)) }))
	defer srv.Close()

	st := storagetest.Open(t, storage.Options{})
	fetcher := &streamSeen{Fetcher: adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true})}}
	p := &pipeline.Pipeline{
		Store: adapters.Store{Store: st}, Fetcher: fetcher, Parse: parseByTitle,
		Subscriptions: []readout.Subscription{{Channel: "C1", Countries: []string{"VN"}}},
	}
	f := readout.Feed{ID: "archive", URL: srv.URL, Publisher: "MOFA", Country: "JP"}
	if err := st.SaveFeedState(f.ID, readout.FeedState{Polled: true}); err != nil {
		t.Fatal(err)
	}
	isStored := func(i int) bool {
		_, err := st.Readout(storage.ReadoutID(f.ID, feeds.ItemKey(fmt.Sprint("g", i), "", "", "")))
		return err == nil
	}
	for poll := 1; poll <= 2; poll++ {
		res := p.PollDue(t.Context(), []readout.Feed{f}, false)[0]
		if res.Status != pipeline.StatusNew || res.New != pipeline.MaxNewPerPoll || res.Pending != n-poll*pipeline.MaxNewPerPoll {
			t.Fatalf("poll %d: %v (%+v), want %d new and %d left", poll, res, res, pipeline.MaxNewPerPoll, n-poll*pipeline.MaxNewPerPoll)
		}
		if res.Deliveries != pipeline.MaxNewPerPoll {
			t.Errorf("poll %d: %d deliveries, want %d", poll, res.Deliveries, pipeline.MaxNewPerPoll)
		}
		upTo := poll * pipeline.MaxNewPerPoll
		for _, i := range []int{0, upTo - 1} {
			if !isStored(i) {
				t.Errorf("poll %d: the %d-th oldest item is not stored", poll, i)
			}
		}
		for _, i := range []int{upTo, n - 1} {
			if isStored(i) {
				t.Errorf("poll %d: the %d-th oldest item is stored before older ones", poll, i)
			}
		}
	}
	if fetcher.runs != 2 || fetcher.items != 0 {
		t.Errorf("%d of 2 polls read the document in runs (%d items given whole)", fetcher.runs, fetcher.items)
	}
}

// failingRuns gives one good run of items, then a parse error.
type failingRuns struct{ fakeFetcher }

func (f *failingRuns) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	f.calls++
	return pipeline.Fetched{ETag: "e", Count: 2, Runs: func(yield func([]readout.Item, error) bool) {
		if yield(f.items, nil) {
			yield(nil, errors.New("parse feed: run 2 of 2: XML syntax error"))
		}
	}}, nil
}

// A document that fails part way through its items is a failed poll, as
// a document that does not parse at all: nothing of it is stored, the
// validators are not kept, and the feed backs off.
func TestDocumentFailingMidwayStoresNothing(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, _ := setup(t, &now, 0)
	ff := &failingRuns{}
	ff.items = []readout.Item{item("a", "VN talk", now.Add(-time.Hour))}
	p.Fetcher = ff
	if err := st.SaveFeedState(mofa.ID, readout.FeedState{Polled: true}); err != nil {
		t.Fatal(err)
	}
	res := p.PollDue(t.Context(), []readout.Feed{mofa}, true)[0]
	if res.Status != pipeline.StatusError || res.Err == nil || !strings.Contains(res.Err.Error(), "run 2 of 2") {
		t.Fatalf("poll: %v, want the run's error", res)
	}
	if stored(t, st, "a") {
		t.Error("an item of a document that failed midway was stored")
	}
	fs, err := st.FeedState(mofa.ID)
	if err != nil {
		t.Fatal(err)
	}
	if fs.Failures != 1 || fs.ETag != "" || !strings.Contains(fs.LastError, "run 2 of 2") || !fs.NextPoll.After(now) {
		t.Errorf("feed state %+v, want one failure with the run's error, no validators and a backoff", fs)
	}
}

// The items a capped poll stores are those a stable sort by age would put
// first: the oldest, and among items of the same age (or undated) the
// earliest in the document. On a first poll the posted ones are the newest
// published, earliest in the document among equals. Dates here repeat and
// some items have none.
func TestCapAndFirstPostsBreakTiesByDocumentOrder(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p, st, ff := setup(t, &now, 3)
	const extra = 40
	total := pipeline.MaxNewPerPoll + extra
	for i := range total {
		var pub time.Time
		if i%7 != 0 { // every seventh item undated
			pub = now.Add(-time.Duration((i*37)%11) * time.Hour) // eleven dates, repeated
		}
		ff.items = append(ff.items, item(fmt.Sprint("k", i), fmt.Sprint("KH talk ", i), pub))
	}
	want := slices.Clone(ff.items)
	slices.SortStableFunc(want, func(a, b readout.Item) int {
		return cmp.Or(a.Published, a.Updated).Compare(cmp.Or(b.Published, b.Updated))
	})
	if last, next := want[pipeline.MaxNewPerPoll-1], want[pipeline.MaxNewPerPoll]; !last.Published.Equal(next.Published) {
		t.Fatalf("the cap falls between two dates (%v, %v): the test would not see the order among equals", last.Published, next.Published)
	}
	// The posted items are the newest of the whole document (k11, k22 and
	// k33, of the items with the newest date); the cap leaves them
	// for the second poll, which is still a first poll.
	all := slices.Clone(ff.items)
	slices.SortStableFunc(all, func(a, b readout.Item) int { return b.Published.Compare(a.Published) })
	var posted []string
	for _, it := range all[:3] {
		posted = append(posted, it.Title)
	}

	res := p.PollDue(t.Context(), []readout.Feed{mofa}, true)[0]
	if res.New != pipeline.MaxNewPerPoll || res.Pending != extra || res.Deliveries != 0 {
		t.Fatalf("poll: %v, want %d new, none posted and %d left", res, pipeline.MaxNewPerPoll, extra)
	}
	for i, it := range want {
		if got := stored(t, st, it.Key); got != (i < pipeline.MaxNewPerPoll) {
			t.Errorf("%s (published %v): stored %v, want %v", it.Key, it.Published, got, !got)
		}
	}
	res = p.PollDue(t.Context(), []readout.Feed{mofa}, false)[0]
	if res.New != extra || res.Pending != 0 || res.Deliveries != 6 { // 3 readouts, to C1 and C2
		t.Fatalf("second poll: %v, want %d new and 6 deliveries", res, extra)
	}
	pending, err := st.Pending()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range pending {
		r, err := st.Readout(d.ReadoutID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(got, r.Title) {
			got = append(got, r.Title)
		}
	}
	slices.Sort(got)
	if want := []string{"KH talk 11", "KH talk 22", "KH talk 33"}; !slices.Equal(got, want) || !slices.Equal(posted, want) {
		t.Errorf("posted %q, want %q (the sort says %q)", got, want, posted)
	}
}
