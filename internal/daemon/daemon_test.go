package daemon

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/readout"
)

// writeConfig writes a configuration with a data directory of its own and
// the extra YAML, and returns its path and the data directory.
func writeConfig(t *testing.T, extra string) (path, dataDir string) {
	t.Helper()
	dataDir = t.TempDir()
	path = filepath.Join(t.TempDir(), "readout.yaml")
	cfg := fmt.Sprintf("data_dir: %s\nbuiltin_feeds: false\n%s", dataDir, extra)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, dataDir
}

// TestScheduleReminders checks the cron entry's time zone and the catch-up
// of a run missed while the daemon was down, through to the console.
func TestScheduleReminders(t *testing.T) {
	cfgPath, _ := writeConfig(t, `reminders:
  schedule: "0 9 * * *"
  timezone: Asia/Tokyo
subscriptions:
  - channel: C0KH
    countries: [KH]
    timezone: Asia/Phnom_Penh
`)
	cfg, err := config.Load(cfgPath, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	var console bytes.Buffer
	a, err := Open(cfg, Options{Console: &console, Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()

	c := pipeline.NewCron(nil, time.UTC) // the serve cron runs in UTC
	catchUp, err := a.scheduleReminders(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	entries := c.Entries()
	if len(entries) != 1 {
		t.Fatalf("cron entries: got %d, want 1", len(entries))
	}
	from := time.Date(2027, 12, 10, 0, 30, 0, 0, time.UTC) // 09:30 in Tokyo
	if got, want := entries[0].Schedule.Next(from), time.Date(2027, 12, 11, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("next run after %v: got %v, want %v (09:00 in Tokyo)", from, got, want)
	}

	// Down from 9 to 12 December: the 30-day reminder of 10 December is
	// made up at start.
	now := time.Date(2027, 12, 12, 1, 0, 0, 0, time.UTC)
	a.Reminders.Now = func() time.Time { return now }
	if reply, err := a.Reminders.Add(t.Context(), "U0ADMIN", strings.Fields("japan cambodia 1953-01-09 diplomatic relations")); err != nil || !strings.HasPrefix(reply, "Saved") {
		t.Fatalf("add: %q, %v", reply, err)
	}
	if err := a.Store.SetLastReminderRun(time.Date(2027, 12, 9, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	catchUp(t.Context())
	if _, err := a.Deliverer.Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	if want := "🇯🇵🇰🇭 In 28 days: 75 years of diplomatic relations between Japan and Cambodia (established 9 January 1953, source: added in Slack)"; !strings.Contains(console.String(), want) {
		t.Errorf("console lacks %q:\n%s", want, console.String())
	}
	if !strings.Contains(console.String(), "C0KH") {
		t.Errorf("reminder not posted to C0KH:\n%s", console.String())
	}
	// A second catch-up (a restart) finds nothing missed.
	catchUp(t.Context())
	if p, _ := a.Store.Pending(); len(p) != 0 {
		t.Errorf("second catch-up enqueued %d deliveries, want 0", len(p))
	}

	a.Cfg.Reminders.Schedule = "at nine"
	if _, err := a.scheduleReminders(t.Context(), pipeline.NewCron(nil, time.UTC)); err == nil || !strings.Contains(err.Error(), "reminders.schedule") {
		t.Errorf("bad schedule: got %v, want an error naming reminders.schedule", err)
	}
}

// The HTTP listener's routes: /healthz answers while the process lives,
// /readyz turns 503 once the database is closed, /metrics is served.
func TestRoutes(t *testing.T) {
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	cfg.BuiltinFeeds = config.Builtin{}
	a, err := Open(cfg, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) int {
		rec := httptest.NewRecorder()
		a.Mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/metrics": 200} {
		if got := get(path); got != want {
			t.Errorf("GET %s: got %d, want %d", path, got, want)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if got := get("/readyz"); got != http.StatusServiceUnavailable {
		t.Errorf("GET /readyz with the database closed: got %d, want 503", got)
	}
	if got := get("/healthz"); got != http.StatusOK {
		t.Errorf("GET /healthz with the database closed: got %d, want 200", got)
	}
}

// An imported feed whose ID or URL the configuration has is not polled,
// nor one the configuration would refuse; the others are.
func TestMergeImported(t *testing.T) {
	configured := []readout.Feed{{ID: "conf", URL: "https://conf.example/rss", Country: "JP"}}
	imported := []readout.Feed{
		{ID: "conf", URL: "https://other.example/rss", Country: "FR"},     // the configuration's ID
		{ID: "same-url", URL: "https://CONF.example/rss", Country: "FR"},  // its URL
		{ID: "bad", URL: "https://bad.example/rss", Schedule: "whenever"}, // invalid
		{ID: "kept", URL: "https://kept.example/rss", Country: "DE"},
	}
	got := mergeImported(configured, imported, slog.New(slog.DiscardHandler))
	var ids []string
	for _, f := range got {
		ids = append(ids, f.ID)
	}
	if strings.Join(ids, " ") != "conf kept" || got[0].URL != "https://conf.example/rss" {
		t.Errorf("merged: %+v, want the configured feed and kept", got)
	}
}

// Without a Slack token the messages go to the console at once: Slack's
// pace of one a second per channel would only make a reader wait for a
// readout's thread (the demo took 7s for it).
func TestConsoleNotPaced(t *testing.T) {
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	cfg.BuiltinFeeds = config.Builtin{}
	var console bytes.Buffer
	a, err := Open(cfg, Options{Console: &console, Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var waited time.Duration
	a.Deliverer.Sleep = func(_ context.Context, d time.Duration) error {
		waited += d
		return nil
	}
	for i := range 5 {
		if _, err := a.Store.EnqueueText("C0ONE", readout.KindNotice, fmt.Sprintf("message %d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := a.Deliverer.Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(console.String(), "message "); n != 5 {
		t.Fatalf("console holds %d of 5 messages:\n%s", n, console.String())
	}
	if waited > 10*time.Millisecond {
		t.Errorf("five messages to one channel waited %s on the pace, want none to speak of", waited)
	}
}

// memory_limit sets the process's soft limit; GOMEMLIMIT, when set, wins.
func TestLimitMemory(t *testing.T) {
	before, rate := debug.SetMemoryLimit(-1), runtime.MemProfileRate
	t.Cleanup(func() { debug.SetMemoryLimit(before); runtime.MemProfileRate = rate })
	log := slog.New(slog.DiscardHandler)
	cfg := config.Default()
	cfg.MemoryLimit = 3 << 30 // more than any test needs
	LimitMemory(cfg, func(k string) string {
		if k == "GOMEMLIMIT" {
			return "5GiB"
		}
		return ""
	}, log)
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set the limit became %d, want it left at %d", got, before)
	}
	LimitMemory(cfg, func(string) string { return "" }, log)
	if got := debug.SetMemoryLimit(-1); got != 3<<30 {
		t.Errorf("limit %d, want %d", got, 3<<30)
	}
	if runtime.MemProfileRate != 0 {
		t.Errorf("heap profile rate %d, want 0: the daemon serves no profiles", runtime.MemProfileRate)
	}
}
