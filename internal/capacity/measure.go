package capacity

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/internal/statm"
	"github.com/readout-bot/readout/storage"
	"golang.org/x/sync/errgroup"
	"golang.org/x/sys/unix"
)

// Cycle is one measured poll cycle.
type Cycle struct {
	Wall, CPU   time.Duration
	NotModified int // feeds answered 304
	Fetched     int // feeds fetched and parsed
	New         int // readouts stored
	Failed      int
	Skipped     int
	FirstErr    error
}

// String reads "1.2s wall, 0.8s CPU, 1000 not modified".
func (c Cycle) String() string {
	s := fmt.Sprintf("%s wall, %s CPU", c.Wall.Round(time.Millisecond), c.CPU.Round(time.Millisecond))
	if c.NotModified > 0 {
		s += fmt.Sprintf(", %d not modified", c.NotModified)
	}
	if c.Fetched > 0 {
		s += fmt.Sprintf(", %d fetched, %d new readouts", c.Fetched, c.New)
	}
	if c.Failed > 0 {
		s += fmt.Sprintf(", %d failed", c.Failed)
	}
	return s
}

// readoutID is the ID the daemon gives the item with this GUID in farm
// feed i.
func readoutID(i int, guid string) string {
	return storage.ReadoutID(FeedID(i), feeds.ItemKey(guid, "", "", ""))
}

// rawConditional is the floor of an unchanged cycle: the same conditional
// GETs, four at a time like the pipeline, with a plain client and nothing
// read or written but the request.
func (r *run) rawConditional(ctx context.Context, d *Daemon) (Cycle, error) {
	etags := make([]string, len(d.Feeds))
	for i, f := range d.Feeds {
		st, err := d.Store.FeedState(f.ID)
		if err != nil {
			return Cycle{}, err
		}
		etags[i] = st.ETag
	}
	client := &http.Client{Timeout: 20 * time.Second}
	defer client.CloseIdleConnections()
	var mu sync.Mutex
	c := Cycle{}
	cpu0 := cpuTime()
	t0 := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(4)
	for i, f := range d.Feeds {
		g.Go(func() error {
			req, err := http.NewRequestWithContext(gctx, http.MethodGet, f.URL, nil)
			if err != nil {
				return err
			}
			req.Header.Set("If-None-Match", etags[i])
			resp, err := client.Do(req)
			if err != nil {
				return fmt.Errorf("floor GET %s: %w", f.URL, err)
			}
			resp.Body.Close()
			if resp.StatusCode == http.StatusNotModified {
				mu.Lock()
				c.NotModified++
				mu.Unlock()
			}
			return nil
		})
	}
	err := g.Wait()
	c.Wall, c.CPU = time.Since(t0), cpuTime()-cpu0
	return c, err
}

// openLoop calls f n times at rate a second, each call started on its
// schedule whatever the previous ones do, and returns each call's latency
// counted from its scheduled start (so that a stall shows in every call it
// delays), and how late each call was started.
func openLoop(ctx context.Context, n, rate int, f func(i int) error) (lat, late []time.Duration, err error) {
	lat, late = make([]time.Duration, n), make([]time.Duration, n)
	interval := time.Second / time.Duration(rate)
	g, _ := errgroup.WithContext(ctx)
	p, err := newPacer()
	if err != nil {
		return nil, nil, err
	}
	for i := range n {
		at := p.at(time.Duration(i) * interval)
		p.sleep(time.Duration(i) * interval)
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		late[i] = time.Since(at)
		g.Go(func() error {
			if err := f(i); err != nil {
				return fmt.Errorf("request %d: %w", i, err)
			}
			lat[i] = time.Since(at)
			return nil
		})
		// Let the request start on this thread, awake and warm, as one
		// read from a socket does; the loop goes on wherever the
		// scheduler puts it next.
		runtime.Gosched()
	}
	return lat, late, g.Wait()
}

// cpuTime is the user plus system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// minorFaults is the process's count of minor page faults so far.
func minorFaults() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Minflt
}

// resetPeakRSS resets the kernel's peak resident set size of the process
// to its current size (Linux >= 4.0) and reports whether it could.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSS returns the process's peak resident set size in bytes: VmHWM
// (since the reset when reset is true), else getrusage's maxrss.
func peakRSS(reset bool) (int64, string) {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(b)) {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				if err == nil {
					if reset {
						return kb << 10, "VmHWM after the bulk load, through the lookups"
					}
					return kb << 10, "VmHWM of the whole run, bulk load included"
				}
			}
		}
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, "unavailable"
	}
	return ru.Maxrss << 10, "getrusage maxrss of the whole run"
}

// statusKB returns a "Name:   123 kB" field of /proc/self/status in bytes.
func statusKB(name string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// anonSampler samples the process's anonymous resident memory (RssAnon:
// heap, stacks; not the database's file-backed map) every 20 ms and keeps
// the largest value seen.
type anonSampler struct {
	stop chan struct{}
	done chan struct{}
	// peak and filePeak are the largest anonymous and file-backed (the
	// binary's code and the database's mapped pages) resident sizes
	// sampled; the progress lines read them while sampling goes on.
	peak, filePeak atomic.Int64
}

func startAnonSampler() *anonSampler {
	s := &anonSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		// One read of /proc/self/statm, kept open, a sample: reading
		// /proc/self/status twice (open, read, close, and a copy of the
		// file each) cost eight system calls every 20 ms, which a
		// virtual machine makes dear, and ran beside the lookups it
		// measures.
		f, err := statm.Open()
		if err == nil {
			defer func() { _ = f.Close() }() // read only
		}
		var buf [128]byte
		for {
			// Anonymous is resident less shared: the daemon maps no
			// shared memory, so shared is its file-backed pages.
			res, shared, ok := int64(0), int64(0), false
			if f != nil {
				res, shared, ok = statm.Read(f, buf[:])
			}
			anon, file := res-shared, shared
			if !ok { // no statm: the status file's fields
				anon, file = statusKB("RssAnon"), statusKB("RssFile")
			}
			s.peak.Store(max(s.peak.Load(), anon))
			s.filePeak.Store(max(s.filePeak.Load(), file))
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Stop ends the sampling and returns the peak in bytes.
func (s *anonSampler) Stop() int64 {
	close(s.stop)
	<-s.done
	return s.peak.Load()
}

// evict drops the file's pages from the page cache, so that opening it
// reads from the disk; it reports whether the kernel accepted.
func evict(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer func() { _ = f.Close() }() // read only
	return unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED) == nil
}

// quantile returns the q-quantile (0..1) of ds by the nearest-rank method.
func quantile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// modelQuantile is the q-quantile of W + P, where the wait W for the next
// tick is uniform over [0, interval) (publication is independent of the
// schedule) and the tick-to-post time P is drawn from the measured
// samples: it solves mean_k clamp((x-P_k)/interval, 0, 1) = q by
// bisection.
func modelQuantile(samples []time.Duration, interval time.Duration, q float64) time.Duration {
	if len(samples) == 0 {
		return 0
	}
	cdf := func(x float64) float64 {
		sum := 0.0
		for _, p := range samples {
			sum += min(max((x-float64(p))/float64(interval), 0), 1)
		}
		return sum / float64(len(samples))
	}
	lo, hi := 0.0, float64(slices.Max(samples)+interval)
	for range 100 {
		mid := (lo + hi) / 2
		if cdf(mid) < q {
			lo = mid
		} else {
			hi = mid
		}
	}
	return time.Duration(hi)
}

func sortDur(ds []time.Duration) { slices.Sort(ds) }

func maxDur(ts map[string]time.Time, from time.Time) time.Duration {
	var m time.Duration
	for _, t := range ts {
		m = max(m, t.Sub(from))
	}
	return m.Round(time.Millisecond)
}

// summarize reads "p50 1.2ms, p99 3.4ms, n=2000".
func summarize(ds []time.Duration) string {
	return fmt.Sprintf("p50 %s, p99 %s, n=%d", fmtDur(quantile(ds, 0.5)), fmtDur(quantile(ds, 0.99)), len(ds))
}

// countOver returns how many of ds are longer than limit.
func countOver(ds []time.Duration, limit time.Duration) int {
	n := 0
	for _, d := range ds {
		if d > limit {
			n++
		}
	}
	return n
}

// fmtDur rounds d to three significant figures or so.
func fmtDur(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return d.Round(100 * time.Millisecond).String()
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond).String()
	default:
		return d.Round(time.Microsecond).String()
	}
}
