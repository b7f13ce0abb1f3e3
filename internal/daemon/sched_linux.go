package daemon

import (
	"bytes"
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
// are, and threads an operator put under another policy (chrt, systemd's
// CPUSchedulingPolicy) are left alone. Threads the runtime starts later
// inherit the policy from the thread that starts them.
//
// Under a system-call filter (systemd's SystemCallFilter, a container's
// seccomp profile) it changes nothing, since a filter may kill the
// process for sched_setattr: deploy/readout.service sets the policy
// itself. It is process-wide: serve calls it, not Open, which tests run
// many times in one process.
func ScheduleBatch(log *slog.Logger) {
	if status, err := os.ReadFile("/proc/self/status"); err == nil && seccompFiltered(status) {
		log.Debug("scheduling policy left as started: a system-call filter is active (set it outside: systemd's CPUSchedulingPolicy=batch, chrt -b 0)")
		return
	}
	n, err := batchThreads()
	if err != nil {
		log.Info("scheduling policy left at the default", "err", err)
		return
	}
	log.Debug("scheduling policy batch", "threads", n)
}

// seccompFiltered reports whether /proc/self/status says a seccomp
// filter is active ("Seccomp: 2").
func seccompFiltered(status []byte) bool {
	for line := range bytes.Lines(status) {
		if v, ok := bytes.CutPrefix(line, []byte("Seccomp:")); ok {
			return string(bytes.TrimSpace(v)) == "2"
		}
	}
	return false
}

// batchThreads sets SCHED_BATCH on every thread of the process that runs
// under the default policy, and returns how many it set. It reads the
// thread list again until a pass finds none to change, so that a thread
// started meanwhile by one not yet changed is not missed.
func batchThreads() (int, error) {
	set := 0
	for range 5 {
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
			stat, err := os.ReadFile("/proc/self/task/" + e.Name() + "/stat")
			if err != nil {
				continue // the thread has exited
			}
			if policy, ok := statPolicy(stat); !ok || policy != unix.SCHED_NORMAL {
				continue
			}
			attr, err := unix.SchedGetAttr(tid, 0)
			if errors.Is(err, unix.ESRCH) {
				continue
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

// statPolicy reads the scheduling policy from a /proc/…/stat line: field
// 41, counted after the command name, which is in parentheses and may
// hold spaces and parentheses itself.
func statPolicy(stat []byte) (uint32, bool) {
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	fields := bytes.Fields(stat[i+1:])
	// The fields after the name start at field 3 (state).
	const policyField = 41 - 3
	if len(fields) <= policyField {
		return 0, false
	}
	v, err := strconv.ParseUint(string(fields[policyField]), 10, 32)
	if err != nil {
		return 0, false
	}
	return uint32(v), true
}
