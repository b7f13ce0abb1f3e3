package feeds

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/readout-bot/readout/listing"
	"github.com/readout-bot/readout/readout"
	"golang.org/x/net/html/charset"
)

// ErrNoListing is returned for a listing source without selectors.
var ErrNoListing = errors.New("listing source has no selectors")

// fetchListing polls an HTML list of press releases: a conditional GET
// when the site sends validators, and in any case a digest of the page, so
// that the same page again costs no parsing (it is reported NotModified).
// Each entry becomes an item keyed by its link, without content: the
// pipeline fetches its page.
func (f *Fetcher) fetchListing(ctx context.Context, feed readout.Feed, st readout.FeedState) (Result, error) {
	if feed.Listing == nil {
		return Result{}, fmt.Errorf("fetch listing %q: %w", feed.ID, ErrNoListing)
	}
	page, res, err := f.fetchPage(ctx, feed, st)
	if err != nil || res.NotModified {
		return res, err
	}
	entries, err := listing.Parse(page.html, page.finalURL, *feed.Listing)
	if err != nil {
		return Result{}, fmt.Errorf("read listing %s: %w", feed.URL, err)
	}
	res.Items = make([]readout.Item, 0, len(entries))
	for _, e := range entries {
		res.Items = append(res.Items, readout.Item{
			FeedID:    feed.ID,
			Key:       ItemKey("", e.Link, e.Title, ""),
			Link:      e.Link,
			Title:     e.Title,
			Published: e.Published,
			Hash:      ContentHash(e.Title, ""),
		})
	}
	return res, nil
}

// page is a fetched HTML page, decoded to UTF-8.
type page struct {
	html     string
	finalURL string
	status   int
}

// FetchPage fetches an HTML page as feed's source would (its user agent,
// the cookie jar and the host's turn), without validators: for `feeds add`
// and `feeds probe`. It returns the page decoded to UTF-8 and the URL it
// was served from.
func (f *Fetcher) FetchPage(ctx context.Context, feed readout.Feed) (html, finalURL string, err error) {
	p, _, err := f.fetchPage(ctx, feed, readout.FeedState{})
	return p.html, p.finalURL, err
}

// fetchPage GETs feed's URL as a web page. On a 304, or when the page's
// digest equals st.BodyHash, the Result says NotModified and the page is
// empty. Otherwise the Result carries the validators and the digest.
func (f *Fetcher) fetchPage(ctx context.Context, feed readout.Feed, st readout.FeedState) (page, Result, error) {
	u, err := httpURL(feed.URL)
	if err != nil {
		return page{}, Result{}, fmt.Errorf("fetch %q: %w", feed.ID, err)
	}
	ctx, cancel := f.withTimeout(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return page{}, Result{}, fmt.Errorf("fetch %s: %w", feed.URL, err)
	}
	req.Header.Set("User-Agent", f.polite.userAgent(&feed, u, f.opts.UserAgent))
	req.Header.Set("Accept", articleAccept)
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return page{}, Result{}, fmt.Errorf("fetch %s: %w", feed.URL, requestError(ctx, err))
	}
	defer resp.Body.Close()
	f.log.DebugContext(ctx, "page fetched", "feed_id", feed.ID, "feed_url", feed.URL, "status", resp.StatusCode)
	now := f.opts.Now()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return page{status: resp.StatusCode}, Result{
			NotModified:  true,
			ETag:         cmp.Or(resp.Header.Get("ETag"), st.ETag),
			LastModified: cmp.Or(resp.Header.Get("Last-Modified"), st.LastModified),
			BodyHash:     st.BodyHash,
			RetryAfter:   cacheLifetime(resp.Header, now),
		}, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		he := statusError(resp, now)
		drain(resp.Body)
		return page{status: resp.StatusCode}, Result{RetryAfter: he.RetryAfter}, fmt.Errorf("fetch %s: %w", feed.URL, he)
	}
	body, err := f.readBody(resp, "page")
	if err != nil {
		return page{}, Result{}, fmt.Errorf("fetch %s: %w", feed.URL, requestError(ctx, err))
	}
	res := Result{
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		BodyHash:     bodyHash(body),
		RetryAfter:   cacheLifetime(resp.Header, now),
	}
	if st.BodyHash != "" && res.BodyHash == st.BodyHash {
		res.NotModified = true
		return page{status: resp.StatusCode}, res, nil
	}
	return page{html: decodePage(body, resp.Header.Get("Content-Type")), finalURL: resp.Request.URL.String(), status: resp.StatusCode}, res, nil
}

// bodyHash is the digest of a page as served.
func bodyHash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// decodePage converts a web page to UTF-8. Its encoding comes from the byte
// order mark, else the Content-Type charset, else an XML declaration
// (XHTML pages), else a <meta> charset in the first 1024 bytes, else
// UTF-8 (or a guess when the bytes are not UTF-8).
func decodePage(b []byte, contentType string) string {
	if !bytes.HasPrefix(b, utf8BOM) && !bytes.HasPrefix(b, utf16LEBOM) && !bytes.HasPrefix(b, utf16BEBOM) && headerCharset(contentType) == "" {
		if m := declRE.FindSubmatch(b); m != nil {
			if enc, name := charset.Lookup(string(m[2])); enc != nil && !strings.HasPrefix(name, "utf-16") {
				if name == "utf-8" {
					return decodeHTML(b, "text/html; charset=utf-8")
				}
				return decodeHTML(b, "text/html; charset="+name)
			}
		}
	}
	return decodeHTML(b, contentType)
}
