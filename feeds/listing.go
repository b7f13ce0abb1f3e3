package feeds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/readout-bot/readout/internal/redact"
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
	res.Count = len(res.Items)
	return res, nil
}

// page is a fetched HTML page, decoded to UTF-8.
type page struct {
	html     string
	finalURL string
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
		return page{}, Result{}, fmt.Errorf("fetch %q: %s", feed.ID, redact.Text(err.Error(), feed.URL))
	}
	shown := redact.URL(feed.URL)
	ctx, cancel := f.withTimeout(ctx)
	defer cancel()
	resp, res, err := f.conditionalGet(ctx, &feed, u, shown, articleAccept, "page", st)
	if resp == nil {
		if res.NotModified {
			res.BodyHash = st.BodyHash
		}
		return page{}, res, err
	}
	defer resp.Body.Close()
	body, err := f.readBody(resp, "page")
	if err != nil {
		return page{}, Result{}, fmt.Errorf("fetch %s: %w", shown, requestError(ctx, err))
	}
	res = Result{
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		BodyHash:     bodyHash(body),
		RetryAfter:   cacheLifetime(resp.Header, f.opts.Now()),
	}
	if st.BodyHash != "" && res.BodyHash == st.BodyHash {
		res.NotModified = true
		return page{}, res, nil
	}
	return page{html: decodePage(body, resp.Header.Get("Content-Type")), finalURL: resp.Request.URL.String()}, res, nil
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
