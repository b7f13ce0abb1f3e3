package daemon

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/health"
)

// Server timeouts: slow clients cannot hold connections open.
const (
	httpReadHeaderTimeout = 5 * time.Second
	httpReadTimeout       = 15 * time.Second
	httpWriteTimeout      = 30 * time.Second
	httpIdleTimeout       = 2 * time.Minute
)

// listenHTTP binds the daemon's HTTP listener (health, metrics, Slack requests in
// HTTP mode, admin). A port in use is fatal only when Slack needs it.
func (a *App) listenHTTP() (net.Listener, error) {
	if a.Cfg.HTTPAddr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", a.Cfg.HTTPAddr)
	if err != nil {
		if a.Cfg.SlackMode == config.SlackModeHTTP && a.Slack != nil {
			return nil, fmt.Errorf("listen on %s (READOUT_HTTP_ADDR): %w", a.Cfg.HTTPAddr, err)
		}
		a.Log.Warn("HTTP listener not started; health checks are unavailable", "addr", a.Cfg.HTTPAddr, "error", err)
		return nil, nil
	}
	return ln, nil
}

// serveHTTP serves a.Mux on ln until ctx ends, then shuts down gracefully.
func (a *App) serveHTTP(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.Mux,
		ReadHeaderTimeout: httpReadHeaderTimeout,
		ReadTimeout:       httpReadTimeout,
		WriteTimeout:      httpWriteTimeout,
		IdleTimeout:       httpIdleTimeout,
	}
	a.Log.Info("HTTP listener started", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 3*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("http server shutdown: %w", err)
	}
	return nil
}

func (a *App) routes() {
	a.Mux.HandleFunc("GET /healthz", health.Live)
	a.Mux.Handle("GET /readyz", a.Health)
	a.Mux.Handle("GET /metrics", a.Metrics.Handler())
}
