package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/storage"
)

// minPollStale is the least time without a completed poll cycle after
// which /readyz reports the poller stuck; it is 3× the poll interval when
// that is longer.
const minPollStale = 15 * time.Minute

// health tracks what /readyz reports: the database, the poll cycles and
// the Slack connection.
type health struct {
	store   *storage.Store
	stale   time.Duration // a poll cycle older than this is stale
	started time.Time
	now     func() time.Time

	mu        sync.Mutex
	lastCycle time.Time
	// slackWanted is set when commands run over Socket Mode: the
	// connection must then be up.
	slackWanted bool
	slackUp     bool
	slackSince  time.Time
}

func newHealth(cfg config.Config, store *storage.Store) *health {
	return &health{store: store, stale: pollStaleAfter(cfg.PollSchedule, time.Now()), started: time.Now(), now: time.Now}
}

// pollStaleAfter is 3× the interval between the schedule's next two runs
// after now, and at least minPollStale.
func pollStaleAfter(spec string, now time.Time) time.Duration {
	sched, err := pipeline.SpecParser.Parse(spec)
	if err != nil {
		return minPollStale
	}
	first := sched.Next(now)
	return max(3*sched.Next(first).Sub(first), minPollStale)
}

func (h *health) cycleDone(t time.Time) {
	h.mu.Lock()
	h.lastCycle = t
	h.mu.Unlock()
}

// wantSlack records that a Socket Mode connection is expected.
func (h *health) wantSlack() {
	h.mu.Lock()
	h.slackWanted = true
	h.slackSince = h.now()
	h.mu.Unlock()
}

// slackConnection records the Socket Mode connection going up or down.
func (h *health) slackConnection(up bool) {
	h.mu.Lock()
	if up != h.slackUp {
		h.slackSince = h.now()
	}
	h.slackUp = up
	h.mu.Unlock()
}

// check is one line of /readyz.
type check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// readiness is /readyz's body.
type readiness struct {
	Status string  `json:"status"` // ready or unready
	Checks []check `json:"checks"`
}

// ready runs every check.
func (h *health) ready() readiness {
	now := h.now()
	var checks []check

	db := check{Name: "database", OK: true, Detail: "open"}
	if err := h.store.Ping(); err != nil {
		db = check{Name: "database", Detail: err.Error()}
	}
	checks = append(checks, db)

	h.mu.Lock()
	last, wanted, up, since := h.lastCycle, h.slackWanted, h.slackUp, h.slackSince
	h.mu.Unlock()
	poll := check{Name: "poll", OK: true}
	switch {
	case last.IsZero() && now.Sub(h.started) < h.stale:
		poll.Detail = "first cycle running"
	case last.IsZero():
		poll = check{Name: "poll", Detail: fmt.Sprintf("no poll cycle completed in %s since start", now.Sub(h.started).Round(time.Second))}
	case now.Sub(last) > h.stale:
		poll = check{Name: "poll", Detail: fmt.Sprintf("last cycle ended %s ago (limit %s)", now.Sub(last).Round(time.Second), h.stale)}
	default:
		poll.Detail = fmt.Sprintf("last cycle ended %s ago", now.Sub(last).Round(time.Second))
	}
	checks = append(checks, poll)

	slackCheck := check{Name: "slack", OK: true, Detail: "no Socket Mode connection configured"}
	switch {
	case wanted && up:
		slackCheck.Detail = "socket mode connected"
	case wanted:
		slackCheck = check{Name: "slack", Detail: fmt.Sprintf("socket mode not connected for %s", now.Sub(since).Round(time.Second))}
	}
	checks = append(checks, slackCheck)

	r := readiness{Status: "ready", Checks: checks}
	for _, c := range checks {
		if !c.OK {
			r.Status = "unready"
		}
	}
	return r
}

// serveReady answers /readyz: 200 when every check passes, else 503, with
// the checks as JSON.
func (h *health) serveReady(w http.ResponseWriter, _ *http.Request) {
	r := h.ready()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if r.Status != "ready" {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(r)
}

// runHealthcheck probes the daemon's /readyz (or /healthz with --live) and
// exits 0 when it answers 200, 1 otherwise: a container HEALTHCHECK that
// needs no curl in the image.
func runHealthcheck(ctx context.Context, e env, args []string) error {
	fs := newFlags("healthcheck", e)
	cfgPath := fs.String("config", "", "YAML configuration `file` (optional); its http_addr is probed")
	rawURL := fs.String("url", "", "base `URL` of the daemon's HTTP listener (default: from http_addr)")
	live := fs.Bool("live", false, "probe /healthz (the process answers) instead of /readyz")
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this `duration`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	base := *rawURL
	if base == "" {
		cfg, err := loadConfig(*cfgPath, e)
		if err != nil {
			return err
		}
		if base, err = listenerURL(cfg.HTTPAddr); err != nil {
			return usageError{err}
		}
	}
	path := "/readyz"
	if *live {
		path = "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+path, nil)
	if err != nil {
		return usageError{fmt.Errorf("--url: %w", err)}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("probe %s: %w", req.URL, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	fmt.Fprintf(e.stdout, "%s %s\n%s", req.URL, resp.Status, body)
	if len(body) > 0 && body[len(body)-1] != '\n' {
		fmt.Fprintln(e.stdout)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", req.URL, resp.Status)
	}
	return nil
}

// listenerURL turns a listen address into a URL to reach it locally: an
// unspecified host (":8080", "0.0.0.0:8080", "[::]:8080") becomes the
// loopback address.
func listenerURL(addr string) (string, error) {
	if addr == "" {
		return "", errors.New("http_addr (READOUT_HTTP_ADDR) is empty: the daemon serves no health checks; set it or pass --url")
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("http_addr %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(cmp.Or(host, "127.0.0.1"), port), nil
}
