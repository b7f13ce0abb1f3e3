package feeds_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

const secret = "SECRET-aws_access_key=AKIA0000"

// secretServer stands for a service on the daemon's own machine: it
// counts the requests that reach it and answers each with secret.
func secretServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, secret)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func addrPort(t *testing.T, srv *httptest.Server) netip.AddrPort {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return netip.MustParseAddrPort(u.Host)
}

// A publisher's feed that redirects to a loopback service, directly or
// through an IPv6 address that embeds 127.0.0.1, must be refused before
// any byte is sent, and the error must not quote the service's answer.
func TestFeedRedirectToLoopbackRefused(t *testing.T) {
	target, hits := secretServer(t)
	port := addrPort(t, target).Port()
	redirects := map[string]string{
		"/loopback":    target.URL + "/secret.txt",
		"/localhost":   fmt.Sprintf("http://localhost:%d/secret.txt", port),
		"/mapped":      fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/secret.txt", port),
		"/compatible":  fmt.Sprintf("http://[::127.0.0.1]:%d/secret.txt", port),
		"/nat64":       fmt.Sprintf("http://[64:ff9b::7f00:1]:%d/secret.txt", port),
		"/nat64-local": fmt.Sprintf("http://[64:ff9b:1::7f00:1]:%d/secret.txt", port),
		"/metadata":    "http://169.254.169.254/latest/meta-data/",
	}
	publisher := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, redirects[r.URL.Path], http.StatusFound)
	}))
	defer publisher.Close()
	// The production guard, except that the publisher's own test server
	// (and only it) may be reached.
	f := feeds.NewFetcherAllowing(feeds.Options{}, addrPort(t, publisher))
	for path := range redirects {
		t.Run(strings.TrimPrefix(path, "/"), func(t *testing.T) {
			_, err := f.Fetch(t.Context(), readout.Feed{ID: "hostile", URL: publisher.URL + path}, readout.FeedState{})
			if !errors.Is(err, feeds.ErrForbiddenAddress) {
				t.Fatalf("Fetch: err = %v, want ErrForbiddenAddress", err)
			}
			if strings.Contains(err.Error(), "SECRET") {
				t.Errorf("the error quotes the refused target's answer: %v", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback service was reached %d times, want 0", n)
	}
}

// Without the explicit opt-in, a feed on the machine itself is refused: the
// safe setting is the default.
func TestFeedOnLoopbackRefusedByDefault(t *testing.T) {
	target, hits := secretServer(t)
	_, err := feeds.NewFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{ID: "local", URL: target.URL + "/feed.xml"}, readout.FeedState{})
	if !errors.Is(err, feeds.ErrForbiddenAddress) {
		t.Fatalf("Fetch: err = %v, want ErrForbiddenAddress", err)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback server was reached %d times, want 0", n)
	}
	// AllowPrivate lets it through, and the "not a feed" error still
	// describes the answer without quoting it.
	_, err = newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{ID: "local", URL: target.URL + "/feed.xml"}, readout.FeedState{})
	if !errors.Is(err, feeds.ErrNotFeed) {
		t.Fatalf("Fetch with AllowPrivate: err = %v, want ErrNotFeed", err)
	}
	if strings.Contains(err.Error(), "SECRET") {
		t.Errorf("the error quotes the answer: %v", err)
	}
}
