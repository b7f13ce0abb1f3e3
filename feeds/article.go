package feeds

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"unicode/utf8"

	"github.com/readout-bot/readout/extract"
	"github.com/readout-bot/readout/internal/redact"
	"golang.org/x/net/html/charset"
)

// articleAccept asks for a web page.
const articleAccept = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"

// FetchArticle fetches the page an item links to and returns its HTML,
// decoded to UTF-8 (from the Content-Type charset, a BOM or a <meta>
// charset), and the URL it was finally served from after redirects.
//
// Only http and https URLs are fetched, through the same guarded client as
// Fetch: unless Options.AllowPrivate is set, connections are refused at
// dial time to loopback, private (RFC 1918, fc00::/7), link-local
// (169.254.0.0/16 with the cloud metadata address, fe80::/10),
// unspecified and multicast addresses and IPv6 addresses embedding one, so
// neither DNS rebinding nor a redirect can get round the check (the error
// wraps ErrForbiddenAddress). The size cap and total timeout of Fetch
// apply. A response that is not HTML or text (a PDF, an image) is an
// error.
func (f *Fetcher) FetchArticle(ctx context.Context, rawURL string) (html string, finalURL string, err error) {
	u, err := httpURL(rawURL)
	if err != nil {
		return "", "", fmt.Errorf("fetch article: %s", redact.Text(err.Error(), rawURL))
	}
	shown := redact.URL(rawURL)
	if html, ok := f.fetchGovUK(ctx, u); ok {
		return html, u.String(), nil
	}
	ctx, cancel := f.withTimeout(ctx)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return "", "", fmt.Errorf("fetch article %s: %w", shown, err)
	}
	req.Header.Set("User-Agent", f.polite.userAgent(nil, u, f.opts.UserAgent))
	req.Header.Set("Accept", articleAccept)

	resp, err := f.client.Do(req)
	if err != nil {
		return "", "", fmt.Errorf("fetch article %s: %w", shown, requestError(ctx, err))
	}
	defer resp.Body.Close()
	finalURL = resp.Request.URL.String()
	f.log.DebugContext(ctx, "article fetched", "url", shown, "final_url", redact.URL(finalURL), "status", resp.StatusCode)

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		he := statusError(resp, f.opts.Now())
		drain(resp.Body)
		return "", finalURL, fmt.Errorf("fetch article %s: %w", shown, he)
	}
	ct := resp.Header.Get("Content-Type")
	if ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err == nil && mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" {
			drain(resp.Body)
			return "", finalURL, fmt.Errorf("fetch article %s: not a web page (Content-Type %s)", shown, mt)
		}
	}
	body, err := f.readBody(resp, "article")
	if err != nil {
		return "", finalURL, fmt.Errorf("fetch article %s: %w", shown, requestError(ctx, err))
	}
	return readoutOf(decodePage(body, ct), finalURL), finalURL, nil
}

// readoutOf reduces a page to its readout (extract.Main): finding it by
// the publishers' layouts is the fetching side's work, not the parser's.
// A page the HTML parser refuses is returned as it is.
func readoutOf(page, pageURL string) string {
	if main, err := extract.Main(page, pageURL); err == nil {
		return main
	}
	return page
}

// decodeHTML converts a page to UTF-8 with the HTML5 rules: BOM, then the
// Content-Type charset, then a <meta> in the first 1024 bytes.
func decodeHTML(b []byte, contentType string) string {
	enc, name, _ := charset.DetermineEncoding(b, contentType)
	if name != "utf-8" {
		if d, err := enc.NewDecoder().Bytes(b); err == nil {
			b = d
		}
	}
	b = bytes.TrimPrefix(b, utf8BOM)
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return string(b)
}
