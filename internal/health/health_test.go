package health

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/readout-bot/readout/storage"
	"github.com/readout-bot/readout/storage/storagetest"
)

// /readyz turns unready, naming the database, once the database is closed.
func TestReadyzUnreadyWhenDatabaseClosed(t *testing.T) {
	st := storagetest.Open(t, storage.Options{})
	h := New("@every 5m", st)
	ready := func() (int, Readiness) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		var r Readiness
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("/readyz body %q: %v", rec.Body, err)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("Cache-Control %q, want no-store", cc)
		}
		return rec.Code, r
	}
	if code, r := ready(); code != http.StatusOK || r.Status != "ready" {
		t.Fatalf("open database: got %d %+v, want 200 ready", code, r)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	code, r := ready()
	if code != http.StatusServiceUnavailable || r.Status != "unready" {
		t.Fatalf("closed database: got %d %+v, want 503 unready", code, r)
	}
	for _, c := range r.Checks {
		if c.Name == "database" && (c.OK || !strings.Contains(c.Detail, "not open")) {
			t.Errorf("database check: got %+v, want failed, saying the database is not open", c)
		}
	}
	rec := httptest.NewRecorder()
	Live(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || rec.Body.String() != "ok\n" {
		t.Errorf("/healthz: got %d %q, want 200 ok (the process is alive)", rec.Code, rec.Body)
	}
}

type pingOK struct{}

func (pingOK) Ping() error { return nil }

func TestPollAndSlackChecks(t *testing.T) {
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	now := start
	h := newAt("@every 5m", pingOK{}, func() time.Time { return now })
	status := func(name string) bool {
		for _, c := range h.Ready().Checks {
			if c.Name == name {
				return c.OK
			}
		}
		t.Fatalf("no %s check", name)
		return false
	}
	tests := []struct {
		name  string
		setup func()
		check string
		want  bool
	}{
		{"first cycle still running", func() { now = start.Add(time.Minute) }, "poll", true},
		{"no cycle after 15 minutes", func() { now = start.Add(16 * time.Minute) }, "poll", false},
		{"recent cycle", func() { h.CycleDone(now.Add(-time.Minute)) }, "poll", true},
		{"cycle 16 minutes old", func() { now = now.Add(16 * time.Minute) }, "poll", false},
		{"slack not configured", func() {}, "slack", true},
		{"socket mode wanted, not connected", h.WantSlack, "slack", false},
		{"socket mode connected", func() { h.SlackConnection(true) }, "slack", true},
		{"socket mode lost", func() { h.SlackConnection(false) }, "slack", false},
		{"polls stored", func() { h.WatchStorage(func() error { return nil }) }, "storage", true},
		{"disk full", func() { h.WatchStorage(func() error { return syscall.ENOSPC }) }, "storage", false},
	}
	for _, tt := range tests {
		tt.setup()
		if got := status(tt.check); got != tt.want {
			t.Errorf("%s: %s check ok = %v, want %v", tt.name, tt.check, got, tt.want)
		}
	}
}

func TestPollStaleAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		spec string
		want time.Duration
	}{
		{"@every 5m", 15 * time.Minute},
		{"@every 1m", 15 * time.Minute},
		{"@every 10m", 30 * time.Minute},
		{"0 * * * *", 3 * time.Hour},
		{"not a spec", 15 * time.Minute},
	}
	for _, tt := range tests {
		if got := PollStaleAfter(tt.spec, now); got != tt.want {
			t.Errorf("PollStaleAfter(%q): got %s, want %s", tt.spec, got, tt.want)
		}
	}
}

func TestListenerURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1:8080", "http://127.0.0.1:8080"},
		{"0.0.0.0:8080", "http://127.0.0.1:8080"},
		{":9090", "http://127.0.0.1:9090"},
		{"[::]:8080", "http://127.0.0.1:8080"},
		{"[::1]:8080", "http://[::1]:8080"},
	}
	for _, tt := range tests {
		got, err := ListenerURL(tt.addr)
		if err != nil || got != tt.want {
			t.Errorf("ListenerURL(%q): got %q, %v, want %q", tt.addr, got, err, tt.want)
		}
	}
	if _, err := ListenerURL(""); err == nil {
		t.Errorf("ListenerURL(\"\"): got no error")
	}
}
