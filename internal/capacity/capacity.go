// Package capacity measures what the readout daemon costs to run and how
// soon it posts: it starts a loopback feed farm and a loopback Slack, opens
// the real daemon against them (the same wiring as `readout serve`, handed
// in as an Opener) with a large database, and times poll cycles,
// publication-to-post latency, /readout lookups, cold start and memory.
//
// Run writes a progress line per step to Options.Progress and returns a
// Report whose Markdown table sets each figure against its target.
package capacity

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/readout-bot/readout/bot"
	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/capacity/synth"
	"github.com/readout-bot/readout/internal/slackfake"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// Daemon is the daemon's components as `readout serve` wires them from a
// configuration.
type Daemon struct {
	Store     *storage.Store
	Pipeline  *pipeline.Pipeline
	Deliverer *bot.Deliverer
	Feeds     []readout.Feed
	// Lookup answers `/readout <country>`; when nil, Run uses the store's
	// LatestForCountry and bot.RenderReadout, as the command does.
	Lookup func(ctx context.Context, country string) error
	// Close releases everything Open acquired.
	Close func() error
}

// Opener opens the daemon from a configuration, as `readout serve` does.
type Opener func(cfg config.Config, log *slog.Logger) (*Daemon, error)

// Options sizes a run. Zero fields take the defaults in brackets.
type Options struct {
	Feeds    int     // feeds on the farm [1000]
	Items    int     // items per feed [30]
	Changing float64 // share of feeds publishing one item per cycle [0.01]
	Readouts int     // readouts stored in all, bulk-loaded plus polled [100000]
	// Interval is the schedule of the real-time run: "@every Interval",
	// one tick, items published at random moments before it [60s].
	Interval time.Duration
	Cycles   int           // changed cycles measured tick-to-post [4]
	Lookups  int           // /readout requests [2000]
	Rate     int           // /readout requests a second [200]
	Default  time.Duration // the default schedule, modelled [5m]
	Dir      string        // parent of the temporary data directory [os.TempDir()]
	Seed     uint64        // random seed [1]
	Open     Opener        // required
	Progress io.Writer     // progress lines [io.Discard]
	// CycleProfile, when set, receives a CPU profile of the unchanged
	// poll cycles (go tool pprof reads it).
	CycleProfile io.Writer
	// LookupProfile, when set, receives a CPU profile of the /readout
	// lookups.
	LookupProfile io.Writer
	// LookupTrace, when set, receives a runtime execution trace of the
	// /readout lookups (go tool trace reads it), each lookup one task
	// named "lookup" logging its request number: the way to see what a
	// slow lookup waited for.
	LookupTrace io.Writer
	// TickNow runs the real-schedule run's cron job at once, the items
	// published just before, instead of waiting up to Interval for its
	// tick: the same job, for tests that must not wait on the clock.
	TickNow bool
	// HostInterval, when set, is the daemon's host_interval, the least
	// time between two requests to one farm host [the daemon's, 1s]; for
	// tests that must not wait a second per article.
	HostInterval time.Duration
	// PerChannelBurst, when set, is the daemon's delivery.per_channel_burst
	// [the daemon's, 1]; for tests in which one item's thread replies,
	// paced a second apart, must not hold up the next item's post.
	PerChannelBurst int
	// StartFarm starts the feed farm [StartFarm, in this process];
	// readout-bench passes StartFarmProcess, so that its figures are the
	// daemon's alone.
	StartFarm func(feeds, items int) (FeedFarm, error)
}

func (o *Options) defaults() {
	o.Feeds = cmp.Or(o.Feeds, 1000)
	if o.StartFarm == nil {
		o.StartFarm = func(feeds, items int) (FeedFarm, error) { return StartFarm(feeds, items) }
	}
	o.Items = cmp.Or(o.Items, 30)
	o.Changing = cmp.Or(o.Changing, 0.01)
	o.Readouts = cmp.Or(o.Readouts, 100_000)
	o.Interval = cmp.Or(o.Interval, 60*time.Second)
	o.Cycles = cmp.Or(o.Cycles, 4)
	o.Lookups = cmp.Or(o.Lookups, 2000)
	o.Rate = cmp.Or(o.Rate, 200)
	o.Default = cmp.Or(o.Default, 5*time.Minute)
	o.Seed = cmp.Or(o.Seed, 1)
	if o.Progress == nil {
		o.Progress = io.Discard
	}
}

// changing is how many feeds publish per cycle.
func (o *Options) changing() int {
	return max(1, int(float64(o.Feeds)*o.Changing+0.5))
}

// Channels and their countries: each counterpart country is followed by
// exactly one desk channel, so every new readout is posted once.
func subscriptions() []config.Subscription {
	const desks = 20
	subs := make([]config.Subscription, desks)
	for i := range subs {
		subs[i].Channel = fmt.Sprintf("C0DESK%04d", i+1)
	}
	for i, c := range synth.Counterparts {
		subs[i%desks].Countries = append(subs[i%desks].Countries, c.Code)
	}
	return subs
}

// FeedID is the daemon's ID of farm feed i.
func FeedID(i int) string { return fmt.Sprintf("farm-%04d", i) }

// run holds the state of one capacity run.
type run struct {
	o     Options
	farm  FeedFarm
	slack *slackfake.Server
	cfg   config.Config
	log   *slog.Logger
	rep   *Report
	rng   *rand.Rand
}

// Run performs a capacity run and returns its report. Everything it starts
// is stopped and its temporary directory removed before it returns.
func Run(ctx context.Context, o Options) (_ *Report, err error) {
	o.defaults()
	if o.Open == nil {
		return nil, errors.New("capacity: no Opener")
	}
	dir, err := os.MkdirTemp(o.Dir, "readout-bench-")
	if err != nil {
		return nil, fmt.Errorf("capacity: %w", err)
	}
	defer func() { err = errors.Join(err, os.RemoveAll(dir)) }()

	r := &run{o: o, rep: &Report{Options: o}, rng: rand.New(rand.NewPCG(o.Seed, 7)),
		log: slog.New(slog.NewTextHandler(o.Progress, &slog.HandlerOptions{Level: slog.LevelError}))}
	r.farm, err = o.StartFarm(o.Feeds, o.Items)
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, r.farm.Close()) }()
	r.slack, err = slackfake.Start()
	if err != nil {
		return nil, err
	}
	defer r.slack.Close()
	if r.cfg, err = r.config(dir); err != nil {
		return nil, err
	}
	if err := r.all(ctx); err != nil {
		return r.rep, err
	}
	return r.rep, nil
}

func (r *run) progress(format string, args ...any) {
	fmt.Fprintf(r.o.Progress, "bench: "+format+"\n", args...)
}

// config writes the daemon's configuration file and loads it the way the
// daemon does, with Slack pointed at the fake.
func (r *run) config(dir string) (config.Config, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "data_dir: %s\npoll_schedule: \"@every %s\"\nbuiltin_feeds: false\nallow_private_addresses: true\nlog_level: error\n",
		filepath.Join(dir, "data"), r.o.Default)
	if r.o.HostInterval > 0 {
		fmt.Fprintf(&b, "host_interval: %s\n", r.o.HostInterval)
	}
	if r.o.PerChannelBurst > 0 {
		fmt.Fprintf(&b, "delivery:\n  per_channel_burst: %d\n", r.o.PerChannelBurst)
	}
	b.WriteString("feeds:\n")
	for i := range r.o.Feeds {
		p := synth.Publisher(i)
		fmt.Fprintf(&b, "  - id: %s\n    url: %s\n    publisher: Ministry of Foreign Affairs of %s\n    country: %s\n",
			FeedID(i), r.farm.URL(i), p.Short, p.Code)
	}
	b.WriteString("subscriptions:\n")
	for _, s := range subscriptions() {
		fmt.Fprintf(&b, "  - channel: %s\n    countries: [%s]\n", s.Channel, strings.Join(s.Countries, ", "))
	}
	path := filepath.Join(dir, "readout.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return config.Config{}, fmt.Errorf("capacity: write config: %w", err)
	}
	env := map[string]string{
		config.EnvSlackBotToken: "xoxb-bench-token",
		config.EnvSlackAppToken: "xapp-bench-token",
		config.EnvSlackAPIURL:   r.slack.APIURL(),
	}
	cfg, err := config.Load(path, func(k string) string { return env[k] })
	if err != nil {
		return cfg, fmt.Errorf("capacity: load config: %w", err)
	}
	cfg.HTTPAddr = "" // no listener: the run calls the daemon's pieces directly
	return cfg, nil
}

func (r *run) all(ctx context.Context) error {
	start := time.Now()
	if err := r.bulkLoad(); err != nil {
		return err
	}
	// The loader's memory is not the daemon's: start the peak from here.
	runtime.GC()
	debug.FreeOSMemory()
	if loader, how := peakRSS(false); loader > 0 {
		r.progress("peak RSS through the bulk load: %.1f MiB (%s; the loader's, not the daemon's)", float64(loader)/(1<<20), how)
	}
	hwmReset := resetPeakRSS()
	if rss, _ := peakRSS(hwmReset); hwmReset {
		r.progress("peak RSS reset to %.1f MiB (file-backed %.1f MiB, anonymous %.1f MiB)",
			float64(rss)/(1<<20), float64(statusKB("RssFile"))/(1<<20), float64(statusKB("RssAnon"))/(1<<20))
	}
	anon := startAnonSampler()

	d, err := r.o.Open(r.cfg, r.log)
	if err != nil {
		return fmt.Errorf("capacity: open daemon: %w", err)
	}
	closed := false
	defer func() {
		if !closed {
			_ = d.Close()
		}
	}()
	dctx, stopDeliverer := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { _ = d.Deliverer.Run(dctx) })
	stop := func() {
		stopDeliverer()
		wg.Wait()
	}
	defer stop()

	steps := []struct {
		name string
		f    func(context.Context, *Daemon) error
	}{
		{"first poll", r.firstPoll},
		{"unchanged cycles", r.unchanged},
		{"changed cycles", r.changed},
		{"real schedule", r.realSchedule},
		{"lookups", r.lookups},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.f(ctx, d); err != nil {
			return fmt.Errorf("capacity: %s: %w", s.name, err)
		}
		rss, _ := peakRSS(hwmReset)
		r.progress("peak RSS so far: %.1f MiB (file-backed now %.1f MiB, peak sampled %.1f MiB; anonymous now %.1f MiB, peak sampled %.1f MiB)",
			float64(rss)/(1<<20), float64(statusKB("RssFile"))/(1<<20), float64(anon.filePeak.Load())/(1<<20),
			float64(statusKB("RssAnon"))/(1<<20), float64(anon.peak.Load())/(1<<20))
	}
	// Taken before the size step: counting readouts walks every page of
	// the bucket, which maps the whole file in.
	r.rep.PeakRSS, r.rep.PeakRSSSource = peakRSS(hwmReset)
	r.rep.PeakAnon = anon.Stop()
	if err := r.dbSize(ctx, d); err != nil {
		return fmt.Errorf("capacity: database size: %w", err)
	}
	stop()
	closed = true
	if err := d.Close(); err != nil {
		return fmt.Errorf("capacity: close daemon: %w", err)
	}
	if err := r.coldStart(ctx); err != nil {
		return fmt.Errorf("capacity: cold start: %w", err)
	}
	r.rep.Elapsed = time.Since(start)
	r.progress("done in %s", r.rep.Elapsed.Round(time.Second))
	return nil
}

// bulkLoad fills the database with the readouts the feeds will not bring.
func (r *run) bulkLoad() error {
	n := max(0, r.o.Readouts-r.o.Feeds*r.o.Items)
	r.progress("bulk-loading %d readouts (the first poll adds %d more)", n, r.o.Feeds*r.o.Items)
	start := time.Now()
	st, err := storage.Open(r.cfg.DBPath(), storage.Options{NoSync: true})
	if err != nil {
		return err
	}
	tpl, err := synth.Templates(min(160, n)) // no more than are loaded: a test loads a few
	if err != nil {
		_ = st.Close()
		return err
	}
	got, err := st.BulkLoad(synth.Readouts(tpl, n), 2000)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	r.rep.BulkLoaded, r.rep.BulkLoad = got, time.Since(start)
	r.progress("bulk load: %d readouts in %s", got, r.rep.BulkLoad.Round(time.Millisecond))
	return nil
}

// cycle runs one poll cycle as the cron job does and measures it.
func (r *run) cycle(ctx context.Context, d *Daemon) (Cycle, []pipeline.Result) {
	cpu0 := cpuTime()
	t0 := time.Now()
	res := d.Pipeline.PollDue(ctx, d.Feeds, false)
	c := Cycle{Wall: time.Since(t0), CPU: cpuTime() - cpu0}
	for _, x := range res {
		switch x.Status {
		case pipeline.StatusNotModified:
			c.NotModified++
		case pipeline.StatusNew:
			c.Fetched++
			c.New += x.New
		case pipeline.StatusError:
			c.Failed++
			if c.FirstErr == nil {
				c.FirstErr = x.Err
			}
		case pipeline.StatusSkipped, pipeline.StatusBusy:
			c.Skipped++
		}
	}
	return c, res
}

func (r *run) firstPoll(ctx context.Context, d *Daemon) error {
	r.progress("first poll of %d feeds (%d items to parse and store)", len(d.Feeds), len(d.Feeds)*r.o.Items)
	c, _ := r.cycle(ctx, d)
	r.rep.First = c
	r.progress("first poll: %s", c)
	if c.Failed > 0 {
		return fmt.Errorf("%d feeds failed, first: %w", c.Failed, c.FirstErr)
	}
	return nil
}

func (r *run) unchanged(ctx context.Context, d *Daemon) error {
	const n = 3
	if r.o.CycleProfile != nil {
		if err := pprof.StartCPUProfile(r.o.CycleProfile); err != nil {
			return err
		}
	}
	for i := range n {
		c, _ := r.cycle(ctx, d)
		r.progress("unchanged cycle %d/%d: %s", i+1, n, c)
		if c.NotModified != len(d.Feeds) {
			return fmt.Errorf("cycle %d: %d of %d feeds answered 304 (%s)", i+1, c.NotModified, len(d.Feeds), c)
		}
		r.rep.Unchanged = append(r.rep.Unchanged, c)
	}
	if r.o.CycleProfile != nil {
		pprof.StopCPUProfile()
	}
	floor, err := r.rawConditional(ctx, d)
	if err != nil {
		return err
	}
	r.rep.UnchangedFloor = floor
	r.progress("floor, %d raw conditional GETs: %s", len(d.Feeds), floor)
	return nil
}

// publish adds one item to each of k random feeds and returns the readout
// IDs the daemon will give them, with their publication times.
func (r *run) publish(k int, at func(i int) time.Duration, start time.Time) map[string]time.Time {
	want := map[string]time.Time{}
	for j, i := range r.rng.Perm(r.o.Feeds)[:min(k, r.o.Feeds)] {
		if at != nil {
			// The item's time is taken when it is published: a late
			// wake-up moves it, it does not bias the measurement.
			time.Sleep(time.Until(start.Add(at(j))))
		}
		it := r.farm.Publish(i, time.Now())
		want[readoutID(i, it.GUID)] = it.Published
	}
	return want
}

// changed measures cycles in which 1% of the feeds publish one item right
// before the tick: the tick-to-post time of each item is what the daemon
// adds to the wait for the next tick.
func (r *run) changed(ctx context.Context, d *Daemon) error {
	k := r.o.changing()
	for i := range r.o.Cycles {
		want := r.publish(k, nil, time.Time{})
		tick := time.Now()
		c, _ := r.cycle(ctx, d)
		r.rep.Changed = append(r.rep.Changed, c)
		posted, err := r.waitPosts(ctx, want, 60*time.Second)
		if err != nil {
			return err
		}
		for id := range want {
			r.rep.Processing = append(r.rep.Processing, posted[id].Sub(tick))
		}
		r.progress("changed cycle %d/%d: %s; %d posted, last %s after the tick", i+1, r.o.Cycles, c, len(posted), maxDur(posted, tick))
	}
	return nil
}

// realSchedule runs the daemon's real cron job at "@every Interval" for one
// tick while items appear at uniformly random moments before it.
func (r *run) realSchedule(ctx context.Context, d *Daemon) error {
	k := r.o.changing()
	iv := r.o.Interval
	r.progress("real schedule @every %s: %d items published at random moments, waiting for the tick", iv, k)
	c := pipeline.NewCron(r.log, time.UTC)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var cycles []Cycle
	var mu sync.Mutex
	if err := d.Pipeline.Schedule(cctx, c, d.Feeds, fmt.Sprintf("@every %s", iv), func(res []pipeline.Result) {
		mu.Lock()
		defer mu.Unlock()
		cycles = append(cycles, Cycle{Fetched: len(res)})
	}); err != nil {
		return err
	}
	var want map[string]time.Time
	if r.o.TickNow {
		want = r.publish(k, nil, time.Time{})
		for _, e := range c.Entries() {
			e.WrappedJob.Run()
		}
	} else {
		start := time.Now()
		c.Start()
		defer func() { <-c.Stop().Done() }()
		offsets := make([]time.Duration, k)
		for j := range offsets {
			offsets[j] = time.Duration(r.rng.Int64N(int64(iv)))
		}
		sortDur(offsets)
		want = r.publish(k, func(j int) time.Duration { return offsets[j] }, start)
	}
	// An item published after its feed was polled waits for the next tick.
	posted, err := r.waitPosts(ctx, want, 2*iv+60*time.Second)
	if err != nil {
		return err
	}
	for id, at := range want {
		r.rep.RealLatency = append(r.rep.RealLatency, posted[id].Sub(at))
	}
	r.progress("real schedule: %d posted, publication-to-post %s", len(posted), summarize(r.rep.RealLatency))
	return nil
}

// waitPosts waits until each wanted readout's parent message reached the
// fake Slack and returns when each did.
func (r *run) waitPosts(ctx context.Context, want map[string]time.Time, timeout time.Duration) (map[string]time.Time, error) {
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	got := map[string]time.Time{}
	for n := 1; ; n++ {
		for _, p := range r.slack.Posts() {
			if p.ThreadTS != "" || p.Metadata == nil {
				continue
			}
			id, _ := p.Metadata.EventPayload["readout_id"].(string)
			if _, ok := want[id]; ok {
				if _, dup := got[id]; !dup {
					got[id] = p.At
				}
			}
		}
		if len(got) == len(want) {
			return got, nil
		}
		// Posts are few; re-reading them on each change is cheap.
		if _, err := r.slack.WaitPosts(wctx, len(r.slack.Posts())+1); err != nil {
			return got, fmt.Errorf("%d of %d items posted: %w", len(got), len(want), err)
		}
	}
}

func (r *run) lookups(ctx context.Context, d *Daemon) error {
	lookup := d.Lookup
	if lookup == nil {
		lookup = func(_ context.Context, code string) error { return defaultLookup(d.Store, code) }
	}
	codes := countryCodes()
	r.progress("/readout lookups: %d at %d a second", r.o.Lookups, r.o.Rate)
	if r.o.LookupProfile != nil {
		if err := pprof.StartCPUProfile(r.o.LookupProfile); err != nil {
			return err
		}
	}
	if r.o.LookupTrace != nil {
		if err := trace.Start(r.o.LookupTrace); err != nil {
			if r.o.LookupProfile != nil {
				pprof.StopCPUProfile()
			}
			return fmt.Errorf("lookup trace: %w", err)
		}
	}
	// Minor page faults (tens of microseconds each on a virtual machine):
	// of the database's pages mapped again, and of heap memory the runtime
	// had returned to the kernel.
	var faultsFirst atomic.Int64
	faults0, trims0 := minorFaults(), d.Store.MappingDrops()
	lat, late, err := openLoop(ctx, r.o.Lookups, r.o.Rate, func(i int) error {
		if i == r.o.Rate {
			faultsFirst.Store(minorFaults())
		}
		tctx, task := trace.NewTask(ctx, "lookup")
		defer task.End()
		trace.Log(tctx, "request", strconv.Itoa(i))
		return lookup(tctx, codes[i%len(codes)])
	})
	faults, trims := minorFaults()-faults0, d.Store.MappingDrops()-trims0
	if r.o.LookupTrace != nil {
		trace.Stop()
	}
	if r.o.LookupProfile != nil {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return err
	}
	r.rep.Lookup = lat
	// Where the slow lookups fall: the first second's come after the
	// earlier steps' polling, before the lookup path's pages and caches
	// are warm.
	// And which the load generator itself started late: its sleep
	// overran (on a virtual machine whose processors were idle, by up to
	// a few milliseconds), so the request waited before the daemon saw it.
	// Their latency counts, as a request from the network would have
	// waited as long; the line says how many, and the answering time
	// (from start to answer) apart.
	over, overFirst := countOver(lat, targetLookupP99), countOver(lat[:min(r.o.Rate, len(lat))], targetLookupP99)
	answer := make([]time.Duration, len(lat))
	overLate := 0
	for i := range lat {
		answer[i] = lat[i] - late[i]
		if lat[i] > targetLookupP99 && late[i] > targetLookupP99/2 {
			overLate++
		}
	}
	first := int64(0)
	if f := faultsFirst.Load(); f > 0 {
		first = f - faults0
	}
	r.progress("/readout lookups: %s (started late by p50 %s, p99 %s; answered in p50 %s, p99 %s); %d over %s, %d of them in the first second, %d started over %s late; %d minor page faults, %d of them in the first second; the store dropped its mapped pages %d times",
		summarize(lat), fmtDur(quantile(late, 0.5)), fmtDur(quantile(late, 0.99)), fmtDur(quantile(answer, 0.5)), fmtDur(quantile(answer, 0.99)),
		over, targetLookupP99, overFirst, overLate, targetLookupP99/2, faults, first, trims)
	return nil
}

// defaultLookup is the /readout path: the newest three readouts on the
// country, each rendered to Block Kit.
func defaultLookup(st *storage.Store, code string) error {
	rs, err := st.LatestForCountry(code, 3, nil)
	if err != nil {
		return err
	}
	if len(rs) == 0 {
		return fmt.Errorf("no readout on %s", code)
	}
	for _, x := range rs {
		_ = bot.RenderReadout(x)
	}
	return nil
}

func countryCodes() []string {
	var out []string
	for _, c := range synth.Counterparts {
		out = append(out, c.Code)
	}
	for _, c := range synth.Publishers {
		out = append(out, c.Code)
	}
	return out
}

func (r *run) dbSize(_ context.Context, d *Daemon) error {
	fi, err := os.Stat(d.Store.Path())
	if err != nil {
		return err
	}
	size := fi.Size()
	n, err := d.Store.CountReadouts()
	if err != nil {
		return err
	}
	r.rep.DBBytes, r.rep.Stored = size, n
	r.progress("database: %d readouts in %d MiB", n, size>>20)
	if st, err := d.Store.Size(); err == nil {
		r.progress("database pages: %.1f MiB in use, %.1f MiB of them free; by bucket: %v",
			float64(st.InUse)/(1<<20), float64(st.Free)/(1<<20), st.Buckets)
	}
	return nil
}

// coldStart opens the daemon on the database after evicting the file from
// the page cache, and answers one lookup.
func (r *run) coldStart(ctx context.Context) (err error) {
	r.rep.ColdEvicted = evict(r.cfg.DBPath())
	t0 := time.Now()
	d, err := r.o.Open(r.cfg, r.log)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, d.Close()) }()
	lookup := d.Lookup
	if lookup == nil {
		lookup = func(_ context.Context, code string) error { return defaultLookup(d.Store, code) }
	}
	if err := lookup(ctx, synth.Counterparts[0].Code); err != nil {
		return err
	}
	r.rep.ColdStart = time.Since(t0)
	r.progress("cold start: %s", r.rep.ColdStart.Round(time.Millisecond))
	return nil
}
