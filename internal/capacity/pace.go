package capacity

import (
	"fmt"
	"time"

	"golang.org/x/sys/unix"
)

// paceSpin is how long before a request's time the pacer stops sleeping
// and spins: with a timer slack of 1 ns, clock_nanosleep woke a thread
// p50 59 µs, p90 68 µs, p99 0.31 ms late here (1,000 sleeps to a 5 ms
// schedule on the loaded machine; with the default 50 µs slack, p50 114
// µs, p90 185 µs), mostly the wake-up of an idle virtual processor.
const paceSpin = 300 * time.Microsecond

// pacer wakes an open loop at its requests' times. It sleeps with
// clock_nanosleep on an absolute CLOCK_MONOTONIC deadline, which the
// kernel's high-resolution timers keep to tens of microseconds, where
// time.Sleep wakes up to a millisecond late (the runtime's poller waits
// in whole milliseconds), and spins only the last paceSpin. A loop that
// sleeps with time.Sleep until 1.5 ms before each request and spins the
// rest, yielding, kept one of a two-processor machine's processors busy
// 30% of the time at 200 requests a second and woke an idle thread of
// the runtime on each yield: every thread the daemon then woke had to
// preempt the one answering a lookup, which stretched the collector's
// stop-the-world pauses from 0.1 to about 1 ms (GODEBUG=gctrace=1, runs
// of readout-bench on 2026-12-06).
type pacer struct {
	start time.Time
	mono  time.Duration // CLOCK_MONOTONIC at start
}

// newPacer returns a pacer whose times count from now.
func newPacer() (*pacer, error) {
	var ts unix.Timespec
	p := &pacer{start: time.Now()}
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return nil, fmt.Errorf("pacer: read the monotonic clock: %w", err)
	}
	p.mono = time.Duration(ts.Nano())
	return p, nil
}

// at returns the time d after the pacer's start.
func (p *pacer) at(d time.Duration) time.Time { return p.start.Add(d) }

// sleep returns at p.at(d), or at once when that has passed.
func (p *pacer) sleep(d time.Duration) {
	p.nanosleep(d - paceSpin)
	for deadline := p.at(d); time.Now().Before(deadline); {
	}
}

// nanosleep sleeps in the kernel until d after the pacer's start, with
// no spin: the machine may wake it late.
func (p *pacer) nanosleep(d time.Duration) {
	// The kernel may wake a sleeping thread up to its timer slack late
	// (50 µs by default) to batch wake-ups; the slack is the thread's,
	// and the scheduler may run this goroutine on any thread.
	_ = unix.Prctl(unix.PR_SET_TIMERSLACK, 1, 0, 0, 0)
	ts := unix.NsecToTimespec(int64(p.mono + d))
	for unix.ClockNanosleep(unix.CLOCK_MONOTONIC, unix.TIMER_ABSTIME, &ts, nil) == unix.EINTR {
	}
}
