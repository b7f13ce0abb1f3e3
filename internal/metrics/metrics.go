// Package metrics holds the daemon's Prometheus metrics on a registry of
// its own (not the global one), and the small adapters that feed them: an
// http.RoundTripper for Slack API calls, and callbacks for polls,
// deliveries, commands and reminders.
//
// Every series is named readout_*; the Go runtime and process collectors
// are registered too.
package metrics

import (
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is the daemon's set of metrics. The zero value is not usable;
// call New. A nil *Metrics is valid and records nothing, so components can
// take one optionally.
type Metrics struct {
	// Registry holds every series below.
	Registry *prometheus.Registry

	polls         *prometheus.CounterVec   // feed, result
	fetchDuration *prometheus.HistogramVec // feed, result
	itemsFetched  *prometheus.CounterVec   // feed
	readouts      *prometheus.CounterVec   // feed
	pollCycles    prometheus.Counter
	lastCycle     prometheus.Gauge
	deliveries    *prometheus.CounterVec   // kind, result
	slackDuration *prometheus.HistogramVec // method
	slackLimited  *prometheus.CounterVec   // method
	commands      *prometheus.HistogramVec // transport
	reminders     prometheus.Counter
}

// New returns the metrics, registered with a new registry, with the build
// information series set from version.
func New(version string) *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readout_polls_total",
			Help: "Feed polls by feed and result (new, not_modified, error, skipped).",
		}, []string{"feed", "result"}),
		fetchDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "readout_fetch_duration_seconds",
			Help:    "Time to fetch and parse one feed, by feed and result (ok, not_modified, error).",
			Buckets: []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30},
		}, []string{"feed", "result"}),
		itemsFetched: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readout_items_fetched_total",
			Help: "Feed items fetched, by feed (every item of every successful fetch).",
		}, []string{"feed"}),
		readouts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readout_readouts_ingested_total",
			Help: "New readouts parsed and stored, by feed.",
		}, []string{"feed"}),
		pollCycles: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "readout_poll_cycles_total",
			Help: "Poll cycles completed.",
		}),
		lastCycle: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "readout_last_poll_cycle_timestamp_seconds",
			Help: "Unix time the last poll cycle ended.",
		}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readout_deliveries_total",
			Help: "Delivery attempts by kind (readout, reminder, alert…) and result (posted, retry, dead, stopped).",
		}, []string{"kind", "result"}),
		slackDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "readout_slack_request_duration_seconds",
			Help:    "Slack Web API call latency by method.",
			Buckets: []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"method"}),
		slackLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "readout_slack_rate_limited_total",
			Help: "Slack Web API calls answered 429 Too Many Requests, by method.",
		}, []string{"method"}),
		commands: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "readout_command_duration_seconds",
			Help:    "Time to answer a /readout command, by transport (socket, http).",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2, 3, 5, 10},
		}, []string{"transport"}),
		reminders: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "readout_reminders_enqueued_total",
			Help: "Anniversary reminders enqueued for posting.",
		}),
	}
	build := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "readout_build_info",
		Help: "Build information; the value is always 1.",
	}, []string{"version", "goversion"})
	build.WithLabelValues(version, runtime.Version()).Set(1)
	// Series that exist before their first event, so that dashboards and
	// rate() see a zero rather than nothing.
	m.slackLimited.WithLabelValues("chat.postMessage")
	m.commands.WithLabelValues("socket")
	m.commands.WithLabelValues("http")
	m.Registry.MustRegister(
		m.polls, m.fetchDuration, m.itemsFetched, m.readouts, m.pollCycles, m.lastCycle,
		m.deliveries, m.slackDuration, m.slackLimited, m.commands, m.reminders, build,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Handler serves the registry in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

// Poll records the result of polling one feed: result is one of new,
// not_modified, error or skipped; readouts is how many new readouts it
// stored.
func (m *Metrics) Poll(feed, result string, readouts int) {
	if m == nil {
		return
	}
	m.polls.WithLabelValues(feed, result).Inc()
	if readouts > 0 {
		m.readouts.WithLabelValues(feed).Add(float64(readouts))
	}
}

// Fetch records one feed fetch: its duration, its result (ok,
// not_modified or error) and how many items it brought.
func (m *Metrics) Fetch(feed, result string, took time.Duration, items int) {
	if m == nil {
		return
	}
	m.fetchDuration.WithLabelValues(feed, result).Observe(took.Seconds())
	if items > 0 {
		m.itemsFetched.WithLabelValues(feed).Add(float64(items))
	}
}

// Cycle records the end of a poll cycle at t.
func (m *Metrics) Cycle(t time.Time) {
	if m == nil {
		return
	}
	m.pollCycles.Inc()
	m.lastCycle.Set(float64(t.UnixNano()) / 1e9)
}

// Delivery records one delivery attempt's outcome; it fits
// bot.Deliverer.OnResult.
func (m *Metrics) Delivery(kind, result string) {
	if m == nil {
		return
	}
	m.deliveries.WithLabelValues(kind, result).Inc()
}

// Command records the time taken to answer one command over transport
// (socket or http).
func (m *Metrics) Command(transport string, took time.Duration) {
	if m == nil {
		return
	}
	m.commands.WithLabelValues(transport).Observe(took.Seconds())
}

// RemindersEnqueued adds n reminders enqueued by a reminder run.
func (m *Metrics) RemindersEnqueued(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.reminders.Add(float64(n))
}

// OutboxFunc reports the outbox: how many rows wait and when the oldest was
// created (zero when empty).
type OutboxFunc func() (depth int, oldest time.Time, err error)

// WatchOutbox registers two gauges read from f at each scrape: the
// outbox depth and the age in seconds of its oldest row (0 when empty). A
// failing f reports -1, so that alerts on the value notice. f is called
// once per scrape for both.
func (m *Metrics) WatchOutbox(f OutboxFunc, now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	m.Registry.MustRegister(&outboxCollector{
		f:   f,
		now: now,
		depth: prometheus.NewDesc("readout_outbox_depth",
			"Deliveries waiting in the outbox (pending and retrying); -1 when the database cannot be read.", nil, nil),
		age: prometheus.NewDesc("readout_outbox_oldest_age_seconds",
			"Age of the oldest delivery in the outbox; 0 when it is empty, -1 when the database cannot be read.", nil, nil),
	})
}

// outboxCollector reports the outbox gauges from one call of f.
type outboxCollector struct {
	f          OutboxFunc
	now        func() time.Time
	depth, age *prometheus.Desc
}

func (c *outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.depth
	ch <- c.age
}

func (c *outboxCollector) Collect(ch chan<- prometheus.Metric) {
	n, oldest, err := c.f()
	depth, age := float64(n), 0.0
	switch {
	case err != nil:
		depth, age = -1, -1
	case !oldest.IsZero():
		age = c.now().Sub(oldest).Seconds()
	}
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, depth)
	ch <- prometheus.MustNewConstMetric(c.age, prometheus.GaugeValue, age)
}

// SlackTransport wraps next (http.DefaultTransport when nil) so that every
// Slack Web API call is timed by method (the last element of the URL path,
// e.g. chat.postMessage) and every 429 counted.
func (m *Metrics) SlackTransport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	if m == nil {
		return next
	}
	return &slackTransport{m: m, next: next}
}

type slackTransport struct {
	m    *Metrics
	next http.RoundTripper
}

func (t *slackTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	method := apiMethod(r.URL.Path)
	start := time.Now()
	resp, err := t.next.RoundTrip(r)
	t.m.slackDuration.WithLabelValues(method).Observe(time.Since(start).Seconds())
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		t.m.slackLimited.WithLabelValues(method).Inc()
	}
	return resp, err
}

// apiMethod names a Slack API call by the last element of its path, and
// keeps the label set small: anything that does not look like a method
// name is "other".
func apiMethod(path string) string {
	name := path[strings.LastIndexByte(path, '/')+1:]
	if name == "" || len(name) > 64 || !strings.Contains(name, ".") {
		return "other"
	}
	for _, r := range name {
		if !(r == '.' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "other"
		}
	}
	return name
}
