package feeds

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout-bot/readout/readout"
	"golang.org/x/text/encoding/korean"
)

// Requests to one host go one at a time, at least HostInterval apart;
// another host is not held up by them.
func TestOneRequestAtATimePerHost(t *testing.T) {
	const interval = 20 * time.Millisecond
	var (
		mu          sync.Mutex
		inFlight    int
		maxInFlight int
		starts      []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		maxInFlight = max(maxInFlight, inFlight)
		starts = append(starts, time.Now())
		mu.Unlock()
		defer func() { mu.Lock(); inFlight--; mu.Unlock() }()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + strings.Repeat("text ", 2000) + "</p></body></html>"))
	}))
	defer srv.Close()
	f := NewFetcher(Options{AllowPrivate: true, HostInterval: interval})
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			if _, _, err := f.FetchArticle(t.Context(), srv.URL+"/a/"+string(rune('a'+i))); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if maxInFlight != 1 {
		t.Errorf("%d requests to one host at once, want 1", maxInFlight)
	}
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < interval {
			t.Errorf("requests %d and %d %s apart, want at least %s", i-1, i, gap, interval)
		}
	}
	// A cancelled wait gives up its turn and says why.
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, _, err := f.FetchArticle(ctx, srv.URL+"/late"); err == nil {
		t.Errorf("a cancelled fetch succeeded")
	}
	if _, _, err := f.FetchArticle(t.Context(), srv.URL+"/after"); err != nil {
		t.Errorf("the host stayed blocked after a cancelled wait: %v", err)
	}
}

// A fetch's timeout starts when its host gives it a turn: an article
// queued behind a request that holds the host for longer than the timeout
// is still fetched.
func TestTimeoutStartsWithTheHostsTurn(t *testing.T) {
	t.Parallel() // waits on the clock: the other tests use the CPU meanwhile
	const timeout = 500 * time.Millisecond
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>The Minister met his counterpart.</p></body></html>"))
	}))
	defer srv.Close()
	f := NewFetcher(Options{AllowPrivate: true, HostInterval: time.Nanosecond, Timeout: timeout})
	u, _ := url.Parse(srv.URL)
	release, err := f.polite.acquire(t.Context(), u.Host)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, _, err := f.FetchArticle(t.Context(), srv.URL+"/queued")
		done <- err
	}()
	// Hold the host until well past the deadline a timeout started with
	// the call would have had; the queued fetch must still be waiting.
	held, stop := context.WithTimeout(t.Context(), 3*timeout)
	defer stop()
	select {
	case err := <-done:
		t.Fatalf("the fetch ended while its host was held: %v", err)
	case <-held.Done():
	}
	release()
	if err := <-done; err != nil {
		t.Errorf("the fetch failed once given its turn: %v", err)
	}
	// The timeout still applies once the turn is given.
	hang := make(chan struct{})
	defer close(hang)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	if _, _, err := f.FetchArticle(t.Context(), slow.URL+"/hangs"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a fetch from a host that never answers: err = %v, want a timeout", err)
	}
}

// A site that answers the first request with a 307 to itself and a
// cookie (Korea's MOFA) is read: the jar keeps the cookie.
func TestCookieGate(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("TMOSHCooKie"); err != nil || c.Value != "1" {
			http.SetCookie(w, &http.Cookie{Name: "TMOSHCooKie", Value: "1", Path: "/"})
			http.Redirect(w, r, r.URL.RequestURI(), http.StatusTemporaryRedirect)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Press release</title><link>https://x.example/1</link></item></channel></rss>`))
	}))
	defer srv.Close()
	f := NewFetcher(Options{AllowPrivate: true})
	res, err := f.Fetch(t.Context(), readout.Feed{ID: "kr", URL: srv.URL + "/www/brd/rss.do?brdId=235"}, readout.FeedState{})
	if err != nil || len(res.Items) != 1 {
		t.Fatalf("Fetch through the cookie gate: %v, %d items", err, len(res.Items))
	}
}

// A source's user agent is sent to its list and to the pages on its host;
// other hosts get the fetcher's.
func TestUserAgentPerSource(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]string{}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen[r.Host+r.URL.Path] = r.UserAgent()
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><body><ul><li class="i"><a href="/p/1">One</a></li></ul></body></html>`))
	})
	a, b := httptest.NewServer(h), httptest.NewServer(h)
	defer a.Close()
	defer b.Close()
	f := NewFetcher(Options{AllowPrivate: true, UserAgent: "readout-bot/1.0"})
	src := readout.Feed{ID: "a", URL: a.URL + "/list", Kind: readout.KindListing, UserAgent: UserAgentBrowser, Listing: &readout.ListingSpec{Item: "li.i"}}
	if _, err := f.Fetch(t.Context(), src, readout.FeedState{}); err != nil {
		t.Fatal(err)
	}
	f.FetchArticle(t.Context(), a.URL+"/p/1")
	f.FetchArticle(t.Context(), b.URL+"/p/1")
	ua, _ := url.Parse(a.URL)
	ub, _ := url.Parse(b.URL)
	for path, want := range map[string]string{ua.Host + "/list": BrowserUserAgent, ua.Host + "/p/1": BrowserUserAgent, ub.Host + "/p/1": "readout-bot/1.0"} {
		if seen[path] != want {
			t.Errorf("%s: user agent %q, want %q", path, seen[path], want)
		}
	}
}

func TestDecodePage(t *testing.T) {
	euc, _ := korean.EUCKR.NewEncoder().String("보도자료")
	tests := []struct {
		name, contentType string
		body              []byte
	}{
		{"header charset", "text/html; charset=euc-kr", []byte("<html><body>" + euc + "</body></html>")},
		{"meta charset", "text/html", []byte(`<html><head><meta charset="euc-kr"></head><body>` + euc + "</body></html>")},
		{"http-equiv", "text/html", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-KR"></head><body>` + euc + "</body></html>")},
		{"XML declaration", "application/xhtml+xml", []byte(`<?xml version="1.0" encoding="EUC-KR"?><html xmlns="http://www.w3.org/1999/xhtml"><body>` + euc + "</body></html>")},
		{"BOM over a wrong header", "text/html; charset=euc-kr", append([]byte{0xEF, 0xBB, 0xBF}, []byte("<html><body>보도자료</body></html>")...)},
		{"UTF-8 by default", "", []byte("<html><body>보도자료</body></html>")},
	}
	for _, tt := range tests {
		if got := decodePage(tt.body, tt.contentType); !strings.Contains(got, "보도자료") {
			t.Errorf("%s: decoded %q", tt.name, got)
		}
	}
}

// gov.uk items are read from the Content API, whose body is the whole
// text; a page the API does not know is fetched as a page.
func TestGovUKContentAPI(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/api/content/government/news/pm-call-with-prime-minister-of-japan-1-april-2026":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"title":"PM call with Prime Minister of Japan: 1 April 2026","description":"The Prime Minister spoke to the Prime Minister of Japan.","document_type":"press_release","first_published_at":"2026-04-01T17:00:00.000+01:00","details":{"body":"<div class=\"govspeak\"><p>The Prime Minister spoke to Prime Minister Sato of Japan this afternoon.</p><p>The leaders discussed trade.</p></div>","government":{"title":"2024 Labour government","current":true}},"links":{"organisations":[{"title":"Prime Minister's Office, 10 Downing Street"}]}}`))
		case "/government/news/old-page":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<html><body><main><p>The page itself.</p></main></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	old := govUKHost
	govUKHost = u.Host
	defer func() { govUKHost = old }()
	f := NewFetcher(Options{AllowPrivate: true})
	page, final, err := f.FetchArticle(t.Context(), srv.URL+"/government/news/pm-call-with-prime-minister-of-japan-1-april-2026")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h1>PM call with Prime Minister of Japan: 1 April 2026</h1>", "Prime Minister Sato of Japan", "From: Prime Minister&#39;s Office, 10 Downing Street"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
	if final != srv.URL+"/government/news/pm-call-with-prime-minister-of-japan-1-april-2026" {
		t.Errorf("final URL %q, want the page's, not the API's", final)
	}
	page, _, err = f.FetchArticle(t.Context(), srv.URL+"/government/news/old-page")
	if err != nil || !strings.Contains(page, "The page itself.") {
		t.Errorf("fallback to the page: %v %q", err, page)
	}
	if len(paths) != 3 || paths[2] != "/government/news/old-page" {
		t.Errorf("requests %v; want the API twice and the page once", paths)
	}
}

// A listing whose site sends validators is fetched conditionally: a 304
// is NotModified; one that sends none is hashed, and the same page again
// is NotModified too. Either way nothing is parsed.
func TestListingConditionalGETAndHash(t *testing.T) {
	const list = `<html><body><ul><li class="i"><a href="/p/1">One</a> <time datetime="2026-04-01">1 April 2026</time></li></ul></body></html>`
	for _, etag := range []string{`"v1"`, ""} {
		var mu sync.Mutex
		full := 0
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if etag != "" && r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			mu.Lock()
			full++
			mu.Unlock()
			if etag != "" {
				w.Header().Set("ETag", etag)
			}
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(list))
		}))
		f := NewFetcher(Options{AllowPrivate: true})
		src := readout.Feed{ID: "l", URL: srv.URL + "/", Kind: readout.KindListing, Listing: &readout.ListingSpec{Item: "li.i", Date: "time"}}
		res, err := f.Fetch(t.Context(), src, readout.FeedState{})
		if err != nil || len(res.Items) != 1 || res.NotModified {
			t.Fatalf("etag %q: first fetch %+v, %v", etag, res, err)
		}
		st := readout.FeedState{ETag: res.ETag, LastModified: res.LastModified, BodyHash: res.BodyHash}
		again, err := f.Fetch(t.Context(), src, st)
		if err != nil || !again.NotModified || len(again.Items) != 0 || again.BodyHash != res.BodyHash {
			t.Errorf("etag %q: second fetch %+v, %v; want NotModified keeping the digest", etag, again, err)
		}
		if want := map[string]int{`"v1"`: 1, "": 2}[etag]; full != want {
			t.Errorf("etag %q: %d full responses, want %d", etag, full, want)
		}
		srv.Close()
	}
}
