package feeds_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/internal/capacity/synth"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// docFetcher hands the pipeline a feed document's parsed items, through the
// same parse path Fetch uses, without the network.
type docFetcher struct{ data []byte }

func (f docFetcher) Fetch(_ context.Context, feed readout.Feed, _ readout.FeedState) (pipeline.Fetched, error) {
	_, items, _, err := feeds.ParseDocument(f.data, "application/rss+xml; charset=UTF-8", feed.URL, feed.ID)
	return pipeline.Fetched{Items: items, ETag: `"v1"`}, err
}

func (docFetcher) IsTeaser(it readout.Item) bool { return feeds.IsTeaser(it) }

func (docFetcher) FetchArticle(context.Context, string) (string, string, error) {
	return "", "", fmt.Errorf("no articles in this benchmark")
}

// ingestFixture is a WordPress-like RSS document of 30 readouts of about
// 5 KB each in content:encoded.
func ingestFixture() []byte {
	return synth.Feed{Base: "https://www.mofa.example", Feed: 0, First: 0, Last: 29}.Document()
}

// BenchmarkIngest sets the whole ingest of a 30-item feed document (parse
// and normalize, readout.Parse of every item, routing, and one bbolt
// transaction with readout, index, seen and outbox rows; NoSync, so no
// fsync) against its floor, gofeed's own Parse of the same bytes. "ours"
// reports its ratio to the floor as x-floor when both run.
func BenchmarkIngest(b *testing.B) {
	data := ingestFixture()
	var floor float64
	b.Run("floor", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := gofeed.NewParser().Parse(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
		floor = float64(b.Elapsed()) / float64(b.N)
	})
	b.Run("ours", func(b *testing.B) {
		st, err := storage.Open(filepath.Join(b.TempDir(), "readout.db"), storage.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		p := &pipeline.Pipeline{
			Store:   adapters.Store{Store: st},
			Fetcher: docFetcher{data},
			Parse:   readout.Parse,
			// Every readout names its publisher, Japan, as a party.
			Subscriptions: []readout.Subscription{{Channel: "C0DESK0001", Countries: []string{"JP"}}},
		}
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			// A new feed each time, already polled once: all 30 items are
			// new and each gets an outbox row. Each feed is its own
			// publisher's: one publisher's feeds carrying the same item
			// post it once.
			n++
			f := readout.Feed{ID: fmt.Sprintf("mofa-%d", n), URL: "https://www.mofa.example/feed/", Publisher: fmt.Sprintf("Ministry of Foreign Affairs of Japan %d", n), Country: "JP"}
			if err := st.SaveFeedState(f.ID, readout.FeedState{Polled: true}); err != nil {
				b.Fatal(err)
			}
			res := p.PollDue(b.Context(), []readout.Feed{f}, true)[0]
			if res.Status != pipeline.StatusNew || res.New != 30 || res.Deliveries != 30 {
				b.Fatalf("poll: got %+v, want 30 new readouts and 30 deliveries", res)
			}
		}
		if floor > 0 {
			b.ReportMetric(float64(b.Elapsed())/float64(b.N)/floor, "x-floor")
		}
	})
}
