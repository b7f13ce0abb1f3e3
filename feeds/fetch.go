package feeds

import (
	"cmp"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/readout-bot/readout/internal/redact"
	"github.com/readout-bot/readout/readout"
)

// Result is the outcome of one successful (or not-modified) feed fetch.
type Result struct {
	// NotModified is true when the server answered 304 to the conditional
	// request; Items is then empty.
	NotModified bool
	// Items are the feed's entries in document order, normalized.
	Items []readout.Item
	// Runs, set by Stream in place of Items for an RSS or Atom document of
	// 1 MiB or more, gives the entries in document order a run at a time,
	// parsing each run when it is asked for, so that the caller need not
	// hold them all; a run that cannot be parsed ends it with an error.
	// Each slice it gives is the caller's.
	Runs iter.Seq2[[]readout.Item, error]
	// Count is the number of entries: len(Items), or with Runs the item
	// elements of the document (exact repeats and items without title,
	// link or content among them, which Runs leaves out as Items does).
	Count int
	// ETag and LastModified are the validators to store for the next
	// conditional request (on 304, the stored ones unless the server sent
	// new ones). Save them only after the items are stored.
	ETag, LastModified string
	// Title is the feed's own title.
	Title string
	// RetryAfter is the publisher's hint for the earliest next poll: from
	// Retry-After on 429/503 (returned with the error), else the larger of
	// Cache-Control max-age (or Expires) and the RSS <ttl>. Zero when none.
	RetryAfter time.Duration
	// BodyHash is the digest of a listing page, to store like the
	// validators: the same page again is NotModified.
	BodyHash string
}

// HTTPError is a non-2xx, non-304 answer. Fetch and FetchArticle wrap it.
type HTTPError struct {
	StatusCode int
	Status     string // e.g. "404 Not Found"
	// RetryAfter is the server's Retry-After (429, 503), or zero.
	RetryAfter time.Duration
}

// Error reads "HTTP 404 Not Found".
func (e *HTTPError) Error() string {
	s := "HTTP " + e.Status
	if e.Status == "" {
		s = "HTTP " + strconv.Itoa(e.StatusCode)
	}
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// feedAccept prefers feed types but takes anything: the format is detected
// from the document, never from the Content-Type or the extension.
const feedAccept = "application/rss+xml, application/rdf+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

// Fetch polls feed once: a conditional GET using the validators in st, then
// the parse and normalization of the document. A 304 gives a Result with
// NotModified set. Any other non-2xx status gives an error wrapping
// *HTTPError (with the Result's RetryAfter set from Retry-After). A body
// larger than Options.MaxBytes after decompression fails with ErrTooLarge.
func (f *Fetcher) Fetch(ctx context.Context, feed readout.Feed, st readout.FeedState) (Result, error) {
	return f.fetch(ctx, feed, st, parse)
}

// Stream is Fetch for a caller that takes a large document's items a run
// at a time: for an RSS or Atom document of 1 MiB or more, the Result
// gives them through Runs, parsed as they are asked for, and Items is nil;
// the body (at most Options.MaxBytes) is held until Runs is done with.
// Other documents give Items, as Fetch does. The poller uses it, so that a
// document of 100,000 items never has them all in memory at once.
func (f *Fetcher) Stream(ctx context.Context, feed readout.Feed, st readout.FeedState) (Result, error) {
	return f.fetch(ctx, feed, st, parseStream)
}

func (f *Fetcher) fetch(ctx context.Context, feed readout.Feed, st readout.FeedState, parse func(data []byte, contentType, baseURL, feedID string) (parsed, error)) (Result, error) {
	if feed.IsListing() {
		return f.fetchListing(ctx, feed, st)
	}
	u, err := httpURL(feed.URL)
	if err != nil {
		return Result{}, fmt.Errorf("fetch feed %q: %s", feed.ID, redact.Text(err.Error(), feed.URL))
	}
	// Errors and logs name the URL without the secrets its query may
	// carry (?api_key=…): they reach the admin channel.
	shown := redact.URL(feed.URL)
	ctx, cancel := f.withTimeout(ctx)
	defer cancel()
	resp, res, err := f.conditionalGet(ctx, &feed, u, shown, feedAccept, "feed", st)
	if resp == nil {
		return res, err
	}
	defer resp.Body.Close()

	data, err := f.readBody(resp, "feed")
	if err != nil {
		return Result{}, fmt.Errorf("fetch %s: %w", shown, requestError(ctx, err))
	}
	p, err := parse(data, resp.Header.Get("Content-Type"), resp.Request.URL.String(), feed.ID)
	if err != nil {
		return Result{}, fmt.Errorf("parse feed %s: %w", shown, err)
	}
	out := Result{
		Items:        p.items,
		Count:        len(p.items),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Title:        p.title,
		RetryAfter:   max(cacheLifetime(resp.Header, f.opts.Now()), p.ttl),
	}
	if p.each != nil {
		out.Count = p.count
		out.Runs = func(yield func([]readout.Item, error) bool) {
			for items, err := range p.each {
				if err != nil {
					err = fmt.Errorf("parse feed %s: %w", shown, err)
				}
				if !yield(items, err) || err != nil {
					return
				}
			}
		}
	}
	return out, nil
}

// conditionalGet makes the GET every poll of a source makes, feed or
// listing page alike: the source's user agent, the validators in st, and
// shown (the URL without secrets) in errors and logs. On a 304 it returns
// a nil response and a NotModified Result with the validators to keep; on
// any other non-2xx status, a nil response and an error wrapping
// *HTTPError, the Result carrying its RetryAfter. Otherwise the Result is
// empty and the caller reads and closes the response's body.
func (f *Fetcher) conditionalGet(ctx context.Context, feed *readout.Feed, u *url.URL, shown, accept, what string, st readout.FeedState) (*http.Response, Result, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, Result{}, fmt.Errorf("fetch %s: %w", shown, err)
	}
	req.Header.Set("User-Agent", f.polite.userAgent(feed, u, f.opts.UserAgent))
	req.Header.Set("Accept", accept)
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, Result{}, fmt.Errorf("fetch %s: %w", shown, requestError(ctx, err))
	}
	f.log.DebugContext(ctx, what+" fetched", "feed_id", feed.ID, "feed_url", shown, "status", resp.StatusCode)
	switch {
	case resp.StatusCode == http.StatusNotModified:
		resp.Body.Close()
		return nil, Result{
			NotModified:  true,
			ETag:         cmp.Or(resp.Header.Get("ETag"), st.ETag),
			LastModified: cmp.Or(resp.Header.Get("Last-Modified"), st.LastModified),
			RetryAfter:   cacheLifetime(resp.Header, f.opts.Now()),
		}, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		he := statusError(resp, f.opts.Now())
		drain(resp.Body)
		resp.Body.Close()
		return nil, Result{RetryAfter: he.RetryAfter}, fmt.Errorf("fetch %s: %w", shown, he)
	}
	return resp, Result{}, nil
}

// httpURL parses an absolute http or https URL.
func httpURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("URL %q: only http and https are fetched", raw)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("URL %q has no host", raw)
	}
	return u, nil
}

// readBody reads a response body, decompressing gzip the transport left
// alone, with the size cap applied to the decompressed bytes.
func (f *Fetcher) readBody(resp *http.Response, what string) ([]byte, error) {
	var body io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
		// An honest Content-Length over the cap fails before any read.
		if resp.ContentLength > f.opts.MaxBytes {
			return nil, &tooLargeError{what: what, limit: f.opts.MaxBytes}
		}
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		body = zr
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	return readCapped(body, f.opts.MaxBytes, what)
}

// requestError strips net/url's repetition of method and URL and, when the
// fetch's own deadline fired, reports that cause.
func requestError(ctx context.Context, err error) error {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		err = ue.Err
	}
	if ctx.Err() != nil && !errors.Is(err, ErrTooLarge) {
		return context.Cause(ctx)
	}
	return err
}

// statusError builds the HTTPError of a non-2xx response.
func statusError(resp *http.Response, now time.Time) *HTTPError {
	he := &HTTPError{StatusCode: resp.StatusCode, Status: resp.Status}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		he.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), now)
	}
	return he
}

// retryAfter reads a Retry-After value: delay-seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		return time.Duration(min(n, int64(365*24*3600))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// cacheLifetime reads Cache-Control max-age, else Expires; zero when the
// response may not be cached or says nothing.
func cacheLifetime(h http.Header, now time.Time) time.Duration {
	for _, cc := range h.Values("Cache-Control") {
		for d := range strings.SplitSeq(cc, ",") {
			d = strings.ToLower(strings.TrimSpace(d))
			switch {
			case d == "no-store" || d == "no-cache":
				return 0
			case strings.HasPrefix(d, "max-age="):
				n, err := strconv.ParseInt(strings.Trim(d[len("max-age="):], `"`), 10, 64)
				if err != nil || n <= 0 {
					return 0
				}
				return time.Duration(min(n, int64(365*24*3600))) * time.Second
			}
		}
	}
	if t, err := http.ParseTime(h.Get("Expires")); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// drain reads a little of an error body so the connection can be reused.
func drain(r io.Reader) {
	_, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<10))
}
