//go:build !testclock

package main

import (
	"log/slog"
	"time"
)

// testClock gives no clock: digests and pauses follow the system clock.
// A binary built with the testclock tag reads testClockEnv instead.
func testClock(env, *slog.Logger) (func() time.Time, time.Duration) { return nil, 0 }
