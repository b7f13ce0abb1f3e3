package feeds_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/readout-bot/readout/extract"
	"github.com/readout-bot/readout/feeds"
	"golang.org/x/text/encoding/charmap"
)

const articleHTML = `<!DOCTYPE html><html lang="en"><head><title>Japan-Cambodia Summit Meeting</title></head>
<body><main id="contents"><h1>Japan-Cambodia Summit Meeting</h1><p>On March 20, the Prime Minister held a summit meeting.</p></main></body></html>`

func TestFetchArticleRefusesPrivateAddresses(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, articleHTML)
	}))
	defer srv.Close()

	f := feeds.NewFetcher(feeds.Options{}) // AllowPrivate false, as in production
	tests := []struct{ name, url string }{
		{"loopback test server", srv.URL + "/page.html"},
		{"cloud metadata", "http://169.254.169.254/latest/meta-data/"},
		{"localhost by name", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)},
		{"RFC 1918", "http://10.1.2.3/"},
		{"unspecified", "http://0.0.0.0:9/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := f.FetchArticle(t.Context(), tt.url)
			if !errors.Is(err, feeds.ErrForbiddenAddress) {
				t.Fatalf("FetchArticle(%s): err = %v, want ErrForbiddenAddress", tt.url, err)
			}
		})
	}
	if got := hits.Load(); got != 0 {
		t.Errorf("the loopback server was reached %d times, want 0", got)
	}
}

func TestFetchArticleRedirectToPrivateIsRefused(t *testing.T) {
	var strays atomic.Int32
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/iam/", http.StatusFound)
		case "/to-private":
			http.Redirect(w, r, "http://192.168.0.1/", http.StatusFound)
		case "/ok":
			io.WriteString(w, articleHTML)
		default:
			strays.Add(1)
		}
	}))
	defer redirector.Close()
	// The guard as in production, except that it lets the test server's
	// address through.
	allowTestServer := func(ip netip.Addr) string {
		if ip == netip.MustParseAddr("127.0.0.1") {
			return ""
		}
		return feeds.Forbidden(ip)
	}
	f := feeds.NewGuardedFetcher(feeds.Options{}, allowTestServer)
	for _, path := range []string{"/to-metadata", "/to-private"} {
		_, final, err := f.FetchArticle(t.Context(), redirector.URL+path)
		if !errors.Is(err, feeds.ErrForbiddenAddress) {
			t.Errorf("FetchArticle(%s): err = %v, want ErrForbiddenAddress", path, err)
		}
		if final != "" {
			t.Errorf("FetchArticle(%s): finalURL = %q, want none", path, final)
		}
	}
	if got := strays.Load(); got != 0 {
		t.Errorf("unexpected requests: %d", got)
	}
	// The same fetcher does reach the allowed server: the refusals above
	// came from the redirect targets, not the first hop.
	if _, _, err := f.FetchArticle(t.Context(), redirector.URL+"/ok"); err != nil {
		t.Errorf("FetchArticle(allowed server): %v", err)
	}
}

func TestFetchArticle(t *testing.T) {
	latin1Page, _ := charmap.Windows1252.NewEncoder().String(`<html><head><meta charset="windows-1252"><title>Erklärung</title></head><body><p>Außenministerin – “Gespräch”</p></body></html>`)
	mux := http.NewServeMux()
	mux.HandleFunc("/en/newsroom/news/-/2751234", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/en/newsroom/news/statement-2751234", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/en/newsroom/news/statement-2751234", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, articleHTML)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, latin1Page)
	})
	mux.HandleFunc("/statement.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.7")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		endless(8<<20, false)(w, r)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := newFetcher(feeds.Options{MaxBytes: 1 << 20})

	t.Run("redirected page", func(t *testing.T) {
		html, final, err := f.FetchArticle(t.Context(), srv.URL+"/en/newsroom/news/-/2751234")
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := extract.Main(articleHTML, final); html != want {
			t.Errorf("html = %.80q…, want the page's readout %.80q…", html, want)
		}
		if want := srv.URL + "/en/newsroom/news/statement-2751234"; final != want {
			t.Errorf("finalURL = %q, want %q", final, want)
		}
	})
	t.Run("meta charset", func(t *testing.T) {
		html, _, err := f.FetchArticle(t.Context(), srv.URL+"/latin1")
		if err != nil {
			t.Fatal(err)
		}
		if want := "Außenministerin – “Gespräch”"; !strings.Contains(html, want) {
			t.Errorf("html = %q, want it to contain %q", html, want)
		}
	})
	errTests := []struct {
		name, path, wantSub string
	}{
		{"not a page", "/statement.pdf", "not a web page (Content-Type application/pdf)"},
		{"too large", "/big", "article larger than 1 MiB"},
		{"not found", "/gone", "HTTP 404 Not Found"},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := f.FetchArticle(t.Context(), srv.URL+tt.path)
			if err == nil || !strings.Contains(err.Error(), tt.wantSub) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wantSub)
			}
		})
	}
	for _, u := range []string{"javascript:alert(1)", "file:///etc/passwd", "ftp://example.gov/x", "/relative"} {
		if _, _, err := f.FetchArticle(t.Context(), u); err == nil {
			t.Errorf("FetchArticle(%q): got nil error", u)
		}
	}
}

func TestForbiddenAddresses(t *testing.T) {
	tests := []struct {
		ip        string
		forbidden bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"::1", true},
		{"10.0.0.1", true},
		{"172.16.5.4", true},
		{"172.32.0.1", false},
		{"192.168.1.1", true},
		{"169.254.169.254", true},
		{"fe80::1", true},
		{"fc00::1", true},
		{"fd12:3456::1", true},
		{"0.0.0.0", true},
		{"::", true},
		{"224.0.0.1", true},
		{"ff02::1", true},
		{"100.64.0.1", true},
		{"255.255.255.255", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::ffff:8.8.8.8", false},
		{"::127.0.0.1", true},        // IPv4-compatible
		{"::8.8.8.8", true},          // IPv4-compatible: deprecated, refused whole
		{"64:ff9b::7f00:1", true},    // NAT64 of 127.0.0.1
		{"64:ff9b::a9fe:a9fe", true}, // NAT64 of 169.254.169.254
		{"64:ff9b::c0a8:1", true},    // NAT64 of 192.168.0.1
		{"64:ff9b::808:808", false},  // NAT64 of 8.8.8.8
		{"64:ff9b:1::7f00:1", true},  // local-use NAT64
		{"64:ff9b:1:ab::808:808", true},
		{"2002:7f00:1::1", true},   // 6to4 of 127.0.0.1
		{"2002:808:808::1", false}, // 6to4 of 8.8.8.8
		{"8.8.8.8", false},
		{"23.45.67.89", false},
		{"2001:4860:4860::8888", false},
	}
	for _, tt := range tests {
		why := feeds.Forbidden(netip.MustParseAddr(tt.ip))
		if (why != "") != tt.forbidden {
			t.Errorf("Forbidden(%s) = %q, want forbidden %v", tt.ip, why, tt.forbidden)
		}
	}
}
