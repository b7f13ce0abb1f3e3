//go:build testclock

package main

import (
	"log/slog"
	"os"
	"strings"
	"time"
)

// testClock returns the clock testClockEnv names and a short interval to
// look at it, or nil and 0 when it is not set.
func testClock(e env, log *slog.Logger) (func() time.Time, time.Duration) {
	path := e.getenv(testClockEnv)
	if path == "" {
		return nil, 0
	}
	log.Warn("digests and pauses follow the time in a file, not the system clock: this is for tests", "file", path)
	return func() time.Time {
		b, err := os.ReadFile(path)
		if err != nil {
			log.Error("test clock file unreadable; using the system clock", "file", path, "error", err)
			return time.Now()
		}
		t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(string(b)))
		if err != nil {
			log.Error("test clock file holds no RFC 3339 time; using the system clock", "file", path, "error", err)
			return time.Now()
		}
		return t
	}, 100 * time.Millisecond
}
