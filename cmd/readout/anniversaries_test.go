package main

import (
	"bytes"
	"fmt"
	"html"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/pipeline"
	"github.com/readout-bot/readout/storage"
)

const seedPath = "../../../shared/seed/japan-cambodia-summit-2022-03-20.txt"

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

// TestAnniversariesAfterSeed polls a feed carrying the seed readout through
// the real pipeline and parser, then lists Cambodia's anniversaries.
func TestAnniversariesAfterSeed(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("shared seed not present")
	}
	var body strings.Builder
	for _, line := range strings.Split(string(seed), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			body.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	feed := newFeedServer(t)
	feed.add("seed", "Japan-Cambodia Summit Meeting", body.String(), time.Date(2022, 3, 20, 17, 35, 0, 0, time.UTC))
	cfg, _ := writeConfig(t, fmt.Sprintf(`allow_private_addresses: true
feeds:
  - id: test-mofa
    url: %s/feed.xml
    publisher: Ministry of Foreign Affairs of Japan
    country: JP
`, feed.URL))
	if code, out, errOut := runCLI(t, "", "poll", "--once", "--config", cfg); code != exitOK || !strings.Contains(out, "1 new item") {
		t.Fatalf("poll: exit %d\n%s\n%s", code, out, errOut)
	}

	code, out, errOut := runCLI(t, "", "anniversaries", "--config", cfg, "--from", "2022-12-01", "--days", "60", "cambodia")
	if code != exitOK {
		t.Fatalf("anniversaries: exit %d, stderr:\n%s", code, errOut)
	}
	// The table has JP-KH from 1953: its date and source are listed.
	for _, want := range []string{
		"Anniversaries of Cambodia, 1 Dec 2022 – 29 Jan 2023",
		"★ 2023        70 years of diplomatic relations between Japan and Cambodia (established 1953)",
		"source: https://phnompenhpost.com/supplements/70th-anniversary-japan-cambodia-ties-close-friendship-continues-flourish",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "United States") {
		t.Errorf("output lists an anniversary outside the 60 days:\n%s", out)
	}

	// The seed's PKO anniversary is not in the table: it was learned, with
	// the readout as source; flags may follow the country.
	code, out, errOut = runCLI(t, "", "anniversaries", "cambodia", "--config", cfg, "--from", "2027-01-01")
	if code != exitOK {
		t.Fatalf("anniversaries: exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"★ 2027        35 years of Peace Keeping Operation (PKO) deployment to Cambodia between Cambodia and UN (established 1992)",
		"source: " + feed.URL + "/seed.html (Japan-Cambodia Summit Meeting)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAnniversariesErrors(t *testing.T) {
	cfg, dataDir := writeConfig(t, "")
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"bad --from", []string{"--from", "1 Dec 2022"}, exitConfig, `--from "1 Dec 2022": want YYYY-MM-DD`},
		{"bad --days", []string{"--days", "0"}, exitConfig, "--days 0"},
		{"unknown country", []string{"cambodai"}, exitFail, `I don't know "cambodai". Did you mean Cambodia?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, "", append([]string{"anniversaries", "--config", cfg}, tt.args...)...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("got exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.want)
			}
		})
	}

	t.Run("daemon holds the database", func(t *testing.T) {
		s, err := storage.Open(filepath.Join(dataDir, "readout.db"), storage.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		code, _, errOut := runCLI(t, "", "anniversaries", "--config", cfg, "japan")
		if code != exitFail || !strings.Contains(errOut, "`readout serve` is running") {
			t.Errorf("got exit %d, stderr %q; want exit %d saying the daemon is running", code, errOut, exitFail)
		}
	})
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
	var e env
	e.getenv = func(string) string { return "" }
	cfg, err := loadConfig(cfgPath, e)
	if err != nil {
		t.Fatal(err)
	}
	var console bytes.Buffer
	a, err := openApp(cfg, slog.New(slog.DiscardHandler), &console)
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
	a.reminders.Now = func() time.Time { return now }
	if reply, err := a.reminders.Add(t.Context(), "U0ADMIN", strings.Fields("japan cambodia 1953-01-09 diplomatic relations")); err != nil || !strings.HasPrefix(reply, "Saved") {
		t.Fatalf("add: %q, %v", reply, err)
	}
	if err := a.store.SetLastReminderRun(time.Date(2027, 12, 9, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	catchUp(t.Context())
	if _, err := a.deliverer.Drain(t.Context()); err != nil {
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
	if p, _ := a.store.Pending(); len(p) != 0 {
		t.Errorf("second catch-up enqueued %d deliveries, want 0", len(p))
	}

	a.cfg.Reminders.Schedule = "at nine"
	if _, err := a.scheduleReminders(t.Context(), pipeline.NewCron(nil, time.UTC)); err == nil || !strings.Contains(err.Error(), "reminders.schedule") {
		t.Errorf("bad schedule: got %v, want an error naming reminders.schedule", err)
	}
}

func TestAnniversariesCheck(t *testing.T) {
	code, out, errOut := runCLI(t, "", "anniversaries", "--check")
	if code != exitOK {
		t.Fatalf("anniversaries --check: exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"all valid, every row sourced", "\nby precision: day ", "\nby source: history.state.gov ", "\nby country: US "} {
		if !strings.Contains(out, want) {
			t.Errorf("--check output lacks %q:\n%s", want, out)
		}
	}
	if code, _, errOut := runCLI(t, "", "anniversaries", "--check", "cambodia"); code == exitOK || !strings.Contains(errOut, "--check takes no country") {
		t.Errorf("--check cambodia: exit %d, stderr %q", code, errOut)
	}
}
