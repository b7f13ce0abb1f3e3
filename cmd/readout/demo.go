package main

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"text/template"
	"time"

	"github.com/readout-bot/readout/config"
	"github.com/readout-bot/readout/internal/daemon"
)

//go:embed demo
var demoFiles embed.FS

// demoItem is one entry of the demo feed.
type demoItem struct {
	Title, Path, GUID, Date, Teaser string
}

// demoSite serves the sample feed and its articles on 127.0.0.1.
type demoSite struct {
	mu    sync.Mutex
	items []demoItem
	base  string
	feed  *template.Template
}

func (s *demoSite) publish(it demoItem) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append([]demoItem{it}, s.items...)
}

func (s *demoSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/feed.xml":
		s.mu.Lock()
		var buf bytes.Buffer
		err := s.feed.Execute(&buf, struct {
			Base  string
			Items []demoItem
		}{s.base, s.items})
		s.mu.Unlock()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		_, _ = w.Write(buf.Bytes())
	case "/press/2025/0203_vn.html":
		s.page(w, "demo/older.html")
	case "/press/2025/0310_la.html":
		s.page(w, "demo/article.html")
	default:
		http.NotFound(w, r)
	}
}

func (s *demoSite) page(w http.ResponseWriter, name string) {
	b, err := demoFiles.ReadFile(name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(b)
}

// runDemo runs the real pipeline (fetch, parse, store, deliver) against a
// sample ministry site on 127.0.0.1 with a throw-away database, and prints
// the message the bot would post.
func runDemo(ctx context.Context, e env, args []string) (err error) {
	fs := newFlags("demo", e)
	fs.String("config", "", "ignored: the demo uses its own throw-away configuration")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	tmpl, err := template.ParseFS(demoFiles, "demo/feed.xml")
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen on 127.0.0.1: %w", err)
	}
	site := &demoSite{base: "http://" + ln.Addr().String(), feed: tmpl}
	srv := &http.Server{Handler: site, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer func() { err = errors.Join(err, srv.Close()) }()

	dir, err := os.MkdirTemp("", "readout-demo-")
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, os.RemoveAll(dir)) }()

	cfg := config.Default()
	cfg.DataDir = dir
	cfg.BuiltinFeeds = config.Builtin{}
	cfg.AllowPrivateAddresses = true // the sample site is on 127.0.0.1
	// The sample site is this process: the politeness a ministry's server
	// is owed (a second between requests) only made the demo wait 7s.
	cfg.HostInterval = 10 * time.Millisecond
	cfg.Feeds = []config.Feed{{
		ID: "demo-mofa", URL: site.base + "/feed.xml", Publisher: "Ministry of Foreign Affairs of Japan (sample)",
		Country: "JP", Language: "en", FetchArticle: true, Enabled: true,
	}}
	cfg.Subscriptions = []config.Subscription{{Channel: "C0DEMO", Countries: []string{"LA"}}}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	a, err := openDaemon(cfg, e, log, true)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, a.Close()) }()

	out := e.stdout
	fmt.Fprintf(out, "readout demo: a sample ministry site is serving %s/feed.xml\n", site.base)
	fmt.Fprintln(out, "Channel C0DEMO is subscribed to Laos (LA). Nothing leaves this machine: posts go to the console.")
	fmt.Fprintln(out)

	site.publish(demoItem{
		Title: "Japan-Viet Nam Vice-Ministerial Consultation", Path: "/press/2025/0203_vn.html", GUID: "demo-0203-vn",
		Date: "Mon, 03 Feb 2025 12:00:00 +0900", Teaser: "The Vice-Minister for Foreign Affairs held a consultation with Viet Nam.",
	})
	if err := demoPoll(ctx, a, out, "1. First poll: the feed's existing item is stored for lookups but not posted (no flood of old news)."); err != nil {
		return err
	}
	site.publish(demoItem{
		Title: "Japan-Laos Foreign Ministers' Meeting", Path: "/press/2025/0310_la.html", GUID: "demo-0310-la",
		Date: "Mon, 10 Mar 2025 19:30:00 +0900", Teaser: "Foreign Minister Iwaya met Lao Foreign Minister Thongsavanh in Vientiane.",
	})
	if err := demoPoll(ctx, a, out, "2. The ministry publishes a readout on Laos; the next poll fetches the full page, parses it and posts it:"); err != nil {
		return err
	}
	st, err := a.Deliverer.Drain(ctx)
	if err != nil {
		return err
	}
	if st.Posted == 0 {
		return errors.New("demo: the new readout was not delivered")
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, "3. Polling again finds nothing new, and nothing is posted twice:")
	res := a.Pipeline.PollDue(ctx, a.Feeds, true)
	for _, r := range res {
		fmt.Fprintf(out, "   %s\n", r)
	}
	fmt.Fprintln(out, "\nDone. Run `go run ./cmd/readout serve` to poll the real ministry feeds.")
	return nil
}

func demoPoll(ctx context.Context, a *daemon.App, out io.Writer, title string) error {
	fmt.Fprintln(out, title)
	for _, r := range a.Pipeline.PollDue(ctx, a.Feeds, true) {
		fmt.Fprintf(out, "   %s\n", r)
		if r.Err != nil {
			return fmt.Errorf("demo poll: %w", r.Err)
		}
	}
	return nil
}
