package pipeline_test

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/adapters"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// writeRotatingFeed writes an RSS document of n tiny items whose GUIDs
// carry prefix, as a feed that rotates its GUIDs serves: every poll with a
// new prefix is n items never seen before. It is written as it is made, so
// that the server side of the benchmark holds no copy of the document.
func writeRotatingFeed(w io.Writer, prefix string, n int) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>rotating</title><link>http://x</link><description>d</description>`)
	var line []byte
	for i := range n {
		line = append(line[:0], "<item><title>Talk "...)
		line = strconv.AppendInt(line, int64(i), 10)
		line = append(line, "</title><guid>"...)
		line = append(line, prefix...)
		line = strconv.AppendInt(line, int64(i), 10)
		line = append(line, "</guid></item>\n"...)
		bw.Write(line)
	}
	bw.WriteString(`</channel></rss>`)
	return bw.Flush()
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
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
			// The GUIDs rotate with every poll (?p=): the store keeps one
			// copy of an item its publisher serves in two feeds, so the same
			// document under a new feed ID would store nothing new.
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_ = writeRotatingFeed(w, r.URL.Query().Get("p"), n)
			}))
			defer srv.Close()
			var size countWriter
			_ = writeRotatingFeed(&size, "r1-", n)
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
			b.SetBytes(int64(size))
			cpu0 := cpuTime()
			i := 0
			for b.Loop() {
				i++ // a new feed each time, polled before: every item is new
				f := readout.Feed{ID: fmt.Sprint("rotating-", i), URL: fmt.Sprintf("%s/?p=r%d-", srv.URL, i), Publisher: "MOFA", Country: "JP"}
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
