package feeds_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

// BenchmarkParse measures decoding, parsing and normalizing the White House
// fixture (full HTML in content:encoded), without the network.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/whitehouse-news.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, _, err := feeds.ParseDocument(data, "application/rss+xml", "https://www.whitehouse.gov/news/feed/", "wh"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFetch measures a whole poll of the State fixture over loopback.
func BenchmarkFetch(b *testing.B) {
	data, err := os.ReadFile("testdata/state-press.xml")
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(data) }))
	defer srv.Close()
	f := feeds.NewFetcher(feeds.Options{AllowPrivate: true})
	feed := readout.Feed{ID: "state", URL: srv.URL}
	for b.Loop() {
		if _, err := f.Fetch(b.Context(), feed, readout.FeedState{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkItemKey measures the key of a linked item (the common case).
func BenchmarkItemKey(b *testing.B) {
	for b.Loop() {
		feeds.ItemKey("", "https://www.state.gov/releases/office-of-the-spokesperson/2025/11/call?utm_source=rss", "Call", "Body")
	}
}

// BenchmarkIsTeaser measures the teaser test on a full readout.
func BenchmarkIsTeaser(b *testing.B) {
	data, err := os.ReadFile("testdata/whitehouse-news.xml")
	if err != nil {
		b.Fatal(err)
	}
	_, items, _, err := feeds.ParseDocument(data, "", "https://www.whitehouse.gov/news/feed/", "wh")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		feeds.IsTeaser(items[0])
	}
}
