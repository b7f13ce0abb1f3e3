package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// rotatingFeed is an RSS document of n tiny items with GUIDs never seen
// before, as a feed that rotates its GUIDs serves.
func rotatingFeed(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>rotating</title><link>http://x</link><description>d</description>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Talk %d</title><guid>r%d</guid></item>\n", i, i)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// cpuTime is the CPU time (user and system) the process has used: on a
// shared machine it grows with the work done, where wall time also counts
// the waits for a core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPollNewItems polls one feed whose document holds n new items
// (fetch over loopback, parse, the seen lookup of every key, and the
// capped ingest of MaxNewPerPoll of them). Time per poll should grow
// linearly with n and memory stay bounded; cpu-ms/op is the CPU time per
// poll (all goroutines, GC included), peak-RSS-MiB the process's
// high-water mark so far (run one size per process to read it alone).
func BenchmarkPollNewItems(b *testing.B) {
	for _, n := range []int{25_000, 50_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			doc := rotatingFeed(n)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(doc) }))
			defer srv.Close()
			st, err := storage.Open(filepath.Join(b.TempDir(), "r.db"), storage.Options{NoSync: true})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			p := &pipeline.Pipeline{
				Store:         adapters.Store{Store: st},
				Fetcher:       adapters.Fetcher{Fetcher: feeds.NewFetcher(feeds.Options{AllowPrivate: true})},
				Parse:         readout.Parse,
				Subscriptions: []readout.Subscription{{Channel: "C0DESK0001", Countries: []string{"KH"}}},
			}
			b.SetBytes(int64(len(doc)))
			cpu0 := cpuTime()
			i := 0
			for b.Loop() {
				i++ // a new feed each time, polled before: every item is new
				f := readout.Feed{ID: fmt.Sprint("rotating-", i), URL: srv.URL, Publisher: "MOFA", Country: "JP"}
				if err := st.SaveFeedState(f.ID, readout.FeedState{Polled: true}); err != nil {
					b.Fatal(err)
				}
				res := p.PollDue(b.Context(), []readout.Feed{f}, true)[0]
				if res.New != pipeline.MaxNewPerPoll || res.Pending != n-pipeline.MaxNewPerPoll {
					b.Fatalf("poll: %v", res)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
			var ru syscall.Rusage
			if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
				b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MiB") // Maxrss is in KiB on Linux
			}
		})
	}
}
