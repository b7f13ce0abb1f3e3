package daemon

import (
	"log/slog"
	"runtime"
	"runtime/debug"

	"github.com/readout-bot/readout/config"
)

// LimitMemory sets the process's soft memory limit to the configuration's
// memory_limit (runtime/debug.SetMemoryLimit), unless the GOMEMLIMIT
// environment variable set one, which the runtime has applied already,
// and stops the heap profiler's sampling: the daemon serves no profiles,
// and the sampler's records held 2 MiB in the capacity run, room the
// limit leaves to the heap instead. It is process-wide: serve calls it,
// not Open, which tests run many times in one process.
func LimitMemory(cfg config.Config, getenv func(string) string, log *slog.Logger) {
	runtime.MemProfileRate = 0
	if v := getenv("GOMEMLIMIT"); v != "" {
		log.Info("memory limit from GOMEMLIMIT", "limit", v)
		return
	}
	if cfg.MemoryLimit <= 0 {
		return
	}
	debug.SetMemoryLimit(int64(cfg.MemoryLimit))
	log.Debug("memory limit", "limit", cfg.MemoryLimit.String())
}
