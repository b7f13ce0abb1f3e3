//go:build !linux

package daemon

import "log/slog"

// ScheduleBatch does nothing here: the wake-up preemption it avoids on
// Linux (sched_linux.go) has no portable equivalent to turn off.
func ScheduleBatch(*slog.Logger) {}
