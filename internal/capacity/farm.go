package capacity

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/readout-bot/readout/internal/capacity/synth"
)

// Farm is a loopback web server publishing many ministry feeds. Feed i is
// served at /feeds/i/feed.xml on a port of its own, as each ministry is a
// host of its own (the daemon sends one request at a time to a host, a
// second apart), and holds its newest Items items. Documents
// are rendered on demand (the farm holds only counters), carry an ETag
// naming their newest item and are answered 304 when the client already
// has it.
type Farm struct {
	Feeds, Items int

	srv  *http.Server
	base []string // feed i's http://127.0.0.1:port

	mu        sync.Mutex
	head      []int                // newest item number per feed
	published map[[2]int]time.Time // (feed, item) -> when it appeared
	requests  int
	notMod    int
}

// StartFarm serves feeds × items on 127.0.0.1, one port per feed, until
// Close.
func StartFarm(feeds, items int) (*Farm, error) {
	f := &Farm{Feeds: feeds, Items: items, base: make([]string, feeds),
		head: make([]int, feeds), published: map[[2]int]time.Time{}}
	f.srv = &http.Server{Handler: f, ReadHeaderTimeout: 10 * time.Second}
	for i := range f.head {
		f.head[i] = items - 1
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, errors.Join(fmt.Errorf("farm: listen: %w", err), f.srv.Close())
		}
		f.base[i] = "http://" + ln.Addr().String()
		go func() { _ = f.srv.Serve(ln) }()
	}
	return f, nil
}

// Close stops the server.
func (f *Farm) Close() error { return f.srv.Close() }

// URL returns feed i's address.
func (f *Farm) URL(i int) string { return feedURL(f.base[i], i) }

// site is the base of feed i's links.
func (f *Farm) site(i int) string { return feedSite(f.base[i], i) }

// feedSite is the base of the links of feed i served at base; feedURL
// is the feed's own address. Both farms, in this process and in the
// child, serve the same paths.
func feedSite(base string, i int) string { return fmt.Sprintf("%s/feeds/%d", base, i) }

func feedURL(base string, i int) string { return feedSite(base, i) + "/feed.xml" }

// Publish adds one item to feed i, published at at, and returns it.
func (f *Farm) Publish(i int, at time.Time) synth.Item {
	f.mu.Lock()
	n := f.head[i] + 1
	f.setHead(i, n, at)
	f.mu.Unlock()
	it := synth.NewItem(f.site(i), i, n)
	it.Published = at
	return it
}

// publishAt makes item n, published at at, feed i's newest.
func (f *Farm) publishAt(i, n int, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.setHead(i, n, at)
}

// setHead records item n of feed i as its newest; f.mu is held.
func (f *Farm) setHead(i, n int, at time.Time) {
	f.head[i] = n
	f.published[[2]int{i, n}] = at
}

// PublishedAt returns when item n of feed i appeared, for items added by
// Publish.
func (f *Farm) PublishedAt(i, n int) (time.Time, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, ok := f.published[[2]int{i, n}]
	return t, ok
}

// Counts returns the requests served and how many of them were answered 304.
func (f *Farm) Counts() (requests, notModified int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests, f.notMod
}

// ServeHTTP serves /feeds/{i}/feed.xml.
func (f *Farm) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/feeds/")
	num, file, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	if !ok || err != nil || i < 0 || i >= f.Feeds || file != "feed.xml" {
		http.NotFound(w, r)
		return
	}
	f.mu.Lock()
	f.requests++
	head := f.head[i]
	etag := fmt.Sprintf(`"f%d-%d"`, i, head)
	if r.Header.Get("If-None-Match") == etag {
		f.notMod++
		f.mu.Unlock()
		w.Header().Set("ETag", etag)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f.mu.Unlock()
	doc := synth.Feed{Base: f.site(i), Feed: i, First: max(0, head-f.Items+1), Last: head,
		Published: func(n int) (time.Time, bool) { return f.PublishedAt(i, n) }}.Document()
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml; charset=UTF-8")
	_, _ = w.Write(doc)
}
