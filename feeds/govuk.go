package feeds

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"strings"
)

// govUKHost is the host whose pages are read through the Content API.
// Tests point it at a loopback server.
var govUKHost = "www.gov.uk"

// govUKContentURL returns the Content API address of a gov.uk page
// (https://www.gov.uk/api/content/<path>), or "" for any other page.
func govUKContentURL(u *url.URL) string {
	if !strings.EqualFold(u.Host, govUKHost) || u.Path == "" || u.Path == "/" || strings.HasPrefix(u.Path, "/api/") {
		return ""
	}
	c := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/api/content" + u.Path}
	return c.String()
}

// govUKContent is the part of a Content API document readout uses.
type govUKContent struct {
	Title            string `json:"title"`
	Description      string `json:"description"`
	DocumentType     string `json:"document_type"`
	FirstPublishedAt string `json:"first_published_at"`
	Details          struct {
		Body       string `json:"body"`
		Government struct {
			Title   string `json:"title"`
			Current bool   `json:"current"`
		} `json:"government"`
	} `json:"details"`
	Links struct {
		Organisations []struct {
			Title string `json:"title"`
		} `json:"organisations"`
	} `json:"links"`
}

// fetchGovUK reads a gov.uk page's full text from the Content API and
// renders it as a small HTML page: title, standfirst, the history banner
// of a past government, the publishing organisations and the body. ok is
// false for pages elsewhere and whenever the API does not give a body; the
// caller then fetches the page itself.
func (f *Fetcher) fetchGovUK(ctx context.Context, u *url.URL) (page string, ok bool) {
	api := govUKContentURL(u)
	if api == "" {
		return "", false
	}
	ctx, cancel := f.withTimeout(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, api, nil)
	if err != nil {
		return "", false
	}
	req.Header.Set("User-Agent", f.polite.userAgent(nil, u, f.opts.UserAgent))
	req.Header.Set("Accept", "application/json")
	resp, err := f.client.Do(req)
	if err != nil {
		f.log.DebugContext(ctx, "content API not reached; fetching the page", "url", u.String(), "error", requestError(ctx, err))
		return "", false
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		drain(resp.Body)
		f.log.DebugContext(ctx, "content API refused; fetching the page", "url", u.String(), "status", resp.StatusCode)
		return "", false
	}
	body, err := f.readBody(resp, "content API document")
	if err != nil {
		return "", false
	}
	var c govUKContent
	if err := json.Unmarshal(body, &c); err != nil || strings.TrimSpace(c.Details.Body) == "" {
		f.log.DebugContext(ctx, "content API gave no body; fetching the page", "url", u.String())
		return "", false
	}
	return c.render(), true
}

// render writes the document as the page a reader would see.
func (c govUKContent) render() string {
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(c.Title) + "</title></head><body><main>\n")
	b.WriteString("<h1>" + esc(c.Title) + "</h1>\n")
	if c.Description != "" {
		b.WriteString("<p>" + esc(c.Description) + "</p>\n")
	}
	if g := c.Details.Government; g.Title != "" && !g.Current {
		b.WriteString("<p>This was published under the " + esc(g.Title) + " government</p>\n")
	}
	var orgs []string
	for _, o := range c.Links.Organisations {
		orgs = append(orgs, esc(o.Title))
	}
	if len(orgs) > 0 {
		b.WriteString("<p>From: " + strings.Join(orgs, ", ") + "</p>\n")
	}
	if c.FirstPublishedAt != "" {
		b.WriteString("<p>Published " + esc(c.FirstPublishedAt) + "</p>\n")
	}
	b.WriteString(c.Details.Body)
	b.WriteString("\n</main></body></html>\n")
	return b.String()
}
