package feeds_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/readout-bot/readout/feeds"
	"github.com/readout-bot/readout/readout"
)

// newFetcher returns a fetcher for loopback test servers.
func newFetcher(o feeds.Options) *feeds.Fetcher {
	o.AllowPrivate = true
	return feeds.NewFetcher(o)
}

// serveFile answers every request with a fixture and the given headers.
func serveFile(t *testing.T, name string, header map[string]string) *httptest.Server {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func TestFetchFormats(t *testing.T) {
	tests := []struct {
		name        string
		fixture     string
		path        string // the URL path: the extension must not matter
		contentType string
		wantTitle   string
		wantItems   int
		wantTTL     time.Duration
		first       readout.Item // FeedID, Key and Hash are checked separately
	}{
		{
			name: "kantei RSS 1.0 RDF", fixture: "kantei-e2.rdf", path: "/index-e2.rdf", contentType: "application/rdf+xml",
			wantTitle: "Prime Minister's Office of Japan", wantItems: 3,
			first: readout.Item{
				Link:      "https://japan.kantei.go.jp/105/diplomatic/202511/20kh.html",
				Title:     "Japan-Cambodia Summit Meeting (Summary)",
				Published: mustTime(t, "2025-11-20T19:30:00+09:00"),
				Updated:   mustTime(t, "2025-11-20T19:30:00+09:00"), // gofeed reads dc:date as both
				Content:   "The Prime Minister held a summit meeting with the Prime Minister of the Kingdom of Cambodia.",
			},
		},
		{
			name: "State RSS 2.0 teasers", fixture: "state-press.xml", path: "/rss-feed/press-releases/feed/", contentType: "application/rss+xml; charset=UTF-8",
			wantTitle: "Press Releases – United States Department of State", wantItems: 3, wantTTL: 30 * time.Minute,
			first: readout.Item{
				GUID:      "https://www.state.gov/?p=118842",
				Link:      "https://www.state.gov/releases/office-of-the-spokesperson/2025/11/secretary-rubios-call-with-japanese-foreign-minister-motegi",
				Title:     "Secretary Rubio’s Call with Japanese Foreign Minister Motegi",
				Published: mustTime(t, "2025-11-21T21:40:00Z"),
				Content:   "The following is attributable to Principal Deputy Spokesperson Tommy Pigott: Secretary of State Marco Rubio spoke today with Japanese Foreign Minister Motegi Toshimitsu.&#8230;",
			},
		},
		{
			name: "White House full content", fixture: "whitehouse-news.xml", path: "/news/feed/", contentType: "application/rss+xml; charset=UTF-8",
			wantTitle: "News – The White House", wantItems: 2,
			first: readout.Item{
				GUID:      "https://www.whitehouse.gov/?p=61204",
				Link:      "https://www.whitehouse.gov/briefings-statements/2025/11/readout-of-president-donald-j-trumps-call-with-prime-minister-carney-of-canada/",
				Title:     "Readout of President Donald J. Trump’s Call with Prime Minister Carney of Canada",
				Published: mustTime(t, "2025-11-21T22:45:00Z"),
				Summary:   "President Donald J. Trump spoke today with Prime Minister Mark Carney of Canada. The leaders discussed trade, energy and the defense of North America. The post Readout of President Donald J. Trump&#8217;s Call with Prime Minister Carney of Canada appeared first on The White House.",
			},
		},
		{
			name: "gov.uk Atom served as .rss text/html", fixture: "govuk-no10.atom", path: "/search/feed.rss", contentType: "text/html",
			wantTitle: "News and communications - Activity on GOV.UK", wantItems: 3,
			first: readout.Item{
				GUID:      "https://www.gov.uk/government/news/pm-call-with-prime-minister-takaichi-of-japan-21-november-2025",
				Link:      "https://www.gov.uk/government/news/pm-call-with-prime-minister-takaichi-of-japan-21-november-2025",
				Title:     "PM call with Prime Minister Takaichi of Japan: 21 November 2025",
				Published: mustTime(t, "2025-11-21T18:22:41Z"),
				Updated:   mustTime(t, "2025-11-21T18:22:41Z"),
				Content:   "The Prime Minister spoke to Prime Minister Takaichi of Japan this afternoon.",
			},
		},
		{
			name: "JSON Feed", fixture: "feed.json", path: "/press/feed.xml", contentType: "application/feed+json",
			wantTitle: "Ministry of Foreign Affairs — Press Statements", wantItems: 2,
			first: readout.Item{
				GUID:      "mfa-2025-1142",
				Link:      "https://mfa.example.gov/press/2025/11/foreign-ministers-talk-with-cambodia",
				Title:     "Foreign Ministers’ Telephone Talk with Cambodia",
				Published: mustTime(t, "2025-11-18T10:00:00+07:00"),
				Content:   "<p>On 18 November, the Foreign Minister held a telephone talk with the Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia.</p>",
				Summary:   "Telephone talk with Cambodia.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serveFile(t, tt.fixture, map[string]string{"Content-Type": tt.contentType})
			feed := readout.Feed{ID: "test-feed", URL: srv.URL + tt.path}
			res, err := newFetcher(feeds.Options{}).Fetch(t.Context(), feed, readout.FeedState{})
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if res.NotModified {
				t.Errorf("NotModified = true, want false")
			}
			if res.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", res.Title, tt.wantTitle)
			}
			if res.RetryAfter != tt.wantTTL {
				t.Errorf("RetryAfter = %v, want %v", res.RetryAfter, tt.wantTTL)
			}
			if len(res.Items) != tt.wantItems {
				t.Fatalf("got %d items, want %d", len(res.Items), tt.wantItems)
			}
			got := res.Items[0]
			if got.GUID != tt.first.GUID {
				t.Errorf("GUID = %q, want %q", got.GUID, tt.first.GUID)
			}
			if got.Link != tt.first.Link {
				t.Errorf("Link = %q, want %q", got.Link, tt.first.Link)
			}
			if got.Title != tt.first.Title {
				t.Errorf("Title = %q, want %q", got.Title, tt.first.Title)
			}
			if !got.Published.Equal(tt.first.Published) {
				t.Errorf("Published = %v, want %v", got.Published, tt.first.Published)
			}
			if !got.Updated.Equal(tt.first.Updated) {
				t.Errorf("Updated = %v, want %v", got.Updated, tt.first.Updated)
			}
			if tt.first.Content != "" && got.Content != tt.first.Content {
				t.Errorf("Content = %q, want %q", got.Content, tt.first.Content)
			}
			if got.Summary != tt.first.Summary {
				t.Errorf("Summary = %q, want %q", got.Summary, tt.first.Summary)
			}
			keys := map[string]bool{}
			for i, it := range res.Items {
				if it.FeedID != "test-feed" {
					t.Errorf("item %d: FeedID = %q, want %q", i, it.FeedID, "test-feed")
				}
				if want := feeds.ItemKey(it.GUID, it.Link, it.Title, it.Content); it.Key != want {
					t.Errorf("item %d: Key = %s, want ItemKey(...) = %s", i, it.Key, want)
				}
				if want := feeds.ContentHash(it.Title, it.Content); it.Hash != want {
					t.Errorf("item %d: Hash = %s, want ContentHash(...) = %s", i, it.Hash, want)
				}
				if keys[it.Key] {
					t.Errorf("item %d: duplicate key %s", i, it.Key)
				}
				keys[it.Key] = true
			}
		})
	}
}

func TestFetchWhiteHouseIsFullText(t *testing.T) {
	srv := serveFile(t, "whitehouse-news.xml", nil)
	res, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{ID: "wh", URL: srv.URL}, readout.FeedState{})
	if err != nil {
		t.Fatal(err)
	}
	if got := feeds.IsTeaser(res.Items[0]); got {
		t.Errorf("IsTeaser(readout with content:encoded) = true, want false")
	}
	if !strings.Contains(res.Items[0].Content, "modernization of NORAD") {
		t.Errorf("Content lacks the body of content:encoded: %.80q", res.Items[0].Content)
	}
	if got := feeds.IsTeaser(res.Items[1]); !got {
		t.Errorf("IsTeaser(one-line fact sheet) = false, want true")
	}
}

func TestFetchResolvesRelativeLinks(t *testing.T) {
	const doc = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Relative</title><link>/press/2025/11/readout.html</link></item>
<item><title>Up one</title><link>../archive/old.html?id=3#top</link></item>
<item><title>Scheme-relative</title><link>//cdn.example.gov/x.html</link></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Permalink GUID</title><guid>https://mfa.example.gov/p/9</guid></item>
</channel></rss>`
	mux := http.NewServeMux()
	mux.HandleFunc("/old/feed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/en/rss/feed.xml", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/en/rss/feed.xml", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, doc) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	res, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{ID: "rel", URL: srv.URL + "/old/feed"}, readout.FeedState{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		srv.URL + "/press/2025/11/readout.html", // against the final URL, after the redirect
		srv.URL + "/en/archive/old.html?id=3#top",
		"http://cdn.example.gov/x.html",
		"",
		"https://mfa.example.gov/p/9",
	}
	if len(res.Items) != len(want) {
		t.Fatalf("got %d items, want %d", len(res.Items), len(want))
	}
	for i, w := range want {
		if got := res.Items[i].Link; got != w {
			t.Errorf("item %d (%s): Link = %q, want %q", i, res.Items[i].Title, got, w)
		}
	}
}

func TestFetchConditionalGET(t *testing.T) {
	const etag = `"wh-5f2a"`
	const lastMod = "Fri, 21 Nov 2025 23:01:12 GMT"
	body, err := os.ReadFile("testdata/whitehouse-news.xml")
	if err != nil {
		t.Fatal(err)
	}
	var requests, conditionalHits atomic.Int32
	var gotUA atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		gotUA.Store(r.Header.Get("User-Agent"))
		if r.Header.Get("If-None-Match") == etag {
			conditionalHits.Add(1)
			w.Header().Set("ETag", etag)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Cache-Control", "public, max-age=300")
		w.Write(body)
	}))
	defer srv.Close()

	f := newFetcher(feeds.Options{UserAgent: "readout-test/1"})
	feed := readout.Feed{ID: "wh", URL: srv.URL}
	first, err := f.Fetch(t.Context(), feed, readout.FeedState{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || len(first.Items) != 2 {
		t.Fatalf("first fetch: NotModified = %v, %d items; want false, 2", first.NotModified, len(first.Items))
	}
	if first.ETag != etag || first.LastModified != lastMod {
		t.Errorf("validators = %q, %q; want %q, %q", first.ETag, first.LastModified, etag, lastMod)
	}
	if first.RetryAfter != 5*time.Minute {
		t.Errorf("RetryAfter = %v, want 5m0s from max-age", first.RetryAfter)
	}
	if got := gotUA.Load(); got != "readout-test/1" {
		t.Errorf("User-Agent = %q, want %q", got, "readout-test/1")
	}

	st := readout.FeedState{ETag: first.ETag, LastModified: first.LastModified}
	for i := range 3 {
		res, err := f.Fetch(t.Context(), feed, st)
		if err != nil {
			t.Fatalf("poll %d: %v", i, err)
		}
		if !res.NotModified || len(res.Items) != 0 {
			t.Errorf("poll %d: NotModified = %v with %d items, want true with 0", i, res.NotModified, len(res.Items))
		}
		if res.ETag != etag || res.LastModified != lastMod {
			t.Errorf("poll %d: validators = %q, %q; want the stored %q, %q", i, res.ETag, res.LastModified, etag, lastMod)
		}
	}
	if got := conditionalHits.Load(); got != 3 {
		t.Errorf("server saw %d matching If-None-Match, want 3", got)
	}
	if got := requests.Load(); got != 4 {
		t.Errorf("server saw %d requests, want 4", got)
	}
}

func TestFetchIfModifiedSince(t *testing.T) {
	const lastMod = "Thu, 20 Nov 2025 10:00:00 GMT"
	var gotIMS atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotIMS.Store(r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") != "" {
			t.Errorf("If-None-Match sent without a stored ETag")
		}
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	res, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{LastModified: lastMod})
	if err != nil {
		t.Fatal(err)
	}
	if !res.NotModified {
		t.Errorf("NotModified = false, want true")
	}
	if got := gotIMS.Load(); got != lastMod {
		t.Errorf("If-Modified-Since = %q, want %q", got, lastMod)
	}
}

func TestFetchHTTPErrors(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		header     map[string]string
		wantStatus string
		wantRetry  time.Duration
	}{
		{"server error", 500, nil, "500 Internal Server Error", 0},
		{"not found", 404, nil, "404 Not Found", 0},
		{"blocked", 403, nil, "403 Forbidden", 0},
		{"rate limited", 429, map[string]string{"Retry-After": "120"}, "429 Too Many Requests", 2 * time.Minute},
		{"unavailable with date", 503, map[string]string{"Retry-After": "Fri, 21 Nov 2025 12:10:00 GMT"}, "503 Service Unavailable", 10 * time.Minute},
		{"retry-after ignored on 500", 500, map[string]string{"Retry-After": "60"}, "500 Internal Server Error", 0},
	}
	now := func() time.Time { return time.Date(2025, 11, 21, 12, 0, 0, 0, time.UTC) }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tt.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.status)
				io.WriteString(w, "<html><body>error page</body></html>")
			}))
			defer srv.Close()
			res, err := newFetcher(feeds.Options{Now: now}).Fetch(t.Context(), readout.Feed{URL: srv.URL + "/feed"}, readout.FeedState{})
			if err == nil {
				t.Fatal("Fetch: got nil error")
			}
			he, ok := errors.AsType[*feeds.HTTPError](err)
			if !ok {
				t.Fatalf("error %v does not wrap *HTTPError", err)
			}
			if he.StatusCode != tt.status {
				t.Errorf("StatusCode = %d, want %d", he.StatusCode, tt.status)
			}
			if !strings.Contains(err.Error(), tt.wantStatus) || !strings.Contains(err.Error(), srv.URL+"/feed") {
				t.Errorf("error %q should name the URL and %q", err, tt.wantStatus)
			}
			if res.RetryAfter != tt.wantRetry || he.RetryAfter != tt.wantRetry {
				t.Errorf("RetryAfter = %v (error %v), want %v", res.RetryAfter, he.RetryAfter, tt.wantRetry)
			}
		})
	}
}

func TestFetchParseErrors(t *testing.T) {
	tests := []struct {
		name, body string
		wantSub    string
		wantIs     error
	}{
		{"html page", "<!DOCTYPE html><html><head><title>Access Denied</title></head><body>no</body></html>", "no RSS, RDF, Atom or JSON Feed", feeds.ErrNotFeed},
		{"empty body", "", "not a feed", feeds.ErrNotFeed},
		{"truncated xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</tit`, "XML syntax error", nil},
		{"binary junk after prolog", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title><item><title>\x00\x01x</title></item></channel>\n<<<>>>", "", nil},
		{"bad json", `{"version": "https://jsonfeed.org/version/1.1", "items": [`, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, tt.body) }))
			defer srv.Close()
			_, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{})
			if err == nil {
				t.Fatal("Fetch: got nil error")
			}
			if !strings.HasPrefix(err.Error(), "parse feed "+srv.URL+": ") || !strings.Contains(err.Error(), tt.wantSub) {
				t.Errorf("error = %q, want %q with %q", err, "parse feed "+srv.URL+": …", tt.wantSub)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.wantIs)
			}
		})
	}
}

func TestFetchRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"", "ftp://example.gov/feed", "file:///etc/passwd", "https:///nohost", "::"} {
		if _, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{ID: "x", URL: u}, readout.FeedState{}); err == nil {
			t.Errorf("Fetch(%q): got nil error", u)
		}
	}
}

// endless streams a never-ending RSS document until n bytes are written or
// the client goes away, without holding more than one chunk in memory.
func endless(n int64, setLength bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if setLength {
			w.Header().Set("Content-Length", fmt.Sprint(n))
		}
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "application/rss+xml")
		}
		chunk := bytes.Repeat([]byte("<item><title>Padding item</title><link>https://example.gov/x</link></item>\n"), 400)
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>`)
		for written := int64(0); written < n; written += int64(len(chunk)) {
			if _, err := w.Write(chunk[:min(int64(len(chunk)), n-written)]); err != nil {
				return
			}
		}
	}
}

func TestFetchTooLarge(t *testing.T) {
	const size = 50 << 20
	tests := []struct {
		name      string
		setLength bool
	}{
		{"chunked", false},
		{"with Content-Length", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(endless(size, tt.setLength))
			defer srv.Close()
			f := newFetcher(feeds.Options{})

			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := f.Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{})
			runtime.ReadMemStats(&after)

			if !errors.Is(err, feeds.ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
			if !strings.Contains(err.Error(), "feed larger than 10 MiB") {
				t.Errorf("err = %q, want it to say %q", err, "feed larger than 10 MiB")
			}
			// Reading stops at the cap: the 50 MiB are never all in memory.
			got := after.TotalAlloc - before.TotalAlloc
			if got > 25<<20 {
				t.Errorf("allocated %d MiB while refusing a 50 MiB feed, want well under 50", got>>20)
			}
			t.Logf("allocated %.1f MiB refusing a 50 MiB feed", float64(got)/(1<<20))
		})
	}
}

func TestFetchSizeBoundary(t *testing.T) {
	body, err := os.ReadFile("testdata/state-press.xml")
	if err != nil {
		t.Fatal(err)
	}
	// Pad to 100 KiB with a trailing comment so that the cap falls exactly
	// on the document's length, across several read blocks.
	const size = 100 << 10
	pad := size - len(body) - len("<!---->")
	doc := string(body) + "<!--" + strings.Repeat("x", pad) + "-->"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.(http.Flusher).Flush() // chunked: no Content-Length to go by
		io.WriteString(w, doc)
	}))
	defer srv.Close()
	tests := []struct {
		maxBytes int64
		wantErr  bool
	}{{size, false}, {size - 1, true}, {size + 1, false}}
	for _, tt := range tests {
		res, err := newFetcher(feeds.Options{MaxBytes: tt.maxBytes}).Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{})
		if gotErr := errors.Is(err, feeds.ErrTooLarge); gotErr != tt.wantErr {
			t.Errorf("MaxBytes %d for a %d-byte feed: err = %v, want ErrTooLarge %v", tt.maxBytes, size, err, tt.wantErr)
		}
		if !tt.wantErr && len(res.Items) != 3 {
			t.Errorf("MaxBytes %d: got %d items, want 3", tt.maxBytes, len(res.Items))
		}
	}
}

// gzipBomb returns a small gzip stream that inflates to an RSS prologue
// and n MiB of padding: 64 compressed KiB repeated as 16n gzip members,
// which a gzip reader concatenates.
func gzipBomb(t *testing.T, n int) []byte {
	t.Helper()
	member := func(b []byte) []byte {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	bomb := member([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>`))
	pad := member(bytes.Repeat([]byte("A"), 64<<10))
	for range 16 * n {
		bomb = append(bomb, pad...)
	}
	return bomb
}

func TestFetchGzipBomb(t *testing.T) {
	bomb := gzipBomb(t, 64) // 64 MiB inflated, about 100 KiB on the wire
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes, want a small one", len(bomb))
	}
	tests := []struct{ name, encoding string }{
		{"negotiated gzip", "gzip"},  // the transport decompresses
		{"unasked x-gzip", "x-gzip"}, // the fetcher decompresses
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", tt.encoding)
				w.Header().Set("Content-Type", "application/rss+xml")
				w.Write(bomb)
			}))
			defer srv.Close()
			_, err := newFetcher(feeds.Options{MaxBytes: 1 << 20}).Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{})
			if !errors.Is(err, feeds.ErrTooLarge) || !strings.Contains(err.Error(), "feed larger than 1 MiB") {
				t.Fatalf("err = %v, want ErrTooLarge saying %q", err, "feed larger than 1 MiB")
			}
		})
	}
}

func TestFetchGzipFeed(t *testing.T) {
	body, err := os.ReadFile("testdata/state-press.xml")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(body)
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("Accept-Encoding = %q, want gzip offered", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	}))
	defer srv.Close()
	res, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 3 {
		t.Errorf("got %d items, want 3", len(res.Items))
	}
}

func TestFetchSlowServerTimesOut(t *testing.T) {
	t.Parallel() // waits on the clock: the other tests use the CPU meanwhile
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		rc := http.NewResponseController(w)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			rc.Flush()
			select {
			case <-r.Context().Done():
				return
			case <-tick.C:
			}
		}
	}))
	defer srv.Close()
	_, err := newFetcher(feeds.Options{Timeout: 300 * time.Millisecond}).Fetch(t.Context(), readout.Feed{URL: srv.URL}, readout.FeedState{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	if !strings.Contains(err.Error(), "timed out after 300ms") {
		t.Errorf("err = %q, want it to say %q", err, "timed out after 300ms")
	}
}

func TestFetchCancelledByCaller(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := newFetcher(feeds.Options{}).Fetch(ctx, readout.Feed{URL: srv.URL}, readout.FeedState{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestFetchRedirectLoop(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { hits.Add(1); http.Redirect(w, r, "/b", http.StatusFound) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { hits.Add(1); http.Redirect(w, r, "/a", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	_, err := newFetcher(feeds.Options{}).Fetch(t.Context(), readout.Feed{URL: srv.URL + "/a"}, readout.FeedState{})
	if !errors.Is(err, feeds.ErrTooManyRedirects) {
		t.Fatalf("err = %v, want ErrTooManyRedirects", err)
	}
	if !strings.Contains(err.Error(), "stopped after 5") {
		t.Errorf("err = %q, want it to say %q", err, "stopped after 5")
	}
	if got := hits.Load(); got != 6 {
		t.Errorf("server saw %d requests, want 6 (the first and 5 redirects)", got)
	}
}

func TestFetchFollowsRedirectsUpToTheLimit(t *testing.T) {
	body, err := os.ReadFile("testdata/kantei-e2.rdf")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n < 3 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusMovedPermanently)
			return
		}
		w.Write(body)
	}))
	defer srv.Close()
	tests := []struct {
		maxRedirects int
		wantErr      bool
	}{{3, false}, {2, true}}
	for _, tt := range tests {
		_, err := newFetcher(feeds.Options{MaxRedirects: tt.maxRedirects}).Fetch(t.Context(), readout.Feed{URL: srv.URL + "/hop/0"}, readout.FeedState{})
		if (err != nil) != tt.wantErr {
			t.Errorf("MaxRedirects %d over 3 hops: err = %v, want error %v", tt.maxRedirects, err, tt.wantErr)
		}
	}
}
