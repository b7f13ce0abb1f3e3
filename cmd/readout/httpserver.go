package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/readout-bot/readout/config"
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
func (a *app) listenHTTP() (net.Listener, error) {
	if a.cfg.HTTPAddr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", a.cfg.HTTPAddr)
	if err != nil {
		if a.cfg.SlackMode == config.SlackModeHTTP && a.slack != nil {
			return nil, fmt.Errorf("listen on %s (READOUT_HTTP_ADDR): %w", a.cfg.HTTPAddr, err)
		}
		a.log.Warn("HTTP listener not started; health checks are unavailable", "addr", a.cfg.HTTPAddr, "error", err)
		return nil, nil
	}
	return ln, nil
}

// serveHTTP serves a.mux on ln until ctx ends, then shuts down gracefully.
func (a *app) serveHTTP(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.mux,
		ReadHeaderTimeout: httpReadHeaderTimeout,
		ReadTimeout:       httpReadTimeout,
		WriteTimeout:      httpWriteTimeout,
		IdleTimeout:       httpIdleTimeout,
	}
	a.log.Info("HTTP listener started", "addr", ln.Addr().String())
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

func (a *app) routes() {
	a.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	a.mux.HandleFunc("GET /readyz", a.health.serveReady)
	a.mux.Handle("GET /metrics", a.metrics.Handler())
}
