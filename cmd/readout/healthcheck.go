package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/readout-bot/readout/internal/health"
)

// runHealthcheck probes the daemon's /readyz (or /healthz with --live) and
// exits 0 when it answers 200, 1 otherwise: a container HEALTHCHECK that
// needs no curl in the image.
func runHealthcheck(ctx context.Context, e env, args []string) error {
	fs := newFlags("healthcheck", e)
	cfgPath := fs.String("config", "", "YAML configuration `file` (optional); its http_addr is probed")
	rawURL := fs.String("url", "", "base `URL` of the daemon's HTTP listener (default: from http_addr)")
	live := fs.Bool("live", false, "probe /healthz (the process answers) instead of /readyz")
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this `duration`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	base := *rawURL
	if base == "" {
		cfg, err := loadConfig(*cfgPath, e)
		if err != nil {
			return err
		}
		if base, err = health.ListenerURL(cfg.HTTPAddr); err != nil {
			return usageError{err}
		}
	}
	path := "/readyz"
	if *live {
		path = "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+path, nil)
	if err != nil {
		return usageError{fmt.Errorf("--url: %w", err)}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("probe %s: %w", req.URL, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	fmt.Fprintf(e.stdout, "%s %s\n%s", req.URL, resp.Status, body)
	if len(body) > 0 && body[len(body)-1] != '\n' {
		fmt.Fprintln(e.stdout)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", req.URL, resp.Status)
	}
	return nil
}
