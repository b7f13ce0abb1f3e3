// Package testmain ends the project's test binaries. A binary built with
// -race pauses a second on a successful exit (the race runtime's
// atexit_sleep_ms), so that goroutines still running may report a race
// before the process ends. In `go test -race ./...` that pause held a
// package slot for a second in every package, though the tests leave no
// goroutine behind: Exit skips it when only the main goroutine is left,
// and keeps it otherwise.
//
// Race tells a test whether it runs under -race: a comparison of pure
// functions over thousands of inputs takes a sample under it (the race
// detector finds nothing there and costs ten times the CPU), and .ci/run
// runs every package whose tests use Race again without -race, over every
// input.
package testmain

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// settle is how long Exit waits for the tests' goroutines to end (servers
// and clients closed in cleanups unwind in a few milliseconds).
const settle = 100 * time.Millisecond

// Exit ends the test binary with code, the result of m.Run; each package's
// TestMain ends with Exit(m.Run()). A passing race-enabled binary whose
// goroutines have all ended exits at once: the testing package has already
// failed the run if a race was reported during or after the tests, and no
// goroutine is left to race. Otherwise (a failure, a goroutine still
// running, a coverage profile to write, no -race) it exits through os.Exit
// as usual.
func Exit(code int) {
	if code == 0 && Race && testing.CoverMode() == "" {
		for deadline := time.Now().Add(settle); ; time.Sleep(time.Millisecond) {
			if runtime.NumGoroutine() == 1 {
				syscall.Exit(0)
			}
			if time.Now().After(deadline) {
				break
			}
		}
	}
	os.Exit(code)
}

// Sample returns in without -race, and under -race n of its elements spread
// evenly over it (the first, then every len(in)/n-th), or all of them when
// there are no more than n. The sample is the same on every run.
func Sample[T any](in []T, n int) []T {
	if !Race || len(in) <= n || n <= 0 {
		return in
	}
	out := make([]T, 0, n)
	for i := range n {
		out = append(out, in[i*len(in)/n])
	}
	return out
}
