package daemon

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// ScheduleBatch puts the process's threads under the kernel's SCHED_BATCH
// policy, which differs from the default only in that a thread it wakes
// never preempts the one running: sched(7)'s "deterministic scheduling
// policy without interactivity causing extra preemptions (between the
// workload's tasks)". The daemon needs exactly that. When a garbage
// collection's stop-the-world ends, the Go runtime wakes a second
// thread; under the default policy the kernel (6.18 in the capacity
// run) often put it on the waking thread's CPU, preempting it while the
// other CPU was idle, and the /readout lookup whose allocation had
// started the collection then waited 1-3 ms to run again: most of the
// lookups over 1 ms. Under SCHED_BATCH the woken thread waits for a
// free CPU instead (BENCHMARKS.md, session 8). Nice values stay as they
// are, and a thread an operator put under another policy (chrt, systemd's
// CPUSchedulingPolicy) is left alone. Threads the runtime starts later
// inherit the policy from the thread that starts them.
//
// It is process-wide: serve calls it, not Open, which tests run many
// times in one process. A system that refuses the call (a seccomp
// profile) leaves the default policy, and says so in the log.
func ScheduleBatch(log *slog.Logger) {
	n, err := batchThreads()
	if err != nil {
		log.Info("scheduling policy left at the default", "err", err)
		return
	}
	log.Debug("scheduling policy batch", "threads", n)
}

// batchThreads sets SCHED_BATCH on every thread of the process that runs
// under the default policy, and returns how many it set. It reads the
// thread list again until a pass finds none to change, so that a thread
// started meanwhile by one not yet changed is not missed.
func batchThreads() (int, error) {
	set := 0
	for pass := 0; pass < 5; pass++ {
		ents, err := os.ReadDir("/proc/self/task")
		if err != nil {
			return set, fmt.Errorf("list threads: %w", err)
		}
		changed := 0
		for _, e := range ents {
			tid, err := strconv.Atoi(e.Name())
			if err != nil {
				continue
			}
			attr, err := unix.SchedGetAttr(tid, 0)
			if errors.Is(err, unix.ESRCH) {
				continue // the thread has exited
			}
			if err != nil {
				return set, fmt.Errorf("thread %d: sched_getattr: %w", tid, err)
			}
			if attr.Policy != unix.SCHED_NORMAL {
				continue
			}
			attr.Policy = unix.SCHED_BATCH
			if err := unix.SchedSetAttr(tid, attr, 0); err != nil && !errors.Is(err, unix.ESRCH) {
				return set, fmt.Errorf("thread %d: sched_setattr: %w", tid, err)
			}
			changed++
		}
		set += changed
		if changed == 0 {
			break
		}
	}
	return set, nil
}
