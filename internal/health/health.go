// Package health tracks what the daemon's /readyz reports (the database,
// the poll cycles, the Slack connection) and turns a listen address into
// the URL a local probe reaches.
package health

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/readout-bot/readout/pipeline"
)

// MinPollStale is the least time without a completed poll cycle after
// which /readyz reports the poller stuck; it is 3× the poll interval when
// that is longer.
const MinPollStale = 15 * time.Minute

// Pinger is the database as readiness sees it: Ping fails once it is
// closed or unreadable.
type Pinger interface {
	Ping() error
}

// Tracker tracks what /readyz reports: the database, the poll cycles and
// the Slack connection.
type Tracker struct {
	db      Pinger
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
	// storageErr, when set, says why polls cannot be stored (the
	// pipeline's StorageErr).
	storageErr func() error
}

// New returns a Tracker for a daemon polling on the cron spec schedule,
// started now.
func New(schedule string, db Pinger) *Tracker {
	return newAt(schedule, db, time.Now)
}

func newAt(schedule string, db Pinger, now func() time.Time) *Tracker {
	t := now()
	return &Tracker{db: db, stale: PollStaleAfter(schedule, t), started: t, now: now}
}

// PollStaleAfter is 3× the interval between the schedule's next two runs
// after now, and at least MinPollStale.
func PollStaleAfter(spec string, now time.Time) time.Duration {
	sched, err := pipeline.SpecParser.Parse(spec)
	if err != nil {
		return MinPollStale
	}
	first := sched.Next(now)
	return max(3*sched.Next(first).Sub(first), MinPollStale)
}

// CycleDone records a poll cycle that ended at t.
func (h *Tracker) CycleDone(t time.Time) {
	h.mu.Lock()
	h.lastCycle = t
	h.mu.Unlock()
}

// WatchStorage makes /readyz report storing polls: unready while err
// returns an error (a full disk, a failing database).
func (h *Tracker) WatchStorage(err func() error) {
	h.mu.Lock()
	h.storageErr = err
	h.mu.Unlock()
}

// WantSlack records that a Socket Mode connection is expected.
func (h *Tracker) WantSlack() {
	h.mu.Lock()
	h.slackWanted = true
	h.slackSince = h.now()
	h.mu.Unlock()
}

// SlackConnection records the Socket Mode connection going up or down.
func (h *Tracker) SlackConnection(up bool) {
	h.mu.Lock()
	if up != h.slackUp {
		h.slackSince = h.now()
	}
	h.slackUp = up
	h.mu.Unlock()
}

// Check is one line of /readyz.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// Readiness is /readyz's body.
type Readiness struct {
	Status string  `json:"status"` // ready or unready
	Checks []Check `json:"checks"`
}

// Ready runs every check.
func (h *Tracker) Ready() Readiness {
	now := h.now()
	var checks []Check

	db := Check{Name: "database", OK: true, Detail: "open"}
	if err := h.db.Ping(); err != nil {
		db = Check{Name: "database", Detail: err.Error()}
	}
	checks = append(checks, db)

	h.mu.Lock()
	last, wanted, up, since, storageErr := h.lastCycle, h.slackWanted, h.slackUp, h.slackSince, h.storageErr
	h.mu.Unlock()
	if storageErr != nil {
		store := Check{Name: "storage", OK: true, Detail: "polls stored"}
		if err := storageErr(); err != nil {
			store = Check{Name: "storage", Detail: err.Error()}
		}
		checks = append(checks, store)
	}
	poll := Check{Name: "poll", OK: true}
	switch {
	case last.IsZero() && now.Sub(h.started) < h.stale:
		poll.Detail = "first cycle running"
	case last.IsZero():
		poll = Check{Name: "poll", Detail: fmt.Sprintf("no poll cycle completed in %s since start", now.Sub(h.started).Round(time.Second))}
	case now.Sub(last) > h.stale:
		poll = Check{Name: "poll", Detail: fmt.Sprintf("last cycle ended %s ago (limit %s)", now.Sub(last).Round(time.Second), h.stale)}
	default:
		poll.Detail = fmt.Sprintf("last cycle ended %s ago", now.Sub(last).Round(time.Second))
	}
	checks = append(checks, poll)

	slackCheck := Check{Name: "slack", OK: true, Detail: "no Socket Mode connection configured"}
	switch {
	case wanted && up:
		slackCheck.Detail = "socket mode connected"
	case wanted:
		slackCheck = Check{Name: "slack", Detail: fmt.Sprintf("socket mode not connected for %s", now.Sub(since).Round(time.Second))}
	}
	checks = append(checks, slackCheck)

	r := Readiness{Status: "ready", Checks: checks}
	for _, c := range checks {
		if !c.OK {
			r.Status = "unready"
		}
	}
	return r
}

// ServeHTTP answers /readyz: 200 when every check passes, else 503, with
// the checks as JSON.
func (h *Tracker) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	r := h.Ready()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if r.Status != "ready" {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(r)
}

// Live answers /healthz: the process is alive.
func Live(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// ListenerURL turns a listen address into a URL to reach it locally: an
// unspecified host (":8080", "0.0.0.0:8080", "[::]:8080") becomes the
// loopback address.
func ListenerURL(addr string) (string, error) {
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
	return "http://" + net.JoinHostPort(host, port), nil
}
