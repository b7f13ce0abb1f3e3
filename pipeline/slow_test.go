package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// publisher serves two feeds on loopback: "slow", whose items are teasers
// of articles that are held until release is closed, and "healthy".
type publisher struct {
	srv     *httptest.Server
	release chan struct{}
	arrived chan string // one path per article request

	mu                    sync.Mutex
	inFlight, maxInFlight int
	feedRequests          []string // If-None-Match of each request of the slow feed
}

const slowTeasers = 12

func newPublisher(t *testing.T) *publisher {
	t.Helper()
	p := &publisher{release: make(chan struct{}), arrived: make(chan string, 100)}
	mux := http.NewServeMux()
	mux.HandleFunc("/slow.xml", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.feedRequests = append(p.feedRequests, r.Header.Get("If-None-Match"))
		p.mu.Unlock()
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		var b strings.Builder
		for i := range slowTeasers {
			fmt.Fprintf(&b, `<item><title>Japan-Cambodia Talk %d</title><link>%s/article/%d</link><guid>s%d</guid><description>Teaser %d.</description></item>`, i, p.srv.URL, i, i, i)
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title><link>http://x</link><description>d</description>%s</channel></rss>`, b.String())
	})
	mux.HandleFunc("/healthy.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>healthy</title><link>http://x</link><description>d</description>
<item><title>Japan-Laos Summit</title><link>http://x/h1</link><guid>h1</guid><description>The leaders met.</description></item>
<item><title>Japan-Vietnam Talk</title><link>http://x/h2</link><guid>h2</guid><description>The ministers met.</description></item>
</channel></rss>`)
	})
	mux.HandleFunc("/article/", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.inFlight++
		p.maxInFlight = max(p.maxInFlight, p.inFlight)
		p.mu.Unlock()
		defer func() {
			p.mu.Lock()
			p.inFlight--
			p.mu.Unlock()
		}()
		p.arrived <- r.URL.Path
		select {
		case <-p.release:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<html><body><p>Full article %s.</p></body></html>", r.URL.Path)
		case <-r.Context().Done():
		}
	})
	p.srv = httptest.NewServer(mux)
	t.Cleanup(p.srv.Close)
	t.Cleanup(p.open) // before Close: let held handlers return
	return p
}

func (p *publisher) open() {
	select {
	case <-p.release:
	default:
		close(p.release)
	}
}

func (p *publisher) feeds() []readout.Feed {
	return []readout.Feed{
		{ID: "slow", URL: p.srv.URL + "/slow.xml", Country: "JP", FetchArticle: true},
		{ID: "healthy", URL: p.srv.URL + "/healthy.xml", Country: "JP"},
	}
}

// parseBody keeps the text the readout was parsed from.
func parseBody(doc readout.Document) (*readout.Readout, error) {
	return &readout.Readout{Title: doc.Title, Published: doc.Published, Parties: []string{doc.PublisherCountry}, Body: doc.Body}, nil
}

func newSlowPipeline(t *testing.T) (*pipeline.Pipeline, *storage.Store) {
	t.Helper()
	st := storagetest.Open(t, storage.Options{})
	return &pipeline.Pipeline{
		Store:   adapters.Store{Store: st},
		Fetcher: adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true})},
		Parse:   parseBody,
	}, st
}

// receive waits for a value, failing the test if none comes in a minute
// (a hang, not a measure of speed).
func receive[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Minute):
		t.Fatalf("no %s after a minute", what)
		panic("unreachable")
	}
}

// One feed's slow teaser articles must not hold the others: the healthy
// feed's readouts are stored while the slow feed's articles are still
// held, and the slow feed fetches its articles a few at a time, not one
// after another.
func TestSlowArticlesDoNotStallOtherFeeds(t *testing.T) {
	pub := newPublisher(t)
	p, st := newSlowPipeline(t)
	learned := make(chan string, 100)
	p.Learn = func(_ context.Context, r *readout.Readout) { learned <- r.FeedID }
	done := make(chan []pipeline.Result, 1)
	go func() { done <- p.PollDue(t.Context(), pub.feeds(), true) }()

	for range 2 {
		if id := receive(t, learned, "stored readout"); id != "healthy" {
			t.Fatalf("stored a readout of %q while its articles were held", id)
		}
	}
	for range pipeline.ArticleConcurrency {
		receive(t, pub.arrived, "article request")
	}
	select {
	case res := <-done:
		t.Fatalf("the cycle ended while articles were held: %v", res)
	default:
	}
	pub.open()
	res := receive(t, done, "end of the cycle")
	if res[0].New != slowTeasers || res[0].Pending != 0 || res[1].New != 2 {
		t.Errorf("results: %v; want %d and 2 new items", res, slowTeasers)
	}
	pub.mu.Lock()
	maxInFlight := pub.maxInFlight
	pub.mu.Unlock()
	if maxInFlight != pipeline.ArticleConcurrency {
		t.Errorf("articles in flight at once: %d, want %d", maxInFlight, pipeline.ArticleConcurrency)
	}
	rs, err := st.Latest(50)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.FeedID == "slow" && !strings.Contains(r.Body, "Full article") {
			t.Errorf("readout %q: body %q, want the fetched article", r.Title, r.Body)
		}
	}
}

// Articles not in by the cycle's deadline leave their items for the next
// poll: the cycle ends, nothing is lost, and the next poll (which must not
// be answered 304) stores them with their articles.
func TestArticlesPastTheCycleDeadlineWaitForNextPoll(t *testing.T) {
	pub := newPublisher(t)
	p, st := newSlowPipeline(t)
	p.SetArticleBudget(100 * time.Millisecond) // the articles are held for good: none can make it
	res := p.PollDue(t.Context(), pub.feeds(), true)
	if res[0].Status != pipeline.StatusNew || res[0].New != 0 || res[0].Pending != slowTeasers {
		t.Errorf("slow feed: %v, want %d items left for the next poll", res[0], slowTeasers)
	}
	if res[1].New != 2 {
		t.Errorf("healthy feed: %v, want 2 new items", res[1])
	}
	if !strings.Contains(res[0].String(), "12 left for the next poll") {
		t.Errorf("poll line %q does not say what was left", res[0])
	}

	pub.open()
	p.SetArticleBudget(0) // the default
	res = p.PollDue(t.Context(), pub.feeds(), true)
	if res[0].New != slowTeasers || res[0].Pending != 0 {
		t.Fatalf("next poll: %v, want the %d items", res[0], slowTeasers)
	}
	pub.mu.Lock()
	if got := pub.feedRequests; len(got) != 2 || got[1] != "" {
		t.Errorf("If-None-Match of the slow feed's requests: %q, want none on the second (no validators saved while items wait)", got)
	}
	pub.mu.Unlock()
	rs, err := st.Latest(50)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rs {
		if r.FeedID == "slow" {
			n++
			if !strings.Contains(r.Body, "Full article") {
				t.Errorf("readout %q: body %q, want the fetched article", r.Title, r.Body)
			}
		}
	}
	if n != slowTeasers {
		t.Errorf("stored %d readouts of the slow feed, want %d", n, slowTeasers)
	}
}
