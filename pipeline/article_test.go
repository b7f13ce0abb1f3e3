package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// splitFetcher fetches feeds with one fetcher and articles with another.
type splitFetcher struct{ feed, article *feeds.Fetcher }

func (f splitFetcher) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (pipeline.Fetched, error) {
	return adapters.Fetcher{Fetcher: f.feed}.Fetch(ctx, feed, st)
}

func (splitFetcher) IsTeaser(it readout.Item) bool { return feeds.IsTeaser(it) }

func (f splitFetcher) FetchArticle(ctx context.Context, rawURL string) (string, string, error) {
	return f.article.FetchArticle(ctx, rawURL)
}

// A feed whose items link to loopback and cloud-metadata addresses: the
// article is never requested, and the teaser is kept as the readout.
func TestArticleLinksToPrivateAddressesAreNotFetched(t *testing.T) {
	var articleHits atomic.Int32
	article := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		articleHits.Add(1)
		fmt.Fprint(w, "<html><body><p>secret internal page</p></body></html>")
	}))
	defer article.Close()
	items := []string{article.URL + "/readout.html", "http://169.254.169.254/latest/meta-data/"}
	var b strings.Builder
	for i, link := range items {
		fmt.Fprintf(&b, `<item><title>Japan-Cambodia Telephone Talk %d</title><link>%s</link><guid>g%d</guid><description>Teaser on Cambodia.</description></item>`, i, link, i)
	}
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x</link><description>d</description>%s</channel></rss>`, b.String())
	}))
	defer feedSrv.Close()

	st := storagetest.Open(t, storage.Options{})
	p := &pipeline.Pipeline{
		Store: adapters.Store{Store: st},
		Fetcher: splitFetcher{
			// The feed is on loopback too: its fetcher opts in, while
			// the article fetcher keeps the production guard.
			feed:    feeds.NewFetcher(feeds.Options{Timeout: 2 * time.Second, AllowPrivate: true}),
			article: feeds.NewFetcher(feeds.Options{Timeout: 2 * time.Second}),
		},
		Parse: readout.Parse,
	}
	f := readout.Feed{ID: "f", URL: feedSrv.URL, Country: "JP", FetchArticle: true}
	res := p.PollDue(t.Context(), []readout.Feed{f}, true)
	if res[0].Status != pipeline.StatusNew || res[0].New != 2 {
		t.Fatalf("poll: got %+v, want 2 new readouts", res[0])
	}
	if n := articleHits.Load(); n != 0 {
		t.Errorf("the loopback article was requested %d times", n)
	}
	rs, err := st.Latest(5)
	if err != nil || len(rs) != 2 {
		t.Fatalf("stored: %d, %v", len(rs), err)
	}
	for _, r := range rs {
		if strings.Contains(r.Body, "secret") || !strings.Contains(r.Body, "Teaser") {
			t.Errorf("readout %q body %q: want the teaser only", r.Title, r.Body)
		}
	}
}
