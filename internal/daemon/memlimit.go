package daemon

import (
	"log/slog"
	"runtime/debug"

	"github.com/readout-bot/readout/config"
)

// LimitMemory sets the process's soft memory limit to the configuration's
// memory_limit (runtime/debug.SetMemoryLimit), unless the GOMEMLIMIT
// environment variable set one, which the runtime has applied already.
// It is process-wide: serve calls it, not Open, which tests run many
// times in one process.
func LimitMemory(cfg config.Config, getenv func(string) string, log *slog.Logger) {
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
