package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/readout-bot/readout/config"
)

// retention: takes years, months, weeks or days, or 0; anything else is
// refused with its key and line.
func TestRetention(t *testing.T) {
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		value   string
		cutoff  time.Time // zero: keeps everything
		wantErr string
	}{
		{"0", time.Time{}, ""},
		{"5y", time.Date(2021, 12, 6, 9, 0, 0, 0, time.UTC), ""},
		{"18mo", time.Date(2025, 6, 6, 9, 0, 0, 0, time.UTC), ""},
		{"8w", now.AddDate(0, 0, -56), ""},
		{"90d", now.AddDate(0, 0, -90), ""},
		{"0y", time.Time{}, ""},
		{"5 years", time.Time{}, `such as 5y, 18mo, 8w or 90d, or 0 to keep every readout; got "5 years"`},
		{"-1y", time.Time{}, `got "-1y"`},
		{"5", time.Time{}, `got "5"`},
		{"1.5y", time.Time{}, `got "1.5y"`},
		{"[5y]", time.Time{}, "or 0 to keep every readout"},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			c, ok := loadScalar(t, "retention", tt.value, tt.wantErr)
			if !ok {
				return
			}
			if got := c.Retention.Cutoff(now); !got.Equal(tt.cutoff) {
				t.Errorf("cutoff %v, want %v", got, tt.cutoff)
			}
			if c.Retention.KeepsAll() != tt.cutoff.IsZero() {
				t.Errorf("KeepsAll %v", c.Retention.KeepsAll())
			}
		})
	}
	if !config.Default().Retention.KeepsAll() {
		t.Error("the default keeps every readout")
	}
}

// loadScalar loads a configuration that sets key to value. When wantErr
// is given, it checks that the load was refused with one problem, on key
// at its line, whose message holds wantErr, and returns false; otherwise
// it returns the loaded configuration and true.
func loadScalar(t *testing.T, key, value, wantErr string) (config.Config, bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "readout.yaml")
	src := "poll_schedule: \"@every 5m\"\n" + key + ": " + value + "\n"
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(path, func(string) string { return "" })
	if wantErr != "" {
		ps := problems(t, err)
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Key, key) || ps[0].Line != 2 || !strings.Contains(ps[0].Message, wantErr) {
			t.Fatalf("got %v, want %s (line 2): …%s…", ps, key, wantErr)
		}
		return config.Config{}, false
	}
	if err != nil {
		t.Fatal(err)
	}
	return c, true
}
