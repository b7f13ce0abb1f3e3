package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/readout-bot/readout/readout"
)

// Server serves a Service (the daemon's Local) on a Unix socket.
type Server struct {
	Service Service
	Logger  *slog.Logger
}

// Handler is the admin API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /outbox", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.Service.Outbox(r.Context())
		writeJSON(w, v, err)
	})
	mux.HandleFunc("POST /outbox/retry/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, "delivery IDs are numbers", http.StatusBadRequest)
			return
		}
		err = s.Service.Retry(r.Context(), id)
		writeJSON(w, map[string]uint64{"requeued": id}, err)
	})
	mux.HandleFunc("GET /feeds", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.Service.Feeds(r.Context())
		writeJSON(w, v, err)
	})
	mux.HandleFunc("GET /feeds/export", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.Service.Export(r.Context())
		writeJSON(w, v, err)
	})
	mux.HandleFunc("POST /feeds/import", func(w http.ResponseWriter, r *http.Request) {
		var incoming []readout.Feed
		if err := json.NewDecoder(io.LimitReader(r.Body, 16<<20)).Decode(&incoming); err != nil {
			http.Error(w, "a JSON list of feeds: "+err.Error(), http.StatusBadRequest)
			return
		}
		v, err := s.Service.Import(r.Context(), incoming)
		writeJSON(w, v, err)
	})
	mux.HandleFunc("DELETE /feeds/imported/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		writeJSON(w, map[string]string{"removed": id}, s.Service.RemoveFeed(r.Context(), id))
	})
	mux.HandleFunc("POST /anniversaries", func(w http.ResponseWriter, r *http.Request) {
		var q AnniversaryQuery
		if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&q); err != nil {
			http.Error(w, "a JSON query: "+err.Error(), http.StatusBadRequest)
			return
		}
		text, err := s.Service.Anniversaries(r.Context(), q)
		writeJSON(w, text, err)
	})
	mux.HandleFunc("POST /compact", func(w http.ResponseWriter, r *http.Request) {
		res, err := s.Service.Compact(r.Context())
		writeJSON(w, res, err)
	})
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		if _, err := s.Service.Backup(r.Context(), w); err != nil {
			// The status line has gone; a broken copy fails the client's
			// consistency check. Say why in the log.
			s.log().Error("backup through the admin socket failed", "error", err)
		}
	})
	return mux
}

func (s *Server) log() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}

// writeJSON answers v as JSON, or err with its status: 404 for what is not
// found, 400 for refused input, else 500.
func writeJSON(w http.ResponseWriter, v any, err error) {
	var invalid *InvalidFeedsError
	switch {
	case errors.Is(err, ErrNotFound):
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	case errors.As(err, &invalid):
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// ReadHeaderTimeout bounds a request's headers on the admin socket.
const ReadHeaderTimeout = 5 * time.Second

// Serve serves the admin API on the Unix socket at path until ctx ends.
// It must run only while this process holds the database lock: a socket
// file left by a crashed daemon is then stale, and is replaced. When the
// socket cannot be created it logs why and waits for ctx: the daemon runs
// on without it.
func (s *Server) Serve(ctx context.Context, path string) error {
	_ = os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		s.log().Warn("admin socket not started; `readout outbox` and `readout feeds` will not reach this daemon", "path", path, "error", err)
		<-ctx.Done()
		return nil
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return errors.Join(fmt.Errorf("admin socket %s: %w", path, err), ln.Close())
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: ReadHeaderTimeout}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("admin socket: %w", err)
	}
	_ = os.Remove(path)
	return nil
}
