package slackfake

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"time"
)

// Start starts a fake Slack on 127.0.0.1, or WithAddr's address; the caller
// must call Close. New is Start for tests; Start alone serves runs outside a
// test, such as the capacity run of the daemon.
func Start(opts ...Option) (*Server, error) {
	s := &Server{
		addr:         "127.0.0.1:0",
		now:          time.Now,
		pingInterval: 100 * time.Millisecond,
		changed:      make(chan struct{}),
		calls:        map[string]int{},
		attempts:     map[string]int{},
		channels:     map[string][]*message{},
		members:      map[string]bool{},
		views:        map[string][]View{},
		respUses:     map[int]int{},
		tickets:      map[string]bool{},
		pending:      map[string]chan Ack{},
		httpClient:   &http.Client{Transport: &http.Transport{}},
	}
	for _, opt := range opts {
		opt(s)
	}
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return nil, fmt.Errorf("slackfake: listen on %s: %w", s.addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.serveAPI)
	mux.HandleFunc("/link/", s.serveLink)
	mux.HandleFunc("/resp/{n}", s.serveResponseURL)
	s.srv = &httptest.Server{Listener: ln, Config: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}}
	s.srv.Start()
	return s, nil
}
