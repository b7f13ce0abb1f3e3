package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/readout"
	"github.com/readout-bot/readout/storage"
)

// The daemon holds bbolt's exclusive lock, so commands that read or change
// its state while it runs (outbox, feeds) go through it: it serves a small
// admin API on a Unix socket in the data directory, reachable only by
// users who can reach the database file itself.

// adminSocket is the admin socket's path for a configuration.
func adminSocket(cfg config.Config) string {
	return filepath.Join(cfg.DataDir, "readout.sock")
}

// adminView is what the admin API and the local path both produce.
type outboxView struct {
	Pending []readout.Delivery `json:"pending"`
	Dead    []readout.Delivery `json:"dead"`
}

type feedView struct {
	ID        string            `json:"id"`
	URL       string            `json:"url"`
	Publisher string            `json:"publisher"`
	State     readout.FeedState `json:"state"`
}

func loadOutbox(s *storage.Store) (outboxView, error) {
	pending, err := s.Pending()
	if err != nil {
		return outboxView{}, err
	}
	dead, err := s.DeadLetters()
	if err != nil {
		return outboxView{}, err
	}
	return outboxView{Pending: pending, Dead: dead}, nil
}

func loadFeeds(s *storage.Store, list []readout.Feed) ([]feedView, error) {
	states, err := s.FeedStates()
	if err != nil {
		return nil, err
	}
	out := make([]feedView, 0, len(list))
	for _, f := range list {
		out = append(out, feedView{ID: f.ID, URL: f.URL, Publisher: f.Publisher, State: states[f.ID]})
	}
	return out, nil
}

// adminRoutes is the daemon's admin API.
func (a *app) adminRoutes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /outbox", func(w http.ResponseWriter, r *http.Request) {
		v, err := loadOutbox(a.store)
		writeJSON(w, v, err)
	})
	mux.HandleFunc("POST /outbox/retry/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, "delivery IDs are numbers", http.StatusBadRequest)
			return
		}
		err = a.store.Requeue(id)
		if errors.Is(err, storage.ErrNotFound) {
			http.Error(w, fmt.Sprintf("no delivery %d in the outbox or the dead letters", id), http.StatusNotFound)
			return
		}
		if err == nil {
			a.deliverer.Wake()
		}
		writeJSON(w, map[string]uint64{"requeued": id}, err)
	})
	mux.HandleFunc("GET /feeds", func(w http.ResponseWriter, r *http.Request) {
		v, err := loadFeeds(a.store, a.feeds)
		writeJSON(w, v, err)
	})
	mux.HandleFunc("GET /feeds/export", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, a.feeds, nil)
	})
	mux.HandleFunc("GET /backup", a.serveBackup)
	mux.HandleFunc("POST /feeds/import", a.serveImport)
	return mux
}

func writeJSON(w http.ResponseWriter, v any, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// serveAdmin serves the admin API on the Unix socket until ctx ends. It
// runs only while this process holds the database lock, so a socket file
// left by a crashed daemon is stale and is replaced.
func (a *app) serveAdmin(ctx context.Context) error {
	path := adminSocket(a.cfg)
	_ = os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		a.log.Warn("admin socket not started; `readout outbox` and `readout feeds` will not reach this daemon", "path", path, "error", err)
		<-ctx.Done()
		return nil
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return fmt.Errorf("admin socket %s: %w", path, err)
	}
	srv := &http.Server{Handler: a.adminRoutes(), ReadHeaderTimeout: httpReadHeaderTimeout}
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

// adminClient talks to a running daemon over its admin socket.
type adminClient struct {
	http *http.Client
}

func newAdminClient(cfg config.Config) *adminClient {
	path := adminSocket(cfg)
	return &adminClient{http: &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		}},
	}}
}

// do sends method path to the admin socket, with body as JSON when it is
// not nil, and decodes the answer into out.
func (c *adminClient) do(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, "http://readout"+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("the database is in use, and the running daemon did not answer on its admin socket: %w", err)
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("read daemon's answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("daemon: %s", trimNL(answer))
	}
	return json.Unmarshal(answer, out)
}

func trimNL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// withState runs local when the database can be opened, and remote through
// the running daemon when the daemon holds it.
func withState(cfg config.Config, e env, local func(a *app) error, remote func(c *adminClient) error) error {
	a, err := openApp(cfg, newLogger(cfg, e.stderr), e.stdout)
	if errors.Is(err, storage.ErrLocked) {
		return remote(newAdminClient(cfg))
	}
	if err != nil {
		return err
	}
	defer a.Close()
	return local(a)
}
